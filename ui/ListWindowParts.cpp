#include "ListWindowParts.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ListWindowParts {

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setStretchLastSection(true);
}

QSplitter *listAndDetails(QWidget *window, const QString &objectName, const QList<QWidget *> &listColumn,
                          QWidget *details, const QList<int> &sizes)
{
    auto *listPane = new QWidget(window);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *part : listColumn)
        listLayout->addWidget(part, qobject_cast<QTableView *>(part) ? 1 : 0);
    auto *splitter = new QSplitter(Qt::Horizontal, window);
    splitter->setObjectName(objectName);
    splitter->addWidget(listPane);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes(sizes);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void addFindShortcut(QWidget *window, QLineEdit *search)
{
    auto *find = new QAction(window);
    find->setShortcut(QKeySequence::Find);
    QObject::connect(find, &QAction::triggered, search, [search] {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
    window->addAction(find);
}

QHBoxLayout *exportRow(QWidget *exportButton, QWidget *feedback)
{
    auto *row = new QHBoxLayout;
    row->addWidget(exportButton);
    row->addWidget(feedback, 1);
    row->addStretch(); // takes the width while the feedback is hidden
    return row;
}

} // namespace ListWindowParts
