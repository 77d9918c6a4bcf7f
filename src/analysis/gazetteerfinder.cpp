// SPDX-License-Identifier: GPL-3.0-or-later
// Known names from the gazetteers: companies, agencies, media, organisations, people,
// places and products, with genitive and all-caps variants and hyphenated prefixes.

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

namespace Lagebild::Analysis {

namespace {

// "US-Exportkontrollen", "China-Geschäft": a place as the first part of a compound acts as an
// adjective and is no mention (annotation guide); other names are ("Nvidia-Chips").
bool isCompoundPrefix(const TokenizedText &text, int end)
{
    return end + 1 < text.size() && text.is(end, u"-") && !text.at(end).spaceBefore
        && !text.at(end + 1).spaceBefore && text.at(end + 1).kind == Token::Word;
}

// "Visa und Mastercard", "Axa, Allianz": a one-word name the lists hold as ambiguous (it is also
// an ordinary word) is the name when it is coordinated with a listed name of the same type, as
// coordinated names are of one kind; not after an indefinite determiner ("eine Allianz und …").
bool coordinatedWithListed(const FinderContext &c, int i, EntityType type)
{
    const TokenizedText &text = c.text;
    const int sentence = text.at(i).sentence;
    if (i > 0 && c.resources.determiners.count(text.hash(i - 1))
        && !c.resources.definiteArticles.count(text.hash(i - 1)))
        return false;
    auto joins = [&](int k) {
        return k > 0 && k + 1 < text.size() && text.at(k).sentence == sentence
            && (c.resources.nameCueConjunctions.count(text.hash(k)) || text.is(k, u","));
    };
    auto partner = [&](int first, int end) {
        const std::optional<ListedName> listed = listedName(c, first);
        return listed && !listed->rejected && listed->type == type && (end < 0 || listed->endToken == end)
            && text.at(first).sentence == sentence
            && !(listed->endToken < text.size() && text.is(listed->endToken, u"-")
                && !text.at(listed->endToken).spaceBefore);
    };
    if (joins(i + 1) && partner(i + 2, -1))
        return true;
    if (joins(i - 1))
        for (int first = std::max(0, i - 5); first < i - 1; ++first)
            if (partner(first, i - 1))
                return true;
    return false;
}

// "wenn die Grünen sich verbünden", "das Verbot mit der Linken": an adjective the lexicon knows in
// lower case, written capitalised inside a sentence after a definite article and before no noun,
// is a noun, which for the adjective forms the lists hold as a party's name (agencies.tsv,
// "also adjective forms") is the party. At a sentence's start, or before a noun ("die Grünen
// Wiesen" is a typo at most), it stays the adjective; nouns that are common plurals
// ("Demokraten") are not adjectives and need a longer form.
bool nominalisedAdjective(const FinderContext &c, int i)
{
    const TokenizedText &text = c.text;
    const Token &t = text.at(i);
    return t.upper && !t.allUpper && !t.sentenceStart && c.has(i, WordInfo::Lowercase) && i > 0
        && c.resources.definiteArticles.count(text.hash(i - 1))
        && !(i + 1 < text.size() && text.at(i + 1).kind == Token::Word && text.at(i + 1).upper);
}

} // namespace

std::optional<ListedName> listedName(const FinderContext &c, int i)
{
    // Most tokens start no listed name: that is asked first (punctuation never has a match).
    const auto &match = c.gazetteerAt(i);
    if (!match)
        return std::nullopt;
    const TokenizedText &text = c.text;
    const Token &t = text.at(i);
    // A name starts a word: not the tail of a compound ("Staats-Nvidia" is rare, "KI-Chips" common).
    if (i > 1 && !t.spaceBefore && text.is(i - 1, u"-") && !text.at(i - 1).spaceBefore
        && text.at(i - 2).kind == Token::Word)
        return std::nullopt;
    const Gazetteer::Entry &entry = c.resources.gazetteer.entry(match->entry);
    const bool single = match->endToken == i + 1;
    ListedName listed {match->endToken, entry.type, match->entry, false};
    // "orange", "essen": lower case is the ordinary word; "Mit" at a sentence start is no "MIT".
    // An acronym's letters written as a word that is no German word stay its name, as German
    // news writes many ("Axa", "Nio", "Nato").
    listed.rejected = (entry.capitalised && !t.upper && !t.hasDigit)
        || (entry.acronym && !t.allUpper && single
            && (!t.upper || c.has(i, WordInfo::Capitalized) || c.has(i, WordInfo::Lowercase)));
    // "die grünen Wiesen" is no "Die Grünen": a later word the alias capitalises may not be lower
    // case in the text (the first word is checked above, as a sentence capitalises any).
    for (int k = i + 1; k < match->endToken && k - i < 32 && !listed.rejected; ++k)
        listed.rejected = (entry.upperWords >> (k - i) & 1u) && !text.at(k).upper && !text.at(k).hasDigit
            && text.at(k).kind == Token::Word;
    if (listed.rejected)
        return listed;
    // Single-word names that are also ordinary words need a longer form, or they are a party's
    // adjective written as a noun (nominalisedAdjective): "die Grünen", "der Linken".
    if (entry.ambiguous && single && !(entry.type == EntityType::Organization && nominalisedAdjective(c, i)))
        return std::nullopt;
    if (entry.type == EntityType::Location && isCompoundPrefix(text, match->endToken))
        return std::nullopt;
    // "Senator Henkel", "Frau Porsche": a role or title right before a one-word company makes
    // it a person's surname ("ein Sprecher Henkels" stays the company's genitive), unless the
    // role is also a word for a company ("der Investor SoftBank", "der Entwickler Nintendo").
    if (entry.type == EntityType::Company && single && !match->genitive && c.has(i - 1, WordInfo::PersonRole)
        && !c.has(i - 1, WordInfo::CompanyCue) && text.at(i - 1).upper)
        listed.type = EntityType::Person;
    return listed;
}

bool isPlaceAdjective(const FinderContext &c, int i)
{
    if (i < 0 || i >= c.text.size())
        return false;
    const Token &t = c.text.at(i);
    if (t.kind != Token::Word || !t.upper || t.allUpper || t.hasDigit)
        return false;
    const QStringView folded = c.text.folded(i);
    if (folded.size() < 5 || !folded.endsWith(u"er"))
        return false;
    const Gazetteer &g = c.resources.gazetteer;
    auto place = [&g](QStringView word) {
        const std::optional<int> e = g.findWord(Text::wordHash(word));
        return e && g.entry(*e).type == EntityType::Location;
    };
    if (place(folded))
        return false; // "Münster", "Hannover"
    const QStringView stem = folded.chopped(2);
    if (place(stem)) // Hamburg·er, Schweiz·er, Essen·er
        return true;
    if (place(QString(stem + u"en"))) // Brem·er → Bremen
        return true;
    if (stem.endsWith(u'n') && place(QString(stem.chopped(1) + u"en"))) // Münchn·er → München, Dresdn·er
        return true;
    if (stem.endsWith(u"an") && place(stem.chopped(2))) // Hannover·an·er
        return true;
    // An umlaut the place has not: Ingolstädt·er → Ingolstadt, Saarländ·er → Saarland (folded "ae").
    for (const char16_t *umlaut : {u"ae", u"oe", u"ue"}) {
        const qsizetype at = stem.lastIndexOf(umlaut);
        if (at > 0) {
            QString plain = stem.toString();
            plain.remove(at + 1, 1);
            if (place(plain))
                return true;
        }
    }
    return false;
}

void findGazetteerNames(FinderContext &c)
{
    const TokenizedText &text = c.text;
    for (int i = 0; i < text.size(); ++i) {
        // "Novo-Nordisk-Chef", "Siemens-Energy-Aktie": a company of several words as a compound's
        // first part, its words joined by hyphens, is the company (annotation guide). Not a
        // compound's tail, nor a list's longer name written so ("Mercedes-Benz"), nor a name
        // opening with a given name, which streets and foundations bear ("Robert-Bosch-Straße").
        if (const auto joined = c.resources.gazetteer.longestHyphenated(text, i); joined
            && !c.has(i, WordInfo::GivenName)
            && c.resources.gazetteer.entry(joined->entry).type == EntityType::Company && text.at(i).upper
            && !(i > 0 && !text.at(i).spaceBefore && text.is(i - 1, u"-"))
            && !(c.gazetteerAt(i) && c.gazetteerAt(i)->endToken >= joined->endToken)) {
            Mention m;
            m.type = EntityType::Company;
            m.canonical = c.resources.gazetteer.entry(joined->entry).canonical;
            m.start = text.at(i).start;
            m.end = text.at(joined->endToken - 1).end;
            c.add(i, joined->endToken, m, Priority::GazetteerLong);
            i = joined->endToken - 1;
            continue;
        }
        const std::optional<ListedName> listed = listedName(c, i);
        if (!listed) {
            // An ambiguous one-word name beside a listed one of its kind ("Visa und Mastercard").
            const auto &match = c.gazetteerAt(i);
            if (match && match->endToken == i + 1 && text.at(i).upper) {
                const Gazetteer::Entry &entry = c.resources.gazetteer.entry(match->entry);
                if (entry.ambiguous && entry.type != EntityType::Location && entry.type != EntityType::Person
                    && coordinatedWithListed(c, i, entry.type)) {
                    Mention m;
                    m.type = entry.type;
                    m.canonical = entry.canonical;
                    m.start = text.at(i).start;
                    m.end = text.at(i).end;
                    c.add(i, i + 1, m, Priority::Gazetteer);
                }
            }
            continue;
        }
        if (listed->rejected)
            continue;
        const Gazetteer::Entry &entry = c.resources.gazetteer.entry(listed->entry);
        // A word the text continues without space is not this name ("Chinareise" never matched,
        // but "Huaweis" did via the genitive rule; "Intel" in "Intelligenz" cannot match either).
        int end = listed->endToken;
        // "Carl Zeiss SMT GmbH", "Nvidia Corp.": a legal form after a known company belongs to it.
        if (listed->type == EntityType::Company)
            end = legalFormAfter(c, end);
        Mention m;
        m.type = listed->type;
        if (listed->type == entry.type)
            m.canonical = entry.canonical; // a person named like a company is filed under the surface
        m.start = text.at(i).start;
        m.end = text.at(end - 1).end;
        const int tokens = end - i;
        c.add(i, end, m, tokens > 1 ? Priority::GazetteerLong : Priority::Gazetteer);
        i = end - 1;
    }
}

} // namespace Lagebild::Analysis
