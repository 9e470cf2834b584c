#pragma once

#include <QLoggingCategory>

// pp.auth: sign-in, refresh and keychain outcomes. Never a secret or a token.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
