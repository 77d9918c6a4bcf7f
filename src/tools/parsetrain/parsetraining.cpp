// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsetraining.h"

#include "syntax/linearmodel.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <numeric>
#include <random>

namespace Lagebild::Syntax {

namespace {

struct Row
{
    int id = 0;
    QString form;
    Tag tag;
    int head = 0;
    DependencyLabel label = DependencyLabel::Other;
};

// Syntactic words to surface words: a contraction's components share one word, which takes the
// first component's tag and whichever head points outside the contraction.
bool finishSentence(const std::vector<Row> &rows, const std::vector<std::pair<int, int>> &ranges,
    const QHash<int, QString> &rangeForms, TreebankSentence &out)
{
    std::vector<int> surfaceOf(rows.size() + 1, -1);
    int surface = 0;
    size_t k = 0;
    while (k < rows.size()) {
        const int id = rows[k].id;
        const auto range
            = std::find_if(ranges.begin(), ranges.end(), [&](const auto &r) { return r.first == id; });
        const int last = range != ranges.end() ? range->second : id;
        const size_t first = k;
        for (; k < rows.size() && rows[k].id <= last; ++k)
            surfaceOf[size_t(rows[k].id)] = surface;
        int head = -1;
        for (size_t j = first; j < k && head < 0; ++j) {
            const int h = rows[j].head;
            if (h == 0 || h < rows[first].id || h > last)
                head = int(j);
        }
        const Row &main = rows[size_t(head >= 0 ? head : int(first))];
        out.forms.push_back(range != ranges.end() ? rangeForms.value(id) : rows[first].form);
        out.tags.push_back(rows[first].tag);
        out.heads.push_back(main.head); // remapped below
        out.labels.push_back(main.label);
        ++surface;
    }
    for (int &h : out.heads) {
        if (h <= 0 || size_t(h) >= surfaceOf.size() || surfaceOf[size_t(h)] < 0)
            h = -1;
        else
            h = surfaceOf[size_t(h)];
    }
    for (size_t i = 0; i < out.heads.size(); ++i)
        if (out.heads[i] == int(i))
            return false;
    return !out.forms.empty();
}

} // namespace

std::vector<TreebankSentence> readConllu(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    std::vector<TreebankSentence> sentences;
    TreebankSentence current;
    std::vector<Row> rows;
    std::vector<std::pair<int, int>> ranges;
    QHash<int, QString> rangeForms;
    int lineNumber = 0;
    auto flush = [&] {
        if (!rows.empty() && finishSentence(rows, ranges, rangeForms, current))
            sentences.push_back(std::move(current));
        current = {};
        rows.clear();
        ranges.clear();
        rangeForms.clear();
    };
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        if (line.isEmpty()) {
            flush();
            continue;
        }
        if (line.startsWith(u'#')) {
            if (line.startsWith(u"# sent_id = "))
                current.id = line.mid(12);
            continue;
        }
        const QStringList c = line.split(u'\t');
        if (c.size() != 10) {
            if (error)
                *error = QStringLiteral("%1:%2: not a CoNLL-U line (%3 columns)")
                             .arg(path)
                             .arg(lineNumber)
                             .arg(c.size());
            return {};
        }
        if (c[0].contains(u'.'))
            continue; // empty nodes of enhanced dependencies
        if (c[0].contains(u'-')) {
            const int from = c[0].section(u'-', 0, 0).toInt();
            ranges.emplace_back(from, c[0].section(u'-', 1, 1).toInt());
            rangeForms.insert(from, c[1]);
            continue;
        }
        Row row;
        row.id = c[0].toInt();
        row.form = c[1];
        row.tag = TagSet::fromUniversalDependencies(c[3], c[5], c[4]);
        row.head = c[6].toInt();
        row.label = labelFromUniversalDependencies(c[7]);
        rows.push_back(row);
    }
    flush();
    if (sentences.empty() && error)
        *error = QStringLiteral("%1: no sentences").arg(path);
    return sentences;
}

void collapseNames(TreebankSentence &s)
{
    const int n = int(s.forms.size());
    std::vector<int> newIndex(size_t(n), -1);
    TreebankSentence out;
    out.id = s.id;
    for (int i = 0; i < n;) {
        int end = i + 1;
        if (s.tags[size_t(i)].wordClass == WordClass::ProperNoun)
            while (end < n && s.tags[size_t(end)].wordClass == WordClass::ProperNoun)
                ++end;
        // The run's head: the word whose head lies outside the run.
        int head = i;
        for (int k = i; k < end; ++k)
            if (s.heads[size_t(k)] < i || s.heads[size_t(k)] >= end)
                head = k;
        for (int k = i; k < end; ++k)
            newIndex[size_t(k)] = int(out.forms.size());
        out.forms.push_back(end - i > 1 || s.tags[size_t(i)].wordClass == WordClass::ProperNoun
                ? namePlaceholder().toString()
                : s.forms[size_t(i)]);
        out.tags.push_back(s.tags[size_t(head)]);
        out.heads.push_back(s.heads[size_t(head)]);
        out.labels.push_back(s.labels[size_t(head)]);
        i = end;
    }
    for (size_t k = 0; k < out.heads.size(); ++k) {
        const int h = out.heads[k];
        out.heads[k] = h < 0 ? -1 : newIndex[size_t(h)];
        if (out.heads[k] == int(k))
            out.heads[k] = -1; // cannot happen for a tree; keeps a broken line from looping
    }
    s = std::move(out);
}

namespace {

struct Prepared
{
    std::vector<WordFeatures> words;
    std::vector<quint8> tags;
    std::vector<quint8> labels;
};

Prepared prepare(const TreebankSentence &s)
{
    Prepared p;
    std::vector<QStringView> views(s.forms.begin(), s.forms.end());
    wordFeatures(views, p.words);
    for (const Tag &t : s.tags)
        p.tags.push_back(quint8(TagSet::id(t)));
    for (const DependencyLabel l : s.labels)
        p.labels.push_back(quint8(l));
    return p;
}

} // namespace

SyntaxModel trainSyntax(const std::vector<TreebankSentence> &original, const TrainingOptions &options)
{
    std::vector<TreebankSentence> sentences = original;
    if (options.collapseNames)
        for (TreebankSentence &s : sentences)
            collapseNames(s);
    std::vector<Prepared> prepared;
    prepared.reserve(sentences.size());
    for (const TreebankSentence &s : sentences)
        prepared.push_back(prepare(s));
    Perceptron tagger(Tagger::featureBits, TagSet::size);
    Perceptron parser(Parser::featureBits, Parser::TransitionCount);
    Perceptron labeller(Labeller::featureBits, dependencyLabelCount);
    std::mt19937 random(options.seed);
    std::vector<size_t> order(prepared.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::vector<quint32> f;
    float scores[TagSet::size];
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        int tagRight = 0, words = 0, transitionsRight = 0, transitions = 0;
        for (const size_t k : order) {
            const Prepared &p = prepared[k];
            const TreebankSentence &s = sentences[k];
            // The tagger sees its own previous decisions, as it will when tagging.
            int previous = -1, beforePrevious = -1;
            for (int i = 0; i < int(p.words.size()); ++i) {
                Tagger::features(tagger.layout(), p.words, i, previous, beforePrevious, f);
                tagger.score(f, scores);
                const int predicted = int(std::max_element(scores, scores + TagSet::size) - scores);
                tagger.update(f, p.tags[size_t(i)], predicted);
                tagger.tick();
                tagRight += predicted == p.tags[size_t(i)];
                beforePrevious = previous;
                previous = predicted;
            }
            words += int(p.words.size());
            transitionsRight += Parser::train(parser, p.words, p.tags, s.heads, epoch > 1, random);
            transitions += 2 * int(p.words.size()) - 1;
            Labeller::train(labeller, p.words, p.tags, s.heads, p.labels);
        }
        if (options.progress)
            options.progress(QStringLiteral("epoch %1: tags %2 %, transitions %3 % right (training data)")
                                 .arg(epoch)
                                 .arg(100.0 * tagRight / std::max(words, 1), 0, 'f', 2)
                                 .arg(100.0 * transitionsRight / std::max(transitions, 1), 0, 'f', 2));
    }
    return SyntaxModel(Tagger(tagger.averaged(options.minWeight)), Parser(parser.averaged(options.minWeight)),
        Labeller(labeller.averaged(options.minWeight)));
}

SyntaxScores evaluateSyntax(
    const SyntaxModel &model, const std::vector<TreebankSentence> &sentences, bool names)
{
    SyntaxScores scores;
    for (TreebankSentence s : sentences) {
        if (names)
            collapseNames(s);
        std::vector<QStringView> views(s.forms.begin(), s.forms.end());
        const std::vector<SyntaxWord> out = model.analyse(views);
        for (size_t i = 0; i < out.size(); ++i) {
            const Tag &gold = s.tags[i];
            ++scores.words;
            scores.tagCorrect += out[i].tag == gold;
            scores.classCorrect += out[i].tag.wordClass == gold.wordClass;
            if (!(out[i].tag == gold))
                ++scores.tagConfusions[{TagSet::name(gold), TagSet::name(out[i].tag)}];
            if (gold.grammaticalCase != GrammaticalCase::None) {
                ++scores.caseWords;
                scores.caseCorrect += out[i].tag.grammaticalCase == gold.grammaticalCase;
            }
            if (gold.wordClass == WordClass::Punctuation)
                continue;
            ++scores.scoredWords;
            const bool head = out[i].head == s.heads[i];
            const bool labelled = head && out[i].label == s.labels[i];
            scores.headCorrect += head;
            scores.labelledCorrect += labelled;
            ++scores.labels[s.labels[i]].gold;
            ++scores.labels[out[i].label].predicted;
            scores.labels[s.labels[i]].correct += labelled;
        }
    }
    return scores;
}

} // namespace Lagebild::Syntax
