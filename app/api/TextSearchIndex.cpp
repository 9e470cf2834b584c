#include "TextSearchIndex.h"

#include <QSet>

#include <algorithm>
#include <cstring>

namespace {

bool isAscii(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return uchar(c) < 0x80; });
}

// How common a byte is in names, e-mail addresses and serial numbers, roughly: letters
// by their frequency in English text, then the rest. Searching first for the needle's
// least common byte finds fewer false starts than searching for its first.
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
    bool isValid() const { return !bytes.isEmpty() && !bytes.contains('\0'); }
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

QString TextSearchIndex::text(int row) const
{
    if (row < 0 || row >= size())
        return {};
    const QByteArrayView bytes = rowText(row);
    return QString::fromUtf8(bytes.data(), bytes.size());
}

// ASCII byte by byte (nearly every row), anything else through QString, since a few
// characters change length in lower case.
void TextSearchIndex::addLower(QByteArrayView utf8)
{
    if (!isAscii(utf8)) {
        m_text.append(QString::fromUtf8(utf8).toLower().toUtf8());
        return;
    }
    const qsizetype from = m_text.size();
    m_text.append(utf8);
    for (char *c = m_text.data() + from; c != m_text.data() + m_text.size(); ++c) {
        if (*c >= 'A' && *c <= 'Z')
            *c = char(*c + ('a' - 'A'));
    }
}

void TextSearchIndex::addLower(QStringView text)
{
    if (!std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        m_text.append(text.toString().toLower().toUtf8());
        return;
    }
    for (const QChar c : text) {
        const char ascii = char(c.unicode());
        m_text += ascii >= 'A' && ascii <= 'Z' ? char(ascii + ('a' - 'A')) : ascii;
    }
}

void TextSearchIndex::endRow()
{
    m_text += '\0'; // no typed text contains it: a match never spans two rows
    m_starts.append(quint32(m_text.size()));
}

void TextSearchIndex::addRowOf(const TextSearchIndex &other, int row)
{
    m_text.append(other.rowText(row));
    endRow();
}

void TextSearchIndex::reserve(qsizetype rows, qsizetype bytes)
{
    m_starts.reserve(rows + 1);
    m_text.reserve(bytes);
}

void TextSearchIndex::squeeze()
{
    m_starts.squeeze();
    m_text.squeeze();
}

void TextSearchIndex::clear()
{
    m_text.clear();
    m_starts = {0};
}

bool TextSearchIndex::rowContains(int row, const QString &needleText) const
{
    const Needle needle(needleText.toUtf8());
    return needle.isValid() && find(rowText(row), needle) >= 0;
}

QList<int> TextSearchIndex::rowsContaining(const QString &needleText, const QList<int> *candidates) const
{
    QList<int> rows;
    const Needle needle(needleText.toUtf8());
    if (!needle.isValid())
        return rows;
    if (candidates) {
        rows.reserve(candidates->size());
        for (const int row : *candidates) {
            if (find(rowText(row), needle) >= 0)
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

QStringList TextSearchIndex::samplesOfEachScript(int limit) const
{
    QStringList samples;
    QSet<int> scripts;
    const char *const begin = m_text.constData();
    const char *const end = begin + m_text.size();
    auto row = m_starts.cbegin();
    for (const char *c = begin; c != end && samples.size() < limit; ++c) {
        if (uchar(*c) < 0x80)
            continue;
        row = std::upper_bound(row, m_starts.cend(), quint32(c - begin)) - 1;
        const int at = int(row - m_starts.cbegin());
        const QString text = this->text(at);
        bool newScript = false;
        for (const QChar character : text) {
            if (character.unicode() >= 0x80 && !scripts.contains(character.script())) {
                scripts.insert(character.script());
                newScript = true;
            }
        }
        if (newScript)
            samples << text;
        c = begin + m_starts.at(at + 1) - 1; // on to the next row
    }
    return samples;
}
