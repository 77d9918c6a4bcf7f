// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/nertagger.h"

#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <QFile>

namespace Lagebild::Analysis {

namespace {

quint32 slot(quint64 kind, quint64 value)
{
    quint64 h = value ^ (kind * 0x9e3779b97f4a7c15ull);
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 29;
    return quint32(h >> (64 - NerTagger::featureBits));
}

// A coarse word shape: case pattern, digits, length.
quint64 shape(const TokenizedText &text, int i)
{
    if (i < 0)
        return 1;
    if (i >= text.size())
        return 2;
    const Token &t = text.at(i);
    if (t.kind == Token::Punct)
        return 3 + quint64(text.view(i).front().unicode()) * 16;
    quint64 s = 4;
    s |= quint64(t.upper) << 3;
    s |= quint64(t.allUpper) << 4;
    s |= quint64(t.hasDigit) << 5;
    s |= quint64(t.kind == Token::Number) << 6;
    s |= quint64(std::min(t.length(), 12) / 3) << 7;
    s |= quint64(t.sentenceStart) << 10;
    return s;
}

quint64 wordAt(const TokenizedText &text, int i)
{
    if (i < 0)
        return 0x1111;
    if (i >= text.size())
        return 0x2222;
    return text.hash(i);
}

} // namespace

NerTagger::NerTagger() = default;

NerTagger NerTagger::fromResource(const QString &path)
{
    NerTagger tagger;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tagger;
    tagger.m_weights.assign(size_t(featureCount) * LabelCount, 0.0f);
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.trimmed().split('\t');
        if (f.size() != 3)
            continue;
        const quint32 index = f[0].toUInt();
        const int label = f[1].toInt();
        if (index < featureCount && label >= 0 && label < LabelCount)
            tagger.m_weights[size_t(index) * LabelCount + size_t(label)] = f[2].toFloat();
    }
    return tagger;
}

std::vector<quint8> NerTagger::gazetteerLabels(const TaggerInput &in)
{
    std::vector<quint8> labels(size_t(in.text.size()), 0);
    for (int i = 0; i < in.text.size(); ++i) {
        const auto &m = in.gazetteerMatches[size_t(i)];
        if (!m || labels[size_t(i)])
            continue;
        const int type = int(in.gazetteer.entry(m->entry).type);
        for (int k = i; k < m->endToken; ++k)
            labels[size_t(k)] = quint8(1 + 2 * type + (k > i ? 1 : 0));
    }
    return labels;
}

void NerTagger::features(const TaggerInput &in, const std::vector<quint8> &gaz, int i, Label previous, Label beforePrevious,
                         std::vector<quint32> &out)
{
    const TokenizedText &text = in.text;
    out.clear();
    auto flagsAt = [&](int k) -> quint64 { return k >= 0 && k < text.size() ? in.info[size_t(k)].flags : 0xFFFF; };
    auto gazAt = [&](int k) -> quint64 { return k >= 0 && k < text.size() ? gaz[size_t(k)] : 0xFF; };
    const QString &folded = text.folded(i);
    out.push_back(slot(1, 0));
    out.push_back(slot(2, wordAt(text, i)));
    out.push_back(slot(3, wordAt(text, i - 1)));
    out.push_back(slot(4, wordAt(text, i + 1)));
    out.push_back(slot(5, wordAt(text, i - 2)));
    out.push_back(slot(6, wordAt(text, i + 2)));
    out.push_back(slot(7, shape(text, i)));
    out.push_back(slot(8, shape(text, i - 1) * 131 + shape(text, i + 1)));
    out.push_back(slot(9, Text::wordHash(QStringView(folded).right(3))));
    out.push_back(slot(10, Text::wordHash(QStringView(folded).right(4))));
    out.push_back(slot(11, Text::wordHash(QStringView(folded).left(3))));
    out.push_back(slot(12, flagsAt(i)));
    out.push_back(slot(13, flagsAt(i - 1)));
    out.push_back(slot(14, flagsAt(i + 1)));
    out.push_back(slot(15, gazAt(i)));
    out.push_back(slot(16, gazAt(i - 1) * 257 + gazAt(i + 1)));
    out.push_back(slot(17, previous));
    out.push_back(slot(18, quint64(previous) * 16 + beforePrevious));
    out.push_back(slot(19, quint64(previous) * 4096 + shape(text, i)));
    out.push_back(slot(20, wordAt(text, i - 1) ^ (shape(text, i) << 1)));
    out.push_back(slot(21, wordAt(text, i) ^ (quint64(previous) << 7)));
}

float NerTagger::score(const std::vector<quint32> &features, Label label) const
{
    float s = 0;
    for (const quint32 f : features)
        s += m_weights[size_t(f) * LabelCount + label];
    return s;
}

void NerTagger::scores(const std::vector<quint32> &features, float (&out)[LabelCount]) const
{
    for (float &o : out)
        o = 0;
    for (const quint32 f : features) {
        const float *row = &m_weights[size_t(f) * LabelCount];
        for (int l = 0; l < LabelCount; ++l)
            out[l] += row[l];
    }
}

std::vector<NerTagger::Span> NerTagger::tag(const TaggerInput &in) const
{
    return tag(in, std::vector<bool>(in.text.sentences().size(), true));
}

std::vector<NerTagger::Span> NerTagger::tag(const TaggerInput &in, const std::vector<bool> &sentenceWanted) const
{
    std::vector<Span> spans;
    if (m_weights.empty())
        return spans;
    const TokenizedText &text = in.text;
    const std::vector<quint8> gaz = gazetteerLabels(in);
    std::vector<quint32> feats;
    Label previous = O, beforePrevious = O;
    Span open;
    float marginSum = 0;
    auto close = [&](int end) {
        if (open.type != O) {
            open.endToken = end;
            open.margin = marginSum / float(end - open.firstToken);
            spans.push_back(open);
        }
        open = Span{};
        marginSum = 0;
    };
    for (int i = 0; i < text.size(); ++i) {
        const Token &t = text.at(i);
        if (i > 0 && text.at(i - 1).sentence != t.sentence) {
            close(i);
            previous = beforePrevious = O;
        }
        if (!sentenceWanted[size_t(t.sentence)])
            continue;
        // Lower-case words and punctuation outside a name are never names: skip the scoring.
        const bool continues = previous != O && (t.kind == Token::Word || text.is(i, u"-") || text.is(i, u"."));
        if (!t.upper && !t.allUpper && !t.hasDigit && !continues) {
            close(i);
            beforePrevious = previous;
            previous = O;
            continue;
        }
        features(in, gaz, i, previous, beforePrevious, feats);
        float all[LabelCount];
        scores(feats, all);
        float best = -1e30f, second = -1e30f;
        Label label = O;
        for (int l = 0; l < LabelCount; ++l) {
            // I-X only after B-X or I-X of the same type.
            if ((l == IPer || l == ILoc || l == IOrg) && previous != l && previous != l - 1)
                continue;
            const float s = all[l];
            if (s > best) {
                second = best;
                best = s;
                label = Label(l);
            } else if (s > second) {
                second = s;
            }
        }
        if (label == BPer || label == BLoc || label == BOrg) {
            close(i);
            open.firstToken = i;
            open.type = label;
        } else if (label == O) {
            close(i);
        }
        if (label != O)
            marginSum += best - second;
        beforePrevious = previous;
        previous = label;
    }
    close(text.size());
    return spans;
}

} // namespace Lagebild::Analysis
