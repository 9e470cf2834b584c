#pragma once

#include "LazyWizardPage.h"
#include "order/OrderDraft.h"

#include <QList>
#include <QStringList>

class OrderTerms;
class PurchaseSession;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QToolButton;
class QTreeWidget;

// Step 5, the commit page: a plain-language summary, the portal's terms of every item
// (when it gives them: the order can be placed without), the exact JSON body (folded
// away), and the "I understand this places a paid order" confirmation. For several
// customers it lists every order of the batch (the body of the one selected on demand;
// for renewals of several products also the selected renewal's terms, each product having
// its own) and one tick places them all. Placing the order never
// blocks: validatePage() starts it and says "not yet"; the answer moves the wizard on.
class ReviewPage : public LazyWizardPage
{
    Q_OBJECT

public:
    ReviewPage(PurchaseSession *session, OrderTerms *terms, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

signals:
    // A batch was journaled and started: the wizard hands it to its window.
    void batchStarted();

protected:
    void buildContents() override;

private:
    void sessionChanged();
    void showBatch();
    bool placeBatch();
    void showRejection();
    void showTerms();
    void batchOrderSelected(int row);

    PurchaseSession *m_session;
    OrderTerms *m_terms;
    QLabel *m_summary = nullptr;
    QLabel *m_termsLabel = nullptr;
    QTreeWidget *m_batchOrders = nullptr;
    QList<QByteArray> m_batchBodies;
    QList<OrderDraft> m_renewalDrafts; // a bulk renewal's drafts, one per listed order
    QStringList m_batchLabels;         // each listed order: its customer, or product and number
    QString m_termsHeading;            // above the terms: whose they are, when not the one order's
    QString m_singleSubTitle;
    QToolButton *m_showBody = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QCheckBox *m_confirm = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_sending = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_errorReference = nullptr;
    // Each tick of the confirmation is one permission to send one body.
    quint64 m_confirmation = 0;
};
