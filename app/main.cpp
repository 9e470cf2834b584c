// Builds the objects, hands them down, shows the window. No singletons: everything the
// app uses is created here (tests build their own).
#include "AppServices.h"
#include "MainWindow.h"
#include "WizardContext.h"
#include "auth/KeychainSecretStore.h"
#include "practice/PracticePortal.h"

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
};

// Exits with status 2 and a clear message on a bad value, like other command-line tools.
CommandLine parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Buy Yeastar Partner Portal subscriptions for yourself and your customers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption practice(QStringLiteral("practice"),
        QCoreApplication::translate("main", "Use the built-in practice portal: nothing real is bought."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
        QCoreApplication::translate("main", "Partner Portal API address (https://…)."),
        QStringLiteral("URL"));
    parser.addOption(practice);
    parser.addOption(baseUrl);
    parser.process(app);

    CommandLine result;
    result.practice = parser.isSet(practice);
    if (parser.isSet(baseUrl)) {
        result.baseUrl = QUrl(parser.value(baseUrl));
        if (const ApiError error = PortalClient::checkBaseUrl(result.baseUrl); error.isError()) {
            std::fprintf(stderr, "%s\n%s\n", qPrintable(error.title()), qPrintable(error.advice()));
            std::exit(2);
        }
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("partner-purchase"));
    QApplication::setApplicationDisplayName(QStringLiteral("Partner Purchase"));
    QApplication::setOrganizationName(QStringLiteral("partner-purchase"));
    QApplication::setApplicationVersion(QStringLiteral(PP_VERSION));
    const CommandLine options = parseCommandLine(app);

    KeychainSecretStore keychain;
    MainWindow::Options windowOptions;
    QString accountsFile; // empty: the app's own QSettings
    std::unique_ptr<PracticePortal> practicePortal;
    if (options.practice) {
        practicePortal = std::make_unique<PracticePortal>();
        if (!practicePortal->listen()) {
            std::fprintf(stderr, "The practice portal could not start on 127.0.0.1.\n");
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

    AppServices services(&keychain, accountsFile, QString());
    MainWindow window(WizardContext(services), &services.session, &services.accounts, &services.vault,
                      windowOptions);
    window.show();
    window.start();
    return app.exec();
}
