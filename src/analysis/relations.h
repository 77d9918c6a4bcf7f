// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/mention.h"

#include <vector>

namespace Lagebild::Analysis {

class TokenizedText;
struct Resources;

/// Typed relations read from each sentence with two or more named entities and a relation word
/// (resources/analysis/relation-words.tsv). The sentence is parsed (src/syntax) and the roles
/// decide the ends: the subject is the source — in the passive the "von"/"durch" phrase — and the
/// object, the dative or a phrase with the listed preposition the target; coordinated names share
/// a role. Negated, stopped, wanted or merely possible acts give nothing; a lifted restriction is
/// an approval. Outlets and people a sentence is credited to ("laut Reuters", "sagte Huang", the
/// subject of a verb of saying over the clause) become its attribution, never an end. Appositions
/// and compounds give `leads` and `owns` ("Nvidia-Chef Jensen Huang", "die Nvidia-Tochter
/// Mellanox", "Nvidias H20"). Only relations at or above relationThreshold are returned.
std::vector<Relation> findRelations(const TokenizedText &text, const std::vector<Mention> &mentions,
                                    const Resources &resources);

/// Below this confidence a pair stays an untyped same-sentence link.
constexpr float relationThreshold = 0.65f;

} // namespace Lagebild::Analysis
