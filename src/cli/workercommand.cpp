// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli worker: analysis of a team database on PostgreSQL, as many workers as there are
// machines (docs/team.md).

#include "cli/command.h"
#include "services/analysisworker.h"
#include "store/databaselocation.h"
#include "store/postgres/connection.h"

#include <QElapsedTimer>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace Lagebild::Cli {

namespace {

std::atomic_bool stopRequested = false;
static_assert(std::atomic_bool::is_always_lock_free); // set from a signal handler

// Ctrl+C or SIGTERM (systemd, a container's stop) ends a following worker after the batch in
// hand is stored; a second one ends it at once.
void requestStop(int signal)
{
    if (stopRequested.exchange(true)) {
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }
}

std::optional<int> positive(const QCommandLineParser &parser, const QString &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok && value > 0 ? std::optional<int>(value) : std::nullopt;
}

int runWorker(QCommandLineParser &parser)
{
    WorkerOptions options;
    options.uri = databaseLocation(parser);
    if (backendOf(options.uri) != Backend::Postgres)
        return usageError(
            parser, QStringLiteral("worker analyses a team database: give --db postgresql://…"));
    const auto batch = positive(parser, QStringLiteral("batch"), options.batch);
    const auto claim = positive(parser, QStringLiteral("claim-seconds"), options.claimSeconds);
    if (!batch || !claim)
        return usageError(parser, QStringLiteral("--batch and --claim-seconds take a positive number"));
    options.batch = *batch;
    options.claimSeconds = *claim;
    options.once = parser.isSet(QStringLiteral("once"));
    options.follow = parser.isSet(QStringLiteral("follow"));
    const auto poll = positive(parser, QStringLiteral("poll"), options.pollSeconds);
    if (!poll)
        return usageError(parser, QStringLiteral("--poll takes a positive number of seconds"));
    if (options.once && options.follow)
        return usageError(parser, QStringLiteral("--once and --follow exclude each other"));
    options.pollSeconds = *poll;
    if (options.follow) {
        struct sigaction action = {};
        action.sa_handler = requestStop;
        action.sa_flags = SA_RESTART;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
        options.stop = &stopRequested;
    }
    const bool interactive = isatty(STDERR_FILENO);
    QElapsedTimer clock;
    clock.start();
    auto summary = runAnalysisWorker(
        options,
        [&](const WorkerSummary &s) {
            if (interactive)
                err() << "\ranalysed " << s.articles << Qt::flush;
        },
        [&](const QString &notice) {
            err() << (interactive ? "\r\033[K" : "") << "lagebild-cli: worker: " << notice << Qt::endl;
        });
    if (interactive)
        err() << "\r\033[K" << Qt::flush;
    if (!summary) {
        err() << "lagebild-cli: worker: " << summary.errorMessage() << Qt::endl;
        return Failure;
    }
    out() << QStringLiteral("worker: %1 articles in %2 batches (%3 s)")
                 .arg(summary->articles)
                 .arg(summary->batches)
                 .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> workerCommands()
{
    return {{QStringLiteral("worker"),
        QStringLiteral(
            "Analyse a PostgreSQL team database's due articles beside other workers, on all cores."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("batch"), QStringLiteral("Articles claimed at once (default 64)."),
                QStringLiteral("N")});
            p.addOption({QStringLiteral("claim-seconds"),
                QStringLiteral("The server gives up a batch whose worker is silent this long (default 300)."),
                QStringLiteral("S")});
            p.addOption({QStringLiteral("once"), QStringLiteral("One batch, then stop.")});
            p.addOption({QStringLiteral("follow"),
                QStringLiteral("Keep running when nothing is due, for new or outdated articles, until "
                               "Ctrl+C or SIGTERM (the batch in hand is stored first).")});
            p.addOption({QStringLiteral("poll"),
                QStringLiteral("With --follow: seconds between looks for due articles that no import or "
                               "rule announced (default 5)."),
                QStringLiteral("S")});
        },
        runWorker}};
}

} // namespace Lagebild::Cli
