#pragma once

#include "EntityId.h"
#include "Subordinate.h"
#include "SubordinateSearchIndex.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>

#include <optional>

// partner_list as the app keeps it. A partner can have 100,000 customers: a QString per
// field made that about 700 bytes per customer, the fields as UTF-8 in one block, found
// through offsets, about 200 (search index included). The partner ID is kept as its
// digits, so it stays exact. A Subordinate is made only for the row that is asked for.
// Implicitly shared: copies are cheap, and a table never changes once finished.
class SubordinateTable
{
public:
    enum Field : int { PartnerId,
                       Company,
                       FirstName,
                       LastName,
                       Email,
                       City,
                       Country,
                       FieldCount };

    int size() const { return int(m_bounds.size() / FieldCount); }
    bool isEmpty() const { return m_bounds.isEmpty(); }

    Subordinate at(int row) const;
    Subordinate last() const { return at(size() - 1); }
    QString text(int row, Field field) const { return QString::fromUtf8(utf8(row, field)); }
    QByteArrayView utf8(int row, Field field) const;
    EntityId partnerId(int row) const { return EntityId::fromString(text(row, PartnerId)); }
    QString displayName(int row) const { return at(row).displayName(); }
    // The row of the customer with this ID, or -1.
    int rowOf(const EntityId &partnerId) const;
    // Whether `row` here and `otherRow` there hold the same customer with the same fields.
    bool sameRow(int row, const SubordinateTable &other, int otherRow) const;

    // Lower-case company, contact name and e-mail of every row, for the customer filter.
    const SubordinateSearchIndex &searchIndex() const { return m_index; }

    // Building: append every row, then finish() once (builds the search index); false
    // when the rows hold more text than the offsets can reach (4 GiB).
    void append(const Subordinate &subordinate);
    bool finish();

    // Every entry Subordinate::fromJson accepts (as ListParser::parse<Subordinate>), or
    // nullopt when the result holds no list (or more text than the offsets can reach).
    static std::optional<SubordinateTable> fromJson(const QJsonValue &result);

private:
    QByteArray m_text;       // every field of every row, UTF-8, back to back
    QList<quint32> m_bounds; // per row, where each field ends in m_text (FieldCount each)
    bool m_overflow = false; // more than 4 GiB of text: refused
    SubordinateSearchIndex m_index;
};
