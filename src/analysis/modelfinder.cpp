// SPDX-License-Identifier: GPL-3.0-or-later
// Person, place and organisation names that no rule or list knows, from the statistical tagger
// (nertagger.h). Lowest priority: the tagger only fills the gaps the other finders leave.

#include "analysis/candidate.h"
#include "analysis/nertagger.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

namespace Lagebild::Analysis {

namespace {

// How sure the tagger must be: below this margin its guesses cost more precision than they add.
constexpr float minimumMargin = 3.0f;

// An organisation the tagger found is most often a company in business news; words for a
// government body or an institution say otherwise.
EntityType organizationType(const FinderContext &c, int first, int end)
{
    for (int k = first; k < end; ++k) {
        if (c.has(k, WordInfo::OrganizationHead))
            return EntityType::Organization;
        const QString &f = c.text.folded(k);
        for (const auto &head : c.resources.agencyHeads) {
            if (f == head.noun || (!head.exact && f.endsWith(head.noun)))
                return EntityType::Agency;
        }
    }
    return EntityType::Company;
}

} // namespace

void findNamesByModel(FinderContext &c)
{
    const NerTagger &tagger = c.resources.tagger;
    if (tagger.isEmpty())
        return;
    const TaggerInput input{c.text, c.info, c.gazetteerMatches, c.resources.gazetteer};
    // Only sentences with a capitalised word no list or lexicon knows can yield a name below.
    std::vector<bool> wanted(c.text.sentences().size(), false);
    for (int k = 0; k < c.text.size(); ++k) {
        const Token &t = c.text.at(k);
        if (t.kind == Token::Word && (t.upper || t.allUpper) && !c.has(k, WordInfo::CommonAcronym)
            && (c.has(k, WordInfo::GivenName) || !(c.has(k, WordInfo::Capitalized) || c.has(k, WordInfo::Lowercase))))
            wanted[size_t(t.sentence)] = true;
    }
    const Resources &r = c.resources;
    auto known = [&](int k) {
        if (c.has(k, WordInfo::CommonAcronym))
            return true;
        if (c.has(k, WordInfo::GivenName) || c.text.at(k).allUpper)
            return false;
        if (c.has(k, WordInfo::Capitalized) || c.has(k, WordInfo::Lowercase))
            return true;
        // German compounds are rarely listed whole: "Handelsministerin" is Handels + Ministerin.
        const QString &f = c.text.folded(k);
        for (qsizetype split = 3; split + 4 <= f.size(); ++split) {
            const QStringView tail = QStringView(f).mid(split);
            if (r.capitalizedWords.contains(tail, Text::wordHash(tail)))
                return true;
        }
        return false;
    };
    for (NerTagger::Span span : tagger.tag(input, wanted)) {
        if (span.margin < minimumMargin)
            continue;
        // Leading German nouns are descriptions ("Beratungshaus …", "Kanzlei …"), a trailing
        // period ends the sentence: neither belongs to the name.
        while (span.endToken - span.firstToken > 1 && known(span.firstToken))
            ++span.firstToken;
        while (span.endToken - span.firstToken > 1 && c.text.at(span.endToken - 1).kind == Token::Punct)
            --span.endToken;
        // A name the tagger proposes must hold a word the German lexicon does not know, a
        // given name or an acronym: "Gallium", "Chips", "Rivalen" are words, not names.
        bool nameLike = false;
        for (int k = span.firstToken; k < span.endToken && !nameLike; ++k)
            nameLike = c.text.at(k).kind == Token::Word && !known(k);
        if (!nameLike)
            continue;
        // One word alone is too little evidence for a person; the rules catch "sagte Capri".
        if (span.type == NerTagger::BPer && span.endToken - span.firstToken < 2)
            continue;
        Mention m;
        m.type = span.type == NerTagger::BPer ? EntityType::Person
                 : span.type == NerTagger::BLoc ? EntityType::Location
                                                : organizationType(c, span.firstToken, span.endToken);
        m.start = c.text.at(span.firstToken).start;
        m.end = c.text.at(span.endToken - 1).end;
        c.add(span.firstToken, span.endToken, m, Priority::Weak - 10);
    }
}

} // namespace Lagebild::Analysis
