#include "OrderRequest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// QJsonObject sorts its keys; the order body keeps the tutorials' order so that what the
// review page shows, what is sent and what the tutorials print are the same text.
class OrderedJsonWriter
{
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray(const char *key)
    {
        writeKey(key);
        m_out += '[';
        m_firstInScope.append(true);
    }
    void endArray() { close(']'); }
    void beginArrayElementObject()
    {
        separate();
        open('{');
    }

    void field(const char *key, const QString &value)
    {
        writeKey(key);
        // Let Qt escape the string exactly as JSON requires.
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        m_out += array.mid(1, array.size() - 2);
    }
    void field(const char *key, qint64 value)
    {
        writeKey(key);
        m_out += QByteArray::number(value);
    }
    void rawField(const char *key, const QString &digits)
    {
        writeKey(key);
        m_out += digits.toLatin1();
    }

    QByteArray finish() { return m_out + '\n'; }

private:
    void open(char bracket)
    {
        m_out += bracket;
        m_firstInScope.append(true);
    }
    void close(char bracket)
    {
        m_firstInScope.removeLast();
        m_out += '\n' + indent() + bracket;
    }
    void separate()
    {
        if (!m_firstInScope.last())
            m_out += ',';
        m_firstInScope.last() = false;
        m_out += '\n' + indent();
    }
    void writeKey(const char *key)
    {
        separate();
        m_out += '"';
        m_out += key;
        m_out += "\": ";
    }
    QByteArray indent() const { return QByteArray(2 * m_firstInScope.size(), ' '); }

    QByteArray m_out;
    QList<bool> m_firstInScope;
};

} // namespace

QByteArray OrderRequest::toJsonBody() const
{
    OrderedJsonWriter json;
    json.beginObject();
    json.field("operationType", operationType);
    json.field("productId", productId);
    // EntityId holds only validated digits, so writing them raw is exact JSON.
    if (partnerId.isValid())
        json.rawField("partnerId", partnerId.toString());
    if (!productNo.isEmpty())
        json.field("productNo", productNo);
    // A trial is free: its tutorials have no billing contact row.
    if (billingId.isValid() || !operationType.startsWith(QLatin1String("trial")))
        json.rawField("billingId", billingId.isValid() ? billingId.toString() : QStringLiteral("null"));
    if (!poNumber.isEmpty())
        json.field("poNumber", poNumber);
    json.beginArray("serviceList");
    for (const OrderItem &item : serviceList) {
        json.beginArrayElementObject();
        if (item.connectionPlanId.isValid())
            json.rawField("connectionPlanId", item.connectionPlanId.toString());
        json.field("serviceType", item.serviceType);
        json.rawField("serviceId", item.serviceId.isValid() ? item.serviceId.toString() : QStringLiteral("null"));
        if (item.hasQuantity)
            json.field("quantity", qint64(item.quantity));
        json.field("purchaseType", item.purchaseType);
        if (item.hasBilling) {
            json.field("billingModel", item.billingModel);
            json.field("billingCycle", item.billingCycle);
        }
        json.field("multiCycle", qint64(item.multiCycle));
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.finish();
}
