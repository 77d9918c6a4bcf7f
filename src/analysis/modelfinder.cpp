// SPDX-License-Identifier: GPL-3.0-or-later
// The main name finder: the structured tagger (nertagger.h) for persons, places, companies,
// agencies, organisations, media and products. Its priority (candidate.h) puts it over single
// list words and the name rules, which it has as features, and under long list names, agency
// phrases, product designators and quantities, whose rules are more precise than the model.

#include "analysis/candidate.h"
#include "analysis/nertagger.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace Lagebild::Analysis {

namespace {

// The lists overrule the tagger's choice among the organisation types: words for a government
// body or an institution say what it is.
EntityType organizationType(const FinderContext &c, int first, int end, EntityType tagged)
{
    for (int k = first; k < end; ++k) {
        if (c.has(k, WordInfo::OrganizationHead))
            return EntityType::Organization;
        const QStringView f = c.text.folded(k);
        for (const auto &head : c.resources.agencyHeads) {
            if (f == head.noun || (!head.exact && Text::hasSuffix(f, head.noun)))
                return EntityType::Agency;
        }
    }
    return tagged;
}

} // namespace

void findNamesByModel(FinderContext &c)
{
    const NerTagger &tagger = c.resources.tagger;
    if (tagger.isEmpty())
        return;
    const TaggerInput input {c.text, c.info, c.gazetteerMatches, c.resources.gazetteer};
    std::vector<NerTagger::Span> spans = tagger.tag(input, c.adaptation);
    // One name, one type in an article: the type the tagger gave it most often wins
    // ("Condor" a company in four sentences is not an organisation in the fifth).
    auto key = [&c](const NerTagger::Span &s) {
        quint64 k = 0x51ed27;
        for (int t = s.firstToken; t < s.endToken; ++t)
            k = (k ^ c.text.hash(t)) * 0x100000001b3ull;
        return k;
    };
    std::unordered_map<quint64, std::array<int, NerTagger::typeCount>> votes;
    for (const NerTagger::Span &s : spans)
        ++votes[key(s)][size_t(*NerTagger::typeIndex(s.type))];
    for (NerTagger::Span &s : spans) {
        const auto &v = votes[key(s)];
        s.type = NerTagger::types[size_t(std::max_element(v.begin(), v.end()) - v.begin())];
    }
    for (NerTagger::Span span : spans) {
        // An article or determiner capitalised because it opens the sentence ("Die Bahn AG plant
        // …", "Mehrere IC-Züge …") is not the name's; names with their article ("Die Zeit") are
        // the lists'.
        if (span.endToken - span.firstToken > 1 && c.text.at(span.firstToken).sentenceStart
            && c.resources.determiners.count(c.text.hash(span.firstToken)) && !c.gazetteerAt(span.firstToken))
            ++span.firstToken;
        // A handle runs on through underscores ("@DB_Bahn", "@rpo_panorama"), which split tokens.
        if (c.text.is(span.firstToken, u"@")) {
            while (span.endToken + 1 < c.text.size() && c.text.is(span.endToken, u"_")
                && !c.text.at(span.endToken).spaceBefore && !c.text.at(span.endToken + 1).spaceBefore
                && c.text.at(span.endToken + 1).kind != Token::Punct)
                span.endToken += 2;
        }
        // A title or role is no part of the person's name ("Herr Porsche", "Senatorin Kalayci").
        if (span.type == EntityType::Person && span.endToken - span.firstToken > 1
            && c.has(span.firstToken, WordInfo::PersonRole))
            ++span.firstToken;
        // A trailing period ends the sentence; legal forms ("Corp.") come from the company rules.
        while (span.endToken - span.firstToken > 1 && c.text.at(span.endToken - 1).kind == Token::Punct)
            --span.endToken;
        // A place as the first part of a compound ("China-Geschäft", "US-Exportkontrollen") is an
        // adjective and no mention; other names are ("Imtech-Pleite", "Facebook-Gründer": annotation
        // guide). A name the lists hold is theirs to type and to name canonically.
        const int after = span.endToken;
        if (span.type == EntityType::Location && after + 1 < c.text.size() && c.text.is(after, u"-")
            && !c.text.at(after).spaceBefore && !c.text.at(after + 1).spaceBefore
            && c.text.at(after + 1).kind == Token::Word)
            continue;
        // An ambiguous list word ("Orange") claims nothing, so the tagger's finding from context stands.
        const std::optional<ListedName> listed = listedName(c, span.firstToken);
        if (listed && listed->endToken == span.endToken)
            continue;
        Mention m;
        m.type = span.type == EntityType::Company || span.type == EntityType::Organization
            ? organizationType(c, span.firstToken, span.endToken, span.type)
            : span.type;
        // A list word left to the tagger ("Bild", "Orange"): the tagger says whether it is a name
        // here, the list which one.
        if (const auto &match = c.gazetteerAt(span.firstToken); match && match->endToken == span.endToken) {
            const Gazetteer::Entry &entry = c.resources.gazetteer.entry(match->entry);
            if (entry.ambiguous) {
                m.type = entry.type;
                m.canonical = entry.canonical;
            }
        }
        m.start = c.text.at(span.firstToken).start;
        m.end = c.text.at(span.endToken - 1).end;
        c.add(span.firstToken, span.endToken, m, Priority::Model);
    }
}

} // namespace Lagebild::Analysis
