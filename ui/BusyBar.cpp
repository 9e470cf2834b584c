#include "BusyBar.h"

#include <QPainter>

#include <algorithm>

namespace {
constexpr int kFrameMs = 40;   // 25 frames a second: smooth enough for a moving block
constexpr int kSweepMs = 1600; // one pass from left to right
constexpr double kBlockShare = 0.25;
} // namespace

BusyBar::BusyBar(QWidget *parent)
    : QProgressBar(parent)
{
    m_frame.setInterval(kFrameMs);
    connect(&m_frame, &QTimer::timeout, this, [this] { update(); });
}

void BusyBar::paintEvent(QPaintEvent *event)
{
    if (!isBusy()) {
        QProgressBar::paintEvent(event);
        return;
    }
    QPainter painter(this);
    const QRect frame = rect();
    painter.fillRect(frame, palette().color(QPalette::Mid));
    const QRect inside = frame.adjusted(1, 1, -1, -1);
    painter.fillRect(inside, palette().color(QPalette::Base));
    // The block enters on the left and leaves on the right, then again.
    const int block = std::max(1, int(inside.width() * kBlockShare));
    const double phase = double(m_clock.isValid() ? m_clock.elapsed() % kSweepMs : 0) / kSweepMs;
    const int left = inside.left() - block + int(phase * (inside.width() + block));
    painter.fillRect(QRect(left, inside.top(), block, inside.height()).intersected(inside),
                     palette().color(QPalette::Highlight));
}

void BusyBar::showEvent(QShowEvent *event)
{
    QProgressBar::showEvent(event);
    m_clock.start();
    m_frame.start();
}

void BusyBar::hideEvent(QHideEvent *event)
{
    m_frame.stop();
    QProgressBar::hideEvent(event);
}
