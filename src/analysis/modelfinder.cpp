// The main name finder: the structured tagger (nertagger.h) for persons, places, companies,
// agencies, organisations, media and products. Its priority (candidate.h) puts it over single
// list words and the name rules, which it has as features, and under long list names, agency
// phrases, product designators and quantities, whose rules are more precise than the model.

#include "analysis/candidate.h"
#include "analysis/nertagger.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

namespace Lagebild::Analysis {

namespace {

// The lists overrule the tagger's choice among the organisation types: words for a government
// body or an institution say what it is.
EntityType organizationType(const FinderContext &c, int first, int end, EntityType tagged)
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
    return tagged;
}

} // namespace

void findNamesByModel(FinderContext &c)
{
    const NerTagger &tagger = c.resources.tagger;
    if (tagger.isEmpty())
        return;
    const TaggerInput input {c.text, c.info, c.gazetteerMatches, c.resources.gazetteer};
    for (NerTagger::Span span : tagger.tag(input)) {
        // A trailing period ends the sentence; legal forms ("Corp.") come from the company rules.
        while (span.endToken - span.firstToken > 1 && c.text.at(span.endToken - 1).kind == Token::Punct)
            --span.endToken;
        // The first part of a compound ("China-Geschäft", "US-Exportkontrollen") is no mention
        // (annotation guide); a name the lists hold is theirs to type and to name canonically.
        const int after = span.endToken;
        if (after + 1 < c.text.size() && c.text.is(after, u"-") && !c.text.at(after).spaceBefore
            && !c.text.at(after + 1).spaceBefore && c.text.at(after + 1).kind == Token::Word)
            continue;
        const auto &listed = c.gazetteerMatches[size_t(span.firstToken)];
        if (listed && listed->endToken == span.endToken)
            continue;
        Mention m;
        m.type = span.type == EntityType::Company || span.type == EntityType::Organization
            ? organizationType(c, span.firstToken, span.endToken, span.type)
            : span.type;
        m.start = c.text.at(span.firstToken).start;
        m.end = c.text.at(span.endToken - 1).end;
        c.add(span.firstToken, span.endToken, m, Priority::Model);
    }
}

} // namespace Lagebild::Analysis
