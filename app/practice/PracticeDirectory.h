#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// The subordinate users (partner_list) and billing contacts (billing_contact_list) of the
// practice account. Both lists are serialised once when they change and answered from
// that cache, so 100,000 subordinates cost a copy, not a serialisation, per request.
class PracticeDirectory
{
public:
    PracticeDirectory();

    static constexpr int kMaxSubordinates = 100000;
    static constexpr int kSeedSubordinates = 8;
    static constexpr int kSeedBillingContacts = 3;

    // n entries: the first min(n, 8) are the default subordinates (non-ASCII names, the
    // partnerId 3201877455120978121), the rest are generated deterministically.
    void setSubordinateCount(int count);
    // What changed in the portal since revision 0, as between two loads of a long list:
    // in revision r > 0, three generated customers are gone and three others renamed.
    void setSubordinateRevision(int revision);
    // 0 = none, 1 = only the seed contact 3197218168379846218, more = generated extras.
    void setBillingContactCount(int count);

    int subordinateCount() const { return m_subordinateCount; }
    int billingContactCount() const { return int(m_billingContacts.size()); }

    // Exact comparison of the digits (a partnerId is a string in the portal's answers).
    bool hasSubordinate(const QString &partnerId) const;
    std::optional<QJsonObject> billingContact(const QString &billingContactId) const;
    // The default subordinates' partnerId and company, whatever the count.
    QList<QPair<QString, QString>> seedCustomers() const;
    // The company of a default subordinate, or empty.
    QString companyOf(const QString &partnerId) const;

    const QByteArray &subordinatesJson() const { return m_subordinatesJson; }
    const QByteArray &billingContactsJson() const { return m_billingContactsJson; }

private:
    static QList<QJsonObject> seedSubordinates();
    static QList<QJsonObject> seedBillingContacts();
    static QJsonObject generatedBillingContact(int index);
    static QString generatedPartnerId(int index);
    static char *writeGeneratedSubordinate(char *out, int index, bool renamed);
    // Which generated customers revision m_subordinateRevision removes (or renames).
    bool isRevised(int index, int salt) const;
    void writeSubordinates();

    QList<QJsonObject> m_seedSubordinates;
    int m_subordinateCount = kSeedSubordinates;
    int m_subordinateRevision = 0;
    QByteArray m_subordinatesJson;
    QList<QJsonObject> m_billingContacts;
    QByteArray m_billingContactsJson;
};
