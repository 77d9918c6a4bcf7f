// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/mention.h"

#include <QString>

#include <vector>

namespace Lagebild::Analysis {

class TokenizedText;

/// One analyst correction, stored as a rule (table `corrections`).
struct Correction
{
    enum Kind { Alias, Merge, Ignore, Retype };
    Kind kind = Alias;
    QString entity;                      ///< canonical name the rule is about
    std::optional<EntityType> entityType; ///< unset: any type
    QString value;                       ///< alias, merge target, or new type name
};

/// Applies the analyst's corrections to an analysis result. The engine stays free of any
/// database: the store loads the rules, the analysis service passes them in.
class CorrectionRules
{
public:
    CorrectionRules() = default;
    explicit CorrectionRules(std::vector<Correction> rules);

    [[nodiscard]] bool isEmpty() const { return m_rules.empty(); }
    /// Adds mentions for aliases the engine missed, then maps canonical names and types
    /// (merge, retype), then drops ignored entities. Keeps mentions sorted and non-overlapping.
    void apply(const QString &text, AnalysisResult &result) const;

private:
    std::vector<Correction> m_rules;
};

[[nodiscard]] QString correctionKindName(Correction::Kind kind);
[[nodiscard]] std::optional<Correction::Kind> correctionKindFromName(QStringView name);

} // namespace Lagebild::Analysis
