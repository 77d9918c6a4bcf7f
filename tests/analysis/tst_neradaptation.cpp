// SPDX-License-Identifier: GPL-3.0-or-later
// Learning from the analyst's corrections (analysis/neradaptation.h) on a tiny corpus the test
// writes itself: a made-up name the analyst filed as MEDIA in a few articles is found as MEDIA in
// a sentence it never saw; the stored form gives the same tagger; an adaptation of other weights
// is not used.

#include "analysis/analyzer.h"
#include "analysis/neradaptation.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

#include <QTest>

using namespace Lagebild::Analysis;

namespace {

const QString name = QStringLiteral("Quorvexa"); // no list, corpus or dictionary knows it

// Sentences naming it, each an article the analyst corrected: the name is MEDIA.
std::vector<AdaptationDocument> correctedArticles()
{
    const QStringList sentences {QStringLiteral("Laut %1 steigen die Preise für Strom im Winter deutlich."),
        QStringLiteral("Das berichtete %1 am Dienstag unter Berufung auf Insider."),
        QStringLiteral("%1 meldete am Abend, die Verhandlungen seien gescheitert."),
        QStringLiteral("Wie %1 erfuhr, will der Vorstand die Dividende kürzen."),
        QStringLiteral("Ein Sprecher bestätigte %1 den Bericht am Mittwoch."),
        QStringLiteral("Nach Informationen von %1 plant die Stadt neue Radwege.")};
    const int typeBit = 1 << *NerTagger::typeIndex(EntityType::Media);
    std::vector<AdaptationDocument> docs;
    for (const QString &sentence : sentences) {
        AdaptationDocument doc;
        doc.text = sentence.arg(name) + QStringLiteral(" Die Lage bleibt angespannt.");
        const int at = int(doc.text.indexOf(name));
        doc.names.push_back({at, at + int(name.size()), quint8(typeBit), false});
        docs.push_back(std::move(doc));
    }
    return docs;
}

QStringList tagged(const QString &text, const NerAdaptation *adaptation)
{
    const Resources &r = Resources::instance();
    const TokenizedText tokens(text);
    const TokenClasses classes = TokenClasses::compute(tokens, r);
    QStringList out;
    for (const NerTagger::Span &s :
        r.tagger.tag({tokens, classes.info, classes.gazetteerMatches, r.gazetteer}, adaptation)) {
        const int start = tokens.at(s.firstToken).start, end = tokens.at(s.endToken - 1).end;
        out.append(text.mid(start, end - start) + QLatin1Char('/') + typeName(s.type));
    }
    return out;
}

} // namespace

class TestNerAdaptation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (Resources::instance().tagger.isEmpty())
            QSKIP("no name model (LAGEBILD_NER_MODEL=none)");
    }

    void learnsACorrectedName()
    {
        const Resources &r = Resources::instance();
        const auto adaptation = NerAdaptation::learn(r.tagger, r, correctedArticles(), {});
        QVERIFY(adaptation);
        QCOMPARE(adaptation->documentCount(), 6);
        QVERIFY(adaptation->sentenceCount() >= 6);
        QVERIFY(adaptation->weightCount() > 0);
        QVERIFY(adaptation->fits(r.tagger));
        const QString unseen
            = QStringLiteral("Nach Angaben von %1 wurde der Vertrag gestern unterschrieben.").arg(name);
        QVERIFY2(tagged(unseen, &*adaptation).contains(name + QStringLiteral("/MEDIA")),
            qPrintable(tagged(unseen, &*adaptation).join(u", ")));
        // The whole engine with the adaptation, too.
        const Analyzer analyzer(std::make_shared<NerAdaptation>(*adaptation));
        bool found = false;
        for (const Mention &m : analyzer.analyze(unseen).mentions)
            found |= unseen.mid(m.start, m.length()) == name && m.type == EntityType::Media;
        QVERIFY(found);
    }

    void storedFormGivesTheSameTagger()
    {
        const Resources &r = Resources::instance();
        const auto adaptation = NerAdaptation::learn(r.tagger, r, correctedArticles(), {});
        QVERIFY(adaptation);
        const QByteArray bytes = adaptation->toBytes();
        const auto read = NerAdaptation::fromBytes(bytes);
        QVERIFY(read);
        QCOMPARE(read->weightCount(), adaptation->weightCount());
        QCOMPARE(read->documentCount(), adaptation->documentCount());
        QVERIFY(read->fits(r.tagger));
        QCOMPARE(read->toBytes(), bytes);
        const QString text
            = QStringLiteral("Wie %1 meldet, trifft Olaf Scholz in Berlin den Chef von Siemens.").arg(name);
        QCOMPARE(tagged(text, &*read), tagged(text, &*adaptation));
        QVERIFY(!NerAdaptation::fromBytes(bytes.left(bytes.size() / 2)));
        QVERIFY(!NerAdaptation::fromBytes(QByteArray("LBNER2 20 16 1\n")));
    }

    void adaptationOfOtherWeightsIsNotUsed()
    {
        const Resources &r = Resources::instance();
        // Other weights (as after the model was retrained): their adaptation does not fit ours.
        const NerTagger other = NerTagger::fromWeights(
            std::vector<float>(size_t(NerTagger::featureCount) * NerTagger::stride, 0.0f), {}, 0.05f);
        QVERIFY(other.fingerprint() != r.tagger.fingerprint());
        const auto adaptation = NerAdaptation::learn(other, r, correctedArticles(), {});
        QVERIFY(adaptation);
        QVERIFY(!adaptation->fits(r.tagger));
        const QString unseen
            = QStringLiteral("Nach Angaben von %1 wurde der Vertrag gestern unterschrieben.").arg(name);
        const Analyzer plain;
        const Analyzer given(std::make_shared<NerAdaptation>(*adaptation));
        QCOMPARE(given.analyze(unseen).mentions.size(), plain.analyze(unseen).mentions.size());
    }

    void cancelStopsLearning()
    {
        const Resources &r = Resources::instance();
        const std::atomic_bool cancel {true};
        QVERIFY(!NerAdaptation::learn(r.tagger, r, correctedArticles(), {}, {}, &cancel));
    }
};

QTEST_GUILESS_MAIN(TestNerAdaptation)
#include "tst_neradaptation.moc"
