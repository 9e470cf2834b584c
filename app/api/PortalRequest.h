#pragma once

#include "CertificateTrust.h"
#include "PortalAnswer.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <functional>

class AccessTokenProvider;
class PortalClient;

// What one call asks of the portal; PortalClient's endpoint methods fill it in.
struct PortalRequestSpec
{
    QNetworkAccessManager::Operation operation = QNetworkAccessManager::GetOperation;
    QString path; // for the log: never the query, headers or body
    QByteArray body;
    bool authenticated = true;
    bool isOrder = false; // by a device that cannot rewind: never re-sent unnoticed
};

// One request in flight, from the access token to the classified answer. It reads the
// body as it arrives, tells its own timeout from a cancel, describes a certificate it
// did not trust, and sends once more — only — after the portal refused the access token
// (an answer that proves nothing was done). It calls back exactly once (not at all when
// the context is gone, unless it is an order: a read-only request is then aborted), then
// deletes itself.
class PortalRequest : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const RawReply &)>;

    // `prepared` holds the URL and every header but Authorization. `client` parents the
    // request and hands out the access token provider of the moment and the trusted
    // certificates.
    PortalRequest(PortalClient *client, QNetworkAccessManager *network, const PortalRequestSpec &spec,
                  const QNetworkRequest &prepared, const QPointer<QObject> &context, Done done);
    ~PortalRequest() override;

    // Asks for an access token (when the request needs one), then sends.
    void start();
    // Abandons the request, also while it waits for a token: it reports Kind::Cancelled.
    void cancel();

private:
    // Sends once the trusted certificates are known (at once, unless SSL_CERT_FILE /
    // SSL_CERT_DIR are still being read).
    void sendWhenTrusted(const QByteArray &authorization);
    void send(const QByteArray &authorization, const CertificateTrust::Configuration &tls);
    void replyFinished();
    RawReply classify(QNetworkReply *reply, QByteArray received, bool timedOut) const;
    bool nobodyWaits() const { return (!m_context || m_contextGone) && !m_spec.isOrder; }
    void finish(const RawReply &raw);
    void drop();

    PortalClient *m_client;
    QNetworkAccessManager *m_network;
    const PortalRequestSpec m_spec;
    const QNetworkRequest m_prepared;
    const QPointer<QObject> m_context;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_authorization; // the header sent; reported back if the portal refuses it
    QByteArray m_received;
    QString m_certificateProblem; // why the server's certificate was not trusted, if it was not
    bool m_replayed = false;
    bool m_contextGone = false; // set while the context announces its destruction
    bool m_cancelled = false;
    bool m_finished = false;
};
