#pragma once

#include <QWizardPage>

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
// customers it lists every order of the batch (the body of the one selected on demand)
// and one tick places them all. Placing the order never
// blocks: validatePage() starts it and says "not yet"; the answer moves the wizard on.
class ReviewPage : public QWizardPage
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

private:
    void sessionChanged();
    void showBatch();
    bool placeBatch();
    void showRejection();
    void showTerms();

    PurchaseSession *m_session;
    OrderTerms *m_terms;
    QLabel *m_summary;
    QLabel *m_termsLabel;
    QTreeWidget *m_batchOrders;
    QList<QByteArray> m_batchBodies;
    QString m_singleSubTitle;
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
