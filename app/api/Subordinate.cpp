#include "Subordinate.h"

#include "JsonFields.h"

#include <QStringList>

QString Subordinate::contactName() const
{
    return QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

QString Subordinate::displayName() const
{
    const QString contact = contactName();
    if (company.isEmpty())
        return contact.isEmpty() ? email : contact;
    if (contact.isEmpty())
        return company;
    return company + QStringLiteral(" — ") + contact;
}

std::optional<Subordinate> Subordinate::fromJson(const QJsonObject &object)
{
    Subordinate subordinate;
    subordinate.partnerId = EntityId::fromJson(object.value(QLatin1String("partnerId")));
    if (!subordinate.partnerId.isValid())
        return std::nullopt;
    subordinate.company = JsonFields::text(object, QLatin1String("company")).trimmed();
    subordinate.firstName = JsonFields::text(object, QLatin1String("firstName")).trimmed();
    subordinate.lastName = JsonFields::text(object, QLatin1String("lastName")).trimmed();
    subordinate.email = JsonFields::text(object, QLatin1String("email")).trimmed();
    subordinate.city = JsonFields::text(object, QLatin1String("city")).trimmed();
    subordinate.country = JsonFields::text(object, QLatin1String("country")).trimmed();
    return subordinate;
}
