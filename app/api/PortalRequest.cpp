#include "PortalRequest.h"

#include "AccessTokenProvider.h"
#include "ApiLog.h"
#include "PortalClient.h"

#include <QNetworkReply>

#include <algorithm>
#include <cstring>
#include <utility>

namespace {

// An order body that can be read once. Qt's HTTP/1 code silently re-sends a request whose
// connection closed before an answer arrived, POSTs included (Qt 6.4 sent the body twice
// to a server that read it and hung up). For a paid order that is a second purchase: this
// device refuses to rewind once Qt has read from it, so the re-send fails with
// ContentReSendError and the caller hears "outcome unknown" instead.
class SendOnceBody : public QIODevice
{
public:
    explicit SendOnceBody(const QByteArray &body)
        : m_body(body)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_body.size(); }
    bool seek(qint64 position) override
    {
        if (m_handedOut > 0 && position < m_handedOut)
            return false;
        return QIODevice::seek(position);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - pos());
        if (count <= 0)
            return 0;
        std::memcpy(data, m_body.constData() + pos(), size_t(count));
        m_handedOut = std::max(m_handedOut, pos() + count);
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_body;
    qint64 m_handedOut = 0;
};

// Appends what has arrived of `reply` to `body`, which is sized for the announced length
// on first use so that a long answer is not copied again each time it grows.
void readArrived(QNetworkReply *reply, QByteArray &body)
{
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    constexpr qint64 largestReservation = 256 * 1024 * 1024; // a lying Content-Length costs no more
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (body.isEmpty() && announced > available && announced <= largestReservation)
        body.reserve(qsizetype(announced));
    const qsizetype before = body.size();
    body.resize(before + qsizetype(available));
    const qint64 read = reply->read(body.data() + before, available);
    body.resize(before + qsizetype(std::max<qint64>(read, 0)));
}

RawReply failure(ApiError::Kind kind)
{
    return RawReply{ApiError(kind), 0, {}};
}

} // namespace

PortalRequest::PortalRequest(PortalClient *client, QNetworkAccessManager *network, const PortalRequestSpec &spec,
                             const QNetworkRequest &prepared, const QPointer<QObject> &context, Done done)
    : QObject(client)
    , m_client(client)
    , m_network(network)
    , m_spec(spec)
    , m_prepared(prepared)
    , m_context(context)
    , m_done(std::move(done))
{
    // A read-only request whose context goes away is aborted, so that closing a window
    // frees the connections its loads held. (A widget's QPointer is still set while it
    // announces its destruction: the flag, not the pointer, says it is gone.)
    if (m_context && !m_spec.isOrder) {
        connect(m_context.data(), &QObject::destroyed, this, [this] {
            m_contextGone = true;
            if (m_reply)
                m_reply->abort();
        });
    }
}

PortalRequest::~PortalRequest()
{
    if (m_reply) {
        // Going away with the client: the reply must not call into a deleted request.
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PortalRequest::start()
{
    if (!m_spec.authenticated) {
        sendWhenTrusted(QByteArray());
        return;
    }
    AccessTokenProvider *tokens = m_client->accessTokenProvider();
    if (!tokens) {
        finish(failure(ApiError::Kind::SignInRequired));
        return;
    }
    QPointer<PortalRequest> self(this);
    tokens->withAccessToken([self](const QByteArray &authorization, const ApiError &error) {
        if (!self)
            return;
        if (self->m_cancelled)
            self->finish(failure(ApiError::Kind::Cancelled));
        else if (error.isError())
            self->finish(RawReply{error, 0, {}});
        else if (self->nobodyWaits())
            self->drop(); // not worth sending
        else
            self->sendWhenTrusted(authorization);
    });
}

void PortalRequest::cancel()
{
    m_cancelled = true; // a request still waiting for its token is cancelled when it arrives
    if (m_reply)
        m_reply->abort(); // → replyFinished(), which reports the cancel
}

void PortalRequest::sendWhenTrusted(const QByteArray &authorization)
{
    m_client->certificateTrust().withConfiguration(
        this, [this, authorization](const CertificateTrust::Configuration &tls) {
            if (m_cancelled)
                finish(failure(ApiError::Kind::Cancelled));
            else
                send(authorization, tls);
        });
}

void PortalRequest::send(const QByteArray &authorization, const CertificateTrust::Configuration &tls)
{
    m_authorization = authorization;
    m_received.clear();
    m_certificateProblem.clear();
    QNetworkRequest request = m_prepared;
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (tls)
        request.setSslConfiguration(*tls);

    if (m_spec.operation != QNetworkAccessManager::PostOperation) {
        m_reply = m_network->get(request);
    } else if (m_spec.isOrder) {
        auto *body = new SendOnceBody(m_spec.body);
        m_reply = m_network->post(request, body);
        body->setParent(m_reply);
    } else {
        m_reply = m_network->post(request, m_spec.body);
    }

    // The body is read as it arrives, at most 1 MB at a time (Qt stops reading from the
    // socket until we have taken it): read all at once at the end, a list of 100,000
    // customers held the GUI thread for a noticeable moment.
    connect(m_reply, &QIODevice::readyRead, this, [this] { readArrived(m_reply, m_received); });
    m_reply->setReadBufferSize(1024 * 1024);
    // Never ignored: the certificate is only described, for the user's IT department.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (CertificateTrust::isCertificateProblem(errors))
            m_certificateProblem = CertificateTrust::describe(m_reply->sslConfiguration().peerCertificateChain(), errors);
    });
    connect(m_reply, &QNetworkReply::finished, this, &PortalRequest::replyFinished);
}

void PortalRequest::replyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    // A transfer timeout ends the reply with OperationCanceledError, like a cancel: our
    // own flag tells them apart.
    const bool timedOut = !m_cancelled && reply->error() == QNetworkReply::OperationCanceledError;
    const RawReply raw = classify(reply, std::exchange(m_received, QByteArray()), timedOut);
    const char *method = m_spec.operation == QNetworkAccessManager::PostOperation ? "POST" : "GET";
    qCDebug(lcApi).noquote() << method << m_spec.path << "→ HTTP" << raw.httpStatus << raw.body.size() << "bytes";

    if (nobodyWaits()) {
        drop();
        return;
    }

    // One replay after the portal refused the token: that answer proves the request was
    // not carried out, so even an order may be sent again, once.
    AccessTokenProvider *tokens = m_client->accessTokenProvider();
    if (m_spec.authenticated && !m_replayed && !raw.transportError.isError()
        && Envelope::isTokenRejection(raw.body, raw.httpStatus) && tokens) {
        qCInfo(lcApi) << "access token refused on" << m_spec.path << "- refreshing and replaying once";
        tokens->reportRejectedToken(m_authorization);
        m_replayed = true;
        start();
        return;
    }
    if (raw.transportError.isError() || raw.httpStatus < 200 || raw.httpStatus >= 300)
        qCWarning(lcApi).noquote() << m_spec.path << "failed:" << raw.httpStatus
                                   << raw.transportError.technicalDetail();
    finish(raw);
}

RawReply PortalRequest::classify(QNetworkReply *reply, QByteArray received, bool timedOut) const
{
    RawReply raw;
    raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) { // closed once aborted
        readArrived(reply, received);
        raw.body = std::move(received);
    }
    const QNetworkReply::NetworkError error = reply->error();

    auto fail = [&](ApiError::Kind kind) {
        raw.transportError = ApiError(kind);
        raw.transportError.setNetworkError(error)
            .setHttpStatus(raw.httpStatus)
            .setTechnicalDetail(reply->errorString());
        return raw;
    };

    if (m_cancelled)
        return fail(ApiError::Kind::Cancelled);
    if (timedOut || error == QNetworkReply::TimeoutError)
        return fail(ApiError::Kind::Timeout);

    // A complete HTTP answer (any status): the envelope decides. Qt flags 4xx/5xx as
    // errors, but their bodies still carry the portal's code and requestId.
    const bool httpLevelError = error >= QNetworkReply::ContentAccessDenied
        && error <= QNetworkReply::UnknownServerError;
    if (error == QNetworkReply::NoError || (httpLevelError && raw.httpStatus > 0)) {
        const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
        if (announced.isValid() && announced.toLongLong() > raw.body.size())
            return fail(ApiError::Kind::TruncatedBody);
        return raw;
    }

    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return fail(ApiError::Kind::CannotConnect);
    case QNetworkReply::SslHandshakeFailedError:
        if (m_certificateProblem.isEmpty())
            return fail(ApiError::Kind::Tls);
        fail(ApiError::Kind::UntrustedCertificate);
        raw.transportError.setDetails(m_certificateProblem);
        return raw;
    case QNetworkReply::ContentReSendError: {
        // Qt wanted to send an order body again after the connection closed; SendOnceBody
        // refused. Whether the first copy was acted on is unknown.
        RawReply lost = fail(ApiError::Kind::ConnectionLost);
        lost.transportError.setTechnicalDetail(
            tr("connection closed before the answer; the request was not sent again"));
        return lost;
    }
    case QNetworkReply::RemoteHostClosedError:
        // Closed after the status line arrived: the body was cut short.
        return fail(raw.httpStatus > 0 ? ApiError::Kind::TruncatedBody : ApiError::Kind::ConnectionLost);
    default:
        return fail(ApiError::Kind::ConnectionLost);
    }
}

void PortalRequest::finish(const RawReply &raw)
{
    if (m_finished)
        return;
    m_finished = true;
    deleteLater();
    m_done(raw);
}

void PortalRequest::drop()
{
    m_finished = true; // nobody is waiting any more: no answer at all
    deleteLater();
}
