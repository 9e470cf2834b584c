#pragma once

#include "products/ExpiryBand.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QStyledItemDelegate>

#include <optional>

// Colours the rows of the purchased-products table by how close they are to expiry: the
// error colour once expired, the warning colour within 30 days (TextStyle, readable on
// light and dark palettes), and the days-left cell in a heavier weight. The words say the
// same ("Expired 3 days ago", "12 days left"), for a screen reader and without colour.
//
// Paints a cell's one line of text itself: the style lays out and shapes a cell's text up
// to three times, which made a repaint of the whole table (after a sort, a reload, a page
// of a load) cost most of a frame. Cells with an icon or a check box are the style's.
class ExpiryMarkDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The text colour of a row in `band` on `palette`, or none for the palette's own.
    static std::optional<QColor> markColor(ExpiryBand::Band band, const QPalette &palette);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int textWidth(const QString &text, const QFont &font) const;

    // Widths of the texts painted, per font: most cells repeat a text (a product, a plan,
    // a date, the days left), and measuring one shapes it.
    struct Widths
    {
        QFont font;
        QHash<QString, int> ofText;
    };
    mutable QList<Widths> m_widths;
};
