// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/articleanalyser.h"

#include "analysis/entitytype.h"
#include "services/analysisservice.h"

namespace Lagebild {

namespace {

Analysis::CorrectionRules rulesOf(const std::vector<CorrectionRow> &rows)
{
    std::vector<Analysis::Correction> rules;
    for (const CorrectionRow &row : rows) {
        const auto kind = Analysis::correctionKindFromName(row.kind);
        if (!kind)
            continue;
        Analysis::Correction c;
        c.kind = *kind;
        c.entity = row.entity;
        if (!row.entityType.isEmpty())
            c.entityType = Analysis::typeFromName(row.entityType);
        c.value = row.value;
        rules.push_back(std::move(c));
    }
    return Analysis::CorrectionRules(std::move(rules));
}

} // namespace

ArticleAnalyser::ArticleAnalyser(
    const std::vector<CorrectionRow> &corrections, std::shared_ptr<const Analysis::NerAdaptation> adaptation)
    : m_analyzer(std::move(adaptation)), m_rules(rulesOf(corrections))
{ }

ArticleAnalysis ArticleAnalyser::analyse(ArticleId id, const QString &body, QDate published) const
{
    Analysis::AnalysisResult result = m_analyzer.analyze(body, published);
    m_rules.apply(body, result);
    return AnalysisService::toStored(id, body, published, result);
}

} // namespace Lagebild
