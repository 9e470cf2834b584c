#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QString>

#include "TestPaths.h"

// Reads a file from tests/data (examples/ holds the API reference's example payloads).
inline QByteArray testData(const QString &relativePath)
{
    QFile file(testPath("data") + QLatin1Char('/') + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline QJsonDocument testJson(const QString &relativePath)
{
    return QJsonDocument::fromJson(testData(relativePath));
}

// ---------------------------------------------------------------------------------------
// Receipts for the history, CSV and PDF tests: realistic values, 19-digit IDs above 2^53.
#include "order/Receipt.h"

#include <QTimeZone>

// The seed tutorial's P-Series Turnkey order (order_save_success.json), for a customer.
inline Receipt sampleReceipt()
{
    Receipt receipt;
    receipt.accountId = QStringLiteral("pp-client@https://openapi.partner.yeastar.com");
    receipt.accountLabel = QStringLiteral("ACME Telecom (reseller)");
    receipt.placedAt = QDateTime(QDate(2025, 2, 11), QTime(14, 33, 35, 120), QTimeZone::utc());
    receipt.productId = 14;
    receipt.productName = QStringLiteral("P-Series Cloud Edition");
    receipt.recipientName = QStringLiteral("Müller & Söhne GmbH, Köln");
    receipt.recipientPartnerId = QStringLiteral("3166229188331270144");
    Receipt::Line plan;
    plan.serviceType = QStringLiteral("plan");
    plan.id = QStringLiteral("3048941892189077504");
    plan.name = QStringLiteral("Enterprise Plan");
    plan.quantity = 100;
    plan.billingCycle = QStringLiteral("annually");
    plan.quantityUnit = QStringLiteral("extension");
    Receipt::Line minutes = plan;
    minutes.serviceType = QStringLiteral("service");
    minutes.id = QStringLiteral("3049032352364388352");
    minutes.name = QStringLiteral("Recording Minutes");
    minutes.quantity = 10000;
    minutes.quantityUnit = QStringLiteral("minute");
    receipt.lines = {plan, minutes};
    receipt.billingContactName = QStringLiteral("Jane Doe, \"Accounts\" dept.");
    receipt.billingContactId = QStringLiteral("3197218168379846218");
    receipt.poNumber = QStringLiteral("PO-2025-0042");
    receipt.portal.instanceId = QStringLiteral("1948832");
    receipt.portal.orderId = QStringLiteral("1782020");
    receipt.portal.orderNo = QStringLiteral("RV3401167833536552960");
    receipt.portal.orderStatus = QStringLiteral("succeed");
    receipt.portal.productNo = QStringLiteral("3076913644890832896");
    receipt.portal.transactionNo = QStringLiteral("MI3401167834610294785");
    receipt.portal.requestId = QStringLiteral("16a3dfddc232a3243c210b4fa5cf21b5");
    receipt.requestBody = testData(QStringLiteral("examples/order_request_turnkey_seed.json"));
    return receipt;
}

// The n-th of many distinct receipts, one hour apart, oldest first; every fifth pending.
inline Receipt numberedReceipt(int n)
{
    static const QStringList products{QStringLiteral("P-Series Cloud Edition"),
                                      QStringLiteral("Linkus Cloud Service"),
                                      QStringLiteral("Software PBX (PSE Self-hosted)")};
    static const QStringList customers{QStringLiteral("Acme Hotels"), QStringLiteral("Zeta Logistics"),
                                       QStringLiteral("Café Örebro AB"), QString()};
    Receipt receipt = sampleReceipt();
    receipt.placedAt = QDateTime(QDate(2024, 1, 1), QTime(8, 0), QTimeZone::utc()).addSecs(qint64(n) * 3600);
    receipt.productName = products.at(n % products.size());
    receipt.recipientName = customers.at(n % customers.size());
    receipt.recipientPartnerId = receipt.recipientName.isEmpty()
        ? QString()
        : QString::number(3166229188331270144LL + n);
    receipt.lines[0].quantity = 1 + n % 250;
    receipt.portal.orderNo = QStringLiteral("%1").arg(2024010100000000LL + n); // all digits, 16 of them
    receipt.portal.orderId = QString::number(3214560987123400000LL + n);       // 19 digits, above 2^53
    receipt.portal.orderStatus = n % 5 == 0 ? QStringLiteral("pending") : QStringLiteral("succeed");
    receipt.portal.requestId = QStringLiteral("req%1").arg(n, 8, 16, QLatin1Char('0'));
    receipt.poNumber = n % 7 == 0 ? QStringLiteral("00%1").arg(n) : QString();
    return receipt;
}
