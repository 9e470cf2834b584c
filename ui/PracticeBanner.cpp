#include "PracticeBanner.h"

PracticeBanner::PracticeBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("practiceBannerLabel"));
    //: shown at the top of every page when the app talks to the built-in practice portal
    setText(tr("Practice mode — no real orders. Everything here talks to a built-in practice portal."));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setMargin(6);
    // Amber with dark text reads as "caution" in both light and dark palettes.
    setStyleSheet(QStringLiteral("background-color: #f6c343; color: #1f1a00; font-weight: 600;"
                                 "border-radius: 4px;"));
    setAccessibleName(text());
}
