#pragma once

// A practice portal on 127.0.0.1 and a PortalClient signed in to it through a real
// TokenSession: what the model tests load from (tst_models, tst_productoverview).
#include "api/PortalClient.h"
#include "auth/TokenSession.h"
#include "practice/PracticePortal.h"

#include <QSignalSpy>

#include <memory>

struct SignedInClient
{
    std::unique_ptr<PracticePortal> portal;
    std::unique_ptr<PortalClient> client;
    std::unique_ptr<TokenSession> session;

    // False if the portal did not start or the sign-in did not succeed in time.
    bool start()
    {
        portal = std::make_unique<PracticePortal>();
        if (!portal->listen())
            return false;
        client = std::make_unique<PortalClient>();
        if (client->setBaseUrl(portal->baseUrl()).isError())
            return false;
        session = std::make_unique<TokenSession>(client.get());
        client->setAccessTokenProvider(session.get());
        QSignalSpy signedIn(session.get(), &TokenSession::signedIn);
        session->signIn(PracticePortal::practiceClientId(), PracticePortal::practiceClientSecret());
        return signedIn.wait(10000);
    }

    // The session and the client go before the portal they talk to.
    void stop()
    {
        session.reset();
        client.reset();
        portal.reset();
    }
};
