// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordclusters.h"

#include "analysis/tokens.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Lagebild::Analysis::Clustering {

namespace {

// x ln x for the integer counts of the class bigram model, tabulated: the exchange evaluates it
// billions of times.
class XLogX
{
public:
    explicit XLogX(qint64 upTo)
    {
        m_table.resize(size_t(std::min<qint64>(upTo, qint64(1) << 23) + 1));
        for (size_t k = 1; k < m_table.size(); ++k)
            m_table[k] = double(k) * std::log(double(k));
    }
    double operator()(qint64 x) const
    {
        return size_t(x) < m_table.size() ? m_table[size_t(x)] : double(x) * std::log(double(x));
    }

private:
    std::vector<double> m_table;
};

} // namespace

int Corpus::id(const QString &item)
{
    const auto it = m_ids.constFind(item);
    if (it != m_ids.cend())
        return *it;
    const int id = int(m_names.size());
    m_ids.insert(item, id);
    m_names.append(item);
    m_counts.push_back(0);
    return id;
}

void Corpus::addSequence(const std::vector<int> &ids)
{
    for (size_t k = 0; k < ids.size(); ++k) {
        ++m_counts[size_t(ids[k])];
        if (k > 0)
            ++m_pairs[quint64(ids[k - 1]) << 32 | quint64(ids[k])];
    }
}

void Corpus::addText(const QString &text)
{
    const TokenizedText tokens(text);
    const int bound = id(boundary);
    std::vector<int> ids;
    for (const Sentence &s : tokens.sentences()) {
        ids.assign(1, bound);
        for (int i = s.firstToken; i < s.endToken; ++i) {
            const Token &t = tokens.at(i);
            ids.push_back(
                t.hasDigit || t.kind == Token::Number ? id(number) : id(tokens.folded(i).toString()));
        }
        m_tokens += qint64(ids.size()) - 1;
        ids.push_back(bound);
        addSequence(ids);
        --m_counts[size_t(bound)]; // each boundary once, not at both ends of its sentences
    }
}

void Corpus::addSentence(const QStringList &tokens)
{
    addText(tokens.join(QLatin1Char(' ')));
}

void Corpus::items(
    int minCount, QStringList &names, std::vector<qint64> &counts, std::vector<Pair> &pairs) const
{
    // Items by count, then name: the order decides the start classes, so it must not depend on
    // the hash table.
    std::vector<int> order(m_names.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return m_counts[size_t(a)] != m_counts[size_t(b)] ? m_counts[size_t(a)] > m_counts[size_t(b)]
                                                          : m_names[a] < m_names[b];
    });
    std::vector<int> itemOf(m_names.size(), -1);
    names.clear();
    counts.clear();
    int rareItem = -1;
    for (const int k : order) {
        if (m_counts[size_t(k)] >= minCount || m_names[k].startsWith(QLatin1Char('<'))) {
            itemOf[size_t(k)] = int(names.size());
            names.append(m_names[k]);
            counts.push_back(m_counts[size_t(k)]);
        }
    }
    for (const int k : order) {
        if (itemOf[size_t(k)] >= 0)
            continue;
        if (rareItem < 0) {
            rareItem = int(names.size());
            names.append(rare);
            counts.push_back(0);
        }
        itemOf[size_t(k)] = rareItem;
        counts[size_t(rareItem)] += m_counts[size_t(k)];
    }
    std::unordered_map<quint64, qint64> merged;
    for (const auto &[key, count] : m_pairs)
        merged[quint64(itemOf[size_t(key >> 32)]) << 32 | quint64(itemOf[size_t(key & 0xffffffffu)])]
            += count;
    pairs.clear();
    pairs.reserve(merged.size());
    for (const auto &[key, count] : merged)
        pairs.push_back({int(key >> 32), int(key & 0xffffffffu), count});
    std::sort(pairs.begin(), pairs.end(),
        [](const Pair &a, const Pair &b) { return a.left != b.left ? a.left < b.left : a.right < b.right; });
}

std::vector<int> exchange(int n, const std::vector<Corpus::Pair> &pairs, int classes, int passes)
{
    std::vector<int> cls(static_cast<size_t>(n));
    for (int w = 0; w < n; ++w)
        cls[size_t(w)] = w % classes;
    if (n <= classes)
        return cls;
    // Each item's right neighbours (pairs as given) and left neighbours (a second index).
    std::vector<size_t> rightStart(size_t(n) + 1, 0), leftStart(size_t(n) + 1, 0);
    for (const auto &p : pairs) {
        ++rightStart[size_t(p.left) + 1];
        ++leftStart[size_t(p.right) + 1];
    }
    std::partial_sum(rightStart.begin(), rightStart.end(), rightStart.begin());
    std::partial_sum(leftStart.begin(), leftStart.end(), leftStart.begin());
    std::vector<size_t> leftIndex(pairs.size());
    {
        std::vector<size_t> fill(leftStart.begin(), leftStart.end() - 1);
        for (size_t k = 0; k < pairs.size(); ++k)
            leftIndex[fill[size_t(pairs[k].right)]++] = k;
    }
    const size_t c = size_t(classes);
    std::vector<qint64> bigram(c * c, 0), leftTotal(c, 0), rightTotal(c, 0);
    qint64 total = 0;
    for (const auto &p : pairs) {
        bigram[size_t(cls[size_t(p.left)]) * c + size_t(cls[size_t(p.right)])] += p.count;
        leftTotal[size_t(cls[size_t(p.left)])] += p.count;
        rightTotal[size_t(cls[size_t(p.right)])] += p.count;
        total += p.count;
    }
    const XLogX f(total);
    std::vector<qint64> toRight(c, 0), fromLeft(c, 0);
    std::vector<int> touchedRight, touchedLeft;
    for (int pass = 0; pass < passes; ++pass) {
        int moves = 0;
        for (int w = 0; w < n; ++w) {
            // The word's pair counts by class of the neighbour, itself apart.
            qint64 self = 0, asLeft = 0, asRight = 0;
            touchedRight.clear();
            touchedLeft.clear();
            for (size_t k = rightStart[size_t(w)]; k < rightStart[size_t(w) + 1]; ++k) {
                const auto &p = pairs[k];
                asLeft += p.count;
                if (p.right == w) {
                    self += p.count;
                    continue;
                }
                const int d = cls[size_t(p.right)];
                if (!toRight[size_t(d)])
                    touchedRight.push_back(d);
                toRight[size_t(d)] += p.count;
            }
            for (size_t k = leftStart[size_t(w)]; k < leftStart[size_t(w) + 1]; ++k) {
                const auto &p = pairs[leftIndex[k]];
                asRight += p.count;
                if (p.left == w)
                    continue;
                const int d = cls[size_t(p.left)];
                if (!fromLeft[size_t(d)])
                    touchedLeft.push_back(d);
                fromLeft[size_t(d)] += p.count;
            }
            std::sort(touchedRight.begin(), touchedRight.end());
            std::sort(touchedLeft.begin(), touchedLeft.end());
            auto apply = [&](int a, qint64 sign) {
                for (const int d : touchedRight)
                    bigram[size_t(a) * c + size_t(d)] += sign * toRight[size_t(d)];
                for (const int d : touchedLeft)
                    bigram[size_t(d) * c + size_t(a)] += sign * fromLeft[size_t(d)];
                bigram[size_t(a) * c + size_t(a)] += sign * self;
                leftTotal[size_t(a)] += sign * asLeft;
                rightTotal[size_t(a)] += sign * asRight;
            };
            const int from = cls[size_t(w)];
            apply(from, -1);
            auto gainOf = [&](int b) {
                const size_t bb = size_t(b) * c + size_t(b);
                double gain = 0;
                for (const int d : touchedRight) {
                    if (d == b)
                        continue;
                    const qint64 now = bigram[size_t(b) * c + size_t(d)];
                    gain += f(now + toRight[size_t(d)]) - f(now);
                }
                for (const int d : touchedLeft) {
                    if (d == b)
                        continue;
                    const qint64 now = bigram[size_t(d) * c + size_t(b)];
                    gain += f(now + fromLeft[size_t(d)]) - f(now);
                }
                gain += f(bigram[bb] + toRight[size_t(b)] + fromLeft[size_t(b)] + self) - f(bigram[bb]);
                gain -= f(leftTotal[size_t(b)] + asLeft) - f(leftTotal[size_t(b)]);
                gain -= f(rightTotal[size_t(b)] + asRight) - f(rightTotal[size_t(b)]);
                return gain;
            };
            // A move must gain clearly: rounding alone must not make words wander.
            int best = from;
            double bestGain = gainOf(from) + 1e-6;
            for (int b = 0; b < classes; ++b) {
                if (b == from)
                    continue;
                const double gain = gainOf(b);
                if (gain > bestGain) {
                    best = b;
                    bestGain = gain;
                }
            }
            apply(best, 1);
            if (best != from) {
                cls[size_t(w)] = best;
                ++moves;
            }
            for (const int d : touchedRight)
                toRight[size_t(d)] = 0;
            for (const int d : touchedLeft)
                fromLeft[size_t(d)] = 0;
        }
        if (qint64(moves) * 1000 < qint64(n))
            break;
    }
    return cls;
}

std::vector<WordClass> cluster(
    const Corpus &corpus, int minCount, int fineClasses, int coarseClasses, int passes)
{
    QStringList names;
    std::vector<qint64> counts;
    std::vector<Corpus::Pair> pairs;
    corpus.items(minCount, names, counts, pairs);
    const int n = int(names.size());
    const std::vector<int> fine = exchange(n, pairs, fineClasses, passes);
    // The classes' own pairs, clustered again into coarse classes.
    std::vector<qint64> classPairs(size_t(fineClasses) * size_t(fineClasses), 0);
    for (const auto &p : pairs)
        classPairs[size_t(fine[size_t(p.left)]) * size_t(fineClasses) + size_t(fine[size_t(p.right)])]
            += p.count;
    std::vector<Corpus::Pair> between;
    for (int a = 0; a < fineClasses; ++a)
        for (int b = 0; b < fineClasses; ++b)
            if (const qint64 k = classPairs[size_t(a) * size_t(fineClasses) + size_t(b)])
                between.push_back({a, b, k});
    const std::vector<int> coarse = exchange(fineClasses, between, coarseClasses, passes);
    std::vector<WordClass> words;
    for (int w = 0; w < n; ++w) {
        const QString &name = names[w];
        if (name.isEmpty() || !name.front().isLetter())
            continue;
        words.push_back({name, fine[size_t(w)], coarse[size_t(fine[size_t(w)])], counts[size_t(w)]});
    }
    std::sort(words.begin(), words.end(), [](const WordClass &a, const WordClass &b) {
        if (a.coarse != b.coarse)
            return a.coarse < b.coarse;
        if (a.fine != b.fine)
            return a.fine < b.fine;
        return a.count != b.count ? a.count > b.count : a.word < b.word;
    });
    return words;
}

QByteArray toTsv(const std::vector<WordClass> &words, const QByteArray &note)
{
    QByteArray out;
    for (const QByteArray &line : note.split('\n'))
        if (!line.isEmpty())
            out += "# " + line + '\n';
    for (const WordClass &w : words)
        out += w.word.toUtf8() + '\t' + QByteArray::number(w.fine) + '\t' + QByteArray::number(w.coarse)
            + '\n';
    return out;
}

} // namespace Lagebild::Analysis::Clustering
