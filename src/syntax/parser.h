// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syntax/linearmodel.h"
#include "syntax/words.h"

#include <random>
#include <vector>

namespace Lagebild::Syntax {

class Perceptron;

/// Unlabelled dependency parsing, greedy and transition-based (arc-hybrid: shift, left arc from
/// the buffer's front to the stack's top, right arc from the stack's second to its top), one
/// linear-time pass; trained with a dynamic oracle so that it learns to recover from its own
/// mistakes (Goldberg & Nivre 2013). Heads are word indices, -1 for the root.
class Parser
{
public:
    static constexpr int featureBits = 18;
    enum Transition { Shift, Left, Right, TransitionCount };

    Parser() = default;
    explicit Parser(LinearModel model) : m_model(std::move(model)) { }
    [[nodiscard]] const LinearModel &model() const { return m_model; }
    void parse(const std::vector<WordFeatures> &words, const std::vector<quint8> &tags,
        std::vector<int> &heads) const;

    /// One training pass over a sentence with gold heads; `explore` follows the model's own wrong
    /// choices now and then, as it will at run time. Returns the transitions it got right.
    static int train(Perceptron &perceptron, const std::vector<WordFeatures> &words,
        const std::vector<quint8> &tags, const std::vector<int> &goldHeads, bool explore,
        std::mt19937 &random);

private:
    LinearModel m_model;
};

/// The relation of each word to its head, decided after parsing with the whole tree in view
/// (the head's auxiliaries tell a passive, a word's preposition an agent or an oblique).
class Labeller
{
public:
    static constexpr int featureBits = 16;

    Labeller() = default;
    explicit Labeller(LinearModel model) : m_model(std::move(model)) { }
    [[nodiscard]] const LinearModel &model() const { return m_model; }
    /// DependencyLabel values, one a word.
    void label(const std::vector<WordFeatures> &words, const std::vector<quint8> &tags,
        const std::vector<int> &heads, std::vector<quint8> &labels) const;

    static void train(Perceptron &perceptron, const std::vector<WordFeatures> &words,
        const std::vector<quint8> &tags, const std::vector<int> &heads,
        const std::vector<quint8> &goldLabels);

private:
    LinearModel m_model;
};

} // namespace Lagebild::Syntax
