// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/makerclauses.h"

#include "analysis/relationlexicon.h"
#include "analysis/tokens.h"

#include <algorithm>

namespace Lagebild::Analysis {

namespace {

using Lexicon = RelationLexicon;

// Whether the tokens [t, end) between the pronoun and the first product only say what the products
// are or when: small words (no coordinator, no negation; at most four), articles and at most one
// capitalised noun that is no role, its compound's parts joined by hyphens counting once.
bool describesProducts(const TokenizedText &text, const Lexicon &lex, int t, int end)
{
    int small = 0;
    int nouns = 0;
    for (; t < end; ++t) {
        const Token &k = text.at(t);
        if (text.is(t, u"-") && !k.spaceBefore)
            continue;
        if (k.kind != Token::Word)
            return false;
        if (lex.is(text.hash(t), Lexicon::Article))
            continue;
        if (k.upper) {
            const bool part = t + 1 < end && text.is(t + 1, u"-");
            if (!part && (++nouns > 1 || lex.role(text.folded(t))))
                return false;
            continue;
        }
        if (++small > 4 || lex.is(text.hash(t), Lexicon::Coordinator)
            || lex.modifier(text.folded(t).toString()) == Lexicon::Modifier::Negation)
            return false;
    }
    return true;
}

// The row of a verb of making or developing that takes its product as the accusative object.
const Lexicon::Word *makingRow(const Lexicon &lex, const QString &folded)
{
    for (const Lexicon::Word *row : lex.verbRows(folded)) {
        if ((row->type != RelationType::Manufactures && row->type != RelationType::Develops)
            || !row->productTarget || row->causative || !row->withEnding.isEmpty())
            continue;
        if (std::any_of(row->targets.begin(), row->targets.end(),
                [](const Lexicon::Slot &slot) { return slot.kind == Lexicon::Slot::Object; }))
            return row;
    }
    return nullptr;
}

bool isFirm(const Mention &m)
{
    return m.type == EntityType::Company || m.type == EntityType::Organization;
}

} // namespace

std::vector<ClauseRelation> readMakerClauses(
    const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s, const Lexicon &lex)
{
    std::vector<ClauseRelation> out;
    for (size_t k = 0; k + 1 < ms.size(); ++k) {
        const Mention &maker = *ms[k];
        if (!isFirm(maker))
            continue;
        const int comma = text.tokenAt(maker.end - 1) + 1;
        const int pronoun = comma + 1;
        if (pronoun >= s.endToken || !text.is(comma, u",") || !lex.is(text.hash(pronoun), Lexicon::Article)
            || lex.is(text.hash(pronoun), Lexicon::NotNominative)
            || lex.is(text.hash(pronoun), Lexicon::Possessive))
            continue;
        const size_t first = k + 1;
        if (ms[first]->type != EntityType::Product || text.tokenAt(ms[first]->start) <= pronoun
            || !describesProducts(text, lex, pronoun + 1, text.tokenAt(ms[first]->start)))
            continue;
        // The products, listed: "A, B und C".
        size_t last = first;
        int after = text.tokenAt(ms[last]->end - 1) + 1;
        while (last + 1 < ms.size() && ms[last + 1]->type == EntityType::Product
            && after + 1 == text.tokenAt(ms[last + 1]->start)
            && (text.is(after, u",") || lex.is(text.hash(after), Lexicon::Coordinator))) {
            ++last;
            after = text.tokenAt(ms[last]->end - 1) + 1;
        }
        const int verb = after;
        if (verb >= s.endToken || text.at(verb).kind != Token::Word || text.at(verb).upper)
            continue;
        const Lexicon::Word *row = makingRow(lex, text.folded(verb).toString());
        if (!row)
            continue;
        int close = verb + 1;
        if (close < s.endToken && lex.is(text.hash(close), Lexicon::PerfectAuxiliary))
            ++close;
        if (close < s.endToken && text.at(close).kind != Token::Punct)
            continue;
        for (size_t j = first; j <= last; ++j)
            out.push_back({row->type, &maker, ms[j]});
    }
    return out;
}

} // namespace Lagebild::Analysis
