// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-parsetrain: trains the German tagger and dependency parser from the UD treebanks in
// ../shared/data/ud-german, reports held-out figures and writes the model the analyser ships.
#include "parsetraining.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

using namespace Lagebild::Syntax;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString percent(int a, int b)
{
    return QString::number(100.0 * SyntaxScores::ratio(a, b), 'f', 1);
}

void report(const QString &what, const SyntaxScores &s)
{
    out() << what << ": " << s.words << " words; tags " << percent(s.tagCorrect, s.words)
          << " %, word classes " << percent(s.classCorrect, s.words) << " %, case "
          << percent(s.caseCorrect, s.caseWords) << " %; UAS " << percent(s.headCorrect, s.scoredWords)
          << " %, LAS " << percent(s.labelledCorrect, s.scoredWords) << " % (without punctuation)\n";
    const DependencyLabel shown[] = {DependencyLabel::Subject, DependencyLabel::PassiveSubject,
        DependencyLabel::Object, DependencyLabel::IndirectObject, DependencyLabel::Oblique,
        DependencyLabel::Agent, DependencyLabel::NominalModifier, DependencyLabel::Apposition,
        DependencyLabel::Conjunct, DependencyLabel::Compound, DependencyLabel::VerbParticle,
        DependencyLabel::ClausalComplement, DependencyLabel::Flat};
    for (const DependencyLabel l : shown) {
        const auto it = s.labels.find(l);
        if (it == s.labels.end())
            continue;
        const LabelScore &x = it->second;
        out() << QStringLiteral("  %1  gold %2  precision %3 %  recall %4 %\n")
                     .arg(labelName(l), -13)
                     .arg(x.gold, 5)
                     .arg(percent(x.correct, x.predicted), 5)
                     .arg(percent(x.correct, x.gold), 5);
    }
    std::vector<std::pair<int, std::pair<QString, QString>>> confusions;
    for (const auto &[pair, count] : s.tagConfusions)
        confusions.emplace_back(count, pair);
    std::sort(confusions.rbegin(), confusions.rend());
    out() << "  most frequent tagging errors (gold → tagged):";
    for (size_t k = 0; k < confusions.size() && k < 12; ++k)
        out() << ' ' << confusions[k].second.first << "→" << confusions[k].second.second << ' '
              << confusions[k].first << (k + 1 < 12 ? "," : "");
    out() << '\n';
    out().flush();
}

// Words and punctuation marks as the treebanks split them, hyphenated compounds whole.
int parseStandardInput()
{
    QTextStream in(stdin);
    static const QRegularExpression word(QStringLiteral("\\[[^\\]]+\\]|[\\w][\\w.-]*[\\w]|[\\w]|[^\\s\\w]"),
        QRegularExpression::UseUnicodePropertiesOption);
    const SyntaxModel &model = SyntaxModel::bundled();
    for (QString line = in.readLine(); !line.isNull(); line = in.readLine()) {
        std::vector<QString> forms;
        for (auto it = word.globalMatch(line); it.hasNext();)
            forms.push_back(it.next().captured());
        // "[Walgreens Boots Alliance]" is one name, read as the analyser hands names over.
        std::vector<QStringView> views(forms.begin(), forms.end());
        for (QStringView &v : views)
            if (v.startsWith(u'[') && v.size() > 2)
                v = namePlaceholder();
        const std::vector<SyntaxWord> parsed = model.analyse(views);
        out() << "# text = " << line << '\n';
        for (size_t i = 0; i < parsed.size(); ++i)
            out() << i + 1 << '\t' << forms[i] << '\t' << TagSet::name(parsed[i].tag) << '\t'
                  << parsed[i].head + 1 << '\t' << labelName(parsed[i].label) << '\n';
        out() << '\n';
    }
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lagebild-parsetrain"));
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral(
        "Trains Lagebild's German tagger and dependency parser from the UD German treebanks and reports "
        "held-out figures."));
    cli.addHelpOption();
    const QCommandLineOption udOption(QStringLiteral("ud"),
        QStringLiteral("Folder with the UD German CoNLL-U files."), QStringLiteral("dir"),
        QStringLiteral("../shared/data/ud-german"));
    const QCommandLineOption heldOutOption(QStringLiteral("held-out"),
        QStringLiteral(
            "pud: train on GSD, test on PUD (across corpora); tenth: every tenth sentence of each file "
            "is held out, the rest trains the shipped model."),
        QStringLiteral("how"), QStringLiteral("tenth"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"), QStringLiteral("Training passes."),
        QStringLiteral("n"), QStringLiteral("12"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Write the model to this file."), QStringLiteral("file"));
    const QCommandLineOption parseOption(QStringLiteral("parse"),
        QStringLiteral(
            "Parse the sentences on standard input (one a line; a name in brackets, \"[Jensen Huang]\", is "
            "one word) with the bundled model and print them as CoNLL-U columns, instead of training."));
    cli.addOptions({udOption, heldOutOption, epochsOption, outOption, parseOption});
    cli.process(app);
    if (cli.isSet(parseOption))
        return parseStandardInput();

    const QDir dir(cli.value(udOption));
    const QStringList files {QStringLiteral("de_gsd-ud-dev.conllu"), QStringLiteral("de_gsd-ud-test.conllu"),
        QStringLiteral("de_pud-ud-test.conllu")};
    const QString heldOut = cli.value(heldOutOption);
    if (heldOut != u"pud" && heldOut != u"tenth") {
        QTextStream(stderr) << "lagebild-parsetrain: --held-out must be pud or tenth\n";
        return 2;
    }
    std::vector<TreebankSentence> train, test;
    for (const QString &name : files) {
        QString error;
        std::vector<TreebankSentence> sentences = readConllu(dir.filePath(name), &error);
        if (sentences.empty()) {
            QTextStream(stderr) << "lagebild-parsetrain: " << error << '\n';
            return 1;
        }
        for (size_t k = 0; k < sentences.size(); ++k) {
            const bool testing = heldOut == u"pud" ? name.startsWith(u"de_pud") : k % 10 == 9;
            (testing ? test : train).push_back(std::move(sentences[k]));
        }
    }
    out() << "training on " << train.size() << " sentences, testing on " << test.size() << " (" << heldOut
          << ")\n";
    out().flush();
    TrainingOptions options;
    options.epochs = cli.value(epochsOption).toInt();
    options.progress = [](const QString &line) {
        out() << line << '\n';
        out().flush();
    };
    QElapsedTimer timer;
    timer.start();
    const SyntaxModel model = trainSyntax(train, options);
    out() << "trained in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
    const SyntaxScores scores = evaluateSyntax(model, test);
    report(QStringLiteral("held out"), scores);
    if (cli.isSet(outOption)) {
        const QByteArray note = QStringLiteral(
            "Lagebild's German tagger and dependency parser (averaged perceptrons, arc-hybrid parser with a "
            "dynamic oracle).\n"
            "Trained by: lagebild-parsetrain --held-out %1 --epochs %2 --out FILE (docs/analysis.md).\n"
            "Held out (%3 sentences): tags %4 %, case %5 %, UAS %6 %, LAS %7 %.\n"
            "Learned from UD German GSD (dev, test; CC BY-SA 4.0; McDonald et al. 2013) and UD German PUD "
            "(CC BY-SA 3.0; Zeman et al. 2017);\n"
            "these weights are shared under CC BY-SA 4.0. See syntax-model.README.md.")
                                    .arg(heldOut)
                                    .arg(options.epochs)
                                    .arg(test.size())
                                    .arg(percent(scores.tagCorrect, scores.words),
                                        percent(scores.caseCorrect, scores.caseWords),
                                        percent(scores.headCorrect, scores.scoredWords),
                                        percent(scores.labelledCorrect, scores.scoredWords))
                                    .toUtf8();
        if (!model.write(cli.value(outOption), note)) {
            QTextStream(stderr) << "lagebild-parsetrain: cannot write " << cli.value(outOption) << '\n';
            return 1;
        }
        out() << "wrote " << cli.value(outOption) << '\n';
    }
    return 0;
}
