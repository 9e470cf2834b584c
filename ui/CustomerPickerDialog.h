#pragma once

#include "api/Subordinate.h"

#include <QDialog>
#include <QList>
#include <QSet>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class SubordinateFilterModel;
class SubordinateListModel;

// Several customers for one package: pick them in the filtered list (Ctrl/Shift+click,
// or every customer that matches the filter at once), or paste a list of partner IDs or
// e-mail addresses, with every line that matches no customer reported.
class CustomerPickerDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerPickerDialog(SubordinateListModel *customers, const QList<Subordinate> &chosen, QWidget *parent = nullptr);

    QList<Subordinate> chosen() const;

private:
    void selectAllMatching();
    void addPasted();
    void importFile();
    void importFrom(const QString &path);
    void selectRows(const QList<int> &sourceRows);
    void showCount();

    SubordinateListModel *m_customers;
    SubordinateFilterModel *m_filter;
    QLineEdit *m_search;
    QListView *m_list;
    QPlainTextEdit *m_pasted;
    QLabel *m_unmatched;
    QLabel *m_count;
    QSet<int> m_keptHidden; // chosen rows the filter hides
};
