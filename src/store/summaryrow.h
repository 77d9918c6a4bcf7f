// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QStringView>

namespace Lagebild {

namespace Sqlite {
class Statement;
}

/// The columns every query that fills an ArticleSummary selects first, in this order, from
/// `articles a LEFT JOIN sources s`.
inline constexpr QStringView summaryColumns
    = u"a.id, a.title, s.name, a.published, a.published_precision, a.published_origin, "
      u"a.published_uncertain, a.language, a.duplicate_of, "
      u"(SELECT group_concat(t.name, char(31)) FROM article_tags at "
      u"JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id), "
      u"(SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.status = 'active')";
inline constexpr int summaryColumnCount = 11;

/// Reads a publication date stored as published, precision, origin and uncertain columns.
[[nodiscard]] PublicationDate readDate(const Sqlite::Statement &st, int first);
[[nodiscard]] ArticleSummary readSummary(const Sqlite::Statement &st);

} // namespace Lagebild
