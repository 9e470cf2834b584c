#include "TextSearchIndex.h"

#include <QSet>
#include <QtAlgorithms>

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// A byte's bit in a row's character set: one of its own for each lower-case letter and
// digit, the other 28 bits shared by every other byte.
constexpr int kOwnBits = 26 + 10;

int characterBit(char c)
{
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '0' && c <= '9')
        return 26 + (c - '0');
    return kOwnBits + uchar(c) % (64 - kOwnBits);
}

quint64 charactersOf(QByteArrayView text)
{
    quint64 characters = 0;
    for (const char c : text)
        characters |= quint64(1) << characterBit(c);
    return characters;
}

// The needle and which of its bytes to look for first.
struct Needle
{
    explicit Needle(QByteArray text)
        : bytes(std::move(text))
        , characters(charactersOf(bytes))
    {
        for (qsizetype i = 1; i < bytes.size(); ++i) {
            if (commonness(bytes.at(i)) < commonness(bytes.at(pivot)))
                pivot = i;
        }
    }
    bool isValid() const { return !bytes.isEmpty() && !bytes.contains('\0'); }
    // A row with this character contains the needle: one letter or digit.
    bool isOneCharacter() const { return bytes.size() == 1 && characterBit(bytes.at(0)) < kOwnBits; }
    QByteArray bytes;
    quint64 characters; // the bits a row containing it has
    qsizetype pivot = 0;
};

#if defined(__SSE2__)

// Whether `needle` (not empty) occurs in `text`, which may be read on up to `readableEnd`.
// Sixteen places at a time, those where both the needle's first and last byte are (two
// compares of 16 bytes), and only there the bytes between: on lines of a few dozen bytes,
// far fewer steps than a memchr for each occurrence of one byte and a memcmp after it.
bool contains(QByteArrayView text, const char *readableEnd, const Needle &needle)
{
    const qsizetype length = needle.bytes.size();
    if (text.size() < length)
        return false;
    const char firstByte = needle.bytes.front();
    const char lastByte = needle.bytes.back();
    const __m128i first = _mm_set1_epi8(firstByte);
    const __m128i last = _mm_set1_epi8(lastByte);
    const char *const lastStart = text.data() + text.size() - length;
    for (const char *at = text.data(); at <= lastStart; at += 16) {
        uint hits = 0;
        if (at + 15 + length <= readableEnd) {
            const __m128i firsts = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
            const __m128i lasts = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at + length - 1));
            hits = uint(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(firsts, first), _mm_cmpeq_epi8(lasts, last))));
        } else {
            for (int i = 0; i < 16 && at + i <= lastStart; ++i) {
                if (at[i] == firstByte && at[i + length - 1] == lastByte)
                    hits |= 1u << i;
            }
        }
        if (lastStart - at < 15)
            hits &= (1u << (lastStart - at + 1)) - 1; // not past the text's last start
        for (; hits != 0; hits &= hits - 1) {
            const char *const start = at + qCountTrailingZeroBits(hits);
            if (length <= 2 || std::memcmp(start + 1, needle.bytes.constData() + 1, size_t(length - 2)) == 0)
                return true;
        }
    }
    return false;
}

#else

// Whether `needle` (not empty) occurs in `text`: its least common byte with memchr, then
// the whole needle compared, which on these short lines beats a general substring search.
bool contains(QByteArrayView text, const char *, const Needle &needle)
{
    const qsizetype length = needle.bytes.size();
    const char pivot = needle.bytes.at(needle.pivot);
    const qsizetype lastStart = text.size() - length;
    qsizetype from = 0;
    while (from <= lastStart) {
        const void *hit = std::memchr(text.data() + from + needle.pivot, pivot, size_t(lastStart - from + 1));
        if (!hit)
            return false;
        const qsizetype at = static_cast<const char *>(hit) - text.data() - needle.pivot;
        if (std::memcmp(text.data() + at, needle.bytes.constData(), size_t(length)) == 0)
            return true;
        from = at + 1;
    }
    return false;
}

#endif

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
    const qsizetype start = m_starts.last();
    m_characters.append(charactersOf(QByteArrayView(m_text).sliced(start)));
    m_text += '\0'; // no typed text contains it: a match never spans two rows
    m_starts.append(quint32(m_text.size()));
}

void TextSearchIndex::addRowOf(const TextSearchIndex &other, int row)
{
    m_text.append(other.rowText(row));
    m_text += '\0';
    m_starts.append(quint32(m_text.size()));
    m_characters.append(other.m_characters.at(row));
}

void TextSearchIndex::reserve(qsizetype rows, qsizetype bytes)
{
    m_starts.reserve(rows + 1);
    m_characters.reserve(rows);
    m_text.reserve(bytes);
}

void TextSearchIndex::squeeze()
{
    m_starts.squeeze();
    m_characters.squeeze();
    m_text.squeeze();
}

void TextSearchIndex::clear()
{
    m_text.clear();
    m_starts = {0};
    m_characters.clear();
}

bool TextSearchIndex::rowContains(int row, const QString &needleText) const
{
    const Needle needle(needleText.toUtf8());
    return needle.isValid() && mayContain(row, needle.characters)
        && (needle.isOneCharacter() || contains(rowText(row), textEnd(), needle));
}

QList<int> TextSearchIndex::rowsContaining(const QString &needleText, const QList<int> *candidates) const
{
    QList<int> rows;
    const Needle needle(needleText.toUtf8());
    if (!needle.isValid())
        return rows;
    // Only rows with every character of the needle are read; for one letter or digit,
    // none is: having it is containing it.
    const quint64 wanted = needle.characters;
    const quint64 *const characters = m_characters.constData();
    const bool oneCharacter = needle.isOneCharacter();
    const auto matches = [&](int row) {
        return (characters[row] & wanted) == wanted && (oneCharacter || contains(rowText(row), textEnd(), needle));
    };
    // Written through a pointer: appending one by one cost more than the test of a row.
    rows.resize(candidates ? candidates->size() : size());
    int *found = rows.data();
    if (candidates) {
        for (const int row : *candidates) {
            if (matches(row))
                *found++ = row;
        }
    } else {
        for (int row = 0; row < size(); ++row) {
            if (matches(row))
                *found++ = row;
        }
    }
    rows.resize(found - rows.constData());
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
