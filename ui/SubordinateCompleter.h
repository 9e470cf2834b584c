#pragma once

#include <QCompleter>

class SubordinateFilterModel;
class SubordinateListModel;

// Type-to-filter for the customer combo box: matches anywhere in company, contact name
// and e-mail, case-insensitively, but puts the readable display name into the line edit
// when a match is picked. The matching is SubordinateFilterModel's (fast on 100,000
// customers); QCompleter only shows its rows.
class SubordinateCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit SubordinateCompleter(SubordinateListModel *customers, QObject *parent = nullptr);

    QString pathFromIndex(const QModelIndex &index) const override;
    // Called by QCompleter with the typed text: filters, then hands QCompleter an empty
    // prefix, which it matches to every row without looking at them.
    QStringList splitPath(const QString &path) const override;

private:
    SubordinateFilterModel *m_filter;
};
