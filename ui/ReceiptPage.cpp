#include "ReceiptPage.h"

#include "ReceiptView.h"
#include "TextStyle.h"
#include "order/PurchaseSession.h"
#include "order/ReceiptFormatter.h"

#include <QGuiApplication>
#include <QLabel>
#include <QStyleHints>
#include <QTimer>
#include <QVBoxLayout>

ReceiptPage::ReceiptPage(PurchaseSession *session, QWidget *parent)
    : LazyWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("receiptPage"));
    setTitle(tr("Order placed"));
    setFinalPage(true);
}

void ReceiptPage::buildContents()
{
    m_saveWarning = new QLabel(this);
    m_view = new ReceiptView(this);
    m_saveWarning->setObjectName(QStringLiteral("receiptSaveWarningLabel"));
    m_saveWarning->setWordWrap(true);
    TextStyle::applyError(m_saveWarning, false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_saveWarning);
    layout->addWidget(m_view, 1);
}

void ReceiptPage::initializePage()
{
    ensureBuilt();
    const Receipt &receipt = m_session->receipt();
    //: %1 order number, %2 what its status means
    setSubTitle(tr("Order %1. %2").arg(receipt.portal.orderNo, ReceiptFormatter::statusMeaning(receipt.portal.orderStatus)));
    m_view->setReceipt(receipt);
    const QString saveError = m_session->receiptSaveError();
    m_saveWarning->setText(saveError.isEmpty()
                               ? QString()
                               : tr("The receipt could not be saved on this computer (%1). Save it as PDF "
                                    "or copy it now.")
                                     .arg(saveError));
    m_saveWarning->setVisible(!saveError.isEmpty());

    // Twice the double-click interval: the repeat of a double click or of Enter falls within it.
    m_settled = false;
    QTimer::singleShot(2 * QGuiApplication::styleHints()->mouseDoubleClickInterval(), this, [this] {
        m_settled = true;
        emit completeChanged();
    });
    m_view->setFocus(); // the receipt, not the button that stands where Place order stood
}
