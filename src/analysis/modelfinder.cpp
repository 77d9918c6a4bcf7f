// SPDX-License-Identifier: GPL-3.0-or-later
// The main name finder: the structured tagger (nertagger.h) for persons, places, companies,
// agencies, organisations, media and products. Its priority (candidate.h) puts it over single
// list words and the name rules, which it has as features, and under long list names, agency
// phrases, product designators and quantities, whose rules are more precise than the model.

#include "analysis/candidate.h"
#include "analysis/hashset.h"
#include "analysis/nertagger.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Lagebild::Analysis {

namespace {

// A list name over exactly these tokens, of any type (ambiguous words included).
std::optional<EntityType> listedType(const FinderContext &c, int first, int end)
{
    const auto &match = c.gazetteerAt(first);
    if (!match || match->endToken != end)
        return std::nullopt;
    return c.resources.gazetteer.entry(match->entry).type;
}

// A word the rules and lists keep out of the tagger's span: the head noun after a company's
// name ("BMW Konzern", "des Daimler Konzerns", "Würth Gruppe": name-cues.tsv rows marked "after";
// the annotation guide takes the name alone, as in "VW-Konzern" → "VW").
bool headAfterName(const FinderContext &c, int k)
{
    const Token &t = c.text.at(k);
    if (t.kind != Token::Word || !t.upper || t.allUpper || t.hasDigit)
        return false;
    const Resources::NameCue *cue = c.resources.nameCues.find(c.text.hash(k));
    return cue && cue->after;
}

// The type of a list name of an organisation type coordinated with the one-word name at
// `token`, without an article between ("Zalando und Otto", "zwischen Daimler und Renault",
// "Otto, Zalando"): names joined so are of one kind. A compound's first part ("Siemens-Chef") is
// no such partner.
std::optional<EntityType> coordinatedListType(const FinderContext &c, int token)
{
    const TokenizedText &text = c.text;
    auto joins = [&](int k) {
        return k > 0 && k + 1 < text.size() && text.at(k).sentence == text.at(token).sentence
            && (c.resources.nameCueConjunctions.count(text.hash(k)) || text.is(k, u","));
    };
    auto organisation = [](EntityType t) {
        return t == EntityType::Company || t == EntityType::Media || t == EntityType::Organization
            || t == EntityType::Agency;
    };
    auto partner = [&](int first) -> std::optional<EntityType> {
        const std::optional<ListedName> listed = listedName(c, first);
        if (!listed || listed->rejected || !organisation(listed->type)
            || text.at(first).sentence != text.at(token).sentence
            || (listed->endToken < text.size() && text.is(listed->endToken, u"-")
                && !text.at(listed->endToken).spaceBefore))
            return std::nullopt;
        return listed->type;
    };
    // After: "Otto und Zalando".
    if (joins(token + 1))
        if (const auto type = partner(token + 2))
            return type;
    // Before: "Zalando und Otto"; the partner ends right before the conjunction.
    if (joins(token - 1)) {
        for (int first = std::max(0, token - 5); first < token - 1; ++first) {
            const auto &match = c.gazetteerAt(first);
            if (match && match->endToken == token - 1)
                if (const auto type = partner(first))
                    return type;
        }
    }
    return std::nullopt;
}

// A surname's word: capitalised, no word German writes in lower case, no role.
bool surnameWord(const FinderContext &c, int k)
{
    if (k < 0 || k >= c.text.size())
        return false;
    const Token &t = c.text.at(k);
    return t.kind == Token::Word && t.upper && !t.allUpper && !t.hasDigit && !c.has(k, WordInfo::Lowercase)
        && !c.has(k, WordInfo::PersonRole);
}

// The tagger often leaves the particle and what is on its far side out of a person's name ("Ole von
// [Beust]", "[Joseph Victor] von Scheffel"): given names before the particle, or a surname after
// it when the tagger's name holds given names only, belong to the name.
void extendOverParticles(const FinderContext &c, NerTagger::Span &span)
{
    const TokenizedText &text = c.text;
    const int sentence = text.at(span.firstToken).sentence;
    // Left: "Ole von Beust", "Ursula von der Leyen".
    int k = span.firstToken;
    while (isNameParticle(c, k - 1) && text.at(k - 1).sentence == sentence)
        --k;
    if (nameParticlesEnd(c, k) < span.firstToken) // "der" alone is an article
        k = span.firstToken;
    if (k < span.firstToken && k > 0 && c.has(k - 1, WordInfo::GivenName) && surnameWord(c, k - 1)
        && text.at(k - 1).sentence == sentence) {
        int first = k - 1;
        while (first > 0 && c.has(first - 1, WordInfo::GivenName) && surnameWord(c, first - 1)
            && text.at(first - 1).sentence == sentence && !text.at(first).sentenceStart)
            --first;
        span.firstToken = first;
        return;
    }
    // Right: "Joseph Victor von Scheffel".
    for (int g = span.firstToken; g < span.endToken; ++g)
        if (!c.has(g, WordInfo::GivenName) && !text.is(g, u"-"))
            return;
    const int end = nameParticlesEnd(c, span.endToken);
    if (end > span.endToken && surnameWord(c, end) && text.at(end).sentence == sentence)
        span.endToken = end + 1;
}

// "eine Allianz", "eine neue Allianz", "der separatistischen Allianz": a word the lists hold as an ambiguous
// name after an article and an adjective is the ordinary noun it also is; names seldom take an adjective,
// except one of nationality ("die französische Orange"). As a compound's first part the adjective is the
// compound's ("die kommende Rubin-Architektur").
bool ordinaryNounContext(const FinderContext &c, int token)
{
    const TokenizedText &text = c.text;
    // "eine Allianz", "keine Allianz": a name takes no determiner but the definite article.
    if (token >= 1 && text.at(token - 1).sentence == text.at(token).sentence
        && c.resources.determiners.count(text.hash(token - 1))
        && !c.resources.definiteArticles.count(text.hash(token - 1)))
        return true;
    if (token < 2 || text.at(token - 1).sentence != text.at(token).sentence
        || (token + 1 < text.size() && text.is(token + 1, u"-") && !text.at(token + 1).spaceBefore))
        return false;
    const Token &adjective = text.at(token - 1);
    return adjective.kind == Token::Word && !adjective.upper && !adjective.hasDigit
        && c.resources.determiners.count(text.hash(token - 2))
        && !c.resources.determiners.count(text.hash(token - 1)) && !isNameParticle(c, token - 1)
        && !isNationality(text.folded(token - 1), c.resources);
}

// "Semaglutid", "Donanemab": one word that ends like a drug substance's name (substance-endings.txt)
// is no person or place, whatever its look; a given name or a word German writes in lower case is
// never one.
bool substanceName(const FinderContext &c, const NerTagger::Span &span)
{
    const int k = span.firstToken;
    if (span.endToken != k + 1)
        return false;
    const Token &t = c.text.at(k);
    if (t.kind != Token::Word || t.allUpper || t.hasDigit || c.gazetteerAt(k) || c.has(k, WordInfo::GivenName)
        || c.has(k, WordInfo::Lowercase))
        return false;
    const QStringView f = c.text.folded(k);
    for (const QString &ending : c.resources.substanceEndings)
        if (f.size() >= ending.size() + 3 && Text::hasSuffix(f, ending))
            return true;
    return false;
}

// "Pipeline Nord Stream", "Mailänder Flughafen Linate": a facility's noun (name-cues.tsv
// "facility") inside the tagger's name makes it a facility's, which no type covers.
bool facilityName(const FinderContext &c, const NerTagger::Span &span)
{
    for (int k = span.firstToken; k < span.endToken; ++k) {
        const Token &t = c.text.at(k);
        if (t.kind != Token::Word || !t.upper)
            continue;
        const Resources::NameCue *cue = c.resources.nameCues.find(c.text.hash(k));
        if (cue && cue->facility)
            return true;
    }
    return false;
}

// A plus glued between two name words ("Nieding+Barth") at token k.
bool gluedPlus(const FinderContext &c, int k)
{
    return k > 0 && k + 1 < c.text.size() && c.text.is(k, u"+") && !c.text.at(k).spaceBefore
        && !c.text.at(k + 1).spaceBefore && nameShapedWord(c.text, k - 1) && nameShapedWord(c.text, k + 1);
}

// The span of the names glued by pluses that the tagger's span is part of; an empty span when no
// plus joins it to another name.
NerTagger::Span plusJoined(const FinderContext &c, const NerTagger::Span &span)
{
    int first = span.firstToken, end = span.endToken;
    while (gluedPlus(c, first - 1))
        first -= 2;
    while (gluedPlus(c, end))
        end += 2;
    if (first == span.firstToken && end == span.endToken)
        return NerTagger::Span {0, 0, EntityType::Company};
    return NerTagger::Span {first, end, EntityType::Company};
}

struct Part
{
    NerTagger::Span span;
    /// The type a listed name beside it in a coordination gave it ("Allianz und Axa").
    std::optional<EntityType> sharedType;
};

// "Allianz und Commerzbank", "Aldi und Lidl": the tagger joins names across a conjunction, which
// inside one name follows a preposition or article ("Institut für Wirtschaft und Energie", "Bank
// of …") or a truncated compound ("Luft- und Raumfahrt"), or the lists hold the whole ("Bosnien
// und Herzegowina", "Procter & Gamble" has no conjunction word). Each part is a name of its own;
// one the lists do not know takes the type of a listed one beside it, as coordinated names are
// of one kind.
void splitCoordination(const FinderContext &c, const NerTagger::Span &span, std::vector<Part> &out)
{
    const size_t begin = out.size();
    int from = span.firstToken;
    const auto &whole = c.gazetteerAt(span.firstToken);
    if (span.endToken - span.firstToken >= 3 && !(whole && whole->endToken >= span.endToken)) {
        for (int k = span.firstToken + 1; k + 1 < span.endToken; ++k) {
            const Token &t = c.text.at(k);
            if (t.kind != Token::Word || t.upper)
                continue;
            if (!c.resources.nameCueConjunctions.count(c.text.hash(k)) || c.text.is(k - 1, u"-"))
                break; // "für", "of", "de": what follows belongs to the one name
            if (k > from)
                out.push_back(Part {NerTagger::Span {from, k, span.type}, std::nullopt});
            from = k + 1;
        }
    }
    out.push_back(Part {NerTagger::Span {from, span.endToken, span.type}, std::nullopt});
    if (out.size() - begin < 2)
        return;
    std::optional<EntityType> listed;
    for (size_t k = begin; k < out.size() && !listed; ++k)
        listed = listedType(c, out[k].span.firstToken, out[k].span.endToken);
    for (size_t k = begin; k < out.size(); ++k)
        out[k].sharedType = listed;
}

// Whether the span is one word of letters and digits that names no person and no place: a
// person's name has no digits ("X5"), a place's only as a road's or a line's number, the capitals
// of route-prefixes.txt then digits ("A7", "B295", "RE7", "S31", which SmartData's traffic news
// counts as places), never a model's ("X5", "A321neo", "iX3").
bool codeWord(const FinderContext &c, const NerTagger::Span &span, EntityType type)
{
    if (span.endToken - span.firstToken != 1)
        return false;
    const Token &t = c.text.at(span.firstToken);
    if (t.kind != Token::Word || !t.hasDigit)
        return false;
    const QStringView word = c.text.view(span.firstToken);
    const auto digit = std::find_if(word.begin(), word.end(), [](QChar ch) { return ch.isDigit(); });
    if (!std::any_of(word.begin(), word.end(), [](QChar ch) { return ch.isLetter(); }))
        return false;
    if (type == EntityType::Person)
        return true;
    const QStringView prefix = word.first(digit - word.begin());
    const bool route = !prefix.isEmpty()
        && std::all_of(prefix.begin(), prefix.end(), [](QChar ch) { return ch.isUpper(); })
        && std::all_of(digit, word.end(), [](QChar ch) { return ch.isDigit(); })
        && c.resources.routePrefixes.count(Text::wordHash(Text::foldWord(prefix)));
    return !route;
}

} // namespace

// The lists overrule the tagger's choice among the organisation types: words for a government
// body or an institution say what it is.
EntityType organizationType(const FinderContext &c, int first, int end, EntityType tagged)
{
    for (int k = first; k < end; ++k) {
        if (c.has(k, WordInfo::OrganizationHead))
            return EntityType::Organization;
        const QStringView f = c.text.folded(k);
        for (const int h : c.resources.agencyHeadsEndingLike(f)) {
            const Resources::AgencyHead &head = c.resources.agencyHeads[size_t(h)];
            if (f == head.noun || (!head.exact && Text::hasSuffix(f, head.noun)))
                return EntityType::Agency;
        }
    }
    return tagged;
}

void findNamesByModel(FinderContext &c)
{
    const NerTagger &tagger = c.resources.tagger;
    if (tagger.isEmpty())
        return;
    const TaggerInput input {c.text, c.info, c.gazetteerMatches, c.resources.gazetteer};
    std::vector<Part> parts;
    for (NerTagger::Span span : tagger.tag(input, c.adaptation)) {
        // "BMW Konzern", "der Daimler Konzern": the head noun after the name is no part of it.
        if (span.endToken - span.firstToken > 1 && span.type != EntityType::Person
            && span.type != EntityType::Location && headAfterName(c, span.endToken - 1))
            --span.endToken;
        // "Opel Corsa", "VW Golf": a maker the lists know and a model they know are two names
        // (annotation guide: "Nvidia H200"); the lists and the maker finder propose them.
        if (const auto &maker = c.gazetteerAt(span.firstToken); maker && maker->endToken < span.endToken
            && c.resources.gazetteer.entry(maker->entry).type == EntityType::Company
            && listedType(c, maker->endToken, span.endToken) == EntityType::Product) {
            span.endToken = maker->endToken;
            span.type = EntityType::Company;
        }
        splitCoordination(c, span, parts);
    }
    // One name, one type in an article: the type the tagger gave it most often wins
    // ("Condor" a company in four sentences is not an organisation in the fifth).
    auto key = [&c](const NerTagger::Span &s) {
        quint64 k = 0x51ed27;
        for (int t = s.firstToken; t < s.endToken; ++t)
            k = (k ^ c.text.hash(t)) * 0x100000001b3ull;
        return k;
    };
    std::unordered_map<quint64, std::array<int, NerTagger::typeCount>> votes;
    for (const Part &p : parts)
        ++votes[key(p.span)][size_t(*NerTagger::typeIndex(p.span.type))];
    // "Hurrikan Milton … Milton zog weiter": a storm's name is no person or place, in the whole
    // article; "Sankt Gallus" names a church or parish, not a person.
    HashSet unnamed;
    for (Part &p : parts) {
        const auto &v = votes[key(p.span)];
        p.span.type = NerTagger::types[size_t(std::max_element(v.begin(), v.end()) - v.begin())];
        // So is a second saint joined to the first ("Sankt Peter und Paul", "St. Peter und Paul").
        const int first = p.span.firstToken;
        const bool joined = first >= 3 && c.text.is(first - 1, u"und") && isUnnamedWord(c, first - 3);
        if ((p.span.type == EntityType::Person || p.span.type == EntityType::Location)
            && (isUnnamedWord(c, first - 1) || joined)
            && c.text.at(first - (joined ? 3 : 1)).sentence == c.text.at(first).sentence)
            unnamed.insert(key(p.span));
    }
    HashSet firms; // plus-joined names proposed, as first << 32 | end
    for (const Part &part : parts) {
        NerTagger::Span span = part.span;
        // An article or determiner capitalised because it opens the sentence ("Die Bahn AG plant
        // …", "Mehrere IC-Züge …") is not the name's; names with their article ("Die Zeit") are
        // the lists'.
        if (span.endToken - span.firstToken > 1 && c.text.at(span.firstToken).sentenceStart
            && c.resources.determiners.count(c.text.hash(span.firstToken)) && !c.gazetteerAt(span.firstToken))
            ++span.firstToken;
        // A word that says what the name is stays outside it ("des Maschinenbauers Bergmann
        // GmbH", "der Sender Sky News", "die Residenzstadt Mannheim", "die Hansestadt Hamburg"):
        // name-cues.tsv rows that are not "inside", "place" or "nouns"; an agency's descriptor is
        // its name's (agencyfinder.cpp).
        if (span.endToken - span.firstToken > 1
            && (span.type == EntityType::Company || span.type == EntityType::Organization
                || span.type == EntityType::Media || span.type == EntityType::Product
                || span.type == EntityType::Location)
            && isDescriptorCue(c, span.firstToken))
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
        if (span.type == EntityType::Person)
            extendOverParticles(c, span);
        // "Nieding+Barth", "Tilp+Kessler": names glued by a plus are one firm's (law firms,
        // agencies), whatever the tagger made of each part; the firm is proposed once.
        if (const NerTagger::Span firm = plusJoined(c, span); firm.endToken > 0) {
            if (firms.insert((quint64(firm.firstToken) << 32) | quint64(firm.endToken))) {
                Mention m;
                m.type = EntityType::Company;
                m.start = c.text.at(firm.firstToken).start;
                m.end = c.text.at(firm.endToken - 1).end;
                c.add(firm.firstToken, firm.endToken, m, Priority::Model);
            }
            continue;
        }
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
        // "Hamburger", "Münchner": an adjective or demonym of a place is no mention (annotation guide).
        if (span.type == EntityType::Location && span.endToken - span.firstToken == 1
            && isPlaceAdjective(c, span.firstToken))
            continue;
        // An ambiguous list word ("Orange") claims nothing, so the tagger's finding from context stands.
        const std::optional<ListedName> listed = listedName(c, span.firstToken);
        if (listed && listed->endToken == span.endToken)
            continue;
        Mention m;
        m.type = span.type == EntityType::Company || span.type == EntityType::Organization
            ? organizationType(c, span.firstToken, span.endToken, span.type)
            : span.type;
        if (part.sharedType)
            m.type = *part.sharedType;
        // "Zalando und Otto", "zwischen Daimler und Renault": a one-word name the tagger read as a
        // person or place beside a listed company is one too.
        if ((m.type == EntityType::Person || m.type == EntityType::Location)
            && span.endToken == span.firstToken + 1 && !c.gazetteerAt(span.firstToken))
            if (const auto type = coordinatedListType(c, span.firstToken))
                m.type = *type;
        // "X5", "A321neo", "iX3": a model's or a code's name; a product cue or a maker before it
        // makes it a product (cuefinder.cpp, makerproductfinder.cpp), the tagger's look alone
        // makes it nothing.
        if ((m.type == EntityType::Person || m.type == EntityType::Location) && codeWord(c, span, m.type))
            continue;
        // "der Wirkstoff Semaglutid": a substance is no mention (annotation guide), and its name no
        // person's or place's.
        if ((m.type == EntityType::Person || m.type == EntityType::Location) && substanceName(c, span))
            continue;
        if (span.endToken - span.firstToken > 1 && facilityName(c, span))
            continue;
        if ((m.type == EntityType::Person || m.type == EntityType::Location)
            && (unnamed.count(key(part.span))
                || (m.type == EntityType::Person && isUnnamedWord(c, span.firstToken))))
            continue;
        // A list word left to the tagger ("Bild", "Orange"): the tagger says whether it is a name
        // here, the list which one.
        if (const auto &match = c.gazetteerAt(span.firstToken); match && match->endToken == span.endToken) {
            const Gazetteer::Entry &entry = c.resources.gazetteer.entry(match->entry);
            if (entry.ambiguous) {
                if (ordinaryNounContext(c, span.firstToken))
                    continue;
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
