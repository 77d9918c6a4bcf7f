// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/gazetteer.h"
#include "analysis/mention.h"
#include "analysis/wordinfo.h"

#include <optional>

#include <QDate>

#include <vector>

namespace Lagebild::Analysis {

class NerAdaptation;
class TokenizedText;
struct Resources;

/// A mention proposed by one finder; the analyzer keeps the best non-overlapping ones.
/// Higher priority wins an overlap; among equals the longer span.
struct Candidate
{
    Mention mention;
    int priority = 0;
    int firstToken = 0;
    int endToken = 0;
};

/// What every finder gets: the tokens, the shared data, the publication date (invalid when
/// unknown) and where to put what it finds.
struct FinderContext
{
    const TokenizedText &text;
    const Resources &resources;
    QDate published;
    std::vector<Candidate> &candidates;
    /// The longest gazetteer match starting at each token, computed once for all finders.
    std::vector<std::optional<Gazetteer::Match>> gazetteerMatches;
    /// Each word token's flags (Resources::classify), computed once for all finders.
    std::vector<WordInfo> info;
    /// The database's adaptation of the name tagger, or null.
    const NerAdaptation *adaptation = nullptr;

    void add(int firstToken, int endToken, Mention mention, int priority);
    /// A name of the type over the tokens [firstToken, endToken).
    void addName(int firstToken, int endToken, EntityType type, int priority);
    [[nodiscard]] const WordInfo &word(int token) const
    {
        static const WordInfo none;
        return token >= 0 && token < int(info.size()) ? info[size_t(token)] : none;
    }
    [[nodiscard]] bool has(int token, WordInfo::Flag flag) const { return word(token).has(flag); }
    [[nodiscard]] const std::optional<Gazetteer::Match> &gazetteerAt(int token) const
    {
        static const std::optional<Gazetteer::Match> none;
        return token >= 0 && token < int(gazetteerMatches.size()) ? gazetteerMatches[size_t(token)] : none;
    }
};

/// A name the lists claim at a token, as findGazetteerNames proposes it: where the list's words end
/// (a legal form after them is the finder's to add) and the type; `rejected` when the words are a
/// listed name in the wrong case, which says they are no name ("Mit" is no "MIT"). Nothing where
/// the lists leave the words to the other finders: an ambiguous single word ("Orange"), a
/// compound's tail or a place as a compound's head.
struct ListedName
{
    int endToken = 0;
    EntityType type = EntityType::Company;
    int entry = -1; ///< Gazetteer::entry
    bool rejected = false;
};
[[nodiscard]] std::optional<ListedName> listedName(const FinderContext &context, int token);

/// Whether the word at a token is an adjective or demonym made of a listed place with "-er"
/// ("Hamburger", "Münchner", "Schweizer", "Bremer", "Ingolstädter"): no mention (annotation guide:
/// adjectives are not mentions), and no name word before a cue ("die Hamburger Reederei Rickmers").
/// A word that is itself a listed place ("Münster", "Hannover") is none.
[[nodiscard]] bool isPlaceAdjective(const FinderContext &context, int token);

/// Where the field a body is named for ends when it follows the head noun ending at `token`
/// ("Bundesamt für Kommunikation", "Staatsministerium für Unterricht und Kultus", "Bundeszentrale
/// für politische Bildung": name-complements.txt); `token` when none follows.
[[nodiscard]] int nameComplementEnd(const FinderContext &context, int token);

/// Whether the word at a token is a noun that says what the name after it is ("Pharmakonzern",
/// "Versicherer": resources/analysis/name-cues.tsv, cuefinder.cpp).
[[nodiscard]] bool isNameCue(const FinderContext &context, int token);

/// The organisation type of a name over [first, end) that its words say ("Bundesamt …": AGENCY,
/// "Universität …": ORGANIZATION), else `tagged` (modelfinder.cpp).
[[nodiscard]] EntityType organizationType(
    const FinderContext &context, int first, int end, EntityType tagged);

/// The type the cue at a token gives a name ("Versicherer", "Computer-Dienstleister": COMPANY), or
/// nothing when the word is no cue or a cue of no type (a facility's noun).
[[nodiscard]] std::optional<EntityType> nameCueType(const FinderContext &context, int token);

/// Whether the word at a token is such a cue that stays outside the name after it ("des
/// Maschinenbauers Bergmann GmbH"): no "inside", "place" or "nouns" row (name-cues.tsv).
[[nodiscard]] bool isDescriptorCue(const FinderContext &context, int token);

/// Whether the word at a token is a product class of name-cues.tsv, inflected or as a compound's
/// end ("Typs", "Jumbojets", "Elektroautos"): a maker after it names a model ("vom Typ Boeing 747").
[[nodiscard]] bool isProductCue(const FinderContext &context, int token);

/// Whether the word at a token is a storm's or a saint's ("Hurrikan", "Sankt": name-cues.tsv
/// "unnamed"): the person or place the name after it looks like is none. A period glued to the
/// word ("St.") or a hashtag's mark before the name ("Hurrikan #Milton") at `token` is skipped.
[[nodiscard]] bool isUnnamedWord(const FinderContext &context, int token);

/// Where a legal form of resources/gazetteer/legal_forms.txt starting at a token ends ("AG", "GmbH & Co.
/// KG"): the token itself when none starts there. The form belongs to the company name before it (annotation
/// guide: "legal suffix included").
[[nodiscard]] int legalFormAfter(const FinderContext &context, int token);

/// Whether the word at a token is a particle of a person's name in lower case ("von", "bin", "der":
/// resources/analysis/name-particles.txt).
[[nodiscard]] bool isNameParticle(const FinderContext &context, int token);
/// Where a run of name particles that starts at a token ends ("von der" in "Ursula von der Leyen"):
/// the token itself when none starts there. "der" and "den" only continue a run: alone they are
/// articles ("gab Anna den Schlüssel").
[[nodiscard]] int nameParticlesEnd(const FinderContext &context, int token);

/// Whether the word at a token has a name's look: a capitalised word, not all capitals, no digit.
[[nodiscard]] bool nameShapedWord(const TokenizedText &text, int token);
/// A name's word after a name in the same sentence ("Bosch Thermotechnik", "an der Eder"): of a
/// name's look, of that sentence, and no compound's first part (no hyphen joined after it).
[[nodiscard]] bool nameWordAfter(const TokenizedText &text, int token, int sentence);

/// Whether a folded word is an inflected adjective of nationality ("chinesischen", "amerikanische":
/// resources/analysis/nationalities.txt).
[[nodiscard]] bool isNationality(QStringView folded, const Resources &resources);

// Finders, one file each. They only propose; the analyzer decides.
void findQuantities(FinderContext &context);
void findDates(FinderContext &context);
void findGazetteerNames(FinderContext &context);
/// Whether the word at a token is a role or profession before a person's name (resources/gazetteer/
/// person_roles.txt, or a compound ending in "chef"/"chefin": "Gewerkschaftschef", or in a role
/// end of resources/analysis/person-cues.tsv before a name word: "Abteilungsleiter Krauskopf").
[[nodiscard]] bool isPersonRole(const FinderContext &context, int token);
/// Whether an unknown word at a token is a German compound of lexicon words: a known word (with a
/// linking "s", the commonest) and a known noun of at least `minEnd` letters at the end
/// ("Lager·dienstleistungen"). Asked only of words after a cue or a role (cuefinder.cpp).
[[nodiscard]] bool germanCompound(const FinderContext &context, int token, int minEnd = 4);
/// The same for a folded word.
[[nodiscard]] bool germanCompound(const Resources &resources, QStringView folded, int minEnd = 4);
/// Where a person's name after a noun that says a person ("die Ärztin Aisha Ghani", "Tante Li Wei")
/// ends: a few name words, the token itself when none starts there (personfinder.cpp).
[[nodiscard]] int personNameEnd(const FinderContext &context, int first);
void findPersons(FinderContext &context);
/// "Damit hatte Gallus die …": an unknown word after the finite verb of an inverted clause, a weak
/// person unless the tagger read the word as another kind of name (personfinder.cpp): runs after it.
/// Such a subject, or a sentence's opening one, the tagger read alone as a place is a person over
/// that reading ("Kulikow gab …"), unless the article names the word otherwise elsewhere.
void findInvertedSubjects(FinderContext &context);
void findCompanies(FinderContext &context);
void findAgencies(FinderContext &context);
void findProducts(FinderContext &context);
void findOrganizations(FinderContext &context);
void findNamesByModel(FinderContext &context);
/// "Allendorf an der Eder": a proposed place with a river or landscape after a link word.
void findPlaceQualifiers(FinderContext &context);
/// "im ungarischen Szeged": a town after the adjective of its country (adjectiveplacefinder.cpp).
void findPlacesAfterAdjectives(FinderContext &context);
/// "Bosch Thermotechnik": a one-word list company with its division's word after it.
void findCompanyDivisions(FinderContext &context);
void findNamesAfterCues(FinderContext &context); ///< reads what the others proposed: runs late
void findProductsAfterMakers(FinderContext &context); ///< reads the companies proposed: runs last

// Priorities shared by the finders.
namespace Priority {
inline constexpr int Date = 90;
inline constexpr int AgencyPhrase = 85;
inline constexpr int Quantity = 68; ///< below product and long names: "Mate 60 Pro", "RTX 4090"
inline constexpr int GazetteerLong = 75; ///< multi-word known names
/// A sports club's designator, name words and town: over a list name inside it ("FC Carl Zeiss
/// Jena" is no firm "Carl Zeiss").
inline constexpr int Club = 76;
inline constexpr int Product = 70;
inline constexpr int Model
    = 66; ///< the name tagger: over single list words and name rules, under designators and long names
inline constexpr int Cue = 67; ///< a name's type from the noun before it: over the tagger's guess
inline constexpr int Company = 65;
inline constexpr int Gazetteer = 60;
inline constexpr int Person = 55;
/// A person guessed from a sentence's first word alone ("Kolb war …"): yields to any reading of the
/// word found elsewhere in the article (analyzer.cpp).
inline constexpr int OpeningPerson = 40;
inline constexpr int Weak = 30;
} // namespace Priority

} // namespace Lagebild::Analysis
