#pragma once

#include "LazyWizardPage.h"

class LoadStatusPanel;
class PurchaseSession;
class SubordinateListModel;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

// Step 2: for whom — yourself, one of your customers (subordinate users, from
// partner_list), found by typing part of the company, name or e-mail, or several
// customers at once (a batch: the same package for each, one order each). A customer is only
// ever chosen by the user: QComboBox makes an entry current on its own (when the list
// arrives or is reloaded), so the draft follows the user's activations, never the
// combo's current index.
class RecipientPage : public LazyWizardPage
{
    Q_OBJECT

public:
    RecipientPage(PurchaseSession *session, SubordinateListModel *subordinates, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void buildContents() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(int row);
    void forgetChoiceUnlessShown();
    void rememberTypedText();
    void showChoice();
    void chooseSeveral();
    void showSeveral();

    PurchaseSession *m_session;
    SubordinateListModel *m_model;
    QRadioButton *m_myself = nullptr;
    QRadioButton *m_customer = nullptr;
    QLabel *m_customerLabel = nullptr;
    QComboBox *m_subordinates = nullptr;
    QRadioButton *m_several = nullptr;
    QPushButton *m_chooseSeveral = nullptr;
    QLabel *m_severalSummary = nullptr;
    LoadStatusPanel *m_status = nullptr;
    QString m_typedText; // what the user typed, kept across a reload of the list
};
