#include "CustomerListMatcher.h"

#include "SubordinateListModel.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

CustomerListMatcher::Result CustomerListMatcher::match(const QString &text, const SubordinateListModel &customers)
{
    // E-mail addresses are compared without regard to case.
    QHash<QString, int> byEmail;
    for (int row = 0; row < customers.rowCount(); ++row) {
        const QString email = customers.at(row).email.trimmed().toLower();
        if (!email.isEmpty() && !byEmail.contains(email))
            byEmail.insert(email, row);
    }
    static const QRegularExpression separators(QStringLiteral("[,;\\t]"));
    Result result;
    QSet<int> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList entries = lines.at(i).split(separators);
        for (const QString &raw : entries) {
            const QString entry = raw.trimmed();
            if (entry.isEmpty())
                continue;
            int row = -1;
            const EntityId id = EntityId::fromString(entry);
            if (id.isValid())
                row = customers.rowOf(id);
            else
                row = byEmail.value(entry.toLower(), -1);
            if (row < 0) {
                result.unmatched << Unmatched{i + 1, entry};
            } else if (!seen.contains(row)) {
                seen.insert(row);
                result.rows << row;
            }
        }
    }
    return result;
}
