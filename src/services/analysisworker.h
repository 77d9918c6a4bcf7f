// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace Lagebild {

struct AnalyzeSummary;

struct WorkerOptions
{
    QString uri; ///< the team database (postgresql://…)
    int batch = 64; ///< articles claimed at once
    int claimSeconds = 300; ///< a claim whose worker went silent this long is given up by the server
    bool once = false; ///< one batch, then stop
    /// Keep running when nothing is due: look again every pollSeconds until `stop` is set, as a
    /// worker beside a team's daily imports and corrections.
    bool follow = false;
    int pollSeconds = 5;
    /// Set (from a signal handler, say) to end after the batch in hand; may be null.
    const std::atomic_bool *stop = nullptr;
};

struct WorkerSummary
{
    int articles = 0;
    int batches = 0;
};

/// `lagebild-cli worker` (docs/team.md): analyses the due articles of a PostgreSQL corpus
/// (analysis_version or analysis_rules not the current ones, as `analyze` on SQLite) beside any
/// number of other workers. A batch is claimed with SELECT … FOR UPDATE SKIP LOCKED in a
/// transaction that stays open while the engine runs on all cores and that then stores the
/// results and commits: the row locks are the claim, so two workers never take the same article,
/// and the claim ends with the transaction. A killed worker's connection closes and the server
/// rolls its transaction back at once; a worker that hangs or loses its network is cut off by
/// the server after `claimSeconds` idle in the transaction (idle_in_transaction_session_timeout).
/// Other workers wait for such claims and take the articles over. Ends when no article is due
/// (with `follow`: when `stop` is set).
///
/// With `follow`, a lost server (stopped, restarted, the network cut: ErrorKind::Unreachable) does
/// not end the worker once it has been connected: it tells `notice` in one line, tries again after
/// 1, 2, 4 … up to 30 seconds, says so when it is connected again and goes on; the batch it had in
/// hand was never committed, so the server rolled it back and the articles are due again. A
/// server not reached at the start, and every other failure, end it with the error.
Expected<WorkerSummary> runAnalysisWorker(const WorkerOptions &options,
    const std::function<void(const WorkerSummary &)> &progress = {},
    const std::function<void(const QString &)> &notice = {});

/// Analyses those of `ids` (articles of the team database at `uri`) that are still due, now and
/// on this thread, as a worker would, in batches of 64, each one transaction: learning from the
/// corrections needs their stored mentions up to date with the rules (LearnService). An article a
/// worker holds is waited for, and left alone if the worker brought it up to date. Cancelled
/// between batches; what was committed stays.
AnalyzeSummary analyseDueArticlesNow(const QString &uri, const std::vector<ArticleId> &ids,
    const std::function<void(int done, int total)> &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace Lagebild
