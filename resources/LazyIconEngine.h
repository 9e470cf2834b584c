#pragma once

#include <QIconEngine>
#include <QMap>
#include <QPixmap>
#include <QString>

// An icon made of square image files, each decoded only when its size is first needed.
// QIcon::addFile decodes every file at once: the window icon's seven sizes were a large
// part of the time to the first window (pp-bench's start-up figures).
class LazyIconEngine : public QIconEngine
{
public:
    void addFile(int side, const QString &fileName) { m_files.insert(side, fileName); }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    bool isNull() override { return m_files.isEmpty(); }
    QIconEngine *clone() const override { return new LazyIconEngine(*this); }
    QString key() const override { return QStringLiteral("LazyIconEngine"); }

private:
    // The smallest file at least `side` pixels wide, else the largest.
    int bestSide(int side) const;

    QMap<int, QString> m_files;
    QMap<int, QPixmap> m_decoded;
};
