// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syntax/linearmodel.h"
#include "syntax/words.h"

#include <vector>

namespace Lagebild::Syntax {

/// Part of speech with case and verb form, left to right, one decision a word: an averaged
/// perceptron over the word, its endings and shape, the words around and the two tags before.
class Tagger
{
public:
    static constexpr int featureBits = 16;

    Tagger() = default;
    explicit Tagger(LinearModel model) : m_model(std::move(model)) { }
    [[nodiscard]] const LinearModel &model() const { return m_model; }
    [[nodiscard]] bool isEmpty() const { return m_model.isEmpty(); }
    /// Tag ids (TagSet) for each word.
    void tag(const std::vector<WordFeatures> &words, std::vector<quint8> &tags) const;

    /// The features of word i after the tags `previous` and `beforePrevious` (-1: none).
    static void features(const LinearModel &layout, const std::vector<WordFeatures> &words, int i,
        int previous, int beforePrevious, std::vector<quint32> &out);

private:
    /// Tags words from `from` on, greedily; `forced` (unless -1) is the tag of word `from`.
    void tagFrom(
        const std::vector<WordFeatures> &words, int from, int forced, std::vector<quint8> &tags) const;
    /// Whether the clause starting at word `from` (up to the next punctuation) has its verbs at
    /// its end only, after at least one other word: the shape of a German subordinate clause.
    static bool verbFinalClause(const std::vector<quint8> &tags, int from);

    LinearModel m_model;
};

} // namespace Lagebild::Syntax
