// SPDX-License-Identifier: GPL-3.0-or-later
// PERSON names no list holds, from German news conventions: a known given name before a
// capitalised word ("Petra Lindqvist"), a role before a name ("Analystin Mara Feld",
// "CEO Jensen Huang"), a verb of saying beside a name ("sagte Capri").

#include "analysis/candidate.h"
#include "analysis/hashset.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace Lagebild::Analysis {

namespace {

// A capitalised word that can be part of a name: not a word the German lexicon knows in
// lower case (sentence-initial "Die"), not a role word.
bool nameLike(const FinderContext &c, int i, bool allowKnownNouns)
{
    if (i >= c.text.size())
        return false;
    const Token &t = c.text.at(i);
    if (t.kind != Token::Word || !t.upper || t.hasDigit || t.allUpper || t.length() < 2)
        return false;
    const WordInfo &w = c.word(i);
    if (w.has(WordInfo::PersonRole) || w.has(WordInfo::Lowercase))
        return false;
    return allowKnownNouns || !w.has(WordInfo::Capitalized) || w.has(WordInfo::GivenName);
}

// Whether a finite verb form may be plural: German writes the third person plural with "-n"
// ("sagten", "erklären", "tun"); person-cues.tsv "plural" lists the forms without ("sind"). The
// lexicon and the tagger know no verb number, and a singular form never ends so.
bool pluralVerb(const FinderContext &c, int i)
{
    return c.text.folded(i).endsWith(u'n') || c.resources.pluralVerbs.count(c.text.hash(i));
}

// Where a surname that starts at a token ends: with its hyphenated second part
// ("Müller-Lüdenscheidt", "Hohenzollern-Sigmaringen"); the token itself when none starts there.
int surnameEnd(const FinderContext &c, int i)
{
    if (!nameLike(c, i, true))
        return i;
    const TokenizedText &text = c.text;
    if (i + 2 < text.size() && text.is(i + 1, u"-") && !text.at(i + 1).spaceBefore && nameLike(c, i + 2, true)
        && !text.at(i + 2).spaceBefore)
        return i + 3;
    return i + 1;
}

void addPerson(FinderContext &c, int first, int end, int priority)
{
    c.addName(first, end, EntityType::Person, priority);
}

// A given name standing alone as a member of a coordination: no list's name, no surname after it,
// and no word German writes in lower case at a sentence's start ("Max" inside one is the name).
bool bareGivenName(const FinderContext &c, int i)
{
    if (i >= c.text.size())
        return false;
    const Token &t = c.text.at(i);
    return t.kind == Token::Word && t.upper && !t.allUpper && c.has(i, WordInfo::GivenName)
        && !(t.sentenceStart && c.has(i, WordInfo::Lowercase)) && !c.gazetteerAt(i)
        && !nameLike(c, i + 1, true);
}

// Where a coordination of given names alone that starts at a token ends ("Justin, Alex und Max",
// "Anna oder Paul"): its last member, or -1 when none starts there. Members stand every other
// token, one comma or conjunction between them.
int givenNamesCoordinationEnd(const FinderContext &c, int i)
{
    const TokenizedText &text = c.text;
    if (!bareGivenName(c, i))
        return -1;
    int k = i + 1;
    while (text.is(k, u",") && bareGivenName(c, k + 1))
        k += 2;
    // Reached only after a given name alone, so the folded word's copy is rare.
    return k < text.size() && c.resources.relations.is(text.hash(k), RelationLexicon::Coordinator)
            && bareGivenName(c, k + 1)
        ? k + 1
        : -1;
}

// Where a speaker named right after a word of saying ends ("sagte Capri.", "…, so Barth."): up
// to three capitalised words before the clause's end; `first` when none is named there. With
// `knownNouns` a word the lexicon knows as a noun is a name there too when it alone (or hyphened
// to a second) stands before the clause's end ("sagte Rüttgers.", "sagte Anschütz-Thoms."):
// German puts no bare singular noun there, and the lexicon holds many surnames.
int speakerEnd(const FinderContext &c, int first, bool knownNouns)
{
    const TokenizedText &text = c.text;
    if (!nameLike(c, first, true))
        return first;
    const bool unknown = nameLike(c, first, false);
    if (!unknown && !knownNouns)
        return first;
    int end = unknown ? first + 1 : surnameEnd(c, first);
    while (unknown && end < text.size() && nameLike(c, end, true) && end - first < 3)
        ++end;
    if (end >= text.size())
        return first;
    // "sagte Dr. Castell": an abbreviation's period ends no clause.
    if (!unknown && text.is(end, u".") && c.resources.capitalizedAbbreviations.count(text.hash(first)))
        return first;
    return text.is(end, u".") || text.is(end, u",") || text.is(end, u";") || text.is(end, u"(") ? end : first;
}

// Whether a folded word is a compound whose head, four letters or more after at least three, is a
// noun of the lexicon ("Hochzeitsfeier", "Blankvers").
bool endsInNoun(const FinderContext &c, QStringView word)
{
    for (qsizetype k = 3; k + 4 <= word.size(); ++k)
        if (c.resources.lexicon.lists(Text::wordHash(word.mid(k))) & Resources::capitalizedList)
            return true;
    return false;
}

// Whether the word at a token, a genitive in "-s" that no list holds, is a name's genitive rather
// than a common noun's: no word of the lexicon with the "s" or "es" taken off ("Spielers",
// "Rektorats", "Tests"), no compound ending in one ("Spitzenreitertrikots"; a noun that ends
// family names, "-mann", keeps "Buurmanns"), no ending Latin and English nouns and plurals have
// ("Business", "Campus", "Hepatitis").
bool nameGenitiveForm(const FinderContext &c, int i)
{
    const QStringView f = c.text.folded(i);
    if (f.endsWith(u"ss") || f.endsWith(u"us") || f.endsWith(u"is"))
        return false;
    const QStringView stem = f.chopped(1);
    if (c.resources.lexicon.lists(Text::wordHash(stem))
        || (stem.endsWith(u'e') && c.resources.lexicon.lists(Text::wordHash(stem.chopped(1)))))
        return false;
    for (qsizetype k = 3; k + 4 <= stem.size(); ++k) {
        const quint64 tail = Text::wordHash(stem.mid(k));
        if (c.resources.surnameEnds.count(tail))
            return true;
        if (c.resources.lexicon.lists(tail) & Resources::capitalizedList)
            return false;
    }
    // The "s" may be the noun's own ("Blankvers"): a compound's head with it.
    return !endsInNoun(c, f);
}

// Whether the word at a token is a noun of the lexicon or a compound ending in one ("Vizekanzlei",
// "Hochzeitsfeier"); it may also be a verb's form ("Stimme"): mid-sentence the capital says noun.
bool commonNoun(const FinderContext &c, int k)
{
    if (c.has(k, WordInfo::Capitalized))
        return true;
    return !c.has(k, WordInfo::Lowercase) && endsInNoun(c, c.text.folded(k));
}

// "Zabels Entscheidung", "Holroyds Stimme", "Becks Absichten": an unknown name's genitive without
// article before a common noun of the lexicon is a preposed genitive, which German writes of
// persons and of places and firms; the lists hold the places and firms ("Bremens", "Googles"), and
// nouns of what bodies have (a firm's, a product's, a unit's word) or of a role (a club's "Trainer",
// a town's "Bürgermeister") leave the owner open. Not a given name ("Klaus Euler"), nor after one
// ("Klaus Allofs Team"), nor before a name's next word ("Bruns Logistik GmbH").
bool genitiveBeforeNoun(const FinderContext &c, int i, int k)
{
    const TokenizedText &text = c.text;
    // After a particle the name is longer ("de Maizières Alleingänge"): the tagger's to read.
    if (c.has(i, WordInfo::GivenName) || (i > 0 && !text.at(i).spaceBefore)
        || (i > 0 && !text.at(i - 1).upper && c.resources.nameParticles.count(text.hash(i - 1)))
        || (i > 0 && text.at(i - 1).sentence == text.at(i).sentence && text.at(i - 1).upper
            && nameLike(c, i - 1, false)))
        return false;
    // Between them only an adjective's ending ("Nerudas gesundheitliche Verfassung"), no
    // preposition ("ob man Slowdowns für Kulissen …").
    if (k > i + 1) {
        const QStringView adjective = text.folded(i + 1);
        if (adjective.size() < 5 || c.has(i + 1, WordInfo::DatePreposition)
            || c.resources.nameComplements.count(text.hash(i + 1))
            || (!adjective.endsWith(u'e') && !adjective.endsWith(u"en") && !adjective.endsWith(u"er")
                && !adjective.endsWith(u"es") && !adjective.endsWith(u"em")))
            return false;
    }
    const WordInfo &noun = c.word(k);
    if (!commonNoun(c, k) || noun.has(WordInfo::PersonRole) || noun.has(WordInfo::CompanyCue)
        || noun.has(WordInfo::OrganizationHead) || noun.has(WordInfo::ProductCue)
        || noun.has(WordInfo::CompanySuffix) || noun.has(WordInfo::UnitWord)
        || c.resources.determiners.count(text.hash(k))
        || c.gazetteerAt(k)) // "Panathinaikos Athen": a listed town ends a club's name
        return false;
    if (k + 1 < text.size() && text.at(k + 1).kind == Token::Word && text.at(k + 1).upper
        && (!c.has(k + 1, WordInfo::Capitalized) || c.has(k + 1, WordInfo::CompanySuffix)))
        return false;
    // "Stinnes Platz 1": a number after the noun makes an address or a model.
    if (k + 1 < text.size() && text.at(k + 1).hasDigit && text.at(k + 1).sentence == text.at(k).sentence)
        return false;
    if (!nameGenitiveForm(c, i))
        return false;
    // The article writing the name without its "s" says what it is ("Das Start-up Nscale wächst.
    // Nscales Rechenzentrum …"): that reading is the analyzer's to carry over.
    const quint64 stem = Text::wordHash(text.folded(i).chopped(1));
    for (int t = 0; t < text.size(); ++t)
        if (text.at(t).kind == Token::Word && text.hash(t) == stem)
            return false;
    return true;
}

// "Zabels Sohn", "Ravens Tod", "Bushs Parteikollegen": a capitalised word the lexicon does not know,
// ending in the genitive's "s", without article, before a noun of what only a person has
// (person-cues.tsv "owned") is a person's name; one adjective may stand between ("Nerudas
// gesundheitliche Verfassung" has none of those nouns and stays unnamed).
bool personalGenitive(const FinderContext &c, int i)
{
    const TokenizedText &text = c.text;
    if (!nameLike(c, i, false) || c.gazetteerAt(i) || text.at(i).length() < 4 || i + 1 >= text.size())
        return false;
    const QStringView f = text.folded(i);
    if (!f.endsWith(u's') || (i > 0 && c.resources.determiners.count(text.hash(i - 1))))
        return false;
    int k = i + 1;
    if (text.at(k).kind == Token::Word && !text.at(k).upper && k + 1 < text.size())
        ++k; // an adjective: "Zabels jüngster Sohn"
    if (text.at(k).kind != Token::Word || !text.at(k).upper || text.at(k).sentence != text.at(i).sentence)
        return false;
    const QStringView owned = text.folded(k);
    for (const QString &noun : c.resources.ownedNouns)
        if (owned.endsWith(noun))
            return true;
    return genitiveBeforeNoun(c, i, k);
}

// "Schumacher kündigte an, …", "Zimmermann war …": a noun the lexicon knows that ends in a noun
// ending family names (person-cues.tsv "surname-end": -macher, -mann, -meister …), longer than
// that noun. Such nouns name a person by trade and, being countable, take an article in the
// singular; alone before the verb of the sentence they open they are a family name.
bool familyNameNoun(const FinderContext &c, int i)
{
    if (!nameLike(c, i, true) || !c.has(i, WordInfo::Capitalized))
        return false;
    const QStringView word = c.text.folded(i);
    for (qsizetype k = 2; k + 4 <= word.size(); ++k)
        if (c.resources.surnameEnds.count(Text::wordHash(word.mid(k))))
            return true;
    return false;
}

// A family name the lexicon also knows as a common word, standing alone after a role noun
// ("Konzernchef Müller", "Ministerin Klein", "Bundestrainer Koch sagte"): a frequent one
// (person-cues.tsv "family-word"), a listed person's family name ("Scholz") or a noun ending
// family names ("Zimmermann"). Alone: no capitalised word of the sentence after it, which would
// make it a given name or the first word of something else.
bool familyNameAfterRole(const FinderContext &c, int i)
{
    const TokenizedText &text = c.text;
    if (i >= text.size() || !text.at(i).spaceBefore || text.at(i).kind != Token::Word || !text.at(i).upper
        || text.at(i).allUpper || text.at(i).hasDigit)
        return false;
    if (i + 1 < text.size() && text.at(i + 1).sentence == text.at(i).sentence
        && ((text.at(i + 1).kind == Token::Word && text.at(i + 1).upper)
            || (text.is(i + 1, u"-") && !text.at(i + 1).spaceBefore)))
        return false;
    if (c.has(i, WordInfo::Season) || c.has(i, WordInfo::DateWord) || c.has(i, WordInfo::DatePart))
        return false; // "als Minister Sommer für Sommer"
    const quint64 hash = text.hash(i);
    return c.resources.familyNameWords.count(hash) || c.resources.listedFamilyNames.find(hash)
        || familyNameNoun(c, i);
}

// A compound ending in a word the lexicon knows ("Weinkauf", "Franziskuskirche",
// "Einwilligungsfähig"), its first part a name or not: a noun of four letters at least, any
// word of five, so that "-ert" and "-ow" stay names; a noun that ends family names
// (person-cues.tsv "surname-end": "Hoffmann", "Schumacher") does not count. The lexicon's
// own compound splitter would cost 0.2 G instructions of loading per process. "Gallium wird …":
// a substance's or material's name (substance-endings.txt) is none either.
bool compoundOrSubstance(const FinderContext &c, int i)
{
    const QStringView word = c.text.folded(i);
    for (qsizetype k = 3; k + 4 <= word.size(); ++k) {
        const quint64 tail = Text::wordHash(word.mid(k));
        const quint8 lists = c.resources.lexicon.lists(tail);
        if (lists && (word.size() - k >= 5 || (lists & Resources::capitalizedList))
            && !c.resources.surnameEnds.count(tail))
            return true;
    }
    for (const QString &ending : c.resources.substanceEndings)
        if (word.endsWith(ending))
            return true;
    return false;
}

bool familyWordSubject(const FinderContext &c, int i, int verb, bool weakPast);

// "Kolb war seit 1986 …", "Tessmarck bestätigte …": a capitalised word the lexicon does not know,
// alone before the finite verb of a sentence it opens, is its subject; a person's name more often
// than anything else such a word can be, since German's unknown capitalised words are mostly
// compounds of known nouns ("Weinkauf wird …", left out) and names of places or firms the lists
// or the tagger know (they outrank this). The verb: a lower-case word the lexicon knows, in the
// singular (a plural subject is no person), that person-cues.tsv does not list as no verb
// ("Bhuttos in London …" is missed; "Weimar mit …" is no subject). A given name alone is left
// out: storms and pets bear them ("Hurrikan Alex … Alex war der früheste Hurrikan").
bool openingSubject(const FinderContext &c, int i)
{
    const TokenizedText &text = c.text;
    if (!text.at(i).sentenceStart || i + 2 >= text.size() || text.at(i).length() < 3
        || !(nameLike(c, i, false) || familyNameNoun(c, i) || c.resources.familyNameWords.count(text.hash(i)))
        || c.has(i, WordInfo::GivenName) || c.gazetteerAt(i))
        return false;
    const Token &verb = text.at(i + 1);
    if (verb.kind != Token::Word || verb.upper || !c.has(i + 1, WordInfo::Lowercase) || pluralVerb(c, i + 1)
        || c.resources.noVerbs.count(text.hash(i + 1)) || c.resources.determiners.count(text.hash(i + 1)))
        return false;
    // "St. Georg": a title's period opens no sentence.
    if (i > 1 && text.is(i - 1, u".") && c.resources.capitalizedAbbreviations.count(text.hash(i - 2)))
        return false;
    if (nameLike(c, i, false) || familyNameNoun(c, i))
        return !compoundOrSubstance(c, i);
    return familyWordSubject(c, i, i + 1, true); // "Huber agierte …", "Richter bezog sich …"
}

// Whether a lower-case word is a strong or irregular verb's finite form in the singular ("ging",
// "übernahm", "verließ", "erhält"; person-cues.tsv "strong-verb"): the word is a listed form or
// ends in one.
bool strongVerbForm(const FinderContext &c, int i)
{
    const QStringView word = c.text.folded(i);
    const qsizetype shortest = std::max<qsizetype>(0, word.size() - c.resources.strongVerbLength);
    for (qsizetype k = word.size() - 2; k >= shortest; --k)
        if (c.resources.strongVerbForms.count(Text::wordHash(word.sliced(k))))
            return true;
    return false;
}

// A frequent family name that is also a common word (person-cues.tsv "family-word": "Huber",
// "Schulz", "Richter") as a clause's subject, next to a finite verb that says what someone did:
// a strong verb's form, a verb of saying or an auxiliary's past, with `weakPast` a weak past in
// "-te" too (after the subject: before it, "Jeder fünfte Richter" is an ordinal's), but no
// copula, after which the word is what someone is ("wurde Koch im Hotel"). No given name
// ("Otto", "Werner"), season or date word ("Winter kam"); opening a sentence, no word the lexicon
// knows in lower case, as adverbs and adjectives open sentences ("Lange verlief …", "Kurz darauf").
bool familyWordSubject(const FinderContext &c, int i, int verb, bool weakPast)
{
    if (!c.resources.familyNameWords.count(c.text.hash(i)) || c.has(i, WordInfo::GivenName)
        || c.has(i, WordInfo::Season) || c.has(i, WordInfo::DateWord) || c.has(i, WordInfo::DatePart)
        || (c.text.at(i).sentenceStart && c.has(i, WordInfo::Lowercase)))
        return false;
    const QStringView v = c.text.folded(verb);
    for (const char16_t *copula :
        {u"war", u"wurde", u"ward", u"blieb", u"ist", u"wird", u"bleibt", u"schien"})
        if (v == QStringView(copula))
            return false;
    if (c.has(verb, WordInfo::PastTense) || c.has(verb, WordInfo::SpeechVerb) || strongVerbForm(c, verb))
        return true;
    return weakPast && v.size() >= 5
        && std::any_of(c.resources.pastEndings.begin(), c.resources.pastEndings.end(),
            [v](const QString &ending) { return v.endsWith(ending); });
}

// "Damit hatte Gallus die …", "Im Finale erreichte Goslin einen …", "Zuvor musste Halmich aber
// …", "1990 ging Marusha erstmals …": German puts the subject right after the finite verb when
// another part opens the clause. An unknown capitalised word there, between a finite verb in the
// singular and a lower-case word of the lexicon, is that subject, mostly a person's name, as
// openingSubject() says of the clause's first word. The verb: an auxiliary in the past
// (date-words.tsv "tense"), a verb of saying, a strong or irregular verb's past or present with
// its vowel changed (person-cues.tsv "strong-verb": "ging", "übernahm", "erhält"), or a word of
// the lexicon with a weak verb's past ending (person-cues.tsv "past-ending": "-te") after a
// capitalised word (a noun or the clause's opener): an adjective in "-te" follows an article
// ("die erste Staffel"). Found weakly, so that any other reading of the word in the article wins.
bool invertedSubject(const FinderContext &c, int i)
{
    const TokenizedText &text = c.text;
    if (i < 2 || i + 1 >= text.size() || text.at(i).sentenceStart || text.at(i).length() < 3
        || !(nameLike(c, i, false) || c.resources.familyNameWords.count(text.hash(i)))
        || c.has(i, WordInfo::GivenName) || c.gazetteerAt(i))
        return false;
    const int sentence = text.at(i).sentence;
    // "Danach distanzierte sich Moein von …": a reflexive pronoun may stand between the verb and
    // the subject.
    const int verb = i >= 3 && text.is(i - 1, u"sich") ? i - 2 : i - 1;
    const Token &v = text.at(verb);
    const Token &n = text.at(i + 1);
    if (v.kind != Token::Word || v.upper || !c.has(verb, WordInfo::Lowercase) || v.sentence != sentence
        || pluralVerb(c, verb) || c.resources.noVerbs.count(text.hash(verb))
        || c.resources.determiners.count(text.hash(verb)) || n.kind != Token::Word || n.upper
        || !c.has(i + 1, WordInfo::Lowercase) || n.sentence != sentence)
        return false;
    bool finite
        = c.has(verb, WordInfo::PastTense) || c.has(verb, WordInfo::SpeechVerb) || strongVerbForm(c, verb);
    const QStringView verbWord = text.folded(verb);
    if (!finite && v.length() >= 5
        && std::any_of(c.resources.pastEndings.begin(), c.resources.pastEndings.end(),
            [verbWord](const QString &ending) { return verbWord.endsWith(ending); })) {
        const Token &before = text.at(verb - 1);
        finite = before.kind == Token::Word && before.upper && before.sentence == sentence
            && !c.resources.determiners.count(text.hash(verb - 1));
    }
    // "Bis dahin hatte Schulz seine …": a family name that is a word, after a verb no copula.
    if (finite && !nameLike(c, i, false))
        return familyWordSubject(c, i, verb, false);
    return finite && !compoundOrSubstance(c, i);
}

// "Zuletzt belieferte Voltaro die Autobauer", "Danach meldete Sdui Insolvenz an": a verb of
// company-verbs.tsv that only firms do (no deal's, which people do too: "übernahm Müller die
// Leitung"), with the word it needs after the subject, makes the inverted clause's subject a firm.
bool firmVerbBefore(const FinderContext &c, int subject)
{
    const int verb = subject - 1;
    if (!c.has(verb, WordInfo::CompanyVerb))
        return false;
    const auto rows = c.resources.companyVerbs.equal_range(c.text.hash(verb));
    for (auto row = rows.first; row != rows.second; ++row) {
        const Resources::CompanyVerb &v = row->second;
        if (!v.deal && (v.next == 0 || (subject + 1 < c.text.size() && c.text.hash(subject + 1) == v.next)))
            return true;
    }
    return false;
}

// Where an initial starting at a token ends ("George W. Bush", "Christian-H. Röhlke"): a capital
// letter alone with its period; the token itself when none is there.
int initialEnd(const FinderContext &c, int i)
{
    const TokenizedText &text = c.text;
    if (i + 1 >= text.size() || text.at(i).kind != Token::Word || text.at(i).length() != 1
        || !text.at(i).upper || !text.is(i + 1, u".") || text.at(i + 1).spaceBefore
        || text.at(i + 1).sentence != text.at(i).sentence)
        return i;
    return i + 2;
}

// Where a name word starting at a token ends, with the parts hyphened to it ("Boutros-Ghali",
// "Jens-Uwe", "Müller-Lüdenscheidt"): the token itself when none starts there. A word the lexicon
// knows as a German noun counts only with `knownNoun`; a later part never is one ("Erlam-Studie").
int nameWordEnd(const FinderContext &c, int i, int sentence, bool knownNoun)
{
    const TokenizedText &text = c.text;
    if (i >= text.size() || text.at(i).sentence != sentence || !text.at(i).spaceBefore)
        return i;
    if (const int initial = initialEnd(c, i); initial > i)
        return initial;
    if (!nameLike(c, i, knownNoun))
        return i;
    int end = i + 1;
    while (end + 1 < text.size() && text.is(end, u"-") && !text.at(end).spaceBefore
        && !text.at(end + 1).spaceBefore) {
        if (nameLike(c, end + 1, false))
            end += 2;
        else if (const int initial = initialEnd(c, end + 1); initial > end + 1)
            return initial; // "Christian-H. Röhlke"
        else
            break;
    }
    return end;
}

// The family name right after a given name inside a sentence: any capitalised word there but a
// role's or a date's, as German writes no other word capitalised without an article at that
// place. The lexicon knows many family names as nouns ("Sinn", "Schneider") or in lower case
// ("Kocht", "Schneider" as a compound's part).
int familyNameEnd(const FinderContext &c, int i, int sentence)
{
    const TokenizedText &text = c.text;
    if (i >= text.size() || text.at(i).sentence != sentence || !text.at(i).spaceBefore
        || text.at(i).kind != Token::Word || !text.at(i).upper || text.at(i).allUpper || text.at(i).hasDigit
        || c.has(i, WordInfo::PersonRole) || c.has(i, WordInfo::DateWord) || c.has(i, WordInfo::DatePart)
        || c.has(i, WordInfo::Season)
        || ((c.word(i).weekday || c.word(i).month) && !c.has(i, WordInfo::GivenName)))
        return i;
    int end = i + 1;
    while (end + 1 < text.size() && text.is(end, u"-") && !text.at(end).spaceBefore
        && !text.at(end + 1).spaceBefore && nameLike(c, end + 1, false))
        end += 2;
    return end;
}

} // namespace

bool isPersonRole(const FinderContext &c, int token)
{
    if (token < 0 || token >= c.text.size() || c.text.at(token).kind != Token::Word)
        return false;
    if (c.has(token, WordInfo::PersonRole))
        return true;
    // Asked of every word: letters compared, not strings.
    auto chef = [](QStringView w) {
        const qsizetype n = w.size();
        return n >= 4 && w[n - 1] == u'f' && w[n - 2] == u'e' && w[n - 3] == u'h' && w[n - 4] == u'c';
    };
    const QStringView f = c.text.folded(token);
    if (chef(f)
        || (f.size() >= 6 && f[f.size() - 1] == u'n' && f[f.size() - 2] == u'i' && chef(f.chopped(2))))
        return true;
    // A compound ending in a role noun (person-cues.tsv "role-end": "Abteilungsleiter Krauskopf",
    // "Bundestagsabgeordnete Rauch"), the longest listed end deciding ("Halbleiter" is none). Its
    // ends are looked up only before a capitalised word, where the role could name someone: every
    // word's would cost a look-up per letter. Such a compound also stands before the field it
    // names ("Sachbereichsleiter Katastrophenschutz"): a German noun after it is none, nor a
    // compound ending in a noun of six letters or more, as family names end in short ones
    // ("Krauskopf", "Steinbach").
    const int next = token + 1;
    if (f.size() < 7 || !c.text.at(token).upper || next >= c.text.size()
        || c.text.at(next).kind != Token::Word || !c.text.at(next).upper
        || (c.has(next, WordInfo::Capitalized) && !familyNameAfterRole(c, next)))
        return false;
    // The whole word may be a "no-role-end"; a role end needs a first part of three letters.
    for (qsizetype k = 0; k + 4 <= f.size(); ++k) {
        const bool *role = c.resources.roleEnds.find(Text::wordHash(f.mid(k)));
        if (role && (k >= 3 || !*role))
            return *role && !germanCompound(c, next, 6);
    }
    return false;
}

// A person's name right after a noun that says a person is at most three name words: German
// goes on after it with prepositions ("Craig Erlam vom Broker", "Wolff zu den Protesten") and
// nouns ("Präsident Joe Biden Sanktionen …"), none of which is part of it. A word the lexicon
// knows opens no such name and stands in it only as the family name right after a given name,
// last ("der Ökonom Hans Werner Sinn", "Analyst Rolf Schneider"); particles lead only from a given name
// to a family name the lexicon does not know ("Ursula von der Leyen", "Hans-Dietrich von
// Kleist"): after a family name they are prepositions ("Petra Lindqvist vom Beratungshaus",
// "Craig Erlam von Oanda").
int personNameEnd(const FinderContext &c, int first)
{
    const TokenizedText &text = c.text;
    if (first <= 0 || first >= text.size())
        return first;
    const int sentence = text.at(first - 1).sentence;
    int end = nameWordEnd(c, first, sentence, false);
    if (end == first)
        return first;
    bool givenNameBefore = c.has(first, WordInfo::GivenName);
    for (int words = 1; words < 3; ++words) {
        if (const int particles = nameParticlesEnd(c, end); particles > end) {
            const int surname = nameWordEnd(c, particles, sentence, false);
            if (surname == particles || !givenNameBefore)
                break;
            // Arabic names chain them: "Salman bin Ibrahim al Chalifa".
            givenNameBefore = c.has(particles, WordInfo::GivenName);
            end = surname;
            continue;
        }
        if (const int next = nameWordEnd(c, end, sentence, false); next > end) {
            // An initial stands where given names do, before the family name.
            givenNameBefore = c.has(end, WordInfo::GivenName) || c.text.is(next - 1, u".");
            end = next;
            continue;
        }
        if (givenNameBefore)
            end = familyNameEnd(c, end, sentence);
        break;
    }
    return end;
}

void findPersons(FinderContext &c)
{
    const TokenizedText &text = c.text;
    // Words the article writes after a storm's or saint's noun, gathered when first needed.
    std::optional<HashSet> unnamed;
    for (int i = 0; i < text.size(); ++i) {
        const Token &t = text.at(i);
        if (t.kind != Token::Word)
            continue;
        // "Sankt Peter und Paul", "Hurrikan Helene": a saint's or a storm's name is no person's.
        if (t.upper && i > 0 && isUnnamedWord(c, i - 1))
            continue;

        // Given name + surname(s): "Petra Lindqvist", "Jens-Uwe Maas", "Ursula von der Leyen".
        if (t.upper && c.has(i, WordInfo::GivenName) && !(t.sentenceStart && c.has(i, WordInfo::Lowercase))) {
            int end = i + 1;
            // double given names and hyphenated ones: "Jens-Uwe", "Hans Peter"
            while (end + 1 < text.size() && text.is(end, u"-") && !text.at(end).spaceBefore
                && c.has(end + 1, WordInfo::GivenName))
                end += 2;
            while (end < text.size() && c.has(end, WordInfo::GivenName) && nameLike(c, end + 1, true))
                ++end;
            end = nameParticlesEnd(c, end); // "Ursula von der Leyen"
            if (const int surname = surnameEnd(c, end); surname > end) {
                end = surname;
                addPerson(c, i, end, Priority::Person);
                i = end - 1;
                continue;
            }
        }

        // Given names alone, coordinated: each is a person ("Nur Justin, Alex und Max erinnern sich").
        if (const int last = givenNamesCoordinationEnd(c, i); last > i) {
            for (int k = i; k <= last; k += 2)
                addPerson(c, k, k + 1, Priority::Person - 10);
            i = last;
            continue;
        }

        // Role + name: "Analystin Petra Lindqvist", "Konzernchef Huang", "Präsident Xi".
        // A kin noun too (person-cues.tsv): "Tante Cilli", "Sohn Murchad".
        if (isPersonRole(c, i) || (t.upper && c.resources.kinNouns.count(text.hash(i)))) {
            int k = i + 1;
            // Under the tagger here: a role's person holds over its guess in cuefinder.cpp,
            // which sees the extent the tagger gave the name.
            if (const int end = personNameEnd(c, k); end > k) {
                addPerson(c, k, end, Priority::Person - 5);
                i = end - 1;
                continue;
            }
            // A family name that is also a common word: "Konzernchef Müller", "Ministerin Klein".
            if (familyNameAfterRole(c, k)) {
                addPerson(c, k, k + 1, Priority::Person - 5);
                i = k;
                continue;
            }
            // short East Asian surnames the lexicon does not know: "Präsident Xi", "Premier Li"
            if (k < text.size() && text.at(k).upper && text.at(k).length() <= 3 && !text.at(k).allUpper
                && !c.has(k, WordInfo::Lowercase) && !c.has(k, WordInfo::Capitalized)) {
                addPerson(c, k, k + 1, Priority::Person - 5);
                continue;
            }
        }

        // "sagte Capri", "erklärte Lindqvist": a capitalised word after a verb of saying; "…", so
        // Barth.": after an attribution word behind a comma (person-cues.tsv).
        // A plural verb or "so" may stand before a bare plural noun ("sagten Experten.", "so
        // Beobachter."), so there the speaker is a word the lexicon does not know.
        const bool speech = c.has(i, WordInfo::SpeechVerb);
        if (speech
            || (!t.upper && text.is(i - 1, u",") && c.resources.attributionWords.count(text.hash(i)))) {
            if (const int end = speakerEnd(c, i + 1, speech && !pluralVerb(c, i)); end > i + 1) {
                addPerson(c, i + 1, end, Priority::Person - 10);
                i = end - 1;
                continue;
            }
            // "sagt deshalb auch Theune.": one or two adverbs between verb and speaker, who is then
            // a word the lexicon does not know.
            int k = i + 1;
            while (speech && k < i + 3 && k < text.size() && !text.at(k).upper
                && c.resources.speechAdverbs.count(text.hash(k)))
                ++k;
            if (k > i + 1) {
                if (const int end = speakerEnd(c, k, false); end > k) {
                    addPerson(c, k, end, Priority::Person - 10);
                    i = end - 1;
                    continue;
                }
            }
        }

        // "Ramelow erklärte, …": one unknown capitalised word opening the sentence before a verb of
        // saying in the singular and a comma or colon is its speaker.
        if (speech && !pluralVerb(c, i) && i > 0 && text.at(i - 1).sentenceStart && nameLike(c, i - 1, false)
            && !c.gazetteerAt(i - 1) && (text.is(i + 1, u",") || text.is(i + 1, u":")))
            addPerson(c, i - 1, i, Priority::Person - 10);

        // "Kolb war …": an unknown word alone before the verb of the sentence it opens, unless the
        // article names a storm or a saint so ("Hurrikan Milton … Milton richtete …").
        if (t.upper && openingSubject(c, i)) {
            if (!unnamed) {
                unnamed.emplace();
                for (int k = 1; k < text.size(); ++k)
                    if (text.at(k).upper && isUnnamedWord(c, k - 1))
                        unnamed->insert(text.hash(k));
            }
            if (!unnamed->count(text.hash(i)))
                addPerson(c, i, i + 1, Priority::OpeningPerson);
            continue;
        }

        // "Damit hatte Gallus die …": an unknown word after the finite verb of an inverted clause,
        // proposed by findInvertedSubjects() once the tagger has read the article.
        if (t.upper && invertedSubject(c, i))
            continue;

        // "Zabels Sohn": a genitive before what only a person has.
        if (t.upper && personalGenitive(c, i))
            addPerson(c, i, i + 1, Priority::Person - 10);
    }
}

// Whether the tagger read the word at a token alone as a place and nothing else in the article
// names the word: a sentence's subject no list holds ("Kulikow gab einen Schuss ab", "Schönlein
// erkannte …", "hatte sich Röttgen darauf berufen") is a person's name there rather than a
// place's, as an unknown place seldom acts; a place the article names so elsewhere stays one
// ("in die Provinz Nordvaldia … Nordvaldia ist").
bool taggedPlaceAlone(const FinderContext &c, int i)
{
    const quint64 word = c.text.hash(i);
    bool place = false;
    for (const Candidate &o : c.candidates) {
        if (o.firstToken == i && o.endToken == i + 1)
            place = place || (o.priority == Priority::Model && o.mention.type == EntityType::Location);
        else if (o.mention.type != EntityType::Person && o.firstToken != i)
            for (int k = o.firstToken; k < o.endToken; ++k)
                if (c.text.hash(k) == word)
                    return false;
    }
    return place;
}

void findInvertedSubjects(FinderContext &c)
{
    const TokenizedText &text = c.text;
    // The opening subjects findPersons() proposed weakly, over the tagger's place: only the
    // tagger's one-word places are looked at, gathered first (addPerson grows the candidates).
    // A genitive before a noun of the lexicon the same way: places seldom stand before a common
    // noun the lists do not know, the tagger's suffix features take "Zabels", "Wulffs" for towns.
    std::vector<int> places;
    for (const Candidate &o : c.candidates)
        if (o.priority == Priority::Model && o.mention.type == EntityType::Location
            && o.endToken == o.firstToken + 1)
            places.push_back(o.firstToken);
    for (const int i : places)
        if (text.at(i).kind == Token::Word && text.at(i).upper
            && ((text.at(i).sentenceStart && openingSubject(c, i))
                || (i + 1 < text.size() && text.at(i + 1).upper && personalGenitive(c, i)))
            && taggedPlaceAlone(c, i))
            addPerson(c, i, i + 1, Priority::Cue);
    // Words of the names the tagger read as a firm's, a body's, an outlet's or a product's,
    // gathered when first needed: such a word is no person's in another sentence either ("Sdui
    // Cloud … Zuletzt meldete Sdui einen Rekord").
    std::optional<HashSet> otherwise;
    for (int i = 0; i < text.size(); ++i) {
        const Token &t = text.at(i);
        if (t.kind != Token::Word || !t.upper || !invertedSubject(c, i) || firmVerbBefore(c, i)
            || c.has(i, WordInfo::CompanyCue) || c.has(i, WordInfo::CompanySuffix)
            || c.has(i, WordInfo::ProductCue))
            continue;
        if (!otherwise) {
            otherwise.emplace();
            for (const Candidate &o : c.candidates) {
                const EntityType type = o.mention.type;
                if (o.priority != Priority::Model || type == EntityType::Person
                    || type == EntityType::Location)
                    continue;
                for (int k = o.firstToken; k < o.endToken; ++k)
                    otherwise->insert(text.hash(k));
            }
        }
        if (!otherwise->count(text.hash(i)))
            addPerson(c, i, i + 1, taggedPlaceAlone(c, i) ? Priority::Cue : Priority::OpeningPerson);
    }
}

} // namespace Lagebild::Analysis
