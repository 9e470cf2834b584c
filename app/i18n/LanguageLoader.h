#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Chooses the user interface language and installs its translations: the app's own
// (translations/partner-purchase_<code>.ts, compiled into the binary under :/i18n) and
// Qt's (qtbase_<code>.qm from QLibraryInfo::TranslationsPath), so that the texts Qt
// supplies itself (Close, Cancel, the file and print dialogs, context menus) match.
//
// Language codes are "en", "de" and "zh_CN" (availableLanguages()). English is the
// source language; its translation file only holds the plural forms ("1 receipt").
//
//   LanguageLoader::install(&app, QString());        // follow the system (uiLanguages)
//   LanguageLoader::install(&app, QStringLiteral("de")); // --lang de, or the settings
//
// Only the texts are translated: dates and numbers keep the system's regional format.
// Call install() before any widget is built; widgets that already exist keep their
// texts, so a language chosen in the settings takes effect at the next start.
// Stateless apart from the translators it parents to the application: no singleton.
class LanguageLoader
{
public:
    // The codes install() accepts, English first: "en", "de", "zh_CN".
    static QStringList availableLanguages();

    // The language's own name for a language chooser: "English", "Deutsch", "简体中文".
    // Empty for a code that is not available.
    static QString nativeName(const QString &code);

    // The available code that a code or locale name denotes ("de-AT" → "de",
    // "zh-Hans-CN" → "zh_CN"), or an empty string if none does ("fr", "zh_TW", "xx").
    static QString supportedCode(const QString &name);

    // The first of the user's preferred languages (QLocale::uiLanguages() order) that is
    // available, else "en".
    static QString languageFor(const QStringList &uiLanguages);
    // languageFor(QLocale::system().uiLanguages())
    static QString systemLanguage();

    // Installs the translators for `code` (anything supportedCode() accepts; empty means
    // the system language), replacing those a previous call installed. Returns false,
    // and changes nothing, when `code` is not empty and not supportedCode().
    static bool install(QCoreApplication *app, const QString &code);

    // The code the last successful install() used, or "en" when none ran.
    static QString currentLanguage(const QCoreApplication *app = QCoreApplication::instance());

    // Where the compiled app translations live (":/i18n").
    static QString resourceDirectory();
};
