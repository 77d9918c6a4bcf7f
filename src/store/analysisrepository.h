// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"
#include "store/storedanalysis.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace Lagebild {

namespace Sqlite {
class Database;
}

struct EntitySummary
{
    qint64 id = 0;
    QString canonical;
    QString type;
    qint64 mentions = 0;
    qint64 articles = 0;
    QString origin;
};

/// One place an entity is mentioned, with its context, for keyword-in-context lists.
struct Occurrence
{
    ArticleId article = 0;
    QString title;
    QString published;
    QString left; ///< up to 60 characters before the mention
    QString mention;
    QString right; ///< up to 60 characters after it
};

/// Stored analysis results and the analyst's corrections, on the store's connection.
/// Automatic rows are replaced on every analysis of an article; rows with origin 'manual'
/// and the corrections table are never touched by it.
class AnalysisRepository
{
public:
    explicit AnalysisRepository(Sqlite::Database &db);

    /// Articles whose stored analysis is missing or was made by another engine version or
    /// before the latest correction; all articles when `all`.
    Expected<std::vector<ArticleId>> articlesToAnalyse(bool all, int engineVersion);
    /// Increases with every correction; stored with each analysis.
    Expected<int> rulesVersion();
    Expected<std::vector<CorrectionRow>> corrections();
    /// Records a rule and makes every article due for re-analysis.
    Expected<qint64> addCorrection(
        const QString &kind, const QString &entity, const QString &entityType, const QString &value);
    Expected<void> removeCorrection(qint64 id);

    /// Replaces the automatic analysis of one article; call inside a transaction. The analyst's
    /// verdicts stand: a relation whose claim (type, source, target) was rejected in the article
    /// is not stored, nor one a confirmed or corrected relation already states in that sentence;
    /// the events of manual relations stay.
    Expected<void> store(const ArticleAnalysis &analysis, int engineVersion, int rulesVersion);

    /// A mention marked by hand: it stays through every re-analysis. For QUANTITY and DATE
    /// `canonical` is ignored. Returns the mention's id.
    Expected<qint64> addManualMention(ArticleId article, const StoredMention &mention);
    /// Removes a mention by hand: a manual mention is deleted; an automatic one is replaced by
    /// a manual 'removed' marker, so re-analysis does not bring it back.
    Expected<void> removeMention(qint64 mentionId);
    /// Undoes removeMention() of an automatic mention: drops the 'removed' marker and makes the
    /// article due for analysis, which finds the mention again.
    Expected<void> restoreAutomaticMention(qint64 markerId);
    /// Makes one article due for analysis (after hand-made mentions were taken back).
    Expected<void> markForAnalysis(ArticleId article);
    /// The active mention covering exactly [start, end) in an article, if any.
    Expected<std::optional<StoredMention>> mentionAt(ArticleId article, int start, int end);
    /// The different spellings an entity is mentioned with, most frequent first.
    Expected<std::vector<std::pair<QString, qint64>>> surfaceForms(
        const QString &type, const QString &canonical);

    /// Entities with at least one active mention, most mentioned first; `type` filters.
    Expected<std::vector<EntitySummary>> entities(const QString &type = {}, int limit = -1);
    /// Where an entity is mentioned, newest articles first.
    Expected<std::vector<Occurrence>> occurrences(
        const QString &type, const QString &canonical, int limit = 200);
    Expected<std::optional<qint64>> findEntity(const QString &type, const QString &canonical);
    /// Stored mentions of one article, in text order.
    Expected<std::vector<StoredMention>> mentionsOf(ArticleId article);

private:
    Expected<qint64> entityId(const QString &type, const QString &canonical);

    Sqlite::Database &m_db;
    QHash<QString, qint64> m_entityIds; // "TYPE\x1fcanonical" → id
};

} // namespace Lagebild
