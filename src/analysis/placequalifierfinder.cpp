// SPDX-License-Identifier: GPL-3.0-or-later
// A town with the river or landscape that tells it apart: "Allendorf an der Eder", "Frankfurt am
// Main", "Freiburg im Breisgau", and as railways and offices write it "Frankfurt (Main)",
// "Schwedt (Oder)", "Frankfurt/Main". The lists and the tagger find the town; the link words
// (resources/analysis/place-links.txt) or the brackets and a name after them make the longer
// place. Runs once per proposed place, never per token.

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

#include <algorithm>

namespace Lagebild::Analysis {

namespace {

// The river or landscape: one capitalised name word of the link's sentence, no word of the
// German lexicon (or else a listed place: "Main", "Rhein"), no person's given name, and no
// compound's first part ("am VW-Stammsitz").
bool qualifier(const FinderContext &c, int q, int sentence)
{
    if (!nameWordAfter(c.text, q, sentence) || c.has(q, WordInfo::GivenName))
        return false;
    if (const std::optional<ListedName> listed = listedName(c, q))
        return listed->type == EntityType::Location && listed->endToken == q + 1;
    return !c.has(q, WordInfo::Capitalized) && !c.has(q, WordInfo::Lowercase);
}

// The river or landscape in brackets or after a slash: a listed river ("Halle (Saale)"), or a
// capitalised word no list holds and the lexicon knows as no noun ("Münster (Westf)", "Singen
// (Hohentwiel)", "Frankfurt/Main"; inside brackets also a word German writes only in lower case:
// "Schwedt (Oder)"). A listed state, region or country says where a town lies and stays a place
// of its own ("Bad Hersfeld (Hessen)", "Gramzow (Uckermark)"), as does a listed town ("Frankfurt
// / Düsseldorf"); with spaces around a slash only a listed river qualifies, as the slash joins
// two places there ("Stralsund / Schwedt").
bool bracketQualifier(const FinderContext &c, int q, int sentence, bool bracket, bool spaced)
{
    if (!nameWordAfter(c.text, q, sentence) || c.has(q, WordInfo::GivenName))
        return false;
    if (const std::optional<ListedName> listed = listedName(c, q))
        return listed->type == EntityType::Location && listed->endToken == q + 1 && !listed->rejected
            && c.resources.gazetteer.entry(listed->entry).river;
    if (spaced)
        return false;
    if (!c.has(q, WordInfo::Capitalized) && (bracket || !c.has(q, WordInfo::Lowercase)))
        return true;
    // The lexicon holds some rivers as nouns ("Main"): the tagger's reading of the word alone as a
    // place decides, as it does of no noun in brackets ("Berlin (Foto)").
    return std::any_of(c.candidates.begin(), c.candidates.end(), [q](const Candidate &o) {
        return o.firstToken == q && o.endToken == q + 1 && o.mention.type == EntityType::Location
            && o.priority == Priority::Model;
    });
}

// Where the place ending at `end` ends with a bracketed or slashed qualifier ("Frankfurt (Main)",
// "Frankfurt/Main"); `end` when none follows. A place the tagger read right after the bracket
// belongs to it ("Frankfurt (Main) Hbf").
int bracketQualifierEnd(const FinderContext &c, int end, int sentence)
{
    const TokenizedText &text = c.text;
    if (end + 2 >= text.size() || text.at(end + 1).sentence != sentence)
        return end;
    if (text.is(end, u"(") && text.is(end + 2, u")") && !text.at(end + 1).spaceBefore
        && !text.at(end + 2).spaceBefore && bracketQualifier(c, end + 1, sentence, true, false)) {
        const int after = end + 3;
        if (after < text.size() && text.at(after).sentence == sentence && text.at(after).spaceBefore)
            for (const Candidate &o : c.candidates)
                if (o.firstToken == after && o.mention.type == EntityType::Location
                    && o.priority == Priority::Model && o.endToken == after + 1)
                    return after + 1;
        return after;
    }
    if (text.is(end, u"/")) {
        const bool spaced = text.at(end).spaceBefore || text.at(end + 1).spaceBefore;
        if (bracketQualifier(c, end + 1, sentence, false, spaced))
            return end + 2;
    }
    return end;
}

} // namespace

void findPlaceQualifiers(FinderContext &c)
{
    const TokenizedText &text = c.text;
    const size_t proposed = c.candidates.size();
    for (size_t k = 0; k < proposed; ++k) {
        const Candidate place = c.candidates[k]; // a copy: addName grows the vector
        if (place.mention.type != EntityType::Location || place.endToken >= text.size())
            continue;
        const int sentence = text.at(place.endToken - 1).sentence;
        for (const std::vector<quint64> &link : c.resources.placeLinks) {
            const int q = place.endToken + int(link.size());
            if (q >= text.size())
                continue;
            bool linked = true;
            for (int w = 0; w < int(link.size()) && linked; ++w)
                linked = text.hash(place.endToken + w) == link[size_t(w)]
                    && text.at(place.endToken + w).sentence == sentence;
            if (linked && qualifier(c, q, sentence)) {
                c.addName(place.firstToken, q + 1, EntityType::Location, place.priority);
                break;
            }
        }
        // Over the tagger's reading of the parts ("Main", "Hbf"), which a listed town's lower
        // priority would leave standing.
        if (const int end = bracketQualifierEnd(c, place.endToken, sentence); end > place.endToken)
            c.addName(place.firstToken, end, EntityType::Location, std::max(place.priority, Priority::Model));
    }
}

} // namespace Lagebild::Analysis
