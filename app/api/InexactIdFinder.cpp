#include "InexactIdFinder.h"

#include <QVariant>
#include <QVarLengthArray>

namespace InexactIdFinder {

namespace {

// One open object or array on the way down to the current value.
struct Level
{
    bool isArray = false;
    int index = 0;      // arrays: the element being read
    QByteArrayView key; // objects: the member being read
};

bool isNumberCharacter(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// A plain integer that fits in 64 bits: what Qt keeps exactly.
bool isPlainInteger(QByteArrayView token)
{
    if (token.startsWith('-'))
        token = token.sliced(1);
    for (const char c : token) {
        if (c < '0' || c > '9')
            return false; // a fraction or an exponent
    }
    static constexpr QByteArrayView largest("9223372036854775807");
    return token.size() < largest.size() || (token.size() == largest.size() && token.compare(largest) <= 0);
}

QString pathOf(const QVarLengthArray<Level, 16> &levels)
{
    QString path;
    for (const Level &level : levels) {
        if (level.isArray) {
            path += u'[' + QString::number(level.index) + u']';
        } else {
            if (!path.isEmpty())
                path += u'.';
            path += QString::fromUtf8(level.key);
        }
    }
    return path;
}

} // namespace

bool isIdKey(QByteArrayView key)
{
    return key == QByteArrayView("id") || key.endsWith("Id") || key.endsWith("ID")
        || (key.endsWith("No") && key != QByteArrayView("pageNo"));
}

bool isExactInteger(const QJsonValue &value)
{
    // QJsonValue::isDouble() is true for both kinds; the variant keeps the difference.
    return value.isDouble() && value.toVariant().typeId() == QMetaType::LongLong;
}

std::optional<QString> find(QByteArrayView json)
{
    QVarLengthArray<Level, 16> levels;
    QByteArrayView lastString;
    bool valueOfMember = false; // after a member's ':', until its value
    const char *const data = json.data();
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size;) {
        const char c = data[i];
        if (c == '"') {
            qsizetype end = i + 1;
            while (end < size && data[end] != '"')
                end += data[end] == '\\' ? 2 : 1;
            lastString = QByteArrayView(data + i + 1, std::min(end, size) - i - 1);
            valueOfMember = false;
            i = end + 1;
            continue;
        }
        // Qt also reads ".5" and "1." as numbers.
        if (c == '-' || c == '.' || (c >= '0' && c <= '9')) {
            qsizetype end = i;
            while (end < size && isNumberCharacter(data[end]))
                ++end;
            if (valueOfMember && !levels.isEmpty() && !levels.last().isArray && isIdKey(levels.last().key)
                && !isPlainInteger(QByteArrayView(data + i, end - i)))
                return pathOf(levels);
            valueOfMember = false;
            i = end;
            continue;
        }
        switch (c) {
        case ':':
            if (!levels.isEmpty() && !levels.last().isArray)
                levels.last().key = lastString;
            valueOfMember = true;
            break;
        case '{':
        case '[':
            levels.append(Level{c == '[', 0, {}});
            valueOfMember = false;
            break;
        case '}':
        case ']':
            if (!levels.isEmpty())
                levels.removeLast();
            valueOfMember = false;
            break;
        case ',':
            if (!levels.isEmpty() && levels.last().isArray)
                ++levels.last().index;
            valueOfMember = false;
            break;
        default:
            break; // white space, true, false, null
        }
        ++i;
    }
    return std::nullopt;
}

QString fieldOf(const QString &path)
{
    return path.mid(path.lastIndexOf(u'.') + 1);
}

} // namespace InexactIdFinder
