#include "SubordinateSearchIndex.h"

#include "SubordinateTable.h"

#include <QByteArrayView>

#include <algorithm>
#include <cstring>

namespace {

bool isAscii(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return uchar(c) < 0x80; });
}

// Appends `text` in lower case: ASCII byte by byte (nearly every customer), anything
// else through QString, since a few characters change length in lower case.
void appendLower(QByteArray &out, QByteArrayView text)
{
    if (isAscii(text)) {
        const qsizetype from = out.size();
        out.append(text);
        for (char *c = out.data() + from; c != out.data() + out.size(); ++c) {
            if (*c >= 'A' && *c <= 'Z')
                *c = char(*c + ('a' - 'A'));
        }
        return;
    }
    out.append(QString::fromUtf8(text).toLower().toUtf8());
}

// How common a byte is in customers' names and e-mail addresses, roughly: letters by
// their frequency in English text, then the rest. Searching first for the needle's least
// common byte finds fewer false starts than searching for its first.
int commonness(char c)
{
    static constexpr char kLettersByFrequency[] = "etaoinsrhldcumfpgwybvkxjqz";
    const char *letter = std::strchr(kLettersByFrequency, c);
    if (c != '\0' && letter)
        return 100 - int(letter - kLettersByFrequency);
    if (c == ' ' || c == '.' || c == '@' || c == '\n')
        return 90;
    if (c >= '0' && c <= '9')
        return 70;
    return 0; // any other character, and every byte of one that is not ASCII
}

// The needle and which of its bytes to look for first.
struct Needle
{
    explicit Needle(QByteArray text)
        : bytes(std::move(text))
    {
        for (qsizetype i = 1; i < bytes.size(); ++i) {
            if (commonness(bytes.at(i)) < commonness(bytes.at(pivot)))
                pivot = i;
        }
    }
    QByteArray bytes;
    qsizetype pivot = 0;
};

// Where `needle` (not empty) occurs in `text` from `from` on, or -1: its least common byte
// with memchr (vectorised), then the whole needle compared, which on these short lines
// beats a general substring search.
qsizetype find(QByteArrayView text, const Needle &needle, qsizetype from = 0)
{
    const qsizetype length = needle.bytes.size();
    const char pivot = needle.bytes.at(needle.pivot);
    const qsizetype lastStart = text.size() - length;
    while (from <= lastStart) {
        const void *hit = std::memchr(text.data() + from + needle.pivot, pivot, size_t(lastStart - from + 1));
        if (!hit)
            return -1;
        const qsizetype at = static_cast<const char *>(hit) - text.data() - needle.pivot;
        if (std::memcmp(text.data() + at, needle.bytes.constData(), size_t(length)) == 0)
            return at;
        from = at + 1;
    }
    return -1;
}

} // namespace

SubordinateSearchIndex::SubordinateSearchIndex(const SubordinateTable &table)
{
    const int rows = table.size();
    m_starts.reserve(rows + 1);
    for (int row = 0; row < rows; ++row) {
        m_starts.append(quint32(m_text.size()));
        const QByteArrayView first = table.utf8(row, SubordinateTable::FirstName);
        const QByteArrayView last = table.utf8(row, SubordinateTable::LastName);
        appendLower(m_text, table.utf8(row, SubordinateTable::Company));
        m_text += '\n';
        // The contact name as Subordinate::contactName() writes it.
        appendLower(m_text, first);
        if (!first.isEmpty() && !last.isEmpty())
            m_text += ' ';
        appendLower(m_text, last);
        m_text += '\n';
        appendLower(m_text, table.utf8(row, SubordinateTable::Email));
        m_text += '\0'; // no typed text contains it: a match never spans two rows
    }
    m_starts.append(quint32(m_text.size()));
    m_text.squeeze();
}

QString SubordinateSearchIndex::text(int row) const
{
    if (row < 0 || row >= size())
        return {};
    return QString::fromUtf8(m_text.constData() + m_starts.at(row),
                             m_starts.at(row + 1) - m_starts.at(row) - 1);
}

QList<int> SubordinateSearchIndex::rowsContaining(const QString &needleText,
                                                  const QList<int> *candidates) const
{
    QList<int> rows;
    const Needle needle(needleText.toUtf8());
    if (needle.bytes.isEmpty() || needle.bytes.contains('\0'))
        return rows;
    if (candidates) {
        rows.reserve(candidates->size());
        for (const int row : *candidates) {
            const QByteArrayView text(m_text.constData() + m_starts.at(row),
                                      m_starts.at(row + 1) - m_starts.at(row) - 1);
            if (find(text, needle) >= 0)
                rows.append(row);
        }
        return rows;
    }
    // One pass over the whole text; after a match, go on from the next row's start.
    const QByteArrayView all(m_text);
    auto rowStart = m_starts.cbegin();
    qsizetype from = 0;
    qsizetype found;
    while ((found = find(all, needle, from)) >= 0) {
        // Rows only move forward: stepping costs one pass over m_starts in all.
        while (*(rowStart + 1) <= found)
            ++rowStart;
        const int row = int(rowStart - m_starts.cbegin());
        rows.append(row);
        from = m_starts.at(row + 1);
    }
    return rows;
}
