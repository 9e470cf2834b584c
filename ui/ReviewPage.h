#pragma once

#include <QWizardPage>

class PurchaseSession;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QToolButton;

// Step 5, the commit page: a plain-language summary, the exact JSON body (folded away),
// and the "I understand this places a paid order" confirmation. Placing the order never
// blocks: validatePage() starts it and says "not yet"; the answer moves the wizard on.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(PurchaseSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void sessionChanged();
    void showRejection();

    PurchaseSession *m_session;
    QLabel *m_summary;
    QToolButton *m_showBody;
    QPlainTextEdit *m_body;
    QCheckBox *m_confirm;
    QProgressBar *m_busy;
    QLabel *m_sending;
    QLabel *m_error;
    QLabel *m_errorReference;
    // Each tick of the confirmation is one permission to send one body.
    quint64 m_confirmation = 0;
};
