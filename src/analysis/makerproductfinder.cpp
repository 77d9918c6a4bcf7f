// SPDX-License-Identifier: GPL-3.0-or-later
// A maker's product named right after the maker: "BMW iX3", "Boeing 787 Dreamliner", "Sony
// PlayStation 5 Pro", "VW ID.3", "Mercedes CLA". News in every field writes models so, and the
// annotation guide splits them: COMPANY for the maker, PRODUCT for the model ("Nvidia H200").
// Only names with the look of a model are taken — a designator with letters and digits, a capital
// inside the word, a short name in capitals, or a number beside a name word — so "Siemens
// Energy", "Volkswagen AG" and "bei Airbus 20 Maschinen" stay what they are.

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

namespace Lagebild::Analysis {

namespace {

// Mixed case with a capital after the first letter: "iPhone", "PlayStation", "MacBook" (not
// "KI", which is all capitals).
bool innerCapital(QStringView word)
{
    bool inner = false, lower = false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        inner |= k > 0 && word[k].isUpper();
        lower |= word[k].isLower();
    }
    return inner && lower;
}

bool letterAndDigit(QStringView word)
{
    bool letter = false, digit = false;
    for (const QChar c : word) {
        letter |= c.isLetter();
        digit |= c.isDigit();
    }
    return letter && digit;
}

// A word of a model's name: capitalised and no German noun (unless it carries digits or
// capitals), a number, or a word with a capital inside ("iX3", "iPhone").
bool modelWord(const FinderContext &c, int i)
{
    if (i >= c.text.size())
        return false;
    const Token &t = c.text.at(i);
    if (t.kind == Token::Number)
        return true;
    if (t.kind != Token::Word)
        return false;
    const QStringView w = c.text.view(i);
    // Ordinary words in capitals ("KI", "CEO") and headlines in capitals name no model.
    if (c.has(i, WordInfo::CommonAcronym) || (t.allUpper && !t.hasDigit && w.size() > 4))
        return false;
    if (t.hasDigit || innerCapital(w))
        return true;
    if (!t.upper || c.has(i, WordInfo::Lowercase))
        return false;
    return t.allUpper || !c.has(i, WordInfo::Capitalized);
}

// "der Opel Frontera", "den neuen Skoda Elroq": a masculine or neuter article, perhaps with an
// adjective, before the maker. Models take the gender of Wagen, Modell, Flugzeug, Medikament; a
// company's name of two words is feminine (die Firma, die AG).
bool modelArticleBefore(const FinderContext &c, int maker)
{
    int k = maker - 1;
    if (k >= 0 && c.text.at(k).kind == Token::Word && !c.text.at(k).upper && c.has(k, WordInfo::Lowercase)
        && !c.resources.determiners.count(c.text.hash(k)))
        --k;
    return k >= 0 && c.resources.modelDeterminers.count(c.text.hash(k));
}

// A word with nothing but a name's look: capitalised, neither a German word nor a given name,
// not a company's suffix ("Holding", "Group") and no list's name.
bool plainNameWord(const FinderContext &c, int i)
{
    return nameShapedWord(c.text, i) && !c.gazetteerAt(i) && !c.has(i, WordInfo::Capitalized)
        && !c.has(i, WordInfo::Lowercase) && !c.has(i, WordInfo::GivenName)
        && !c.has(i, WordInfo::CompanySuffix) && !c.has(i, WordInfo::OrganizationHead);
}

// One or two digits and "er" or "ers": "3er", "7ers". Checked by hand: every number of the text
// passes here, and a regular expression allocates its match each time.
bool seriesShape(QStringView w)
{
    qsizetype digits = 0;
    while (digits < w.size() && w[digits].isDigit())
        ++digits;
    const QStringView rest = w.mid(digits);
    return digits >= 1 && digits <= 2 && (rest == u"er" || rest == u"ers");
}

// "den neuen 3er", "des 7ers": a maker's series by its number, with a model's article and a
// company named in the sentence ("ein 6er im Lotto", "die 3er-Reihe" are none).
bool seriesNumber(const FinderContext &c, int i, size_t proposed)
{
    const TokenizedText &text = c.text;
    if (text.at(i).kind != Token::Word || !text.at(i).hasDigit || !seriesShape(text.view(i))
        || (i + 1 < text.size() && text.is(i + 1, u"-") && !text.at(i + 1).spaceBefore)
        || !modelArticleBefore(c, i))
        return false;
    for (size_t k = 0; k < proposed; ++k) {
        const Candidate &o = c.candidates[k];
        if (o.mention.type == EntityType::Company && text.at(o.firstToken).sentence == text.at(i).sentence)
            return true;
    }
    return false;
}

// "mit Boeing 787 nach Asien", "Boeing 787 fliegt wieder": a bare model number after a maker
// without an article runs on into the clause. What a number counts stands right after it — a
// noun, unit or scale word ("Siemens 300 Stellen"), or an adjective before one ("300 neue
// Stellen", "500 weitere") — so the word after it is a lower-case word of the lexicon without an
// adjective's ending, and not the clause's last word, which may be the participle or verb the
// count is the object of ("hat VW 500 verkauft."). After a conjunction or a number before the
// maker the number is an elliptic count ("und Bosch 200 in Spanien").
bool modelNumberInClause(const FinderContext &c, int before, int next)
{
    const TokenizedText &text = c.text;
    if (before >= 0
        && (text.at(before).kind == Token::Number
            || c.resources.nameCueConjunctions.count(text.hash(before))))
        return false;
    if (next + 1 >= text.size() || text.at(next).sentence != text.at(next - 1).sentence
        || text.at(next + 1).sentence != text.at(next).sentence || text.at(next + 1).kind == Token::Punct)
        return false;
    const Token &n = text.at(next);
    if (n.kind != Token::Word || n.upper || !c.has(next, WordInfo::Lowercase)
        || c.has(next, WordInfo::UnitWord) || c.has(next, WordInfo::NumberWord))
        return false;
    const QStringView w = text.folded(next);
    return !(
        w.endsWith(u'e') || w.endsWith(u"en") || w.endsWith(u"er") || w.endsWith(u"es") || w.endsWith(u"em"));
}

// "die Boeing 787.", "zehn Embraer 195 ein", "des Porsche 911 sind": a bare number of three
// digits right after the maker is its model when an article or a count stands before the maker
// and nothing is counted by the number — no noun or unit after it ("streicht Siemens 300 Stellen",
// "BASF 500 Millionen"), and after a feminine article or a count only a punctuation mark or a
// conjunction ("die Lufthansa 300 Flüge", "und Bosch 200.").
bool bareModelNumber(const FinderContext &c, const Candidate &maker, int i, size_t proposed)
{
    const TokenizedText &text = c.text;
    if (text.at(i).kind != Token::Number || text.at(i).length() != 3 || text.view(i).front() == u'0')
        return false;
    for (const QChar ch : text.view(i))
        if (!ch.isDigit())
            return false;
    const int before = maker.firstToken - 1;
    const bool modelArticle = modelArticleBefore(c, maker.firstToken);
    bool counted = before >= 0 && text.at(before).kind == Token::Number;
    for (size_t k = 0; k < proposed && !counted; ++k)
        counted = c.candidates[k].mention.type == EntityType::Quantity
            && c.candidates[k].endToken == maker.firstToken;
    const int next = i + 1;
    if (!modelArticle && !counted && !(before >= 0 && c.resources.determiners.count(text.hash(before))))
        return modelNumberInClause(c, before, next);
    if (next >= text.size() || text.at(next).sentence != text.at(i).sentence)
        return true;
    const Token &n = text.at(next);
    if (n.kind == Token::Punct)
        return !text.is(next, u"%") && !text.is(next, u"-") && !text.is(next, u"/");
    if (c.resources.nameCueConjunctions.count(text.hash(next)))
        return true;
    return modelArticle && n.kind == Token::Word && !n.upper && c.has(next, WordInfo::Lowercase);
}

// "Kia EV3 und Skoda Elroq führen …": a headline names a model without the article that says it
// is one. Where the name tagger read the maker the lists or rules know and the name words after it
// as one person's name, they are a maker and its model: a firm's name opens no person's name, and
// a given name is no firm's (those stay persons: "Otto Weber").
bool personOverMaker(const FinderContext &c, const Candidate &maker, int end, size_t proposed)
{
    if (maker.priority == Priority::Model || c.has(maker.firstToken, WordInfo::GivenName))
        return false;
    for (size_t k = 0; k < proposed; ++k) {
        const Candidate &o = c.candidates[k];
        if (o.priority == Priority::Model && o.mention.type == EntityType::Person
            && o.firstToken == maker.firstToken && o.endToken == end)
            return true;
    }
    return false;
}

} // namespace

void findProductsAfterMakers(FinderContext &c)
{
    const TokenizedText &text = c.text;
    const size_t proposed = c.candidates.size();
    for (size_t k = 0; k < proposed; ++k) {
        const Candidate maker = c.candidates[k];
        const int first = maker.endToken;
        if (maker.mention.type != EntityType::Company || first >= text.size()
            || text.at(first).sentence != text.at(maker.firstToken).sentence
            || text.at(first).start != text.at(first - 1).end + 1)
            continue;
        // A handle ("@SBahnStgt S1") or a headline in capitals ("BREAKING BAD") names no maker.
        const Token &makerEnd = text.at(first - 1);
        if (text.is(maker.firstToken, u"@") || text.is(maker.firstToken, u"#")
            || (makerEnd.allUpper && makerEnd.length() > 4))
            continue;
        // A model the lists know, one that is also a German word included ("VW Golf", "der Mercedes
        // Sprinter": the maker says which; alone such a word claims nothing).
        if (const auto &listed = c.gazetteerAt(first); listed && !listed->genitive
            && c.resources.gazetteer.entry(listed->entry).type == EntityType::Product
            && text.at(first).upper) {
            if (!listedName(c, first)
                && !(listed->endToken < text.size() && text.is(listed->endToken, u"-")
                    && !text.at(listed->endToken).spaceBefore))
                c.addName(first, listed->endToken, EntityType::Product, Priority::Product);
            continue;
        }
        // The model's words: up to four, parts written without space joined ("ID.3", "A350-1000").
        int end = first, words = 0;
        bool looksLikeModel = false;
        while (words < 4 && end < text.size() && text.at(end).sentence == text.at(first).sentence) {
            // Joined parts carry digits ("ID.3", "A350-1000"); "HR-Vorstandsposten" is a compound.
            if (end > first && !text.at(end).spaceBefore && (text.is(end, u".") || text.is(end, u"-"))
                && end + 1 < text.size() && !text.at(end + 1).spaceBefore && modelWord(c, end + 1)
                && (text.at(end + 1).kind == Token::Number || text.at(end + 1).hasDigit)) {
                looksLikeModel = true;
                end += 2;
                ++words;
                continue;
            }
            if ((end > first && text.at(end).start != text.at(end - 1).end + 1) || !modelWord(c, end)
                || c.gazetteerAt(end) || c.resources.legalFormStarts.count(Text::wordHash(text.view(end))))
                break;
            const Token &t = text.at(end);
            const QStringView w = text.view(end);
            looksLikeModel |= letterAndDigit(w) || (t.kind == Token::Word && innerCapital(w))
                || (t.allUpper && w.size() <= 4);
            ++end;
            ++words;
        }
        // A number is a model's only beside a name word ("787 Dreamliner", "Gaudi 3").
        const bool numberWithName = words >= 2;
        bool hasNumber = false;
        for (int t = first; t < end; ++t)
            hasNumber |= text.at(t).kind == Token::Number;
        // A plain name word is a model only with a model's article: "der Opel Frontera", not
        // "Bosch Rexroth" or "Siemens Healthineers".
        // The maker is one word ("Opel", "Mercedes-Benz": not the sponsor of "der BNP Paribas Open"),
        // and no legal form follows ("der Beiersdorf Manufacturing Waldheim GmbH").
        // A product class right before the maker says a model follows ("Flugzeuge vom Typ Boeing
        // 747", "des Elektroautos Zeekr 001", "den Kleinwagen Fiat Topolino").
        const bool classBefore = maker.firstToken > 0
            && text.at(maker.firstToken - 1).sentence == text.at(maker.firstToken).sentence
            && isProductCue(c, maker.firstToken - 1);
        bool plain = end > first && !looksLikeModel
            && (modelArticleBefore(c, maker.firstToken) || classBefore
                || personOverMaker(c, maker, end, proposed))
            && !(end < text.size() && c.resources.legalFormStarts.count(Text::wordHash(text.view(end))));
        // A firm of names glued by a plus ("der Nieding+Barth Rechtsanwaltsgesellschaft") is no maker
        // of such models.
        for (int t = maker.firstToken + 1; t < first && plain; ++t)
            plain = !text.at(t).spaceBefore && !text.is(t, u"+");
        for (int t = first; t < end && plain; ++t)
            plain = plainNameWord(c, t);
        const bool bareNumber = end == first + 1
            && (bareModelNumber(c, maker, first, proposed)
                || (classBefore && text.at(first).kind == Token::Number));
        if (end == first || !(looksLikeModel || plain || (hasNumber && numberWithName) || bareNumber))
            continue;
        // The first part of a compound is a model only with digits ("H20-Chips", not
        // "HR-Vorstandsposten").
        bool digits = false;
        for (int t = first; t < end; ++t)
            digits |= text.at(t).hasDigit || text.at(t).kind == Token::Number;
        if (!digits && end + 1 < text.size() && text.is(end, u"-") && !text.at(end).spaceBefore)
            continue;
        // Names of other kinds from lists and rules, and dates, keep their words (the tagger's
        // guess from the look of "Dreamliner" does not); a number inside the model is its own,
        // one with its unit after it ("X5 50 Prozent") is a quantity.
        bool taken = false;
        for (size_t o = 0; o < proposed && !taken; ++o) {
            const Candidate &other = c.candidates[o];
            const bool inside = other.firstToken >= first && other.endToken <= end;
            taken = other.firstToken < end && first < other.endToken
                && other.mention.type != EntityType::Product
                && !(other.mention.type == EntityType::Quantity && inside)
                && other.priority > Priority::Model;
        }
        if (taken)
            continue;
        c.addName(first, end, EntityType::Product, Priority::Product);
    }
    for (int i = 1; i < text.size(); ++i)
        if (seriesNumber(c, i, proposed))
            c.addName(i, i + 1, EntityType::Product, Priority::Product);
}

} // namespace Lagebild::Analysis
