#pragma once

#include <QWidget>

class OrderDetailsLoader;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

// One portal order in full, as a readable form: what its OrderDetailsLoader holds, with
// a busy bar while it loads and an inline error with Retry when it failed.
class OrderDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit OrderDetailsView(OrderDetailsLoader *loader, QWidget *parent = nullptr);

    OrderDetailsLoader *loader() const { return m_loader; }

private:
    void refresh();

    OrderDetailsLoader *m_loader;
    QLabel *m_title;
    QProgressBar *m_busy;
    QLabel *m_message;
    QLabel *m_reference;
    QPushButton *m_retry;
    QTextBrowser *m_form;
};
