#include "PortalAddress.h"

#include <QHostAddress>

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QUrl PortalAddress::defaultUrl()
{
    return QUrl(QStringLiteral("https://openapi.partner.yeastar.com"));
}

ApiError PortalAddress::check(const QUrl &url)
{
    ApiError refused(ApiError::Kind::InvalidBaseUrl);
    refused.setTechnicalDetail(url.toString());
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment()
        || !url.userInfo().isEmpty())
        return refused;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return ApiError();
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return ApiError();
    return refused;
}
