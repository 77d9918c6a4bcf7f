// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/neradaptation.h"

#include "analysis/resources.h"
#include "analysis/tokens.h"

#include <QDataStream>
#include <QIODevice>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace Lagebild::Analysis {

namespace {

using Mask = NerTagger::Mask;
constexpr char magic[] = "LBNERADAPT1";
constexpr int stride = NerTagger::stride;

// One sentence ready for training: what decoding allows, what the accepted names allow, the
// features of each token and the model's own emission scores for them (fixed while adapting).
struct TrainingSentence
{
    std::vector<Mask> structure;
    std::vector<Mask> gold;
    std::vector<std::vector<quint32>> features; ///< empty where only O is allowed
    std::vector<float> base; ///< n × stride
};

// Per token, the labels the accepted names allow: O outside, B-X on a name's first token, I-X
// after; an optional name allows O as well.
std::vector<Mask> labelledMasks(const TokenizedText &text, const AdaptationDocument &doc)
{
    std::vector<Mask> labelled(size_t(text.size()), 1);
    for (const AdaptationDocument::Name &name : doc.names) {
        bool first = true;
        for (int i = 0; i < text.size() && text.at(i).start < name.end; ++i) {
            if (text.at(i).start < name.start)
                continue;
            Mask m = name.optional ? 1 : 0;
            for (int k = 0; k < NerTagger::typeCount; ++k)
                if (name.types & (1u << k))
                    m |= Mask(1u << (first ? NerTagger::beginLabel(k) : NerTagger::insideLabel(k)));
            labelled[size_t(i)] = m;
            first = false;
        }
    }
    return labelled;
}

void addSentences(const NerTagger &base, const Resources &resources, const AdaptationDocument &doc,
    std::vector<TrainingSentence> &out)
{
    const TokenizedText text(doc.text);
    const TokenClasses classes = TokenClasses::compute(text, resources);
    const TaggerInput input {text, classes.info, classes.gazetteerMatches, resources.gazetteer};
    const std::vector<quint8> gaz = NerTagger::gazetteerLabels(input);
    const std::vector<Mask> labelled = labelledMasks(text, doc);
    for (const auto &range : text.sentences()) {
        const int first = range.firstToken, end = range.endToken;
        if (end <= first)
            continue;
        TrainingSentence s;
        NerTagger::labelMasks(text, first, end, s.structure);
        if (std::all_of(s.structure.begin(), s.structure.end(), [](Mask m) { return m == 1; }))
            continue; // nothing to decide
        const int n = end - first;
        s.gold.resize(size_t(n));
        for (int i = 0; i < n; ++i) {
            Mask want = labelled[size_t(first + i)];
            // Inside a name whose start the structure cannot tag: the name starts here.
            const Mask before = i > 0 ? s.gold[size_t(i - 1)] : Mask(1);
            for (int k = 0; k < NerTagger::typeCount; ++k) {
                const auto inside = Mask(1u << NerTagger::insideLabel(k));
                const auto ofType = Mask(inside | (1u << NerTagger::beginLabel(k)));
                if ((want & inside) && !(before & ofType))
                    want = Mask((want & ~inside) | (1u << NerTagger::beginLabel(k)));
            }
            const auto allowed = Mask(want & s.structure[size_t(i)]);
            s.gold[size_t(i)] = allowed ? allowed : Mask(1);
        }
        s.features.resize(size_t(n));
        s.base.assign(size_t(n) * stride, 0.0f);
        for (int i = 0; i < n; ++i) {
            if (s.structure[size_t(i)] == 1)
                continue;
            NerTagger::features(input, gaz, first + i, s.features[size_t(i)]);
            for (const quint32 f : s.features[size_t(i)])
                for (int l = 0; l < NerTagger::labelCount; ++l)
                    s.base[size_t(i) * stride + size_t(l)] += base.weight(f, l);
        }
        out.push_back(std::move(s));
    }
}

void putVarint(QByteArray &out, quint64 value)
{
    do {
        out.append(char((value & 0x7f) | (value > 0x7f ? 0x80 : 0)));
        value >>= 7;
    } while (value);
}

} // namespace

std::optional<NerAdaptation> NerAdaptation::learn(const NerTagger &base, const Resources &resources,
    const std::vector<AdaptationDocument> &documents, const Options &options,
    const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    std::vector<TrainingSentence> sentences;
    for (const AdaptationDocument &doc : documents) {
        if (cancel && cancel->load())
            return std::nullopt;
        addSentences(base, resources, doc, sentences);
    }
    // An averaged perceptron over the change only: weights = model + change, and the change
    // kept is the average over all steps, which damps the last sentences' pull.
    std::unordered_map<quint32, Row> change, accumulated;
    NerTagger::Transitions transitions = base.transitions(), transitionChange {}, transitionAccumulated {};
    float step = 1;
    QRandomGenerator random(options.seed);
    std::vector<float> emissions;
    std::vector<quint8> predicted, gold;
    const int epochs = std::max(0, options.epochs);
    for (int epoch = 0; epoch < epochs; ++epoch) {
        if (progress)
            progress(epoch, epochs);
        std::vector<size_t> order(sentences.size());
        std::iota(order.begin(), order.end(), 0);
        // Fisher–Yates with our own generator: the same order on every standard library.
        for (size_t k = order.size(); k > 1; --k)
            std::swap(order[k - 1], order[size_t(random.bounded(quint32(k)))]);
        for (const size_t index : order) {
            if (cancel && cancel->load())
                return std::nullopt;
            const TrainingSentence &s = sentences[index];
            const int n = int(s.features.size());
            emissions = s.base;
            for (int i = 0; i < n; ++i) {
                for (const quint32 f : s.features[size_t(i)]) {
                    const auto row = change.find(f);
                    if (row == change.end())
                        continue;
                    for (int l = 0; l < NerTagger::labelCount; ++l)
                        emissions[size_t(i) * stride + size_t(l)] += row->second[size_t(l)];
                }
            }
            NerTagger::viterbi(emissions.data(), s.structure.data(), n, transitions, predicted);
            NerTagger::viterbi(emissions.data(), s.gold.data(), n, transitions, gold);
            if (predicted != gold) {
                const float rate = options.rate;
                for (int i = 0; i < n; ++i) {
                    const int g = gold[size_t(i)], p = predicted[size_t(i)];
                    const int gp = i > 0 ? gold[size_t(i - 1)] : 0, pp = i > 0 ? predicted[size_t(i - 1)] : 0;
                    if (g != p) {
                        for (const quint32 f : s.features[size_t(i)]) {
                            Row &w = change[f];
                            Row &a = accumulated[f];
                            w[size_t(g)] += rate;
                            a[size_t(g)] += rate * step;
                            w[size_t(p)] -= rate;
                            a[size_t(p)] -= rate * step;
                        }
                    }
                    if (g != p || gp != pp) {
                        transitions[size_t(gp)][size_t(g)] += rate;
                        transitionChange[size_t(gp)][size_t(g)] += rate;
                        transitionAccumulated[size_t(gp)][size_t(g)] += rate * step;
                        transitions[size_t(pp)][size_t(p)] -= rate;
                        transitionChange[size_t(pp)][size_t(p)] -= rate;
                        transitionAccumulated[size_t(pp)][size_t(p)] -= rate * step;
                    }
                }
            }
            step += 1;
        }
    }
    if (progress)
        progress(epochs, epochs);
    NerAdaptation adaptation;
    adaptation.m_base = base.fingerprint();
    adaptation.m_documents = int(documents.size());
    adaptation.m_sentences = int(sentences.size());
    for (const auto &entry : change) {
        const Row &a = accumulated[entry.first];
        Row kept {};
        bool any = false;
        for (int l = 0; l < NerTagger::labelCount; ++l) {
            const float average = entry.second[size_t(l)] - a[size_t(l)] / step;
            if (std::abs(average) >= options.minWeight) {
                kept[size_t(l)] = average;
                any = true;
            }
        }
        if (any)
            adaptation.setRow(entry.first, kept);
    }
    const NerTagger::Transitions &from = base.transitions();
    for (size_t a = 0; a < size_t(stride); ++a)
        for (size_t b = 0; b < size_t(stride); ++b)
            adaptation.m_transitions[a][b]
                = from[a][b] + transitionChange[a][b] - transitionAccumulated[a][b] / step;
    return adaptation;
}

void NerAdaptation::setRow(quint32 feature, const Row &row)
{
    if (feature >= NerTagger::featureCount)
        return;
    m_rows[feature] = row;
    m_present[feature >> 6] |= quint64(1) << (feature & 63);
}

void NerAdaptation::addWeights(const quint32 *first, const quint32 *last, float *emissions) const
{
    for (; first != last; ++first) {
        if (*first >= NerTagger::featureCount || !hasRow(*first))
            continue;
        const Row &row = m_rows.at(*first);
        for (int l = 0; l < NerTagger::labelCount; ++l)
            emissions[l] += row[size_t(l)];
    }
}

int NerAdaptation::weightCount() const
{
    int count = 0;
    for (const auto &entry : m_rows)
        count += int(std::count_if(entry.second.begin(), entry.second.end(), [](float w) { return w != 0; }));
    return count;
}

QByteArray NerAdaptation::toBytes() const
{
    // magic, base fingerprint, counts, transitions, then the rows in feature order: the gap to the
    // previous row (varint), a mask of the labels present and their weights.
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream.setFloatingPointPrecision(QDataStream::SinglePrecision);
    stream << QByteArray(magic) << m_base << qint32(m_documents) << qint32(m_sentences);
    for (const auto &row : m_transitions)
        for (const float v : row)
            stream << v;
    std::vector<quint32> features;
    features.reserve(m_rows.size());
    for (const auto &entry : m_rows)
        features.push_back(entry.first);
    std::sort(features.begin(), features.end());
    stream << quint32(features.size());
    QByteArray rows;
    quint32 last = 0;
    for (const quint32 f : features) {
        putVarint(rows, f - last);
        last = f;
        const Row &row = m_rows.at(f);
        quint16 mask = 0;
        for (int l = 0; l < stride; ++l)
            if (row[size_t(l)] != 0)
                mask |= quint16(1u << l);
        rows.append(char(mask & 0xff)).append(char(mask >> 8));
        for (int l = 0; l < stride; ++l) {
            if (!(mask & (1u << l)))
                continue;
            const float v = row[size_t(l)];
            rows.append(reinterpret_cast<const char *>(&v), sizeof v);
        }
    }
    stream << rows;
    return out;
}

std::optional<NerAdaptation> NerAdaptation::fromBytes(const QByteArray &bytes)
{
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the stored weights are little-endian floats");
    QDataStream stream(bytes);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream.setFloatingPointPrecision(QDataStream::SinglePrecision);
    QByteArray head;
    NerAdaptation a;
    qint32 documents = 0, sentences = 0;
    stream >> head >> a.m_base >> documents >> sentences;
    if (stream.status() != QDataStream::Ok || head != magic)
        return std::nullopt;
    a.m_documents = documents;
    a.m_sentences = sentences;
    for (auto &row : a.m_transitions)
        for (float &v : row)
            stream >> v;
    quint32 count = 0;
    QByteArray rows;
    stream >> count >> rows;
    if (stream.status() != QDataStream::Ok)
        return std::nullopt;
    qsizetype at = 0;
    quint64 feature = 0;
    for (quint32 k = 0; k < count; ++k) {
        quint64 gap = 0;
        int shift = 0;
        quint8 byte = 0;
        do {
            if (at >= rows.size())
                return std::nullopt;
            byte = quint8(rows.at(at++));
            gap |= quint64(byte & 0x7f) << shift;
            shift += 7;
        } while ((byte & 0x80) && shift < 64);
        feature += gap;
        if (at + 2 > rows.size() || feature >= NerTagger::featureCount)
            return std::nullopt;
        const auto mask = quint16(quint8(rows.at(at)) | (quint8(rows.at(at + 1)) << 8));
        at += 2;
        Row row {};
        for (int l = 0; l < stride; ++l) {
            if (!(mask & (1u << l)))
                continue;
            if (at + qsizetype(sizeof(float)) > rows.size())
                return std::nullopt;
            std::memcpy(&row[size_t(l)], rows.constData() + at, sizeof(float));
            at += qsizetype(sizeof(float));
        }
        a.setRow(quint32(feature), row);
    }
    return a;
}

} // namespace Lagebild::Analysis
