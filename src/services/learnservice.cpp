// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/learnservice.h"

#include "analysis/analyzer.h"
#include "analysis/entitytype.h"
#include "analysis/neradaptation.h"
#include "analysis/resources.h"
#include "services/analysisservice.h"
#include "services/analysisworker.h"
#include "store/adaptationrepository.h"
#include "store/articlestore.h"
#include "store/databaselocation.h"
#include "store/entityrules.h"
#include "store/mentionreads.h"
#include "store/sqlreader.h"

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

LearnService::LearnService(ArticleStore &store)
    : m_ownedSql(sqliteSqlWriter(store.database()))
    , m_sql(m_ownedSql.get())
    , m_analyseFirst([&store](const std::vector<ArticleId> &ids,
                         const std::function<void(int, int)> &progress, const std::atomic_bool *cancel) {
        return AnalysisService(store).analyzeArticles(ids, progress, cancel);
    })
{ }

LearnService::LearnService(SqlWriter &sql, AnalyseFirst analyseFirst)
    : m_sql(&sql), m_analyseFirst(std::move(analyseFirst))
{ }

LearnService::~LearnService() = default;

Expected<std::unique_ptr<LearnService>> LearnService::open(const QString &location)
{
    if (backendOf(location) == Backend::Sqlite) {
        auto store = ArticleStore::open(location);
        if (!store)
            return store.error();
        auto service = std::make_unique<LearnService>(**store);
        service->m_ownedStore = std::move(store.value());
        return service;
    }
    auto sql = openPostgresSqlWriter(location);
    if (!sql)
        return sql.error();
    auto service = std::make_unique<LearnService>(**sql, teamAnalysis(location));
    service->m_ownedSql = std::move(sql.value());
    return service;
}

LearnService::AnalyseFirst LearnService::teamAnalysis(const QString &uri)
{
    return [uri](const std::vector<ArticleId> &ids, const std::function<void(int, int)> &progress,
               const std::atomic_bool *cancel) { return analyseDueArticlesNow(uri, ids, progress, cancel); };
}

Expected<void> LearnService::mayChange()
{
    auto may = AdaptationRepository(*m_sql).mayChange();
    if (!may)
        return may.error();
    if (!may.value())
        return Error {QStringLiteral("this database user may not change what was learned from corrections; "
                                     "learning and forgetting need an editor's or an administrator's role "
                                     "(lagebild-cli access grant USER editor)"),
            ErrorKind::ReadOnly};
    return {};
}

LearnSummary LearnService::learn(
    const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    LearnSummary summary;
    const Analysis::Resources &resources = Analysis::Resources::instance();
    if (resources.tagger.isEmpty()) {
        summary.error = QStringLiteral("there is no name model to adapt (LAGEBILD_NER_MODEL)");
        return summary;
    }
    // Said before anything runs: the training would be thrown away at the end.
    if (auto may = mayChange(); !may) {
        summary.error = may.errorMessage();
        return summary;
    }
    AdaptationRepository adaptations(*m_sql);
    auto corrected = adaptations.correctedArticles();
    if (!corrected) {
        summary.error = corrected.errorMessage();
        return summary;
    }
    if (corrected->empty())
        return summary;
    // The accepted mentions are the stored ones; rules recorded after an article's analysis are
    // not in them yet, so those articles are analysed first.
    auto stale = adaptations.dueAmong(corrected.value(), Analysis::engineVersion);
    if (!stale) {
        summary.error = stale.errorMessage();
        return summary;
    }
    const Analysis::NerAdaptation::Options options;
    const int staleCount = int(stale->size());
    const int total = staleCount + options.epochs;
    if (!stale->empty()) {
        const AnalyzeSummary analysed = m_analyseFirst(
            stale.value(), [&](int done, int) { progress ? progress(done, total) : void(); }, cancel);
        summary.cancelled = analysed.cancelled;
        summary.error = analysed.error;
        if (analysed.cancelled || !analysed.error.isEmpty())
            return summary;
    }
    auto rules = EntityRules(*m_sql).list();
    if (!rules) {
        summary.error = rules.errorMessage();
        return summary;
    }
    std::vector<Analysis::AdaptationDocument> documents;
    for (const ArticleId id : corrected.value()) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            return summary;
        }
        std::optional<QString> body;
        auto read = m_sql->forEachRow(QStringLiteral("SELECT body FROM articles WHERE id = ?1"), {id},
            [&](const SqlRow &row) { body = row.text(0); });
        if (!read) {
            summary.error = read.errorMessage();
            return summary;
        }
        if (!body) // deleted meanwhile
            continue;
        auto mentions = articleMentions(*m_sql, id);
        if (!mentions) {
            summary.error = mentions.errorMessage();
            return summary;
        }
        Analysis::AdaptationDocument doc;
        doc.text = *body;
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
        [&](int done, int) { progress ? progress(staleCount + done, total) : void(); }, cancel);
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
    // One transaction: the row and the rules version that makes every article due (and, on a team
    // database, the workers' notification) are committed together or not at all.
    if (auto r = m_sql->transact([&] { return adaptations.store(stored, m_makeDue); }); !r) {
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
    if (auto may = mayChange(); !may)
        return may.error();
    AdaptationRepository adaptations(*m_sql);
    bool forgot = false;
    auto r = m_sql->transact([&]() -> Expected<void> {
        auto done = adaptations.forget(m_makeDue);
        if (!done)
            return done.error();
        forgot = done.value();
        return {};
    });
    if (!r)
        return r.error();
    return forgot;
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
