// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-nertrain: trains the name tagger (analysis/nertagger.h) on freely licensed German NER
// corpora and writes the pruned, averaged weights that ship as resources/analysis/ner-model.tsv.
//
//   lagebild-nertrain --germeval FILE --ler FILE... --europeana FILE... [--holdout 5]
//                     [--epochs 6] [--min-weight 0.02] [--out FILE]
//
// Every holdout-th GermEval sentence is kept out of training and scored (span-level precision,
// recall, F1 per type), so the printed figures are on text the model has not seen. With
// --holdout 0 everything trains (the shipped model). Corpus text never enters the project; only
// the learned weights do (docs/analysis.md names the corpora and their licences).

#include "analysis/nertagger.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <numeric>
#include <set>

using namespace Lagebild::Analysis;

namespace {

struct CorpusSentence
{
    QStringList tokens;
    QStringList labels; // PER, LOC, ORG with B-/I-, or O
};

// Maps each corpus's classes onto PER, LOC, ORG (others → O).
QString mapLabel(const QString &raw, const QString &scheme)
{
    if (raw.size() < 3 || raw == QLatin1String("O"))
        return QStringLiteral("O");
    const QString prefix = raw.left(2);
    QString cls = raw.mid(2);
    QString mapped;
    if (scheme == QLatin1String("ler")) {
        static const QHash<QString, QString> ler {{QStringLiteral("PER"), QStringLiteral("PER")},
            {QStringLiteral("RR"), QStringLiteral("PER")}, {QStringLiteral("AN"), QStringLiteral("PER")},
            {QStringLiteral("LD"), QStringLiteral("LOC")}, {QStringLiteral("ST"), QStringLiteral("LOC")},
            {QStringLiteral("LDS"), QStringLiteral("LOC")}, {QStringLiteral("ORG"), QStringLiteral("ORG")},
            {QStringLiteral("UN"), QStringLiteral("ORG")}, {QStringLiteral("INN"), QStringLiteral("ORG")},
            {QStringLiteral("GRT"), QStringLiteral("ORG")}, {QStringLiteral("MRK"), QStringLiteral("ORG")}};
        mapped = ler.value(cls);
    } else if (cls == QLatin1String("PER") || cls == QLatin1String("LOC") || cls == QLatin1String("ORG")) {
        mapped = cls; // GermEval's -deriv and -part variants and OTH stay O
    }
    return mapped.isEmpty() ? QStringLiteral("O") : prefix + mapped;
}

std::vector<CorpusSentence> readGermEval(const QString &path)
{
    std::vector<CorpusSentence> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    CorpusSentence s;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1Char('#')))
            continue;
        if (line.trimmed().isEmpty()) {
            if (!s.tokens.isEmpty())
                out.push_back(std::move(s));
            s = {};
            continue;
        }
        const QStringList f2 = line.split(QLatin1Char('\t'));
        if (f2.size() < 3)
            continue;
        s.tokens.append(f2[1]);
        s.labels.append(mapLabel(f2[2], QStringLiteral("germeval")));
    }
    if (!s.tokens.isEmpty())
        out.push_back(std::move(s));
    return out;
}

std::vector<CorpusSentence> readConll(const QString &path, const QString &scheme)
{
    std::vector<CorpusSentence> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    CorpusSentence s;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f2 = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // Europeana has no blank lines between sentences; a sentence-final period ends one.
        if (line.isEmpty() || f2.size() < 2) {
            if (!s.tokens.isEmpty())
                out.push_back(std::move(s));
            s = {};
            continue;
        }
        s.tokens.append(f2[0]);
        s.labels.append(mapLabel(f2[1], scheme));
        if (scheme == QLatin1String("europeana")
            && (f2[0] == QLatin1String(".") || f2[0] == QLatin1String("!")) && s.tokens.size() > 3) {
            out.push_back(std::move(s));
            s = {};
        }
    }
    if (!s.tokens.isEmpty())
        out.push_back(std::move(s));
    return out;
}

NerTagger::Label labelCode(const QString &l)
{
    if (l == QLatin1String("B-PER"))
        return NerTagger::BPer;
    if (l == QLatin1String("I-PER"))
        return NerTagger::IPer;
    if (l == QLatin1String("B-LOC"))
        return NerTagger::BLoc;
    if (l == QLatin1String("I-LOC"))
        return NerTagger::ILoc;
    if (l == QLatin1String("B-ORG"))
        return NerTagger::BOrg;
    if (l == QLatin1String("I-ORG"))
        return NerTagger::IOrg;
    return NerTagger::O;
}

// A corpus sentence in our tokens: the text, and a gold label per our token.
struct Prepared
{
    QString text;
    std::set<std::tuple<int, int, int>> spans; // gold (start, end, B-label) in characters
    std::vector<NerTagger::Label> gold;
};

Prepared prepare(const CorpusSentence &s)
{
    Prepared p;
    std::vector<std::pair<int, int>> offsets;
    for (const QString &t : s.tokens) {
        if (!p.text.isEmpty())
            p.text += QLatin1Char(' ');
        offsets.emplace_back(int(p.text.size()), int(p.text.size() + t.size()));
        p.text += t;
    }
    for (qsizetype k = 0; k < s.labels.size(); ++k) {
        if (!s.labels[k].startsWith(QLatin1String("B-")))
            continue;
        int end = offsets[size_t(k)].second;
        for (qsizetype j = k + 1; j < s.labels.size() && s.labels[j].startsWith(QLatin1String("I-")); ++j)
            end = offsets[size_t(j)].second;
        p.spans.insert({offsets[size_t(k)].first, end, int(labelCode(s.labels[k]))});
    }
    const TokenizedText text(p.text);
    for (int i = 0; i < text.size(); ++i) {
        const int start = text.at(i).start;
        NerTagger::Label l = NerTagger::O;
        for (size_t k = 0; k < offsets.size(); ++k) {
            if (start >= offsets[k].first && start < offsets[k].second) {
                l = labelCode(s.labels[qsizetype(k)]);
                if ((l == NerTagger::BPer || l == NerTagger::BLoc || l == NerTagger::BOrg)
                    && start != offsets[k].first)
                    l = NerTagger::Label(l + 1); // a later piece of the first word continues the name
                break;
            }
        }
        p.gold.push_back(l);
    }
    return p;
}

struct Example
{
    Prepared prepared;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("germeval"), QStringLiteral("GermEval 2014 TSV."), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("ler"), QStringLiteral("German LER CoNLL file."), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("europeana"), QStringLiteral("Europeana BIO file."), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("holdout"), QStringLiteral("Score every Nth GermEval sentence (0: none)."),
            QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("epochs"), QStringLiteral("Training passes."), QStringLiteral("n"),
        QStringLiteral("6")});
    parser.addOption({QStringLiteral("min-weight"), QStringLiteral("Prune weights below this."),
        QStringLiteral("w"), QStringLiteral("0.02")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Model file to write."), QStringLiteral("file")});
    parser.addHelpOption();
    parser.process(app);

    std::vector<CorpusSentence> train, held;
    const int holdout = parser.value(QStringLiteral("holdout")).toInt();
    for (const QString &file : parser.values(QStringLiteral("germeval"))) {
        const auto sentences = readGermEval(file);
        for (size_t k = 0; k < sentences.size(); ++k)
            (holdout > 0 && k % size_t(holdout) == 0 ? held : train).push_back(sentences[k]);
    }
    for (const QString &file : parser.values(QStringLiteral("ler"))) {
        for (auto &s : readConll(file, QStringLiteral("ler")))
            train.push_back(std::move(s));
    }
    for (const QString &file : parser.values(QStringLiteral("europeana"))) {
        for (auto &s : readConll(file, QStringLiteral("europeana")))
            train.push_back(std::move(s));
    }
    std::fprintf(stderr, "training sentences: %zu, held out: %zu\n", train.size(), held.size());

    const Resources &r = Resources::instance();
    std::vector<Prepared> examples;
    examples.reserve(train.size());
    for (const CorpusSentence &s : train)
        examples.push_back(prepare(s));

    NerTagger model;
    std::vector<float> &w = model.weights();
    w.assign(size_t(NerTagger::featureCount) * NerTagger::LabelCount, 0.0f);
    std::vector<float> accumulated(w.size(), 0.0f);
    float step = 1;
    std::vector<quint32> feats;
    QRandomGenerator random(20141);
    const int epochs = parser.value(QStringLiteral("epochs")).toInt();
    for (int epoch = 0; epoch < epochs; ++epoch) {
        std::vector<size_t> order(examples.size());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), random);
        int errors = 0, tokens = 0;
        for (const size_t e : order) {
            const Prepared &p = examples[e];
            const TokenizedText text(p.text);
            const TokenClasses classes = TokenClasses::compute(text, r);
            const TaggerInput input {text, classes.info, classes.gazetteerMatches, r.gazetteer};
            const std::vector<quint8> gaz = NerTagger::gazetteerLabels(input);
            NerTagger::Label previous = NerTagger::O, beforePrevious = NerTagger::O;
            for (int i = 0; i < text.size() && size_t(i) < p.gold.size(); ++i) {
                const Token &t = text.at(i);
                const bool continues = previous != NerTagger::O
                    && (t.kind == Token::Word || text.is(i, u"-") || text.is(i, u"."));
                if (!t.upper && !t.allUpper && !t.hasDigit && !continues) {
                    beforePrevious = previous;
                    previous = NerTagger::O;
                    continue;
                }
                NerTagger::features(input, gaz, i, previous, beforePrevious, feats);
                NerTagger::Label predicted = NerTagger::O;
                float best = -1e30f;
                for (int l = 0; l < NerTagger::LabelCount; ++l) {
                    if ((l == NerTagger::IPer || l == NerTagger::ILoc || l == NerTagger::IOrg)
                        && previous != l && previous != l - 1)
                        continue;
                    const float s = model.score(feats, NerTagger::Label(l));
                    if (s > best) {
                        best = s;
                        predicted = NerTagger::Label(l);
                    }
                }
                const NerTagger::Label gold = p.gold[size_t(i)];
                ++tokens;
                if (predicted != gold) {
                    ++errors;
                    for (const quint32 f : feats) {
                        const size_t g = size_t(f) * NerTagger::LabelCount + gold,
                                     q = size_t(f) * NerTagger::LabelCount + predicted;
                        w[g] += 1;
                        accumulated[g] += step;
                        w[q] -= 1;
                        accumulated[q] -= step;
                    }
                }
                step += 1;
                beforePrevious = previous;
                previous = predicted;
            }
        }
        std::fprintf(stderr, "epoch %d: %d errors in %d scored tokens\n", epoch + 1, errors, tokens);
    }
    // Averaged weights: w − accumulated / step.
    for (size_t k = 0; k < w.size(); ++k)
        w[k] = w[k] - accumulated[k] / step;

    // Score the held-out sentences with the tagger exactly as the engine runs it.
    if (!held.empty()) {
        std::map<int, std::array<int, 3>> counts; // type → tp, fp, fn
        for (const CorpusSentence &s : held) {
            const Prepared p = prepare(s);
            const TokenizedText text(p.text);
            const TokenClasses classes = TokenClasses::compute(text, r);
            std::set<std::tuple<int, int, int>> found;
            for (const NerTagger::Span &span :
                model.tag({text, classes.info, classes.gazetteerMatches, r.gazetteer}))
                found.insert(
                    {text.at(span.firstToken).start, text.at(span.endToken - 1).end, int(span.type)});
            for (const auto &f : found)
                ++counts[std::get<2>(f)][p.spans.count(f) ? 0 : 1];
            for (const auto &g : p.spans)
                if (!found.count(g))
                    ++counts[std::get<2>(g)][2];
        }
        int tp = 0, fp = 0, fn = 0;
        for (const auto &[type, c] : counts) {
            const double pr = c[0] + c[1] ? double(c[0]) / (c[0] + c[1]) : 0,
                         re = c[0] + c[2] ? double(c[0]) / (c[0] + c[2]) : 0;
            std::printf("%s  P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)\n",
                type == NerTagger::BPer       ? "PER"
                    : type == NerTagger::BLoc ? "LOC"
                                              : "ORG",
                pr, re, pr + re > 0 ? 2 * pr * re / (pr + re) : 0, c[0], c[1], c[2]);
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        const double pr = double(tp) / std::max(1, tp + fp), re = double(tp) / std::max(1, tp + fn);
        std::printf("held-out GermEval micro  P %.3f  R %.3f  F1 %.3f\n", pr, re,
            2 * pr * re / std::max(1e-9, pr + re));
    }

    if (parser.isSet(QStringLiteral("out"))) {
        const float minWeight = parser.value(QStringLiteral("min-weight")).toFloat();
        QFile out(parser.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(out.fileName()));
        out.write("# Name tagger weights (analysis/nertagger.h), written by lagebild-nertrain from GermEval "
                  "2014 dev\n"
                  "# (CC BY 4.0, Benikova et al.), German LER (CC BY 4.0, Leitner et al.) and Europeana "
                  "Newspapers NER\n"
                  "# (CC0). index<TAB>label<TAB>weight; weights below the pruning threshold are left out.\n");
        int written = 0;
        for (size_t k = 0; k < w.size(); ++k) {
            if (std::abs(w[k]) < minWeight)
                continue;
            out.write(QByteArray::number(quint64(k / NerTagger::LabelCount)) + '\t'
                + QByteArray::number(int(k % NerTagger::LabelCount)) + '\t' + QByteArray::number(w[k], 'g', 4)
                + '\n');
            ++written;
        }
        std::fprintf(stderr, "wrote %d weights\n", written);
    }
    return 0;
}
