#include "TextStyle.h"

#include <QFont>
#include <QPalette>
#include <QWidget>

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

void setTextColor(QWidget *widget, const QColor &color)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

} // namespace

QColor TextStyle::errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf2, 0xb8, 0xb5) : QColor(0xb3, 0x26, 0x1e);
}

QColor TextStyle::warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf5, 0xc8, 0x7a) : QColor(0x85, 0x4d, 0x00);
}

QColor TextStyle::secondaryColor(const QPalette &palette)
{
    // 65 % text, 35 % window: visibly quieter, still about 6:1 on common themes.
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    constexpr float share = 0.65f;
    return QColor::fromRgbF(text.redF() * share + window.redF() * (1 - share),
                            text.greenF() * share + window.greenF() * (1 - share),
                            text.blueF() * share + window.blueF() * (1 - share));
}

void TextStyle::applyError(QWidget *widget, bool emphasised)
{
    setTextColor(widget, errorColor(widget->palette()));
    QFont font = widget->font();
    font.setWeight(emphasised ? QFont::DemiBold : QFont::Normal);
    widget->setFont(font);
}

void TextStyle::applySecondary(QWidget *widget)
{
    setTextColor(widget, secondaryColor(widget->palette()));
}

void TextStyle::clear(QWidget *widget)
{
    widget->setPalette(QPalette());
    widget->setFont(QFont());
}

void TextStyle::showsError(QWidget *widget, bool isError)
{
    if (isError)
        applyError(widget, false);
    else
        clear(widget);
}
