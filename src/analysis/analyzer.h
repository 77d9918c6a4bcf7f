// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/mention.h"

#include <QDate>
#include <QString>

#include <memory>

namespace Lagebild::Analysis {

class NerAdaptation;
struct Resources;

/// Bumped whenever the engine's output changes, so stored analyses are redone.
inline constexpr int engineVersion = 39;

/// The German analysis pipeline: tokens and sentences, then finders for dates, quantities,
/// known names, agency descriptions, persons, companies and products, then overlap
/// resolution, document-level consistency and canonical names, then relations.
///
/// Synchronous and re-entrant: one Analyzer may serve many threads at once; the data it
/// reads (Resources) is immutable after the first use.
class Analyzer
{
public:
    Analyzer();
    /// With a database's adaptation of the name tagger (neradaptation.h); one that does not fit
    /// the built-in model (NerAdaptation::fits) is not used.
    explicit Analyzer(std::shared_ptr<const NerAdaptation> adaptation);

    /// `published` resolves relative dates ("ab Mai", "im vergangenen Jahr"); invalid: unknown.
    [[nodiscard]] AnalysisResult analyze(const QString &text, QDate published = {}) const;

private:
    const Resources &m_resources;
    std::shared_ptr<const NerAdaptation> m_adaptation;
};

} // namespace Lagebild::Analysis
