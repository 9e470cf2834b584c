#pragma once

#include "LazyWizardPage.h"

class MessageLabel;
class PurchaseSession;
class QLabel;
class QPushButton;

// The last page when an order was sent but its answer was lost: says so plainly, keeps
// the draft, looks the order up in the portal once by itself (a read, safe to repeat) and
// offers to look again — never to send it again.
class OutcomeUnknownPage : public LazyWizardPage
{
    Q_OBJECT

public:
    explicit OutcomeUnknownPage(PurchaseSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override { return -1; }
    // Done (a new purchase) only once the user has checked what happened.
    bool isComplete() const override;

protected:
    void buildContents() override;

private:
    // What the session's look-up says: still looking, found, not found, or failed.
    void showLookup();

    PurchaseSession *m_session;
    QLabel *m_explanation = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_check = nullptr;
    MessageLabel *m_verdict = nullptr;
    bool m_lookedUp = false;
};
