// SPDX-License-Identifier: GPL-3.0-or-later
// ORGANIZATION names built around a word for an institution: "National University of
// Singapore", "Institut für Technologiepolitik", "Forum Lieferkette e.V.", "Peking-Universität",
// "Karl-Hansen-Klinik"; and the COMPANY names of publishers written apart ("Suhrkamp Verlag").

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <algorithm>

namespace Lagebild::Analysis {

namespace {

bool connector(QStringView f)
{
    static const QStringList words {QStringLiteral("of"), QStringLiteral("for"), QStringLiteral("on"),
        QStringLiteral("and"), QStringLiteral("fuer"), QStringLiteral("der"), QStringLiteral("des"),
        QStringLiteral("und"), QStringLiteral("the")};
    return words.contains(f);
}

bool conjunction(QStringView f)
{
    return f == u"und" || f == u"and";
}

bool capitalised(const TokenizedText &text, int i)
{
    return i >= 0 && i < text.size() && text.at(i).kind == Token::Word
        && (text.at(i).upper || text.at(i).allUpper);
}

// Where a place the lists hold, starting at `first`, ends; `first` when none does.
int listedPlaceEnd(const FinderContext &c, int first)
{
    const auto &match = c.gazetteerAt(first);
    if (!match || match->genitive || c.resources.gazetteer.entry(match->entry).type != EntityType::Location)
        return first;
    return match->endToken;
}

// "TSV Odenhausen", "SG 01 Höchst", "SK Wißgoldingen": a designator that abbreviates ("TSV",
// "VfB", "SpVgg": two capitals at least) names a club also before a small town no list holds, one
// word the lexicon does not know, perhaps after the founding year. Returns where the club's name
// ends; `designator + 1` when no such town follows. The word designators ("Borussia", "Fortuna")
// need a listed town, being names or words of their own too.
int unlistedTownEnd(const FinderContext &c, int designator)
{
    const TokenizedText &text = c.text;
    const QStringView d = text.view(designator);
    if (std::count_if(d.begin(), d.end(), [](QChar ch) { return ch.isUpper(); }) < 2)
        return designator + 1;
    const int sentence = text.at(designator).sentence;
    int k = designator + 1;
    if (k < text.size() && text.at(k).kind == Token::Number && text.at(k).sentence == sentence)
        ++k;
    if (k >= text.size() || !nameShapedWord(text, k) || text.at(k).sentence != sentence
        || !text.at(k).spaceBefore || c.has(k, WordInfo::Capitalized) || c.has(k, WordInfo::Lowercase)
        || c.has(k, WordInfo::GivenName) || c.gazetteerAt(k)
        || (k + 1 < text.size() && text.is(k + 1, u"-") && !text.at(k + 1).spaceBefore))
        return designator + 1;
    return k + 1;
}

// "FC Carl Zeiss Jena", "1. FC Köln", "Borussia Dortmund", "SC Freiburg", "Hamburger SV": a club's
// designator (club-designators.txt), the name words after it and its town are one ORGANIZATION,
// not a firm the lists know ("Carl Zeiss") and a place. Without a town the lists know after it, or
// a town's adjective before it, a designator names no club: "SV" and "SC" are other things too.
void findSportsClubs(FinderContext &c)
{
    const TokenizedText &text = c.text;
    const auto &designators = c.resources.clubDesignators;
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (!capitalised(text, i) || !designators.count(text.hash(i)))
            continue;
        const int sentence = text.at(i).sentence;
        // Up to three name words or a founding year before the town ("FC Carl Zeiss Jena", "TSG
        // 1899 Hoffenheim"); the last town of the run ends the name ("FC Bayern München").
        int end = i + 1;
        for (int k = i + 1; k < text.size() && k < i + 5 && text.at(k).sentence == sentence
             && text.at(k).spaceBefore && (capitalised(text, k) || text.at(k).kind == Token::Number);) {
            if (const int place = listedPlaceEnd(c, k); place > k) {
                end = place;
                k = place;
            } else {
                ++k;
            }
        }
        if (end == i + 1)
            end = unlistedTownEnd(c, i);
        int first = i;
        if (end == i + 1) {
            if (i == 0 || text.at(i - 1).sentence != sentence || !isPlaceAdjective(c, i - 1))
                continue;
            first = i - 1; // "der Hamburger SV", "die Stuttgarter Kickers"
        } else if (i >= 2 && text.is(i - 1, u".") && !text.at(i - 1).spaceBefore
            && text.at(i - 2).kind == Token::Number && text.at(i - 2).sentence == sentence) {
            first = i - 2; // "1. FC Köln": the ordinal is the name's
        }
        c.addName(first, end, EntityType::Organization, Priority::Club);
        i = end - 1;
    }
}

// Where a listed town right after an institution's name ends, `end` when none stands there:
// "Medizinische Hochschule Hannover", "Realschule Spaichingen": the town names the body.
int townAfterEnd(const FinderContext &c, int end)
{
    const TokenizedText &text = c.text;
    if (end <= 0 || end >= text.size() || text.at(end).sentence != text.at(end - 1).sentence
        || !text.at(end).spaceBefore || !capitalised(text, end))
        return end;
    const int place = listedPlaceEnd(c, end);
    // A town glued to more by a hyphen is a compound of its own ("Hannover-Messe").
    if (place > end && place < text.size() && text.is(place, u"-") && !text.at(place).spaceBefore)
        return end;
    return place;
}

enum class Head { None, Word, Compound };

bool genitiveNameAfter(const FinderContext &c, int i);

// Whether the word at a token names an institution (organization-heads.txt): the word itself
// ("Institut"), or the end of a compound naming a body, also inflected ("Presseverbandes",
// "Mieterverein"), where the head is marked "compound". The inflected word alone stays none: it
// names the body of an apposition more often than it opens a name ("des Liga-Verbandes HBL");
// glued by a hyphen to a name ("des Hasso-Plattner-Instituts") or before what the body is for
// ("des Instituts für Corporate Governance", "des Vereins der Deutschen Zuckerindustrie") it is
// the name's.
Head organizationHead(const FinderContext &c, int i)
{
    if (!capitalised(c.text, i))
        return Head::None;
    if (c.has(i, WordInfo::OrganizationHead))
        return Head::Word;
    const TokenizedText &text = c.text;
    const QStringView folded = text.folded(i);
    const Resources &r = c.resources;
    // Glued to a name, not to a noun the lexicon knows: "des Liga-Verbandes HBL" names the body
    // of an apposition as the plain inflected word does.
    const bool glued = i >= 2 && text.is(i - 1, u"-") && !text.at(i - 1).spaceBefore
        && !text.at(i).spaceBefore && capitalised(text, i - 2) && !c.has(i - 2, WordInfo::Capitalized);
    const bool field = i + 2 < text.size() && text.at(i + 2).sentence == text.at(i).sentence
        && (((text.folded(i + 1) == u"fuer" || text.folded(i + 1) == u"for" || text.folded(i + 1) == u"of")
                && capitalised(text, i + 2))
            || genitiveNameAfter(c, i + 1));
    if (glued || field) {
        for (const QString &ending : r.headCaseEndings) {
            if (Text::hasSuffix(folded, ending)
                && r.organizationHeads.contains(folded.chopped(ending.size()).toString()))
                return Head::Word;
        }
    }
    const auto compoundEnd = [&](QStringView stem) {
        for (const QString &head : r.organizationCompoundHeads) {
            if (stem.size() > head.size() + 2 && Text::hasSuffix(stem, head))
                return true;
        }
        return false;
    };
    for (const QString &ending : r.headCaseEndings) {
        if (Text::hasSuffix(folded, ending) && compoundEnd(folded.chopped(ending.size())))
            return Head::Compound;
    }
    return compoundEnd(folded) ? Head::Compound : Head::None;
}

// Whether a compound head has a name word before it that makes it a name: a capitalised word
// inside the sentence that is neither an article ("Reuters - Der Bundesverband"), a noun the lexicon
// knows nor a place's adjective, as German writes only a name's adjectives with a capital ("des Evangelischen
// Presseverbandes"), while "das Kieler Forschungsinstitut" describes a body.
bool nameWordBefore(const FinderContext &c, int i)
{
    const TokenizedText &text = c.text;
    return i > 0 && text.at(i - 1).sentence == text.at(i).sentence && capitalised(text, i - 1)
        && !text.at(i - 1).sentenceStart && !text.at(i - 1).allUpper && text.at(i).spaceBefore
        && !c.has(i - 1, WordInfo::Capitalized) && !c.resources.determiners.count(text.hash(i - 1))
        && !isNameCue(c, i - 1) && !isPlaceAdjective(c, i - 1);
}

// Whether a genitive article after a compound head opens a name: a name's adjective and its noun
// follow it ("Gesamtverband der Deutschen Versicherungswirtschaft", "Bundesverband der Deutschen
// Industrie"), both capitalised; a noun alone says what the body is for ("des Bauernverbands der
// Region", "dem Berufsverband der Krisenmanager").
bool genitiveNameAfter(const FinderContext &c, int i)
{
    const TokenizedText &text = c.text;
    if (i + 2 >= text.size() || !c.resources.genitiveArticles.count(text.hash(i)))
        return false;
    const int sentence = text.at(i).sentence;
    return text.at(i + 1).sentence == sentence && capitalised(text, i + 1) && !text.at(i + 1).allUpper
        && text.at(i + 2).sentence == sentence && capitalised(text, i + 2) && text.at(i + 2).spaceBefore;
}

// "Karl-Hansen-Klinik", "des Otto-Schott-Gymnasiums", "Carl-Zeiss-Stiftung": a body named after a
// person, the given name first, glued by hyphens to a word for a school, clinic or museum
// (organization-heads.txt "named"). A single name before the word is a purpose or a place as
// often ("Corona-Klinik", "Kreis-Museum").
void findNamedAfterPeople(FinderContext &c)
{
    const TokenizedText &text = c.text;
    const Resources &r = c.resources;
    const auto namedHead = [&](int i) {
        const QStringView folded = text.folded(i);
        if (r.organizationNamedHeads.count(text.hash(i)))
            return true;
        for (const QString &ending : r.headCaseEndings) {
            if (folded.endsWith(ending)
                && r.organizationNamedHeads.count(Text::wordHash(folded.chopped(ending.size()))))
                return true;
        }
        return false;
    };
    for (int i = 4; i < text.size(); ++i) {
        if (!capitalised(text, i) || text.at(i).spaceBefore || !text.is(i - 1, u"-") || !namedHead(i))
            continue;
        // Back over the glued name parts ("Karl-Hansen-", "Carl-von-Ossietzky-").
        int first = i;
        while (first >= 2 && text.is(first - 1, u"-") && !text.at(first - 1).spaceBefore
            && !text.at(first).spaceBefore && text.at(first - 2).kind == Token::Word
            && text.at(first - 2).sentence == text.at(i).sentence && first - 2 >= i - 6)
            first -= 2;
        if (first > i - 4 || !c.has(first, WordInfo::GivenName))
            continue;
        c.addName(first, i + 1, EntityType::Organization, Priority::GazetteerLong + 1);
    }
}

// "im Suhrkamp Verlag", "beim Rowohlt Theater Verlag": a publisher's name written apart before the
// word for the firm (organization-heads.txt "firm"), the word and a listed town after it inside
// ("Mitteldeutscher Verlag Halle"), is a COMPANY. At least one of the name's words must be no
// German noun or place adjective: "ein Jahr Verlag", "der Kölner Verlag" name no one.
void findFirmsBeforeHead(FinderContext &c)
{
    const TokenizedText &text = c.text;
    const Resources &r = c.resources;
    const auto firmHead = [&](int i) {
        const QStringView folded = text.folded(i);
        if (r.organizationFirmHeads.count(text.hash(i)))
            return true;
        for (const QString &ending : r.headCaseEndings) {
            if (folded.endsWith(ending)
                && r.organizationFirmHeads.count(Text::wordHash(folded.chopped(ending.size()))))
                return true;
        }
        return false;
    };
    const auto nameWord = [&](int k, int sentence) {
        const Token &t = text.at(k);
        return capitalised(text, k) && t.sentence == sentence && t.spaceBefore
            && !r.determiners.count(text.hash(k)) && !isNameCue(c, k)
            && !(t.sentenceStart && (c.has(k, WordInfo::Capitalized) || c.has(k, WordInfo::Lowercase)));
    };
    for (int i = 1; i < text.size(); ++i) {
        if (!capitalised(text, i) || !text.at(i).spaceBefore || !capitalised(text, i - 1) || !firmHead(i))
            continue;
        const int sentence = text.at(i).sentence;
        int first = i;
        bool distinct = false;
        while (first > 0 && i - first < 3 && nameWord(first - 1, sentence)) {
            --first;
            distinct = distinct
                || (!c.has(first, WordInfo::Capitalized) && !isPlaceAdjective(c, first)
                    && !c.has(first, WordInfo::GivenName));
            if (text.at(first).sentenceStart)
                break;
        }
        if (first == i || !distinct)
            continue;
        c.addName(first, townAfterEnd(c, i + 1), EntityType::Company, Priority::GazetteerLong + 1);
    }
}

} // namespace

void findOrganizations(FinderContext &c)
{
    const TokenizedText &text = c.text;
    // Any registered association: "Lieferkette Nord e.V.".
    for (int i = 0; i + 3 < text.size(); ++i) {
        if (!(text.is(i, u"e") && text.is(i + 1, u".") && text.is(i + 2, u"V") && text.is(i + 3, u"."))
            || i == 0)
            continue;
        int first = i;
        while (first > 0 && capitalised(text, first - 1) && i - first < 4
            && text.at(first - 1).sentence == text.at(i).sentence)
            --first;
        if (first < i) {
            Mention m;
            m.type = EntityType::Organization;
            m.start = text.at(first).start;
            m.end = text.at(i + 3).end;
            c.add(first, i + 4, m, Priority::GazetteerLong);
        }
    }
    for (int i = 0; i < text.size(); ++i) {
        const Head head = organizationHead(c, i);
        if (head == Head::None)
            continue;
        const int sentence = text.at(i).sentence;
        if (head == Head::Compound) {
            // A compound is a name with a name word before it or a field or genitive name after it.
            int end = nameComplementEnd(c, i + 1);
            if (end == i + 1 && genitiveNameAfter(c, i + 1)) {
                end = i + 2;
                while (end < text.size() && capitalised(text, end) && text.at(end).sentence == sentence)
                    ++end;
            }
            const int first = nameWordBefore(c, i) ? i - 1 : i;
            if (end - first >= 2) {
                c.addName(first, end, EntityType::Organization, Priority::GazetteerLong + 1);
                i = end - 1;
            }
            continue;
        }
        // Left: capitalised words that are not ordinary German words ("National", "Peking-").
        int first = i;
        while (first > 0 && text.at(first - 1).sentence == sentence) {
            // Mid-sentence capitals are names even where German writes the word in lower case
            // ("National University"); a sentence start is not.
            // A noun for what the name is belongs to an apposition ("der Versicherer Allianz").
            if (capitalised(text, first - 1) && !text.at(first - 1).sentenceStart
                && !isNameCue(c, first - 1)) {
                --first;
            } else if (text.is(first - 1, u"-") && !text.at(first).spaceBefore
                && capitalised(text, first - 2)) {
                first -= 2;
            } else {
                break;
            }
        }
        // Right: connector + capitalised words ("of Singapore", "für Technologiepolitik"); a
        // conjunction only after another connector ("Institut für Wirtschaft und Energie"), as
        // right after the head it joins two names ("Allianz und Commerzbank").
        int end = i + 1;
        while (end + 1 < text.size() && text.at(end).sentence == sentence && connector(text.folded(end))
            && !(end == i + 1 && conjunction(text.folded(end))) && capitalised(text, end + 1)) {
            end += 2;
            while (end < text.size() && capitalised(text, end) && text.at(end).sentence == sentence)
                ++end;
        }
        // "Forum Lieferkette e.V.": capitalised words right after the head, closed by "e.V.".
        {
            int k = end;
            while (k < text.size() && capitalised(text, k) && k - end < 3)
                ++k;
            if (k > end && k + 3 < text.size() && text.is(k, u"e") && text.is(k + 1, u".")
                && text.is(k + 2, u"V"))
                end = k;
        }
        // "e.V.": the registered-association suffix belongs to the name.
        if (end + 3 < text.size() && text.is(end, u"e") && text.is(end + 1, u".") && text.is(end + 2, u"V")
            && text.is(end + 3, u".")) {
            end += 4;
        }
        // A listed town ends a university's name, also right after the head ("an der Universität
        // Bremen"), where the town's list reading would otherwise leave the head alone.
        if (c.resources.organizationPlaceHeads.count(text.hash(i)))
            end = townAfterEnd(c, end);
        if (end - first < 2)
            continue; // "das Institut" alone names no one
        c.addName(first, end, EntityType::Organization, Priority::GazetteerLong + 1);
        i = end - 1;
    }
    findSportsClubs(c);
    findNamedAfterPeople(c);
    findFirmsBeforeHead(c);
}

} // namespace Lagebild::Analysis
