#include "JsonListText.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QVarLengthArray>

namespace JsonListText {

namespace {

constexpr qsizetype kBad = -1;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView text, qsizetype at)
{
    while (at < text.size() && isSpace(text[at]))
        ++at;
    return at;
}

// Just past the string whose opening quote is at `at`.
qsizetype skipString(QByteArrayView text, qsizetype at)
{
    for (qsizetype i = at + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return kBad;
}

// Just past the value that starts at `at` (no space before it). Only the structure is
// followed; what is inside is left to QJsonDocument.
qsizetype skipValue(QByteArrayView text, qsizetype at)
{
    if (at >= text.size())
        return kBad;
    const char first = text[at];
    if (first == '"')
        return skipString(text, at);
    if (first == '{' || first == '[') {
        QVarLengthArray<char, 64> closers;
        for (qsizetype i = at; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"') {
                i = skipString(text, i);
                if (i == kBad)
                    return kBad;
                --i;
            } else if (c == '{' || c == '[') {
                closers.append(c == '{' ? '}' : ']');
            } else if (c == '}' || c == ']') {
                if (closers.isEmpty() || closers.last() != c)
                    return kBad;
                closers.removeLast();
                if (closers.isEmpty())
                    return i + 1;
            }
        }
        return kBad;
    }
    qsizetype end = at; // a number, true, false or null
    while (end < text.size() && !isSpace(text[end]) && text[end] != ',' && text[end] != ']'
           && text[end] != '}')
        ++end;
    return end == at ? kBad : end;
}

// `elements` as an array, parsed one level down (as in the envelope's result), so that
// QJsonDocument's nesting limit cuts where it would cut in the whole answer.
std::optional<QJsonArray> parseArray(QByteArrayView elements)
{
    QByteArray json;
    json.reserve(elements.size() + 4);
    json += "[[";
    json += elements;
    json += "]]";
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || !document.array().at(0).isArray())
        return std::nullopt;
    return document.array().at(0).toArray();
}

// The key whose string (quotes included) is `quoted`, escapes decoded.
std::optional<QString> keyOf(QByteArrayView quoted)
{
    if (!quoted.contains('\\'))
        return QString::fromUtf8(quoted.sliced(1, quoted.size() - 2));
    const auto array = parseArray(quoted);
    if (!array || array->size() != 1 || !array->at(0).isString())
        return std::nullopt;
    return array->at(0).toString();
}

} // namespace

std::optional<Split> split(const QByteArray &body)
{
    const QByteArrayView text(body);
    qsizetype at = skipSpace(text, 0);
    if (at >= text.size() || text[at] != '{')
        return std::nullopt;
    at = skipSpace(text, at + 1);
    std::optional<std::pair<qsizetype, qsizetype>> result;
    while (at < text.size() && text[at] == '"') {
        const qsizetype keyEnd = skipString(text, at);
        if (keyEnd == kBad)
            return std::nullopt;
        const std::optional<QString> key = keyOf(text.sliced(at, keyEnd - at));
        at = skipSpace(text, keyEnd);
        if (!key || at >= text.size() || text[at] != ':')
            return std::nullopt;
        const qsizetype valueBegin = skipSpace(text, at + 1);
        const qsizetype valueEnd = skipValue(text, valueBegin);
        if (valueEnd == kBad)
            return std::nullopt;
        if (*key == QLatin1String("result")) {
            if (result)
                return std::nullopt; // twice: which one counts is QJsonDocument's business
            result = std::pair{valueBegin, valueEnd};
        }
        at = skipSpace(text, valueEnd);
        if (at < text.size() && text[at] == ',') {
            at = skipSpace(text, at + 1);
            continue;
        }
        if (at >= text.size() || text[at] != '}')
            return std::nullopt;
        ++at;
        break;
    }
    if (!result || skipSpace(text, at) != text.size())
        return std::nullopt;
    const auto [begin, end] = *result;
    Split split;
    split.envelope.reserve(body.size() - (end - begin) + 4);
    split.envelope.append(QByteArrayView(body).first(begin))
        .append("null")
        .append(QByteArrayView(body).sliced(end));
    split.result = text.sliced(begin, end - begin);
    return split;
}

bool forEachSlice(QByteArrayView array, int perSlice, const std::function<void(const QJsonArray &)> &slice)
{
    qsizetype at = skipSpace(array, 0);
    if (at >= array.size() || array[at] != '[')
        return false;
    at = skipSpace(array, at + 1);
    if (at < array.size() && array[at] == ']')
        return skipSpace(array, at + 1) == array.size();
    qsizetype sliceBegin = at;
    int inSlice = 0;
    while (true) {
        const qsizetype end = skipValue(array, at);
        if (end == kBad)
            return false;
        ++inSlice;
        at = skipSpace(array, end);
        if (at >= array.size())
            return false;
        const bool last = array[at] == ']';
        if (!last && array[at] != ',')
            return false;
        if (last || inSlice == perSlice) {
            const auto elements = parseArray(array.sliced(sliceBegin, end - sliceBegin));
            if (!elements || elements->size() != inSlice)
                return false;
            slice(*elements);
            inSlice = 0;
        }
        if (last)
            return skipSpace(array, at + 1) == array.size();
        at = skipSpace(array, at + 1);
        if (inSlice == 0)
            sliceBegin = at;
    }
}

} // namespace JsonListText
