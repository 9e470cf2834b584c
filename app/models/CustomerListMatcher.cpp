#include "CustomerListMatcher.h"

#include "SubordinateListModel.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

// A CSV cell: "text" (quotes doubled inside), and ="digits" (how this app's CSV files
// keep a 19-digit ID exact), either of them, or both, taken off.
QString unquoted(const QString &cell)
{
    QString text = cell;
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
    if (text.size() >= 3 && text.startsWith(QLatin1String("=\"")) && text.endsWith(QLatin1Char('"')))
        text = text.mid(2, text.size() - 3);
    return text.trimmed();
}

} // namespace

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
            const QString entry = unquoted(raw.trimmed());
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
