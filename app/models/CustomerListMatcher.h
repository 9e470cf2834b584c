#pragma once

#include <QList>
#include <QString>

class SubordinateListModel;

// A pasted or imported list of customers — one partner ID or e-mail address per line
// (commas, semicolons and tabs separate too; a CSV cell's quotes, and the ="…" in which
// this app's CSV files write IDs, are taken off) — matched against the loaded customers. Every
// entry that matches nobody is reported with its line, so that nobody is silently left
// out of a batch.
class CustomerListMatcher
{
public:
    struct Unmatched
    {
        int line = 0; // 1-based
        QString text;
    };
    struct Result
    {
        QList<int> rows; // matched rows of the model, in the list's order, each once
        QList<Unmatched> unmatched;
    };

    static Result match(const QString &text, const SubordinateListModel &customers);
};
