// Purchased products: envelope → instance_product_list page and one product in full,
// the cells the overview shows from them, the details pane's tree; and the same
// bytes through the API diagnostics file, which must stay JSON with every value under a
// secret-looking key removed.

#include "FuzzSupport.h"
#include "api/ApiDiagnostics.h"
#include "api/InstancePage.h"
#include "models/JsonTreeModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

void checkInstance(const ProductInstance &instance)
{
    FUZZ_CHECK(instance.productId > 0);
    FuzzSupport::checkEntityId(instance.customerId);
    FUZZ_CHECK(instance.key().isEmpty() == instance.productNo.isEmpty());
    if (instance.expiryDate.isValid())
        FUZZ_CHECK(!instance.expiryText.isEmpty());
    FUZZ_CHECK(instance.productNo == instance.productNo.trimmed());
}

// Walks the whole tree the details pane shows, as a view would.
void walk(const JsonTreeModel &tree, const QModelIndex &parent, int depth)
{
    FUZZ_CHECK(depth < 1100); // Qt's JSON parser stops nesting long before
    for (int row = 0; row < tree.rowCount(parent); ++row) {
        const QModelIndex key = tree.index(row, JsonTreeModel::KeyColumn, parent);
        FUZZ_CHECK(key.isValid() && tree.parent(key) == parent);
        (void)tree.index(row, JsonTreeModel::ValueColumn, parent).data();
        walk(tree, key, depth + 1);
    }
}

// No value under a secret-looking key survives into the diagnostics file.
void checkRedacted(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (ApiDiagnostics::isSecretKey(it.key()))
                FUZZ_CHECK(it.value().isNull() || it.value() == QJsonValue(QStringLiteral("[removed]")));
            else
                checkRedacted(it.value());
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            checkRedacted(item);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzSupport::bytes(data, size);

    ApiDiagnostics::Answer answer;
    answer.path = QStringLiteral("/product/openapi/instance_product/v1/detail");
    answer.query = QStringLiteral("productId=12");
    answer.httpStatus = 200;
    answer.body = body;
    const QByteArray file = ApiDiagnostics::render({answer}, QStringLiteral("https://portal.example"), QDateTime());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject());
    checkRedacted(document.object().value(QLatin1String("answers")));

    const auto envelope = FuzzSupport::readEnvelope(body);
    if (!envelope)
        return 0;
    if (const auto page = InstancePage::fromJson(envelope->result, 12)) {
        FUZZ_CHECK(page->header.pageNo >= 1 && page->header.totalPage >= 0 && page->header.total >= 0);
        FUZZ_CHECK(page->results.size() <= envelope->result[QLatin1String("results")].toArray().size());
        for (const ProductInstance &instance : page->results)
            checkInstance(instance);
    } else {
        FUZZ_CHECK(!envelope->result.isObject() || !envelope->result[QLatin1String("results")].isArray());
    }
    if (envelope->result.isObject()) {
        const ProductInstance details = ProductInstance::fromJson(envelope->result.toObject(), 12);
        checkInstance(details);
        JsonTreeModel tree;
        tree.setObject(details.raw);
        walk(tree, QModelIndex(), 0);
    }
    return 0;
}
