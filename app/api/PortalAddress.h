#pragma once

#include "ApiError.h"

#include <QUrl>

// Which Partner Portal addresses the app talks to: the settings, the sign-in dialog, the
// command line and PortalClient all ask here, so that one rule decides.
namespace PortalAddress {

// Yeastar's own OpenAPI address.
QUrl defaultUrl();

// The error that makes `url` unacceptable, or none. Only https://, or http:// to a
// loopback address (the practice portal, tests): a secret never crosses a network in
// the clear. No query, fragment or user info either.
ApiError check(const QUrl &url);

} // namespace PortalAddress
