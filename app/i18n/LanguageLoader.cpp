#include "LanguageLoader.h"

#include "I18nLog.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

const char kLanguageProperty[] = "pp_language";
const QLatin1String kTranslatorName("pp_translator");

struct Language
{
    QLatin1String code;
    const char *nativeName; // UTF-8
    bool hasQtTranslation;  // English is Qt's own source language
};

const Language kLanguages[] = {
    {QLatin1String("en"), "English", false},
    {QLatin1String("de"), "Deutsch", true},
    {QLatin1String("zh_CN"), "简体中文", true},
};

const Language *find(const QString &code)
{
    for (const Language &language : kLanguages) {
        if (code == language.code)
            return &language;
    }
    return nullptr;
}

} // namespace

QStringList LanguageLoader::availableLanguages()
{
    QStringList codes;
    for (const Language &language : kLanguages)
        codes << language.code;
    return codes;
}

QString LanguageLoader::nativeName(const QString &code)
{
    const Language *language = find(code);
    return language ? QString::fromUtf8(language->nativeName) : QString();
}

QString LanguageLoader::supportedCode(const QString &name)
{
    QString normalized = name.trimmed();
    normalized.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const Language &language : kLanguages) {
        if (normalized.compare(language.code, Qt::CaseInsensitive) == 0)
            return language.code;
    }
    if (normalized.isEmpty())
        return QString();
    // A locale name: any German is German; Chinese only in simplified characters
    // (zh_TW and zh_HK readers get the next language they prefer, not zh_CN).
    const QLocale locale(normalized);
    switch (locale.language()) {
    case QLocale::English:
        return QStringLiteral("en");
    case QLocale::German:
        return QStringLiteral("de");
    case QLocale::Chinese:
        if (locale.script() == QLocale::SimplifiedHanScript)
            return QStringLiteral("zh_CN");
        return QString();
    default:
        return QString();
    }
}

QString LanguageLoader::languageFor(const QStringList &uiLanguages)
{
    for (const QString &name : uiLanguages) {
        const QString code = supportedCode(name);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString LanguageLoader::systemLanguage()
{
    return languageFor(QLocale::system().uiLanguages());
}

QString LanguageLoader::resourceDirectory()
{
    return QStringLiteral(":/i18n");
}

bool LanguageLoader::install(QCoreApplication *app, const QString &code)
{
    const QString chosen = code.trimmed().isEmpty() ? systemLanguage() : supportedCode(code);
    if (chosen.isEmpty()) {
        qCWarning(lcI18n) << "no translation for language" << code;
        return false;
    }

    // Replace what an earlier call installed.
    const QList<QTranslator *> previous = app->findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    auto *own = new QTranslator(app);
    own->setObjectName(kTranslatorName);
    if (own->load(QStringLiteral("partner-purchase_") + chosen, resourceDirectory())) {
        QCoreApplication::installTranslator(own);
    } else {
        // Built into the binary: missing only if the build is broken.
        qCWarning(lcI18n) << "the app's translation for" << chosen << "is missing from" << resourceDirectory();
        delete own;
    }

    if (find(chosen)->hasQtTranslation) {
        const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        auto *qt = new QTranslator(app);
        qt->setObjectName(kTranslatorName);
        if (qt->load(QStringLiteral("qtbase_") + chosen, qtDirectory)) {
            QCoreApplication::installTranslator(qt);
        } else {
            // Debian: qt6-translations-l10n. Without it Qt's own buttons stay English.
            qCWarning(lcI18n) << "Qt's translation" << QStringLiteral("qtbase_") + chosen << "was not found in"
                              << qtDirectory;
            delete qt;
        }
    }

    app->setProperty(kLanguageProperty, chosen);
    qCInfo(lcI18n) << "language" << chosen << (code.trimmed().isEmpty() ? "(from the system locale)" : "(chosen)");
    return true;
}

QString LanguageLoader::currentLanguage(const QCoreApplication *app)
{
    const QString code = app ? app->property(kLanguageProperty).toString() : QString();
    return code.isEmpty() ? QStringLiteral("en") : code;
}
