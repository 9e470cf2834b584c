#include "SubordinateTable.h"

#include "ListParser.h"

#include <limits>

QByteArrayView SubordinateTable::utf8(int row, Field field) const
{
    if (row < 0 || row >= size())
        return {};
    const qsizetype at = qsizetype(row) * FieldCount + field;
    const quint32 begin = at == 0 ? 0 : m_bounds.at(at - 1);
    return QByteArrayView(m_text.constData() + begin, m_bounds.at(at) - begin);
}

Subordinate SubordinateTable::at(int row) const
{
    Subordinate subordinate;
    subordinate.partnerId = partnerId(row);
    subordinate.company = text(row, Company);
    subordinate.firstName = text(row, FirstName);
    subordinate.lastName = text(row, LastName);
    subordinate.email = text(row, Email);
    subordinate.city = text(row, City);
    subordinate.country = text(row, Country);
    return subordinate;
}

int SubordinateTable::rowOf(const EntityId &partnerId) const
{
    if (!partnerId.isValid())
        return -1;
    const QByteArray digits = partnerId.toString().toLatin1();
    for (int row = 0; row < size(); ++row) {
        if (utf8(row, PartnerId) == digits)
            return row;
    }
    return -1;
}

bool SubordinateTable::sameRow(int row, const SubordinateTable &other, int otherRow) const
{
    const QByteArrayView mine(utf8(row, PartnerId).data(),
                              utf8(row, Country).data() + utf8(row, Country).size());
    const QByteArrayView theirs(other.utf8(otherRow, PartnerId).data(),
                                other.utf8(otherRow, Country).data() + other.utf8(otherRow, Country).size());
    // Same bytes and the same field boundaries.
    if (mine != theirs)
        return false;
    for (int field = PartnerId; field < Country; ++field) {
        if (utf8(row, Field(field)).size() != other.utf8(otherRow, Field(field)).size())
            return false;
    }
    return true;
}

void SubordinateTable::append(const Subordinate &subordinate)
{
    for (const QString *value :
         {&subordinate.partnerId.toString(), &subordinate.company, &subordinate.firstName,
          &subordinate.lastName, &subordinate.email, &subordinate.city, &subordinate.country}) {
        m_text += value->toUtf8();
        if (m_text.size() > std::numeric_limits<quint32>::max())
            m_overflow = true;
        m_bounds.append(quint32(m_text.size()));
    }
}

bool SubordinateTable::finish()
{
    if (m_overflow)
        return false;
    m_text.squeeze();
    m_bounds.squeeze();
    m_index = SubordinateSearchIndex(*this);
    return true;
}

std::optional<SubordinateTable> SubordinateTable::fromJson(const QJsonValue &result)
{
    SubordinateTable table;
    const bool isList = ListParser::forEach<Subordinate>(
        result, [&table](Subordinate &&subordinate) { table.append(subordinate); });
    if (!isList || !table.finish())
        return std::nullopt;
    return table;
}
