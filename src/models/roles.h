// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Lagebild {

/// Custom item data roles of every Lagebild model, in one place (as Zeal's itemdatarole.h).
enum ItemDataRole {
    ArticleIdRole = Qt::UserRole + 1, ///< qint64
    SortRole, ///< value for sorting a column (ISO date, lower-case title)
    PublishedUncertainRole, ///< bool
    MentionStartRole, ///< int, UTF-16 offset into the article body
    MentionEndRole, ///< int, exclusive
    EntityTypeRole, ///< QString: COMPANY, AGENCY, …
    CanonicalRole, ///< QString
    QuantityValueRole, ///< QString: "421000" or "12-15"
    QuantityUnitRole, ///< QString
    QuantityApproxRole, ///< bool
    DateNormRole, ///< QString
    EntityIdRole, ///< qint64, entities.id
    IssueSeverityRole, ///< int: IssueSeverity
    IssueSourceRole, ///< int: IssueSource
    FilePathRole, ///< QString, a local file a row is about
};

} // namespace Lagebild
