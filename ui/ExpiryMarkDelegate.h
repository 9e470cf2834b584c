#pragma once

#include "products/ExpiryBand.h"

#include <QStyledItemDelegate>

#include <optional>

// Colours the rows of the purchased-products table by how close they are to expiry: the
// error colour once expired, the warning colour within 30 days (TextStyle, readable on
// light and dark palettes), and the days-left cell in a heavier weight. The words say the
// same ("Expired 3 days ago", "12 days left"), for a screen reader and without colour.
class ExpiryMarkDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The text colour of a row in `band` on `palette`, or none for the palette's own.
    static std::optional<QColor> markColor(ExpiryBand::Band band, const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
