#pragma once

#include "PracticeReply.h"

#include <QString>
#include <QUrlQuery>

class PracticeCatalogue;

// The practice portal's answers to the six terms requests
// (pricing/openapi/purchase/v1/{trial|purchase|renew}/{plan_info|add_on_info}/{id}). The
// vendor's pages lose every result field, so the answer's shape is our assumption and
// says so in a "_guess_" field: price, currency, cycles and limits from the catalogue.
class PracticeTerms
{
public:
    explicit PracticeTerms(const PracticeCatalogue &catalogue);

    // Whether `path` is one of the six; `kind`, `isPlan` and `id` are filled from it.
    static bool matches(const QString &path, QString *kind = nullptr, bool *isPlan = nullptr,
                        QString *id = nullptr);

    PracticeReply answer(const QString &path, const QUrlQuery &query, const QByteArray &requestId) const;

private:
    const PracticeCatalogue &m_catalogue;
};
