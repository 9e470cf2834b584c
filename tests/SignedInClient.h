#pragma once

// A practice portal on 127.0.0.1 and a PortalClient signed in to it through a real
// TokenSession: what the core tests load from (tst_models, tst_productoverview,
// tst_purchasesession, tst_orderfollowup).
#include "api/PortalClient.h"
#include "auth/TokenSession.h"
#include "practice/PracticePortal.h"

#include <QSignalSpy>

#include <memory>

struct SignedInClient
{
    std::unique_ptr<PracticePortal> portal;
    std::unique_ptr<PortalClient> client;
    std::unique_ptr<TokenSession> tokens;

    // False if the portal did not start or the sign-in did not succeed in time.
    bool start()
    {
        portal = std::make_unique<PracticePortal>();
        if (!portal->listen())
            return false;
        client = std::make_unique<PortalClient>();
        if (client->setBaseUrl(portal->baseUrl()).isError())
            return false;
        tokens = std::make_unique<TokenSession>(client.get());
        client->setAccessTokenProvider(tokens.get());
        QSignalSpy started(tokens.get(), &TokenSession::started);
        tokens->start(PracticePortal::practiceClientId(), PracticePortal::practiceClientSecret());
        return started.wait(10000);
    }

    // The token session and the client go before the portal they talk to.
    void stop()
    {
        if (client)
            client->setAccessTokenProvider(nullptr);
        tokens.reset();
        client.reset();
        portal.reset();
    }
};
