#pragma once

// Shared by tst_portalclient and tst_tokensession: wait for one PortalClient answer
// without blocking the event loop (QTest::qWaitFor keeps it turning, like QTRY_*), name
// ApiError kinds in failure messages, and build the two seed tutorials' drafts.
#include "api/AccessTokenProvider.h"
#include "api/ApiResult.h"
#include "order/OrderBodyBuilder.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTest>

#include <memory>
#include <optional>
#include <utility>

// QCOMPARE prints ApiError kinds by name (found by argument-dependent lookup).
inline char *toString(ApiError::Kind kind)
{
    using Kind = ApiError::Kind;
    const char *name = "?";
    switch (kind) {
    case Kind::None: name = "None"; break;
    case Kind::InvalidBaseUrl: name = "InvalidBaseUrl"; break;
    case Kind::CannotConnect: name = "CannotConnect"; break;
    case Kind::Timeout: name = "Timeout"; break;
    case Kind::Tls: name = "Tls"; break;
    case Kind::UntrustedCertificate: name = "UntrustedCertificate"; break;
    case Kind::ConnectionLost: name = "ConnectionLost"; break;
    case Kind::HttpStatus: name = "HttpStatus"; break;
    case Kind::Portal: name = "Portal"; break;
    case Kind::MalformedBody: name = "MalformedBody"; break;
    case Kind::TruncatedBody: name = "TruncatedBody"; break;
    case Kind::UnexpectedShape: name = "UnexpectedShape"; break;
    case Kind::InexactId: name = "InexactId"; break;
    case Kind::InconsistentAnswer: name = "InconsistentAnswer"; break;
    case Kind::Cancelled: name = "Cancelled"; break;
    case Kind::SignInRequired: name = "SignInRequired"; break;
    }
    return qstrdup(name);
}

namespace PortalTest {

// Generous: the practice portal answers on loopback in milliseconds; this only bounds
// a test that has gone wrong.
constexpr int kAnswerTimeoutMs = 15000;

// Collects the answers to one request; `calls` proves "exactly once".
template <typename T>
struct Answer
{
    std::optional<ApiResult<T>> result;
    int calls = 0;

    bool arrived() const { return result.has_value(); }
    const ApiResult<T> &operator*() const { return *result; }
    const ApiResult<T> *operator->() const { return &*result; }
};

template <typename T>
using AnswerPtr = std::shared_ptr<Answer<T>>;

template <typename T>
AnswerPtr<T> newAnswer()
{
    return std::make_shared<Answer<T>>();
}

// A callback that records into `answer`.
template <typename T>
ApiCallback<T> recordInto(const AnswerPtr<T> &answer)
{
    return [answer](const ApiResult<T> &result) {
        ++answer->calls;
        answer->result = result;
    };
}

// Starts a request through `start(callback)` and waits for its answer.
template <typename T, typename Start>
AnswerPtr<T> await(Start start, int timeoutMs = kAnswerTimeoutMs)
{
    auto answer = newAnswer<T>();
    start(recordInto(answer));
    (void)QTest::qWaitFor([&answer] { return answer->arrived(); }, timeoutMs);
    return answer;
}

// For QVERIFY2: what went wrong with an answer, in words.
template <typename T>
QByteArray describe(const AnswerPtr<T> &answer)
{
    if (!answer->arrived())
        return QByteArrayLiteral("no answer");
    const ApiError &error = answer->result->error;
    char *kind = toString(error.kind());
    const QByteArray text = QByteArray(kind) + ": "
        + (error.title() + QLatin1String(" [") + error.referenceLine() + QLatin1String("] ")
           + error.technicalDetail())
              .toUtf8();
    delete[] kind;
    return text;
}

// Hands out a fixed Authorization header (and a spare one once the first is refused),
// so that PortalClient is tested without TokenSession. `hold` keeps callers waiting
// until release(), like a session that is busy renewing.
class FixedTokenProvider : public AccessTokenProvider
{
public:
    QByteArray current;
    QByteArray spare;
    QList<QByteArray> rejected;
    bool hold = false;

    void withAccessToken(TokenCallback callback) override
    {
        if (hold) {
            m_held.append(std::move(callback));
            return;
        }
        callback(current, ApiError());
    }
    void reportRejectedToken(const QByteArray &authorization) override
    {
        rejected.append(authorization);
        if (authorization == current && !spare.isEmpty())
            current = std::exchange(spare, QByteArray());
    }
    int heldCount() const { return int(m_held.size()); }
    void release()
    {
        hold = false;
        const QList<TokenCallback> held = std::exchange(m_held, {});
        for (const TokenCallback &callback : held)
            callback(current, ApiError());
    }

private:
    QList<TokenCallback> m_held;
};

// The two seed tutorials' selections, as the wizard would fill the draft.
inline OfferingItem seedItem(OfferingItem::Kind kind, const char *id, const char *name)
{
    OfferingItem offered;
    offered.kind = kind;
    offered.id = EntityId::fromString(QString::fromLatin1(id));
    offered.name = QString::fromLatin1(name);
    offered.maxQuantity = 100000;
    return offered;
}

inline BillingContact seedBillingContact()
{
    BillingContact contact;
    contact.billingContactId = EntityId::fromString(QStringLiteral("3197218168379846218"));
    contact.firstName = QStringLiteral("Sanne");
    return contact;
}

inline OrderDraft remoteManagementPremiumSeed()
{
    OrderDraft draft;
    draft.product = Product{20, QStringLiteral("Remote Management Premium")};
    OrderLine line = OrderLine::defaultsFor(
        seedItem(OfferingItem::Kind::Service, "3375818821640175616", "Remote Management Premium"));
    line.quantity = 10;
    draft.services << line;
    draft.billingContact = seedBillingContact();
    return draft;
}

inline OrderDraft turnkeySeed()
{
    OrderDraft draft;
    draft.product = Product{14, QStringLiteral("P-Series Turnkey Package")};
    OrderLine plan = OrderLine::defaultsFor(seedItem(OfferingItem::Kind::Plan, "3048941892189077504", "Turnkey"));
    plan.quantity = 100;
    draft.plan = plan;
    OrderLine minutes = OrderLine::defaultsFor(
        seedItem(OfferingItem::Kind::Service, "3049032352364388352", "Recording Minutes"));
    minutes.quantity = 10000;
    draft.services << minutes;
    draft.billingContact = seedBillingContact();
    return draft;
}

// The order body for `draft`, or nullopt (with the builder's reasons in a warning).
inline std::optional<OrderRequest> orderFor(const OrderDraft &draft)
{
    const OrderBodyBuilder::Outcome outcome = OrderBodyBuilder::build(draft);
    if (!outcome.request)
        qWarning("draft not orderable: %s", qPrintable(outcome.problems.join(QLatin1Char(' '))));
    return outcome.request;
}

} // namespace PortalTest
