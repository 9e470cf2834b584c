#pragma once

#include <QAbstractHttpServer>

#include <functional>

class QHttpServerRequest;
class QTcpSocket;

// Qt HttpServer's parser in front of one catch-all handler: the practice portal routes,
// checks and answers every request itself, writing straight to the socket, so that the
// same fault and latency machinery covers every route (and a connection can be dropped).
class PracticeHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit PracticeHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
