// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/largetable.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace Lagebild::Syntax {

/// A linear classifier over hashed features: one row of class weights per feature slot, 8-bit
/// quantised — small enough that a sentence's rows come from the cache (the held-out scores lose
/// 0.1–0.2 points against 16 bits). The tagger, the parser and the labeller are each one of these.
class LinearModel
{
public:
    LinearModel() = default;
    LinearModel(int featureBits, int classes);

    /// The slot of a feature: a template id and a value (a word hash, tags, …) mixed.
    [[nodiscard]] quint32 slot(quint64 kind, quint64 value) const
    {
        // Inline: the three models ask for a few million slots per megabyte of text.
        quint64 h = value ^ (kind * 0x9e3779b97f4a7c15ull);
        h ^= h >> 31;
        h *= 0xbf58476d1ce4e5b9ull;
        h ^= h >> 29;
        return quint32(h >> (64 - m_bits));
    }
    [[nodiscard]] int classes() const { return m_classes; }
    [[nodiscard]] int featureBits() const { return m_bits; }
    [[nodiscard]] bool isEmpty() const { return m_weights.empty(); }
    /// Class scores for a set of feature slots; `out` holds classes() values.
    void score(const quint32 *slots, int count, float *out) const;

    /// Quantises float weights (rows × classes), dropping |w| < minWeight.
    static LinearModel fromWeights(
        int featureBits, int classes, const std::vector<float> &weights, float minWeight);
    /// The model as bytes: bits, classes, scale and the non-zero weights as (gap, value) pairs.
    void serialise(QByteArray &out) const;
    /// Reads what serialise() wrote from `data` at `at`, advancing it; an empty model on error.
    static LinearModel deserialise(const QByteArray &data, qsizetype &at);
    [[nodiscard]] qsizetype nonZero() const;

private:
    int m_bits = 0;
    int m_classes = 0;
    float m_scale = 1;
    std::vector<qint8, LargeTableAllocator<qint8>> m_weights; // (1 << m_bits) rows × m_classes
};

/// Training weights for a LinearModel: the averaged perceptron, with the average kept lazily
/// (Daumé's trick: w − u/c, where u accumulates c·Δw).
class Perceptron
{
public:
    Perceptron(int featureBits, int classes);
    [[nodiscard]] const LinearModel &layout() const { return m_layout; }
    void score(const std::vector<quint32> &slots, float *out) const;
    /// Rewards class `good` and penalises `bad` for these features.
    void update(const std::vector<quint32> &slots, int good, int bad);
    /// One training instance done: the averaging clock.
    void tick() { ++m_clock; }
    [[nodiscard]] LinearModel averaged(float minWeight) const;

private:
    LinearModel m_layout; // for slot(); holds no weights
    int m_classes;
    std::vector<float> m_weights;
    std::vector<double> m_accumulated;
    double m_clock = 1;
};

} // namespace Lagebild::Syntax
