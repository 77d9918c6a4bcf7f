// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli learn [--reset] [--status] [--no-analyze]: adapts the name tagger to this database
// from the analyst's corrections (services/learnservice.h), then analyses the articles again (on a
// team database: makes them due for the workers).

#include "cli/analyzeprogress.h"
#include "cli/command.h"
#include "services/analysisservice.h"
#include "services/learnservice.h"
#include "store/adaptationrepository.h"
#include "store/articlestore.h"
#include "store/databaselocation.h"
#include "store/postgres/connection.h"
#include "store/sqlreader.h"

#include <optional>

#include <unistd.h>

namespace Lagebild::Cli {

namespace {

// Learning or forgetting made every article due: analyse them, as `analyze` would.
int analyseAfterwards(ArticleStore &store, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("no-analyze"))) {
        out() << "every article is due for analysis: run `lagebild-cli analyze`" << Qt::endl;
        return Success;
    }
    const auto run = analyzeWithProgress(store, false);
    if (!run)
        return Failure;
    const AnalyzeSummary &s = run->summary;
    out() << "analysed again: articles: " << s.articles << ", mentions: " << s.mentions
          << ", relations: " << s.relations << ", seconds: " << run->seconds << Qt::endl;
    return Success;
}

// On a team database the workers analyse; with --no-analyze nothing was made due for them.
int tellTheWorkers(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("no-analyze")))
        out() << "no article was made due: the workers apply it to what they analyse from now on; "
                 "`lagebild-cli "
                 "learn` without --no-analyze has them analyse every article again"
              << Qt::endl;
    else
        out() << "every article is due for analysis: the workers (`lagebild-cli worker`) analyse them again"
              << Qt::endl;
    return Success;
}

int printStatus(SqlWriter &sql)
{
    auto stored = AdaptationRepository(sql).adaptation();
    if (!stored) {
        err() << "lagebild-cli: " << stored.errorMessage() << Qt::endl;
        return Failure;
    }
    if (!stored->has_value()) {
        out() << "nothing learned: the built-in name model as shipped" << Qt::endl;
        return Success;
    }
    const StoredAdaptation &a = **stored;
    out() << "learned " << a.learnedAt << " from " << a.articles << " corrected articles (" << a.sentences
          << " sentences, " << a.weightCount << " weights changed)"
          << (LearnService::adaptationFrom(*stored)
                     ? ""
                     : "; learned on another name model and not used: learn again")
          << Qt::endl;
    return Success;
}

int runLearn(QCommandLineParser &parser)
{
    const bool reset = parser.isSet(QStringLiteral("reset")), status = parser.isSet(QStringLiteral("status"));
    if (reset && status)
        return usageError(parser, QStringLiteral("--reset and --status exclude each other"));
    const QString location = databaseLocation(parser);
    const bool team = backendOf(location) == Backend::Postgres;
    std::unique_ptr<ArticleStore> store;
    std::unique_ptr<SqlWriter> sql;
    if (team) {
        sql = openSqlWriter(parser);
    } else if ((store = openStore(parser))) {
        sql = sqliteSqlWriter(store->database());
    }
    if (!sql)
        return Failure;
    if (status)
        return printStatus(*sql);
    if (team) {
        // A reader is told at once, in one line, before any learning that could not be stored.
        auto may = AdaptationRepository(*sql).mayChange();
        if (!may || !may.value()) {
            err() << "lagebild-cli: " << Postgres::describeTarget(location) << ": "
                  << (may ? QStringLiteral("this database user may not change what was learned from "
                                           "corrections (an editor's or an administrator's role is needed: "
                                           "lagebild-cli access grant USER editor)")
                          : may.errorMessage())
                  << Qt::endl;
            return Failure;
        }
    }
    std::optional<LearnService> service;
    if (team)
        service.emplace(*sql, LearnService::teamAnalysis(location));
    else
        service.emplace(*store);
    if (team)
        service->setMakeDue(!parser.isSet(QStringLiteral("no-analyze")));
    const auto afterwards = [&] { return team ? tellTheWorkers(parser) : analyseAfterwards(*store, parser); };
    if (reset) {
        auto forgot = service->forget();
        if (!forgot) {
            err() << "lagebild-cli: " << forgot.errorMessage() << Qt::endl;
            return Failure;
        }
        if (!forgot.value()) {
            out() << "nothing learned to forget" << Qt::endl;
            return Success;
        }
        out() << "forgot the learned corrections; the corrections themselves stay" << Qt::endl;
        return afterwards();
    }
    const bool interactive = isatty(STDERR_FILENO);
    const LearnSummary s = service->learn([&](int done, int total) {
        if (interactive)
            err() << "\rlearning " << done << '/' << total << Qt::flush;
    });
    if (interactive)
        err() << "\r\033[K" << Qt::flush;
    if (!s.error.isEmpty()) {
        err() << "lagebild-cli: " << s.error << Qt::endl;
        return Failure;
    }
    if (s.articles == 0) {
        out() << "no corrected articles to learn from: mark, remove or retype names first" << Qt::endl;
        return Success;
    }
    out() << "learned from " << s.articles << " corrected articles (" << s.sentences << " sentences, "
          << s.weights << " weights changed)" << Qt::endl;
    return afterwards();
}

} // namespace

std::vector<Command> learnCommands()
{
    return {{QStringLiteral("learn"),
        QStringLiteral("Adapt the name finder to this database from the articles corrected by hand, then "
                       "analyse again (--reset forgets it)."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("reset"),
                QStringLiteral("Forget what was learned (the corrections themselves stay).")});
            p.addOption({QStringLiteral("status"), QStringLiteral("Say what was learned, and when.")});
            p.addOption({QStringLiteral("no-analyze"),
                QStringLiteral("Do not analyse the articles afterwards (on a "
                               "team database: make none due for the workers).")});
        },
        runLearn}};
}

} // namespace Lagebild::Cli
