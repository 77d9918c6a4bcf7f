// SPDX-License-Identifier: GPL-3.0-or-later
// COMPANY names no list holds: a name with a legal form ("Nordlicht Research GmbH",
// "Foo Semiconductor Inc."), or a name after a word for a company ("der Chiphersteller
// Moore Threads", "das Beratungshaus Jadebrücke Consulting").

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

namespace Lagebild::Analysis {

namespace {

// A capitalised word that can be part of a company name.
bool namePart(const FinderContext &c, int i)
{
    if (i >= c.text.size())
        return false;
    const Token &t = c.text.at(i);
    if (t.kind != Token::Word || !(t.upper || t.hasDigit))
        return false;
    return !c.has(i, WordInfo::Lowercase) || t.allUpper;
}

// Whether the name is more than German nouns: one foreign or unknown word, an acronym or
// digits ("Nordlicht Research", "Moore Threads", "MetaX") — "Der Hersteller Chips" is not a name.
bool distinctive(const FinderContext &c, int first, int end)
{
    for (int k = first; k < end; ++k) {
        const Token &t = c.text.at(k);
        if (t.allUpper || t.hasDigit || !c.has(k, WordInfo::Capitalized))
            return true;
    }
    return false;
}

// A legal form starting at token i: the longest of resources/gazetteer/legal_forms.txt.
int legalFormEnd(const TokenizedText &text, int i, const Resources &r)
{
    // Legal forms start with an upper-case letter or "&"/"e"; most tokens can be ruled out at once.
    if (i >= text.size() || text.at(i).kind == Token::Number)
        return -1;
    const QChar first = text.text().at(text.at(i).start);
    if (!first.isUpper() && first != QLatin1Char('&') && first != QLatin1Char('e'))
        return -1;
    if (!r.legalFormStarts.count(Text::wordHash(text.view(i))))
        return -1;
    for (const QStringList &form : r.legalForms) {
        if (i + form.size() > text.size() || form.first() == QLatin1String("e"))
            continue; // "e.V." registers an association: the organisation finder's
        bool match = true;
        for (int k = 0; k < form.size() && match; ++k)
            match = text.view(i + k) == form[k];
        if (match)
            return i + int(form.size());
    }
    return -1;
}

bool isCue(const FinderContext &c, int i)
{
    if (c.has(i, WordInfo::CompanyCue))
        return true;
    if (!c.text.at(i).upper)
        return false;
    // The word, and for a word in "s" also its stem, a genitive singular ("des Auftragsfertigers
    // Tower Semiconductor", "des Chipentwicklers X"): a compound ending in a cue
    // ("Halbleiterkonzern"), or for the stem the cue itself (the word itself is the flag's).
    const auto endsInCue = [&c](QStringView word, bool whole) {
        for (const QString &cue : c.resources.companyCuesByLast[size_t(Resources::lastLetter(word))]) {
            if ((word.size() > cue.size() + 3 || (whole && word.size() == cue.size()))
                && Text::hasSuffix(word, cue))
                return true;
        }
        return false;
    };
    const QStringView folded = c.text.folded(i);
    return endsInCue(folded, false)
        || (folded.size() > 4 && folded.back() == u's' && endsInCue(folded.chopped(1), true));
}

void addCompany(FinderContext &c, int first, int end, int priority)
{
    c.addName(first, end, EntityType::Company, priority);
}

} // namespace

int legalFormAfter(const FinderContext &c, int token)
{
    // No sentence test: a line break may split name and form ("die Audi\nAG").
    const int end = legalFormEnd(c.text, token, c.resources);
    return end > token ? end : token;
}

void findCompanies(FinderContext &c)
{
    const TokenizedText &text = c.text;
    const Resources &r = c.resources;
    for (int i = 0; i < text.size(); ++i) {
        if (!namePart(c, i))
            continue;
        // A word that says what the name is stays outside it ("des Maschinenbauers Bergmann
        // GmbH" names "Bergmann GmbH"); a listed name is no such word (cueAt).
        if (namePart(c, i + 1) && isDescriptorCue(c, i))
            continue;
        // Up to four capitalised words, "&" allowed inside ("Brückner & Vogt") and the hyphen of a
        // listed name opening it ("Rhein-Main Research"), then a legal form.
        int end = i;
        while (end < text.size() && end - i < 5) {
            if (namePart(c, end) && legalFormEnd(text, end, r) < 0) {
                ++end;
            } else if (text.is(end, u"&") && namePart(c, end + 1)) {
                end += 2;
            } else if (end > i && text.is(end, u"-") && !text.at(end).spaceBefore && namePart(c, end + 1)
                && !text.at(end + 1).spaceBefore && c.gazetteerMatches[size_t(i)]
                && c.gazetteerMatches[size_t(i)]->endToken >= end + 2) {
                end += 2;
            } else {
                break;
            }
        }
        if (end == i)
            continue;
        const int form = legalFormEnd(text, end, r);
        if (form > end && text.at(end).sentence == text.at(i).sentence) {
            // A listed place opening the name is part of it ("Rhein-Main Research GmbH"): the
            // legal form says the whole is one company, over the place's longer list name.
            const auto &place = c.gazetteerMatches[size_t(i)];
            const bool placeInside = place && place->endToken < end
                && r.gazetteer.entry(place->entry).type == EntityType::Location;
            addCompany(c, i, form, placeInside ? Priority::GazetteerLong + 1 : Priority::Company);
            i = form - 1;
        }
    }
    // Names ending in a corporate word: "Kiso Securities", "Sternwarte Asset Management",
    // "Brückner & Vogt Kapitalmarkt", "Industrial and Commercial Bank of China".
    for (int i = 0; i < text.size(); ++i) {
        if (!text.at(i).upper || !c.has(i, WordInfo::CompanySuffix) || i == 0)
            continue;
        int first = i;
        while (first > 0 && text.at(first - 1).sentence == text.at(i).sentence) {
            // A word for a company ("Beratungshaus", "Chiphersteller") introduces the name.
            if (isCue(c, first - 1) || isDescriptorCue(c, first - 1))
                break;
            // An article is never inside a name, though it opens a clause after a dash with a
            // capital ("Frankfurt (dpa) – Die Lufthansa Group hat …"); names that begin with
            // their article come from the gazetteers.
            if (c.resources.determiners.count(text.hash(first - 1)))
                break;
            if (text.at(first - 1).upper && !text.at(first - 1).sentenceStart
                && text.at(first - 1).kind == Token::Word) {
                --first;
            } else if (text.is(first - 1, u"&") && first > 1 && text.at(first - 2).upper) {
                first -= 2;
            } else {
                break;
            }
        }
        if (first == i)
            continue;
        // The words before the suffix must be a name, not German nouns ("Die Research").
        bool named = false;
        for (int k = first; k < i; ++k)
            named |= !c.has(k, WordInfo::Capitalized) || text.at(k).allUpper || text.is(k + 1, u"&");
        if (!named)
            continue;
        int end = i + 1;
        while (end < text.size() && c.has(end, WordInfo::CompanySuffix) && text.at(end).upper)
            ++end;
        const int form = legalFormEnd(text, end, r);
        addCompany(c, first, form > end ? form : end, Priority::GazetteerLong);
        i = end - 1;
    }
    for (int i = 0; i + 2 < text.size(); ++i) {
        if (text.view(i) != QLatin1String("Bank") || text.view(i + 1) != QLatin1String("of")
            || !text.at(i + 2).upper)
            continue;
        int first = i;
        while (first > 0 && (text.at(first - 1).upper || text.view(first - 1) == QLatin1String("and"))
            && !text.at(first - 1).sentenceStart)
            --first;
        addCompany(c, first, i + 3, Priority::GazetteerLong + 2);
        i += 2;
    }
    // Cue word + name.
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).kind != Token::Word || !isCue(c, i))
            continue;
        int first = i + 1;
        int end = first;
        while (end < text.size() && end - first < 4 && text.at(end).sentence == text.at(i).sentence) {
            if (namePart(c, end)
                && !(text.at(end).upper && c.has(end, WordInfo::Capitalized) && end > first
                    && !distinctive(c, end, end + 1)))
                ++end;
            else if (text.is(end, u"&") && namePart(c, end + 1))
                end += 2;
            else
                break;
        }
        if (end > first && distinctive(c, first, end)) {
            const int form = legalFormEnd(text, end, r);
            addCompany(c, first, form > end ? form : end, Priority::Company - 10);
            i = end - 1;
        }
    }
}

} // namespace Lagebild::Analysis
