// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntax/tags.h"

#include <QHash>

namespace Lagebild::Syntax {

namespace {

constexpr int caseClasses = 6; // Noun … Adjective, in enum order
constexpr int verbClasses = 2; // Verb, Auxiliary
constexpr int verbBase = caseClasses * 5;
constexpr int plainBase = verbBase + verbClasses * 4;

bool hasCase(WordClass c)
{
    return int(c) < caseClasses;
}

bool isVerbal(WordClass c)
{
    return c == WordClass::Verb || c == WordClass::Auxiliary;
}

QStringView feature(QStringView features, QStringView name)
{
    for (const QStringView f : features.split(u'|')) {
        if (f.size() > name.size() && f.startsWith(name) && f.at(name.size()) == u'=')
            return f.mid(name.size() + 1);
    }
    return {};
}

} // namespace

Tag TagSet::tag(int id)
{
    Tag t;
    if (id < verbBase) {
        t.wordClass = WordClass(id / 5);
        t.grammaticalCase = GrammaticalCase(id % 5);
    } else if (id < plainBase) {
        t.wordClass = (id - verbBase) / 4 == 0 ? WordClass::Verb : WordClass::Auxiliary;
        t.verbForm = VerbForm(1 + (id - verbBase) % 4);
    } else {
        t.wordClass = WordClass(int(WordClass::Adposition) + id - plainBase);
    }
    return t;
}

int TagSet::id(Tag t)
{
    if (hasCase(t.wordClass))
        return int(t.wordClass) * 5 + int(t.grammaticalCase);
    if (isVerbal(t.wordClass)) {
        const int form = t.verbForm == VerbForm::None ? 0 : int(t.verbForm) - 1;
        return verbBase + (t.wordClass == WordClass::Verb ? 0 : 4) + form;
    }
    return plainBase + int(t.wordClass) - int(WordClass::Adposition);
}

Tag TagSet::fromUniversalDependencies(QStringView upos, QStringView features, QStringView xpos)
{
    static const QHash<QString, WordClass> classes {{QStringLiteral("NOUN"), WordClass::Noun},
        {QStringLiteral("PROPN"), WordClass::ProperNoun}, {QStringLiteral("PRON"), WordClass::Pronoun},
        {QStringLiteral("DET"), WordClass::Determiner}, {QStringLiteral("ADJ"), WordClass::Adjective},
        {QStringLiteral("VERB"), WordClass::Verb}, {QStringLiteral("AUX"), WordClass::Auxiliary},
        {QStringLiteral("ADP"), WordClass::Adposition}, {QStringLiteral("ADV"), WordClass::Adverb},
        {QStringLiteral("PART"), WordClass::Particle},
        {QStringLiteral("CCONJ"), WordClass::CoordinatingConjunction},
        {QStringLiteral("SCONJ"), WordClass::SubordinatingConjunction},
        {QStringLiteral("NUM"), WordClass::Numeral}, {QStringLiteral("PUNCT"), WordClass::Punctuation}};
    Tag t;
    t.wordClass = classes.value(upos.toString(), WordClass::Other);
    if (t.wordClass == WordClass::Pronoun && feature(features, u"PronType") == u"Rel")
        t.wordClass = WordClass::RelativePronoun;
    if (t.wordClass == WordClass::Particle || t.wordClass == WordClass::Adverb) {
        if (feature(features, u"Polarity") == u"Neg")
            t.wordClass = WordClass::Negation;
        else if (xpos == u"PTKZU")
            t.wordClass = WordClass::InfinitiveMarker;
    }
    if (hasCase(t.wordClass)) {
        const QStringView c = feature(features, u"Case");
        t.grammaticalCase = c == u"Nom" ? GrammaticalCase::Nominative
            : c == u"Acc"               ? GrammaticalCase::Accusative
            : c == u"Dat"               ? GrammaticalCase::Dative
            : c == u"Gen"               ? GrammaticalCase::Genitive
                                        : GrammaticalCase::None;
    } else if (isVerbal(t.wordClass)) {
        const QStringView form = feature(features, u"VerbForm");
        const QStringView mood = feature(features, u"Mood");
        // PUD marks finite verbs by mood only and leaves many forms unmarked; its English-style
        // language-specific tags (VBN participle, VB infinitive) fill the gap.
        if (mood == u"Sub")
            t.verbForm = VerbForm::Subjunctive;
        else if (!mood.isEmpty() || form == u"Fin")
            t.verbForm = VerbForm::Finite;
        else if (form == u"Part" || xpos == u"VBN" || xpos.endsWith(u"PP"))
            t.verbForm = VerbForm::Participle;
        else if (form == u"Inf" || xpos == u"VB" || xpos.endsWith(u"INF") || xpos.endsWith(u"IZU"))
            t.verbForm = VerbForm::Infinitive;
        else
            t.verbForm = VerbForm::Finite;
    }
    return t;
}

QString TagSet::name(Tag t)
{
    static const char *const classNames[] = {"NOUN", "PROPN", "PRON", "PRONREL", "DET", "ADJ", "VERB", "AUX",
        "ADP", "ADV", "NEG", "ZU", "PART", "CCONJ", "SCONJ", "NUM", "PUNCT", "X"};
    static const char *const caseNames[] = {"", ".Nom", ".Acc", ".Dat", ".Gen"};
    static const char *const formNames[] = {"", ".Fin", ".Sub", ".Inf", ".Part"};
    return QString::fromLatin1(classNames[int(t.wordClass)])
        + QLatin1String(caseNames[int(t.grammaticalCase)]) + QLatin1String(formNames[int(t.verbForm)]);
}

namespace {

constexpr std::array<const char *, dependencyLabelCount> udNames {"root", "nsubj", "nsubj:pass", "csubj",
    "obj", "iobj", "obl", "obl:agent", "nmod", "appos", "conj", "cc", "case", "det", "amod", "nummod",
    "advmod", "aux", "aux:pass", "cop", "mark", "compound", "compound:prt", "flat", "ccomp", "xcomp", "acl",
    "advcl", "parataxis", "expl", "punct", "dep"};

} // namespace

DependencyLabel labelFromUniversalDependencies(QStringView deprel)
{
    for (int k = 0; k < dependencyLabelCount; ++k)
        if (deprel == QLatin1String(udNames[size_t(k)]))
            return DependencyLabel(k);
    // Subtypes fold into their main relation ("obl:arg", "acl:relcl", "flat:name", "det:poss").
    const QStringView main = deprel.left(deprel.indexOf(u':'));
    if (main == u"csubj")
        return DependencyLabel::ClausalSubject;
    if (main != deprel)
        for (int k = 0; k < dependencyLabelCount; ++k)
            if (main == QLatin1String(udNames[size_t(k)]))
                return DependencyLabel(k);
    return DependencyLabel::Other;
}

QString labelName(DependencyLabel label)
{
    return QString::fromLatin1(udNames[size_t(label)]);
}

} // namespace Lagebild::Syntax
