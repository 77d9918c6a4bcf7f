// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <vector>

namespace Lagebild::Syntax {

/// What the models read of a word, hashed once per sentence: the lower-case form, its endings
/// (German inflection and derivation live there: "-ungen", "-te", "-em"), its start and shape.
struct WordFeatures
{
    quint64 lower = 0;
    quint64 suffix1 = 0;
    quint64 suffix2 = 0;
    quint64 suffix3 = 0;
    quint64 suffix4 = 0;
    quint64 prefix2 = 0;
    quint64 shape = 0;
};

/// The word that stands for a whole name: the trainer writes it for each run of proper nouns in
/// the treebanks, the analyser for each name its finders found. The parser then reads "Nvidia",
/// "Jensen Huang" and "Bureau of Industry and Security" alike, as one word whose role only the
/// sentence around it tells, which is what a learner with a few thousand sentences can master.
QStringView namePlaceholder();

/// A pseudo-word outside the sentence (before the first, after the last, an empty stack slot).
WordFeatures noWord();

void wordFeatures(const std::vector<QStringView> &words, std::vector<WordFeatures> &out);

/// Closed classes of German words the rules after the models read
/// (resources/analysis/syntax-words.tsv), as hashes of WordFeatures.
class ClosedWords
{
public:
    /// HyphenNoun: an English particle ending a hyphenated noun ("Start-up", "Spin-off"), written
    /// with its hyphen ("-up") and matched as the word's ending, hyphen and all.
    enum Class {
        NumeralT,
        Haben,
        Werden,
        Relative,
        RelativeAccusative,
        RelativeDative,
        RelativeGenitive,
        Modal,
        Adverb,
        HyphenNoun,
        ClassCount
    };
    /// The bundled list, read once.
    static const ClosedWords &bundled();
    /// Whether the word is one of the class: a form written "-acht" (up to four letters) matches
    /// the word's ending, others the whole word.
    [[nodiscard]] bool is(const WordFeatures &w, Class c) const;

private:
    std::vector<quint64> m_whole[ClassCount];
    std::vector<quint64> m_endings[ClassCount];
};

/// Whether `word` is a capitalised hyphenated noun ending in an English particle of
/// syntax-words.tsv ("Start-up", "Spin-off"): the tagger reads it as a noun, and a compound ending
/// in one is read as the last two parts.
[[nodiscard]] bool isParticleNoun(QStringView word);

} // namespace Lagebild::Syntax
