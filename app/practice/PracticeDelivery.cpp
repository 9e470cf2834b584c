#include "PracticeDelivery.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kLargeBody = 256 * 1024;
}

void PracticeDelivery::deliver(QTcpSocket *socket, const PracticeReply &reply, const PracticeFault &fault,
                               std::chrono::milliseconds latency, const std::function<void()> &answered)
{
    if (fault.kind() == PracticeFault::Kind::NoAnswer)
        return; // the connection stays open and silent until the client gives up
    std::chrono::milliseconds wait = latency;
    if (fault.kind() == PracticeFault::Kind::Delay)
        wait += fault.extraDelay();
    if (wait <= std::chrono::milliseconds(0)) {
        send(socket, reply, fault);
        answered();
        return;
    }
    // Bound to the socket, the timer goes with it: a guard object tells `answered` either way.
    struct Done
    {
        std::function<void()> answered;
        ~Done() { answered(); }
    };
    auto done = std::make_shared<Done>();
    done->answered = answered;
    const QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(wait, socket, [guarded, reply, fault, done] {
        if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
            send(guarded, reply, fault);
    });
}

void PracticeDelivery::send(QTcpSocket *socket, const PracticeReply &reply, const PracticeFault &fault)
{
    PracticeReply faulty = reply;
    switch (fault.kind()) {
    case PracticeFault::Kind::DropConnection:
        // Close the TCP connection before a single byte of the answer.
        socket->abort();
        return;
    case PracticeFault::Kind::TruncatedBody:
        // Declare the whole body, send half of it, then close: the client must not
        // mistake what arrived for a complete answer.
        write(socket, reply, reply.bodySize(), reply.bodySize() / 2);
        socket->disconnectFromHost();
        return;
    case PracticeFault::Kind::HttpError:
        faulty
            = PracticeReply::failure(fault.httpStatus(), reply.requestId, u"internal_error"_s,
                                     u"The portal could not process the request, please try again later"_s);
        break;
    case PracticeFault::Kind::MalformedJson:
        faulty.status = 200;
        faulty.contentType = "application/json";
        faulty.setBody("{\"code\": \"success\", \"result\": [");
        break;
    case PracticeFault::Kind::HtmlPage:
        faulty.status = 502;
        faulty.contentType = "text/html";
        faulty.setBody("<html><body><h1>502 Bad Gateway</h1></body></html>");
        break;
    case PracticeFault::Kind::SuccessWithHttpError:
        faulty.status = fault.httpStatus(); // the body still says "success", status 200
        break;
    case PracticeFault::Kind::ErrorStatusInSuccess:
        faulty.setEnvelopeStatus(fault.httpStatus()); // HTTP 200, "success", and an error status
        break;
    case PracticeFault::Kind::None:
    case PracticeFault::Kind::Delay:
    case PracticeFault::Kind::PortalError:
    case PracticeFault::Kind::NoAnswer:
    case PracticeFault::Kind::ExpiredToken:
    case PracticeFault::Kind::EmptyList:
        break; // already part of `reply`
    }
    write(socket, faulty, faulty.bodySize(), faulty.bodySize());
}

void PracticeDelivery::write(QTcpSocket *socket, const PracticeReply &reply, qint64 contentLength,
                             qint64 bytesToWrite)
{
    // No Nagle: a reply written in several pieces must not wait for the client's delayed ACK
    // (40 ms per request on Linux loopback).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += "\r\n";
    if (bytesToWrite < reply.bodySize()) {
        socket->write(head + reply.body().left(bytesToWrite));
        return;
    }
    if (reply.bodySize() < kLargeBody) {
        socket->write(head + reply.body());
        return;
    }
    // Part by part, each as a QByteArray: QIODevice keeps a large one by reference instead
    // of copying it into its write buffer (100,000 subordinates are 35 MB).
    socket->write(head);
    for (const QByteArray &part : reply.bodyParts)
        socket->write(part);
}

QByteArray PracticeDelivery::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}
