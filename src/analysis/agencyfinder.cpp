// SPDX-License-Identifier: GPL-3.0-or-later
// AGENCY descriptions that no list can hold: "chinesischen Regulierungsbehörden",
// "US-Handelsministerium", "Trump-Regierung", "Cyberspace-Verwaltung Chinas",
// "Regierung von Präsident Joe Biden", "Chinas Marktaufsicht SAMR".

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

namespace Lagebild::Analysis {

namespace {

// The head noun this word ends in, and whether it is a generic word on its own.
std::optional<bool> agencyHead(const FinderContext &c, int i)
{
    // "insgesamt" ends in "amt" but is no noun: words written in lower case are never heads.
    if (i >= c.text.size() || c.has(i, WordInfo::Lowercase) || !c.text.at(i).upper)
        return std::nullopt;
    const QStringView folded = c.text.folded(i);
    const Resources &r = c.resources;
    // Both tests below need the same last letter: only those heads are tried.
    for (const int k : r.agencyHeadsEndingLike(folded)) {
        const Resources::AgencyHead &head = r.agencyHeads[size_t(k)];
        if (folded == head.noun)
            return head.generic;
        if (!head.exact && folded.size() > head.noun.size() + 2 && Text::hasSuffix(folded, head.noun))
            return false; // a compound names a specific body: "Handelsministerium"
    }
    return std::nullopt;
}

// "Amsterdamer Gericht", "Pekinger Regierung": an adjective made of a known place.
bool placeAdjective(const TokenizedText &text, int i, const Resources &r)
{
    if (i < 0 || !text.at(i).upper || !text.folded(i).endsWith(QLatin1String("er")))
        return false;
    const QString place = text.view(i).left(text.view(i).size() - 2).toString();
    const auto entry = r.gazetteer.findExact(place);
    return entry && r.gazetteer.entry(*entry).type == EntityType::Location;
}

// A known place (gazetteer LOCATION) spanning tokens [i, end), genitive allowed.
std::optional<Gazetteer::Match> placeAt(const FinderContext &c, int i)
{
    if (i >= c.text.size())
        return std::nullopt;
    const auto &m = c.gazetteerAt(i);
    if (m && c.resources.gazetteer.entry(m->entry).type == EntityType::Location)
        return m;
    return std::nullopt;
}

// A court or prosecutor named by its seat ("Landgericht", "Staatsanwaltschaft": agency-heads.txt "seat").
bool seatHead(const FinderContext &c, int i)
{
    const QStringView folded = c.text.folded(i);
    for (const int k : c.resources.agencyHeadsEndingLike(folded)) {
        const Resources::AgencyHead &head = c.resources.agencyHeads[size_t(k)];
        if (head.seat && Text::hasSuffix(folded, head.noun))
            return true;
    }
    return false;
}

// "dem Bund gehören 13 Prozent", "Der Bund als Eigentümer": the word for the federal state
// (agency-heads.txt "state") after a definite article is the state as an actor, a government
// (annotation guide). An article or a name after it makes it part of another name ("der Bund der
// Steuerzahler", "der Bund Naturschutz"), as does a longer list name; other determiners make it
// the ordinary noun ("ein Bund fürs Leben").
bool federalState(const FinderContext &c, int i)
{
    const TokenizedText &text = c.text;
    if (i < 1 || !c.resources.stateHeads.count(text.hash(i)) || text.at(i).sentence != text.at(i - 1).sentence
        || !c.resources.definiteArticles.count(text.hash(i - 1)))
        return false;
    if (const auto &listed = c.gazetteerAt(i); listed && listed->endToken > i + 1)
        return false;
    const int next = i + 1;
    return next >= text.size() || text.at(next).sentence != text.at(i).sentence
        || (text.at(next).kind == Token::Punct && !text.is(next, u"-"))
        || (!text.at(next).upper && !c.resources.determiners.count(text.hash(next)));
}

// "Bundes": the genitive of the word for the federal state (agency-heads.txt "state").
bool stateGenitive(const FinderContext &c, int i)
{
    if (i >= c.text.size() || !c.text.at(i).upper)
        return false;
    const QStringView f = c.text.folded(i);
    return f.endsWith(QLatin1String("es")) && c.resources.stateHeads.count(Text::wordHash(f.chopped(2)));
}

} // namespace

bool isNationality(QStringView folded, const Resources &r)
{
    for (const QString &stem : r.nationalities) {
        if (folded.startsWith(stem) && folded.size() <= stem.size() + 3 && stem.size() > 2)
            return true;
    }
    return false;
}

void findAgencies(FinderContext &c)
{
    const TokenizedText &text = c.text;
    const Resources &r = c.resources;
    for (int i = 0; i < text.size(); ++i) {
        const Token &t = text.at(i);
        if (t.kind != Token::Word || !t.upper)
            continue;
        if (federalState(c, i)) {
            c.addName(i, i + 1, EntityType::Agency, Priority::Cue);
            continue;
        }
        // Compounds are split at hyphens: "US-Handelsministerium" is US, -, Handelsministerium.
        int first = i;
        bool qualified = false;
        int headToken = i;
        if (i + 2 < text.size() && text.is(i + 1, u"-") && !text.at(i + 1).spaceBefore
            && !text.at(i + 2).spaceBefore) {
            // "US-Handelsministerium", "EU-Kommission", "Trump-Regierung", "Biden-Administration"
            if (agencyHead(c, i + 2)) {
                headToken = i + 2;
                qualified = true;
            } else {
                continue;
            }
        }
        const auto head = agencyHead(c, headToken);
        if (!head)
            continue;
        if (headToken == i && !text.at(i).spaceBefore && i > 0 && text.is(i - 1, u"-"))
            continue; // the tail of a compound handled from its start
        // Qualifiers before: "chinesischen", "US-amerikanische", a genitive place "Chinas".
        if (placeAdjective(text, first - 1, r)) {
            --first;
            qualified = true;
        } else if (first > 0 && text.at(first - 1).kind == Token::Word
            && isNationality(text.folded(first - 1), r)) {
            --first;
            qualified = true;
            // "US-amerikanischen": US - amerikanischen
            if (first > 1 && text.is(first - 1, u"-") && !text.at(first).spaceBefore
                && text.at(first - 2).kind == Token::Word) {
                first -= 2;
            }
            // "obersten", "zuständigen" between qualifier and head are rare; keep the simple case.
        } else if (first > 0) {
            // "Chinas Internetaufsicht", "Chinas oberste Internetbehörde": a place in the genitive
            // before the head, perhaps with one adjective between.
            const int adjective
                = first > 0 && text.at(first - 1).kind == Token::Word && !text.at(first - 1).upper ? 1 : 0;
            for (int back = 1; back <= 3 && first - adjective - back >= 0; ++back) {
                if (auto place = placeAt(c, first - adjective - back);
                    place && place->endToken == first - adjective && place->genitive) {
                    first -= adjective + back;
                    qualified = true;
                    break;
                }
            }
        }
        int end = headToken + 1;
        // "Bundesamt für Kommunikation", "Staatsministerium für Unterricht und Kultus": the field
        // a body is named for is inside its name and says which body it is. A body the lists
        // hold is named in full already, and "für" after it belongs to the clause ("das
        // Bundeskartellamt für Fusionen zuständig").
        if (const int field = c.gazetteerAt(headToken) ? end : nameComplementEnd(c, end); field > end) {
            end = field;
            qualified = true;
        }
        // Genitive place after: "Cyberspace-Verwaltung Chinas", "Regierung der USA".
        if (auto place = placeAt(c, end); place && place->genitive) {
            end = place->endToken;
            qualified = true;
        } else if (end + 1 < text.size()
            && (text.folded(end) == QLatin1String("der") || text.folded(end) == QLatin1String("des"))) {
            if (auto p2 = placeAt(c, end + 1)) {
                end = p2->endToken;
                qualified = true;
            } else if (text.folded(end) == QLatin1String("des") && stateGenitive(c, end + 1)) {
                // "Finanzagentur des Bundes", "Beschaffungsamt des Bundes": the federal state's
                // genitive says whose body it is.
                end += 2;
                qualified = true;
            }
        }
        // "Landgericht Düsseldorf", "Staatsanwaltschaft Köln": the seat after the head names the body.
        if (end == headToken + 1 && seatHead(c, headToken))
            if (auto seat = placeAt(c, end); seat && !seat->genitive) {
                end = seat->endToken;
                qualified = true;
            }
        // "Regierung von (US-)Präsident Joe Biden": a person's government is one span.
        if (end + 1 < text.size() && text.folded(end) == QLatin1String("von")) {
            int k = end + 1;
            if (c.has(k, WordInfo::PersonRole))
                ++k;
            else if (k + 2 < text.size() && text.is(k + 1, u"-") && c.has(k + 2, WordInfo::PersonRole))
                k += 3;
            int names = 0;
            // A family name after a given name also when it is a common noun too ("Donald Trump").
            while (k < text.size() && text.at(k).kind == Token::Word && text.at(k).upper && names < 3
                && (!c.has(k, WordInfo::Capitalized) || c.has(k, WordInfo::GivenName)
                    || (names > 0 && c.has(k - 1, WordInfo::GivenName)))) {
                ++k;
                ++names;
            }
            if (names > 0 && k > end + 2) {
                end = k;
                qualified = true;
            }
        }
        // "US-Börsenaufsicht SEC", "Heilmittelbehörde Swissmedic", "Atomaufsicht ASN": the body's
        // name right after its description is inside its span (annotation guide) — a known agency,
        // or an acronym no list gives another type.
        if (end < text.size() && text.at(end).sentence == text.at(headToken).sentence) {
            const Token &next = text.at(end);
            if (auto named = c.gazetteerAt(end);
                named && r.gazetteer.entry(named->entry).type == EntityType::Agency) {
                end = named->endToken;
                qualified = true;
            } else if (!named && next.kind == Token::Word && next.allUpper && !next.hasDigit
                && next.length() >= 2 && next.length() <= 6 && !c.has(end, WordInfo::CommonAcronym)
                && !(end + 1 < text.size() && text.is(end + 1, u"-") && !text.at(end + 1).spaceBefore)) {
                ++end;
                qualified = true;
            }
        }
        if (*head && !qualified)
            continue; // "das Ministerium", "die Regierung": an anaphor
        c.addName(first, end, EntityType::Agency,
            qualified || end - first > 1 ? Priority::AgencyPhrase : Priority::Weak + 5);
        i = end - 1;
    }
}

} // namespace Lagebild::Analysis
