#pragma once

#include "api/ApiDiagnostics.h"
#include "api/PortalClient.h"
#include "auth/AccountStore.h"
#include "auth/CredentialVault.h"
#include "auth/SessionController.h"
#include "auth/TokenSession.h"
#include "models/BillingContactListModel.h"
#include "models/OfferingLoader.h"
#include "models/ProductListModel.h"
#include "models/SubordinateListModel.h"
#include "order/OrderLookup.h"
#include "order/OrderSubmitter.h"
#include "order/PurchaseSession.h"
#include "order/ReceiptStore.h"

#include <QString>

class SecretStore;

// Every non-widget object of one running app, built and wired in one place: main.cpp
// builds one with the real keychain, each GUI test builds its own with an in-memory store
// and temporary folders. Members are declared in construction order.
struct AppServices
{
    // `keychain` may be null (no keychain); `accountsFile` empty = the app's QSettings;
    // `receiptsDirectory` empty = AppDataLocation/receipts.
    AppServices(SecretStore *keychain, const QString &accountsFile, const QString &receiptsDirectory)
        : tokens(&client)
        , vault(keychain)
        , accounts(accountsFile)
        , session(&client, &tokens, &vault, &accounts)
        , products(&client)
        , subordinates(&client)
        , billingContacts(&client)
        , offering(&client)
        , submitter(&client)
        , lookup(&client)
        , receipts(receiptsDirectory)
        , purchase(&submitter, &receipts, &lookup, &offering)
    {
        client.setDiagnostics(&diagnostics);
    }

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
};
