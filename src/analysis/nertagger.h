// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entitytype.h"
#include "analysis/gazetteer.h"
#include "analysis/wordinfo.h"

#include <QString>

#include <array>
#include <initializer_list>
#include <memory>
#include <optional>
#include <vector>

namespace Lagebild::Analysis {

class NerAdaptation;
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

/// A structured name tagger: an averaged structured perceptron over hashed features (words
/// around, shapes, affixes, lexicon classes, cue words, gazetteer matches) with BIO labels for the
/// seven name types and a label-transition matrix, decoded by Viterbi under hard constraints
/// (I-X only after B-X or I-X; a name starts at a capitalised word, a word with digits or an
/// acronym). Trained by lagebild-nertrain (docs/analysis.md); the weights ship quantised to 16
/// bits as resources/analysis/ner-model.bin.
class NerTagger
{
public:
    /// The name types in label order; B-X is 1 + 2·k, I-X is 2 + 2·k for the k-th type.
    static constexpr std::array<EntityType, 7> types {EntityType::Person, EntityType::Location,
        EntityType::Company, EntityType::Agency, EntityType::Organization, EntityType::Media,
        EntityType::Product};
    static constexpr int typeCount = int(types.size());
    static constexpr int labelCount = 1 + 2 * typeCount; ///< O, then B-X and I-X per type
    static constexpr int stride = 16; ///< labels per weight row, padded
    static constexpr int featureBits = 20;
    static constexpr quint32 featureCount = 1u << featureBits;
    static constexpr int featuresPerToken = 39; ///< what appendFeatures adds for one token
    using Mask = quint16; ///< bit l: label l allowed
    using Transitions = std::array<std::array<float, stride>, stride>;

    static constexpr int beginLabel(int type) { return 1 + 2 * type; }
    static constexpr int insideLabel(int type) { return 2 + 2 * type; }
    static constexpr bool isBegin(int label) { return label > 0 && label % 2 == 1; }
    static constexpr int typeOfLabel(int label) { return (label - 1) / 2; } ///< label ≠ O
    static std::optional<int> typeIndex(EntityType type);
    /// Whether label `to` may follow label `from` (O = 0 before the first token).
    static constexpr bool transitionAllowed(int from, int to)
    {
        return to == 0 || isBegin(to) || (from != 0 && typeOfLabel(from) == typeOfLabel(to));
    }

    struct Span
    {
        int firstToken = 0;
        int endToken = 0;
        EntityType type = EntityType::Person;
    };

    NerTagger();
    /// Reads a model written by write(); a missing or unreadable file gives an empty tagger, which
    /// tags nothing.
    static NerTagger fromResource(const QString &path);
    /// Writes float weights (featureCount × stride) and transitions, dropping |w| < minWeight and
    /// quantising the rest to 16 bits. Returns the number of weights kept, or -1 on failure.
    static int write(const QString &path, const std::vector<float> &weights, const Transitions &transitions,
        float minWeight, const QByteArray &note);
    /// The tagger that write() followed by fromResource() would give, without the file.
    static NerTagger fromWeights(
        const std::vector<float> &weights, const Transitions &transitions, float minWeight);
    [[nodiscard]] bool isEmpty() const { return !m_weights; }
    /// With an adaptation (a database's learned corrections, neradaptation.h) its weights are
    /// added to the model's and its transitions replace the model's.
    [[nodiscard]] std::vector<Span> tag(
        const TaggerInput &input, const NerAdaptation *adaptation = nullptr) const;
    /// Which of `among` the weights like best for a one-word name at token i (its features' B-X
    /// scores with the transitions into and out of it): a rule that knows a word is a name the
    /// tagger left out asks the tagger what kind. Nothing without weights.
    [[nodiscard]] std::optional<EntityType> likeliestType(const TaggerInput &input, int i,
        std::initializer_list<EntityType> among, const NerAdaptation *adaptation = nullptr) const;
    /// The weight of one feature row and label as the tagger scores it: what adaptation starts from.
    [[nodiscard]] float weight(quint32 feature, int label) const;
    [[nodiscard]] const Transitions &transitions() const { return m_transitions; }
    /// Identifies the weights (a hash of the transitions, scale and weight count): an adaptation
    /// learned on top of other weights does not fit these.
    [[nodiscard]] const QByteArray &fingerprint() const { return m_fingerprint; }

    // The pieces training shares with tagging.
    /// Per token: 0, or 1 + 2·type + (inside ? 1 : 0) of the gazetteer name covering it.
    static std::vector<quint8> gazetteerLabels(const TaggerInput &input);
    /// The features of token i (independent of the labels around it).
    static void features(const TaggerInput &input, const std::vector<quint8> &gazetteerLabels, int i,
        std::vector<quint32> &out);
    /// What appendFeatures computed for the token before: its neighbour needs the same shapes and
    /// pattern again (index -2: nothing kept).
    struct Neighbour
    {
        int index = -2;
        quint64 shape = 0, pattern = 0, nextShape = 0;
    };
    /// The same, appended to `out`: the tagger collects a whole sentence's features in one array.
    static void appendFeatures(const TaggerInput &input, const std::vector<quint8> &gazetteerLabels, int i,
        std::vector<quint32> &out, Neighbour *before = nullptr);
    /// Per token of one sentence [first, end): which labels the structure allows.
    static void labelMasks(const TokenizedText &text, int first, int end, std::vector<Mask> &out);
    /// Best label sequence under the masks and transition constraints; emissions are n × stride.
    /// With endsInO the sequence is followed by a token that can only be O (its transition counts).
    static void viterbi(const float *emissions, const Mask *masks, int n, const Transitions &transitions,
        std::vector<quint8> &labels, bool endsInO = false);
    /// The transitions with every forbidden one (I-X after anything but B-X or I-X) at minus
    /// infinity: what viterbi() reads. The tagger makes them once per text, not once per stretch.
    static Transitions allowedOnly(const Transitions &transitions);
    /// viterbi() on transitions already made by allowedOnly().
    static void viterbiAllowed(const float *emissions, const Mask *masks, int n, const Transitions &allowed,
        std::vector<quint8> &labels, bool endsInO);

private:
    /// Zeroed weights, on huge pages where the system has them: the rows are read at random, and
    /// with 4 KiB pages nearly every read would also miss the TLB.
    static std::shared_ptr<qint16[]> allocateWeights();

    std::shared_ptr<qint16[]> m_weights; // featureCount × stride; null: no model
    float m_scale = 1; // float weight = quantised / m_scale
    Transitions m_transitions {};
    QByteArray m_fingerprint;
};

} // namespace Lagebild::Analysis
