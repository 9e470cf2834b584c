#pragma once

#include <QIcon>
#include <QString>

// The application's icon: the PNG sizes rendered at build time from
// resources/icons/partner-purchase.svg and embedded under :/icons.
class ApplicationIcon
{
public:
    static QIcon icon();
    // The name it is installed under in the hicolor theme (= the application ID).
    static QString themeName();
};
