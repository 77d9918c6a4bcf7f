// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "store/analysisrepository.h"

#include <QDate>

#include <atomic>
#include <functional>

namespace Lagebild {

class ArticleStore;

namespace Analysis {
struct AnalysisResult;
}

struct AnalyzeSummary
{
    int articles = 0;
    qint64 mentions = 0;
    qint64 relations = 0;
    qint64 events = 0;
    bool cancelled = false;
    QString error; ///< set when the store failed; what was committed stays
};

/// Runs the analysis engine over stored articles: the engine works in parallel on all cores,
/// one writer stores the results chunk by chunk, each chunk in a transaction. The analyst's
/// corrections are applied to every result. Synchronous; a front end runs it on a worker
/// thread with its own store.
class AnalysisService
{
public:
    explicit AnalysisService(ArticleStore &store);

    AnalyzeSummary analyze(bool all, const std::function<void(int done, int total)> &progress = {},
        const std::atomic_bool *cancel = nullptr);
    /// Analyses these articles, whether due or not (one article takes milliseconds: the window
    /// does it at once after an undo).
    AnalyzeSummary analyzeArticles(const std::vector<ArticleId> &ids,
        const std::function<void(int done, int total)> &progress = {},
        const std::atomic_bool *cancel = nullptr);

    /// Converts one result for storage: mentions, relations, and the dated events derived
    /// from them (a relation, or a sentence with a DATE, dated by that DATE or the article's date).
    static ArticleAnalysis toStored(
        ArticleId id, const QString &body, QDate published, const Analysis::AnalysisResult &result);

private:
    ArticleStore &m_store;
};

/// The first day of a DATE norm's period: 2025-10-14, 2025-10 → 2025-10-01, 2025-Q3 → 2025-07-01,
/// 2025-H2 → 2025-07-01, 2025-W41 → the Monday, 2025 → 2025-01-01; invalid for unresolved norms.
[[nodiscard]] QDate firstDayOfNorm(const QString &norm);

} // namespace Lagebild
