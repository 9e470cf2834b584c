#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>

// A Yeastar ID (partnerId, billingContactId, planId, serviceId…): usually 19 decimal
// digits, above 2^53, so it must never pass through a double. It is kept as its exact
// digit string and accepted from JSON either as a string or as an integer.
class EntityId
{
public:
    EntityId() = default;

    // Accepts only a non-empty run of ASCII digits (no sign, no spaces) that fits in a
    // signed 64-bit integer, because the portal takes IDs as JSON integers (Long).
    static EntityId fromString(const QString &digits);
    // A JSON string of digits or a JSON integer that Qt holds exactly; anything else
    // (a fraction, a number beyond 64 bits) gives an invalid ID.
    static EntityId fromJson(const QJsonValue &value);
    static EntityId fromInteger(qint64 value);

    bool isValid() const { return !m_digits.isEmpty(); }
    const QString &toString() const { return m_digits; }
    qint64 toInteger() const;

    // The bare JSON integer the order body carries (exact in Qt 6.4's QJsonValue).
    QJsonValue toJsonInteger() const;
    QJsonValue toJsonString() const { return QJsonValue(m_digits); }

    friend bool operator==(const EntityId &a, const EntityId &b) { return a.m_digits == b.m_digits; }
    friend bool operator!=(const EntityId &a, const EntityId &b) { return !(a == b); }
    friend bool operator<(const EntityId &a, const EntityId &b)
    {
        return a.m_digits.size() != b.m_digits.size() ? a.m_digits.size() < b.m_digits.size()
                                                      : a.m_digits < b.m_digits;
    }

private:
    QString m_digits;
};

inline size_t qHash(const EntityId &id, size_t seed = 0) { return qHash(id.toString(), seed); }

Q_DECLARE_METATYPE(EntityId)
