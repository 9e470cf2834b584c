#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

// Shows what a plan_info / add_on_info answer says, whatever its shape: the fields a
// price panel needs (price, currency, billing cycles and periods, quantity limits) under
// their own names first, then every other field as "key → value" (nested keys joined
// with dots), so nothing the portal sends is hidden and nothing unexpected breaks it.
class TermsFormatter
{
    Q_DECLARE_TR_FUNCTIONS(TermsFormatter)

public:
    struct Row
    {
        QString label;
        QString value;
        bool known = false; // a field this app names
    };

    static constexpr int kMaxRows = 60;

    static QList<Row> rows(const QJsonValue &result);
};
