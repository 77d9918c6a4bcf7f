// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/analysisworker.h"

#include "analysis/analyzer.h"
#include "services/analysisservice.h"
#include "services/articleanalyser.h"
#include "services/learnservice.h"
#include "store/postgres/analysisstore.h"
#include "store/postgres/arrayliteral.h"
#include "store/postgres/channels.h"
#include "store/postgres/connection.h"
#include "store/postgres/schema.h"
#include "store/postgres/transaction.h"

#include <QThread>

#include <QtConcurrent>
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace Lagebild {

namespace {

using Postgres::Params;

/// The claim is an open transaction that the server drops after --claim-seconds idle. While the
/// worker analyses and names the entities of its batch on another connection and its pool,
/// the claim's connection would sit idle, and a large batch or a slow build (the sanitizer build of
/// CI) lost its claim half-way; this sends a statement on it now and then from a thread of its
/// own. A stopped process or a lost network sends none, so its claim still expires. The connection
/// is not touched by anyone else while this lives.
class ClaimKeepAlive
{
public:
    ClaimKeepAlive(Postgres::Connection &claim, int claimSeconds)
        : m_every(std::max<qint64>(qint64(claimSeconds) * 1000 / 3, 100)), m_thread([this, &claim] {
            std::unique_lock lock(m_mutex);
            while (!m_stop) {
                if (m_wake.wait_for(lock, m_every, [this] { return m_stop; }))
                    break;
                if (!claim.execute(u"SELECT 1")) // the next statement of the worker reports it
                    break;
            }
        })
    { }
    ~ClaimKeepAlive()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    ClaimKeepAlive(const ClaimKeepAlive &) = delete;
    ClaimKeepAlive &operator=(const ClaimKeepAlive &) = delete;

private:
    std::chrono::milliseconds m_every;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread; // last: starts when the members it reads are made
};

constexpr QStringView dueCondition
    = u"analysis_version IS DISTINCT FROM $1 OR analysis_rules IS DISTINCT FROM $2";

/// Sleeps `seconds` in short steps; false when `stop` was set meanwhile.
bool waitUnlessStopped(const WorkerOptions &options, int seconds)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < until) {
        if (options.stop && options.stop->load())
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return !(options.stop && options.stop->load());
}

/// Tells the open windows which articles have a new analysis, delivered at the commit (none if
/// the batch rolls back): they read those rows, the reader pane and the entities again, as for a
/// colleague's edit (Postgres::editsChannel). A notification carries under 8,000 bytes, so a
/// large batch is told in several.
Expected<void> announceAnalysed(Postgres::Connection &c, const std::vector<ArticleId> &ids)
{
    constexpr qsizetype most = 7000;
    QString payload;
    for (size_t i = 0; i < ids.size(); ++i) {
        if (!payload.isEmpty())
            payload += QLatin1Char(',');
        payload += QString::number(ids[i]);
        if (payload.size() > most || i + 1 == ids.size()) {
            if (auto r = c.execute(u"SELECT pg_notify($1, $2)",
                    Params().add(Postgres::editsChannel.toString()).add(payload));
                !r)
                return r;
            payload.clear();
        }
    }
    return {};
}

/// Waits up to `seconds` for work: a notification on the due channel (an import committed, a
/// rule changed) ends the wait at once. False when `stop` was set meanwhile.
Expected<bool> waitForWork(Postgres::Connection &c, const WorkerOptions &options, int seconds)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (!(options.stop && options.stop->load())) {
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return true;
        // Short steps, so that a stop is seen within a tenth of a second.
        auto arrived = c.waitForNotification(int(std::min<qint64>(left.count(), 100)));
        if (!arrived)
            return arrived.error();
        if (arrived.value())
            return true;
    }
    return false;
}

/// Analyses the articles `ids`, which the caller's open transaction on `c` has locked, and stores
/// their analyses in that transaction, announced at its commit; `entities` is a second connection
/// outside it (AnalysisStore::resolveEntities). With `claimSeconds`, the claim is kept alive while
/// the engine runs (ClaimKeepAlive).
Expected<AnalyzeSummary> analyseClaimed(Postgres::Connection &c, Postgres::Connection &entities,
    Postgres::AnalysisStore &store, const std::vector<ArticleId> &ids, int rules, int claimSeconds)
{
    auto corrections = store.corrections();
    if (!corrections)
        return corrections.error();
    auto adaptation = store.adaptation();
    if (!adaptation)
        return adaptation.error();
    // Read on the claim's connection, so before the keep-alive thread may use it: libpq
    // allows one thread at a time on a connection.
    auto works = store.texts(ids);
    if (!works)
        return works.error();
    std::optional<ClaimKeepAlive> keepAlive;
    if (claimSeconds > 0)
        keepAlive.emplace(c, claimSeconds);
    const ArticleAnalyser analyser(corrections.value(), LearnService::adaptationFrom(adaptation.value()));
    const std::vector<ArticleAnalysis> batch = QtConcurrent::blockingMapped(works.value(),
        [&analyser](const Postgres::ArticleText &w) { return analyser.analyse(w.id, w.body, w.published); });
    if (auto resolved = store.resolveEntities(batch, &entities); !resolved)
        return resolved.error();
    keepAlive.reset();
    if (auto stored = store.store(batch, Analysis::engineVersion, rules); !stored)
        return stored.error();
    if (auto told = announceAnalysed(c, ids); !told)
        return told.error();
    AnalyzeSummary summary;
    summary.articles = int(batch.size());
    for (const ArticleAnalysis &a : batch) {
        summary.mentions += qint64(a.mentions.size());
        summary.relations += qint64(a.relations.size());
    }
    return summary;
}

/// One connected stretch of a worker's life: its connections, then batches until nothing is due
/// (or `stop`), or until a failure. `connected` is called once both connections are open.
Expected<void> runSession(const WorkerOptions &options, WorkerSummary &summary,
    const std::function<void(const WorkerSummary &)> &progress, const std::function<void()> &connected)
{
    // Two connections: the claim, the articles' texts and the results (one transaction a batch),
    // and the entities a batch names (committed at once, see AnalysisStore::resolveEntities).
    // Opening the corpus brings an older schema up to date.
    auto claims = Postgres::Schema::openCorpus(options.uri);
    if (!claims)
        return claims.error();
    auto entities = Postgres::Connection::open(options.uri);
    if (!entities)
        return entities.error();
    connected();
    Postgres::Connection &c = **claims;
    // Its session carries the claim's expiry and the LISTEN: a session made again would lack
    // both without a word, so a lost one ends the session and the worker starts a new one.
    c.setReconnects(false);
    if (auto set = c.execute(u"SELECT set_config('idle_in_transaction_session_timeout', $1, false)",
            Params().add(QString::number(qint64(options.claimSeconds) * 1000)));
        !set)
        return set.error();
    if (options.follow) {
        if (auto listening = c.listen(Postgres::dueChannel); !listening)
            return listening.error();
    }
    Postgres::AnalysisStore store(c);
    const auto stopped = [&options] { return options.stop && options.stop->load(); };
    for (;;) {
        if (stopped())
            return {};
        Postgres::Transaction transaction(c);
        if (!transaction.isActive())
            return transaction.beginResult().error();
        auto rules = store.rulesVersion();
        if (!rules)
            return rules.error();
        const Params due = Params().add(Analysis::engineVersion).add(rules.value());
        auto claimed = c.query(QStringLiteral("SELECT id FROM articles WHERE %1 ORDER BY id LIMIT $3 "
                                              "FOR UPDATE SKIP LOCKED")
                                   .arg(dueCondition),
            Params(due).add(options.batch));
        if (!claimed)
            return claimed.error();
        if (claimed->rows() == 0) {
            // Nothing free: done, unless other workers hold due articles (they may die).
            auto held = c.queryInt64(
                QStringLiteral("SELECT count(*) FROM articles WHERE %1").arg(dueCondition), due);
            if (!held)
                return held.error();
            const bool idle = held->value_or(0) == 0;
            if ((idle && !options.follow) || options.once)
                return {};
            transaction.rollback();
            // Held by others: look again soon, they may die. Nothing due: wait for new work.
            auto waited = waitForWork(c, options, idle ? std::max(options.pollSeconds, 1) : 1);
            if (!waited)
                return waited.error();
            if (!waited.value())
                return {};
            continue;
        }
        std::vector<ArticleId> ids;
        ids.reserve(size_t(claimed->rows()));
        for (int i = 0; i < claimed->rows(); ++i)
            ids.push_back(claimed->int64(i, 0));
        auto analysed = analyseClaimed(c, **entities, store, ids, rules.value(), options.claimSeconds);
        if (!analysed)
            return analysed.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        summary.articles += analysed->articles;
        ++summary.batches;
        if (progress)
            progress(summary);
        if (options.once)
            return {};
    }
}

} // namespace

Expected<WorkerSummary> runAnalysisWorker(const WorkerOptions &options,
    const std::function<void(const WorkerSummary &)> &progress,
    const std::function<void(const QString &)> &notice)
{
    WorkerSummary summary;
    bool everConnected = false;
    bool inOutage = false;
    int retrySeconds = 1;
    for (;;) {
        auto ended = runSession(options, summary, progress, [&] {
            everConnected = true;
            if (inOutage && notice)
                notice(QStringLiteral("connected to the server again"));
            inOutage = false;
        });
        if (ended)
            return summary;
        // A following worker is a service beside the team's server: a server restarted, a
        // network cut or a failover must not end it. The batch in hand was never committed, so
        // the server rolled it back and its articles are due again; nothing stored is lost.
        // Other failures (a full disk, a newer schema, a refused login at start) end it, as does
        // a server that was never reached: that is a wrong address more often than an outage.
        if (!isUnreachable(ended.error().kind) || !options.follow || !everConnected)
            return ended.error();
        if (!inOutage) {
            if (notice)
                notice(
                    QStringLiteral("%1; the batch in hand is analysed again later; trying to connect again")
                        .arg(ended.error().message));
            retrySeconds = 1;
        }
        inOutage = true;
        if (!waitUnlessStopped(options, retrySeconds))
            return summary;
        retrySeconds = std::min(retrySeconds * 2, 30);
    }
}

AnalyzeSummary analyseDueArticlesNow(const QString &uri, const std::vector<ArticleId> &ids,
    const std::function<void(int done, int total)> &progress, const std::atomic_bool *cancel)
{
    AnalyzeSummary summary;
    const auto fail = [&summary](const Error &e) {
        summary.error = e.message;
        return summary;
    };
    auto claims = Postgres::Schema::openCorpus(uri);
    if (!claims)
        return fail(claims.error());
    auto entities = Postgres::Connection::open(uri);
    if (!entities)
        return fail(entities.error());
    Postgres::Connection &c = **claims;
    Postgres::AnalysisStore store(c);
    constexpr size_t batch = 64;
    const int total = int(ids.size());
    for (size_t from = 0; from < ids.size(); from += batch) {
        if (progress)
            progress(int(from), total);
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            return summary;
        }
        Postgres::Transaction transaction(c);
        if (!transaction.isActive())
            return fail(transaction.beginResult().error());
        auto rules = store.rulesVersion();
        if (!rules)
            return fail(rules.error());
        Postgres::ArrayLiteral wanted;
        for (size_t i = from; i < std::min(ids.size(), from + batch); ++i)
            wanted.add(ids[i]);
        // FOR UPDATE without SKIP LOCKED: an article a worker holds is waited for, and the
        // server checks the condition again on the row the worker committed, so an article it
        // has brought up to date meanwhile is left out.
        auto locked = c.query(QStringLiteral("SELECT id FROM articles WHERE id = ANY($3::bigint[]) AND (%1) "
                                             "ORDER BY id FOR UPDATE")
                                  .arg(dueCondition),
            Params().add(Analysis::engineVersion).add(rules.value()).add(wanted.text()));
        if (!locked)
            return fail(locked.error());
        std::vector<ArticleId> due;
        for (int i = 0; i < locked->rows(); ++i)
            due.push_back(locked->int64(i, 0));
        if (due.empty())
            continue;
        auto analysed = analyseClaimed(c, **entities, store, due, rules.value(), 0);
        if (!analysed)
            return fail(analysed.error());
        if (auto committed = transaction.commit(); !committed)
            return fail(committed.error());
        summary.articles += analysed->articles;
        summary.mentions += analysed->mentions;
        summary.relations += analysed->relations;
    }
    if (progress)
        progress(total, total);
    return summary;
}

} // namespace Lagebild
