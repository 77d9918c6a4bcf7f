// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/gazetteer.h"
#include "analysis/hashmap.h"
#include "analysis/hashset.h"
#include "analysis/nertagger.h"
#include "analysis/relationlexicon.h"
#include "analysis/wordinfo.h"
#include "analysis/wordset.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <bitset>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace Lagebild::Analysis {

/// A word after a number: a scale ("Milliarden"), a currency, percent, a time or physical unit.
struct UnitWord
{
    enum Kind { Scale, Currency, Percent, Time, Physical, Factor, Age };
    Kind kind = Physical;
    QString unit;
    double multiplier = 1;
};

struct NumberWord
{
    /// Zero: "null", a number before a unit or scale like an article, and alone where a value is
    /// reached or stood at ("auf null gesunken", "bei null").
    enum Kind { Number, Article, Fraction, Half, Point, Sign, Vague, PlusHalf, Zero };
    double value = 0;
    Kind kind = Number;
    bool dative = false; ///< "einer", "einem"
};

/// Everything the engine knows that is data: gazetteers, lexicon, cue words, units. Loaded
/// once per process from the compiled-in resources and shared read-only by all threads.
/// The rows of a tab-separated resource file, without blank and comment lines.
std::vector<QStringList> resourceRows(const QString &path);

struct Resources
{
    Gazetteer gazetteer;
    /// The German lexicon: words written capitalised (nouns, and names the dictionary knows) and
    /// words written in lower case, marked with these bits.
    WordSet lexicon;
    static constexpr quint8 capitalizedList = WordSet::capitalizedList;
    static constexpr quint8 lowercaseList = WordSet::lowercaseList;
    QSet<QString> abbreviations; ///< case-sensitive, without the period
    QSet<QString> givenNames; ///< folded
    QSet<QString> personRoles; ///< folded
    std::vector<QStringList>
        legalForms; ///< token sequences as written (case matters: "AB" is no "ab"), longest first
    /// Text::wordHash of each legal form's first token as written: most tokens start none, and
    /// one look-up rules them out before comparing with every form.
    HashSet legalFormStarts;
    QSet<QString> organizationHeads; ///< folded: University, Institut, Stiftung, …
    /// The heads of organizationHeads that also end compounds naming a body ("Presseverband",
    /// "Mieterverein", "Weingärtnergenossenschaft"; organization-heads.txt "compound"), folded.
    QStringList organizationCompoundHeads;
    /// The heads of organizationHeads whose name a listed town right after ends ("Medizinische
    /// Hochschule Hannover"), folded.
    HashSet organizationPlaceHeads; ///< Text::wordHash of the folded words
    /// Words for a school, clinic or museum that end a body's name after a person's name glued by
    /// hyphens ("Karl-Hansen-Klinik"; organization-heads.txt "named"), folded; no heads otherwise.
    HashSet organizationNamedHeads; ///< Text::wordHash of the folded words
    /// Words for a firm that end a COMPANY's name written apart before them ("Suhrkamp Verlag";
    /// organization-heads.txt "firm"), folded; no heads otherwise.
    HashSet organizationFirmHeads; ///< Text::wordHash of the folded words
    struct AgencyHead
    {
        QString noun; ///< folded
        bool generic = false; ///< alone an anaphor ("das Ministerium")
        bool exact = false; ///< only the word itself, never as the end of a compound
        bool seat = false; ///< a listed place after it is the body's seat and name ("Landgericht Düsseldorf")
    };
    std::vector<AgencyHead> agencyHeads;
    /// Indices into agencyHeads by the last letter of the noun (a–z, then the rest), longest
    /// first: a word can only equal or end in a head with its own last letter.
    std::array<std::vector<int>, 27> agencyHeadsByLast;
    [[nodiscard]] static size_t lastLetterBucket(QStringView folded)
    {
        const char16_t last = folded.isEmpty() ? u' ' : folded.back().unicode();
        return last >= u'a' && last <= u'z' ? size_t(last - u'a') : 26;
    }
    [[nodiscard]] const std::vector<int> &agencyHeadsEndingLike(QStringView folded) const
    {
        return agencyHeadsByLast[lastLetterBucket(folded)];
    }
    /// Text::wordHash of the words marked "state": the federal state as an actor ("dem Bund").
    HashSet stateHeads;
    /// Text::wordHash of the folded words that open a sports club's name before its town ("FC",
    /// "Borussia"; club-designators.txt).
    HashSet clubDesignators;
    /// Prepositions that open the field a body's name names after its head: "Bundesamt für
    /// Kommunikation", "Institut für Corporate Governance" (name-complements.txt).
    HashSet nameComplements;
    /// Heads, also as a compound's end, that take no such field ("Regierung", "Behörden";
    /// name-complements.txt "no-field"), folded.
    QStringList headsWithoutField;
    /// Text::wordHash of the words that join another noun of a body's field ("für Unterricht und
    /// Kultus"; name-complements.txt "joins").
    HashSet fieldJoiners;
    /// Text::wordHash of the genitive articles after which a compound head's name goes on with a
    /// name's adjective and noun ("Gesamtverband der Deutschen Versicherungswirtschaft";
    /// name-complements.txt "genitive").
    HashSet genitiveArticles;
    /// Folded endings of an inflected adjective before a field's noun ("für politische Bildung";
    /// name-complements.txt "adjective-ending").
    QStringList adjectiveEndings;
    /// Folded case endings of a compound head ("Presseverbandes"; organization-heads.txt
    /// "case-ending"), longest first.
    QStringList headCaseEndings;
    /// A body's head noun that takes a genitive -s or -es, with its gender (genitive-heads.tsv).
    struct GenitiveHead
    {
        enum class Gender : quint8 { Masculine, Neuter };
        QString noun; ///< folded
        Gender gender = Gender::Neuter;
    };
    /// genitive-heads.tsv, longest first: the canonical name of a body drops the head's genitive.
    std::vector<GenitiveHead> genitiveHeads;
    QStringList companySuffixes; ///< folded
    QStringList nationalities; ///< folded adjective stems
    /// origin-adjectives.tsv: folded endings of a declined adjective of origin ("ischen" of
    /// "ungarischen"), and the endings of words that end so but are none ("zwischen").
    QStringList originAdjectiveEndings;
    QStringList noOriginAdjectiveEndings;
    QStringList companyCues; ///< folded
    /// companyCues by their last letter ('a'–'z', else 26, as lastLetter()): the company finder
    /// asks of every capitalised word whether it ends in a cue.
    std::array<QStringList, 27> companyCuesByLast;
    [[nodiscard]] static int lastLetter(QStringView folded)
    {
        return folded.isEmpty() ? 26 : RelationLexicon::letterIndex(folded.back());
    }
    /// A verb whose doer is a firm (company-verbs.tsv): `deal` needs a company on the verb's other
    /// side; `next` is the Text::wordHash of the folded word that must follow the verb, or 0.
    struct CompanyVerb
    {
        quint64 next = 0;
        bool deal = false;
    };
    /// Keyed by the Text::wordHash of the folded verb form.
    std::unordered_multimap<quint64, CompanyVerb> companyVerbs;
    QSet<QString> productCues; ///< folded
    QSet<QString> editionWords; ///< edition-words.txt, folded: "Pro" in "iPhone 17 Pro"
    /// Folded endings of drug substances' names ("glutid", "mab"): no person or place the tagger
    /// guesses from an unknown word's look (substance-endings.txt).
    QStringList substanceEndings;
    QSet<QString> speechVerbs; ///< folded
    /// person-cues.tsv, Text::wordHash of the folded word: "so" after a comma names a speaker;
    /// a kin noun ("Tante") names a person after it.
    HashSet attributionWords;
    HashSet kinNouns;
    /// The kin nouns that also name a firm's parent or subsidiary ("Tochter", "Mutter"): a person's
    /// only before a listed given name.
    HashSet firmKinNouns;
    /// person-cues.tsv: finite plural verb forms without the plural's "-n" ("sind"), and words that
    /// may follow a sentence's first word but are no finite verb ("mit", "und").
    HashSet pluralVerbs;
    HashSet noVerbs;
    /// person-cues.tsv "speech-adverb": adverbs between a verb of saying and its speaker ("deshalb").
    HashSet speechAdverbs;
    /// person-cues.tsv "past-ending": folded endings of a weak verb's past ("te" of "erreichte"), by
    /// which a word of the lexicon after a capitalised word is the finite verb of an inverted clause.
    QStringList pastEndings;
    /// person-cues.tsv "strong-verb": a strong or irregular verb's finite singular forms no other
    /// word shares ("ging", "nimmt"), also ending a form with an inseparable prefix ("übernahm"), by
    /// Text::wordHash of the folded form; strongVerbLength is the longest form's length.
    HashSet strongVerbForms;
    int strongVerbLength = 0;
    /// person-cues.tsv "family-word": frequent family names that are also common words ("Müller",
    /// "Klein"), by Text::wordHash of the folded word.
    HashSet familyNameWords;
    /// person-cues.tsv "institution": words after which a person's name is an institution's ("Band",
    /// "School", "Theatre"), by Text::wordHash of the folded word.
    HashSet personInstitutions;
    /// person-cues.tsv "surname-end": nouns that end family names ("mann" of "Hoffmann").
    HashSet surnameEnds;
    /// person-cues.tsv "role-end" (true) and "no-role-end" (false): compound ends that make a noun
    /// a person's role ("leiter" of "Abteilungsleiter"), and longer ones that do not ("halbleiter").
    HashMap<bool> roleEnds;
    /// The family name of a listed person ("Zuckerberg" of "Mark Zuckerberg"), by Text::wordHash of
    /// the folded word, with the gazetteer entry: only names one listed person has and no list holds
    /// alone.
    HashMap<int> listedFamilyNames;
    /// Text::wordHash of the folded abbreviations written capitalised ("Dr", "Prof"): a title's
    /// period ends no clause.
    HashSet capitalizedAbbreviations;
    /// person-cues.tsv: folded nouns (kin nouns too) and compound ends a person owns in the genitive.
    QStringList ownedNouns;
    std::vector<QStringList> approximators; ///< folded token sequences
    QHash<QString, UnitWord> units; ///< surface as written
    QHash<QString, UnitWord> unitsFolded; ///< folded, for words
    /// Text::wordHash of every key of units and of unitsFolded: unitAt() asks for a token's unit
    /// at every number, trying several joinings of the tokens after it; a hash made from the
    /// tokens rules most out before a string is built for the table.
    HashSet unitHashes;
    HashSet unitFoldedHashes;
    /// rate-words.tsv: Text::wordHash of the folded words between the two units of a rate ("pro",
    /// "je"), and the symbols of time units after them (hour → h).
    HashSet rateWords;
    QHash<QString, QString> rateSymbols;
    /// currency-countries.tsv: folded word → the currency it picks among units of one name.
    QHash<QString, QString> currencyCountryWords;
    QHash<QString, NumberWord> numberWords; ///< folded
    /// A named day of several words ("Christi Himmelfahrt", "Tag der Deutschen Einheit";
    /// date-words.tsv holiday): the Text::wordHash of the folded words after the first, and the day
    /// as WordInfo::holidayMonth and holidayDay say it.
    struct HolidayPhrase
    {
        std::vector<quint64> rest;
        qint8 month = 0;
        qint8 day = 0;
    };
    /// By the Text::wordHash of the folded first word, longest first.
    std::unordered_map<quint64, std::vector<HolidayPhrase>> holidayPhrases;
    /// Verbs of a scheduled event that tell the future only with their separable particle closing
    /// the clause ("findet am Montag statt", not "findet am Montag eine Leiche"; date-words.tsv
    /// tense future with a fourth column): Text::wordHash of the folded verb → of the particle.
    std::unordered_map<quint64, quint64> futureParticles;
    QStringList halfSuffixes; ///< folded number words of kind plushalf: "einhalb" in "zwoelfeinhalb"
    std::vector<QString> numberMorphemes; ///< folded, sorted: "drei", "und", "zig"
    /// The first two letters (a–z) of every number morpheme, as bits 26 × first + second: a word
    /// whose start is not among them cannot be a spelled-out number ("zw", "dr", "hu", …).
    std::bitset<26 * 26> numberMorphemeStarts;
    bool numberMorphemeStartsKnown = true; ///< false: a morpheme is shorter or not a–z, test all
    QStringList ageSuffixes; ///< folded, longest first: "jaehrigen" in "Zwoelfjaehrigen"
    QStringList factorSuffixes; ///< folded, longest first: "fachen" in "Dreifachen"
    /// Heads of a close apposition and the type they give the name after them ("der Pharmakonzern
    /// Novo Nordisk"), by Text::wordHash of the folded cue with each of its endings; nullopt for a
    /// cue that only blocks a shorter one ("Zentralbank" against "bank").
    struct NameCue
    {
        std::optional<EntityType> type;
        bool exact = false; ///< the whole word only
        bool inside = false; ///< alone, the word opens the name ("Universität Kiel")
        /// With a place after it, the word is the name's first part ("Kreissparkasse Ludwigsburg").
        bool withPlace = false;
        /// Right after a name, the whole word is no part of it ("BMW Konzern", "Würth Gruppe"): the
        /// annotation guide takes the name alone, as in "VW-Konzern" → "VW".
        bool after = false;
        /// A name as a compound's first part before this head is a product ("Snickers-Riegel").
        bool compound = false;
        /// Only right after a definite article: "der Reihe Structured Alpha", not "eine Reihe …".
        bool definite = false;
        /// A facility's noun: a tagger's name holding it names a facility, which no type covers
        /// ("Pipeline Nord Stream", "Flughafen Linate").
        bool facility = false;
        /// With German nouns right after it, the word and the nouns are one name, the word
        /// included ("Bundesverband Wärmepumpe", "Zentralverband Elektrotechnik").
        bool nouns = false;
        /// A named event's or a saint's word: the tagger's person or place right after it, or
        /// opened by it, is none ("Hurrikan Milton", "Sturmtief Zoltan", "Sankt Gallus"), nor
        /// are the name's other mentions in the article ("Milton zog weiter").
        bool unnamed = false;
        /// The letters of the ending this form carries ("banken": 2), 0 for the bare word.
        quint8 ending = 0;
    };
    HashMap<NameCue> nameCues;
    int longestNameCue = 0; ///< in folded characters, endings included
    /// The last four folded letters of every cue form (the whole of a shorter one): most words
    /// end in none, so one lookup rules them out.
    HashSet nameCueTails;
    HashSet nameCueConjunctions; ///< "und": the next name shares the cue
    HashSet nameCueLinks; ///< "wie": examples follow the cue ("Marken wie Kidde")
    HashSet determiners; ///< Text::wordHash of the folded articles and determiners
    /// Text::wordHash of the folded nouns a number after them names, not counts ("Platz drei",
    /// "Phase 3"): resources/analysis/designator-nouns.txt.
    HashSet designatorNouns;
    /// The masculine and neuter ones, which go with a maker's model ("der Opel Frontera").
    HashSet modelDeterminers;
    /// The definite articles: the only determiners a name takes ("die Allianz", not "eine Allianz").
    HashSet definiteArticles;
    /// After these an adjective before a masculine or neuter noun is weak ("des Europäischen
    /// Instituts"); after those of enDeterminers it may end in -en ("der Deutschen Bank").
    /// determiners.txt, fourth column.
    HashSet weakDeterminers;
    HashSet enDeterminers;
    /// How the stem of an adjective written with a capital inside a name ends, as written ("sch" of
    /// "Europäisch"): name-adjective-stems.txt.
    QStringList nameAdjectiveStems;
    /// Text::wordHash of the folded particles of persons' names ("von", "van", "bin"), and of those
    /// that only follow another ("der" in "von der Leyen"): resources/analysis/name-particles.txt.
    HashSet nameParticles;
    HashSet innerNameParticles;
    /// place-prepositions.txt: the folded prepositions after which an unknown word alone is a place.
    HashSet placePrepositions;
    QStringList nonPlaceEndings; ///< place-prepositions.txt "-" rows: folded endings of common nouns
    /// route-prefixes.txt: the folded letters opening a road's or a line's number ("a" of "A7").
    HashSet routePrefixes;
    /// place-links.txt: the folded words between a town and its river ("an der", "am").
    std::vector<std::vector<quint64>> placeLinks;
    /// company-divisions.txt: folded ends of a division's word after a company ("technik").
    QStringList companyDivisions;
    NerTagger tagger; ///< names no rule or list knows
    RelationLexicon relations; ///< relation words, their modifiers and role nouns

    /// Every word any list knows, with its flags (lexicon membership is looked up separately).
    HashMap<WordInfo> words; ///< by Text::wordHash of the folded word
    /// The flags of the folded word with this Text::wordHash: list flags plus lexicon membership.
    [[nodiscard]] WordInfo classify(quint64 hash) const;

    static const Resources &instance();
};

/// Per token: its word classes and the longest gazetteer match starting there — what the
/// finders and the name tagger read; computed once per text.
struct TokenClasses
{
    std::vector<WordInfo> info;
    std::vector<std::optional<Gazetteer::Match>> gazetteerMatches;

    static TokenClasses compute(const TokenizedText &text, const Resources &resources);
};

/// Shortcut used by the tokenizer, which needs only the abbreviations.
const QSet<QString> &germanAbbreviations();

} // namespace Lagebild::Analysis
