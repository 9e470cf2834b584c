#include "ExpiryMarkDelegate.h"

#include "TextStyle.h"
#include "products/ProductInstanceModel.h"

std::optional<QColor> ExpiryMarkDelegate::markColor(ExpiryBand::Band band, const QPalette &palette)
{
    switch (band) {
    case ExpiryBand::Band::Expired:
        return TextStyle::errorColor(palette);
    case ExpiryBand::Band::Expiring:
        return TextStyle::warningColor(palette);
    default:
        return std::nullopt;
    }
}

void ExpiryMarkDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto band = ExpiryBand::Band(index.data(ProductInstanceModel::ExpiryBandRole).toInt());
    const std::optional<QColor> color = markColor(band, option->palette);
    if (!color)
        return;
    // Text only: a selected row keeps the highlight's own text colour.
    option->palette.setColor(QPalette::Text, *color);
    if (index.column() == ProductInstanceModel::DaysLeftColumn)
        option->font.setWeight(QFont::DemiBold);
}
