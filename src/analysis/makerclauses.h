// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/mention.h"
#include "core/relationtypes.h"

#include <vector>

namespace Lagebild::Analysis {

class TokenizedText;
struct Sentence;
struct RelationLexicon;

/// A relation a clause states, before the reader adds it with its sentence and confidence.
struct ClauseRelation
{
    RelationType type = RelationType::Manufactures;
    const Mention *source = nullptr;
    const Mention *target = nullptr;
};

/// "Der Konsumgüterkonzern Unilever, der unter anderem die Marken Knorr, Langnese und Dove
/// herstellt, …", "Bosch, das den Motor X200 entwickelt hat": a company, a comma, a relative
/// pronoun that may be the subject, at most four small words ("unter anderem", "seit Jahren"), an
/// article, adjectives and at most one noun saying what the names are (no role), the products,
/// listed, and a verb of making or developing (a `manufactures` or `develops` row of
/// relation-words.tsv with an accusative product target) that closes the clause, alone or with the
/// perfect's auxiliary. The company makes or develops each product: a product makes nothing, so
/// the pronoun whose antecedent is the company is the subject, whatever its form tells. The parse
/// reads such a clause in pieces as often as not. Not negated ("der keine Marken herstellt"), not
/// wanted or announced (a modal after the verb).
[[nodiscard]] std::vector<ClauseRelation> readMakerClauses(const TokenizedText &text,
    const std::vector<const Mention *> &ms, const Sentence &s, const RelationLexicon &lex);

} // namespace Lagebild::Analysis
