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
    /// What a closed class of syntax-words.tsv holds a word to, whatever the words around it.
    enum ClosedReading : quint8 { FreeWord, ModalWord, NounWord };
    /// Tags words from `from` on, greedily; `forced` (unless -1) is the tag of word `from`. A
    /// word flagged in `modal` takes its best reading as a modal or a noun (see tag()).
    void tagFrom(const std::vector<WordFeatures> &words, const std::vector<quint8> &modal, int from,
        int forced, std::vector<quint8> &tags) const;
    /// The best of `scores` among the readings of a modal verb at word `i`, after `tags` before it.
    static int bestModalReading(const float *scores, const std::vector<quint8> &tags, int i);
    /// Whether the clause starting at word `from` (up to the next punctuation) has its verbs at
    /// its end only, after at least one other word: the shape of a German subordinate clause.
    static bool verbFinalClause(const std::vector<quint8> &tags, int from);
    /// Whether the clause of finite verb `verb` ends (before the next punctuation, with words
    /// between) in a participle or infinitive and holds no other finite verb.
    static bool endsInNonFinite(const std::vector<quint8> &tags, int verb);
    /// The last word of the clause of finite verb `verb` (before the next punctuation, with words
    /// between), when it is tagged a finite verb and the clause holds no other finite verb and no
    /// conjunction; or -1.
    static int finiteClauseEnd(const std::vector<quint8> &tags, int verb);

    LinearModel m_model;
};

} // namespace Lagebild::Syntax
