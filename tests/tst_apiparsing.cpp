// The response parsers and DTOs, fed with the example payloads and with hostile variants.
#include "TestData.h"
#include "api/EntityId.h"
#include "api/Envelope.h"
#include "api/Offering.h"
#include "api/OrderPage.h"
#include "api/OrderReceipt.h"
#include "api/Subordinate.h"
#include "api/JsonListText.h"
#include "api/SubordinateListAnswer.h"
#include "api/SubordinateTable.h"
#include "api/BillingContact.h"
#include "api/Product.h"
#include "api/TokenDetails.h"
#include "api/ApiDiagnostics.h"
#include "api/DeviceInfo.h"
#include "api/InstancePage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <numeric>

class TestApiParsing : public QObject
{
    Q_OBJECT

private slots:
    void entityIdRoundTripsNineteenDigits_data();
    void entityIdRoundTripsNineteenDigits();
    void entityIdRejectsWhatIsNotAnId_data();
    void entityIdRejectsWhatIsNotAnId();
    void envelopeSuccessAndErrors_data();
    void envelopeSuccessAndErrors();
    void inexactIdsAreRefused_data();
    void inexactIdsAreRefused();
    void statusesThatDisagreeProveNothing_data();
    void statusesThatDisagreeProveNothing();
    void supportIsAskedForTheRequestIdOnlyWhenThereIsOne();
    void tokenAcceptsStringOrNumberLifetime();
    void authorizationHeaderToleratesTrailingSpace_data();
    void authorizationHeaderToleratesTrailingSpace();
    void subordinatesFromExample();
    void subordinateTableKeepsEveryFieldExactly();
    void subordinateTableSearchesInLowerCase_data();
    void subordinateTableSearchesInLowerCase();
    void subordinateSearchFindsWhatAPlainSearchFinds();
    void listTextSplitsAtTheResult_data();
    void listTextSplitsAtTheResult();
    void listTextSlices_data();
    void listTextSlices();
    void subordinateAnswerReadInSlicesAsAWhole_data();
    void subordinateAnswerReadInSlicesAsAWhole();
    void billingContactsFromExample();
    void productsFromExample();
    void offeringFindsItemsByIdKeysAnywhere();
    void offeringReadsLimitsAndCycles();
    void offeringSurvivesDeepNesting();
    void orderReceiptFromSeed();
    void orderPageFromExample();
    void instanceDatesInEveryForm_data();
    void instanceDatesInEveryForm();
    void instancePageIsTolerant();
    void activationCodeAndModel();
    void diagnosticsRemoveSecrets();
    void diagnosticsKeepTheNewestOfEachKind();
};

void TestApiParsing::entityIdRoundTripsNineteenDigits_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("digits");
    QTest::newRow("integer") << QByteArray("[3197218168379846218]") << QStringLiteral("3197218168379846218");
    QTest::newRow("string") << QByteArray("[\"3197218168379846218\"]") << QStringLiteral("3197218168379846218");
    QTest::newRow("near int64 max") << QByteArray("[9223372036854775807]") << QStringLiteral("9223372036854775807");
    QTest::newRow("above 2^53 odd") << QByteArray("[9007199254740993]") << QStringLiteral("9007199254740993");
    QTest::newRow("string with spaces") << QByteArray("[\" 3048941892189077504 \"]") << QStringLiteral("3048941892189077504");
}

void TestApiParsing::entityIdRoundTripsNineteenDigits()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, digits);
    const EntityId id = EntityId::fromJson(QJsonDocument::fromJson(json).array().at(0));
    QVERIFY(id.isValid());
    QCOMPARE(id.toString(), digits);
    // Written back as a bare integer, the digits are unchanged.
    const QByteArray written = QJsonDocument(QJsonArray{id.toJsonInteger()}).toJson(QJsonDocument::Compact);
    QCOMPARE(written, QByteArray("[" + digits.toLatin1() + "]"));
}

void TestApiParsing::entityIdRejectsWhatIsNotAnId_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("fraction") << QByteArray("[1.5]");
    QTest::newRow("negative") << QByteArray("[-4]");
    QTest::newRow("above int64") << QByteArray("[17896360390850257349]");
    QTest::newRow("letters") << QByteArray("[\"RV3401167833536552960\"]");
    QTest::newRow("empty string") << QByteArray("[\"\"]");
    QTest::newRow("null") << QByteArray("[null]");
    QTest::newRow("object") << QByteArray("[{}]");
    QTest::newRow("too long") << QByteArray("[\"31972181683798462180\"]");
    // Qt holds these as doubles. (3197218168379846218.0 it rounds to an integer while
    // parsing, where no ID reader can see it: the envelope refuses those, from the text.)
    QTest::newRow("beyond 64 bits") << QByteArray("[18446744073709551616]");
    QTest::newRow("int64 max + 1") << QByteArray("[9223372036854775808]");
}

void TestApiParsing::entityIdRejectsWhatIsNotAnId()
{
    QFETCH(QByteArray, json);
    QVERIFY(!EntityId::fromJson(QJsonDocument::fromJson(json).array().at(0)).isValid());
}

void TestApiParsing::envelopeSuccessAndErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<int>("reportedStatus");

    QTest::newRow("success") << testData(QStringLiteral("examples/product_list.json")) << 200
                             << int(ApiError::Kind::None) << QString()
                             << QString() << 200;
    QTest::newRow("validation error 400") << testData(QStringLiteral("examples/error_parameter_validation.json")) << 400
                                          << int(ApiError::Kind::Portal)
                                          << QStringLiteral("parameter_validation_failed")
                                          << QStringLiteral("1f2e3d4c5b6a79880f1e2d3c4b5a6978") << 400;
    QTest::newRow("error inside 200") << QByteArray(R"({"code":"api_disabled","detailMessage":"off","requestId":"r1","result":null,"status":403})")
                                      << 200 << int(ApiError::Kind::Portal) << QStringLiteral("api_disabled")
                                      << QStringLiteral("r1") << 403; // the envelope's status when HTTP says 200
    QTest::newRow("html from a proxy") << QByteArray("<html><body>502 Bad Gateway</body></html>") << 502
                                       << int(ApiError::Kind::HttpStatus) << QString() << QString() << 502;
    QTest::newRow("malformed 200") << QByteArray(R"({"code": "success", "result": [)") << 200
                                   << int(ApiError::Kind::MalformedBody) << QString() << QString() << 200;
    QTest::newRow("json but no envelope") << QByteArray(R"({"hello": 1})") << 200
                                          << int(ApiError::Kind::MalformedBody) << QString() << QString() << 200;
    QTest::newRow("array at top") << QByteArray("[]") << 200 << int(ApiError::Kind::MalformedBody)
                                  << QString() << QString() << 200;
    QTest::newRow("empty 500") << QByteArray() << 500 << int(ApiError::Kind::HttpStatus) << QString()
                               << QString() << 500;
}

void TestApiParsing::envelopeSuccessAndErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, requestId);
    QFETCH(int, reportedStatus);
    Envelope envelope;
    const ApiError error = Envelope::read(body, httpStatus, envelope);
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.requestId(), requestId);
    if (error.isError()) {
        QVERIFY(!error.title().isEmpty());
        QVERIFY(!error.userMessage().isEmpty());
        QCOMPARE(error.httpStatus(), reportedStatus);
    } else {
        QVERIFY(envelope.isSuccess());
        QCOMPARE(envelope.requestId, QStringLiteral("0b8e7d6c5f4a3b2c1d0e9f8a7b6c5d4e"));
    }
}

void TestApiParsing::inexactIdsAreRefused_data()
{
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<QString>("path");
    QTest::newRow("partnerId, decimal form")
        << QByteArray(R"([{"partnerId":"3201877455120978000"},{"partnerId":3201877455120978121.0,"company":"Lone Star"}])")
        << QStringLiteral("result[1].partnerId");
    QTest::newRow("billingContactId, exponent")
        << QByteArray(R"({"list":[{"billingContactId":3.197218168379846e18}]})") << QStringLiteral("result.list[0].billingContactId");
    QTest::newRow("serviceId, deep in an offering")
        << QByteArray(R"({"plans":[],"groups":{"services":[{"serviceId":3375818821640175616.0,"name":"x"}]}})")
        << QStringLiteral("result.groups.services[0].serviceId");
    QTest::newRow("orderId beyond 64 bits")
        << QByteArray(R"({"instanceId":"1948832","orderId":34011678335365529601234,"orderNo":"RV1"})")
        << QStringLiteral("result.orderId");
    QTest::newRow("id of an order, int64 max + 1")
        << QByteArray(R"({"results":[{"id":9223372036854775808,"orderNo":"RV1"}],"pageNo":1})")
        << QStringLiteral("result.results[0].id");
    QTest::newRow("productNo as a fraction") << QByteArray(R"({"productNo":3076913644890832896.5})")
                                             << QStringLiteral("result.productNo");
    QTest::newRow("productId 20.0") << QByteArray(R"({"list":[{"productId":20.0,"productName":"x"}]})")
                                    << QStringLiteral("result.list[0].productId");
    // Qt's parser takes these too (a fuzz finding).
    QTest::newRow("leading dot") << QByteArray(R"({"orderId":.5})") << QStringLiteral("result.orderId");
    QTest::newRow("trailing dot") << QByteArray(R"({"orderId":1782021.})") << QStringLiteral("result.orderId");
    QTest::newRow("after strings with escapes and colons")
        << QByteArray(R"([{"remark":"a \"quoted\": 1.5, {x}","partnerId":"3201877455120978121"},)"
                      R"({"remark":"ok","partnerId":3201877455120978121.00}])")
        << QStringLiteral("result[1].partnerId");
}

// An ID Qt would hold as a double is refused with the field's name and the request ID,
// never rounded; exact integers and digit strings pass.
void TestApiParsing::inexactIdsAreRefused()
{
    QFETCH(QByteArray, result);
    QFETCH(QString, path);
    const QByteArray body = R"({"code":"success","detailMessage":"","requestId":"7249dc2422a5b3192c06b00fa77d31a2","result":)"
        + result + R"(,"status":200})";
    Envelope envelope;
    const ApiError error = Envelope::read(body, 200, envelope);
    QCOMPARE(error.kind(), ApiError::Kind::InexactId);
    QCOMPARE(error.technicalDetail(), path);
    const QString field = path.mid(path.lastIndexOf(QLatin1Char('.')) + 1);
    QCOMPARE(error.field(), field);
    QCOMPARE(error.requestId(), QStringLiteral("7249dc2422a5b3192c06b00fa77d31a2"));
    QVERIFY2(error.title().contains(QLatin1String("cannot read exactly")), qPrintable(error.title()));
    QVERIFY(error.title().contains(field));
    QVERIFY(error.userMessage().contains(QLatin1String("7249dc2422a5b3192c06b00fa77d31a2")));
    QVERIFY(error.referenceLine().contains(QLatin1String("7249dc2422a5b3192c06b00fa77d31a2")));
    QVERIFY(!error.provesRequestNotApplied());                                    // an order's answer: the outcome is unknown
    QVERIFY(!error.userMessage().contains(QLatin1String("3201877455120978176"))); // nothing rounded shown

    // Qt itself reads the decimal forms without complaint, already rounded: 3197218168379846144.
    QVERIFY(QJsonDocument::fromJson(body).isObject());

    // The same answer with the IDs as exact integers or strings is read.
    QByteArray exact = result;
    exact.replace(":.5}", ":5}").replace(".}", "}");
    exact.replace(".00}", "}").replace(".0,", ",").replace(".0}", "}").replace(".5}", "}");
    exact.replace("3.197218168379846e18", "3197218168379846218").replace("34011678335365529601234", "\"34011678335365529601234\"");
    exact.replace("9223372036854775808", "9223372036854775807");
    const ApiError none = Envelope::read(R"({"code":"success","requestId":"r","result":)" + exact + "}", 200, envelope);
    QVERIFY2(!none.isError(), qPrintable(none.technicalDetail() + QLatin1Char(' ') + QString::fromUtf8(exact)));
}

void TestApiParsing::statusesThatDisagreeProveNothing_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("shownStatus");
    QTest::addColumn<bool>("provesNotApplied");
    const QByteArray result = R"("result":{"orderNo":"RV1","orderId":"1782021"})";
    QTest::newRow("HTTP 500, success") << 500 << QByteArray(R"({"code":"success","requestId":"r1",)" + result + R"(,"status":200})")
                                       << int(ApiError::Kind::InconsistentAnswer) << 500 << false;
    QTest::newRow("HTTP 502, success, no status") << 502 << QByteArray(R"({"code":"success","requestId":"r1",)" + result + "}")
                                                  << int(ApiError::Kind::InconsistentAnswer) << 502 << false;
    QTest::newRow("HTTP 200, success, status 500")
        << 200 << QByteArray(R"({"code":"success","requestId":"r1",)" + result + R"(,"status":500})")
        << int(ApiError::Kind::InconsistentAnswer) << 500 << false;
    QTest::newRow("HTTP 200, an error with status 400")
        << 200 << QByteArray(R"({"code":"parameter_validation_failed","detailMessage":"x","requestId":"r1","result":null,"status":400})")
        << int(ApiError::Kind::Portal) << 400 << false;
    QTest::newRow("HTTP 400, an error with status 200")
        << 400 << QByteArray(R"({"code":"parameter_validation_failed","detailMessage":"x","requestId":"r1","result":null,"status":200})")
        << int(ApiError::Kind::Portal) << 400 << false;
    // Agreeing answers: a refusal proves the order was not placed.
    QTest::newRow("HTTP 400, an error with status 400")
        << 400 << QByteArray(R"({"code":"parameter_validation_failed","detailMessage":"x","requestId":"r1","result":null,"status":400})")
        << int(ApiError::Kind::Portal) << 400 << true;
    QTest::newRow("HTTP 200, an error with status 200")
        << 200 << QByteArray(R"({"code":"system_busy","detailMessage":"x","requestId":"r1","result":null,"status":200})")
        << int(ApiError::Kind::Portal) << 200 << true;
    QTest::newRow("HTTP 200, an error without status")
        << 200 << QByteArray(R"({"code":"system_busy","detailMessage":"x","requestId":"r1","result":null})")
        << int(ApiError::Kind::Portal) << 200 << true;
}

// HTTP status and envelope that disagree are not success: a read shows the error, and an
// order's outcome stays unknown (never "placed", never "refused").
void TestApiParsing::statusesThatDisagreeProveNothing()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(int, shownStatus);
    QFETCH(bool, provesNotApplied);
    Envelope envelope;
    const ApiError error = Envelope::read(body, httpStatus, envelope);
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.httpStatus(), shownStatus);
    QCOMPARE(error.provesRequestNotApplied(), provesNotApplied);
    QCOMPARE(error.requestId(), QStringLiteral("r1"));
    QVERIFY(!error.userMessage().isEmpty());
    if (error.kind() == ApiError::Kind::InconsistentAnswer) {
        QVERIFY2(error.title().contains(QLatin1String("contradicts itself")), qPrintable(error.title()));
        QVERIFY(error.title().contains(QString::number(shownStatus)));
    }
}

// "Contact support with the request ID" only when there is one to quote, and then with it.
void TestApiParsing::supportIsAskedForTheRequestIdOnlyWhenThereIsOne()
{
    Envelope envelope;
    const ApiError unreadable = Envelope::read("{\"code\": \"success\", \"result\": [", 200, envelope);
    QCOMPARE(unreadable.kind(), ApiError::Kind::MalformedBody);
    QVERIFY(unreadable.requestId().isEmpty());
    QVERIFY2(!unreadable.userMessage().contains(QLatin1String("request ID")), qPrintable(unreadable.userMessage()));
    QVERIFY(unreadable.userMessage().contains(QLatin1String("Yeastar support")));

    ApiError unexpected(ApiError::Kind::UnexpectedShape);
    unexpected.setRequestId(QStringLiteral("16a3dfddc232a3243c210b4fa5cf21b5"));
    QVERIFY2(unexpected.userMessage().contains(QLatin1String("request ID 16a3dfddc232a3243c210b4fa5cf21b5")),
             qPrintable(unexpected.userMessage()));

    const ApiError refused = ApiError::portal(400, QStringLiteral("parameter_validation_failed"), QString(), QString());
    QVERIFY2(!refused.userMessage().contains(QLatin1String("request ID")), qPrintable(refused.userMessage()));
}

void TestApiParsing::tokenAcceptsStringOrNumberLifetime()
{
    const QJsonObject example = testJson(QStringLiteral("examples/token.json")).object();
    auto token = TokenDetails::fromJson(example.value(QLatin1String("result")));
    QVERIFY(token);
    QCOMPARE(token->expiresInSeconds, 1800);
    QVERIFY(token->token.startsWith(QLatin1String("eyJ")));
    QVERIFY(!token->refreshToken.isEmpty());

    QJsonObject numeric = example.value(QLatin1String("result")).toObject();
    numeric.insert(QStringLiteral("expiresIn"), 600);
    token = TokenDetails::fromJson(numeric);
    QVERIFY(token);
    QCOMPARE(token->expiresInSeconds, 600);

    numeric.remove(QStringLiteral("token"));
    QVERIFY(!TokenDetails::fromJson(numeric));
}

void TestApiParsing::authorizationHeaderToleratesTrailingSpace_data()
{
    QTest::addColumn<QString>("tokenHead");
    QTest::newRow("with space") << QStringLiteral("Bearer ");
    QTest::newRow("without space") << QStringLiteral("Bearer");
    QTest::newRow("missing") << QString();
}

void TestApiParsing::authorizationHeaderToleratesTrailingSpace()
{
    QFETCH(QString, tokenHead);
    TokenDetails token;
    token.token = QStringLiteral("abc.def");
    token.tokenHead = tokenHead;
    QCOMPARE(token.authorizationHeader(), QByteArray("Bearer abc.def"));
}

void TestApiParsing::subordinatesFromExample()
{
    const QJsonValue result = testJson(QStringLiteral("examples/partner_list.json")).object().value(QLatin1String("result"));
    const QJsonArray array = result.toArray();
    QCOMPARE(array.size(), 2);
    const auto second = Subordinate::fromJson(array.at(1).toObject());
    QVERIFY(second);
    QCOMPARE(second->partnerId.toString(), QStringLiteral("3201877455120978121"));
    QCOMPARE(second->company, QStringLiteral("Lone Star Dental LLC"));
    QCOMPARE(second->displayName(), QStringLiteral("Lone Star Dental LLC — Mark Rivera"));
    QVERIFY(!Subordinate::fromJson(QJsonObject{{QStringLiteral("company"), QStringLiteral("no id")}}));
}

namespace {

QJsonObject customer(const QJsonValue &partnerId, const QString &company, const QString &first, const QString &last,
                     const QString &email)
{
    return QJsonObject{{QStringLiteral("partnerId"), partnerId}, {QStringLiteral("company"), company}, {QStringLiteral("firstName"), first}, {QStringLiteral("lastName"), last}, {QStringLiteral("email"), email}, {QStringLiteral("city"), QStringLiteral("Zürich")}, {QStringLiteral("country"), QStringLiteral("Schweiz")}};
}

// Four customers: ASCII, umlauts, Chinese, and one with only an e-mail address.
SubordinateTable fourCustomers()
{
    const QJsonArray array{
        customer(QStringLiteral("3201877455120978121"), QStringLiteral("Lone Star Dental LLC"),
                 QStringLiteral("Mark"), QStringLiteral("Rivera"), QStringLiteral("mark@lonestar.example")),
        customer(QJsonValue(qint64(9223372036854775807)), QStringLiteral("MÜLLER Straßenbau GmbH"),
                 QStringLiteral("Jörg"), QStringLiteral("Müller"), QStringLiteral("J.Mueller@strassenbau.example")),
        customer(QStringLiteral("3290000000001000003"), QStringLiteral("深圳市云科技有限公司"), QStringLiteral("伟"),
                 QStringLiteral("王"), QStringLiteral("wang@yun.example")),
        customer(QStringLiteral("1"), QString(), QString(), QString(), QStringLiteral("only@mail.example")),
        QJsonObject{{QStringLiteral("company"), QStringLiteral("no ID: skipped")}},
    };
    const auto table = SubordinateTable::fromJson(array);
    return table ? *table : SubordinateTable();
}

} // namespace

void TestApiParsing::subordinateTableKeepsEveryFieldExactly()
{
    const SubordinateTable table = fourCustomers();
    QCOMPARE(table.size(), 4);
    QCOMPARE(table.searchIndex().size(), 4);
    const Subordinate mueller = table.at(1);
    QCOMPARE(mueller.partnerId.toString(), QStringLiteral("9223372036854775807")); // 2^63 - 1, as sent
    QCOMPARE(mueller.company, QStringLiteral("MÜLLER Straßenbau GmbH"));
    QCOMPARE(mueller.firstName, QStringLiteral("Jörg"));
    QCOMPARE(mueller.lastName, QStringLiteral("Müller"));
    QCOMPARE(mueller.city, QStringLiteral("Zürich"));
    QCOMPARE(table.at(2).displayName(), QStringLiteral("深圳市云科技有限公司 — 伟 王"));
    QCOMPARE(table.displayName(3), QStringLiteral("only@mail.example"));
    QCOMPARE(table.last().partnerId.toString(), QStringLiteral("1"));
    QCOMPARE(table.rowOf(EntityId::fromString(QStringLiteral("3290000000001000003"))), 2);
    QCOMPARE(table.rowOf(EntityId::fromString(QStringLiteral("3290000000001000004"))), -1);
    QCOMPARE(table.rowOf(EntityId()), -1);
    // The same as what ListParser makes of it, row by row.
    QVERIFY(table.sameRow(1, fourCustomers(), 1));
    QVERIFY(!table.sameRow(1, table, 2));
    QVERIFY(!SubordinateTable::fromJson(QJsonValue(QStringLiteral("not a list"))));
    QCOMPARE(SubordinateTable::fromJson(QJsonValue::Null)->size(), 0);
}

void TestApiParsing::subordinateTableSearchesInLowerCase_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QList<int>>("rows");
    QTest::newRow("ascii") << QStringLiteral("rivera") << QList<int>{0};
    QTest::newRow("contact name across the space") << QStringLiteral("mark riv") << QList<int>{0};
    QTest::newRow("umlaut, upper case in the data") << QStringLiteral("müller") << QList<int>{1};
    QTest::newRow("ß") << QStringLiteral("straßen") << QList<int>{1};
    QTest::newRow("e-mail in upper case in the data") << QStringLiteral("j.mueller@") << QList<int>{1};
    QTest::newRow("chinese") << QStringLiteral("云科技") << QList<int>{2};
    QTest::newRow("every e-mail") << QStringLiteral(".example") << QList<int>{0, 1, 2, 3};
    QTest::newRow("never across two rows") << QStringLiteral("example深") << QList<int>{};
    QTest::newRow("city is not searched") << QStringLiteral("zürich") << QList<int>{};
}

void TestApiParsing::subordinateTableSearchesInLowerCase()
{
    QFETCH(QString, needle);
    QFETCH(QList<int>, rows);
    const SubordinateTable table = fourCustomers();
    QCOMPARE(table.searchIndex().rowsContaining(needle), rows);
    const QList<int> everyRow{0, 1, 2, 3};
    QCOMPARE(table.searchIndex().rowsContaining(needle, &everyRow), rows);
    for (const int row : rows)
        QVERIFY(table.searchIndex().text(row).contains(needle));
}

void TestApiParsing::subordinateSearchFindsWhatAPlainSearchFinds()
{
    // Enough rows that a few candidates are searched one by one and many in one pass.
    const QStringList names{QStringLiteral("Tanaka"), QStringLiteral("Keller"), QStringLiteral("Okafor"),
                            QStringLiteral("Müller"), QStringLiteral("Kanakaris"), QStringLiteral("王")};
    QJsonArray array;
    for (int i = 0; i < 320; ++i) {
        const QString name = names.at(i % names.size());
        array.append(customer(QString::number(1000 + i), QStringLiteral("%1 %2 Trading").arg(name).arg(i),
                              QStringLiteral("Kaz"), name,
                              QStringLiteral("%1.%2@mail.example").arg(name.toLower()).arg(i)));
    }
    const std::optional<SubordinateTable> table = SubordinateTable::fromJson(array);
    QVERIFY(table);
    const SubordinateSearchIndex &index = table->searchIndex();
    QList<int> everyRow(table->size());
    std::iota(everyRow.begin(), everyRow.end(), 0);
    const QList<int> fewRows{3, 9, 10, 51, 200, 318};
    for (const QString &needle : {QStringLiteral("t"), QStringLiteral("ka"), QStringLiteral("anaka"),
                                  QStringLiteral("kanak"), QStringLiteral("ller 1"), QStringLiteral("r 31"),
                                  QStringLiteral("müll"), QStringLiteral("王 "), QStringLiteral("@mail"),
                                  QStringLiteral("zzz"), QStringLiteral("trading\nkaz")}) {
        QList<int> expected;
        QList<int> expectedFew;
        for (int row = 0; row < table->size(); ++row) {
            if (index.text(row).contains(needle)) {
                expected << row;
                if (fewRows.contains(row))
                    expectedFew << row;
            }
        }
        QCOMPARE(index.rowsContaining(needle), expected);
        QCOMPARE(index.rowsContaining(needle, &everyRow), expected);
        QCOMPARE(index.rowsContaining(needle, &fewRows), expectedFew);
    }

    // What needs fonts beyond ASCII: the first row of each script (Latin with "ü", Han).
    const QStringList samples = index.texts().samplesOfEachScript(16);
    QCOMPARE(samples, QStringList({index.text(3), index.text(5)}));
    QCOMPARE(index.texts().samplesOfEachScript(1), QStringList{index.text(3)});
}

void TestApiParsing::listTextSplitsAtTheResult_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("envelope"); // empty: cannot be split
    QTest::addColumn<QByteArray>("result");
    QTest::newRow("plain") << QByteArray(R"({"code":"success","result":[1,2],"status":200})")
                           << QByteArray(R"({"code":"success","result":null,"status":200})") << QByteArray("[1,2]");
    QTest::newRow("spaces, strings with brackets")
        << QByteArray(" {\n \"a\" : \"]}\\\"\" , \"result\" : [ {\"x\":\"[\"} ] }\n")
        << QByteArray(" {\n \"a\" : \"]}\\\"\" , \"result\" : null }\n") << QByteArray("[ {\"x\":\"[\"} ]");
    QTest::newRow("escaped key") << QByteArray(R"({"res\u0075lt":{"list":[]}})") << QByteArray(R"({"res\u0075lt":null})")
                                 << QByteArray(R"({"list":[]})");
    QTest::newRow("twice") << QByteArray(R"({"result":[],"result":[1]})") << QByteArray() << QByteArray();
    QTest::newRow("none") << QByteArray(R"({"code":"success"})") << QByteArray() << QByteArray();
    QTest::newRow("unbalanced") << QByteArray(R"({"result":[1,2})") << QByteArray() << QByteArray();
    QTest::newRow("more after") << QByteArray(R"({"result":[]} x)") << QByteArray() << QByteArray();
    QTest::newRow("an array") << QByteArray(R"([{"result":[]}])") << QByteArray() << QByteArray();
}

void TestApiParsing::listTextSplitsAtTheResult()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, envelope);
    QFETCH(QByteArray, result);
    const auto split = JsonListText::split(body);
    QCOMPARE(split.has_value(), !envelope.isEmpty());
    if (split) {
        QCOMPARE(split->envelope, envelope);
        QCOMPARE(split->result.toByteArray(), result);
    }
}

void TestApiParsing::listTextSlices_data()
{
    QTest::addColumn<QByteArray>("array");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<int>>("sliceSizes");
    QByteArray thousand = "[";
    for (int i = 0; i < 1000; ++i)
        thousand += (i ? ", " : "") + QByteArray(R"({"i":)") + QByteArray::number(i) + R"(,"s":"a,]b"})";
    thousand += "]";
    QTest::newRow("1000 in slices of 256") << thousand << true << QList<int>{256, 256, 256, 232};
    QTest::newRow("empty") << QByteArray(" [ ] ") << true << QList<int>{};
    QTest::newRow("scalars") << QByteArray("[1, true, null, \"x\", -2.5e3]") << true << QList<int>{5};
    QTest::newRow("trailing comma") << QByteArray("[1,2,]") << false << QList<int>{};
    QTest::newRow("missing comma") << QByteArray("[1 2]") << false << QList<int>{};
    QTest::newRow("broken element") << QByteArray(R"([{"a":1},{"a":}])") << false << QList<int>{};
    QTest::newRow("bad literal") << QByteArray("[nul]") << false << QList<int>{};
    QTest::newRow("not an array") << QByteArray(R"({"a":[1]})") << false << QList<int>{};
}

void TestApiParsing::listTextSlices()
{
    QFETCH(QByteArray, array);
    QFETCH(bool, valid);
    QFETCH(QList<int>, sliceSizes);
    QList<int> sizes;
    QJsonArray all;
    const bool ok = JsonListText::forEachSlice(array, 256, [&](const QJsonArray &slice) {
        sizes << int(slice.size());
        for (const QJsonValue &value : slice)
            all.append(value);
    });
    QCOMPARE(ok, valid);
    if (valid) {
        QCOMPARE(sizes, sliceSizes);
        QCOMPARE(all, QJsonDocument::fromJson(array).array());
    }
}

void TestApiParsing::subordinateAnswerReadInSlicesAsAWhole_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    const QByteArray example = testData(QStringLiteral("examples/partner_list.json"));
    QTest::newRow("example") << example << 200;
    QTest::newRow("example, HTTP 500") << example << 500;
    QTest::newRow("a rounded ID") << QByteArray(R"({"code":"success","requestId":"r1","status":200,)"
                                                R"("result":[{"partnerId":3201877455120978121.0}]})")
                                  << 200;
    // The first refused ID in document order is named, even when a later one sits outside "result".
    QTest::newRow("rounded IDs in and after the list")
        << QByteArray(R"({"code":"success","requestId":"r3","status":200,"result":[{"billingContactId":1.5e18}],)"
                      R"("other":[{"partnerId":2.5e18}]})")
        << 200;
    QTest::newRow("portal error") << QByteArray(R"({"code":"token_invalid","requestId":"r2","status":401,"result":[]})")
                                  << 401;
    QTest::newRow("broken inside the list") << QByteArray(R"({"code":"success","status":200,"result":[{"partnerId":"1"},{]})")
                                            << 200;
    QTest::newRow("wrapped") << QByteArray(R"({"code":"success","status":200,"result":{"list":[{"partnerId":"7"}]}})")
                             << 200;
    QTest::newRow("not a list") << QByteArray(R"({"code":"success","status":200,"result":"none"})") << 200;
}

void TestApiParsing::subordinateAnswerReadInSlicesAsAWhole()
{
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    const RawReply raw{ApiError(), httpStatus, body};
    const ApiResult<SubordinateTable> sliced = SubordinateListAnswer::read(raw);
    const ApiResult<SubordinateTable> whole = PortalAnswer::read<SubordinateTable>(
        raw, [](const Envelope &answer) { return SubordinateTable::fromJson(answer.result); });
    QCOMPARE(sliced.error.kind(), whole.error.kind());
    QCOMPARE(sliced.error.field(), whole.error.field());
    QCOMPARE(sliced.requestId, whole.requestId);
    QCOMPARE(sliced.value.has_value(), whole.value.has_value());
    if (sliced.value) {
        QCOMPARE(sliced.value->size(), whole.value->size());
        for (int row = 0; row < sliced.value->size(); ++row)
            QVERIFY(sliced.value->sameRow(row, *whole.value, row));
    }
}

void TestApiParsing::billingContactsFromExample()
{
    const QJsonArray array = testJson(QStringLiteral("examples/billing_contact_list.json"))
                                 .object()
                                 .value(QLatin1String("result"))
                                 .toArray();
    const auto contact = BillingContact::fromJson(array.at(0).toObject());
    QVERIFY(contact);
    QCOMPARE(contact->billingContactId.toString(), QStringLiteral("3197218168379846218"));
    QCOMPARE(contact->billingContactId.toInteger(), Q_INT64_C(3197218168379846218));
    QCOMPARE(contact->displayName(),
             QStringLiteral("Sanne de Vries — Example Reseller B.V. <invoices@reseller.example>"));
}

void TestApiParsing::productsFromExample()
{
    const QJsonArray array = testJson(QStringLiteral("examples/product_list.json"))
                                 .object()
                                 .value(QLatin1String("result"))
                                 .toArray();
    QList<qint64> ids;
    for (const QJsonValue &value : array)
        ids << Product::fromJson(value.toObject())->productId;
    QCOMPARE(ids, (QList<qint64>{9, 11, 12, 13, 14, 15, 19}));
    QVERIFY(Product::fromJson(array.at(0).toObject())->requiresSerialNumber());
    QVERIFY(!Product::fromJson(array.at(4).toObject())->requiresSerialNumber());
    QVERIFY(!Product::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}));
}

void TestApiParsing::offeringFindsItemsByIdKeysAnywhere()
{
    // This example answer (tests/data/examples) hides its plans under guessed container names.
    const QJsonValue result = testJson(QStringLiteral("examples/purchase_product_info.json"))
                                  .object()
                                  .value(QLatin1String("result"));
    auto offering = Offering::fromJson(result, 9);
    QVERIFY(offering);
    QCOMPARE(offering->offeringId, QStringLiteral("3048917990411452416"));
    QCOMPARE(offering->plans.size(), 2);
    QCOMPARE(offering->plans.at(0).id.toString(), QStringLiteral("3048918321840570368"));
    QCOMPARE(offering->plans.at(1).id.toString(), QStringLiteral("3048918719332507648"));
    QCOMPARE(offering->plans.at(1).name, QStringLiteral("Linkus Cloud Service Pro"));
    QVERIFY(offering->services.isEmpty());

    // Any other layout: nested containers, string IDs, services beside plans.
    const QByteArray other = R"({
        "offeringId": 42,
        "product": {"catalogue": {"groups": [
            {"items": [{"planId": "3048941892189077504", "planName": "Turnkey"}]},
            {"addOns": [{"serviceId": 3049032352364388352, "serviceName": "Recording Minutes", "planId": 3048941892189077504}]}
        ]}},
        "again": [{"serviceId": "3049032352364388352"}]
    })";
    offering = Offering::fromJson(QJsonDocument::fromJson(other).object(), 14);
    QVERIFY(offering);
    QCOMPARE(offering->plans.size(), 1);
    QCOMPARE(offering->services.size(), 1); // the duplicate is not listed twice
    QCOMPARE(offering->services.at(0).id.toString(), QStringLiteral("3049032352364388352"));
    QCOMPARE(offering->services.at(0).name, QStringLiteral("Recording Minutes"));
    QVERIFY(offering->findPlan(EntityId::fromString(QStringLiteral("3048941892189077504"))));

    QVERIFY(!Offering::fromJson(QJsonValue(true), 14));
    QVERIFY(Offering::fromJson(QJsonObject(), 14)->isEmpty());
}

void TestApiParsing::offeringReadsLimitsAndCycles()
{
    const QByteArray json = R"({"x": [{"serviceId": 5, "name": "Minutes", "minQuantity": 100,
        "maxQuantity": "100000", "billingCycleList": ["monthly", "annually"], "multiCycleList": [0, 1],
        "planRequired": true, "purchaseType": "trial", "unitPrice": "0.01", "currencyCode": "USD"}]})";
    const auto offering = Offering::fromJson(QJsonDocument::fromJson(json).object(), 1);
    QVERIFY(offering);
    const OfferingItem &item = offering->services.at(0);
    QCOMPARE(item.minQuantity, 100);
    QCOMPARE(item.maxQuantity, 100000);
    QCOMPARE(item.billingCycles, (QStringList{QStringLiteral("monthly"), QStringLiteral("annually")}));
    QCOMPARE(item.multiCycles, (QList<int>{0, 1}));
    QVERIFY(item.planRequired);
    QVERIFY(!item.isPurchasable());
    QCOMPARE(item.unitPrice, QStringLiteral("0.01"));

    // Nothing given: the seeds' values.
    const auto bare = Offering::fromJson(QJsonDocument::fromJson(R"({"a":{"planId":7}})").object(), 1);
    QCOMPARE(bare->plans.at(0).billingCycles, QStringList{QStringLiteral("annually")});
    QCOMPARE(bare->plans.at(0).multiCycles, QList<int>{0});
    QCOMPARE(bare->plans.at(0).billingModel, QStringLiteral("recurring"));
    QCOMPARE(bare->plans.at(0).minQuantity, 1);
}

void TestApiParsing::offeringSurvivesDeepNesting()
{
    QByteArray deep;
    for (int i = 0; i < 500; ++i)
        deep += "{\"a\":";
    deep += "{\"planId\": 1}";
    for (int i = 0; i < 500; ++i)
        deep += "}";
    const auto offering = Offering::fromJson(QJsonDocument::fromJson(deep).object(), 1);
    QVERIFY(offering);
    QVERIFY(offering->plans.isEmpty()); // too deep to be a real layout; ignored, not a crash
}

void TestApiParsing::orderReceiptFromSeed()
{
    const QJsonObject envelope = testJson(QStringLiteral("examples/order_save_success.json")).object();
    const auto receipt = OrderReceipt::fromJson(envelope.value(QLatin1String("result")),
                                                envelope.value(QLatin1String("requestId")).toString());
    QVERIFY(receipt);
    QCOMPARE(receipt->orderNo, QStringLiteral("RV3401167833536552960"));
    QCOMPARE(receipt->orderId, QStringLiteral("1782020"));
    QCOMPARE(receipt->orderStatus, QStringLiteral("succeed"));
    QCOMPARE(receipt->productNo, QStringLiteral("3076913644890832896"));
    QCOMPARE(receipt->requestId, QStringLiteral("16a3dfddc232a3243c210b4fa5cf21b5"));
    // Numbers instead of strings keep their exact digits.
    const auto numeric = OrderReceipt::fromJson(
        QJsonDocument::fromJson(R"({"orderId": 1782020, "productNo": 3076913644890832896})").object(), QString());
    QCOMPARE(numeric->productNo, QStringLiteral("3076913644890832896"));
    QVERIFY(!OrderReceipt::fromJson(QJsonObject(), QString()));
}

void TestApiParsing::orderPageFromExample()
{
    const QJsonValue result = testJson(QStringLiteral("examples/order_list.json")).object().value(QLatin1String("result"));
    const auto page = OrderPage::fromJson(result);
    QVERIFY(page);
    QCOMPARE(page->total, 117);
    QCOMPARE(page->totalPage, 39);
    QVERIFY(page->hasMore());
    QCOMPARE(page->results.size(), 3);
    QCOMPARE(page->results.at(0).id, QStringLiteral("3214560987123456789"));
    QCOMPARE(page->results.at(0).createdAt().toUTC().date(), QDate(2025, 2, 11));
    QCOMPARE(page->results.at(1).orderStatus, QStringLiteral("pending"));
    QVERIFY(!OrderPage::fromJson(QJsonObject{{QStringLiteral("results"), 3}}));
}

void TestApiParsing::instanceDatesInEveryForm_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QDate>("date");
    const QDate day(2026, 3, 31);
    QTest::newRow("date") << QByteArray(R"(["2026-03-31"])") << day;
    QTest::newRow("date and time") << QByteArray(R"(["2026-03-31 23:59:59"])") << day;
    QTest::newRow("ISO with T") << QByteArray(R"(["2026-03-31T23:59:59"])") << day;
    QTest::newRow("slashes") << QByteArray(R"(["2026/03/31 08:00"])") << day;
    QTest::newRow("compact") << QByteArray(R"(["20260331"])") << day;
    const QDateTime noon(day, QTime(12, 0));
    QTest::newRow("epoch ms") << QByteArray("[" + QByteArray::number(noon.toMSecsSinceEpoch()) + "]") << day;
    QTest::newRow("epoch s") << QByteArray("[" + QByteArray::number(noon.toSecsSinceEpoch()) + "]") << day;
    QTest::newRow("epoch ms as text") << QByteArray("[\"" + QByteArray::number(noon.toMSecsSinceEpoch()) + "\"]") << day;
    QTest::newRow("UTC, shown here") << QByteArray("[\"" + noon.toUTC().toString(Qt::ISODate).toLatin1() + "\"]") << day;
    QTest::newRow("empty") << QByteArray(R"([""])") << QDate();
    QTest::newRow("words") << QByteArray(R"(["next year"])") << QDate();
    QTest::newRow("null") << QByteArray("[null]") << QDate();
    QTest::newRow("object") << QByteArray(R"([{"date": "2026-03-31"}])") << QDate();
}

void TestApiParsing::instanceDatesInEveryForm()
{
    QFETCH(QByteArray, json);
    QFETCH(QDate, date);
    QCOMPARE(ProductInstance::readDate(QJsonDocument::fromJson(json).array().at(0)), date);
}

void TestApiParsing::instancePageIsTolerant()
{
    // The documented fields, a 19-digit productNo as a bare integer, an owner given only
    // by ID, an entry that is not an object, and a field nobody documented.
    const QByteArray json = R"({"count": 3, "pageNo": 1, "pageSize": 25, "total": 3, "totalPage": 1,
        "results": [
            {"activationCode": "", "activationStatus": "activated", "comment": "Head office",
             "productNo": 3077000000050001650, "partnerId": 3201877455120978121, "expireTime": 1775001599000,
             "somethingNew": {"nested": [1, 2]}},
            "not an object",
            {"sn": "3651E1234567", "currentPlan": "Ultimate Plan", "currentPlanExpireDate": "2026-03-31",
             "companyName": "Lone Star Dental LLC"},
            {}
        ]})";
    const auto page = InstancePage::fromJson(QJsonDocument::fromJson(json).object(), 15);
    QVERIFY(page);
    QCOMPARE(page->results.size(), 3);
    QVERIFY(!page->hasMore());
    const ProductInstance &first = page->results.at(0);
    QCOMPARE(first.productId, 15);
    QCOMPARE(first.productNo, QStringLiteral("3077000000050001650"));
    QCOMPARE(first.customerId.toString(), QStringLiteral("3201877455120978121"));
    QCOMPARE(first.customerName, QString());
    QCOMPARE(first.activationStatus, QStringLiteral("activated"));
    QCOMPARE(first.comment, QStringLiteral("Head office"));
    QVERIFY(first.expiryDate.isValid());
    QVERIFY(first.raw.contains(QLatin1String("somethingNew")));
    QCOMPARE(first.key(), QStringLiteral("15/3077000000050001650"));
    const ProductInstance &second = page->results.at(1);
    QCOMPARE(second.productNo, QStringLiteral("3651E1234567"));
    QCOMPARE(second.plan, QStringLiteral("Ultimate Plan"));
    QCOMPARE(second.expiryDate, QDate(2026, 3, 31));
    QCOMPARE(second.customerName, QStringLiteral("Lone Star Dental LLC"));
    const ProductInstance &empty = page->results.at(2);
    QVERIFY(!empty.hasProductNo());
    QVERIFY(empty.key().isEmpty());
    QVERIFY(!empty.expiryDate.isValid());
    // Not the paged shape: nothing.
    QVERIFY(!InstancePage::fromJson(QJsonArray(), 15));
    QVERIFY(!InstancePage::fromJson(QJsonObject{{QStringLiteral("results"), 3}}, 15));
}

void TestApiParsing::activationCodeAndModel()
{
    const auto code = ActivationCode::fromJson(
        QJsonDocument::fromJson(R"({"code": " 4EBF-A710 ", "generateTime": 1775001599000})").object());
    QVERIFY(code);
    QCOMPARE(code->code, QStringLiteral("4EBF-A710"));
    QCOMPARE(code->generatedAt, QDateTime::fromMSecsSinceEpoch(1775001599000));
    QCOMPARE(ActivationCode::fromJson(QStringLiteral("ABC"))->code, QStringLiteral("ABC"));
    QVERIFY(!ActivationCode::fromJson(QJsonObject()));
    QCOMPARE(DeviceModel::fromJson(QJsonObject{{QStringLiteral("productModel"), QStringLiteral("P570")}})->productModel,
             QStringLiteral("P570"));
    QVERIFY(!DeviceModel::fromJson(QJsonValue()));
}

void TestApiParsing::diagnosticsRemoveSecrets()
{
    const QString jwt = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
    ApiDiagnostics::Answer json;
    json.path = QStringLiteral("/product/openapi/instance_product/v1/detail");
    json.query = QStringLiteral("productNo=3651E1234567&productId=12&access_token=abc123");
    json.httpStatus = 200;
    json.receivedAt = QDateTime::currentDateTimeUtc();
    json.body = QByteArray(R"({"code": "success", "result": {"planId": 3052260698545168384, "activationCode": "4EBF-A710",
        "nested": {"refreshToken": "r-123", "Authorization": "Bearer abc.def", "note": "token )")
        + jwt.toUtf8() + QByteArray(R"("},
        "list": [{"clientSecret": "s3cr3t", "comment": "Bearer xyz789"}], "tokenHead": null}})");
    ApiDiagnostics::Answer text;
    text.path = QStringLiteral("/order/openapi/order/v1/page");
    text.httpStatus = 502;
    text.body = R"(<html>Authorization: Bearer 0123456789abcdef "token": "t-1" client_secret=zzz</html>)";
    text.receivedAt = QDateTime::currentDateTimeUtc();

    const QByteArray file = ApiDiagnostics::render({json, text}, QStringLiteral("https://portal.example"),
                                                   QDateTime::currentDateTime());
    for (const QByteArray &secret : {QByteArray("4EBF-A710"), QByteArray("r-123"), QByteArray("abc.def"),
                                     jwt.toUtf8(), QByteArray("s3cr3t"), QByteArray("xyz789"), QByteArray("abc123"),
                                     QByteArray("0123456789abcdef"), QByteArray("t-1"), QByteArray("zzz")})
        QVERIFY2(!file.contains(secret), secret.constData());
    const QJsonObject document = QJsonDocument::fromJson(file).object();
    QCOMPARE(document.value(QLatin1String("portal")).toString(), QStringLiteral("https://portal.example"));
    const QJsonArray answers = document.value(QLatin1String("answers")).toArray();
    QCOMPARE(answers.size(), 2);
    const QJsonObject result = answers.at(0).toObject().value(QLatin1String("body")).toObject().value(QLatin1String("result")).toObject();
    // Everything else as it came: the 19-digit ID exact, the shape intact.
    QCOMPARE(result.value(QLatin1String("planId")).toInteger(), 3052260698545168384);
    QVERIFY(file.contains("3052260698545168384"));
    QCOMPARE(result.value(QLatin1String("activationCode")).toString(), QStringLiteral("[removed]"));
    QVERIFY(result.value(QLatin1String("tokenHead")).isNull());
    QCOMPARE(result.value(QLatin1String("list")).toArray().at(0).toObject().value(QLatin1String("comment")).toString(),
             QStringLiteral("Bearer [removed]"));
    QVERIFY(answers.at(0).toObject().value(QLatin1String("query")).toString().contains(QLatin1String("productNo=3651E1234567")));
    QCOMPARE(answers.at(1).toObject().value(QLatin1String("httpStatus")).toInt(), 502);
    QVERIFY(answers.at(1).toObject().value(QLatin1String("bodyText")).toString().startsWith(QLatin1String("<html>")));
}

void TestApiParsing::diagnosticsKeepTheNewestOfEachKind()
{
    ApiDiagnostics diagnostics;
    auto answer = [](const QString &path, const QString &query, const QByteArray &body) {
        ApiDiagnostics::Answer a;
        a.path = path;
        a.query = query;
        a.body = body;
        return a;
    };
    const QString r1 = QStringLiteral("/product/openapi/instance_product/v1/client/instance_product_list");
    for (int page = 1; page <= 8; ++page)
        diagnostics.record(answer(r1, QStringLiteral("productId=13&pageNo=%1").arg(page), QByteArray::number(page)));
    diagnostics.record(answer(r1, QStringLiteral("productId=12&pageNo=1"), "pse"));
    for (int order = 1; order <= 7; ++order)
        diagnostics.record(answer(QStringLiteral("/order/openapi/order/v1/get/%1").arg(order), QString(), "order"));
    diagnostics.record(answer(QStringLiteral("/x"), QString(), QByteArray(ApiDiagnostics::kLargestBody + 10, 'a')));
    QCOMPARE(diagnostics.count(), 3 * ApiDiagnostics::kKeptPerKind - 5 + 1 + 1);
    QStringList kept;
    for (const ApiDiagnostics::Answer &a : diagnostics.answers())
        kept << a.path.section(QLatin1Char('/'), -1) + QLatin1Char('?') + a.query + QLatin1Char('=') + QString::fromLatin1(a.body.left(5));
    QVERIFY(kept.contains(QStringLiteral("instance_product_list?productId=13&pageNo=8=8")));
    QVERIFY(!kept.contains(QStringLiteral("instance_product_list?productId=13&pageNo=3=3")));
    QVERIFY(kept.contains(QStringLiteral("instance_product_list?productId=12&pageNo=1=pse")));
    QVERIFY(kept.contains(QStringLiteral("7?=order")) && !kept.contains(QStringLiteral("2?=order")));
    QCOMPARE(diagnostics.answers().last().body.size(), ApiDiagnostics::kLargestBody);
}

QTEST_GUILESS_MAIN(TestApiParsing)
#include "tst_apiparsing.moc"
