// The translations: translations/*.ts are in step with the sources (lupdate run on a copy
// changes nothing), complete (no unfinished, vanished or obsolete entries), and keep every
// placeholder and keyboard mnemonic of their source text; LanguageLoader picks the language
// from the system or an explicit code and installs the app's and Qt's own translations.
//
// Everything the test needs from the build comes as compile definitions
// (tests/CMakeLists.txt): lupdate, its options, the .ts files and the list of sources —
// the same ones the update-translations target uses.
#include "TestPaths.h"
#include "i18n/LanguageLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;      // disambiguation, part of the key
    QString extraComment; // //: for translators
    bool numerus = false;
    QString type;             // translation type: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form

    // Everything but the source location: line numbers move with every edit.
    bool operator==(const Message &other) const
    {
        return context == other.context && source == other.source && comment == other.comment
            && extraComment == other.extraComment && numerus == other.numerus && type == other.type
            && translations == other.translations;
    }
    QString describe() const
    {
        return QStringLiteral("[%1] “%2”").arg(context, source);
    }
};

struct TsFile
{
    QString language;
    QString sourceLanguage;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                ts.messages << message;
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
            ts.sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("extracomment")) {
            message.extraComment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            message.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList split(const QString &joined)
{
    return joined.split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QStringList fullTsFiles()
{
    return split(testPath("ts-full"));
}

QStringList pluralTsFiles()
{
    return split(testPath("ts-plurals"));
}

QStringList allTsFiles()
{
    return fullTsFiles() + pluralTsFiles();
}

// %1…%99, %L1, %n, %Ln, sorted: the translation may reorder them, not drop or add any.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// A "&" before a letter or digit; "&&" is a literal ampersand.
bool hasMnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            return true;
    }
    return false;
}

QString baseName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void tsFilesAreInStepWithTheSources_data();
    void tsFilesAreInStepWithTheSources();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void translationsKeepPlaceholdersAndMnemonics_data();
    void translationsKeepPlaceholdersAndMnemonics();
    void sourceTextsUseTheEllipsisCharacter();
    void eachLanguageLoadsItsTranslations_data();
    void eachLanguageLoadsItsTranslations();
    void englishPluralsReadNaturally();
    void unknownLanguageIsRefused();
    void languageFollowsTheUsersPreferences_data();
    void languageFollowsTheUsersPreferences();
    void codesAreNormalized_data();
    void codesAreNormalized();

private:
    void addTsRows(const QStringList &files);
};

void TranslationsTest::addTsRows(const QStringList &files)
{
    QTest::addColumn<QString>("path");
    for (const QString &path : files)
        QTest::newRow(qPrintable(baseName(path))) << path;
}

void TranslationsTest::tsFilesAreInStepWithTheSources_data()
{
    addTsRows(allTsFiles());
}

void TranslationsTest::tsFilesAreInStepWithTheSources()
{
    QFETCH(QString, path);
    QVERIFY2(QFileInfo::exists(testPath("lupdate-source-list")),
             "the list of translated sources was not generated (configure again)");
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(baseName(path));
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments = split(QStringLiteral(PP_LUPDATE_OPTIONS));
    if (pluralTsFiles().contains(path))
        arguments << QStringLiteral("-pluralonly");
    arguments << QStringLiteral("@") + testPath("lupdate-source-list") << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(PP_LUPDATE_EXECUTABLE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(lupdate.readAllStandardError())));

    const TsFile committed = readTs(path);
    const TsFile updated = readTs(copy);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));

    QStringList differences;
    for (const Message &message : updated.messages) {
        if (!committed.messages.contains(message))
            differences << QStringLiteral("new or changed: ") + message.describe();
    }
    for (const Message &message : committed.messages) {
        if (!updated.messages.contains(message))
            differences << QStringLiteral("gone from the sources: ") + message.describe();
    }
    if (differences.isEmpty() && committed.messages != updated.messages)
        differences << QStringLiteral("the messages are in another order");
    QVERIFY2(differences.isEmpty(),
             qPrintable(QStringLiteral("%1 is out of date; run `cmake --build <build dir> --target "
                                       "update-translations` and translate what is new.\n  %2")
                            .arg(baseName(path), differences.mid(0, 20).join(QStringLiteral("\n  ")))));
}

void TranslationsTest::tsFilesAreComplete_data()
{
    addTsRows(allTsFiles());
}

void TranslationsTest::tsFilesAreComplete()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    QCOMPARE(ts.sourceLanguage, QStringLiteral("en"));
    const QString language = baseName(path).section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0);
    QCOMPARE(ts.language, language);
    // Chinese has one plural form, English and German two.
    const int forms = language.startsWith(QLatin1String("zh")) ? 1 : 2;

    QStringList problems;
    for (const Message &message : ts.messages) {
        if (!message.type.isEmpty())
            problems << message.type + QLatin1Char(' ') + message.describe();
        else if (message.numerus && message.translations.size() != forms)
            problems << QStringLiteral("%1 plural forms instead of %2: ").arg(message.translations.size()).arg(forms)
                    + message.describe();
        else if (message.translations.isEmpty() || message.translations.contains(QString()))
            problems << QStringLiteral("empty translation: ") + message.describe();
    }
    if (pluralTsFiles().contains(path)) {
        for (const Message &message : ts.messages) {
            if (!message.numerus)
                problems << QStringLiteral("not a plural (the English file holds plurals only): ")
                        + message.describe();
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::translationsKeepPlaceholdersAndMnemonics_data()
{
    addTsRows(allTsFiles());
}

void TranslationsTest::translationsKeepPlaceholdersAndMnemonics()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const Message &message : ts.messages) {
        const QStringList expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (placeholders(translation) != expected)
                problems << QStringLiteral("placeholders %1 in “%2” for ")
                                .arg(expected.join(QLatin1Char(',')), translation)
                        + message.describe();
            if (hasMnemonic(translation) != hasMnemonic(message.source))
                problems << QStringLiteral("keyboard mnemonic (&) added or lost in “%1” for ").arg(translation)
                        + message.describe();
            if (translation.contains(QLatin1String("...")))
                problems << QStringLiteral("“...” instead of “…” in “%1”").arg(translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::sourceTextsUseTheEllipsisCharacter()
{
    const TsFile ts = readTs(fullTsFiles().constFirst());
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const Message &message : ts.messages) {
        if (message.source.contains(QLatin1String("...")))
            problems << message.describe();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("write “…”, not “...”:\n") + problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::eachLanguageLoadsItsTranslations_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("qtCancel"); // Qt's own standard button, from qtbase_<code>.qm
    QTest::newRow("de") << QStringLiteral("de") << fullTsFiles().filter(QStringLiteral("_de.ts")).value(0)
                        << QStringLiteral("Abbrechen");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << fullTsFiles().filter(QStringLiteral("_zh_CN.ts")).value(0)
                           << QStringLiteral("取消");
}

void TranslationsTest::eachLanguageLoadsItsTranslations()
{
    QFETCH(QString, code);
    QFETCH(QString, path);
    QFETCH(QString, qtCancel);
    QVERIFY2(!path.isEmpty(), "no .ts file for this language");
    QVERIFY(LanguageLoader::install(QCoreApplication::instance(), code));
    QCOMPARE(LanguageLoader::currentLanguage(), code);

    // Every message of the .ts comes back from the compiled, embedded .qm.
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList wrong;
    for (const Message &message : ts.messages) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const char *disambiguation = message.comment.isEmpty() ? nullptr : comment.constData();
        if (!message.numerus) {
            if (QCoreApplication::translate(context.constData(), source.constData(), disambiguation) != message.translations.value(0))
                wrong << message.describe();
            continue;
        }
        // The first form is the singular in German (1) and the only form in Chinese.
        const QString one = QCoreApplication::translate(context.constData(), source.constData(), disambiguation, 1);
        QString expected = message.translations.value(0);
        expected.replace(QLatin1String("%Ln"), QStringLiteral("1")).replace(QLatin1String("%n"), QStringLiteral("1"));
        if (one != expected)
            wrong << message.describe();
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("not translated by the embedded %1:\n").arg(LanguageLoader::resourceDirectory()) + wrong.join(QLatin1Char('\n'))));

    // Qt's own texts (standard buttons) come from qtbase_<code>.qm (qt6-translations-l10n).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);

    // Installing again replaces the translators instead of stacking them.
    QVERIFY(LanguageLoader::install(QCoreApplication::instance(), code));
    QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly).size(), 2);
}

void TranslationsTest::englishPluralsReadNaturally()
{
    QVERIFY(LanguageLoader::install(QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(LanguageLoader::currentLanguage(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("ReceiptHistoryWindow", "%n receipt(s)", nullptr, 1),
             QStringLiteral("1 receipt"));
    QCOMPARE(QCoreApplication::translate("ReceiptHistoryWindow", "%n receipt(s)", nullptr, 2),
             QStringLiteral("2 receipts"));
    QCOMPARE(QCoreApplication::translate("OrderLineEditor", "%n period(s)", nullptr, 1), QStringLiteral("1 period"));
    // English needs nothing from Qt: only the app's plural forms are installed.
    QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly).size(), 1);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TranslationsTest::unknownLanguageIsRefused()
{
    QVERIFY(LanguageLoader::install(QCoreApplication::instance(), QStringLiteral("de")));
    QVERIFY(!LanguageLoader::install(QCoreApplication::instance(), QStringLiteral("fr")));
    QVERIFY(!LanguageLoader::install(QCoreApplication::instance(), QStringLiteral("zh_TW")));
    QVERIFY(!LanguageLoader::install(QCoreApplication::instance(), QStringLiteral("xx")));
    // Nothing changed.
    QCOMPARE(LanguageLoader::currentLanguage(), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("PurchaseWizard", "&Next >"), QStringLiteral("&Weiter >"));
    QCOMPARE(LanguageLoader::nativeName(QStringLiteral("fr")), QString());
    QCOMPARE(LanguageLoader::availableLanguages(),
             (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}));
    for (const QString &code : LanguageLoader::availableLanguages())
        QVERIFY(!LanguageLoader::nativeName(code).isEmpty());
    // Every available language has a translation file, and every file a language.
    QStringList files;
    for (const QString &path : allTsFiles())
        files << baseName(path);
    for (const QString &code : LanguageLoader::availableLanguages())
        QVERIFY2(files.contains(QStringLiteral("partner-purchase_%1.ts").arg(code)), qPrintable(code));
    QCOMPARE(files.size(), LanguageLoader::availableLanguages().size());
}

void TranslationsTest::languageFollowsTheUsersPreferences_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German") << QStringList{QStringLiteral("de-DE")} << QStringLiteral("de");
    QTest::newRow("Austrian German") << QStringList{QStringLiteral("de-AT")} << QStringLiteral("de");
    QTest::newRow("Swiss German") << QStringList{QStringLiteral("de-CH"), QStringLiteral("fr-CH")}
                                  << QStringLiteral("de");
    QTest::newRow("mainland Chinese") << QStringList{QStringLiteral("zh-Hans-CN"), QStringLiteral("zh-CN")}
                                      << QStringLiteral("zh_CN");
    QTest::newRow("Singapore Chinese") << QStringList{QStringLiteral("zh-SG")} << QStringLiteral("zh_CN");
    QTest::newRow("traditional Chinese, then German")
        << QStringList{QStringLiteral("zh-Hant-TW"), QStringLiteral("zh-TW"), QStringLiteral("de-DE")}
        << QStringLiteral("de");
    QTest::newRow("Hong Kong Chinese") << QStringList{QStringLiteral("zh-HK")} << QStringLiteral("en");
    QTest::newRow("French, then German") << QStringList{QStringLiteral("fr-FR"), QStringLiteral("de-DE")}
                                         << QStringLiteral("de");
    QTest::newRow("English before German") << QStringList{QStringLiteral("en-GB"), QStringLiteral("de-DE")}
                                           << QStringLiteral("en");
    QTest::newRow("French only") << QStringList{QStringLiteral("fr-FR")} << QStringLiteral("en");
    QTest::newRow("C locale") << QStringList{QStringLiteral("C")} << QStringLiteral("en");
    QTest::newRow("nothing") << QStringList() << QStringLiteral("en");
}

void TranslationsTest::languageFollowsTheUsersPreferences()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(LanguageLoader::languageFor(uiLanguages), expected);
}

void TranslationsTest::codesAreNormalized_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de");
    QTest::newRow("DE") << QStringLiteral("DE") << QStringLiteral("de");
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("de");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh-cn") << QStringLiteral("zh-cn") << QStringLiteral("zh_CN");
    QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("zh_CN");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QString();
    QTest::newRow("fr") << QStringLiteral("fr") << QString();
    QTest::newRow("xx") << QStringLiteral("xx") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TranslationsTest::codesAreNormalized()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(LanguageLoader::supportedCode(name), expected);
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
