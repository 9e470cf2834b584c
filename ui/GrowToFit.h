#pragma once

#include <QObject>

class QWidget;

// Grows a window when what it shows needs more room. Qt enlarges a window to its layout's
// minimum size by itself, except when the layout holds word-wrapped text (height for
// width): then the window's minimum height stays 0, and a message that appears — an
// error under a form, longer in German than in English — squeezes the fields above it
// until they overlap. Installed on a dialog, this lets the window grow to the height its
// layout asks for at its current width. It never shrinks a window or changes its width.
class GrowToFit : public QObject
{
    Q_OBJECT

public:
    // Watches `window` (a top-level widget with a layout) for as long as it lives.
    static void install(QWidget *window);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit GrowToFit(QWidget *window);
    void grow();

    QWidget *m_window;
    bool m_pending = false;
};
