#include "BillingContact.h"

#include "JsonFields.h"

#include <QStringList>

QString BillingContact::contactName() const
{
    return QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

QString BillingContact::displayName() const
{
    QStringList parts;
    if (!contactName().isEmpty())
        parts << contactName();
    if (!company.isEmpty())
        parts << company;
    QString line = parts.join(QStringLiteral(" — "));
    if (!emailAddress.isEmpty())
        line += line.isEmpty() ? emailAddress : QStringLiteral(" <%1>").arg(emailAddress);
    return line.isEmpty() ? billingContactId.toString() : line;
}

std::optional<BillingContact> BillingContact::fromJson(const QJsonObject &object)
{
    BillingContact contact;
    contact.billingContactId = EntityId::fromJson(object.value(QLatin1String("billingContactId")));
    if (!contact.billingContactId.isValid())
        return std::nullopt;
    contact.firstName = JsonFields::text(object, QLatin1String("firstName")).trimmed();
    contact.lastName = JsonFields::text(object, QLatin1String("lastName")).trimmed();
    contact.company = JsonFields::text(object, QLatin1String("company")).trimmed();
    contact.emailAddress = JsonFields::text(object, QLatin1String("emailAddress")).trimmed();
    contact.country = JsonFields::text(object, QLatin1String("country")).trimmed();
    contact.remark = JsonFields::text(object, QLatin1String("remark")).trimmed();
    return contact;
}
