// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyzer.h"
#include "analysis/corrections.h"
#include "store/storedanalysis.h"

#include <QDate>

#include <memory>
#include <vector>

namespace Lagebild {

namespace Analysis {
class NerAdaptation;
}

/// The engine as one database has it, its analysts' correction rules and its adapted name tagger:
/// what every analysis run does to one article, on SQLite (AnalysisService) as on PostgreSQL
/// (`lagebild-cli worker`). Re-entrant: analyse() runs on all cores at once.
class ArticleAnalyser
{
public:
    ArticleAnalyser(const std::vector<CorrectionRow> &corrections,
        std::shared_ptr<const Analysis::NerAdaptation> adaptation);

    [[nodiscard]] ArticleAnalysis analyse(ArticleId id, const QString &body, QDate published) const;

private:
    Analysis::Analyzer m_analyzer;
    Analysis::CorrectionRules m_rules;
};

} // namespace Lagebild
