// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entitytype.h"
#include "core/relationtypes.h"

#include <QString>

#include <optional>
#include <vector>

namespace Lagebild::Analysis {

/// One entity mention. Offsets are UTF-16 code units into the analysed text (QString
/// indices), end exclusive; front ends convert them where a contract asks for code points.
struct Mention
{
    int start = 0;
    int end = 0;
    EntityType type = EntityType::Company;
    QString canonical;
    // QUANTITY
    std::optional<double> value; ///< unset for ranges
    QString range; ///< "12-15" for a range
    QString unit; ///< empty: no unit
    bool approx = false;
    // DATE
    QString norm; ///< empty: not resolvable

    [[nodiscard]] int length() const { return end - start; }
    [[nodiscard]] bool overlaps(const Mention &o) const { return start < o.end && o.start < end; }
};

/// A typed link between two canonical entities, proved by a sentence.
struct Relation
{
    RelationType type = RelationType::Restricts;
    QString source; ///< canonical name of the agent
    QString target; ///< canonical name of the object or recipient
    EntityType sourceType = EntityType::Company;
    EntityType targetType = EntityType::Company;
    int evidenceStart = 0;
    int evidenceEnd = 0;
    QString attributedTo; ///< who said it, when the sentence credits someone
    /// How sure the reading of the sentence is, 0–1: roles from the parse with everything in
    /// place score high; a missing role filled by word order or a doubtful trigger lower.
    float confidence = 1;
};

struct AnalysisResult
{
    std::vector<Mention> mentions; ///< sorted by start, never overlapping
    std::vector<Relation> relations;
    /// Sentence spans [start, end), in text order: which entities share a sentence.
    std::vector<std::pair<int, int>> sentences;
};

} // namespace Lagebild::Analysis
