#pragma once

// Shared by the fuzz targets: a check that turns a broken invariant into a finding, a quiet
// Qt, and the client's own path from a reply body to a result (envelope first).

#include "api/ApiError.h"
#include "api/EntityId.h"
#include "api/Envelope.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <optional>

// A violated invariant is a finding like a crash: say which, then abort so that libFuzzer
// saves the input (crash-<sha1>) and the run fails.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "\nINVARIANT VIOLATED: %s\n    at %s:%d\n", #condition, __FILE__, \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

// The same, with two texts to show (what was expected, what was found) on failure.
#define FUZZ_CHECK_TEXT(condition, expected, found)                                                 \
    do {                                                                                            \
        if (!(condition)) {                                                                         \
            std::fprintf(stderr, "\nexpected: %s\nfound:    %s\n", (expected).toUtf8().constData(), \
                         (found).toUtf8().constData());                                             \
            FUZZ_CHECK(condition);                                                                  \
        }                                                                                           \
    } while (false)

namespace FuzzSupport {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The parsers log what they skip (qCWarning); at thousands of inputs a second that is noise
// and time. Fatal messages still abort (Qt aborts after the handler), so Q_ASSERT counts.
inline void silenceQt()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

// True when `text` survives UTF-8 and back: what a JSON writer can carry exactly. A string
// read from JSON may hold a lone surrogate ("\ud800"), which no UTF-8 writer can.
inline bool survivesUtf8(const QString &text)
{
    return QString::fromUtf8(text.toUtf8()) == text;
}

// Rich text the app shows (receipts, order details) holds only the formatter's own tags:
// every '<' must open or close one of `allowed`, so nothing a server sent became markup.
inline void checkOnlyTags(const QString &html, std::initializer_list<const char *> allowed)
{
    for (qsizetype at = html.indexOf(QLatin1Char('<')); at >= 0;
         at = html.indexOf(QLatin1Char('<'), at + 1)) {
        qsizetype start = at + 1;
        if (start < html.size() && html.at(start) == QLatin1Char('/'))
            ++start;
        qsizetype end = start;
        while (end < html.size() && html.at(end).isLetterOrNumber() && html.at(end).unicode() < 128)
            ++end;
        const QString name = html.mid(start, end - start);
        bool known = false;
        for (const char *tag : allowed)
            known = known || name == QLatin1String(tag);
        FUZZ_CHECK(known);
    }
}

// An ID is its canonical digits: 1 to 19 ASCII digits, no leading zero, a qint64.
inline void checkEntityId(const EntityId &id)
{
    if (!id.isValid()) {
        FUZZ_CHECK(id.toString().isEmpty());
        return;
    }
    const QString &digits = id.toString();
    FUZZ_CHECK(digits.size() >= 1 && digits.size() <= 19);
    for (const QChar c : digits)
        FUZZ_CHECK(c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    FUZZ_CHECK(digits.size() == 1 || digits.at(0) != QLatin1Char('0'));
    FUZZ_CHECK(QString::number(id.toInteger()) == digits);
    FUZZ_CHECK(EntityId::fromString(digits) == id);
    FUZZ_CHECK(EntityId::fromJson(id.toJsonString()) == id);
    FUZZ_CHECK(EntityId::fromJson(id.toJsonInteger()) == id);
}

// Everything the UI does with a failed request's error: the inline message, the support
// line, and the decisions the order flow takes from it.
inline void exerciseError(const ApiError &error)
{
    FUZZ_CHECK(error.title().isEmpty() != error.isError());
    const QString message = error.userMessage();
    // The portal's own words reach the user as they are, whatever they contain.
    if (!error.detailMessage().isEmpty())
        FUZZ_CHECK(message.contains(error.detailMessage()));
    const QString reference = error.referenceLine();
    if (!error.requestId().isEmpty())
        FUZZ_CHECK(reference.contains(error.requestId()));
    (void)error.isAuthenticationFailure();
    (void)error.isServerFailure();
    (void)error.provesRequestNotApplied();
}

// PortalAnswer::read without the transport: Envelope::read decides, and a result parser
// only ever sees a successful envelope. nullopt: refused.
inline std::optional<Envelope> readEnvelope(const QByteArray &body, int httpStatus = 200)
{
    Envelope envelope;
    const ApiError error = Envelope::read(body, httpStatus, envelope);
    exerciseError(error);
    if (!error.isError()) // usable only as a success (a "success" can still be refused)
        FUZZ_CHECK(envelope.isSuccess());
    if (error.isError())
        return std::nullopt;
    return envelope;
}

} // namespace FuzzSupport
