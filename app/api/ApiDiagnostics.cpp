#include "ApiDiagnostics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <utility>

namespace {

const QString kRemoved = QStringLiteral("[removed]");

// "Bearer <token>", a JWT (three base64url parts, the first one a JSON header: "eyJ"),
// and key=value or "key": "value" pairs whose key names a secret.
const QRegularExpression &bearerPattern()
{
    static const QRegularExpression pattern(QStringLiteral("(Bearer)\\s+[A-Za-z0-9._~+/=-]+"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &jwtPattern()
{
    static const QRegularExpression pattern(QStringLiteral("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"));
    return pattern;
}

const QRegularExpression &quotedPairPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(\"[A-Za-z_]*(?:token|secret|password|authorization|activationcode)[A-Za-z_]*\"\\s*:\\s*)"
                       "(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]\\s]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &formPairPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("([A-Za-z_]*(?:token|secret|password|authorization)[A-Za-z_]*=)[^&\\s\"]+"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString redactedQuery(const QString &query)
{
    QUrlQuery parsed(query);
    QList<QPair<QString, QString>> items = parsed.queryItems(QUrl::FullyEncoded);
    for (auto &[key, value] : items) {
        if (ApiDiagnostics::isSecretKey(QUrl::fromPercentEncoding(key.toUtf8())))
            value = kRemoved;
    }
    parsed.setQueryItems(items);
    return ApiDiagnostics::redactedText(parsed.query(QUrl::FullyEncoded));
}

} // namespace

void ApiDiagnostics::record(Answer answer)
{
    if (answer.body.size() > kLargestBody)
        answer.body.truncate(kLargestBody);
    const QString kind = kindOf(answer);
    if (m_perKind.value(kind) >= kKeptPerKind) {
        // Drop the oldest of this kind.
        for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
            if (kindOf(*it) == kind) {
                m_answers.erase(it);
                break;
            }
        }
    } else {
        ++m_perKind[kind];
    }
    m_answers.append(std::move(answer));
}

QList<ApiDiagnostics::Answer> ApiDiagnostics::answers() const
{
    return m_answers;
}

QString ApiDiagnostics::kindOf(const Answer &answer)
{
    // Order details carry the order in the path; the product endpoints are kept per product.
    static const QString orderGet = QStringLiteral("/order/openapi/order/v1/get/");
    if (answer.path.startsWith(orderGet))
        return orderGet;
    const QString productId = QUrlQuery(answer.query).queryItemValue(QStringLiteral("productId"));
    return productId.isEmpty() ? answer.path : answer.path + QStringLiteral("?productId=") + productId;
}

bool ApiDiagnostics::isSecretKey(const QString &key)
{
    const QString lower = key.toLower();
    for (const char *word : {"token", "secret", "password", "authorization", "activationcode", "credential"}) {
        if (lower.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

QJsonValue ApiDiagnostics::redacted(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretKey(it.key()))
                it.value() = it.value().isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(kRemoved);
            else
                it.value() = redacted(it.value());
        }
        return object;
    }
    case QJsonValue::Array: {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redacted(*it);
        return array;
    }
    case QJsonValue::String:
        return redactedText(value.toString());
    default:
        return value; // numbers are written back exactly (Qt keeps 64-bit integers)
    }
}

QString ApiDiagnostics::redactedText(const QString &text)
{
    QString result = text;
    result.replace(bearerPattern(), QStringLiteral("\\1 ") + kRemoved);
    result.replace(jwtPattern(), kRemoved);
    result.replace(quotedPairPattern(), QStringLiteral("\\1\"") + kRemoved + QLatin1Char('"'));
    result.replace(formPairPattern(), QStringLiteral("\\1") + kRemoved);
    return result;
}

QByteArray ApiDiagnostics::render(const QList<Answer> &answers, const QString &portal, const QDateTime &now)
{
    QJsonArray list;
    for (const Answer &answer : answers) {
        QJsonObject entry;
        entry.insert(QStringLiteral("endpoint"), answer.path);
        if (!answer.query.isEmpty())
            entry.insert(QStringLiteral("query"), redactedQuery(answer.query));
        entry.insert(QStringLiteral("receivedAt"), answer.receivedAt.toUTC().toString(Qt::ISODateWithMs));
        if (answer.httpStatus > 0)
            entry.insert(QStringLiteral("httpStatus"), answer.httpStatus);
        if (!answer.transportError.isEmpty())
            entry.insert(QStringLiteral("transportError"), redactedText(answer.transportError));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(answer.body, &error);
        if (error.error == QJsonParseError::NoError && !document.isNull()) {
            entry.insert(QStringLiteral("body"),
                         redacted(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array())));
        } else if (!answer.body.isEmpty()) {
            entry.insert(QStringLiteral("bodyText"), redactedText(QString::fromUtf8(answer.body)));
            if (answer.body.size() >= kLargestBody)
                entry.insert(QStringLiteral("bodyCut"), true);
        }
        list.append(entry);
    }
    const QJsonObject file{
        {QStringLiteral("application"), QStringLiteral("Partner Purchase " PP_VERSION)},
        {QStringLiteral("savedAt"), now.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("portal"), portal},
        {QStringLiteral("note"),
         QStringLiteral("Raw answers of the Partner Portal's read-only endpoints, as this run received them. "
                        "Values of secret-looking fields (tokens, secrets, passwords, Authorization, activation "
                        "codes) and bearer tokens are replaced by \"[removed]\"; no request header is kept.")},
        {QStringLiteral("answers"), list},
    };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}
