#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

// One answer of the practice portal before delivery: status, content type and body.
// Builds the portal's envelope around an already serialised `result`. The body is kept
// in parts, written one after the other: a large cached result (100,000 subordinates,
// 35 MB) is shared, never copied into a fresh envelope for each request.
struct PracticeReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArrayList bodyParts;
    QByteArray requestId;

    QByteArray body() const { return bodyParts.join(); }
    qsizetype bodySize() const
    {
        qsizetype size = 0;
        for (const QByteArray &part : bodyParts)
            size += part.size();
        return size;
    }
    void setBody(const QByteArray &body) { bodyParts = QByteArrayList{body}; }
    // Rewrites the "status" of an envelope() reply; the HTTP status line stays.
    void setEnvelopeStatus(int envelopeStatus);

    static PracticeReply success(const QByteArray &requestId, const QByteArray &resultJson);
    static PracticeReply failure(int status, const QByteArray &requestId, const QString &code,
                                 const QString &detailMessage, const QByteArray &resultJson = "null");
    // parameter_validation_failed with result {"field": …, "tag": …}.
    static PracticeReply invalidParameter(const QByteArray &requestId, const QString &field,
                                          const QString &tag, const QString &detailMessage);

    static QByteArrayList envelope(const QString &code, const QString &detailMessage,
                                   const QByteArray &requestId, const QByteArray &resultJson, int status);
    // A JSON string literal (quotes included) for `text`.
    static QByteArray jsonString(const QString &text);
    // 32 lowercase hex characters, fresh each call.
    static QByteArray newRequestId();
};
