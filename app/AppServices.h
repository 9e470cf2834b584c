#pragma once

#include "api/ApiDiagnostics.h"
#include "api/PortalClient.h"
#include "auth/AccountStore.h"
#include "auth/CredentialVault.h"
#include "auth/SessionController.h"
#include "auth/TokenSession.h"
#include "models/BillingContactListModel.h"
#include "models/OfferingLoader.h"
#include "models/OrderDetailsLoader.h"
#include "models/OrderListModel.h"
#include "models/ProductListModel.h"
#include "models/SubordinateListModel.h"
#include "order/AutoRenewal.h"
#include "order/BatchJournal.h"
#include "order/BatchRunner.h"
#include "order/RenewalBatchLoader.h"
#include "order/OrderLookup.h"
#include "order/OrderSubmitter.h"
#include "order/OrderTerms.h"
#include "order/PurchaseSession.h"
#include "order/ReceiptStatusRefresher.h"
#include "order/ReceiptStore.h"
#include "products/InstanceDetailsLoader.h"
#include "products/ProductInstanceModel.h"

#include <QString>

class AppSettings;
class SecretStore;
struct Account;

// Every non-widget object of one running app, built and wired here and nowhere else:
// which object talks to which, and what happens on sign-in and sign-out. main.cpp builds
// one with the real keychain; each GUI test builds its own with an in-memory store and
// temporary folders. The widgets are handed the objects they show. Members are declared
// in construction order.
class AppServices
{
public:
    // `keychain` may be null (no keychain); `accountsFile` empty = the app's QSettings;
    // `receiptsDirectory` empty = AppDataLocation/receipts. `practice`: practice accounts
    // (the portal is on a new port each run) keep their receipts under one name.
    AppServices(SecretStore *keychain, const QString &accountsFile, const QString &receiptsDirectory,
                bool practice = false);
    Q_DISABLE_COPY_MOVE(AppServices)

    // The preferences that take effect at once: the request timeout, remembering secrets.
    void apply(const AppSettings &settings);

    ApiDiagnostics diagnostics; // first: the client records into it until it is gone
    PortalClient client;
    TokenSession tokens;
    CredentialVault vault;
    AccountStore accounts;
    SessionController session;
    ProductListModel products;
    SubordinateListModel subordinates;
    BillingContactListModel billingContacts;
    OfferingLoader offering;
    OrderSubmitter submitter;
    OrderLookup lookup;
    ReceiptStore receipts;
    PurchaseSession purchase;
    OrderTerms terms;
    AutoRenewal autoRenewal;
    ReceiptStatusRefresher statusRefresher;
    OrderListModel orders;
    OrderDetailsLoader orderDetails;
    ProductInstanceModel purchasedProducts;
    InstanceDetailsLoader purchasedProductDetails;
    // Batches: a submitter and a look-up of their own, so that a batch and a single
    // purchase never share an order's state.
    BatchJournal batchJournal;
    OrderSubmitter batchSubmitter;
    OrderLookup batchLookup;
    BatchRunner batches;
    RenewalBatchLoader renewalBatch;

    // Whose receipts and batches are open: the account's ID ("practice" in practice mode).
    QString storeAccountId() const { return m_storeAccountId; }

private:
    void signedIn(const Account &account);
    void signedOut();
    // After orders were placed: what the account has, asked again where it is shown.
    void refreshPurchasedProducts();

    const bool m_practice;
    QString m_storeAccountId;
};
