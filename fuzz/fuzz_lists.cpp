// The three list endpoints (product_list, partner_list, billing_contact_list): envelope →
// ListParser::parse<T>, on arrays and on objects holding one, and the one-line texts the
// combo boxes show; partner_list read in slices (SubordinateListAnswer) against the same
// read as one document, and its compact SubordinateTable against ListParser's rows.

#include "FuzzSupport.h"
#include "api/BillingContact.h"
#include "api/ListParser.h"
#include "api/Product.h"
#include "api/Subordinate.h"
#include "api/SubordinateListAnswer.h"
#include "api/SubordinateTable.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzSupport::bytes(data, size);

    // partner_list read in slices ends exactly as read as one document.
    const RawReply raw{ApiError(), 200, body};
    const ApiResult<SubordinateTable> sliced = SubordinateListAnswer::read(raw);
    const ApiResult<SubordinateTable> whole = PortalAnswer::read<SubordinateTable>(
        raw, [](const Envelope &answer) { return SubordinateTable::fromJson(answer.result); });
    FUZZ_CHECK(sliced.error.kind() == whole.error.kind());
    FUZZ_CHECK(sliced.error.field() == whole.error.field());
    FUZZ_CHECK(sliced.requestId == whole.requestId);
    FUZZ_CHECK(sliced.value.has_value() == whole.value.has_value());
    if (sliced.value && whole.value) {
        FUZZ_CHECK(sliced.value->size() == whole.value->size());
        for (int row = 0; row < sliced.value->size(); ++row)
            FUZZ_CHECK(sliced.value->sameRow(row, *whole.value, row));
    }

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

    // The compact table the app keeps holds the same rows, exactly (text as UTF-8 holds it:
    // a lone surrogate becomes a replacement character), and finds each by its ID.
    const auto table = SubordinateTable::fromJson(result);
    FUZZ_CHECK(table.has_value() == subordinates.has_value());
    if (table) {
        const auto asUtf8 = [](const QString &text) { return QString::fromUtf8(text.toUtf8()); };
        FUZZ_CHECK(table->size() == subordinates->size());
        FUZZ_CHECK(table->searchIndex().size() == table->size());
        for (int row = 0; row < table->size(); ++row) {
            const Subordinate &parsed = subordinates->at(row);
            const Subordinate kept = table->at(row);
            FUZZ_CHECK(kept.partnerId == parsed.partnerId);
            FUZZ_CHECK(kept.company == asUtf8(parsed.company) && kept.firstName == asUtf8(parsed.firstName)
                       && kept.lastName == asUtf8(parsed.lastName) && kept.email == asUtf8(parsed.email)
                       && kept.city == asUtf8(parsed.city) && kept.country == asUtf8(parsed.country));
            FUZZ_CHECK(table->rowOf(parsed.partnerId) >= 0);
            FUZZ_CHECK(table->sameRow(row, *table, row));
            if (!kept.company.isEmpty() && row < 50)
                FUZZ_CHECK(table->searchIndex().rowsContaining(kept.company.toLower()).contains(row)
                           || kept.company.contains(QChar(0)));
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
