#pragma once

#include <QCompleter>

// Type-to-filter for the customer combo box: matches anywhere in company, contact name
// and e-mail (the model's search text), case-insensitively, but puts the readable
// display name into the line edit when a match is picked.
class SubordinateCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit SubordinateCompleter(QAbstractItemModel *model, QObject *parent = nullptr);

    QString pathFromIndex(const QModelIndex &index) const override;
    QStringList splitPath(const QString &path) const override;
};
