// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/relationconditions.h"

namespace Lagebild {

namespace {

// The claim of an automatic row was rejected in its article (index relations_reviewed).
QString claimRejected(QLatin1String r)
{
    return QStringLiteral(
        "EXISTS (SELECT 1 FROM relations x WHERE x.article_id = %1.article_id AND x.type = %1.type AND "
        "x.source_entity = %1.source_entity AND x.target_entity = %1.target_entity AND x.origin = "
        "'manual' AND x.status = 'rejected')")
        .arg(r);
}

QString notRejected(QLatin1String r)
{
    return QStringLiteral("%1.status = 'active' AND (%1.origin = 'manual' OR NOT %2)")
        .arg(r, claimRejected(r));
}

} // namespace

QString relationVerdictSql(QLatin1String r)
{
    return QStringLiteral("(CASE WHEN %1.status = 'rejected' THEN 2 WHEN %1.origin = 'manual' THEN 1 WHEN %2 "
                          "THEN 2 ELSE 0 END)")
        .arg(r, claimRejected(r));
}

QString relationTrustSql(QLatin1String r)
{
    return QStringLiteral(
        "(CASE WHEN %1.origin = 'manual' THEN 0 WHEN %1.confidence >= %2 THEN 1 ELSE 2 END)")
        .arg(r)
        .arg(highConfidence);
}

QString trustedRelationSql(QLatin1String r)
{
    return QStringLiteral("(%1 AND (%2.origin = 'manual' OR coalesce(%2.confidence, %3) >= %3))")
        .arg(notRejected(r), r)
        .arg(trustedConfidence);
}

QString shownRelationSql(QLatin1String r, DoubtfulRelations doubtful)
{
    if (doubtful == DoubtfulRelations::Faint)
        return QStringLiteral("(%1)").arg(notRejected(r));
    return QStringLiteral("(%1 AND (%2.origin = 'manual' OR %2.confidence >= %3))")
        .arg(notRejected(r), r)
        .arg(highConfidence);
}

} // namespace Lagebild
