#include "ApplicationIcon.h"

#include "LazyIconEngine.h"

#include <QSize>

QIcon ApplicationIcon::icon()
{
    // Decoded size by size when needed (LazyIconEngine): not all seven at start-up.
    auto *engine = new LazyIconEngine;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        engine->addFile(size, QStringLiteral(":/icons/%1/partner-purchase.png").arg(size));
    return QIcon(engine);
}

QString ApplicationIcon::themeName()
{
    return QStringLiteral("io.github.partnerpurchase.PartnerPurchase");
}
