#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

// Text colours that stay readable on a light and on a dark palette, derived from the
// palette instead of hard-coded (a fixed dark red or palette(mid) all but vanish on a
// dark theme; tests/tst_appearance checks at least 4.5:1 contrast):
//  - error: a deep red on light windows, a light red on dark ones;
//  - warning: a deep amber on light windows, a light amber on dark ones;
//  - secondary (reference lines, notes): the text colour blended towards the window.
// They set the widget's palette rather than a style sheet, so nothing else about the
// widget changes, and follow the palette the widget has when they are called.
class TextStyle
{
public:
    static QColor errorColor(const QPalette &palette);
    static QColor warningColor(const QPalette &palette);
    static QColor secondaryColor(const QPalette &palette);

    // Error colour (and a heavier weight when `emphasised`).
    static void applyError(QWidget *widget, bool emphasised = true);
    static void applySecondary(QWidget *widget);
    // Back to the inherited colour and weight (a label that shows errors and successes).
    static void clear(QWidget *widget);
    // applyError(widget, false) or clear(widget).
    static void showsError(QWidget *widget, bool isError);
};
