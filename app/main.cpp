// Builds the objects, hands them down, shows the window. No singletons: everything the
// app uses is created here (tests build their own).
#include "AppServices.h"
#include "ApplicationIcon.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "WizardContext.h"
#include "auth/KeychainSecretStore.h"
#include "i18n/LanguageLoader.h"
#include "practice/PracticePortal.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace {

struct CommandLine
{
    bool practice = false;
    QUrl baseUrl;
    QString language; // a LanguageLoader code; empty: the settings' or the system's
};

[[noreturn]] void usageError(const QString &message)
{
    std::fprintf(stderr, "%s\n%s\n", qPrintable(message),
                 qPrintable(QCoreApplication::translate("main", "Try “%1 --help” for the options.")
                                .arg(QCoreApplication::applicationName())));
    std::exit(2);
}

// What parseCommandLine() may judge: before QApplication exists, the arguments still
// hold Qt's own GUI options (-platform, -style, …), so unknown options and stray
// arguments wait until QApplication has taken its own out.
enum class Checks { OwnOptions, Everything };

// Exits with status 2 and a clear message on stderr on a bad option or value, like
// other command-line tools; --help and --version print to stdout and exit with 0.
// Call it after a language is installed, so that the help text is translated.
CommandLine parseCommandLine(const QStringList &arguments, Checks checks)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Buy Yeastar Partner Portal subscriptions for yourself and your customers."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption practice(QStringLiteral("practice"),
        QCoreApplication::translate("main", "Use the built-in practice portal: nothing real is bought."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
        QCoreApplication::translate("main", "Partner Portal API address (https://…)."),
        QStringLiteral("URL"));
    const QString languages = LanguageLoader::availableLanguages().join(QStringLiteral(", "));
    //: %1 is the list of language codes, e.g. "en, de, zh_CN"
    const QCommandLineOption language(QStringLiteral("lang"),
        QCoreApplication::translate("main", "Interface language: %1. Overrides the settings and the system "
                                            "language for this run.").arg(languages),
        QStringLiteral("CODE"));
    parser.addOption(practice);
    parser.addOption(baseUrl);
    parser.addOption(language);
    if (!parser.parse(arguments) && (checks == Checks::Everything || parser.unknownOptionNames().isEmpty()))
        usageError(parser.errorText());
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (checks == Checks::Everything && !parser.positionalArguments().isEmpty()) {
        usageError(QCoreApplication::translate("main", "Unexpected argument “%1”.")
                       .arg(parser.positionalArguments().constFirst()));
    }

    CommandLine result;
    result.practice = parser.isSet(practice);
    if (parser.isSet(baseUrl)) {
        result.baseUrl = QUrl(parser.value(baseUrl));
        if (const ApiError error = PortalClient::checkBaseUrl(result.baseUrl); error.isError())
            usageError(error.title() + QLatin1Char('\n') + error.advice());
    }
    if (parser.isSet(language)) {
        result.language = LanguageLoader::supportedCode(parser.value(language));
        if (result.language.isEmpty()) {
            //: %1 the code the user typed, %2 the list of available codes, e.g. "en, de, zh_CN"
            usageError(QCoreApplication::translate("main", "Unknown language “%1”. Available languages: %2.")
                           .arg(parser.value(language), languages));
        }
    }
    return result;
}

// The language for this run, before any text is shown: --lang, else the settings, else
// the system. Read straight from the arguments, since --help must already be translated.
QString requestedLanguage(const QStringList &arguments, const AppSettings &settings)
{
    QCommandLineParser parser;
    const QCommandLineOption language(QStringLiteral("lang"), QString(), QStringLiteral("CODE"));
    parser.addOption(language);
    parser.parse(arguments); // errors are reported by parseCommandLine()
    const QString chosen = LanguageLoader::supportedCode(parser.value(language));
    return chosen.isEmpty() ? settings.language() : chosen;
}

// The names QSettings and QStandardPaths build their paths from, and --version's.
void nameTheApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("partner-purchase"));
    QCoreApplication::setOrganizationName(QStringLiteral("partner-purchase"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PP_VERSION));
}

// The language comes first: the help text, every window and Qt's own buttons use it.
// A code the settings file no longer names falls back to the system language.
void installLanguage(QCoreApplication *app, const QString &code)
{
    if (!LanguageLoader::install(app, code))
        LanguageLoader::install(app, QString());
}

} // namespace

int main(int argc, char *argv[])
{
    // --help, --version and bad values are answered before QApplication exists, so that
    // they work without a display (over ssh, in a package check), in the right language.
    QString language;
    {
        QCoreApplication console(argc, argv);
        nameTheApplication();
        const AppSettings settings;
        language = requestedLanguage(QCoreApplication::arguments(), settings);
        installLanguage(&console, language);
        parseCommandLine(QCoreApplication::arguments(), Checks::OwnOptions);
    }

    QApplication app(argc, argv);
    nameTheApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Partner Purchase"));
    // Matches the installed .desktop file (Wayland uses it for the window's icon and name).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.partnerpurchase.PartnerPurchase"));
    QApplication::setWindowIcon(ApplicationIcon::icon());
    installLanguage(&app, language);
    const CommandLine options = parseCommandLine(QCoreApplication::arguments(), Checks::Everything);
    AppSettings settings;

    KeychainSecretStore keychain;
    MainWindow::Options windowOptions;
    QString accountsFile; // empty: the app's own QSettings
    std::unique_ptr<PracticePortal> practicePortal;
    if (options.practice) {
        practicePortal = std::make_unique<PracticePortal>();
        if (!practicePortal->listen()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "The practice portal could not start on 127.0.0.1.")));
            return 1;
        }
        // Practice accounts (on a new port each run) stay out of the real account list.
        accountsFile = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                           .filePath(QStringLiteral("partner-purchase-practice.ini"));
        windowOptions.practiceMode = true;
        windowOptions.practiceAccount.baseUrl = practicePortal->baseUrl();
        windowOptions.practiceAccount.clientId = PracticePortal::practiceClientId();
        windowOptions.practiceAccount.label = QCoreApplication::translate("main", "Practice account");
        windowOptions.practiceSecret = PracticePortal::practiceClientSecret();
    }
    if (options.baseUrl.isValid())
        windowOptions.practiceAccount.baseUrl = options.baseUrl;
    windowOptions.baseUrl = options.baseUrl;
    windowOptions.settings = &settings;

    AppServices services(&keychain, accountsFile, QString());
    MainWindow window(WizardContext(services), &services.session, &services.accounts, &services.vault,
                      windowOptions);
    window.show();
    window.start();
    StartupProbe::exitWhenIdleIfAsked(); // bench/: PP_EXIT_WHEN_IDLE=1
    return app.exec();
}
