// Builds the objects, hands them down, shows the window. No singletons: everything the
// app uses is created here (tests build their own).
#include "AppServices.h"
#include "ApplicationIcon.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "api/PortalAddress.h"
#include "auth/KeychainSecretStore.h"
#include "i18n/LanguageLoader.h"
#include "practice/PracticePortal.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QImageReader>
#include <QSslSocket>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>

#ifdef PP_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <future>
#include <memory>
#include <optional>

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

// What it does with --help, --version or a bad value: answer (print, then exit with 0 or,
// for a mistake, 2), or only say that there is something to answer (std::nullopt).
enum class Answer { OnConsole,
                    Quietly };

// Exits with status 2 and a clear message on stderr on a bad option or value, like
// other command-line tools; --help and --version print to stdout and exit with 0.
// Call it after a language is installed, so that the help text is translated.
std::optional<CommandLine> parseCommandLine(const QStringList &arguments, Answer answer = Answer::OnConsole)
{
    const bool quiet = answer == Answer::Quietly;
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
                                                                          "language for this run.")
                                          .arg(languages),
                                      QStringLiteral("CODE"));
    parser.addOption(practice);
    parser.addOption(baseUrl);
    parser.addOption(language);
    if (!parser.parse(arguments)) {
        if (quiet)
            return std::nullopt;
        usageError(parser.errorText());
    }
    const bool helpOrVersion = parser.isSet(help) || parser.isSet(QStringLiteral("help-all")) || parser.isSet(version);
    if (helpOrVersion && quiet)
        return std::nullopt;
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        if (quiet)
            return std::nullopt;
        usageError(QCoreApplication::translate("main", "Unexpected argument “%1”.")
                       .arg(parser.positionalArguments().constFirst()));
    }

    CommandLine result;
    result.practice = parser.isSet(practice);
    if (parser.isSet(baseUrl)) {
        result.baseUrl = QUrl(parser.value(baseUrl));
        if (const ApiError error = PortalAddress::check(result.baseUrl); error.isError()) {
            if (quiet)
                return std::nullopt;
            usageError(error.title() + QLatin1Char('\n') + error.advice());
        }
    }
    if (parser.isSet(language)) {
        result.language = LanguageLoader::supportedCode(parser.value(language));
        if (result.language.isEmpty()) {
            if (quiet)
                return std::nullopt;
            //: %1 the code the user typed, %2 the list of available codes, e.g. "en, de, zh_CN"
            usageError(QCoreApplication::translate("main", "Unknown language “%1”. Available languages: %2.")
                           .arg(parser.value(language), languages));
        }
    }
    return result;
}

// The arguments without the options Qt's GUI classes take for themselves (-platform,
// -style, -display…), so that ours can be judged before QApplication exists: an
// unknown option or a stray argument is then answered without a display too.
QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue{
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"), QStringLiteral("geometry"),
        QStringLiteral("qwindowtitle"), QStringLiteral("title"), QStringLiteral("qwindowicon"),
        QStringLiteral("icon"), QStringLiteral("session"), QStringLiteral("style"),
        QStringLiteral("stylesheet"), QStringLiteral("display"), QStringLiteral("name"),
        QStringLiteral("visual")};
    static const QStringList flags{QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                   QStringLiteral("nograb"), QStringLiteral("dograb"),
                                   QStringLiteral("sync"), QStringLiteral("testability"),
                                   QStringLiteral("qmljsdebugger")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        // Qt reads "-platform" and "--platform" alike, and some as "-style=fusion".
        QString name = argument.startsWith(QLatin1String("--")) ? argument.mid(2)
            : argument.startsWith(QLatin1Char('-'))             ? argument.mid(1)
                                                                : QString();
        const bool hasInlineValue = name.contains(QLatin1Char('='));
        name = name.section(QLatin1Char('='), 0, 0);
        if (i > 0 && withValue.contains(name)) {
            if (!hasInlineValue)
                ++i; // its value
            continue;
        }
        if (i > 0 && flags.contains(name))
            continue;
        kept << argument;
    }
    return kept;
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

// Runs `work` once the event loop has handled what is queued now and what that queued
// (showing the window: its layout and first paint).
void runWhenIdle(QObject *context, std::function<void()> work)
{
    QTimer::singleShot(0, context, [context, work = std::move(work)] { QTimer::singleShot(0, context, work); });
}

// Heap memory for the first paint (the windows' backing stores, the style's and the fonts'
// caches), written to by a worker while the GUI thread builds the window. The first write
// to a page of memory costs a page fault, which on some virtual machines costs as much as
// laying out a line of text; once any thread has written to it, the page costs the GUI
// thread nothing. Handed back to malloc before the window is shown, the block serves the
// allocations of the first paint.
class FirstPaintMemory
{
public:
    FirstPaintMemory()
    {
#ifdef __GLIBC__
        // Blocks up to twice this size (a backing store) come from the heap, and so from
        // this block, rather than each from a fresh mapping, and freed heap up to four times
        // this size stays: what glibc sets by itself once it has unmapped such a block.
        mallopt(M_MMAP_THRESHOLD, 2 * blockSize);
        mallopt(M_TRIM_THRESHOLD, 4 * blockSize);
        m_block = static_cast<char *>(std::malloc(blockSize));
#endif
    }

    // On the worker: writes to the block's pages until release() asks it to stop.
    void prefault()
    {
        for (std::size_t offset = 0; m_block && offset < blockSize && !m_stop.load(std::memory_order_relaxed);
             offset += pageSize)
            static_cast<volatile char *>(m_block)[offset] = 0;
    }

    // On the GUI thread: prefault() returns soon after.
    void stop() { m_stop = true; }

    // On the GUI thread, once the worker has returned from prefault().
    void release()
    {
        std::free(m_block);
        m_block = nullptr;
    }

    ~FirstPaintMemory() { release(); }

private:
    // The main window's backing store at its default size (4 bytes a pixel), the sign-in
    // dialog's, and what the first paint allocates besides.
    static constexpr std::size_t blockSize = 4 << 20;
    static constexpr std::size_t pageSize = 4096;
    char *m_block = nullptr;
    std::atomic<bool> m_stop = false;
};

} // namespace

int main(int argc, char *argv[])
{
    nameTheApplication();
    // --help, --version and bad values are answered before QApplication exists, so that
    // they work without a display (over ssh, in a package check), in the right language.
    // A plain start skips this: a second application object and a translation would
    // only delay the first window.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!parseCommandLine(withoutQtOptions(arguments), Answer::Quietly)) {
        QCoreApplication console(argc, argv);
        const AppSettings settings;
        installLanguage(&console, requestedLanguage(QCoreApplication::arguments(), settings));
        // Answers and exits (the quiet pass found something to answer).
        parseCommandLine(withoutQtOptions(QCoreApplication::arguments()));
    }

    // Before the first text is measured, fontconfig reads its configuration (dozens of XML
    // files) and font caches, the largest single cost of the GUI thread's start-up. A worker
    // does that while the GUI thread creates the application and the services; the GUI
    // thread waits for it before it builds a widget (Qt's own FcInit() then finds it done,
    // where two threads starting fontconfig at once would each read it all). Then the same
    // worker prepares the memory of the first paint (FirstPaintMemory).
    FirstPaintMemory firstPaintMemory;
    std::promise<void> fontconfigReady;
    std::future<void> worker = std::async(std::launch::async, [&] {
#ifdef PP_HAVE_FONTCONFIG
        FcInit();
#endif
        fontconfigReady.set_value();
        firstPaintMemory.prefault();
    });

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Partner Purchase"));
    // Matches the installed .desktop file (Wayland uses it for the window's icon and name).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.partnerpurchase.PartnerPurchase"));
    QApplication::setWindowIcon(ApplicationIcon::icon());
    AppSettings settings;
    installLanguage(&app, requestedLanguage(QCoreApplication::arguments(), settings));
    const CommandLine options = *parseCommandLine(withoutQtOptions(QCoreApplication::arguments()));

    // Loading the TLS backend (OpenSSL) costs as much as building the window. A worker loads
    // it (QSslSocket guards its initialisation with a mutex): in practice mode at once, since
    // the practice portal's server needs it in its constructor, right after the window;
    // otherwise once the shown window is idle, so that it does not compete for a core with
    // building and painting the window (the first https request waits for it if need be).
    const auto loadTlsBackend = [] { QThreadPool::globalInstance()->start([] { QSslSocket::supportsSsl(); }); };
    if (options.practice)
        loadTlsBackend();

    KeychainSecretStore keychain;
    MainWindow::Options windowOptions;
    windowOptions.practiceMode = options.practice;
    windowOptions.baseUrl = options.baseUrl;
    windowOptions.settings = &settings;
    // Practice accounts (on a new port each run) stay out of the real account list.
    const QString accountsFile = options.practice
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
              .filePath(QStringLiteral("partner-purchase-practice.ini"))
        : QString(); // empty: the app's own QSettings

    // Declared first so that it goes last: nothing may still talk to it.
    std::unique_ptr<PracticePortal> practicePortal;
    AppServices services(&keychain, accountsFile, QString(), options.practice);
    fontconfigReady.get_future().wait();
    // The first icon read from a file (the style's, in the menu bar and the sign-in dialog)
    // makes Qt load every image format plugin to ask whether it reads that format. A worker
    // loads them now, while the window is built (Qt hands the plugins to the main thread);
    // not earlier, where it would take a core from fontconfig, which the GUI thread waits for.
    QThreadPool::globalInstance()->start([] { QImageReader::supportedImageFormats(); });
    MainWindow window(services, windowOptions);

    // Started once the window is built, while the worker above loads the TLS backend.
    if (options.practice) {
        practicePortal = std::make_unique<PracticePortal>();
        if (!practicePortal->listen()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "The practice portal could not start on 127.0.0.1.")));
            return 1;
        }
        Account practiceAccount;
        practiceAccount.baseUrl = options.baseUrl.isValid() ? options.baseUrl : practicePortal->baseUrl();
        practiceAccount.clientId = PracticePortal::practiceClientId();
        practiceAccount.label = QCoreApplication::translate("main", "Practice account");
        services.accounts.removeAllOffPortal(practiceAccount.baseUrl); // earlier runs' portals are gone
        window.setPracticeAccount(practiceAccount, PracticePortal::practiceClientSecret());
    }

    firstPaintMemory.stop();
    worker.wait();
    firstPaintMemory.release();
    window.show();
    window.start();
    if (!options.practice)
        runWhenIdle(&app, loadTlsBackend);
    StartupProbe::exitWhenIdleIfAsked(); // bench/: PP_EXIT_WHEN_IDLE=1
    return app.exec();
}
