#include "TermsQuery.h"

QString TermsQuery::path() const
{
    const QLatin1String kindPath = kind == Kind::Trial ? QLatin1String("trial")
        : kind == Kind::Renew                          ? QLatin1String("renew")
                                                       : QLatin1String("purchase");
    return QStringLiteral("/pricing/openapi/purchase/v1/%1/%2/%3")
        .arg(kindPath, isPlan ? QLatin1String("plan_info") : QLatin1String("add_on_info"), itemId.toString());
}

QUrlQuery TermsQuery::query() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("productId"), QString::number(productId));
    if (!productNo.isEmpty())
        query.addQueryItem(QStringLiteral("productNo"), productNo);
    if (!isPlan && connectionPlanId.isValid())
        query.addQueryItem(QStringLiteral("connectionPlanId"), connectionPlanId.toString());
    return query;
}
