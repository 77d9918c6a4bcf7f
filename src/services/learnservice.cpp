// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/learnservice.h"

#include "analysis/analyzer.h"
#include "analysis/entitytype.h"
#include "analysis/neradaptation.h"
#include "analysis/resources.h"
#include "services/analysisservice.h"
#include "store/adaptationrepository.h"
#include "store/analysisrepository.h"
#include "store/articlestore.h"
#include "store/sqlite/transaction.h"

#include <algorithm>
#include <iterator>

namespace Lagebild {

namespace {

constexpr quint8 anyNameType = (1u << Analysis::NerTagger::typeCount) - 1;

// Where an ignored entity's name occurs as a whole word: the analyst did not say it is no name,
// only that it does not matter, so there the tagger may find a name or not.
void addIgnored(
    const QString &body, const QString &name, std::vector<Analysis::AdaptationDocument::Name> &out)
{
    if (name.isEmpty())
        return;
    for (qsizetype at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
        const qsizetype end = at + name.size();
        if ((at > 0 && body.at(at - 1).isLetterOrNumber())
            || (end < body.size() && body.at(end).isLetterOrNumber()))
            continue;
        out.push_back({int(at), int(end), anyNameType, true});
    }
}

} // namespace

LearnService::LearnService(ArticleStore &store) : m_store(store) { }

LearnSummary LearnService::learn(
    const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    LearnSummary summary;
    const Analysis::Resources &resources = Analysis::Resources::instance();
    if (resources.tagger.isEmpty()) {
        summary.error = QStringLiteral("there is no name model to adapt (LAGEBILD_NER_MODEL)");
        return summary;
    }
    AdaptationRepository adaptations(m_store.database());
    AnalysisRepository analyses(m_store.database());
    auto corrected = adaptations.correctedArticles();
    if (!corrected) {
        summary.error = corrected.errorMessage();
        return summary;
    }
    if (corrected->empty())
        return summary;
    // The accepted mentions are the stored ones; rules recorded after an article's analysis are
    // not in them yet, so those articles are analysed first.
    auto due = analyses.articlesToAnalyse(false, Analysis::engineVersion);
    if (!due) {
        summary.error = due.errorMessage();
        return summary;
    }
    std::vector<ArticleId> stale;
    std::set_intersection(
        corrected->begin(), corrected->end(), due->begin(), due->end(), std::back_inserter(stale));
    const Analysis::NerAdaptation::Options options;
    const int total = int(stale.size()) + options.epochs;
    if (!stale.empty()) {
        const AnalyzeSummary analysed = AnalysisService(m_store).analyzeArticles(
            stale, [&](int done, int) { progress ? progress(done, total) : void(); }, cancel);
        summary.cancelled = analysed.cancelled;
        summary.error = analysed.error;
        if (analysed.cancelled || !analysed.error.isEmpty())
            return summary;
    }
    auto rules = analyses.corrections();
    if (!rules) {
        summary.error = rules.errorMessage();
        return summary;
    }
    std::vector<Analysis::AdaptationDocument> documents;
    for (const ArticleId id : corrected.value()) {
        auto article = m_store.article(id);
        auto mentions = analyses.mentionsOf(id);
        if (!article || !mentions) {
            summary.error = article ? mentions.errorMessage() : article.errorMessage();
            return summary;
        }
        if (!article->has_value())
            continue;
        Analysis::AdaptationDocument doc;
        doc.text = (**article).body;
        for (const StoredMention &m : mentions.value()) {
            const auto type = Analysis::typeFromName(m.type);
            const auto index = type ? Analysis::NerTagger::typeIndex(*type) : std::nullopt;
            if (index)
                doc.names.push_back({m.start, m.end, quint8(1u << *index), false});
        }
        for (const CorrectionRow &rule : rules.value())
            if (rule.kind == QLatin1String("ignore"))
                addIgnored(doc.text, rule.entity, doc.names);
        documents.push_back(std::move(doc));
    }
    const auto adaptation = Analysis::NerAdaptation::learn(
        resources.tagger, resources, documents, options,
        [&](int done, int) { progress ? progress(int(stale.size()) + done, total) : void(); }, cancel);
    if (!adaptation) {
        summary.cancelled = true;
        return summary;
    }
    StoredAdaptation stored;
    stored.model = QString::fromLatin1(resources.tagger.fingerprint());
    stored.weights = adaptation->toBytes();
    stored.articles = adaptation->documentCount();
    stored.sentences = adaptation->sentenceCount();
    stored.weightCount = adaptation->weightCount();
    Sqlite::Transaction transaction(m_store.database());
    if (auto r = adaptations.store(stored); !r) {
        summary.error = r.errorMessage();
        return summary;
    }
    if (auto r = transaction.commit(); !r) {
        summary.error = r.errorMessage();
        return summary;
    }
    summary.articles = stored.articles;
    summary.sentences = stored.sentences;
    summary.weights = stored.weightCount;
    return summary;
}

Expected<bool> LearnService::forget()
{
    return AdaptationRepository(m_store.database()).forget();
}

Expected<std::shared_ptr<const Analysis::NerAdaptation>> LearnService::storedAdaptation(ArticleStore &store)
{
    auto stored = AdaptationRepository(store.database()).adaptation();
    if (!stored)
        return stored.error();
    return adaptationFrom(stored.value());
}

std::shared_ptr<const Analysis::NerAdaptation> LearnService::adaptationFrom(
    const std::optional<StoredAdaptation> &stored)
{
    const Analysis::NerTagger &tagger = Analysis::Resources::instance().tagger;
    if (!stored || stored->model != QString::fromLatin1(tagger.fingerprint()))
        return std::shared_ptr<const Analysis::NerAdaptation> {};
    auto adaptation = Analysis::NerAdaptation::fromBytes(stored->weights);
    if (!adaptation || !adaptation->fits(tagger))
        return std::shared_ptr<const Analysis::NerAdaptation> {};
    return std::shared_ptr<const Analysis::NerAdaptation>(
        std::make_shared<Analysis::NerAdaptation>(std::move(*adaptation)));
}

} // namespace Lagebild
