// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntax/parser.h"

#include "syntax/tags.h"

#include <algorithm>
#include <array>
#include <limits>

namespace Lagebild::Syntax {

namespace {

constexpr quint64 noTag = TagSet::size;
constexpr quint64 rootTag = TagSet::size + 1;

struct State
{
    int n = 0;
    int next = 0; // the buffer is [next, n)
    std::vector<int> stack;
    std::vector<int> heads;
    std::vector<int> leftmost, rightmost;
    std::vector<quint8> leftCount, rightCount;

    explicit State(int words)
        : n(words)
        , heads(size_t(words), -1)
        , leftmost(size_t(words), -1)
        , rightmost(size_t(words), -1)
        , leftCount(size_t(words))
        , rightCount(size_t(words))
    { }
    [[nodiscard]] bool done() const { return next >= n && stack.size() <= 1; }
    [[nodiscard]] int stackAt(int k) const
    {
        return k < int(stack.size()) ? stack[stack.size() - 1 - size_t(k)] : -1;
    }
    [[nodiscard]] int bufferAt(int k) const { return next + k < n ? next + k : -1; }
    [[nodiscard]] bool valid(int t) const
    {
        switch (t) {
        case Parser::Shift:
            return next < n;
        case Parser::Left:
            return !stack.empty() && next < n;
        case Parser::Right:
            return stack.size() >= 2;
        }
        return false;
    }
    void attach(int head, int dependent)
    {
        heads[size_t(dependent)] = head;
        if (dependent < head) {
            if (leftmost[size_t(head)] < 0 || dependent < leftmost[size_t(head)])
                leftmost[size_t(head)] = dependent;
            leftCount[size_t(head)] = quint8(std::min(leftCount[size_t(head)] + 1, 7));
        } else {
            if (dependent > rightmost[size_t(head)])
                rightmost[size_t(head)] = dependent;
            rightCount[size_t(head)] = quint8(std::min(rightCount[size_t(head)] + 1, 7));
        }
    }
    void apply(int t)
    {
        if (t == Parser::Shift) {
            stack.push_back(next++);
        } else if (t == Parser::Left) {
            attach(next, stack.back());
            stack.pop_back();
        } else {
            const int top = stack.back();
            stack.pop_back();
            attach(stack.back(), top);
        }
    }
};

// Gold arcs a transition makes unreachable (arc-hybrid is arc-decomposable, so this is exact).
int cost(const State &s, const std::vector<int> &gold, int t)
{
    int c = 0;
    if (t == Parser::Shift) {
        const int b = s.next;
        const int h = gold[size_t(b)];
        for (size_t k = 0; k < s.stack.size(); ++k) {
            const int item = s.stack[k];
            c += gold[size_t(item)] == b;
            c += h == item && k + 1 < s.stack.size(); // only the top may still become its head
        }
        return c;
    }
    const int top = s.stack.back();
    for (int d = s.next; d < s.n; ++d)
        c += gold[size_t(d)] == top;
    const int h = gold[size_t(top)];
    if (t == Parser::Left) {
        const int second = s.stackAt(1);
        c += h != s.next && (h < 0 || h == second || h > s.next);
    } else {
        c += h != s.stackAt(1) && (h < 0 || h >= s.next);
    }
    return c;
}

quint64 tagAt(const std::vector<quint8> &tags, int i)
{
    return i >= 0 ? tags[size_t(i)] : noTag;
}

quint64 wordAt(const std::vector<WordFeatures> &words, int i)
{
    return i >= 0 ? words[size_t(i)].lower : 0x5eed;
}

void parserFeatures(const LinearModel &m, const std::vector<WordFeatures> &words,
    const std::vector<quint8> &tags, const State &s, std::vector<quint32> &out)
{
    const int s0 = s.stackAt(0), s1 = s.stackAt(1), s2 = s.stackAt(2);
    const int b0 = s.bufferAt(0), b1 = s.bufferAt(1), b2 = s.bufferAt(2);
    const quint64 s0w = wordAt(words, s0), s1w = wordAt(words, s1), b0w = wordAt(words, b0),
                  b1w = wordAt(words, b1);
    const quint64 s0t = tagAt(tags, s0), s1t = tagAt(tags, s1), s2t = tagAt(tags, s2);
    const quint64 b0t = tagAt(tags, b0), b1t = tagAt(tags, b1), b2t = tagAt(tags, b2);
    const quint64 s0l = s0 >= 0 ? tagAt(tags, s.leftmost[size_t(s0)]) : noTag;
    const quint64 s0r = s0 >= 0 ? tagAt(tags, s.rightmost[size_t(s0)]) : noTag;
    const quint64 s1r = s1 >= 0 ? tagAt(tags, s.rightmost[size_t(s1)]) : noTag;
    const quint64 b0l = b0 >= 0 ? tagAt(tags, s.leftmost[size_t(b0)]) : noTag;
    const quint64 dist = s0 >= 0 && b0 >= 0 ? quint64(std::min(b0 - s0, 6)) : 0;
    const quint64 s0val = s0 >= 0 ? quint64(s.leftCount[size_t(s0)]) * 8 + s.rightCount[size_t(s0)] : 99;
    const quint64 b0val = b0 >= 0 ? quint64(s.leftCount[size_t(b0)]) : 99;
    constexpr quint64 T = 64; // tag ids are below this
    const quint32 f[] = {
        m.slot(1, 0),
        m.slot(2, s0w),
        m.slot(3, s0t),
        m.slot(4, s0w * T + s0t),
        m.slot(5, b0w),
        m.slot(6, b0t),
        m.slot(7, b0w * T + b0t),
        m.slot(8, b1w),
        m.slot(9, b1t),
        m.slot(10, b2t),
        m.slot(11, s1w),
        m.slot(12, s1t),
        m.slot(13, s2t),
        m.slot(14, s0t * T + b0t),
        m.slot(15, s0w * 31 + b0w),
        m.slot(16, s0w * T + b0t),
        m.slot(17, s0t * T + b0w),
        m.slot(18, (s0t * T + b0t) * T + b1t),
        m.slot(19, (s1t * T + s0t) * T + b0t),
        m.slot(20, (s2t * T + s1t) * T + s0t),
        m.slot(21, s1t * T + s0t),
        m.slot(22, (s0t * T + b0t) * 8 + dist),
        m.slot(23, s0w * 8 + dist),
        m.slot(24, b0w * 8 + dist),
        m.slot(25, (s0t * T + s0l) * T + b0t),
        m.slot(26, (s0t * T + s0r) * T + b0t),
        m.slot(27, (s0t * T + b0t) * T + b0l),
        m.slot(28, (s1t * T + s1r) * T + s0t),
        m.slot(29, s0t * 128 + s0val),
        m.slot(30, b0t * 128 + b0val),
        m.slot(31, s1w * T + s0t),
        m.slot(32, s1t * T + s0w),
        m.slot(33, s0w * 31 + s1w),
        m.slot(34, (s0t * T + b0t) * 64 + quint64(std::min<size_t>(s.stack.size(), 8)) * 8 + (b0 < 0)),
    };
    out.assign(std::begin(f), std::end(f));
}

int bestValid(const State &s, const float *scores)
{
    int best = -1;
    for (int t = 0; t < Parser::TransitionCount; ++t)
        if (s.valid(t) && (best < 0 || scores[t] > scores[best]))
            best = t;
    return best;
}

} // namespace

void Parser::parse(
    const std::vector<WordFeatures> &words, const std::vector<quint8> &tags, std::vector<int> &heads) const
{
    State s(int(words.size()));
    std::vector<quint32> f;
    float scores[TransitionCount];
    while (!s.done()) {
        parserFeatures(m_model, words, tags, s, f);
        m_model.score(f.data(), int(f.size()), scores);
        s.apply(bestValid(s, scores));
    }
    heads = std::move(s.heads);
}

int Parser::train(Perceptron &p, const std::vector<WordFeatures> &words, const std::vector<quint8> &tags,
    const std::vector<int> &gold, bool explore, std::mt19937 &random)
{
    State s(int(words.size()));
    std::vector<quint32> f;
    float scores[TransitionCount];
    std::uniform_real_distribution<float> coin(0, 1);
    int right = 0;
    while (!s.done()) {
        parserFeatures(p.layout(), words, tags, s, f);
        p.score(f, scores);
        const int predicted = bestValid(s, scores);
        std::array<int, TransitionCount> costs {};
        int least = std::numeric_limits<int>::max();
        for (int t = 0; t < TransitionCount; ++t)
            if (s.valid(t))
                least = std::min(least, costs[size_t(t)] = cost(s, gold, t));
        int bestCorrect = -1;
        for (int t = 0; t < TransitionCount; ++t)
            if (s.valid(t) && costs[size_t(t)] == least
                && (bestCorrect < 0 || scores[t] > scores[bestCorrect]))
                bestCorrect = t;
        const bool correct = costs[size_t(predicted)] == least;
        if (!correct)
            p.update(f, bestCorrect, predicted);
        p.tick();
        right += correct;
        s.apply(correct || (explore && coin(random) < 0.9f) ? predicted : bestCorrect);
    }
    return right;
}

namespace {

void labellerFeatures(const LinearModel &m, const std::vector<WordFeatures> &words,
    const std::vector<quint8> &tags, const std::vector<int> &heads,
    const std::vector<std::vector<int>> &children, int d, std::vector<quint32> &out)
{
    constexpr quint64 T = 64;
    const int h = heads[size_t(d)];
    const quint64 dt = tags[size_t(d)];
    const quint64 dw = words[size_t(d)].lower;
    const quint64 ht = h >= 0 ? tags[size_t(h)] : rootTag;
    const quint64 hw = h >= 0 ? words[size_t(h)].lower : 0x7007;
    const quint64 dir = h < 0 ? 2 : h < d ? 1 : 0;
    const quint64 dist = h < 0 ? 0 : quint64(std::min(std::abs(h - d), 6));
    const int g = h >= 0 ? heads[size_t(h)] : -1;
    const quint64 gt = h < 0 ? noTag : g >= 0 ? tags[size_t(g)] : rootTag;
    out.clear();
    const quint32 f[] = {
        m.slot(1, 0),
        m.slot(2, dt),
        m.slot(3, dw),
        m.slot(4, (dt * T + ht) * 4 + dir),
        m.slot(5, (dw * T + ht) * 4 + dir),
        m.slot(6, (dt * 31 + hw) * 4 + dir),
        m.slot(7, dw * 31 + hw),
        m.slot(8, (dt * 4 + dir) * 8 + dist),
        m.slot(9, ht * 4 + dir),
        m.slot(10, (gt * T + ht) * T + dt),
        m.slot(11, words[size_t(d)].suffix3 * T + ht),
        m.slot(12, d + 1 < int(words.size()) ? tags[size_t(d) + 1] * T + dt : dt),
    };
    out.assign(std::begin(f), std::end(f));
    // What hangs on the word: its preposition ("von", "durch", "für"), its article's case.
    for (const int c : children[size_t(d)]) {
        const auto cc = TagSet::tag(tags[size_t(c)]).wordClass;
        if (cc == WordClass::Adposition)
            out.push_back(m.slot(13, (words[size_t(c)].lower * T + dt) * T + ht));
        else if (cc == WordClass::Determiner)
            out.push_back(m.slot(14, tags[size_t(c)] * T + dt));
        else
            out.push_back(m.slot(15, tags[size_t(c)] * T + dt));
    }
    // What else hangs on the head: its auxiliaries ("wurde" makes a passive) and negation.
    if (h >= 0) {
        for (const int c : children[size_t(h)]) {
            if (c == d)
                continue;
            const auto cc = TagSet::tag(tags[size_t(c)]).wordClass;
            if (cc == WordClass::Auxiliary || cc == WordClass::SubordinatingConjunction)
                out.push_back(m.slot(16, (words[size_t(c)].lower * T + dt) * 4 + dir));
            out.push_back(m.slot(17, (tags[size_t(c)] * T + dt) * 4 + (c < d)));
        }
    }
}

void childrenOf(const std::vector<int> &heads, std::vector<std::vector<int>> &children)
{
    children.assign(heads.size(), {});
    for (size_t d = 0; d < heads.size(); ++d)
        if (heads[d] >= 0)
            children[size_t(heads[d])].push_back(int(d));
}

} // namespace

void Labeller::label(const std::vector<WordFeatures> &words, const std::vector<quint8> &tags,
    const std::vector<int> &heads, std::vector<quint8> &labels) const
{
    std::vector<std::vector<int>> children;
    childrenOf(heads, children);
    const size_t n = words.size();
    labels.assign(n, quint8(DependencyLabel::Other));
    std::vector<quint32> f;
    std::vector<float> scores(n * dependencyLabelCount);
    const auto best = [&](int d) {
        const float *row = scores.data() + size_t(d) * dependencyLabelCount;
        return quint8(std::max_element(row, row + dependencyLabelCount) - row);
    };
    for (int d = 0; d < int(n); ++d) {
        if (heads[size_t(d)] < 0) {
            labels[size_t(d)] = quint8(DependencyLabel::Root);
            continue;
        }
        float *row = scores.data() + size_t(d) * dependencyLabelCount;
        labellerFeatures(m_model, words, tags, heads, children, d, f);
        m_model.score(f.data(), int(f.size()), row);
        // The root label belongs to the word without a head only.
        row[int(DependencyLabel::Root)] = -std::numeric_limits<float>::infinity();
        labels[size_t(d)] = best(d);
    }
    // "haben" makes no passive: under a head with a form of it and none of "werden", a passive
    // subject is the subject ("Die USA haben … sanktioniert") and a "von" phrase no agent.
    const ClosedWords &closed = ClosedWords::bundled();
    for (size_t h = 0; h < n; ++h) {
        bool haben = false, werden = closed.is(words[h], ClosedWords::Werden);
        for (const int c : children[h]) {
            haben = haben
                || (TagSet::tag(tags[size_t(c)]).wordClass == WordClass::Auxiliary
                    && closed.is(words[size_t(c)], ClosedWords::Haben));
            werden = werden || closed.is(words[size_t(c)], ClosedWords::Werden);
        }
        // ("hatte Bosch von der Belieferung ausgeschlossen"). Nor has a finite full verb an agent
        // ("bezieht Gas von Gazprom").
        const Tag head = TagSet::tag(tags[h]);
        const bool perfect = haben && !werden;
        const bool finite = head.wordClass == WordClass::Verb
            && (head.verbForm == VerbForm::Finite || head.verbForm == VerbForm::Subjunctive);
        for (const int c : children[h]) {
            if (perfect && labels[size_t(c)] == quint8(DependencyLabel::PassiveSubject))
                labels[size_t(c)] = quint8(DependencyLabel::Subject);
            else if ((perfect || finite) && labels[size_t(c)] == quint8(DependencyLabel::Agent))
                labels[size_t(c)] = quint8(DependencyLabel::Oblique);
        }
    }
    // A clause has one subject, active or passive: where the labeller gave a head several, the
    // most certain keeps it and the others are objects (or take their next best reading when no
    // noun phrase).
    const auto subjectLabel = [](quint8 l) {
        return l == quint8(DependencyLabel::Subject) || l == quint8(DependencyLabel::PassiveSubject);
    };
    for (size_t h = 0; h < n; ++h) {
        // The one the tagger reads in the nominative keeps the role; where that does not decide
        // (names, feminine and plural nouns show no case), the leftmost: German puts the
        // subject first unless something marks it otherwise.
        int keep = -1, nominative = -1, nominatives = 0;
        for (const int c : children[h]) {
            if (!subjectLabel(labels[size_t(c)]))
                continue;
            if (keep < 0)
                keep = c;
            if (TagSet::tag(tags[size_t(c)]).grammaticalCase == GrammaticalCase::Nominative) {
                nominative = c;
                ++nominatives;
            }
        }
        if (nominatives == 1)
            keep = nominative;
        const bool hasObject = std::any_of(children[h].begin(), children[h].end(),
            [&](int c) { return labels[size_t(c)] == quint8(DependencyLabel::Object); });
        for (const int c : children[h]) {
            if (c == keep || !subjectLabel(labels[size_t(c)]))
                continue;
            const WordClass wc = TagSet::tag(tags[size_t(c)]).wordClass;
            if (wc == WordClass::Noun || wc == WordClass::ProperNoun || wc == WordClass::Pronoun) {
                // A second noun phrase argument is an object; beside an accusative one, the dative.
                labels[size_t(c)]
                    = quint8(hasObject ? DependencyLabel::IndirectObject : DependencyLabel::Object);
                continue;
            }
            float *row = scores.data() + size_t(c) * dependencyLabelCount;
            row[int(DependencyLabel::Subject)] = row[int(DependencyLabel::PassiveSubject)]
                = -std::numeric_limits<float>::infinity();
            labels[size_t(c)] = best(c);
        }
    }
}

void Labeller::train(Perceptron &p, const std::vector<WordFeatures> &words, const std::vector<quint8> &tags,
    const std::vector<int> &heads, const std::vector<quint8> &gold)
{
    std::vector<std::vector<int>> children;
    childrenOf(heads, children);
    std::vector<quint32> f;
    float scores[dependencyLabelCount];
    for (int d = 0; d < int(words.size()); ++d) {
        if (heads[size_t(d)] < 0)
            continue;
        labellerFeatures(p.layout(), words, tags, heads, children, d, f);
        p.score(f, scores);
        scores[int(DependencyLabel::Root)] = -std::numeric_limits<float>::infinity();
        const int predicted = int(std::max_element(scores, scores + dependencyLabelCount) - scores);
        p.update(f, gold[size_t(d)], predicted);
        p.tick();
    }
}

} // namespace Lagebild::Syntax
