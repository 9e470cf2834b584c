#pragma once

#include <QElapsedTimer>
#include <QProgressBar>
#include <QTimer>

// A thin "busy" progress bar (range 0–0) that draws its moving block with one rectangle
// fill. The style's own busy animation draws stripes whose fills Qt's raster engine hands
// to a thread pool, and the GUI thread waits for those threads on every frame: on a busy
// machine that wait, not the drawing, made the window stall while a long list reloaded.
// Accessible as a progress bar, like any QProgressBar.
class BusyBar : public QProgressBar
{
    Q_OBJECT

public:
    explicit BusyBar(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    bool isBusy() const { return minimum() == 0 && maximum() == 0; }

    QTimer m_frame;        // repaints while shown
    QElapsedTimer m_clock; // where the block is
};
