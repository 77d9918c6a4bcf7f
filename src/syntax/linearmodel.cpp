// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntax/linearmodel.h"

#include "core/vectorclones.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cmath>

namespace Lagebild::Syntax {

LinearModel::LinearModel(int featureBits, int classes) : m_bits(featureBits), m_classes(classes) { }

namespace {

// The sum over a fixed number of classes, so the compiler can keep it in vector registers.
template<int Classes> inline void sumRows(const qint8 *weights, const quint32 *slots, int count, qint32 *sum)
{
    for (int k = 0; k < count; ++k) {
        const qint8 *row = weights + size_t(slots[k]) * Classes;
        for (int c = 0; c < Classes; ++c)
            sum[c] += row[c];
    }
}

constexpr int maxClasses = 64;

// One entry for the three model sizes, built twice: for any x86-64 and for CPUs with AVX2, whose
// wider registers widen and add a row in a few instructions (chosen once at load time).
LAGEBILD_VECTOR_CLONES void sumAllRows(
    const qint8 *weights, const quint32 *slots, int count, int classes, qint32 *sum)
{
    switch (classes) { // the three models' sizes: tags, labels, transitions
    case 48:
        sumRows<48>(weights, slots, count, sum);
        break;
    case 32:
        sumRows<32>(weights, slots, count, sum);
        break;
    case 3:
        sumRows<3>(weights, slots, count, sum);
        break;
    default:
        for (int k = 0; k < count; ++k) {
            const qint8 *row = weights + size_t(slots[k]) * size_t(classes);
            for (int c = 0; c < std::min(classes, maxClasses); ++c)
                sum[c] += row[c];
        }
    }
}

} // namespace

void LinearModel::score(const quint32 *slots, int count, float *out) const
{
    // Integer sums vectorise and cannot lose small weights to rounding.
    alignas(64) qint32 sum[maxClasses] = {};
    const int n = std::min(m_classes, maxClasses);
    // The rows lie scattered over megabytes: ask for all of them before adding any, so the
    // memory system fetches them side by side instead of one miss after another.
    const size_t rowBytes = size_t(m_classes);
    for (int k = 0; k < count; ++k) {
        const char *row
            = reinterpret_cast<const char *>(m_weights.data() + size_t(slots[k]) * size_t(m_classes));
        for (size_t b = 0; b < rowBytes; b += 64)
            __builtin_prefetch(row + b);
    }
    sumAllRows(m_weights.data(), slots, count, m_classes, sum);
    const float inverse = 1.0f / m_scale;
    for (int c = 0; c < n; ++c)
        out[c] = float(sum[c]) * inverse;
}

LinearModel LinearModel::fromWeights(
    int featureBits, int classes, const std::vector<float> &weights, float minWeight)
{
    LinearModel model(featureBits, classes);
    float maxAbs = 0;
    for (const float w : weights)
        maxAbs = std::max(maxAbs, std::abs(w));
    model.m_scale = maxAbs > 0 ? 127.0f / maxAbs : 1.0f;
    model.m_weights.assign(weights.size(), 0);
    for (size_t k = 0; k < weights.size(); ++k)
        if (std::abs(weights[k]) >= minWeight)
            model.m_weights[k] = qint8(std::lround(weights[k] * model.m_scale));
    return model;
}

qsizetype LinearModel::nonZero() const
{
    return std::count_if(m_weights.begin(), m_weights.end(), [](qint8 w) { return w != 0; });
}

void LinearModel::serialise(QByteArray &out) const
{
    QDataStream s(&out, QIODevice::Append);
    s.setByteOrder(QDataStream::LittleEndian);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
    s << quint8(m_bits) << quint16(m_classes) << m_scale << quint32(nonZero());
    quint64 last = 0;
    for (size_t k = 0; k < m_weights.size(); ++k) {
        if (!m_weights[k])
            continue;
        quint64 gap = k - last;
        last = k;
        do { // variable-length gap: the weights are sparse and mostly close together
            const quint8 byte = quint8(gap & 0x7f) | (gap > 0x7f ? 0x80 : 0);
            s << byte;
            gap >>= 7;
        } while (gap);
        s << m_weights[k];
    }
}

LinearModel LinearModel::deserialise(const QByteArray &data, qsizetype &at)
{
    // Read straight from the bytes: a stream operator per weight made loading the model cost as
    // much as analysing a few hundred articles.
    const auto *p = reinterpret_cast<const uchar *>(data.constData()) + at;
    const auto *end = reinterpret_cast<const uchar *>(data.constData()) + data.size();
    constexpr qsizetype header = 1 + 2 + 4 + 4;
    if (at < 0 || end - p < header)
        return {};
    const int bits = p[0];
    const int classes = qFromLittleEndian<quint16>(p + 1);
    const float scale = std::bit_cast<float>(qFromLittleEndian<quint32>(p + 3));
    const quint32 count = qFromLittleEndian<quint32>(p + 7);
    p += header;
    if (bits < 8 || bits > 24 || classes == 0 || classes > 64 || !(scale > 0))
        return {};
    LinearModel model(bits, classes);
    model.m_scale = scale;
    model.m_weights.assign((size_t(1) << bits) * size_t(classes), 0);
    quint64 index = 0;
    for (quint32 k = 0; k < count; ++k) {
        quint64 gap = 0;
        int shift = 0;
        uchar byte = 0;
        do {
            if (p == end)
                return {};
            byte = *p++;
            gap |= quint64(byte & 0x7f) << shift;
            shift += 7;
        } while ((byte & 0x80) && shift < 64);
        if (p == end)
            return {};
        index += gap;
        if (index >= model.m_weights.size())
            return {};
        model.m_weights[size_t(index)] = qint8(*p++);
    }
    at = p - reinterpret_cast<const uchar *>(data.constData());
    return model;
}

Perceptron::Perceptron(int featureBits, int classes)
    : m_layout(featureBits, classes)
    , m_classes(classes)
    , m_weights((size_t(1) << featureBits) * size_t(classes))
    , m_accumulated(m_weights.size())
{ }

void Perceptron::score(const std::vector<quint32> &slots, float *out) const
{
    std::fill(out, out + m_classes, 0.0f);
    for (const quint32 f : slots) {
        const float *row = m_weights.data() + size_t(f) * size_t(m_classes);
        for (int c = 0; c < m_classes; ++c)
            out[c] += row[c];
    }
}

void Perceptron::update(const std::vector<quint32> &slots, int good, int bad)
{
    if (good == bad)
        return;
    for (const quint32 f : slots) {
        const size_t row = size_t(f) * size_t(m_classes);
        m_weights[row + size_t(good)] += 1;
        m_accumulated[row + size_t(good)] += m_clock;
        m_weights[row + size_t(bad)] -= 1;
        m_accumulated[row + size_t(bad)] -= m_clock;
    }
}

LinearModel Perceptron::averaged(float minWeight) const
{
    std::vector<float> average(m_weights.size());
    for (size_t k = 0; k < average.size(); ++k)
        average[k] = float(m_weights[k] - m_accumulated[k] / m_clock);
    return LinearModel::fromWeights(m_layout.featureBits(), m_classes, average, minWeight);
}

} // namespace Lagebild::Syntax
