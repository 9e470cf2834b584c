#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// What a list's filter searches: one text per row, in lower case, as UTF-8, all in one
// block: one block of memory is scanned many times quicker than as many separately
// allocated strings (pp-bench's per-keystroke filter figures). Matching bytes is matching
// characters: a UTF-8 needle only matches whole characters. Each row also notes which
// characters it has (one bit per letter and digit), so that a search looks only at the
// rows that have every character of what was typed, and a single letter or digit needs
// no look at the text at all.
class TextSearchIndex
{
public:
    int size() const { return int(m_starts.size() - 1); }
    bool isEmpty() const { return size() == 0; }
    QString text(int row) const;

    // A row is built from parts, each added in lower case, and then ended.
    void addLower(QByteArrayView utf8);
    void addLower(QStringView text);
    void addSeparator(char separator) { m_text += separator; }
    void endRow();
    // Row `row` of `other` as the next row.
    void addRowOf(const TextSearchIndex &other, int row);
    void reserve(qsizetype rows, qsizetype bytes);
    void squeeze();
    void clear();

    // The rows whose text contains `needle` (lower case, not empty), in order; only
    // among `candidates` (in their order) when given.
    QList<int> rowsContaining(const QString &needle, const QList<int> *candidates = nullptr) const;
    bool rowContains(int row, const QString &needle) const;
    // For each script beyond ASCII that the rows use, the text of its first row (at most
    // `limit` rows): what a view would need fonts for.
    QStringList samplesOfEachScript(int limit) const;

private:
    QByteArrayView rowText(int row) const
    {
        return QByteArrayView(m_text.constData() + m_starts.at(row), m_starts.at(row + 1) - m_starts.at(row) - 1);
    }

    const char *textEnd() const { return m_text.constData() + m_text.size(); }
    bool mayContain(int row, quint64 characters) const { return (m_characters.at(row) & characters) == characters; }

    QByteArray m_text;           // every row's text, each followed by a '\0'
    QList<quint32> m_starts{0};  // where each row's text starts; one more for the end
    QList<quint64> m_characters; // for each row, the bits of the characters it has
};
