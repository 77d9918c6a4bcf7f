// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Storing an article's analysis, once for every backend. writeAnalysis() decides what is written
// and what the analyst's work keeps out; an AnalysisWriter of each dialect (SQLite in
// analysisrepository.cpp, PostgreSQL in postgres/analysisstore.cpp) only runs the statements.
// So the rules of docs/schema.md ("Hand work", 0006_relation_review) hold alike on both.

#include "core/article.h"
#include "core/expected.h"
#include "store/storedanalysis.h"

#include <QString>

#include <utility>
#include <vector>

namespace Lagebild {

/// A relation the analyst decided on in an article (origin 'manual'): confirmed, corrected or
/// rejected.
struct ReviewedRelation
{
    QString type;
    qint64 source = 0;
    qint64 target = 0;
    bool rejected = false;
    int evidenceStart = 0;
    int evidenceEnd = 0;
};

/// A mention row to insert: `entity` 0 for none (QUANTITY, DATE); `withText` false where the body
/// gives the text back (mentiontext.h).
struct NewMention
{
    const StoredMention *mention = nullptr;
    qint64 entity = 0;
    bool withText = true;
};

struct NewRelation
{
    const StoredRelation *relation = nullptr;
    qint64 source = 0;
    qint64 target = 0;
    qint64 attributedTo = 0; ///< 0: nobody
};

struct NewEvent
{
    const StoredEvent *event = nullptr;
    qint64 relation = 0; ///< 0: a dated sentence
};

/// The statements of one dialect, all about one article, on a connection inside a transaction.
class AnalysisWriter
{
public:
    virtual ~AnalysisWriter() = default;

    /// Deletes the automatic mentions and relations and the events that are not of the
    /// analyst's relations (confirmed, corrected, rejected).
    virtual Expected<void> clearAutomatic(ArticleId article) = 0;
    /// The spans [start, end) of the mentions marked or removed by hand.
    virtual Expected<std::vector<std::pair<int, int>>> manualMentionSpans(ArticleId article) = 0;
    virtual Expected<QString> body(ArticleId article) = 0;
    virtual Expected<std::vector<ReviewedRelation>> reviewedRelations(ArticleId article) = 0;
    /// The entity's id, created (automatic, active) when new.
    virtual Expected<qint64> entityId(const QString &type, const QString &canonical) = 0;
    virtual Expected<void> insertMentions(ArticleId article, const std::vector<NewMention> &rows) = 0;
    /// The new relation's id.
    virtual Expected<qint64> insertRelation(ArticleId article, const NewRelation &row) = 0;
    virtual Expected<void> insertEvents(ArticleId article, const std::vector<NewEvent> &rows) = 0;
    /// Dates the events of the analyst's relations with the same evidence span as `events`.
    virtual Expected<void> redateReviewedEvents(ArticleId article, const std::vector<StoredEvent> &events)
        = 0;
    /// Sets analysed_at (`at`, ISO UTC), analysis_version and analysis_rules.
    virtual Expected<void> markAnalysed(
        ArticleId article, int engineVersion, int rulesVersion, const QString &at)
        = 0;
};

/// Whether a mention of this type names an entity (QUANTITY and DATE do not).
[[nodiscard]] bool typeHasEntity(const QString &type);

/// Replaces the automatic analysis of one article through `writer`, inside the caller's
/// transaction. The analyst's work stands: automatic mentions overlapping a mention marked or
/// removed by hand are not stored; a relation whose claim (type, source, target) was rejected in
/// the article is not stored, nor one a confirmed or corrected relation states already in that
/// sentence, and its event belongs to the analyst's row; the analyst's relations keep their
/// events, dated afresh like the engine's of the same sentence.
Expected<void> writeAnalysis(
    AnalysisWriter &writer, const ArticleAnalysis &analysis, int engineVersion, int rulesVersion);

} // namespace Lagebild
