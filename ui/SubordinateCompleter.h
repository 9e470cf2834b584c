#pragma once

#include <QCompleter>
#include <QStringList>

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

    // Whether the pop-up has been made ready for its first show (warmUpWhenIdle()).
    bool isWarmedUp() const { return m_warmedUp; }

private:
    void warmUpWhenIdle();
    void warmUpNext();

    SubordinateListModel *m_customers;
    SubordinateFilterModel *m_filter;
    bool m_warmUpStarted = false;
    bool m_warmedUp = false;
    QStringList m_warmUpTexts; // still to be measured with the pop-up's font
};
