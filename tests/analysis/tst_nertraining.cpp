// SPDX-License-Identifier: GPL-3.0-or-later
// The name tagger's training and scoring (src/tools/nertrain/nertraining.h) on data this test makes
// itself: the span scorer on hand-counted cases, the corpus readers on tiny files, and a small
// retraining on generated sentences whose names no list knows, scored on sentences with other
// new names; training twice gives the same weights, and the written model file tags as the
// in-memory one does. The word clustering (src/tools/wordclusters) on generated text puts words
// of the same contexts together, and twice the same way.

#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "nertraining.h"
#include "wordclusters.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Lagebild::Analysis;
using namespace Lagebild::Analysis::Training;

namespace {

// Made-up names from syllables: no list or lexicon holds them.
QString inventedName(QRandomGenerator &random)
{
    static const char *const onsets[] = {"br", "k", "t", "z", "v", "qu", "dr", "m", "l", "r", "st", "g"};
    static const char *const vowels[] = {"a", "o", "u", "e", "i", "ei", "au"};
    static const char *const codas[] = {"x", "n", "rk", "l", "t", "m", "ss", "nd"};
    QString name;
    const int syllables = 2 + int(random.bounded(2));
    for (int k = 0; k < syllables; ++k) {
        name += QLatin1String(onsets[random.bounded(int(std::size(onsets)))]);
        name += QLatin1String(vowels[random.bounded(int(std::size(vowels)))]);
    }
    name += QLatin1String(codas[random.bounded(int(std::size(codas)))]);
    name[0] = name[0].toUpper();
    return name;
}

// One generated document: template sentences with names put in, annotated as they are put in.
Document generatedDocument(QRandomGenerator &random)
{
    static const char *const templates[] = {
        "Der Autobauer {C} hat am Montag neue Zahlen vorgelegt. ",
        "Ministerin {P} sagte, man prüfe den Fall genau. ",
        "Das Werk in {L} soll im Herbst erweitert werden. ",
        "Die Aufsichtsbehörde {A} kündigte eine Untersuchung an. ",
        "Wie die Zeitung {M} berichtet, plant der Konzern {C} einen Umbau. ",
        "Der Verband {O} fordert mehr Geld vom Bund. ",
        "Ab Mai liefert der Hersteller das Modell {R} aus. ",
    };
    static const QHash<QChar, EntityType> types {{u'C', EntityType::Company}, {u'P', EntityType::Person},
        {u'L', EntityType::Location}, {u'A', EntityType::Agency}, {u'M', EntityType::Media},
        {u'O', EntityType::Organization}, {u'R', EntityType::Product}};
    Document doc;
    doc.fineOrganizations = true;
    for (int s = 0; s < 4; ++s) {
        const QString t = QString::fromUtf8(templates[random.bounded(int(std::size(templates)))]);
        for (qsizetype k = 0; k < t.size(); ++k) {
            if (t.at(k) != u'{') {
                doc.text += t.at(k);
                continue;
            }
            const QChar kind = t.at(k + 1);
            k += 2;
            QString name = inventedName(random);
            if (kind == u'P')
                name += QLatin1Char(' ') + inventedName(random);
            else if (kind == u'R')
                name += QLatin1Char(' ') + QString::number(100 + random.bounded(900));
            Annotation a;
            a.start = int(doc.text.size());
            doc.text += name;
            a.end = int(doc.text.size());
            a.types = typeBit(types.value(kind));
            doc.names.push_back(a);
        }
    }
    return doc;
}

std::vector<Document> generated(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<Document> docs;
    for (int k = 0; k < count; ++k)
        docs.push_back(generatedDocument(random));
    return docs;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestNerTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scorerCountsStrictSpans()
    {
        Evaluation e;
        const Spans gold {{0, 5, QStringLiteral("PER")}, {10, 15, QStringLiteral("ORG")},
            {10, 15, QStringLiteral("COMPANY")}};
        const Spans found {
            {0, 5, QStringLiteral("PER")}, {10, 14, QStringLiteral("ORG")}, {20, 24, QStringLiteral("LOC")}};
        e.add(gold, found);
        QCOMPARE(e.byClass[QStringLiteral("PER")].tp, 1);
        QCOMPARE(e.byClass[QStringLiteral("ORG")].fp, 1);
        QCOMPARE(e.byClass[QStringLiteral("ORG")].fn, 1);
        QCOMPARE(e.byClass[QStringLiteral("LOC")].fp, 1);
        QCOMPARE(e.byClass[QStringLiteral("COMPANY")].fn, 1);
        // COMPANY is a finer view of ORG and stays out of the micro figure.
        QCOMPARE(e.micro.tp, 1);
        QCOMPARE(e.micro.fp, 2);
        QCOMPARE(e.micro.fn, 1);
        QCOMPARE(e.micro.precision(), 1.0 / 3);
        QCOMPARE(e.micro.recall(), 0.5);
        QCOMPARE(e.micro.f1(), 0.4);
    }

    void goldAndFoundClasses()
    {
        Document doc;
        doc.fineOrganizations = true;
        doc.names = {{0, 4, organizationTypes, false}, {5, 9, typeBit(EntityType::Company), false},
            {10, 14, typeBit(EntityType::Product), true}};
        Spans ignored;
        const Spans gold = goldSpans(doc, &ignored);
        QCOMPARE(gold,
            (Spans {{0, 4, QStringLiteral("ORG")}, {5, 9, QStringLiteral("ORG")},
                {5, 9, QStringLiteral("COMPANY")}}));
        QCOMPARE(ignored.size(), size_t(1));
        QCOMPARE(foundSpans(5, 9, EntityType::Company),
            (Spans {{5, 9, QStringLiteral("ORG")}, {5, 9, QStringLiteral("COMPANY")}}));
        QCOMPARE(foundSpans(0, 4, EntityType::Media), (Spans {{0, 4, QStringLiteral("ORG")}}));
        QVERIFY(foundSpans(0, 4, EntityType::Product).empty());
    }

    void readers()
    {
        QTemporaryDir dir;
        // GermEval: ORG may be any organisation type, OTH a product or nothing, -deriv no name.
        writeFile(dir.filePath(QStringLiteral("g.tsv")),
            "#\tmade up\n1\tDer\tO\tO\n2\tVerband\tO\tO\n3\tZorbel\tB-ORG\tO\n4\tKlant\tI-ORG\tO\n"
            "5\tist\tO\tO\n6\tdeutsch\tB-LOCderiv\tO\n7\tTrumflix\tB-OTH\tO\n\n");
        const auto g = readGermEval(dir.filePath(QStringLiteral("g.tsv")));
        QCOMPARE(g.size(), size_t(1));
        QCOMPARE(g[0].names.size(), size_t(2));
        QCOMPARE(g[0].text.mid(g[0].names[0].start, g[0].names[0].end - g[0].names[0].start),
            QStringLiteral("Zorbel Klant"));
        QCOMPARE(g[0].names[0].types, organizationTypes);
        QVERIFY(g[0].names[1].mayBeOutside);
        // SmartData: code-point offsets (the emoji is one code point, two UTF-16 units).
        writeFile(dir.filePath(QStringLiteral("s.jsonl")),
            QStringLiteral("{\"text\": \"\U0001F600 Brakon AG in Zulm\", \"entities\": ["
                           "{\"start\": 2, \"end\": 11, \"type\": \"organization-company\"},"
                           "{\"start\": 15, \"end\": 19, \"type\": \"location-city\"},"
                           "{\"start\": 0, \"end\": 1, \"type\": \"trigger\"}]}\n")
                .toUtf8());
        const auto s = readSmartData(dir.filePath(QStringLiteral("s.jsonl")));
        QCOMPARE(s.size(), size_t(1));
        QCOMPARE(s[0].names.size(), size_t(2));
        QCOMPARE(s[0].text.mid(s[0].names[0].start, s[0].names[0].end - s[0].names[0].start),
            QStringLiteral("Brakon AG"));
        QCOMPARE(s[0].names[0].types, typeBit(EntityType::Company));
        QCOMPARE(s[0].text.mid(s[0].names[1].start, s[0].names[1].end - s[0].names[1].start),
            QStringLiteral("Zulm"));
        // Europeana: IOB1 ("I-PER" after O opens a name), no sentence breaks but ".", typos dropped.
        writeFile(dir.filePath(QStringLiteral("e.bio")),
            "Herr O\nBrumsel I-PER\nKlant I-PER\nkam O\n. O\nIn O\nZulm B-LOC\nregnet O\nes B-BER\n. O\n");
        const auto e = readEuropeana(dir.filePath(QStringLiteral("e.bio")));
        QCOMPARE(e.size(), size_t(2));
        QCOMPARE(e[0].names.size(), size_t(1));
        QCOMPARE(e[0].text.mid(e[0].names[0].start, e[0].names[0].end - e[0].names[0].start),
            QStringLiteral("Brumsel Klant"));
        QCOMPARE(e[0].names[0].types, typeBit(EntityType::Person));
        QCOMPARE(e[1].names.size(), size_t(1));
        QCOMPARE(e[1].corpus, Corpus::Europeana);
    }

    void handlesMayStartNames()
    {
        // "@kleinbahn" may be a name although in lower case; "kleinbahn" alone may not.
        const TokenizedText text(QStringLiteral("Laut @kleinbahn und kleinbahn fährt nichts."));
        std::vector<NerTagger::Mask> masks;
        NerTagger::labelMasks(text, 0, text.size(), masks);
        QCOMPARE(text.view(2), QStringView(u"kleinbahn"));
        QVERIFY(masks[2] & (1u << NerTagger::beginLabel(2)));
        QCOMPARE(text.view(4), QStringView(u"kleinbahn"));
        QCOMPARE(masks[4], NerTagger::Mask(1));
    }

    void retrainingLearnsNewNames()
    {
        const Resources &r = Resources::instance();
        const std::vector<Document> train = generated(150, 7), test = generated(40, 99);
        auto trained = [&] {
            Trainer trainer(r);
            for (const Document &d : train)
                trainer.add(d);
            const std::vector<int> errors = trainer.train(4, 2014);
            // Learning: the last pass gets fewer sentences wrong than the first.
            [&] { QVERIFY(errors.back() < errors.front()); }();
            return std::make_pair(trainer.weights(), trainer.transitions());
        };
        const auto [weights, transitions] = trained();
        const NerTagger tagger = NerTagger::fromWeights(weights, transitions, 0.05f);
        const Evaluation e = evaluate(test, &tagger);
        qInfo().noquote() << e.table();
        QVERIFY2(e.micro.f1() >= 0.9, qPrintable(e.table()));
        QVERIFY2(e.byClass.at(QStringLiteral("COMPANY")).f1() >= 0.85, qPrintable(e.table()));

        // Reproducible: the same data and seed give the same weights.
        const auto again = trained();
        QVERIFY(again.first == weights);

        // The written file tags exactly as the weights in memory.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.bin"));
        QVERIFY(NerTagger::write(path, weights, transitions, 0.05f, "test model") > 0);
        const NerTagger loaded = NerTagger::fromResource(path);
        QVERIFY(!loaded.isEmpty());
        for (const Document &d : test) {
            const TokenizedText text(d.text);
            const TokenClasses classes = TokenClasses::compute(text, r);
            const TaggerInput input {text, classes.info, classes.gazetteerMatches, r.gazetteer};
            const auto a = tagger.tag(input), b = loaded.tag(input);
            QCOMPARE(a.size(), b.size());
            for (size_t k = 0; k < a.size(); ++k) {
                QCOMPARE(a[k].firstToken, b[k].firstToken);
                QCOMPARE(a[k].endToken, b[k].endToken);
                QCOMPARE(a[k].type, b[k].type);
            }
        }
    }

    void clustersGroupWordsOfOneContext()
    {
        // Two families of made-up words, each only ever in its own frame: "der Konzern X meldet"
        // and "in der Stadt Y regnet"; their words must share classes within a family, not across.
        QRandomGenerator random(5);
        QStringList companies, towns;
        for (int k = 0; k < 12; ++k) {
            companies.append(inventedName(random));
            towns.append(inventedName(random));
        }
        Clustering::Corpus corpus;
        for (int k = 0; k < 600; ++k) {
            const QString &c = companies[random.bounded(int(companies.size()))];
            const QString &t = towns[random.bounded(int(towns.size()))];
            corpus.addText(
                QStringLiteral("Der Konzern %1 meldet Gewinn. In der Stadt %2 regnet es.").arg(c, t));
        }
        const auto words = Clustering::cluster(corpus, 3, 6, 3, 20);
        auto classOf = [&words](const QString &w) {
            const QString folded = w.toLower();
            for (const auto &c : words)
                if (c.word == folded)
                    return c.fine;
            return -1;
        };
        QCOMPARE(classOf(companies[0]), classOf(companies[1]));
        QCOMPARE(classOf(towns[0]), classOf(towns[1]));
        QVERIFY(classOf(companies[0]) != classOf(towns[0]));
        QVERIFY(classOf(companies[0]) >= 0);
        // Deterministic: the same text gives the same file.
        const QByteArray file = Clustering::toTsv(words, "note");
        QVERIFY(file.startsWith("# note\n"));
        QCOMPARE(Clustering::toTsv(Clustering::cluster(corpus, 3, 6, 3, 20), "note"), file);
    }

    void missingModelTagsNothing()
    {
        QVERIFY(NerTagger::fromResource(QStringLiteral("/nonexistent/model.bin")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNerTraining)
#include "tst_nertraining.moc"
