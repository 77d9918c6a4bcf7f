// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scores typed relations against gold (docs/relations-guide.md): per document, a found relation
// is right when its type family, source and target match a gold relation not matched yet —
// the direction counts, except for partners_with. Names match after folding case and dropping
// punctuation, or when one is the other with words added ("Volkswagen" and "Volkswagen AG").

#include "core/relationtypes.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

struct ScoredRelation
{
    Lagebild::RelationType type = Lagebild::RelationType::Restricts;
    QString source;
    QString target;
    QString evidence; ///< the sentence, for the error lines
};

struct RelationCounts
{
    int gold = 0;
    int found = 0;
    int right = 0;
    [[nodiscard]] double precision() const { return found ? double(right) / found : 0; }
    [[nodiscard]] double recall() const { return gold ? double(right) / gold : 0; }
};

struct RelationScore
{
    std::map<Lagebild::RelationType, RelationCounts> byFamily;
    RelationCounts total;
    /// Wrong ones that share the family and one end with a gold relation left unmatched: mostly a
    /// name spelt another way or the direction turned, told apart from claims the text never makes.
    int nearMisses = 0;
    int reversed = 0; ///< of those, source and target swapped
    QStringList errors; ///< "document: FP type source → target" and "FN …" lines

    void add(const QString &document, const std::vector<ScoredRelation> &gold,
        const std::vector<ScoredRelation> &found);
    [[nodiscard]] QString report() const;
};

[[nodiscard]] bool sameEntityName(const QString &a, const QString &b);
