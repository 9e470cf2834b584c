#include "TermsFormatter.h"

#include "BillingCycle.h"
#include "api/JsonFields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <utility>

namespace {

// The field names a price or terms answer plausibly uses (the vendor's tables are lost
// past their first rows), most telling first.
QString knownLabel(const QString &key)
{
    if (key == QLatin1String("price") || key == QLatin1String("unitPrice"))
        return TermsFormatter::tr("Unit price");
    if (key == QLatin1String("totalPrice") || key == QLatin1String("totalAmount")
        || key == QLatin1String("amount"))
        return TermsFormatter::tr("Price");
    if (key == QLatin1String("originalPrice"))
        return TermsFormatter::tr("List price");
    if (key == QLatin1String("discountPrice") || key == QLatin1String("salePrice"))
        return TermsFormatter::tr("Discounted price");
    if (key == QLatin1String("currency") || key == QLatin1String("currencyCode"))
        return TermsFormatter::tr("Currency");
    if (key == QLatin1String("billingCycle") || key == QLatin1String("billingCycleList"))
        return TermsFormatter::tr("Billing cycle");
    if (key == QLatin1String("multiCycle") || key == QLatin1String("multiCycleList"))
        //: billing periods paid in advance
        return TermsFormatter::tr("Billing periods");
    if (key == QLatin1String("billingModel"))
        return TermsFormatter::tr("Billing model");
    if (key == QLatin1String("minQuantity"))
        return TermsFormatter::tr("Minimum quantity");
    if (key == QLatin1String("maxQuantity"))
        return TermsFormatter::tr("Maximum quantity");
    return QString();
}

// A scalar or a list of scalars as one line; IDs and amounts exactly as sent, words the
// user's when `inWords` names them (billing cycles).
std::optional<QString> flat(const QJsonValue &value, QString (*inWords)(const QString &) = nullptr)
{
    const auto text = [inWords](const QJsonValue &scalar) {
        const QString sent = JsonFields::text(scalar);
        return inWords && scalar.isString() ? inWords(sent) : sent;
    };
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &element : value.toArray()) {
            if (element.isArray() || element.isObject())
                return std::nullopt;
            parts << text(element);
        }
        return parts.join(QStringLiteral(", "));
    }
    if (value.isObject())
        return std::nullopt;
    if (value.isNull())
        return QStringLiteral("—");
    return text(value);
}

void collect(const QString &prefix, const QJsonValue &value, int depth, QList<TermsFormatter::Row> &known,
             QList<TermsFormatter::Row> &other)
{
    if (known.size() + other.size() >= TermsFormatter::kMaxRows)
        return;
    if (const std::optional<QString> line = flat(value)) {
        other.append({prefix.isEmpty() ? TermsFormatter::tr("Result") : prefix, *line, false});
        return;
    }
    if (depth > 4) {
        other.append({prefix, TermsFormatter::tr("(nested too deep to show)"), false});
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collect(QStringLiteral("%1[%2]").arg(prefix).arg(i), array.at(i), depth + 1, known, other);
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        const QString label = depth == 0 ? knownLabel(it.key()) : QString();
        const bool isCycle = it.key() == QLatin1String("billingCycle") || it.key() == QLatin1String("billingCycleList");
        const std::optional<QString> line = flat(it.value(), isCycle ? &BillingCycle::name : nullptr);
        if (!label.isEmpty() && line)
            known.append({label, *line, true});
        else
            collect(key, it.value(), depth + 1, known, other);
        if (known.size() + other.size() >= TermsFormatter::kMaxRows)
            return;
    }
}

} // namespace

QList<TermsFormatter::Row> TermsFormatter::rows(const QJsonValue &result)
{
    QList<Row> known;
    QList<Row> other;
    if (result.isObject() && result.toObject().isEmpty())
        return {};
    collect(QString(), result, 0, known, other);
    return known + other;
}
