// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/nertagger.h"

#include "analysis/neradaptation.h"
#include "analysis/tokens.h"
#include "core/largetable.h"
#include "core/modelfile.h"
#include "core/vectorclones.h"
#include "text/germanfolding.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Lagebild::Analysis {

namespace {

// A token's label scores: the sum of its features' weight rows (built for AVX2 as well, see
// vectorclones.h).
LAGEBILD_VECTOR_CLONES void sumWeightRows(const qint16 *weights, const quint32 *slots, int count, qint32 *sum)
{
    constexpr int stride = NerTagger::stride;
    for (int k = 0; k < count; ++k) {
        const qint16 *row = weights + size_t(slots[k]) * stride;
        for (int l = 0; l < stride; ++l)
            sum[l] += row[l];
    }
}

// Every label's best score over its predecessors, all labels at once (a loop the compiler turns
// into vector maxima). A predecessor the transition forbids adds minus infinity; one the token
// before did not reach holds -1e30, which plus any weight rounds back to -1e30 and never wins.
void bestScores(const float *previous, const NerTagger::Transitions &allowed, float *best)
{
    constexpr int stride = NerTagger::stride;
    static_assert(stride == 16);
#if defined(__SSE2__)
    // The compiler leaves this loop scalar (it cannot prove that "s > best ? s : best" is a
    // maximum for every float); MAXPS is exactly that expression (x86-64 always has SSE2).
    __m128 b0 = _mm_set1_ps(-1e30f), b1 = b0, b2 = b0, b3 = b0;
    for (int p = 0; p < NerTagger::labelCount; ++p) {
        const __m128 from = _mm_set1_ps(previous[p]);
        const float *row = allowed[size_t(p)].data();
        b0 = _mm_max_ps(_mm_add_ps(from, _mm_loadu_ps(row)), b0);
        b1 = _mm_max_ps(_mm_add_ps(from, _mm_loadu_ps(row + 4)), b1);
        b2 = _mm_max_ps(_mm_add_ps(from, _mm_loadu_ps(row + 8)), b2);
        b3 = _mm_max_ps(_mm_add_ps(from, _mm_loadu_ps(row + 12)), b3);
    }
    _mm_storeu_ps(best, b0);
    _mm_storeu_ps(best + 4, b1);
    _mm_storeu_ps(best + 8, b2);
    _mm_storeu_ps(best + 12, b3);
#else
    for (int l = 0; l < stride; ++l)
        best[l] = -1e30f;
    for (int p = 0; p < NerTagger::labelCount; ++p) {
        const float from = previous[p];
        const float *row = allowed[size_t(p)].data();
        for (int l = 0; l < stride; ++l) {
            const float s = from + row[l];
            best[l] = s > best[l] ? s : best[l];
        }
    }
#endif
}

constexpr char magic[] = "LBNER3";
constexpr char compressedMagic[] = "LBNER2"; // the weights zlib-compressed, as before engine 18

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

// The character classes of a word with runs collapsed: "MI355X" → "XdX", "iPhone" → "xXx" —
// designators and brand spellings share these across names never seen.
quint64 pattern(QStringView word)
{
    quint64 h = 0x51ed27;
    QChar last;
    int n = 0;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        // ASCII decided here; QChar's tables only for the rest (the same answers, a call less).
        const QChar k = u < 0x80 ? (u >= u'A' && u <= u'Z' ? u'X'
                                : u >= u'a' && u <= u'z'   ? u'x'
                                : u >= u'0' && u <= u'9'   ? u'd'
                                                           : c)
            : c.isUpper()        ? u'X'
            : c.isLower()        ? u'x'
            : c.isDigit()        ? u'd'
                                 : c;
        if (k == last)
            continue;
        last = k;
        h = h * 131 + k.unicode();
        if (++n == 8)
            break;
    }
    return h;
}

quint64 wordAt(const TokenizedText &text, int i)
{
    if (i < 0)
        return 0x1111;
    if (i >= text.size())
        return 0x2222;
    return text.hash(i);
}

bool mayStart(const Token &t)
{
    return t.kind == Token::Word && (t.upper || t.allUpper || t.hasDigit);
}

// "#" or "@" glued to the word after it: a hashtag or a handle ("@tagesspiegel", "#Samsung") is
// a name with its mark, and may be written in lower case.
bool isHandleMark(const TokenizedText &text, int i)
{
    return i + 1 < text.size() && text.at(i).kind == Token::Punct && (text.is(i, u"#") || text.is(i, u"@"))
        && !text.at(i + 1).spaceBefore && text.at(i + 1).kind == Token::Word;
}

// Lower-case words and marks inside names: "Institut für …", "Bank of …", "Mercedes-Benz", "AT&T".
bool mayContinue(const TokenizedText &text, int i)
{
    const Token &t = text.at(i);
    if (t.kind == Token::Number || mayStart(t))
        return true;
    if (t.kind == Token::Punct)
        return text.is(i, u"-") || text.is(i, u".") || text.is(i, u"&") || text.is(i, u"'");
    return t.length() <= 5;
}

// 16-bit weights: the largest maps to 32767.
float quantisationScale(const std::vector<float> &weights)
{
    float maxAbs = 0;
    for (const float w : weights)
        maxAbs = std::max(maxAbs, std::abs(w));
    return maxAbs > 0 ? 32767.0f / maxAbs : 1.0f;
}

// What identifies a model's weights cheaply: its learned transitions, scale and weight count
// (any retraining changes them), not the comment lines of its file.
QByteArray fingerprintOf(const NerTagger::Transitions &transitions, float scale, quint32 count)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&transitions), sizeof transitions));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&scale), sizeof scale));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&count), sizeof count));
    return hash.result().toHex().left(16);
}

void putLe(QByteArray &out, const void *data, int size)
{
    out.append(static_cast<const char *>(data), size);
}

} // namespace

NerTagger::NerTagger() = default;

std::shared_ptr<qint16[]> NerTagger::allocateWeights()
{
    constexpr size_t count = size_t(featureCount) * stride;
    using Allocator = LargeTableAllocator<qint16>;
    qint16 *p = Allocator().allocate(count);
    // Fresh anonymous pages are zero already: clearing 32 MB by hand was 2 % of `extract` on
    // 300 files.
    if (!Allocator::comesZeroed(count))
        std::memset(p, 0, count * sizeof(qint16));
    return std::shared_ptr<qint16[]>(p, [](qint16 *q) { Allocator().deallocate(q, count); });
}

std::optional<int> NerTagger::typeIndex(EntityType type)
{
    for (int k = 0; k < typeCount; ++k)
        if (types[size_t(k)] == type)
            return k;
    return std::nullopt;
}

NerTagger NerTagger::fromResource(const QString &path)
{
    NerTagger tagger;
    // "LBNER3 bits stride scale" after the comment lines (licence and provenance).
    const std::optional<ModelFile> file = ModelFile::read(path, compressedMagic, magic);
    if (!file)
        return tagger;
    const QList<QByteArray> header = file->header.split(' ');
    if (header.size() != 4 || header[1].toInt() != featureBits || header[2].toInt() != stride)
        return tagger;
    const float scale = header[3].toFloat();
    const QByteArray &payload = file->payload;
    // Read from the bytes directly: a QDataStream call per byte of the 350,000 weights was a
    // fifth of `extract`'s start-up.
    const auto *p = reinterpret_cast<const uchar *>(payload.constData());
    const uchar *const end = p + payload.size();
    const auto readLe = [&p, end](void *to, size_t bytes) {
        if (size_t(end - p) < bytes)
            return false;
        std::memcpy(to, p, bytes); // little-endian files on little-endian machines only
        p += bytes;
        return true;
    };
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the model file is read as little-endian");
    bool ok = true;
    for (auto &row : tagger.m_transitions)
        for (float &v : row)
            ok = ok && readLe(&v, sizeof v);
    quint32 count = 0;
    ok = ok && readLe(&count, sizeof count);
    tagger.m_weights = allocateWeights();
    const size_t size = size_t(featureCount) * stride;
    quint64 index = 0;
    for (quint32 k = 0; k < count && ok; ++k) {
        quint64 delta = 0;
        int shift = 0;
        quint8 byte = 0;
        do {
            ok = readLe(&byte, 1);
            delta |= quint64(byte & 0x7f) << shift;
            shift += 7;
        } while (ok && (byte & 0x80) && shift < 64);
        qint16 value = 0;
        ok = ok && readLe(&value, sizeof value);
        index += delta;
        if (ok && index < size)
            tagger.m_weights[size_t(index)] = value;
    }
    if (!ok || scale <= 0) {
        tagger.m_weights.reset();
        return tagger;
    }
    tagger.m_scale = scale;
    tagger.m_fingerprint = fingerprintOf(tagger.m_transitions, scale, count);
    return tagger;
}

float NerTagger::weight(quint32 feature, int label) const
{
    if (!m_weights || feature >= featureCount || label < 0 || label >= stride)
        return 0;
    return float(m_weights[size_t(feature) * stride + size_t(label)]) / m_scale;
}

NerTagger NerTagger::fromWeights(
    const std::vector<float> &weights, const Transitions &transitions, float minWeight)
{
    NerTagger tagger;
    const float scale = quantisationScale(weights);
    tagger.m_weights = allocateWeights();
    quint32 count = 0;
    for (size_t k = 0; k < weights.size() && k < size_t(featureCount) * stride; ++k) {
        if (std::abs(weights[k]) >= minWeight) {
            tagger.m_weights[k] = qint16(std::lround(weights[k] * scale));
            ++count;
        }
    }
    tagger.m_scale = scale;
    tagger.m_transitions = transitions;
    tagger.m_fingerprint = fingerprintOf(transitions, scale, count);
    return tagger;
}

int NerTagger::write(const QString &path, const std::vector<float> &weights, const Transitions &transitions,
    float minWeight, const QByteArray &note)
{
    const float scale = quantisationScale(weights);
    QByteArray payload;
    for (const auto &row : transitions)
        for (const float v : row)
            putLe(payload, &v, 4);
    const qsizetype countAt = payload.size();
    quint32 count = 0;
    putLe(payload, &count, 4);
    quint64 last = 0;
    for (size_t k = 0; k < weights.size(); ++k) {
        if (std::abs(weights[k]) < minWeight)
            continue;
        const auto q = qint16(std::lround(weights[k] * scale));
        if (q == 0)
            continue;
        quint64 delta = k - last;
        last = k;
        do {
            const auto byte = quint8((delta & 0x7f) | (delta > 0x7f ? 0x80 : 0));
            payload.append(char(byte));
            delta >>= 7;
        } while (delta);
        putLe(payload, &q, 2);
        ++count;
    }
    std::memcpy(payload.data() + countAt, &count, 4);
    const QByteArray header = QByteArray(magic) + ' ' + QByteArray::number(featureBits) + ' '
        + QByteArray::number(stride) + ' ' + QByteArray::number(scale, 'g', 9);
    return ModelFile::write(path, note, header, payload) ? int(count) : -1;
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

void NerTagger::features(
    const TaggerInput &in, const std::vector<quint8> &gaz, int i, std::vector<quint32> &out)
{
    out.clear();
    appendFeatures(in, gaz, i, out);
}

void NerTagger::appendFeatures(const TaggerInput &in, const std::vector<quint8> &gaz, int i,
    std::vector<quint32> &out, Neighbour *before)
{
    const TokenizedText &text = in.text;
    // The verbs of business type (company-verbs.tsv) and the date finder's tense and anaphoric words
    // are the engine's rules, not features the shipped weights were trained with: hidden, so that
    // the flags of "kauft", "seit", "hatte" or "selben" stay what they were.
    constexpr quint32 rulesOnly = WordInfo::CompanyVerb | WordInfo::PastOnset | WordInfo::PastTense
        | WordInfo::UntilOnset | WordInfo::Anaphoric;
    auto flagsAt = [&](int k) -> quint64 {
        return k >= 0 && k < text.size() ? in.info[size_t(k)].flags & ~rulesOnly : 0xFFFF;
    };
    auto gazAt = [&](int k) -> quint64 { return k >= 0 && k < text.size() ? gaz[size_t(k)] : 0xFF; };
    // Written through a pointer into room made once: a push_back per feature was a fifth of this.
    const size_t at = out.size();
    out.resize(at + featuresPerToken);
    quint32 *o = out.data() + at;
    auto put = [&o](quint32 feature) { *o++ = feature; };
    const QStringView fv = text.folded(i);
    // Several features combine the token's shape and pattern: computed once.
    const bool follows = before && before->index == i - 1;
    const quint64 shapeHere = follows ? before->nextShape : shape(text, i);
    const quint64 patternHere = pattern(text.view(i));
    const quint64 shapeBefore = follows ? before->shape : shape(text, i - 1);
    const quint64 shapeAfter = shape(text, i + 1);
    const quint64 patternBefore
        = follows ? before->pattern : pattern(i > 0 ? text.view(i - 1) : QStringView());
    if (before)
        *before = {i, shapeHere, patternHere, shapeAfter};
    put(slot(1, 0));
    put(slot(2, wordAt(text, i)));
    put(slot(3, wordAt(text, i - 1)));
    put(slot(4, wordAt(text, i + 1)));
    put(slot(5, wordAt(text, i - 2)));
    put(slot(6, wordAt(text, i + 2)));
    put(slot(7, shapeHere));
    put(slot(8, shapeBefore * 131 + shapeAfter));
    put(slot(9, Text::wordHash(fv.right(3))));
    put(slot(10, Text::wordHash(fv.right(4))));
    put(slot(11, Text::wordHash(fv.left(3))));
    put(slot(12, flagsAt(i)));
    put(slot(13, flagsAt(i - 1)));
    put(slot(14, flagsAt(i + 1)));
    put(slot(15, gazAt(i)));
    put(slot(16, gazAt(i - 1) * 257 + gazAt(i + 1)));
    put(slot(17, wordAt(text, i - 1) ^ (shapeHere << 1)));
    put(slot(18, Text::wordHash(fv.right(2))));
    put(slot(19, Text::wordHash(fv.right(5))));
    put(slot(20, Text::wordHash(fv.left(4))));
    put(slot(21, patternHere));
    put(slot(22, wordAt(text, i - 1) * 31 + wordAt(text, i)));
    put(slot(23, wordAt(text, i) * 31 + wordAt(text, i + 1)));
    put(slot(24, shapeHere * 65537 + flagsAt(i)));
    put(slot(25, gazAt(i) * 4099 + shapeHere));
    put(slot(26, patternBefore * 7 + patternHere));
    put(slot(27, wordAt(text, i + 1) ^ (shapeHere << 1)));
    // Cue words a little further away ("der Autobauer mit Sitz in …", "…, sagte Ministerin …").
    for (int k = i - 4; k <= i - 2; ++k)
        put(slot(28, wordAt(text, k)));
    for (int k = i + 2; k <= i + 4; ++k)
        put(slot(29, wordAt(text, k)));
    // Word classes from unlabelled text: a name never seen in training shares its class with
    // names that were, and so do the words around it.
    auto fineAt
        = [&](int k) -> quint64 { return k >= 0 && k < text.size() ? in.info[size_t(k)].cluster : 0xFFFFF; };
    auto coarseAt = [&](int k) -> quint64 {
        return k >= 0 && k < text.size() ? in.info[size_t(k)].coarseCluster : 0xFFF;
    };
    put(slot(30, fineAt(i)));
    put(slot(31, coarseAt(i)));
    put(slot(32, fineAt(i - 1)));
    put(slot(33, fineAt(i + 1)));
    put(slot(34, coarseAt(i) * 4099 + shapeHere));
    put(slot(35, (coarseAt(i - 1) * 4099 + coarseAt(i)) * 4099 + coarseAt(i + 1)));
    Q_ASSERT(o == out.data() + out.size());
}

void NerTagger::labelMasks(const TokenizedText &text, int first, int end, std::vector<Mask> &out)
{
    constexpr Mask onlyO = 1;
    Mask inside = 0;
    for (int t = 0; t < typeCount; ++t)
        inside |= Mask(1u << insideLabel(t));
    const Mask all = Mask((1u << labelCount) - 1);
    out.assign(size_t(end - first), onlyO);
    for (int i = first; i < end; ++i) {
        const Token &t = text.at(i);
        if (mayStart(t) || (i > first && isHandleMark(text, i - 1))) {
            out[size_t(i - first)] = all;
            continue;
        }
        if (i == first || out[size_t(i - first - 1)] == onlyO || !mayContinue(text, i))
            continue;
        // A lower-case word or a mark continues a name only towards another name word.
        const bool towardsName = t.kind == Token::Number || (i + 1 < end && mayStart(text.at(i + 1)))
            || (i + 2 < end && mayContinue(text, i + 1) && mayStart(text.at(i + 2))) || text.is(i, u".");
        if (towardsName)
            out[size_t(i - first)] = onlyO | inside;
    }
}

NerTagger::Transitions NerTagger::allowedOnly(const Transitions &tr)
{
    Transitions allowed;
    for (int p = 0; p < stride; ++p)
        for (int l = 0; l < stride; ++l)
            allowed[size_t(p)][size_t(l)] = p < labelCount && l < labelCount && transitionAllowed(p, l)
                ? tr[size_t(p)][size_t(l)]
                : -std::numeric_limits<float>::infinity();
    return allowed;
}

void NerTagger::viterbi(const float *emissions, const Mask *masks, int n, const Transitions &tr,
    std::vector<quint8> &labels, bool endsInO)
{
    viterbiAllowed(emissions, masks, n, allowedOnly(tr), labels, endsInO);
}

void NerTagger::viterbiAllowed(const float *emissions, const Mask *masks, int n, const Transitions &allowed,
    std::vector<quint8> &labels, bool endsInO)
{
    constexpr float none = -1e30f;
    labels.assign(size_t(n), 0);
    if (n == 0)
        return;
    // Reused between calls (one per stretch of every sentence): a fresh array each time cost an
    // allocation and a fill.
    thread_local std::vector<float> forward;
    forward.assign(size_t(n) * stride, none);
    for (int i = 0; i < n; ++i) {
        float best[stride];
        if (i == 0) {
            for (int l = 0; l < stride; ++l)
                best[l] = allowed[0][size_t(l)] > -std::numeric_limits<float>::infinity()
                    ? allowed[0][size_t(l)]
                    : none;
        } else {
            bestScores(forward.data() + size_t(i - 1) * stride, allowed, best);
        }
        float *here = forward.data() + size_t(i) * stride;
        for (int l = 0; l < labelCount; ++l)
            if ((masks[i] & (1u << l)) && best[l] > none)
                here[l] = best[l] + emissions[size_t(i) * stride + size_t(l)];
    }
    int bestLabel = 0;
    float bestScore = none;
    for (int l = 0; l < labelCount; ++l) {
        const float f = forward[size_t(n - 1) * stride + size_t(l)];
        if (f <= none)
            continue;
        const float s = f + (endsInO ? allowed[size_t(l)][0] : 0.0f);
        if (s > bestScore) {
            bestScore = s;
            bestLabel = l;
        }
    }
    // The way back: each label's predecessor found again only where the path passes, the first of
    // the best (as a pointer kept for every label and token would have it).
    for (int i = n - 1; i > 0; --i) {
        labels[size_t(i)] = quint8(bestLabel);
        const float *previous = forward.data() + size_t(i - 1) * stride;
        float best = none;
        int arg = 0;
        for (int p = 0; p < labelCount; ++p) {
            const float s = previous[p] + allowed[size_t(p)][size_t(bestLabel)];
            if (s > best) {
                best = s;
                arg = p;
            }
        }
        bestLabel = arg;
    }
    labels[0] = quint8(bestLabel);
}

std::optional<EntityType> NerTagger::likeliestType(const TaggerInput &in, int i,
    std::initializer_list<EntityType> among, const NerAdaptation *adaptation) const
{
    if (!m_weights || i < 0 || i >= in.text.size())
        return std::nullopt;
    std::vector<quint32> slots;
    features(in, gazetteerLabels(in), i, slots);
    qint32 sum[stride] = {};
    sumWeightRows(m_weights.get(), slots.data(), int(slots.size()), sum);
    float emissions[stride];
    for (int l = 0; l < stride; ++l)
        emissions[l] = float(sum[l]) / m_scale;
    if (adaptation)
        adaptation->addWeights(slots.data(), slots.data() + slots.size(), emissions);
    const Transitions &tr = adaptation ? adaptation->transitions() : m_transitions;
    std::optional<EntityType> best;
    float bestScore = 0;
    for (const EntityType type : among) {
        const std::optional<int> k = typeIndex(type);
        if (!k)
            continue;
        const auto b = size_t(beginLabel(*k));
        const float score = tr[0][b] + emissions[b] + tr[b][0];
        if (!best || score > bestScore) {
            best = type;
            bestScore = score;
        }
    }
    return best;
}

std::vector<NerTagger::Span> NerTagger::tag(const TaggerInput &in, const NerAdaptation *adaptation) const
{
    std::vector<Span> spans;
    if (!m_weights)
        return spans;
    const TokenizedText &text = in.text;
    const std::vector<quint8> gaz = gazetteerLabels(in);
    std::vector<quint32> slots;
    std::vector<int> slotEnd;
    std::vector<Mask> masks;
    std::vector<float> emissions;
    std::vector<quint8> labels;
    const float inverse = 1.0f / m_scale;
    const qint16 *weights = m_weights.get();
    Transitions allowed;
    bool allowedMade = false;
    const auto &sentences = text.sentences();
    for (size_t s = 0; s < sentences.size(); ++s) {
        const int first = sentences[s].firstToken, end = sentences[s].endToken;
        if (end <= first)
            continue;
        labelMasks(text, first, end, masks);
        const int n = end - first;
        // All features of the sentence first, their weight rows fetched ahead: the sums below
        // then wait for memory once per sentence rather than once per row.
        slots.clear();
        slotEnd.assign(size_t(n), 0);
        Neighbour neighbour;
        for (int i = 0; i < n; ++i) {
            if (masks[size_t(i)] != 1) {
                const size_t from = slots.size();
                appendFeatures(in, gaz, first + i, slots, &neighbour);
                for (size_t k = from; k < slots.size(); ++k)
                    __builtin_prefetch(weights + size_t(slots[k]) * stride);
            }
            slotEnd[size_t(i)] = int(slots.size());
        }
        if (slots.empty())
            continue;
        emissions.assign(size_t(n) * stride, 0.0f);
        for (int i = 0; i < n; ++i) {
            const int from = i > 0 ? slotEnd[size_t(i - 1)] : 0;
            if (from == slotEnd[size_t(i)])
                continue;
            qint32 sum[stride] = {};
            sumWeightRows(weights, slots.data() + from, slotEnd[size_t(i)] - from, sum);
            for (int l = 0; l < stride; ++l)
                emissions[size_t(i) * stride + size_t(l)] = float(sum[l]) * inverse;
            if (adaptation)
                adaptation->addWeights(slots.data() + from, slots.data() + slotEnd[size_t(i)],
                    emissions.data() + size_t(i) * stride);
        }
        const Transitions &transitions = adaptation ? adaptation->transitions() : m_transitions;
        if (!allowedMade) {
            allowed = allowedOnly(transitions);
            allowedMade = true;
        }
        // Tokens that can only be O split the sentence into independent stretches.
        for (int a = 0; a < n;) {
            if (masks[size_t(a)] == 1) {
                ++a;
                continue;
            }
            int b = a;
            while (b < n && masks[size_t(b)] != 1)
                ++b;
            viterbiAllowed(
                emissions.data() + size_t(a) * stride, masks.data() + a, b - a, allowed, labels, b < n);
            const int base = first + a;
            for (int i = 0; i < b - a;) {
                if (!isBegin(labels[size_t(i)])) {
                    ++i;
                    continue;
                }
                int j = i + 1;
                while (j < b - a && labels[size_t(j)] == labels[size_t(i)] + 1)
                    ++j;
                // A name ends on a name word, not on "und" or a hyphen.
                int last = j;
                while (last - 1 > i && !mayStart(text.at(base + last - 1))
                    && text.at(base + last - 1).kind != Token::Number && !text.is(base + last - 1, u"."))
                    --last;
                const int start
                    = base + i > first && isHandleMark(text, base + i - 1) ? base + i - 1 : base + i;
                spans.push_back({start, base + last, types[size_t(typeOfLabel(labels[size_t(i)]))]});
                i = j;
            }
            a = b;
        }
    }
    return spans;
}

} // namespace Lagebild::Analysis
