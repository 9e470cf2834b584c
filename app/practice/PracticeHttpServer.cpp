#include "PracticeHttpServer.h"

#include <QTcpSocket>

PracticeHttpServer::PracticeHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

bool PracticeHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true; // every request is answered (or deliberately not) by the handler
}

void PracticeHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Unreachable (handleRequest never declines); close rather than leave a client hanging.
    socket->disconnectFromHost();
}
