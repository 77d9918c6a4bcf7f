// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/analyzeprogress.h"

#include "cli/command.h"
#include "store/articlestore.h"

#include <QElapsedTimer>

#include <unistd.h>

namespace Lagebild::Cli {

std::optional<AnalyzeRun> analyzeWithProgress(ArticleStore &store, bool all)
{
    // The progress line only where someone watches it, not in a log file.
    const bool interactive = isatty(STDERR_FILENO);
    QElapsedTimer timer;
    timer.start();
    AnalyzeRun run;
    run.summary = AnalysisService(store).analyze(all, [&](int done, int total) {
        if (interactive)
            err() << "\ranalysing " << done << '/' << total << Qt::flush;
    });
    if (interactive)
        err() << "\r\033[K" << Qt::flush;
    if (!run.summary.error.isEmpty()) {
        err() << "lagebild-cli: " << run.summary.error << Qt::endl;
        return std::nullopt;
    }
    run.seconds = QString::number(double(timer.elapsed()) / 1000.0, 'f', 1);
    return run;
}

} // namespace Lagebild::Cli
