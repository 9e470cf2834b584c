#include "LazyIconEngine.h"

#include <QPainter>

int LazyIconEngine::bestSide(int side) const
{
    const auto atLeast = m_files.lowerBound(side);
    return atLeast != m_files.cend() ? atLeast.key() : m_files.lastKey();
}

QPixmap LazyIconEngine::pixmap(const QSize &size, QIcon::Mode, QIcon::State)
{
    if (m_files.isEmpty() || size.isEmpty())
        return {};
    const int side = bestSide(std::max(size.width(), size.height()));
    auto decoded = m_decoded.find(side);
    if (decoded == m_decoded.end())
        decoded = m_decoded.insert(side, QPixmap(m_files.value(side)));
    if (decoded->size() == size || decoded->isNull())
        return *decoded;
    return decoded->scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

void LazyIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap image = pixmap(rect.size() * scale, mode, state);
    image.setDevicePixelRatio(scale);
    painter->drawPixmap(rect, image);
}

QSize LazyIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    if (m_files.isEmpty())
        return {};
    const int side = bestSide(std::max(size.width(), size.height()));
    return side <= std::min(size.width(), size.height()) ? QSize(side, side) : size.boundedTo(QSize(side, side));
}

QList<QSize> LazyIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    QList<QSize> sizes;
    for (const int side : m_files.keys())
        sizes << QSize(side, side);
    return sizes;
}
