#pragma once

#include <QCompleter>
#include <QStringList>

class SubordinateListModel;
class SubordinatePagedMatches;

// Type-to-filter for the customer combo box: matches anywhere in company, contact name
// and e-mail, case-insensitively, but puts the readable display name into the line edit
// when a match is picked. The matching is SubordinateFilterModel's (fast on 100,000
// customers); QCompleter only shows its rows, a page at a time (SubordinatePagedMatches):
// the next page is added as the user scrolls or moves down near the end, every match at
// Ctrl+End.
class SubordinateCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit SubordinateCompleter(SubordinateListModel *customers, QObject *parent = nullptr);

    QString pathFromIndex(const QModelIndex &index) const override;
    // Called by QCompleter with the typed text: filters, then hands QCompleter an empty
    // prefix, which it matches to every row without looking at them.
    QStringList splitPath(const QString &path) const override;

    // Every match of the typed text, also those the pop-up does not show yet
    // (completionCount() counts the rows shown).
    int matchCount() const;

    // Whether the pop-up has been made ready for its first show (warmUpWhenIdle()).
    bool isWarmedUp() const { return m_warmedUp; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMoreNearTheEnd();
    void showMore();
    void keepingThePlace(void (SubordinatePagedMatches::*show)());
    void warmUpWhenIdle();
    void warmUpNext();
    void drawOnce(const QString &text);

    SubordinateListModel *m_customers;
    SubordinatePagedMatches *m_matches;
    bool m_moreQueued = false;
    bool m_warmUpStarted = false;
    bool m_warmedUp = false;
    QStringList m_warmUpTexts; // still to be measured with the pop-up's font
};
