// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"
#include "store/adaptationrepository.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Lagebild {

class ArticleStore;

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
/// changed, nor is any hand-made mention. Storing the adaptation makes every article due; the
/// front end then runs the analysis (AnalysisService), which tags with the model plus adaptation.
/// Synchronous; the window runs it on a worker thread with its own store (LearnJob).
class LearnService
{
public:
    explicit LearnService(ArticleStore &store);

    /// Brings the corrected articles' analysis up to date (rules recorded since), then learns.
    /// Progress counts those articles and then the learning passes.
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
    ArticleStore &m_store;
};

} // namespace Lagebild
