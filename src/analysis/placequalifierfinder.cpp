// SPDX-License-Identifier: GPL-3.0-or-later
// A town with the river or landscape that tells it apart: "Allendorf an der Eder", "Frankfurt am
// Main", "Freiburg im Breisgau". The lists and the tagger find the town; the link words
// (resources/analysis/place-links.txt) and a name after them make the longer place. Runs once per
// proposed place, never per token.

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

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
    }
}

} // namespace Lagebild::Analysis
