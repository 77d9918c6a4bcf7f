// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"
#include "store/analysisrepository.h"
#include "store/storedanalysis.h"

#include <QString>

#include <optional>
#include <vector>

namespace Lagebild {

class SqlReader;

// The stored mentions as the reader pane and the entities panel read them, written once for both
// backends (SqlReader). On SQLite the statements are those AnalysisRepository has always run; it
// now calls these.

/// The active mentions of one article, in text order (ties by id).
Expected<std::vector<StoredMention>> articleMentions(SqlReader &sql, ArticleId article);
/// The active mention covering exactly [start, end) in an article, the oldest if several.
Expected<std::optional<StoredMention>> articleMentionAt(
    SqlReader &sql, ArticleId article, int start, int end);
/// Where an entity is mentioned with 60 characters of context either side, newest articles first
/// (undated last), `limit` places at most (all for a negative limit).
Expected<std::vector<Occurrence>> entityOccurrences(
    SqlReader &sql, const QString &type, const QString &canonical, int limit = 200);
/// The different spellings an entity is mentioned with and how often, most frequent first (ties
/// by code point).
Expected<std::vector<std::pair<QString, qint64>>> entitySurfaceForms(
    SqlReader &sql, const QString &type, const QString &canonical);

} // namespace Lagebild
