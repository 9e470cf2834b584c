#pragma once

#include <QList>
#include <QString>

class QHBoxLayout;
class QLineEdit;
class QSplitter;
class QTableView;
class QWidget;

// What the list windows (receipts, portal orders, purchased products) share.
namespace ListWindowParts {

// One row per entry, selected whole; no wrapping, no row numbers, one fixed row height
// (filtering thousands of rows must not measure them again); the last column stretches.
void setUpTable(QTableView *table);

// The list on the left — `listColumn` top to bottom, the table taking the height — and
// the selected entry's details on the right, neither of which can be collapsed away.
QSplitter *listAndDetails(QWidget *window, const QString &objectName, const QList<QWidget *> &listColumn,
                          QWidget *details, const QList<int> &sizes);

// Ctrl+F: the search box, as in any list that can be searched.
void addFindShortcut(QWidget *window, QLineEdit *search);

// The export button at its own width and, beside it, what the last export did (hidden
// until there is something to say).
QHBoxLayout *exportRow(QWidget *exportButton, QWidget *feedback);

} // namespace ListWindowParts
