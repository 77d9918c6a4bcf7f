// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/mention.h"

#include <vector>

namespace Lagebild::Analysis {

class TokenizedText;
struct Resources;

/// Typed relations, one sentence at a time: a trigger word from resources/analysis/relations.tsv
/// ("genehmigt", "Genehmigung", "verbietet") with the sentence's first named entity before it as
/// the subject and the other named entities as objects. Quantities and dates are not ends of a
/// relation; outlets and people a sentence is credited to ("laut Reuters", "sagte Huang") become
/// its attribution instead of an end. The evidence is the sentence.
std::vector<Relation> findRelations(const TokenizedText &text, const std::vector<Mention> &mentions,
                                    const Resources &resources);

} // namespace Lagebild::Analysis
