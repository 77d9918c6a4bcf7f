// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/scalecorpus.h"

#include "bench/sharedsentences.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Lagebild {

namespace {

QStringList makeOutlets()
{
    const QStringList places = {QStringLiteral("Rheinische"), QStringLiteral("Märkische"),
        QStringLiteral("Hanseatische"), QStringLiteral("Schwäbische"), QStringLiteral("Fränkische"),
        QStringLiteral("Westfälische"), QStringLiteral("Sächsische"), QStringLiteral("Badische"),
        QStringLiteral("Pfälzer"), QStringLiteral("Holsteinische")};
    const QStringList kinds = {QStringLiteral("Zeitung"), QStringLiteral("Rundschau"), QStringLiteral("Post"),
        QStringLiteral("Nachrichten")};
    QStringList outlets;
    for (const QString &p : places) {
        for (const QString &k : kinds)
            outlets.append(p + QLatin1Char(' ') + k);
    }
    return outlets;
}

QStringList makeAuthors()
{
    const QStringList first = {QStringLiteral("Anna"), QStringLiteral("Jonas"), QStringLiteral("Lea"),
        QStringLiteral("Felix"), QStringLiteral("Marie"), QStringLiteral("Paul"), QStringLiteral("Sophie"),
        QStringLiteral("Lukas"), QStringLiteral("Hannah"), QStringLiteral("Tobias"), QStringLiteral("Jana"),
        QStringLiteral("Stefan"), QStringLiteral("Katrin"), QStringLiteral("Moritz"), QStringLiteral("Ines")};
    const QStringList last = {QStringLiteral("Albrecht"), QStringLiteral("Brandt"), QStringLiteral("Dietz"),
        QStringLiteral("Engel"), QStringLiteral("Falk"), QStringLiteral("Graf"), QStringLiteral("Haas"),
        QStringLiteral("Jäger"), QStringLiteral("Kurz"), QStringLiteral("Lorenz"), QStringLiteral("Mertens"),
        QStringLiteral("Nowak"), QStringLiteral("Ott"), QStringLiteral("Pohl"), QStringLiteral("Quast"),
        QStringLiteral("Roth"), QStringLiteral("Seidel"), QStringLiteral("Thiel"), QStringLiteral("Ulrich"),
        QStringLiteral("Vogt")};
    QStringList authors;
    for (const QString &l : last) {
        for (const QString &f : first)
            authors.append(f + QLatin1Char(' ') + l);
    }
    return authors;
}

/// The first words of a sentence, without its end mark: a headline the text importer takes as one.
QString headline(const QString &sentence, int words)
{
    QStringList w = sentence.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, words);
    QString h = w.join(QLatin1Char(' '));
    while (!h.isEmpty() && !h.back().isLetterOrNumber())
        h.chop(1);
    return h.left(120);
}

} // namespace

ScaleCorpus writeScaleCorpus(const SharedSentences &pool, int count, const QString &dir)
{
    ScaleCorpus corpus;
    corpus.outlets = makeOutlets();
    corpus.authors = makeAuthors();
    const QStringList &s = pool.sentences;
    const int news = std::max(1, pool.newsSentences);
    const int legal = int(s.size()) - news;
    QRandomGenerator random(20261202);
    const QDate first(2019, 1, 1);
    const int days = int(first.daysTo(QDate(2024, 12, 31)));
    auto pick = [&](int from, int size) { return from + int(random.bounded(std::max(1, size))); };
    for (int i = 0; i < count; ++i) {
        // Most news runs 300–800 words, some far longer: 6–40 sentences, skewed short.
        const double u = random.generateDouble();
        const int sentences = 6 + int(34.0 * u * u);
        const bool court = legal > 100 && random.bounded(10) == 0;
        const int from = court ? news : 0;
        const int size = court ? legal : news;
        const int centre = pick(from, size);
        QString body;
        QString title;
        for (int k = 0; k < sentences; ++k) {
            // Seven in ten sentences from the topic's stretch of the pool, the rest from anywhere.
            int index = random.bounded(10) < 7 ? centre + int(random.bounded(60)) - 30 : pick(from, size);
            index = std::clamp(index, from, from + size - 1);
            if (k == 0)
                title = headline(s.at(index), 5 + int(random.bounded(7)));
            body += s.at(index);
            body += (k % 3 == 2 || (k % 4 == 3 && random.bounded(2))) ? QLatin1String("\n\n")
                                                                      : QLatin1String(" ");
        }
        const QDate date = first.addDays(random.bounded(days + 1));
        const QString &outlet = corpus.outlets.at(int(random.bounded(corpus.outlets.size())));
        const QString &author = corpus.authors.at(int(random.bounded(corpus.authors.size())));
        const QString text = title + QLatin1String("\nVon ") + author + QLatin1String(" | ") + outlet
            + QLatin1String(" | ") + date.toString(QStringLiteral("dd.MM.yyyy")) + QLatin1String("\n\n")
            + body.trimmed() + QLatin1Char('\n');
        const QString folder = QStringLiteral("%1/%2").arg(dir).arg(i / 1000, 4, 10, QLatin1Char('0'));
        if (i % 1000 == 0)
            QDir().mkpath(folder);
        QFile f(QStringLiteral("%1/artikel-%2.txt").arg(folder).arg(i, 7, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            return corpus;
        const QByteArray utf8 = text.toUtf8();
        f.write(utf8);
        corpus.textBytes += utf8.size();
        ++corpus.articles;
    }
    return corpus;
}

SearchTerms chooseSearchTerms(const SharedSentences &pool)
{
    // A word's share of the news sentences ≈ its share of articles divided by the sentences per
    // article (about 15 on average).
    static const QRegularExpression word(QStringLiteral(R"(\b\p{L}{6,}\b)"));
    QHash<QString, int> sentencesWith;
    const int news = std::max(1, pool.newsSentences);
    for (int i = 0; i < news && i < pool.sentences.size(); ++i) {
        QSet<QString> seen;
        auto it = word.globalMatch(pool.sentences.at(i));
        while (it.hasNext()) {
            const QString w = it.next().captured();
            if (!seen.contains(w)) {
                seen.insert(w);
                ++sentencesWith[w];
            }
        }
    }
    QStringList words = sentencesWith.keys();
    std::sort(words.begin(), words.end()); // QHash order differs between runs
    SearchTerms terms;
    for (const QString &w : std::as_const(words)) {
        const double share = 15.0 * double(sentencesWith.value(w)) / double(news);
        if (sentencesWith.value(w) == 1 && w.front().isUpper() && terms.rare.size() < 5
            && std::hash<QString> {}(w) % 97 == 0)
            terms.rare.append(w);
        else if (share >= 0.01 && share <= 0.03 && terms.medium.size() < 5
            && std::hash<QString> {}(w) % 7 == 0)
            terms.medium.append(w);
        else if (share >= 0.2 && share <= 0.6 && terms.common.size() < 5)
            terms.common.append(w);
    }
    return terms;
}

} // namespace Lagebild
