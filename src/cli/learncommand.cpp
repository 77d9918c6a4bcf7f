// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli learn [--reset] [--status] [--no-analyze]: adapts the name tagger to this database
// from the analyst's corrections (services/learnservice.h), then analyses the articles again.

#include "cli/analyzeprogress.h"
#include "cli/command.h"
#include "services/analysisservice.h"
#include "services/learnservice.h"
#include "store/adaptationrepository.h"
#include "store/articlestore.h"

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

int runLearn(QCommandLineParser &parser)
{
    const bool reset = parser.isSet(QStringLiteral("reset")), status = parser.isSet(QStringLiteral("status"));
    if (reset && status)
        return usageError(parser, QStringLiteral("--reset and --status exclude each other"));
    auto store = openStore(parser);
    if (!store)
        return Failure;
    if (status) {
        auto stored = AdaptationRepository(store->database()).adaptation();
        if (!stored) {
            err() << "lagebild-cli: " << stored.errorMessage() << Qt::endl;
            return Failure;
        }
        if (!stored->has_value()) {
            out() << "nothing learned: the built-in name model as shipped" << Qt::endl;
            return Success;
        }
        auto used = LearnService::storedAdaptation(*store);
        const StoredAdaptation &a = **stored;
        out() << "learned " << a.learnedAt << " from " << a.articles << " corrected articles (" << a.sentences
              << " sentences, " << a.weightCount << " weights changed)"
              << (used && used.value() ? "" : "; learned on another name model and not used: learn again")
              << Qt::endl;
        return Success;
    }
    LearnService service(*store);
    if (reset) {
        auto forgot = service.forget();
        if (!forgot) {
            err() << "lagebild-cli: " << forgot.errorMessage() << Qt::endl;
            return Failure;
        }
        if (!forgot.value()) {
            out() << "nothing learned to forget" << Qt::endl;
            return Success;
        }
        out() << "forgot the learned corrections; the corrections themselves stay" << Qt::endl;
        return analyseAfterwards(*store, parser);
    }
    const bool interactive = isatty(STDERR_FILENO);
    const LearnSummary s = service.learn([&](int done, int total) {
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
    return analyseAfterwards(*store, parser);
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
            p.addOption(
                {QStringLiteral("no-analyze"), QStringLiteral("Do not analyse the articles afterwards.")});
        },
        runLearn}};
}

} // namespace Lagebild::Cli
