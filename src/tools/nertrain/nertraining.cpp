// SPDX-License-Identifier: GPL-3.0-or-later
#include "nertraining.h"

#include "analysis/analyzer.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <functional>
#include <numeric>

namespace Lagebild::Analysis::Training {

namespace {

using Mask = NerTagger::Mask;
constexpr TypeMask onlyType(EntityType t)
{
    for (int k = 0; k < NerTagger::typeCount; ++k)
        if (NerTagger::types[size_t(k)] == t)
            return TypeMask(1u << k);
    return 0;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// QString index of every code point offset (one past the end included).
std::vector<int> codePointIndex(const QString &text)
{
    std::vector<int> index;
    index.reserve(size_t(text.size()) + 1);
    for (int i = 0; i < text.size(); ++i) {
        index.push_back(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            ++i;
    }
    index.push_back(int(text.size()));
    return index;
}

// Token sequences with BIO labels (one sentence) to a document: tokens joined by spaces.
struct Labelled
{
    QStringList tokens;
    QStringList labels;
};

Document fromBio(const Labelled &s, const std::function<bool(const QString &, Annotation &)> &classify)
{
    Document doc;
    std::vector<std::pair<int, int>> offsets;
    for (const QString &t : s.tokens) {
        if (!doc.text.isEmpty())
            doc.text += QLatin1Char(' ');
        offsets.emplace_back(int(doc.text.size()), int(doc.text.size() + t.size()));
        doc.text += t;
    }
    for (qsizetype k = 0; k < s.labels.size(); ++k) {
        const QString &l = s.labels[k];
        if (!l.startsWith(QLatin1String("B-")))
            continue;
        const QString cls = l.mid(2);
        qsizetype j = k + 1;
        while (j < s.labels.size() && s.labels[j] == QLatin1String("I-") + cls)
            ++j;
        Annotation a;
        a.start = offsets[size_t(k)].first;
        a.end = offsets[size_t(j - 1)].second;
        if (classify(cls, a))
            doc.names.push_back(a);
        else if (cls.endsWith(QLatin1String("part")) || cls.endsWith(QLatin1String("deriv")))
            doc.compounds.emplace_back(a.start, a.end);
    }
    return doc;
}

} // namespace

TypeMask typeBit(EntityType type)
{
    return onlyType(type);
}

std::vector<Document> readGermEval(const QString &path)
{
    std::vector<Document> out;
    auto classify = [](const QString &cls, Annotation &a) {
        if (cls == QLatin1String("PER"))
            a.types = onlyType(EntityType::Person);
        else if (cls == QLatin1String("LOC"))
            a.types = onlyType(EntityType::Location);
        else if (cls == QLatin1String("ORG"))
            a.types = organizationTypes;
        else if (cls == QLatin1String("OTH")) {
            a.types = onlyType(EntityType::Product);
            a.mayBeOutside = true;
        } else
            return false; // -deriv, -part: adjectives and compounds, no names
        return true;
    };
    Labelled s;
    for (const QByteArray &raw : readAll(path).split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1Char('#')))
            continue;
        if (line.trimmed().isEmpty()) {
            if (!s.tokens.isEmpty())
                out.push_back(fromBio(s, classify));
            s = {};
            continue;
        }
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() < 3)
            continue;
        s.tokens.append(f[1]);
        s.labels.append(f[2]);
    }
    if (!s.tokens.isEmpty())
        out.push_back(fromBio(s, classify));
    for (Document &d : out)
        d.corpus = Corpus::GermEval;
    return out;
}

std::vector<Document> readLer(const QString &path)
{
    std::vector<Document> out;
    auto classify = [](const QString &cls, Annotation &a) {
        static const QHash<QString, TypeMask> map {{QStringLiteral("PER"), onlyType(EntityType::Person)},
            {QStringLiteral("RR"), onlyType(EntityType::Person)},
            {QStringLiteral("AN"), onlyType(EntityType::Person)},
            {QStringLiteral("LD"), onlyType(EntityType::Location)},
            {QStringLiteral("ST"), onlyType(EntityType::Location)},
            {QStringLiteral("STR"), onlyType(EntityType::Location)},
            {QStringLiteral("LDS"), onlyType(EntityType::Location)},
            {QStringLiteral("UN"), onlyType(EntityType::Company)},
            {QStringLiteral("INN"),
                TypeMask(onlyType(EntityType::Agency) | onlyType(EntityType::Organization))},
            {QStringLiteral("GRT"), onlyType(EntityType::Agency)}, {QStringLiteral("ORG"), organizationTypes},
            {QStringLiteral("MRK"), TypeMask(onlyType(EntityType::Product) | onlyType(EntityType::Company))}};
        a.types = map.value(cls);
        return a.types != 0;
    };
    Labelled s;
    for (const QByteArray &raw : readAll(path).split('\n')) {
        const QStringList f = QString::fromUtf8(raw).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() < 2) {
            if (!s.tokens.isEmpty())
                out.push_back(fromBio(s, classify));
            s = {};
            continue;
        }
        s.tokens.append(f[0]);
        s.labels.append(f[1]);
    }
    if (!s.tokens.isEmpty())
        out.push_back(fromBio(s, classify));
    for (Document &d : out)
        d.corpus = Corpus::Ler;
    return out;
}

std::vector<Document> readEuropeana(const QString &path)
{
    std::vector<Document> out;
    auto classify = [](const QString &cls, Annotation &a) {
        if (cls == QLatin1String("PER"))
            a.types = onlyType(EntityType::Person);
        else if (cls == QLatin1String("LOC"))
            a.types = onlyType(EntityType::Location);
        else if (cls == QLatin1String("ORG"))
            a.types = organizationTypes;
        else
            return false; // MISC and the files' typing errors ("B-BER")
        return true;
    };
    Labelled s;
    auto flush = [&] {
        if (!s.tokens.isEmpty()) {
            out.push_back(fromBio(s, classify));
            out.back().corpus = Corpus::Europeana;
        }
        s = {};
    };
    for (const QByteArray &raw : readAll(path).split('\n')) {
        const QStringList f = QString::fromUtf8(raw).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() < 2 || f[0].startsWith(QLatin1Char('#')))
            continue;
        QString label = f[1];
        // IOB1: "I-X" after anything but X opens a name.
        if (label.startsWith(QLatin1String("I-"))
            && (s.labels.isEmpty() || s.labels.back().mid(2) != label.mid(2)))
            label[0] = u'B';
        s.tokens.append(f[0]);
        s.labels.append(label);
        if (label == QLatin1String("O")
            && (f[0] == QLatin1String(".") || f[0] == QLatin1String("!") || f[0] == QLatin1String("?")))
            flush();
    }
    flush();
    return out;
}

std::vector<Document> readSmartData(const QString &path)
{
    std::vector<Document> out;
    for (const QByteArray &line : readAll(path).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        Document doc;
        doc.text = o.value(QLatin1String("text")).toString();
        doc.fineOrganizations = true;
        doc.corpus = Corpus::SmartData;
        const std::vector<int> index = codePointIndex(doc.text);
        for (const QJsonValue &v : o.value(QLatin1String("entities")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString type = e.value(QLatin1String("type")).toString();
            Annotation a;
            if (type == QLatin1String("person"))
                a.types = onlyType(EntityType::Person);
            else if (type.startsWith(QLatin1String("location")))
                a.types = onlyType(EntityType::Location);
            else if (type == QLatin1String("organization-company"))
                a.types = onlyType(EntityType::Company);
            else if (type == QLatin1String("organization"))
                a.types = TypeMask(onlyType(EntityType::Agency) | onlyType(EntityType::Organization)
                    | onlyType(EntityType::Media));
            else
                continue;
            const int start = e.value(QLatin1String("start")).toInt(),
                      end = e.value(QLatin1String("end")).toInt();
            if (start < 0 || end <= start || size_t(end) > index.size() - 1)
                continue;
            a.start = index[size_t(start)];
            a.end = index[size_t(end)];
            doc.names.push_back(a);
        }
        out.push_back(std::move(doc));
    }
    return out;
}

std::vector<Document> readGold(const QString &dir)
{
    std::vector<Document> out;
    const QDir d(dir);
    for (const QString &name : d.entryList({QStringLiteral("*.gold.json")}, QDir::Files, QDir::Name)) {
        const QJsonObject o = QJsonDocument::fromJson(readAll(d.filePath(name))).object();
        const QString textPath = d.filePath(o.value(QLatin1String("file")).toString());
        if (!QFile::exists(textPath))
            continue;
        Document doc;
        doc.text = QString::fromUtf8(readAll(textPath));
        doc.fineOrganizations = true;
        doc.corpus = Corpus::Gold;
        const std::vector<int> index = codePointIndex(doc.text);
        for (const QJsonValue &v : o.value(QLatin1String("entities")).toArray()) {
            const QJsonObject e = v.toObject();
            const auto type = typeFromName(e.value(QLatin1String("type")).toString());
            if (!type || !NerTagger::typeIndex(*type))
                continue;
            const int start = e.value(QLatin1String("start")).toInt(),
                      end = e.value(QLatin1String("end")).toInt();
            if (start < 0 || end <= start || size_t(end) > index.size() - 1)
                continue;
            Annotation a;
            a.types = onlyType(*type);
            a.mayBeOutside = e.value(QLatin1String("optional")).toBool();
            a.start = index[size_t(start)];
            a.end = index[size_t(end)];
            doc.names.push_back(a);
        }
        out.push_back(std::move(doc));
    }
    return out;
}

void Evaluation::add(const Spans &gold, const Spans &found)
{
    auto counts = [this](const QString &cls) -> SpanScore & { return byClass[cls]; };
    for (const auto &f : found) {
        SpanScore &s = counts(std::get<2>(f));
        const bool hit = gold.count(f) > 0;
        (hit ? s.tp : s.fp) += 1;
        if (std::get<2>(f) != QLatin1String("COMPANY"))
            (hit ? micro.tp : micro.fp) += 1;
    }
    for (const auto &g : gold) {
        if (found.count(g))
            continue;
        counts(std::get<2>(g)).fn += 1;
        if (std::get<2>(g) != QLatin1String("COMPANY"))
            micro.fn += 1;
    }
}

QString Evaluation::table() const
{
    QString out;
    auto row = [&out](const QString &name, const SpanScore &s) {
        out += QStringLiteral("%1  P %2  R %3  F1 %4  (tp %5 fp %6 fn %7)\n")
                   .arg(name, -8)
                   .arg(s.precision(), 0, 'f', 3)
                   .arg(s.recall(), 0, 'f', 3)
                   .arg(s.f1(), 0, 'f', 3)
                   .arg(s.tp)
                   .arg(s.fp)
                   .arg(s.fn);
    };
    for (const auto &[name, s] : byClass)
        row(name, s);
    row(QStringLiteral("micro"), micro);
    return out;
}

Spans goldSpans(const Document &doc, Spans *ignored)
{
    Spans spans;
    for (const Annotation &a : doc.names) {
        QString cls;
        if (a.mayBeOutside)
            cls.clear();
        else if (a.types == onlyType(EntityType::Person))
            cls = QStringLiteral("PER");
        else if (a.types == onlyType(EntityType::Location))
            cls = QStringLiteral("LOC");
        else if (a.types && !(a.types & ~organizationTypes))
            cls = QStringLiteral("ORG");
        if (cls.isEmpty()) {
            if (ignored)
                ignored->insert({a.start, a.end, QString()});
            continue;
        }
        spans.insert({a.start, a.end, cls});
        if (doc.fineOrganizations && (a.types & onlyType(EntityType::Company))
            && !(a.types & onlyType(EntityType::Agency)))
            spans.insert({a.start, a.end, QStringLiteral("COMPANY")});
    }
    return spans;
}

Spans foundSpans(int start, int end, EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return {{start, end, QStringLiteral("PER")}};
    case EntityType::Location:
        return {{start, end, QStringLiteral("LOC")}};
    case EntityType::Company:
        return {{start, end, QStringLiteral("ORG")}, {start, end, QStringLiteral("COMPANY")}};
    case EntityType::Agency:
    case EntityType::Organization:
    case EntityType::Media:
        return {{start, end, QStringLiteral("ORG")}};
    default:
        return {};
    }
}

Evaluation evaluate(const std::vector<Document> &docs, const NerTagger *tagger,
    const std::shared_ptr<const NerAdaptation> &adaptation)
{
    const Resources &r = Resources::instance();
    const Analyzer analyzer(adaptation);
    Evaluation evaluation;
    for (const Document &doc : docs) {
        Spans ignored;
        const Spans gold = goldSpans(doc, &ignored);
        Spans found;
        auto addFound = [&](int start, int end, EntityType type) {
            if (ignored.count({start, end, QString()}))
                return;
            for (const auto &[from, to] : doc.compounds)
                if (start >= from && end <= to)
                    return;
            for (const auto &s : foundSpans(start, end, type))
                if (doc.fineOrganizations || std::get<2>(s) != QLatin1String("COMPANY"))
                    found.insert(s);
        };
        if (tagger) {
            const TokenizedText text(doc.text);
            const TokenClasses classes = TokenClasses::compute(text, r);
            for (const NerTagger::Span &s :
                tagger->tag({text, classes.info, classes.gazetteerMatches, r.gazetteer}, adaptation.get()))
                addFound(text.at(s.firstToken).start, text.at(s.endToken - 1).end, s.type);
        } else {
            for (const Mention &m : analyzer.analyze(doc.text).mentions)
                addFound(m.start, m.end, m.type);
        }
        evaluation.add(gold, found);
        // The words around a miss say its cause; printed, never stored.
        auto error = [&doc](const char *kind, const QString &cls, int start, int end) {
            constexpr int around = 40;
            const int from = std::max(0, start - around);
            return QStringLiteral("%1 %2 '%3'  | %4[%3]%5")
                .arg(QLatin1String(kind), cls, doc.text.mid(start, end - start),
                    doc.text.mid(from, start - from).simplified(), doc.text.mid(end, around).simplified());
        };
        for (const auto &[start, end, cls] : found)
            if (!gold.count({start, end, cls}))
                evaluation.errors.append(error("FP", cls, start, end));
        for (const auto &[start, end, cls] : gold)
            if (!found.count({start, end, cls}))
                evaluation.errors.append(error("FN", cls, start, end));
    }
    return evaluation;
}

Trainer::Trainer(const Resources &resources) : m_resources(resources) { }

void Trainer::add(const Document &doc)
{
    const TokenizedText text(doc.text);
    const TokenClasses classes = TokenClasses::compute(text, m_resources);
    const TaggerInput input {text, classes.info, classes.gazetteerMatches, m_resources.gazetteer};
    const std::vector<quint8> gaz = NerTagger::gazetteerLabels(input);
    // What the labels allow per token: O outside names, B-X on a name's first token, I-X after.
    std::vector<Mask> labelled(size_t(text.size()), 1);
    for (const Annotation &a : doc.names) {
        bool first = true;
        for (int i = 0; i < text.size() && text.at(i).start < a.end; ++i) {
            if (text.at(i).start < a.start)
                continue;
            Mask m = a.mayBeOutside ? 1 : 0;
            for (int k = 0; k < NerTagger::typeCount; ++k)
                if (a.types & (1u << k))
                    m |= Mask(1u << (first ? NerTagger::beginLabel(k) : NerTagger::insideLabel(k)));
            labelled[size_t(i)] = m;
            first = false;
        }
    }
    for (const auto &range : text.sentences()) {
        const int first = range.firstToken, end = range.endToken;
        if (end <= first)
            continue;
        Sentence s;
        NerTagger::labelMasks(text, first, end, s.structure);
        s.gold.resize(s.structure.size());
        for (int i = 0; i < end - first; ++i) {
            Mask want = labelled[size_t(first + i)];
            // Inside a name whose start the structure could not tag: the name starts here.
            const Mask before = i > 0 ? s.gold[size_t(i - 1)] : Mask(1);
            for (int k = 0; k < NerTagger::typeCount; ++k) {
                const Mask inside = Mask(1u << NerTagger::insideLabel(k));
                const Mask ofType = Mask(inside | (1u << NerTagger::beginLabel(k)));
                if ((want & inside) && !(before & ofType))
                    want = Mask((want & ~inside) | (1u << NerTagger::beginLabel(k)));
            }
            const Mask allowed = Mask(want & s.structure[size_t(i)]);
            s.gold[size_t(i)] = allowed ? allowed : Mask(1);
        }
        s.features.resize(size_t(end - first));
        s.weight = doc.weight;
        for (int i = 0; i < end - first; ++i) {
            if (s.structure[size_t(i)] == 1)
                continue;
            std::vector<quint32> &f = s.features[size_t(i)];
            NerTagger::features(input, gaz, first + i, f);
            if (m_corpusFeatures && doc.corpus != Corpus::Other) {
                const size_t shared = f.size();
                for (size_t k = 0; k < shared; ++k) {
                    quint64 h = (quint64(f[k]) << 8 | quint64(doc.corpus)) * 0x9e3779b97f4a7c15ull;
                    f.push_back(quint32(h >> (64 - NerTagger::featureBits)));
                }
            }
        }
        m_sentences.push_back(std::move(s));
    }
}

void Trainer::emissions(const Sentence &s, std::vector<float> &out) const
{
    out.assign(s.features.size() * NerTagger::stride, 0.0f);
    for (size_t i = 0; i < s.features.size(); ++i) {
        float *row = &out[i * NerTagger::stride];
        for (const quint32 f : s.features[i]) {
            const float *w = &m_weights[size_t(f) * NerTagger::stride];
            for (int l = 0; l < NerTagger::labelCount; ++l)
                row[l] += w[l];
        }
    }
}

std::vector<int> Trainer::train(int epochs, quint32 seed)
{
    const size_t size = size_t(NerTagger::featureCount) * NerTagger::stride;
    m_weights.assign(size, 0.0f);
    m_accumulated.assign(size, 0.0f);
    m_transitions = {};
    m_accumulatedTransitions = {};
    float step = 1;
    QRandomGenerator random(seed);
    std::vector<int> errors;
    std::vector<float> emission;
    std::vector<quint8> predicted, gold;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        std::vector<size_t> order(m_sentences.size());
        std::iota(order.begin(), order.end(), 0);
        // Fisher–Yates with our own generator: the same order on every standard library.
        for (size_t k = order.size(); k > 1; --k)
            std::swap(order[k - 1], order[size_t(random.bounded(quint32(k)))]);
        int wrong = 0;
        for (const size_t index : order) {
            const Sentence &s = m_sentences[index];
            const int n = int(s.features.size());
            emissions(s, emission);
            NerTagger::viterbi(emission.data(), s.structure.data(), n, m_transitions, predicted);
            NerTagger::viterbi(emission.data(), s.gold.data(), n, m_transitions, gold);
            if (predicted != gold) {
                ++wrong;
                for (int i = 0; i < n; ++i) {
                    const int g = gold[size_t(i)], p = predicted[size_t(i)];
                    const int gp = i > 0 ? gold[size_t(i - 1)] : 0, pp = i > 0 ? predicted[size_t(i - 1)] : 0;
                    const float u = s.weight;
                    if (g != p) {
                        for (const quint32 f : s.features[size_t(i)]) {
                            const size_t at = size_t(f) * NerTagger::stride;
                            m_weights[at + size_t(g)] += u;
                            m_accumulated[at + size_t(g)] += u * step;
                            m_weights[at + size_t(p)] -= u;
                            m_accumulated[at + size_t(p)] -= u * step;
                        }
                    }
                    if (g != p || gp != pp) {
                        m_transitions[size_t(gp)][size_t(g)] += u;
                        m_accumulatedTransitions[size_t(gp)][size_t(g)] += u * step;
                        m_transitions[size_t(pp)][size_t(p)] -= u;
                        m_accumulatedTransitions[size_t(pp)][size_t(p)] -= u * step;
                    }
                }
            }
            step += 1;
        }
        errors.push_back(wrong);
    }
    m_average.resize(size);
    for (size_t k = 0; k < size; ++k)
        m_average[k] = m_weights[k] - m_accumulated[k] / step;
    for (size_t a = 0; a < size_t(NerTagger::stride); ++a)
        for (size_t b = 0; b < size_t(NerTagger::stride); ++b)
            m_averageTransitions[a][b] = m_transitions[a][b] - m_accumulatedTransitions[a][b] / step;
    return errors;
}

} // namespace Lagebild::Analysis::Training
