// The three list endpoints (product_list, partner_list, billing_contact_list): envelope →
// ListParser::parse<T>, on arrays and on objects holding one, and the one-line texts the
// combo boxes show.

#include "FuzzSupport.h"
#include "api/BillingContact.h"
#include "api/ListParser.h"
#include "api/Product.h"
#include "api/Subordinate.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzSupport::bytes(data, size);
    const auto envelope = FuzzSupport::readEnvelope(body);
    if (!envelope)
        return 0;
    const QJsonValue &result = envelope->result;

    const auto array = ListParser::arrayIn(result);
    if (result.isArray() || result.isNull() || result.isUndefined())
        FUZZ_CHECK(array.has_value());
    if (!result.isArray() && !result.isObject() && !result.isNull() && !result.isUndefined())
        FUZZ_CHECK(!array.has_value());
    const qsizetype entries = array ? array->size() : 0;

    // An ID that arrived as a number is exactly the body's digits, never a rounded double
    // (the envelope refuses a list holding one Qt could not keep exactly).
    for (const QJsonValue entry : array ? *array : QJsonArray()) {
        for (const char *key : {"partnerId", "billingContactId", "productId"}) {
            const QJsonValue id = entry.toObject().value(QLatin1String(key));
            if (id.isDouble())
                FUZZ_CHECK(body.contains(QByteArray::number(id.toInteger())));
        }
    }

    const auto products = ListParser::parse<Product>(result);
    FUZZ_CHECK(products.has_value() == array.has_value());
    if (products) {
        FUZZ_CHECK(products->size() <= entries);
        for (const Product &product : *products) {
            FUZZ_CHECK(product.productId > 0);
            FUZZ_CHECK(!product.name.isEmpty());
            FUZZ_CHECK(product.name == product.name.trimmed());
            (void)product.requiresSerialNumber();
        }
    }

    const auto subordinates = ListParser::parse<Subordinate>(result);
    FUZZ_CHECK(subordinates.has_value() == array.has_value());
    if (subordinates) {
        FUZZ_CHECK(subordinates->size() <= entries);
        for (const Subordinate &subordinate : *subordinates) {
            FUZZ_CHECK(subordinate.partnerId.isValid());
            FuzzSupport::checkEntityId(subordinate.partnerId);
            const QString shown = subordinate.displayName();
            if (!subordinate.company.isEmpty())
                FUZZ_CHECK(shown.startsWith(subordinate.company));
            (void)subordinate.contactName();
        }
    }

    const auto contacts = ListParser::parse<BillingContact>(result);
    FUZZ_CHECK(contacts.has_value() == array.has_value());
    if (contacts) {
        FUZZ_CHECK(contacts->size() <= entries);
        for (const BillingContact &contact : *contacts) {
            FUZZ_CHECK(contact.billingContactId.isValid());
            FuzzSupport::checkEntityId(contact.billingContactId);
            FUZZ_CHECK(!contact.displayName().isEmpty()); // never a blank line in the combo box
            if (!contact.emailAddress.isEmpty())
                FUZZ_CHECK(contact.displayName().contains(contact.emailAddress));
        }
    }
    return 0;
}
