#pragma once

class BillingContactListModel;
class OfferingLoader;
class OrderLookup;
class OrderSubmitter;
class PortalClient;
class ProductListModel;
class PurchaseSession;
class ReceiptStore;
class SubordinateListModel;

#include "AppServices.h"

// The objects the purchase wizard's pages work with, built in main.cpp and handed down.
struct WizardContext
{
    WizardContext() = default;
    explicit WizardContext(AppServices &services)
        : products(&services.products)
        , subordinates(&services.subordinates)
        , billingContacts(&services.billingContacts)
        , offering(&services.offering)
        , submitter(&services.submitter)
        , lookup(&services.lookup)
        , receipts(&services.receipts)
        , purchase(&services.purchase)
        , client(&services.client)
    {
    }

    ProductListModel *products = nullptr;
    SubordinateListModel *subordinates = nullptr;
    BillingContactListModel *billingContacts = nullptr;
    OfferingLoader *offering = nullptr;
    OrderSubmitter *submitter = nullptr;
    OrderLookup *lookup = nullptr;
    ReceiptStore *receipts = nullptr;
    PurchaseSession *purchase = nullptr;
    PortalClient *client = nullptr; // for the order follow-up windows
};
