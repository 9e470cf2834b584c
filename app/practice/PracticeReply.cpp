#include "PracticeReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

PracticeReply PracticeReply::success(const QByteArray &requestId, const QByteArray &resultJson)
{
    PracticeReply reply;
    reply.requestId = requestId;
    reply.bodyParts = envelope(u"success"_s, QString(), requestId, resultJson, 200);
    return reply;
}

PracticeReply PracticeReply::failure(int status, const QByteArray &requestId, const QString &code,
                                     const QString &detailMessage, const QByteArray &resultJson)
{
    PracticeReply reply;
    reply.status = status;
    reply.requestId = requestId;
    reply.bodyParts = envelope(code, detailMessage, requestId, resultJson, status);
    return reply;
}

PracticeReply PracticeReply::invalidParameter(const QByteArray &requestId, const QString &field,
                                              const QString &tag, const QString &detailMessage)
{
    const QJsonObject result{{u"field"_s, field}, {u"tag"_s, tag}};
    return failure(400, requestId, u"parameter_validation_failed"_s, detailMessage,
                   QJsonDocument(result).toJson(QJsonDocument::Compact));
}

void PracticeReply::setEnvelopeStatus(int envelopeStatus)
{
    // envelope() writes head, result and a tail that holds nothing but the status.
    if (bodyParts.size() == 3)
        bodyParts.last() = ",\"status\":" + QByteArray::number(envelopeStatus) + '}';
}

QByteArrayList PracticeReply::envelope(const QString &code, const QString &detailMessage,
                                       const QByteArray &requestId, const QByteArray &resultJson, int status)
{
    // Spliced by hand around the pre-serialised result, keys in the portal's
    // (alphabetical) order.
    const QByteArray head = "{\"code\":" + jsonString(code) + ",\"detailMessage\":"
        + jsonString(detailMessage) + ",\"requestId\":\"" + requestId + "\",\"result\":";
    const QByteArray tail = ",\"status\":" + QByteArray::number(status) + '}';
    return {head, resultJson.isEmpty() ? QByteArray("null") : resultJson, tail};
}

QByteArray PracticeReply::jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray PracticeReply::newRequestId()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    QByteArray id;
    for (quint32 word : words)
        id += QByteArray::number(word, 16).rightJustified(8, '0');
    return id;
}
