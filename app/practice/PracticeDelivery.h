#pragma once

#include "PracticeFault.h"
#include "PracticeReply.h"

#include <chrono>
#include <functional>

class QTcpSocket;

// Writes a reply to the client's socket as raw HTTP/1.1, after the configured latency,
// and plays the transport faults (5xx, malformed, truncated, HTML, drop, no answer).
// Never blocks: a later answer is sent from a timer bound to the socket, so it is
// cancelled if the client gives up and the socket goes away. `answered` runs once the
// answer is written or can no longer be (never for NoAnswer).
class PracticeDelivery
{
public:
    static void deliver(QTcpSocket *socket, const PracticeReply &reply, const PracticeFault &fault,
                        std::chrono::milliseconds latency, const std::function<void()> &answered);

private:
    static void send(QTcpSocket *socket, const PracticeReply &reply, const PracticeFault &fault);
    static void write(QTcpSocket *socket, const PracticeReply &reply, qint64 contentLength,
                      qint64 bytesToWrite);
    static QByteArray reasonPhrase(int status);
};
