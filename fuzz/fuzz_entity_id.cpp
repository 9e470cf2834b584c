// IDs and the lenient number readers: EntityId::fromString on any text, EntityId::fromJson
// and JsonFields::integer/text on any JSON value, checked against a reference reading of
// the same text. A plain JSON integer must come out as exactly its digits (19-digit IDs
// above 2^53 included) and go back out unchanged; any other number is no ID at all.

#include "FuzzSupport.h"
#include "api/EntityId.h"
#include "api/InexactIdFinder.h"
#include "api/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>
#include <optional>

namespace {

// The value of `text` if it is an optional '-' and 1+ ASCII digits that fit in a qint64.
std::optional<qint64> referenceInteger(const QByteArray &text)
{
    qsizetype at = 0;
    const bool negative = text.startsWith('-');
    if (negative)
        ++at;
    if (at == text.size())
        return std::nullopt;
    unsigned __int128 magnitude = 0;
    for (; at < text.size(); ++at) {
        const char c = text.at(at);
        if (c < '0' || c > '9')
            return std::nullopt;
        magnitude = magnitude * 10 + unsigned(c - '0');
        if (magnitude > (unsigned __int128)1 << 64)
            return std::nullopt;
    }
    const unsigned __int128 limit = negative ? (unsigned __int128)1 << 63 : ((unsigned __int128)1 << 63) - 1;
    if (magnitude > limit)
        return std::nullopt;
    return negative ? qint64(-(__int128)magnitude) : qint64(magnitude);
}

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QByteArray trimmedJson(const QByteArray &text)
{
    qsizetype begin = 0, end = text.size();
    while (begin < end && isJsonWhitespace(text.at(begin)))
        ++begin;
    while (end > begin && isJsonWhitespace(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

void checkFromString(const QString &text)
{
    const EntityId id = EntityId::fromString(text);
    FuzzSupport::checkEntityId(id);
    // Valid exactly when the text is 1-19 ASCII digits whose value fits a qint64.
    const std::optional<qint64> value = text.size() <= 19 && !text.startsWith(QLatin1Char('-'))
        ? referenceInteger(text.toLatin1())
        : std::nullopt;
    bool asciiOnly = true;
    for (const QChar c : text)
        asciiOnly = asciiOnly && c.unicode() < 128;
    if (value && asciiOnly) {
        FUZZ_CHECK(id.isValid());
        FUZZ_CHECK(id.toInteger() == *value);
        FUZZ_CHECK(id.toString() == QString::number(*value));
    } else {
        FUZZ_CHECK(!id.isValid());
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
    const QByteArray input = FuzzSupport::bytes(data, size);
    checkFromString(QString::fromUtf8(input));
    checkFromString(QString::fromLatin1(input));

    // The same bytes as one JSON value (a number, a string, anything).
    const QJsonDocument document = QJsonDocument::fromJson('[' + input + ']');
    if (!document.isArray() || document.array().size() != 1)
        return 0;
    const QJsonValue value = document.array().first();
    const EntityId id = EntityId::fromJson(value);
    FuzzSupport::checkEntityId(id);
    if (value.isString())
        FUZZ_CHECK(id == EntityId::fromString(value.toString().trimmed()));
    else if (!value.isDouble())
        FUZZ_CHECK(!id.isValid());

    // Written back as the order body writes IDs and read again: the same digits.
    if (id.isValid()) {
        const QByteArray written
            = QJsonDocument(QJsonArray{id.toJsonInteger()}).toJson(QJsonDocument::Compact);
        FUZZ_CHECK(written == '[' + id.toString().toLatin1() + ']');
        FUZZ_CHECK(EntityId::fromJson(QJsonDocument::fromJson(written).array().first()) == id);
    }

    const QByteArray token = trimmedJson(input);
    const std::optional<qint64> exact = value.isDouble() ? referenceInteger(token) : std::nullopt;
    // Any other number (a fraction or an exponent, even of an integral value, or one beyond
    // 64 bits) Qt holds as a double or rounds while parsing: as an ID in an answer, it is
    // found in the raw text and refused.
    if (value.isDouble() && (!exact || *exact != std::numeric_limits<qint64>::min()))
        FUZZ_CHECK(InexactIdFinder::find(QByteArray("{\"partnerId\": " + token + '}')).has_value() == !exact);
    // INT64_MIN is the readers' "not an integer" sentinel (no field is ever that value).
    if (exact && *exact != std::numeric_limits<qint64>::min()) {
        // A plain JSON integer in range: every reader sees exactly its value.
        FUZZ_CHECK(JsonFields::integer(value) == exact);
        FUZZ_CHECK(JsonFields::text(value) == QString::number(*exact));
        if (*exact >= 0) {
            FUZZ_CHECK(id.isValid());
            FUZZ_CHECK(id.toInteger() == *exact);
        } else {
            FUZZ_CHECK(!id.isValid());
        }
    }
    if (value.isString()) {
        const std::optional<qint64> digits = referenceInteger(value.toString().trimmed().toLatin1());
        if (digits && value.toString().trimmed().toLatin1() == value.toString().trimmed().toUtf8())
            FUZZ_CHECK(JsonFields::integer(value) == digits);
        FUZZ_CHECK(JsonFields::text(value) == value.toString());
    }
    (void)JsonFields::text(value);
    return 0;
}
