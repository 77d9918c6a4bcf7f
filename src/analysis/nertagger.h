// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/gazetteer.h"
#include "analysis/wordinfo.h"

#include <QString>

#include <optional>
#include <vector>

namespace Lagebild::Analysis {

class TokenizedText;
struct Resources;

/// What the tagger sees of a text: the tokens, their word classes and gazetteer matches —
/// the same arrays the analyzer computes for its finders.
struct TaggerInput
{
    const TokenizedText &text;
    const std::vector<WordInfo> &info;
    const std::vector<std::optional<Gazetteer::Match>> &gazetteerMatches;
    const Gazetteer &gazetteer;
};

/// A statistical tagger for person, place and organisation names the rules and lists do not
/// know: an averaged perceptron over hashed features (words around, shapes, suffixes, lexicon
/// and gazetteer classes, previous labels), decoded greedily left to right. Trained by
/// lagebild-nertrain on freely licensed German NER corpora (docs/analysis.md); the weights ship
/// as resources/analysis/ner-model.tsv.
class NerTagger
{
public:
    enum Label : quint8 { O, BPer, IPer, BLoc, ILoc, BOrg, IOrg, LabelCount };
    static constexpr int featureBits = 20;
    static constexpr quint32 featureCount = 1u << featureBits;

    struct Span
    {
        int firstToken = 0;
        int endToken = 0;
        Label type = O; ///< BPer, BLoc or BOrg
        float margin = 0; ///< how much the best label beat the next, averaged over the span
    };

    NerTagger();
    /// Reads "index<TAB>label<TAB>weight" lines; an empty tagger tags nothing.
    static NerTagger fromResource(const QString &path);
    [[nodiscard]] bool isEmpty() const { return m_weights.empty(); }

    [[nodiscard]] std::vector<Span> tag(const TaggerInput &input) const;

    // For training: the features of token i given the two previous labels.
    static void features(const TaggerInput &input, const std::vector<quint8> &gazetteerLabels, int i, Label previous,
                         Label beforePrevious, std::vector<quint32> &out);
    /// Per token: 0, or 1 + 2·type + (inside ? 1 : 0) of the gazetteer name covering it.
    static std::vector<quint8> gazetteerLabels(const TaggerInput &input);
    [[nodiscard]] float score(const std::vector<quint32> &features, Label label) const;
    /// All labels' scores in one pass over the features (one cache line per feature).
    void scores(const std::vector<quint32> &features, float (&out)[LabelCount]) const;
    /// Sentences worth tagging: those with a word no list or lexicon knows. Elsewhere the
    /// tagger's names would all be dropped by the engine's filter, so it need not run.
    std::vector<Span> tag(const TaggerInput &input, const std::vector<bool> &sentenceWanted) const;
    std::vector<float> &weights() { return m_weights; }

private:
    std::vector<float> m_weights; // featureCount × LabelCount; empty: no model
};

} // namespace Lagebild::Analysis
