#include "SubordinateSearchIndex.h"


SubordinateSearchIndex::SubordinateSearchIndex(const QList<Subordinate> &subordinates)
{
    m_starts.reserve(subordinates.size() + 1);
    qsizetype length = 0;
    for (const Subordinate &subordinate : subordinates)
        length += subordinate.company.size() + subordinate.firstName.size() + subordinate.lastName.size()
            + subordinate.email.size() + 4;
    m_text.reserve(length);
    for (const Subordinate &subordinate : subordinates) {
        m_starts.append(m_text.size());
        // Lower-cased piece by piece: a few characters change length in lower case.
        m_text += (subordinate.company + QLatin1Char('\n') + subordinate.contactName() + QLatin1Char('\n')
                   + subordinate.email)
                      .toLower();
        m_text += QChar(0); // no typed text contains it: a match never spans two rows
    }
    m_starts.append(m_text.size());
}

QStringView SubordinateSearchIndex::text(int row) const
{
    if (row < 0 || row >= size())
        return {};
    return QStringView(m_text).mid(m_starts.at(row), m_starts.at(row + 1) - m_starts.at(row) - 1);
}

namespace {

// Where `needle` (not empty) occurs in `text` from `from` on, or -1. Qt's own search for
// a needle of 2 to 5 characters hashes every character; finding the first character with
// the vectorised single-character search and comparing the rest is several times faster
// on these short lines.
qsizetype find(QStringView text, QStringView needle, qsizetype from = 0)
{
    const QChar first = needle.front();
    const QStringView rest = needle.mid(1);
    const qsizetype lastStart = text.size() - needle.size();
    while (from <= lastStart) {
        const qsizetype at = text.indexOf(first, from);
        if (at < 0 || at > lastStart)
            return -1;
        if (text.mid(at + 1, rest.size()) == rest)
            return at;
        from = at + 1;
    }
    return -1;
}

} // namespace

QList<int> SubordinateSearchIndex::rowsContaining(const QString &needle, const QList<int> *candidates) const
{
    QList<int> rows;
    if (needle.isEmpty() || needle.contains(QChar(0)))
        return rows;
    const QStringView all(m_text);
    if (candidates) {
        for (const int row : *candidates) {
            if (find(text(row), needle) >= 0)
                rows.append(row);
        }
        return rows;
    }
    // One pass over the whole text; after a match, go on from the next row's start.
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
