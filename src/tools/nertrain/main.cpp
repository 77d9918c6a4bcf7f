// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-nertrain: trains the name tagger (analysis/nertagger.h) on freely licensed German NER
// corpora and writes the quantised, pruned weights that ship as resources/analysis/ner-model.bin.
//
//   lagebild-nertrain [--germeval FILE] [--holdout 5] [--smartdata FILE] [--ler FILE] [--gold DIR]
//                     [--europeana FILE] [--ler-weight 1] [--europeana-weight 1] [--corpus-features]
//                     [--eval-germeval FILE] [--eval-smartdata FILE] [--eval-gold DIR]
//                     [--limit N] [--epochs 6] [--seed 2014]
//                     [--min-weight 0.05] [--out FILE]
//   lagebild-nertrain --engine [--germeval FILE --holdout 5] [--eval-smartdata FILE] ...
//   lagebild-nertrain --adapt-curve 5,10,20 [--adapt-test 100] [--eval-smartdata FILE] [--eval-gold DIR]
//
// Every holdout-th GermEval sentence is kept out of training and scored, like the SmartData dev
// split and any --eval-gold folder, so the printed figures are on text the model has not seen.
// With --engine nothing is trained: the whole engine (with the model $LAGEBILD_NER_MODEL or the
// built-in one) is scored on the same evaluation sets. Corpus text never enters the project; only
// the learned weights do (resources/analysis/ner-model.README.md names the corpora and licences).
// With --adapt-curve nothing is trained either: learning from the analyst is simulated on each
// evaluation set (adapt on its first N documents' gold, score its last ones; adaptcurve.h).

#include "adaptcurve.h"
#include "analysis/resources.h"
#include "nertraining.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Lagebild::Analysis;
using namespace Lagebild::Analysis::Training;

namespace {

bool showErrors = false;

void print(const char *name, const Evaluation &e)
{
    std::printf("== %s\n%s", name, qPrintable(e.table()));
    if (showErrors)
        std::printf("%s\n", qPrintable(e.errors.join(QLatin1Char('\n'))));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    auto option = [&](const char *name, const char *help, const char *value = nullptr,
                      const char *def = nullptr) {
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(help),
            value ? QString::fromLatin1(value) : QString(), def ? QString::fromLatin1(def) : QString()});
    };
    option("germeval", "GermEval 2014 TSV (train, with every holdout-th sentence held out).", "file");
    option("holdout", "Score every Nth GermEval sentence instead of training on it (0: none).", "n", "5");
    option("eval-germeval",
        "GermEval 2014 TSV whose held-out sentences are scored, without training on the rest.", "file");
    option("smartdata", "SmartData JSONL to train on.", "file");
    option("ler", "German LER CoNLL file to train on.", "file");
    option("europeana", "Europeana Newspapers \"token TAG\" file to train on.", "file");
    option("ler-weight", "Update size on German LER sentences.", "w", "1");
    option("europeana-weight", "Update size on Europeana sentences.", "w", "1");
    option("corpus-features", "Give every corpus a copy of each feature of its own (domain adaptation).");
    option("gold", "Folder of the project's gold files to train on.", "dir");
    option("eval-smartdata", "SmartData JSONL to score (its dev split).", "file");
    option("eval-gold", "Folder of gold files to score.", "dir");
    option("limit", "Use at most this many documents of each training corpus (0: all).", "n", "0");
    option("epochs", "Training passes.", "n", "6");
    option("seed", "Seed of the shuffling.", "n", "2014");
    option("min-weight", "Prune weights below this.", "w", "0.05");
    option("out", "Model file to write.", "file");
    option("engine", "Score the whole engine instead of training.");
    option("errors", "Print every false positive and false negative.");
    option("adapt-curve",
        "Simulate learning from corrections: adapt on the first N documents of each evaluation set "
        "(comma-separated), score the last ones.",
        "n,...");
    option(
        "adapt-test", "Documents scored by --adapt-curve (at most those after the largest N).", "n", "100");
    option("adapt-epochs", "Passes of the adaptation.", "n", "8");
    option("adapt-rate", "Step size of the adaptation.", "r", "1");
    option("adapt-min-weight", "Drop adapted weight changes below this.", "w", "0.05");
    parser.addHelpOption();
    parser.process(app);
    showErrors = parser.isSet(QStringLiteral("errors"));

    std::vector<Document> train, heldGermEval, evalSmartData, evalGold;
    const int holdout = parser.value(QStringLiteral("holdout")).toInt();
    const size_t limit = parser.value(QStringLiteral("limit")).toULongLong();
    auto take = [&](std::vector<Document> docs) {
        if (limit && docs.size() > limit)
            docs.resize(limit);
        for (auto &d : docs)
            train.push_back(std::move(d));
    };
    for (const QString &file : parser.values(QStringLiteral("germeval"))) {
        std::vector<Document> rest;
        auto docs = readGermEval(file);
        for (size_t k = 0; k < docs.size(); ++k)
            (holdout > 0 && k % size_t(holdout) == 0 ? heldGermEval : rest).push_back(std::move(docs[k]));
        take(std::move(rest));
    }
    for (const QString &file : parser.values(QStringLiteral("eval-germeval"))) {
        auto docs = readGermEval(file);
        for (size_t k = 0; k < docs.size(); k += size_t(std::max(1, holdout)))
            heldGermEval.push_back(std::move(docs[k]));
    }
    for (const QString &file : parser.values(QStringLiteral("smartdata")))
        take(readSmartData(file));
    auto weighted = [&parser](std::vector<Document> docs, const char *weightOption) {
        const float w = parser.value(QString::fromLatin1(weightOption)).toFloat();
        for (Document &d : docs)
            d.weight = w;
        return docs;
    };
    for (const QString &file : parser.values(QStringLiteral("ler")))
        take(weighted(readLer(file), "ler-weight"));
    for (const QString &file : parser.values(QStringLiteral("europeana")))
        take(weighted(readEuropeana(file), "europeana-weight"));
    for (const QString &dir : parser.values(QStringLiteral("gold")))
        take(readGold(dir));
    for (const QString &file : parser.values(QStringLiteral("eval-smartdata")))
        for (auto &d : readSmartData(file))
            evalSmartData.push_back(std::move(d));
    for (const QString &dir : parser.values(QStringLiteral("eval-gold")))
        for (auto &d : readGold(dir))
            evalGold.push_back(std::move(d));

    auto report = [&](const NerTagger *tagger) {
        if (!heldGermEval.empty())
            print("GermEval dev holdout (PER/LOC/ORG)", evaluate(heldGermEval, tagger));
        if (!evalSmartData.empty())
            print("SmartData eval (PER/LOC/ORG; COMPANY = organization-company)",
                evaluate(evalSmartData, tagger));
        if (!evalGold.empty())
            print("gold eval", evaluate(evalGold, tagger));
    };
    if (parser.isSet(QStringLiteral("engine"))) {
        report(nullptr);
        return 0;
    }
    if (parser.isSet(QStringLiteral("adapt-curve"))) {
        std::vector<int> counts;
        for (const QString &n : parser.value(QStringLiteral("adapt-curve")).split(QLatin1Char(',')))
            counts.push_back(n.toInt());
        NerAdaptation::Options options;
        options.epochs = parser.value(QStringLiteral("adapt-epochs")).toInt();
        options.rate = parser.value(QStringLiteral("adapt-rate")).toFloat();
        options.minWeight = parser.value(QStringLiteral("adapt-min-weight")).toFloat();
        const int test = parser.value(QStringLiteral("adapt-test")).toInt();
        if (!evalSmartData.empty())
            printAdaptationCurve("SmartData eval (PER/LOC/ORG)", evalSmartData, counts, test, options);
        if (!evalGold.empty())
            printAdaptationCurve("gold eval (PER/LOC/ORG)", evalGold, counts, test, options);
        return 0;
    }

    QElapsedTimer timer;
    timer.start();
    const Resources &r = Resources::instance();
    Trainer trainer(r);
    trainer.setCorpusFeatures(parser.isSet(QStringLiteral("corpus-features")));
    for (const Document &d : train)
        trainer.add(d);
    std::fprintf(stderr, "training documents: %zu, sentences: %zu (%.1f s)\n", train.size(),
        trainer.sentenceCount(), double(timer.elapsed()) / 1000);
    const int epochs = parser.value(QStringLiteral("epochs")).toInt();
    const std::vector<int> errors = trainer.train(epochs, parser.value(QStringLiteral("seed")).toUInt());
    for (size_t k = 0; k < errors.size(); ++k)
        std::fprintf(stderr, "epoch %zu: %d sentences wrong\n", k + 1, errors[k]);
    std::fprintf(stderr, "trained in %.1f s\n", double(timer.elapsed()) / 1000);

    const float minWeight = parser.value(QStringLiteral("min-weight")).toFloat();
    const NerTagger tagger = NerTagger::fromWeights(trainer.weights(), trainer.transitions(), minWeight);
    std::printf("tagger alone:\n");
    report(&tagger);

    if (parser.isSet(QStringLiteral("out"))) {
        const QByteArray note = "Name tagger weights (analysis/nertagger.h), written by lagebild-nertrain; "
                                "see ner-model.README.md.\n"
                                "Learned from GermEval 2014 (CC BY 4.0, Benikova et al. 2014), SmartData (CC "
                                "BY 4.0, Schiersch et al.\n"
                                "LREC 2018) and the project's own gold files. No corpus text is contained.\n";
        const int written = NerTagger::write(
            parser.value(QStringLiteral("out")), trainer.weights(), trainer.transitions(), minWeight, note);
        if (written < 0)
            qFatal("cannot write %s", qPrintable(parser.value(QStringLiteral("out"))));
        std::fprintf(stderr, "wrote %d weights\n", written);
    }
    return 0;
}
