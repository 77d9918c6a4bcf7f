// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/relationtrust.h"

#include <QString>

namespace Lagebild {

// SQL fragments over a `relations` row with the given alias, so that the network, the event
// lanes, the review lists and the CLI agree on what a rejected, confirmed, high or doubtful
// relation is.

/// The row's verdict as an integer (RelationVerdict: 0 unreviewed, 1 confirmed, 2 rejected). An
/// automatic row counts as rejected when the analyst rejected the same claim (type, source,
/// target) in its article: re-analysis would not store it again either.
[[nodiscard]] QString relationVerdictSql(QLatin1String alias);
/// The row's RelationTrust as an integer (0 confirmed, 1 high, 2 doubtful); meaningless for a
/// rejected row.
[[nodiscard]] QString relationTrustSql(QLatin1String alias);
/// The row is a claim worth dating as an event: not rejected, and confirmed or at least at the
/// engine's threshold (a row stored before confidences counts as at the threshold).
[[nodiscard]] QString trustedRelationSql(QLatin1String alias);
/// The row is drawn under the analyst's choice for doubtful relations: never when rejected;
/// doubtful ones only when they are drawn faint.
[[nodiscard]] QString shownRelationSql(QLatin1String alias, DoubtfulRelations doubtful);

} // namespace Lagebild
