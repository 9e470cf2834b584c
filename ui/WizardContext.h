#pragma once

class BillingContactListModel;
class OfferingModel;
class OrderLookup;
class OrderSubmitter;
class ProductListModel;
class ReceiptStore;
class SubordinateListModel;

// The objects the purchase wizard's pages work with, built in main.cpp and handed down.
struct WizardContext
{
    ProductListModel *products = nullptr;
    SubordinateListModel *subordinates = nullptr;
    BillingContactListModel *billingContacts = nullptr;
    OfferingModel *offering = nullptr;
    OrderSubmitter *submitter = nullptr;
    OrderLookup *lookup = nullptr;
    ReceiptStore *receipts = nullptr;
};
