// SPDX-License-Identifier: GPL-3.0-or-later
// A town no list holds, named after the adjective of its country or region: "im ungarischen
// Szeged", "im tschechischen Mladá Boleslav", "ins brandenburgische Nauen". German news places a
// foreign or small town so for readers who do not know it; after "im"/"ins" and such an adjective
// a capitalised word the German lexicon does not know names the place, not a person (whose name
// takes no adjective of origin there) or a firm ("im chinesischen Werk" has a noun of the lexicon).
// Its type holds over the tagger's person or place, guessed from the name's look; list names stay
// the lists', and a firm, body, outlet or product the tagger reads there stays the tagger's.

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

#include <algorithm>

namespace Lagebild::Analysis {

namespace {

// "ungarischen", "bayerischen", "brandenburgische": a lower-case adjective of origin, declined after
// "im" or "ins": a listed nationality or any adjective with an ending of origin-adjectives.tsv,
// unless the word ends like one that is none ("zwischen").
bool originAdjective(const FinderContext &c, int k)
{
    const Token &t = c.text.at(k);
    if (t.kind != Token::Word || t.upper || t.hasDigit)
        return false;
    const QStringView f = c.text.folded(k);
    const auto endsInAny = [f](const QStringList &endings) {
        return std::any_of(endings.begin(), endings.end(), [f](const QString &e) { return f.endsWith(e); });
    };
    if (endsInAny(c.resources.noOriginAdjectiveEndings))
        return false;
    return endsInAny(c.resources.originAdjectiveEndings) || isNationality(f, c.resources);
}

// Whether the name tagger read words of [first, end) as a firm's, a body's, an outlet's or a
// product's name: it reads that from the words around, which this finder does not weigh, while
// its person or place comes from the town's foreign look.
bool taggedOtherwise(const FinderContext &c, int first, int end)
{
    return std::any_of(c.candidates.begin(), c.candidates.end(), [&](const Candidate &o) {
        const EntityType type = o.mention.type;
        return o.priority == Priority::Model && o.firstToken < end && first < o.endToken
            && type != EntityType::Person && type != EntityType::Location;
    });
}

// A word of the place's name: capitalised, no word of the German lexicon nor a compound ending in
// one ("im hessischen Justizvollzug"), no list name of another kind ("im südkoreanischen
// Samsung-Werk", "im japanischen Toyota" stay the lists').
bool placeWord(const FinderContext &c, int k, int sentence)
{
    if (!nameShapedWord(c.text, k) || c.text.at(k).sentence != sentence || c.has(k, WordInfo::Capitalized)
        || c.has(k, WordInfo::Lowercase) || germanCompound(c, k))
        return false;
    const std::optional<ListedName> listed = listedName(c, k);
    return !listed || listed->type == EntityType::Location;
}

} // namespace

void findPlacesAfterAdjectives(FinderContext &c)
{
    const TokenizedText &text = c.text;
    for (int i = 0; i + 2 < text.size(); ++i) {
        const WordInfo::Glue glue = c.word(i).glue;
        if ((glue != WordInfo::InThe && !(glue == WordInfo::In && text.folded(i) == u"ins"))
            || !originAdjective(c, i + 1))
            continue;
        const int sentence = text.at(i).sentence;
        int end = i + 2;
        while (end < text.size() && end - (i + 2) < 3 && placeWord(c, end, sentence))
            ++end;
        // A compound runs on ("im ungarischen Szeged-Werk"); so does a name that a known noun ends
        // ("im ungarischen Audi Werk" is the lists' or the tagger's).
        if (end == i + 2 || !nameWordAfter(text, end - 1, sentence)
            || (end < text.size() && text.at(end).upper && text.at(end).sentence == sentence
                && text.at(end).kind == Token::Word)
            || taggedOtherwise(c, i + 2, end))
            continue;
        c.addName(i + 2, end, EntityType::Location, Priority::Cue);
        i = end - 1;
    }
}

} // namespace Lagebild::Analysis
