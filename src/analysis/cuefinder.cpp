// SPDX-License-Identifier: GPL-3.0-or-later
// The type a close apposition gives a name: "der Pharmakonzern Novo Nordisk", "die Drogeriekette
// dm", "das Präparat Mounjaro", "der Sender CNN". German news introduces a name it cannot expect
// the reader to know with a noun that says what it is; that noun (resources/analysis/
// name-cues.tsv) decides the type over the name tagger's guess from the name's look — a name the
// tagger has seen as a person's is a company after "Pharmakonzern" — and over single list words.
// Long list names, designators, agency phrases, quantities and dates stay theirs.

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace Lagebild::Analysis {

namespace {

// A cue written with a hyphen, its last part in lower case ("das Start-up Nscale", "das britische
// KI-Start-up Nscale"): the last two parts joined, looked up as a whole row or its inflection.
const Resources::NameCue *hyphenatedCueAt(const FinderContext &c, int i)
{
    const TokenizedText &text = c.text;
    if (i < 2 || text.at(i).kind != Token::Word || text.at(i).upper || text.at(i).spaceBefore
        || !text.is(i - 1, u"-") || text.at(i - 1).spaceBefore || text.at(i - 2).kind != Token::Word
        || !text.at(i - 2).upper)
        return nullptr;
    QString joined = text.folded(i - 2).toString();
    joined += u'-';
    joined += text.folded(i);
    return c.resources.nameCues.find(Text::wordHash(joined));
}

// The cue ending the word at token i: the longest row matching the folded word's end; `whole`
// says whether it is the whole word.
const Resources::NameCue *cueAt(const FinderContext &c, int i, bool &whole)
{
    const Token &t = c.text.at(i);
    if (t.kind == Token::Word && !t.upper) {
        whole = true;
        return hyphenatedCueAt(c, i);
    }
    if (t.kind != Token::Word || !t.upper || t.hasDigit || c.gazetteerAt(i))
        return nullptr;
    // Capitalised only as the sentence's first word, a verb is no noun: "Spielen Aqua …".
    if (t.sentenceStart && c.has(i, WordInfo::Lowercase))
        return nullptr;
    const QStringView folded = c.text.folded(i);
    // A short cue is often written in capitals, as a whole word or a compound's part after a
    // hyphen ("der SUV Tiguan", "des Elektro-SUV Vision X", "den LKW Actros"); longer words in
    // capitals are headlines.
    if (t.allUpper) {
        if (folded.size() > 4)
            return nullptr;
        const Resources::NameCue *cue = c.resources.nameCues.find(c.text.hash(i));
        whole = true;
        return cue && !cue->ending ? cue : nullptr;
    }
    // Most capitalised words end in no cue's letters: one lookup rules them out.
    if (folded.size() < 3
        || (!c.resources.nameCueTails.count(Text::wordHash(folded.right(3)))
            && (folded.size() < 4 || !c.resources.nameCueTails.count(Text::wordHash(folded.right(4))))))
        return nullptr;
    for (int length = std::min(int(folded.size()), c.resources.longestNameCue); length >= 3; --length) {
        const Resources::NameCue *cue = c.resources.nameCues.find(Text::wordHash(folded.right(length)));
        whole = length == folded.size();
        if (cue && (!cue->exact || whole))
            return cue;
    }
    return nullptr;
}

// An adjective written with a capital inside a sentence: the lexicon knows it in lower case only,
// and it has an adjective's ending ("Hanseatischen", "Europäische").
bool capitalisedAdjective(const FinderContext &c, int i)
{
    const Token &t = c.text.at(i);
    if (t.kind != Token::Word || !t.upper || t.allUpper || t.sentenceStart || !c.has(i, WordInfo::Lowercase)
        || c.has(i, WordInfo::Capitalized))
        return false;
    const QStringView folded = c.text.folded(i);
    return folded.size() > 5
        && (folded.endsWith(u"e") || folded.endsWith(u"en") || folded.endsWith(u"er")
            || folded.endsWith(u"es") || folded.endsWith(u"em"));
}

// A word that can belong to a name: capitalised, with digits or in capitals ("Novo", "iX3",
// "EQE"), but not a German word only written in lower case.
bool namePart(const FinderContext &c, int i)
{
    if (i >= c.text.size())
        return false;
    const Token &t = c.text.at(i);
    if (t.kind != Token::Word && t.kind != Token::Number)
        return false;
    if (t.hasDigit || t.allUpper || t.kind == Token::Number)
        return true;
    return t.upper && !c.has(i, WordInfo::Lowercase);
}

// More than German nouns: "der Konzern Milliarden" and "laut Gewerkschaft Lagerdienstleistungen"
// are no names.
bool distinctive(const FinderContext &c, int i)
{
    const Token &t = c.text.at(i);
    if (t.allUpper || t.hasDigit)
        return true;
    // A capital inside the word is no German compound's: "PowerArtist", "PlayStation".
    const QStringView w = c.text.view(i);
    for (qsizetype k = 1; k < w.size(); ++k)
        if (w[k].isUpper() && w[k - 1].isLower())
            return true;
    return !c.has(i, WordInfo::Capitalized) && !germanCompound(c, i);
}

// The end of the name starting at `first` by the words alone: up to four name words; a German
// noun after the first word ends it ("der Händler Aldi Preise …"), as does a cue of another type
// than `type`; a point or hyphen between two
// parts written without space joins them ("ID.7", "A350-1000").
int nameEnd(const FinderContext &c, int first, std::optional<EntityType> type = std::nullopt)
{
    const TokenizedText &text = c.text;
    auto glued = [&text](int k) { return k < text.size() && !text.at(k).spaceBefore; };
    int end = first;
    int words = 0;
    while (words < 4 && end < text.size() && text.at(end).sentence == text.at(first).sentence) {
        // A noun naming another kind of thing ends the name: "im Bundesstaat Alabama SUVs baut".
        if (bool whole = false; end > first && type) {
            const Resources::NameCue *other = cueAt(c, end, whole);
            if (other && whole && other->type && *other->type != *type)
                break;
        }
        if (namePart(c, end) && (end == first || distinctive(c, end))) {
            ++end;
            ++words;
        } else if (end > first && glued(end) && (text.is(end, u".") || text.is(end, u"-")) && glued(end + 1)
            && namePart(c, end + 1) && text.at(end + 1).sentence == text.at(first).sentence) {
            end += 2;
            ++words;
        } else if (end > first && glued(end) && (text.is(end, u"'") || text.is(end, u"’")) && glued(end + 1)
            && text.folded(end + 1) == u"s") {
            end += 2; // an English possessive inside a brand: "Lay's", "McDonald's"
        } else {
            break;
        }
    }
    for (int k = first; k < end; ++k)
        if (distinctive(c, k))
            return end;
    return first;
}

// "die Hauptstadt Chinas", "ein Sprecher Nvidias": a genitive after the noun, not an apposition.
bool isGenitive(const FinderContext &c, int first, int end)
{
    const QStringView last = c.text.folded(end - 1);
    if (!last.endsWith(u's') || last.size() < 3)
        return false;
    if (!c.resources.gazetteer.findTokens(c.text, first, end)
        && c.resources.gazetteer.findTokens(c.text, first, end, true))
        return true;
    const quint64 bare = Text::wordHash(last.left(last.size() - 1));
    for (int k = 0; k < c.text.size(); ++k)
        if (c.text.hash(k) == bare)
            return true;
    return false;
}

// Where a place the lists hold, starting at `first`, ends ("Ludwigsburg", "Baden-Württemberg");
// `first` when none does. The tagger's places are not enough ("Investmentbank Lazard"), and a
// genitive says whose bank ("Bank Frankreichs").
int placeEnd(const FinderContext &c, int first)
{
    const auto &match = c.gazetteerAt(first);
    if (!match || match->genitive || c.resources.gazetteer.entry(match->entry).type != EntityType::Location)
        return first;
    return match->endToken;
}

// Where the German nouns after a cue marked "nouns" end ("Bundesverband Wärmepumpe",
// "Bundesverband Erneuerbare Energien"): up to three capitalised words of one sentence, the last a
// noun of the lexicon (or a compound of its words), adjectives before it; `first` when none is.
// A name word ends them ("der Bundesverband Bitkom" is a name after a cue), as do words of
// dates and nouns of another kind.
int nounsEnd(const FinderContext &c, int first, EntityType type)
{
    const TokenizedText &text = c.text;
    int end = first;
    for (int k = first; k < std::min(int(text.size()), first + 3); ++k) {
        const Token &t = text.at(k);
        if (t.kind != Token::Word || !t.upper || t.allUpper || t.hasDigit || !t.spaceBefore
            || t.sentence != text.at(first).sentence || c.gazetteerAt(k) || c.has(k, WordInfo::DateWord)
            || c.has(k, WordInfo::DatePart) || c.has(k, WordInfo::Season))
            break;
        bool whole = false;
        if (const Resources::NameCue *other = cueAt(c, k, whole); other && whole && other->type != type)
            break;
        if (c.has(k, WordInfo::Capitalized) || germanCompound(c, k))
            end = k + 1;
        else if (!c.has(k, WordInfo::Lowercase))
            break;
    }
    if (end < text.size() && text.is(end, u"-") && !text.at(end).spaceBefore)
        return first; // "Bundesverband Solar-…": a compound runs on
    return end;
}

// Whether a name word follows the token at i in its sentence ("die Berliner Volksbank Mitte").
bool namePartAfter(const FinderContext &c, int i)
{
    return i + 1 < c.text.size() && c.text.at(i + 1).sentence == c.text.at(i).sentence
        && c.text.at(i + 1).start == c.text.at(i).end + 1 && namePart(c, i + 1);
}

// No article before the token, or a definite one ("die Hamburger Volksbank", not "eine
// Hamburger Bank", "viele Berliner Banken").
bool definiteOrNone(const FinderContext &c, int k)
{
    if (k < 0 || !c.resources.determiners.count(c.text.hash(k)))
        return true;
    const QStringView f = c.text.folded(k);
    return f == u"der" || f == u"die" || f == u"das" || f == u"den" || f == u"dem" || f == u"des";
}

// Quotation marks around a title: German „…“ and »…«, English “…” and "…".
bool quoteMark(const TokenizedText &text, int k)
{
    if (k < 0 || k >= text.size() || text.at(k).kind != Token::Punct)
        return false;
    const QStringView v = text.view(k);
    return v.size() == 1 && QStringView(u"„“”\"»«").contains(v.front());
}

// A title in quotes after a cue ("das Videospiel „Black Myth: Wukong“", "Eigenmarken wie „Gut &
// Günstig“"): the words between the marks, opening with a name word, at most eight tokens in one
// sentence; `end` is the closing mark's token, or `open` when there is none.
int quotedEnd(const FinderContext &c, int open)
{
    const TokenizedText &text = c.text;
    if (!quoteMark(text, open) || open + 1 >= text.size() || text.at(open + 1).kind != Token::Word
        || !(text.at(open + 1).upper || text.at(open + 1).hasDigit) || text.at(open + 1).spaceBefore)
        return open;
    for (int k = open + 2; k < std::min(text.size(), open + 10); ++k) {
        if (text.at(k).sentence != text.at(open).sentence)
            return open;
        if (quoteMark(text, k))
            return text.at(k).spaceBefore ? open : k;
    }
    return open;
}

// "Snickers-Riegel", "Whiskas-Katzenfutter", "ICE-Züge": a name as the first part of a compound
// whose head is a product class of name-cues.tsv marked "compound" (brands come first in such
// compounds, where a drug's or a vaccine's first part is mostly its disease: "Ebola-Impfstoff").
// The first part is no German word and no list's name of another kind.
bool productBeforeHead(const FinderContext &c, int i)
{
    const TokenizedText &text = c.text;
    if (i + 2 >= text.size() || text.at(i).kind != Token::Word || text.at(i + 1).spaceBefore
        || text.at(i + 2).spaceBefore || !text.is(i + 1, u"-")
        || (i > 0 && text.is(i - 1, u"-") && !text.at(i).spaceBefore))
        return false;
    // The head ends the compound: "Premium-Schokoladen-Hersteller" names a maker.
    if (i + 3 < text.size() && text.is(i + 3, u"-") && !text.at(i + 3).spaceBefore)
        return false;
    bool whole = false;
    const Resources::NameCue *cue = cueAt(c, i + 2, whole);
    return cue && cue->compound && cue->type == EntityType::Product && namePart(c, i) && distinctive(c, i);
}

// "die Software Teamcenter", "das Medikament Wegovymed": after a definite article and a product
// class in the singular, a word the lexicon does not know is the product's name even when it
// reads as a compound of German words ("Team·center"). Without the article the words are a
// phrase ("laut Gewerkschaft Lagerdienstleistungen"); a word known whole stays a noun ("die
// Software Updates"), and one before a lower-case word with a verb's ending that ends the clause
// is the object of that verb ("dass die App Nutzerdaten sammelt.", "… sammeln.", "… sammelte.";
// a separable particle there is none: "setzt die Software Teamcenter ein."). Only a single word:
// a second capitalised word makes a phrase of nouns. A compound with a plural's ending (-e, -n,
// -s) is a plural noun, not the class's name ("trauen dem Mittel Spitzenumsätze zu").
bool unknownCompoundName(const FinderContext &c, int cueToken, int first, const Resources::NameCue &cue)
{
    const TokenizedText &text = c.text;
    if (cue.type != EntityType::Product || cue.ending != 0 || cueToken == 0
        || !c.resources.definiteArticles.count(text.hash(cueToken - 1)))
        return false;
    const Token &t = text.at(first);
    if (t.kind != Token::Word || !t.upper || t.allUpper || t.hasDigit || t.length() < 6
        || c.has(first, WordInfo::Capitalized) || c.has(first, WordInfo::Lowercase) || c.gazetteerAt(first))
        return false;
    const QStringView word = text.folded(first);
    if (word.endsWith(u'e') || word.endsWith(u'n') || word.endsWith(u's'))
        return false;
    const int next = first + 1;
    if (next >= text.size() || text.at(next).sentence != t.sentence)
        return true;
    if (text.at(next).kind == Token::Word && text.at(next).upper)
        return false;
    const bool clauseEnd = next + 1 >= text.size() || text.at(next + 1).sentence != t.sentence
        || text.at(next + 1).kind == Token::Punct;
    const QStringView verb = text.folded(next);
    return !(text.at(next).kind == Token::Word && clauseEnd
        && (verb.endsWith(u't') || verb.endsWith(u"en") || verb.endsWith(u"ln") || verb.endsWith(u"rn")
            || verb.endsWith(u"te")));
}

// Where the person named after a cue noun at `first` ends: the few words of personNameEnd, or
// the tagger's person starting there where it runs on over more name words, particles and
// initials ("Alexandre de Juniac", "Bruder Richie Gecko"), never over lower-case words of another
// kind; `first` when no name starts there. `proposed`: the candidates the other finders made.
int cuedPersonEnd(const FinderContext &c, int first, size_t proposed)
{
    const TokenizedText &text = c.text;
    int end = personNameEnd(c, first);
    if (end == first)
        return first;
    for (size_t k = 0; k < proposed; ++k) {
        const Candidate &o = c.candidates[k];
        if (o.firstToken != first || o.endToken <= end || o.endToken - first > 5
            || o.mention.type != EntityType::Person || o.priority != Priority::Model)
            continue;
        bool names = nameShapedWord(text, o.endToken - 1);
        for (int t = end; t < o.endToken && names; ++t)
            names = nameShapedWord(text, t) || isNameParticle(c, t)
                || ((text.is(t, u"-") || text.is(t, u".")) && !text.at(t).spaceBefore);
        if (names)
            end = o.endToken;
    }
    return end;
}

// Where the person named right after a role noun at token i ends ("die Ärztin Aisha Ghani",
// "Gewerkschaftschef Frank Werneke", "der Analyst Craig Erlam vom Broker …"); i + 1 when none is
// named there. A role says a person as a kin noun does, so its person holds over the tagger's
// guess from the name's look ("Aisha" is no place). "Tochter" and "Mutter", which mostly say a
// firm ("die Tochter Moovel"), say a person before a listed given name ("die Tochter Aisha
// Ghani"). A name the lists hold, also one the role word opens ("General Motors"), stays theirs.
int roleNameEnd(const FinderContext &c, int i, size_t proposed)
{
    const TokenizedText &text = c.text;
    const int first = i + 1;
    if (first >= text.size() || c.gazetteerAt(i) || c.gazetteerAt(first)
        || !(isPersonRole(c, i)
            || (c.resources.firmKinNouns.count(text.hash(i)) && c.has(first, WordInfo::GivenName))))
        return first;
    return cuedPersonEnd(c, first, proposed);
}

} // namespace

bool germanCompound(const FinderContext &c, int i, int minEnd)
{
    return germanCompound(c.resources, c.text.folded(i), minEnd);
}

bool germanCompound(const Resources &r, QStringView folded, int minEnd)
{
    auto known = [&r](QStringView w) {
        const WordInfo info = r.classify(Text::wordHash(w));
        return info.has(WordInfo::Capitalized) || info.has(WordInfo::Lowercase);
    };
    for (int split = 3; split + minEnd <= folded.size(); ++split) {
        if (!r.classify(Text::wordHash(folded.sliced(split))).has(WordInfo::Capitalized))
            continue;
        const QStringView head = folded.first(split);
        if (known(head) || (head.endsWith(u's') && known(head.chopped(1))))
            return true;
    }
    return false;
}

bool isNameCue(const FinderContext &c, int token)
{
    bool whole = false;
    const Resources::NameCue *cue = cueAt(c, token, whole);
    return cue && cue->type;
}

std::optional<EntityType> nameCueType(const FinderContext &c, int token)
{
    bool whole = false;
    const Resources::NameCue *cue = cueAt(c, token, whole);
    return cue ? cue->type : std::nullopt;
}

bool isDescriptorCue(const FinderContext &c, int token)
{
    bool whole = false;
    const Resources::NameCue *cue = cueAt(c, token, whole);
    return cue && cue->type && !cue->withPlace && !cue->nouns && !(cue->inside && whole);
}

bool isProductCue(const FinderContext &c, int token)
{
    bool whole = false;
    const Resources::NameCue *cue = cueAt(c, token, whole);
    return cue && cue->type == EntityType::Product;
}

bool isUnnamedWord(const FinderContext &c, int token)
{
    // "St. Peter": the abbreviation's period is not the word; nor is a hashtag's mark before the
    // name ("Hurrikan #Milton").
    if (token > 0 && c.text.is(token, u".") && !c.text.at(token).spaceBefore)
        --token;
    else if (token > 0 && token + 1 < c.text.size() && c.text.is(token, u"#")
        && !c.text.at(token + 1).spaceBefore)
        --token;
    if (token < 0 || token >= c.text.size() || c.text.at(token).kind != Token::Word
        || !c.text.at(token).upper)
        return false;
    const Resources::NameCue *cue = c.resources.nameCues.find(c.text.hash(token));
    return cue && cue->unnamed;
}

void findNamesAfterCues(FinderContext &c)
{
    const TokenizedText &text = c.text;
    // Candidates by the token they cover, strongest first: which names other finders claimed.
    const size_t proposed = c.candidates.size();
    // A number inside a product's name is part of the name, not a quantity ("Model 3", "ID.7").
    auto strongestOver = [&](int first, int end, std::optional<EntityType> type = std::nullopt) {
        int best = -1;
        for (size_t k = 0; k < proposed; ++k) {
            const Candidate &o = c.candidates[k];
            if (o.firstToken >= end || first >= o.endToken)
                continue;
            if (type == EntityType::Product && o.mention.type == EntityType::Quantity && o.firstToken > first
                && o.endToken <= end)
                continue;
            if (type == o.mention.type)
                continue; // agrees; the longer span wins among equals

            best = std::max(best, o.priority);
        }
        return best;
    };
    struct Typed
    {
        EntityType type;
        int length;
        /// The first word of a longer name: it only retypes the tagger's person or place there.
        bool shortForm = false;
    };
    std::unordered_map<quint64, Typed> typedNames; // token sequence → type
    auto sequenceKey = [&text](int first, int end) {
        quint64 key = 0x51ed27;
        for (int k = first; k < end; ++k)
            key = (key ^ text.hash(k)) * 0x100000001b3ull;
        return key;
    };
    auto propose = [&c](int first, int end, EntityType type) {
        c.addName(first, end, type, type == EntityType::Product ? Priority::Product : Priority::Cue);
    };
    // "die Discounter Aldi und Lidl", "die Marken Knorr, Langnese und Dove": names joined to the
    // cue's first name by a conjunction, or by commas in a list that a conjunction ends, share the
    // cue; returns where the last ends.
    auto joins
        = [&](int k) { return c.resources.nameCueConjunctions.count(text.hash(k)) || text.is(k, u","); };
    auto enumerated = [&](int cueToken, int end, EntityType type) {
        while (end + 1 < text.size() && joins(end) && namePart(c, end + 1)
            && text.at(end + 1).sentence == text.at(cueToken).sentence) {
            const int next = end + 1;
            const int nextEnd = nameEnd(c, next);
            if (nextEnd <= next || strongestOver(next, nextEnd, type) > Priority::Cue
                || isGenitive(c, next, nextEnd)
                || (text.is(end, u",") && (nextEnd >= text.size() || !joins(nextEnd))))
                break;
            if (!listedName(c, next)) {
                propose(next, nextEnd, type);
                typedNames.emplace(sequenceKey(next, nextEnd), Typed {type, nextEnd - next});
            }
            end = nextEnd;
        }
        return end;
    };
    for (int i = 0; i + 1 < text.size(); ++i) {
        const Token &t = text.at(i);
        // A finding over the whole compound is left alone: SmartData takes "IC-Züge" for a route.
        if (productBeforeHead(c, i)) {
            if (!listedName(c, i) && strongestOver(i, i + 1, EntityType::Product) <= Priority::Cue
                && strongestOver(i + 1, i + 3) < 0) {
                propose(i, i + 1, EntityType::Product);
                typedNames.emplace(sequenceKey(i, i + 1), Typed {EntityType::Product, 1});
            }
            continue;
        }
        if (t.kind != Token::Word || (!t.upper && !hyphenatedCueAt(c, i)) || (t.allUpper && t.length() > 4)
            || t.hasDigit)
            continue;
        if (const int end = roleNameEnd(c, i, proposed); end > i + 1) {
            if (strongestOver(i + 1, end, EntityType::Person) <= Priority::Cue)
                propose(i + 1, end, EntityType::Person);
            i = end - 1;
            continue;
        }
        // "die Hamburger Volksbank", "der Berliner Sparkasse", "die Münchner Stadtwerke": a place's
        // adjective before a bank or utility in the singular is one name, as a place after it is
        // ("Kreissparkasse Ludwigsburg"); "eine Frankfurter Bank", "Frankfurter Banken" are none.
        // So is an adjective written with a capital inside the sentence, which only a name's is
        // ("der Hanseatischen Effektenbank", not "der größten Privatbank").
        if (i > 0 && !t.sentenceStart && text.at(i - 1).upper && text.at(i - 1).sentence == t.sentence
            && !namePartAfter(c, i)
            && (text.folded(i - 1).endsWith(u"er") || capitalisedAdjective(c, i - 1))) {
            bool whole = false;
            const Resources::NameCue *cue = cueAt(c, i, whole);
            if (cue && cue->withPlace && cue->type && (cue->ending == 0 || text.folded(i).endsWith(u's'))
                && (isPlaceAdjective(c, i - 1) || capitalisedAdjective(c, i - 1)) && definiteOrNone(c, i - 2)
                && strongestOver(i - 1, i + 1) < Priority::GazetteerLong) {
                c.addName(i - 1, i + 1, *cue->type, Priority::GazetteerLong);
                continue;
            }
        }
        // "Marken wie Kidde": examples after the cue and a link word share its type.
        const bool linked = i + 2 < text.size() && c.resources.nameCueLinks.count(text.hash(i + 1))
            && text.at(i + 1).sentence == t.sentence;
        const int first = linked ? i + 2 : i + 1;
        const bool quoted = text.at(first).kind == Token::Punct;
        if ((!quoted && !namePart(c, first)) || text.at(first).sentence != text.at(i).sentence
            || text.at(first).start != text.at(first - 1).end + 1
            || (linked && text.at(i + 1).start != text.at(i).end + 1))
            continue;
        bool whole = false;
        const Resources::NameCue *cue = cueAt(c, i, whole);
        if (!cue || !cue->type)
            continue;
        // "die Fonds der Reihe Structured Alpha", not "eine Reihe DAX-Konzerne": a cue that is also a
        // word of quantity names only after a definite article (name-cues.tsv "definite").
        if (cue->definite && (i == 0 || !c.resources.definiteArticles.count(text.hash(i - 1))))
            continue;
        const int quoteEnd = quoted ? quotedEnd(c, first) : first;
        if (quoted && quoteEnd == first)
            continue;
        // A title in quotes is a name whatever its words ("„Gut & Günstig“").
        if (quoteEnd > first) {
            if (!listedName(c, first + 1) && strongestOver(first + 1, quoteEnd, cue->type) <= Priority::Cue)
                propose(first + 1, quoteEnd, *cue->type);
            i = quoteEnd;
            continue;
        }
        // "Kreissparkasse Ludwigsburg", "Volksbank Mittelhessen", "Sparda-Bank Berlin", "Stadtwerke
        // Leipzig": a place after such a noun is the name's last part, the noun (with a compound's
        // first part before its hyphen) its first.
        if (cue->withPlace && !linked) {
            if (const int place = placeEnd(c, first); place > first) {
                int opens = i;
                while (opens >= 2 && c.text.is(opens - 1, u"-") && !text.at(opens - 1).spaceBefore
                    && !text.at(opens).spaceBefore && namePart(c, opens - 2))
                    opens -= 2;
                // A legal form after the place ends the name ("Bank Austria AG", "Volksbank
                // Mittelhessen eG").
                const int end = *cue->type == EntityType::Company ? legalFormAfter(c, place) : place;
                c.addName(opens, end, *cue->type, Priority::GazetteerLong);
                i = end - 1;
                continue;
            }
        }
        // "Bundesverband Wärmepumpe": German nouns after such a word name the body with it.
        if (cue->nouns && whole && !linked) {
            if (const int end = nounsEnd(c, first, *cue->type);
                end > first && strongestOver(i, end, cue->type) <= Priority::Cue) {
                propose(i, end, *cue->type);
                i = end - 1;
                continue;
            }
        }
        // A name the lists hold keeps their type, and a known place after the noun is a name of
        // its own or part of one ("Universität Kiel", "Bank Austria", "Typ Airbus 310"); an
        // ambiguous list word ("der Versicherer Wacker") is the cue's. A noun after a name word is
        // inside a name ("VR Bank HessenLand eG", "Bremer Vulkan Verband AG"), not after a place's
        // adjective ("die Hamburger Reederei Rickmers", "der Münchner Versicherer Allianz").
        // A listed place followed by a word of the cue's own kind opens a longer name ("die
        // Fluggesellschaft Alaska Airlines").
        const std::optional<ListedName> listed = listedName(c, first);
        bool wholeCue = false;
        const Resources::NameCue *nextCue = listed && listed->type == EntityType::Location
                && listed->endToken < text.size() && text.at(listed->endToken).sentence == t.sentence
            ? cueAt(c, listed->endToken, wholeCue)
            : nullptr;
        const bool longerName = nextCue && wholeCue && nextCue->type == cue->type;
        // A listed name of the cue's type opens a list all the same ("die Marken Knorr, Langnese
        // und Dove").
        if (listed && !longerName && !listed->rejected && listed->type == *cue->type && !linked) {
            i = enumerated(i, listed->endToken, *cue->type) - 1;
            continue;
        }
        // "am Standort BASF Schwarzheide", "im Werk Bosch Eisenach": a listed firm after a plant's
        // or a site's noun is the plant's owner, and a name word right after it, no word of the
        // lexicon, the town the noun names.
        if (listed && !listed->rejected && !linked && *cue->type == EntityType::Location
            && listed->type == EntityType::Company) {
            const int town = listed->endToken;
            if (town < text.size() && nameWordAfter(text, town, t.sentence)
                && !c.has(town, WordInfo::Capitalized) && !c.has(town, WordInfo::Lowercase)
                && !c.has(town, WordInfo::GivenName) && !c.has(town, WordInfo::CompanySuffix)
                && legalFormAfter(c, town) == town
                && strongestOver(town, town + 1, EntityType::Location) <= Priority::Cue) {
                const std::optional<ListedName> name = listedName(c, town);
                if (!name || name->type == EntityType::Location)
                    propose(town, name ? name->endToken : town + 1, EntityType::Location);
            }
            continue;
        }
        if ((listed && !longerName)
            || (i > 0 && namePart(c, i - 1) && text.at(i - 1).sentence == text.at(i).sentence
                && !isPlaceAdjective(c, i - 1))
            || c.resources.legalFormStarts.count(Text::wordHash(text.view(first))))
            continue;
        // The extent the tagger or a rule gave the name, when one starts after the cue or at it
        // ("Discounter Aldi Süd" as one place); one of the cue's type that includes the cue says
        // the cue is part of the name ("Landkreis Konstanz").
        // A person's name has its own few words (personfinder.cpp), whatever extent the tagger
        // gave it: "Tante Li Wei" runs on to no preposition or noun after it.
        const bool person = *cue->type == EntityType::Person;
        int end = person ? cuedPersonEnd(c, first, proposed) : nameEnd(c, first, cue->type);
        if (end == first && unknownCompoundName(c, i, first, *cue))
            end = first + 1;
        // A product's designation runs on over letters and digits the tagger cuts off ("das
        // Modell X Pure", "der Stabsauger V15 Detect"): its words' end holds over a shorter span.
        const int wordsEnd = *cue->type == EntityType::Product ? end : first;
        bool agrees = false;
        for (size_t k = 0; k < proposed && !person; ++k) {
            const Candidate &o = c.candidates[k];
            if ((o.firstToken != first && o.firstToken != i) || o.endToken <= first
                || o.mention.type == EntityType::Quantity || o.mention.type == EntityType::Date)
                continue;
            agrees |= o.firstToken == i && o.mention.type == *cue->type;
            end = std::max(o.endToken, wordsEnd);
        }
        if (longerName)
            end = std::max(end, listed->endToken + 1);
        // Nor does the tagger's name run over a noun of another kind ("Alabama SUVs").
        for (int k = first + 1; k < end; ++k) {
            bool otherWhole = false;
            const Resources::NameCue *other = cueAt(c, k, otherWhole);
            if (other && otherWhole && other->type && *other->type != *cue->type) {
                end = k;
                break;
            }
        }
        // A series' title runs on over capitalised words, German nouns included ("der Reihe
        // Structured Alpha").
        if (cue->definite && end > first)
            while (end < text.size() && end - first < 4 && text.at(end).kind == Token::Word
                && text.at(end).upper && text.at(end).sentence == text.at(first).sentence
                && text.at(end).spaceBefore)
                ++end;
        if (agrees || end <= first || strongestOver(i, end, cue->type) > Priority::Cue
            || isGenitive(c, first, end))
            continue;
        const int opens = cue->inside && whole && !linked ? i : first;
        propose(opens, end, *cue->type);
        typedNames.insert_or_assign(sequenceKey(opens, end), Typed {*cue->type, end - opens});
        // "der US-Konzern Carrier Global … Carrier übernimmt": a company's first word alone is
        // the company later in the article, not the person or place its look suggests.
        if (*cue->type == EntityType::Company && end - opens >= 2 && text.at(opens).kind == Token::Word
            && !c.gazetteerAt(opens) && !c.has(opens, WordInfo::GivenName) && distinctive(c, opens))
            typedNames.emplace(sequenceKey(opens, opens + 1), Typed {*cue->type, 1, true});
        i = enumerated(i, end, *cue->type) - 1;
    }
    if (typedNames.empty())
        return;
    // The type holds for the article: "Novo Nordisk" after "der Pharmakonzern Novo Nordisk".
    for (int i = 0; i < text.size(); ++i) {
        if (!namePart(c, i)
            || (i > 0 && namePart(c, i - 1) && text.at(i - 1).sentence == text.at(i).sentence))
            continue;
        for (const auto &[key, name] : typedNames) {
            const int end = i + name.length;
            if (end > text.size() || sequenceKey(i, end) != key || namePart(c, end)
                || strongestOver(i, end, name.type) > Priority::Cue)
                continue;
            bool claimed = false, misread = false;
            for (const Candidate &o : c.candidates) {
                claimed |= (o.priority >= Priority::Cue && o.firstToken == i)
                    || (name.shortForm && o.firstToken <= i && o.endToken > end);
                misread |= o.firstToken == i && o.endToken == end && o.priority <= Priority::Model
                    && (o.mention.type == EntityType::Person || o.mention.type == EntityType::Location);
            }
            if (!claimed && (misread || !name.shortForm))
                propose(i, end, name.type);
        }
    }
}

} // namespace Lagebild::Analysis
