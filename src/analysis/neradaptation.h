// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/nertagger.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Lagebild::Analysis {

/// One article as the analyst accepted it: the names a tagger should find in its text.
struct AdaptationDocument
{
    struct Name
    {
        int start = 0; ///< QString index
        int end = 0;
        quint8 types = 0; ///< bit k: NerTagger::types[k] (more than one: any of them)
        bool optional = false; ///< may as well be no name (an entity the analyst ignores)
    };
    QString text;
    std::vector<Name> names;
};

/// A database's learned change to the name tagger: a few perceptron passes over the sentences of
/// the articles the analyst corrected, starting from the shipped weights, of which only the
/// changed weights (and the adapted label transitions) are kept. The tagger adds them when
/// scoring (NerTagger::tag); the shipped model stays as it is. The features are the tagger's own
/// (NerTagger::features), so an adaptation fits whatever feature set the model was trained with —
/// and only that model: it records the model's fingerprint.
class NerAdaptation
{
public:
    struct Options
    {
        int epochs = 8;
        quint32 seed = 2014;
        float rate = 1.0f; ///< size of one perceptron step against the model's weights
        float minWeight = 0.05f; ///< averaged changes below this are dropped
    };

    /// Learns from `documents` on top of `base`. Progress counts passes; nullopt when cancelled.
    static std::optional<NerAdaptation> learn(const NerTagger &base, const Resources &resources,
        const std::vector<AdaptationDocument> &documents, const Options &options,
        const std::function<void(int done, int total)> &progress = {},
        const std::atomic_bool *cancel = nullptr);

    /// Adds the changed weights of these feature rows to one token's emission scores.
    void addWeights(const quint32 *first, const quint32 *last, float *emissions) const;
    [[nodiscard]] const NerTagger::Transitions &transitions() const { return m_transitions; }
    /// Whether this adaptation was learned on top of these weights.
    [[nodiscard]] bool fits(const NerTagger &base) const { return base.fingerprint() == m_base; }

    [[nodiscard]] int weightCount() const; ///< changed (row, label) weights kept
    [[nodiscard]] int documentCount() const { return m_documents; }
    [[nodiscard]] int sentenceCount() const { return m_sentences; }

    /// The form stored in a database (little-endian, versioned); fromBytes() rejects anything else.
    [[nodiscard]] QByteArray toBytes() const;
    static std::optional<NerAdaptation> fromBytes(const QByteArray &bytes);

private:
    using Row = std::array<float, NerTagger::stride>;
    [[nodiscard]] bool hasRow(quint32 feature) const
    {
        return (m_present[feature >> 6] >> (feature & 63)) & 1;
    }
    void setRow(quint32 feature, const Row &row);

    // Most feature rows are unchanged: one bit each says whether to look a row up at all.
    std::vector<quint64> m_present = std::vector<quint64>(NerTagger::featureCount / 64, 0);
    std::unordered_map<quint32, Row> m_rows;
    NerTagger::Transitions m_transitions {};
    QByteArray m_base; ///< NerTagger::fingerprint() of the model learned on
    int m_documents = 0;
    int m_sentences = 0;
};

} // namespace Lagebild::Analysis
