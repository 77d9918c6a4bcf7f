// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"
#include "store/storedanalysis.h"

#include <optional>
#include <vector>

namespace Lagebild {

class SqlWriter;

/// What replace() did: the mention it stored and what stood at the place before.
struct MentionReplacement
{
    qint64 madeId = 0; ///< the new hand-made mention's id; 0 when none was asked for
    std::optional<StoredMention> removed; ///< the active mention that stood at `before`'s span
};

/// The analyst's corrections of an article's mentions, written once for both backends (SqlWriter):
/// the reader pane's Mark as…, Remove and Undo, and `lagebild-cli mention`. Hand-made rows (origin
/// 'manual') stay through every re-analysis (AnalysisRepository::store, and the worker's storing on
/// PostgreSQL); an engine's mention removed by hand leaves a 'removed' marker that keeps the engine
/// from finding it again.
class MentionCorrections
{
public:
    /// Writes through `sql`, which must outlive this.
    explicit MentionCorrections(SqlWriter &sql);

    /// A mention marked by hand: it replaces what the engine found overlapping it. For QUANTITY
    /// and DATE `canonical` is ignored, for the others an empty one is the text. Returns its id.
    Expected<qint64> addManualMention(ArticleId article, const StoredMention &mention);
    /// A manual mention is deleted; an automatic one is replaced by a 'removed' marker.
    Expected<void> removeMention(qint64 mentionId);
    /// Undoes removeMention() of an automatic mention: drops the marker and makes the article due
    /// for analysis, which finds the mention again.
    Expected<void> restoreAutomaticMention(qint64 markerId);
    /// Makes one article due for analysis; on PostgreSQL the workers hear of it at the commit.
    Expected<void> markForAnalysis(ArticleId article);

    /// One correction in one transaction with its rows of the article's history: the active
    /// mention at `before`'s span (looked up again: re-analysis gives it a new id) is removed, and
    /// `after`, if given, marked. Without `before` only `after` is marked. A `before` of the engine
    /// that is not there (its article waits for a worker after an undo) still leaves a marker when
    /// nothing replaces it, so that the analysis does not bring it back; a hand-made one that is
    /// gone removes nothing.
    Expected<MentionReplacement> replace(ArticleId article, const std::optional<StoredMention> &before,
        const std::optional<StoredMention> &after);
    /// Takes back the hand-made row at [start, end) — a marked mention or a removal marker — in one
    /// transaction with a history row, and makes the article due for analysis, so that what the
    /// engine finds there stands again. An error of kind NotFound when there is none.
    Expected<StoredMention> reset(ArticleId article, int start, int end);
    /// The engine's mentions the analyst removed from an article (their markers), in text order.
    Expected<std::vector<StoredMention>> removedMentions(ArticleId article);

private:
    /// On PostgreSQL: waits for a worker storing the article's analysis and keeps workers from
    /// claiming it until the transaction ends.
    Expected<void> holdArticle(ArticleId article);
    Expected<qint64> entityId(const QString &type, const QString &canonical);
    /// A 'removed' marker at `engine`'s span where the engine's mention is not stored (yet); its id.
    Expected<qint64> addRemovalMarker(ArticleId article, const StoredMention &engine);

    SqlWriter &m_sql;
};

} // namespace Lagebild
