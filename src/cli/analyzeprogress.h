// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Analysis from the command line: `analyze` and `learn` run it the same way.

#include "services/analysisservice.h"

#include <optional>

namespace Lagebild {
class ArticleStore;
}

namespace Lagebild::Cli {

struct AnalyzeRun
{
    AnalyzeSummary summary;
    QString seconds; ///< wall time, one decimal
};

/// Analyses the articles that are due (all: every article) with a progress line on a terminal;
/// nullopt when it failed, after saying why on stderr.
std::optional<AnalyzeRun> analyzeWithProgress(ArticleStore &store, bool all);

} // namespace Lagebild::Cli
