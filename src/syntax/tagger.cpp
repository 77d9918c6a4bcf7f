// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntax/tagger.h"

#include "syntax/tags.h"

#include <algorithm>

namespace Lagebild::Syntax {

namespace {

const WordFeatures &wordAt(const std::vector<WordFeatures> &words, int i)
{
    static const WordFeatures none = noWord();
    return i >= 0 && i < int(words.size()) ? words[size_t(i)] : none;
}

} // namespace

void Tagger::features(const LinearModel &m, const std::vector<WordFeatures> &words, int i, int previous,
    int beforePrevious, std::vector<quint32> &out)
{
    out.clear();
    const WordFeatures &w = wordAt(words, i);
    const WordFeatures &l1 = wordAt(words, i - 1);
    const WordFeatures &l2 = wordAt(words, i - 2);
    const WordFeatures &r1 = wordAt(words, i + 1);
    const WordFeatures &r2 = wordAt(words, i + 2);
    const quint64 p1 = quint64(previous + 1);
    const quint64 p2 = quint64(beforePrevious + 1);
    const quint32 f[] = {
        m.slot(1, 0),
        m.slot(2, w.lower),
        m.slot(3, w.suffix1),
        m.slot(4, w.suffix2),
        m.slot(5, w.suffix3),
        m.slot(6, w.suffix4),
        m.slot(7, w.prefix2),
        m.slot(8, w.shape),
        m.slot(9, l1.lower),
        m.slot(10, r1.lower),
        m.slot(11, l2.lower),
        m.slot(12, r2.lower),
        m.slot(13, l1.suffix3),
        m.slot(14, r1.suffix3),
        m.slot(15, r1.shape),
        m.slot(16, p1),
        m.slot(17, p1 * 64 + p2),
        m.slot(18, w.lower * 64 + p1),
        m.slot(19, w.suffix3 * 64 + p1),
        m.slot(20, w.shape * 64 + p1),
        m.slot(21, l1.lower * 31 + w.suffix2),
        m.slot(22, w.suffix2 * 31 + r1.lower),
    };
    out.assign(std::begin(f), std::end(f));
}

void Tagger::tag(const std::vector<WordFeatures> &words, std::vector<quint8> &tags) const
{
    tags.assign(words.size(), 0);
    std::vector<quint32> f;
    float scores[TagSet::size];
    int previous = -1, beforePrevious = -1;
    for (int i = 0; i < int(words.size()); ++i) {
        features(m_model, words, i, previous, beforePrevious, f);
        m_model.score(f.data(), int(f.size()), scores);
        const int best = int(std::max_element(scores, scores + TagSet::size) - scores);
        tags[size_t(i)] = quint8(best);
        beforePrevious = previous;
        previous = best;
    }
}

} // namespace Lagebild::Syntax
