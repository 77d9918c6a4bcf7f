// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"
#include "store/adaptationrepository.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Lagebild {

class ArticleStore;
class SqlWriter;
struct AnalyzeSummary;

namespace Analysis {
class NerAdaptation;
}

struct LearnSummary
{
    int articles = 0; ///< corrected articles learned from; 0: nothing to learn from
    int sentences = 0;
    int weights = 0; ///< changed weights kept
    bool cancelled = false;
    QString error;
};

/// Learning from the analyst (Analysis → Learn from My Corrections, `lagebild-cli learn`): the
/// articles the analyst corrected — a mention marked or removed by hand, an entity retyped —
/// with their accepted mentions as the truth adapt the name tagger to this database
/// (Analysis::NerAdaptation, stored in the table ner_adaptation). The shipped model is never
/// changed, nor is any hand-made mention. Storing the adaptation makes every article due; on a
/// file the front end then runs the analysis (AnalysisService), on a team database the workers
/// do (told on the due channel at the commit); either tags with the model plus adaptation.
/// Synchronous; the window runs it on a worker thread with connections of its own (LearnJob).
class LearnService
{
public:
    /// Brings the analysis of these corrected articles up to date before learning from them.
    using AnalyseFirst = std::function<AnalyzeSummary(const std::vector<ArticleId> &ids,
        const std::function<void(int done, int total)> &progress, const std::atomic_bool *cancel)>;

    /// An SQLite file: reads and writes through the store, analyses with AnalysisService.
    explicit LearnService(ArticleStore &store);
    /// Either backend: reads and writes through `sql`, which must outlive the service.
    LearnService(SqlWriter &sql, AnalyseFirst analyseFirst);
    ~LearnService();
    LearnService(const LearnService &) = delete;
    LearnService &operator=(const LearnService &) = delete;

    /// On the corpus at `location` (a file's path or a libpq URI), over connections of its own.
    static Expected<std::unique_ptr<LearnService>> open(const QString &location);
    /// What a team database's learning analyses first with: analyseDueArticlesNow() at `uri`, as
    /// a worker would, since the window and the CLI do not analyse there otherwise.
    static AnalyseFirst teamAnalysis(const QString &uri);

    /// Whether storing or forgetting makes every article due (the default). Off, the adaptation
    /// applies to the analyses made from then on only (`learn --no-analyze` on a team database).
    void setMakeDue(bool makeDue) { m_makeDue = makeDue; }

    /// Brings the corrected articles' analysis up to date (rules recorded since), then learns.
    /// Progress counts those articles and then the learning passes. A database user who may not
    /// store what was learned (a team database's reader) is told before anything runs.
    LearnSummary learn(const std::function<void(int done, int total)> &progress = {},
        const std::atomic_bool *cancel = nullptr);
    /// Removes the learned adaptation (every article becomes due); false when there was none.
    Expected<bool> forget();

    /// The adaptation the analysis of this database uses: null when none was learned, or when it
    /// was learned on another model than the built-in one (learning again fits it to this one).
    static Expected<std::shared_ptr<const Analysis::NerAdaptation>> storedAdaptation(ArticleStore &store);
    /// The adaptation a stored row holds, if it fits the built-in model (either backend).
    static std::shared_ptr<const Analysis::NerAdaptation> adaptationFrom(
        const std::optional<StoredAdaptation> &stored);

private:
    Expected<void> mayChange();

    std::unique_ptr<ArticleStore> m_ownedStore; ///< when opened by open() on a file
    std::unique_ptr<SqlWriter> m_ownedSql;
    SqlWriter *m_sql = nullptr;
    AnalyseFirst m_analyseFirst;
    bool m_makeDue = true;
};

} // namespace Lagebild
