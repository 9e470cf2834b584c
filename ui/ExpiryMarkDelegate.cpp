#include "ExpiryMarkDelegate.h"

#include "TextStyle.h"
#include "products/ProductInstanceModel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

#include <utility>

namespace {

// More texts than a few screens show: the cache is a help, not a copy of the list.
constexpr qsizetype kMostWidthsKept = 4000;

} // namespace

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

int ExpiryMarkDelegate::textWidth(const QString &text, const QFont &font) const
{
    auto widths = std::find_if(m_widths.begin(), m_widths.end(), [&font](const Widths &w) { return w.font == font; });
    if (widths == m_widths.end()) {
        if (m_widths.size() >= 4)
            m_widths.clear();
        m_widths.append({font, {}});
        widths = m_widths.end() - 1;
    }
    const auto known = widths->ofText.constFind(text);
    if (known != widths->ofText.constEnd())
        return *known;
    if (widths->ofText.size() >= kMostWidthsKept)
        widths->ofText.clear();
    const int width = QFontMetrics(font).horizontalAdvance(text);
    widths->ofText.insert(text, width);
    return width;
}

void ExpiryMarkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const bool plainText = cell.icon.isNull() && !(cell.features & QStyleOptionViewItem::HasCheckIndicator)
        && !(cell.state & QStyle::State_Editing) && !cell.text.contains(QChar::LineSeparator)
        && !cell.text.contains(QLatin1Char('\n'));
    if (!plainText) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = cell.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The background, selection and focus frame as the style draws them, without the text.
    const QString text = std::exchange(cell.text, QString());
    cell.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (text.isEmpty())
        return;

    // The text where and as the style puts it: inside the focus frame's margin, in the
    // text (or highlighted text) colour of the cell's state, elided when too wide.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = cell.rect.adjusted(margin, 0, -margin, 0);
    QPalette::ColorGroup group = (cell.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(cell.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const bool selected = cell.state & QStyle::State_Selected;
    const QFontMetrics metrics(cell.font);
    // A text that cannot be wider than the cell (every character at the font's widest) is
    // not measured.
    const bool fits = metrics.maxWidth() * text.size() <= textRect.width()
        || textWidth(text, cell.font) <= textRect.width();
    painter->save();
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, int(cell.displayAlignment) | Qt::TextSingleLine,
                      fits ? text : metrics.elidedText(text, cell.textElideMode, textRect.width()));
    painter->restore();
}
