// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace Lagebild::Syntax {

/// Word classes the relation reader asks about: the UD parts of speech, with the German
/// distinctions that matter for roles (negation, "zu" before an infinitive, relative pronouns).
enum class WordClass : quint8 {
    Noun,
    ProperNoun,
    Pronoun,
    RelativePronoun,
    Determiner,
    Adjective,
    Verb,
    Auxiliary,
    Adposition,
    Adverb,
    Negation,
    InfinitiveMarker,
    Particle,
    CoordinatingConjunction,
    SubordinatingConjunction,
    Numeral,
    Punctuation,
    Other,
};

enum class GrammaticalCase : quint8 { None, Nominative, Accusative, Dative, Genitive };

/// Subjunctive is separate from the other finite forms: it marks reported speech (Konjunktiv I)
/// and the hypothetical (Konjunktiv II).
enum class VerbForm : quint8 { None, Finite, Subjunctive, Infinitive, Participle };

struct Tag
{
    WordClass wordClass = WordClass::Other;
    GrammaticalCase grammaticalCase = GrammaticalCase::None;
    VerbForm verbForm = VerbForm::None;

    bool operator==(const Tag &) const = default;
};

/// The tag set as dense ids: each word class with case × five cases, verbs and auxiliaries × four
/// forms, every other class once.
class TagSet
{
public:
    static constexpr int size = 6 * 5 + 2 * 4 + 10;
    static Tag tag(int id);
    static int id(Tag tag);
    /// The UD annotation of a word (UPOS, features, language-specific tag) as a tag.
    static Tag fromUniversalDependencies(QStringView upos, QStringView features, QStringView xpos);
    static QString name(Tag tag); ///< "NOUN.Nom", "VERB.Sub": for reports and tests
};

/// Grammatical relations of a word to its head, the UD relations folded to what roles need.
enum class DependencyLabel : quint8 {
    Root,
    Subject,
    PassiveSubject,
    ClausalSubject,
    Object,
    IndirectObject,
    Oblique,
    Agent,
    NominalModifier,
    Apposition,
    Conjunct,
    Coordinator,
    CaseMarker,
    Determiner,
    AdjectivalModifier,
    NumericModifier,
    AdverbialModifier,
    Auxiliary,
    PassiveAuxiliary,
    Copula,
    Marker,
    Compound,
    VerbParticle,
    Flat,
    ClausalComplement,
    OpenComplement,
    ClauseModifier,
    AdverbialClause,
    Parataxis,
    Expletive,
    Punctuation,
    Other,
};
constexpr int dependencyLabelCount = int(DependencyLabel::Other) + 1;

DependencyLabel labelFromUniversalDependencies(QStringView deprel);
QString labelName(DependencyLabel label); ///< the UD name of the label ("nsubj:pass")

} // namespace Lagebild::Syntax
