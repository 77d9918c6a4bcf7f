// SPDX-License-Identifier: GPL-3.0-or-later
// Golden-file test of the importers (KItinerary style): every input in tests/data/import has an
// expectation beside it (<file>.json) naming the fields that must come out, or the error.

#include "import/articleimporter.h"
#include "import/boilerplatefilter.h"
#include "import/fingerprint.h"
#include "import/importers.h"
#include "import/languagedetector.h"
#include "import/publicationdates.h"
#include "import/simhashindex.h"
#include "import/textdecoder.h"
#include "support/testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Lagebild;

namespace {

QString dataDir()
{
    return Lagebild::Testing::testDataDir() + QStringLiteral("/import");
}

void checkArticle(const Article &a, const QJsonObject &e)
{
    auto str = [&](const char *key) { return e.value(QLatin1String(key)); };
    if (e.contains(QLatin1String("title")))
        QCOMPARE(a.title, str("title").toString());
    if (e.contains(QLatin1String("source")))
        QCOMPARE(a.source, str("source").toString());
    if (e.contains(QLatin1String("author")))
        QCOMPARE(a.author, str("author").toString());
    if (e.contains(QLatin1String("url")))
        QCOMPARE(a.url, str("url").toString());
    if (e.contains(QLatin1String("published")))
        QCOMPARE(a.published.toIsoString(), str("published").toString()); // null → empty
    if (e.contains(QLatin1String("published_origin")))
        QCOMPARE(originName(a.published.isValid() ? a.published.origin : DateOrigin::None),
            str("published_origin").toString());
    if (e.contains(QLatin1String("published_uncertain")))
        QCOMPARE(a.published.uncertain, str("published_uncertain").toBool());
    if (e.contains(QLatin1String("body_starts_with")))
        QVERIFY2(a.body.startsWith(str("body_starts_with").toString()), qPrintable(a.body.left(120)));
    for (const auto &v : str("body_contains").toArray())
        QVERIFY2(a.body.contains(v.toString()),
            qPrintable(v.toString() + QLatin1String(" missing in: ") + a.body));
    for (const auto &v : str("body_excludes").toArray())
        QVERIFY2(
            !a.body.contains(v.toString()), qPrintable(v.toString() + QLatin1String(" left in: ") + a.body));
    QVERIFY(!a.rawOriginal.isEmpty());
    QCOMPARE(a.body, a.body.normalized(QString::NormalizationForm_C));
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(dataDir()).entryList(QDir::Files, QDir::Name);
        int cases = 0;
        for (const QString &f : files) {
            if (f.endsWith(QLatin1String(".json")))
                continue;
            QTest::newRow(qPrintable(f)) << f;
            ++cases;
        }
        QVERIFY(cases >= 20);
    }
    void golden()
    {
        QFETCH(QString, file);
        const QString path = QDir(dataDir()).filePath(file);
        QFile expectation(path + QLatin1String(".json"));
        QVERIFY2(
            expectation.open(QIODevice::ReadOnly), "every test input needs an expectation file beside it");
        const QJsonObject e = QJsonDocument::fromJson(expectation.readAll()).object();
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray data = in.readAll();

        const ArticleImporter *importer = importerFor(path, data.left(1024));
        QVERIFY2(importer, "no importer takes the file");
        auto batch = importer->read(path, data);
        if (e.contains(QLatin1String("error"))) {
            QVERIFY2(!batch, "expected the file to be refused");
            QVERIFY2(batch.errorMessage().contains(
                         e.value(QLatin1String("error")).toString(), Qt::CaseInsensitive),
                qPrintable(batch.errorMessage()));
            QVERIFY(!batch.errorMessage().contains(QLatin1Char('\n'))); // one line per problem
            return;
        }
        QVERIFY2(batch, qPrintable(batch.errorMessage()));
        QCOMPARE(int(batch->articles.size()), e.value(QLatin1String("articles")).toInt());
        QCOMPARE(int(batch->itemProblems.size()), e.value(QLatin1String("item_problems")).toInt(0));
        checkArticle(batch->articles.front(), e);
        if (QTest::currentTestFailed())
            return;
        if (e.contains(QLatin1String("second")))
            checkArticle(batch->articles.at(1), e.value(QLatin1String("second")).toObject());
    }

    void billionLaughsIsFast()
    {
        QFile in(QDir(dataDir()).filePath(QStringLiteral("billion_laughs.xml")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QElapsedTimer timer;
        timer.start();
        auto batch = importerFor(in.fileName(), {})->read(in.fileName(), in.readAll());
        QVERIFY(!batch);
        QVERIFY(timer.elapsed() < 2000); // refused before expansion, not after
    }

    void decoder_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf8") << QByteArray("Gr\xc3\xb6\xc3\x9f"
                                            "e")
                              << QStringLiteral("Größe") << QStringLiteral("UTF-8");
        QTest::newRow("utf8 bom") << QByteArray("\xef\xbb\xbfZoll") << QStringLiteral("Zoll")
                                  << QStringLiteral("UTF-8");
        QTest::newRow("latin1") << QByteArray("Gr\xf6\xdf"
                                              "e der Stra\xdf"
                                              "e f\xfcr M\xfcnchen und \xc4rzte")
                                << QStringLiteral("Größe der Straße für München und Ärzte") << QString();
        QTest::newRow("cp1252 quotes") << QByteArray("\x84"
                                                     "Zitat\x93 f\xfcr 5 \x80")
                                       << QStringLiteral("„Zitat“ für 5 €") << QStringLiteral("windows-1252");
        QTest::newRow("utf16le bom") << QByteArray("\xff\xfeZ\0o\0l\0l\0", 10) << QStringLiteral("Zoll")
                                     << QStringLiteral("UTF-16LE");
        QTest::newRow("decomposed to nfc")
            << QByteArray("Mu\xcc\x88nchen") << QStringLiteral("München") << QStringLiteral("UTF-8");
        // Longer than the eight bytes the decoder checks at once, with the byte that matters at
        // each place of a block.
        for (int at = 0; at < 17; ++at) {
            QByteArray utf8 = QByteArray("Der Zoll pr\xc3\xbc"
                                         "ft Grafikkarten in Shenzhen.");
            if (at != 12) // not inside the ü
                utf8.insert(at, "\xc3\xa4");
            QTest::addRow("utf8 umlaut at %d", at)
                << utf8 << QString::fromUtf8(utf8) << QStringLiteral("UTF-8");
            QByteArray latin = QByteArray("Der Zoll pr\xfc"
                                          "ft Grafikkarten in Shenzhen.");
            latin.insert(at, "\xe4");
            QTest::addRow("latin1 umlaut at %d", at) << latin << QString::fromLatin1(latin) << QString();
            QByteArray tab = QByteArray("Der Zoll prueft Grafikkarten in Shenzhen.");
            tab.insert(at, "\t\r\n");
            QTest::addRow("line end at %d", at) << tab << QString::fromLatin1(tab) << QStringLiteral("UTF-8");
        }
    }

    void decoderRefuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        for (int at : {0, 5, 8, 13, 16, 23}) {
            QByteArray utf8 = QByteArray("Der Zoll pr\xc3\xbc"
                                         "ft Grafikkarten in Shenzhen.");
            utf8.insert(at, "\xff");
            QTest::addRow("invalid utf8 at %d", at)
                << utf8 << QStringLiteral("invalid UTF-8 (byte 0xff at offset %1)").arg(at);
            QByteArray nul = QByteArray("Der Zoll prueft Grafikkarten in Shenzhen.");
            nul.insert(at, '\0');
            QTest::addRow("NUL at %d", at) << nul << QStringLiteral("binary data");
        }
        // Over 1 % control characters is binary; 1 % is not (the row below has 2 of 200).
        QByteArray controls(200, 'a');
        controls[9] = '\x01';
        controls[150] = '\x02';
        QTest::newRow("two controls in 200") << controls << QString();
        controls[77] = '\x1f';
        QTest::newRow("three controls in 200") << controls << QStringLiteral("binary data");
    }
    void decoderRefuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto decoded = decodeText(bytes);
        if (message.isEmpty()) {
            QVERIFY2(decoded, qPrintable(decoded.errorMessage()));
            QCOMPARE(decoded->text, QString::fromLatin1(bytes));
            return;
        }
        QVERIFY(!decoded);
        QVERIFY2(decoded.errorMessage().startsWith(message), qPrintable(decoded.errorMessage()));
    }
    void decoder()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        auto decoded = decodeText(bytes);
        QVERIFY2(decoded, qPrintable(decoded.errorMessage()));
        QCOMPARE(decoded->text, text);
        if (!encoding.isEmpty())
            QCOMPARE(decoded->encoding, encoding);
    }

    void headerDates_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("iso");
        QTest::newRow("numeric") << QStringLiteral("14.10.2025") << QStringLiteral("2025-10-14");
        QTest::newRow("labelled") << QStringLiteral("Veröffentlicht am 14. Oktober 2025")
                                  << QStringLiteral("2025-10-14");
        QTest::newRow("weekday") << QStringLiteral("Dienstag, 4. März 2025") << QStringLiteral("2025-03-04");
        QTest::newRow("abbreviated month")
            << QStringLiteral("Stand: 3. Feb. 2024") << QStringLiteral("2024-02-03");
        QTest::newRow("with time") << QStringLiteral("Stand: 03.02.2024, 09:15 Uhr")
                                   << QStringLiteral("2024-02-03T09:15:00+01:00");
        QTest::newRow("summer time") << QStringLiteral("1. August 2025, 16:20 Uhr · Beispiel")
                                     << QStringLiteral("2025-08-01T16:20:00+02:00");
        QTest::newRow("credit first")
            << QStringLiteral("Von Anna Schulz | 14.10.2025") << QStringLiteral("2025-10-14");
        QTest::newRow("prose is not a date line")
            << QStringLiteral("Am 14.10.2025 kündigte das Ministerium Regeln an.") << QString();
        QTest::newRow("impossible date") << QStringLiteral("31.02.2025") << QString();
        QTest::newRow("no year") << QStringLiteral("14. Oktober") << QString();
    }
    void headerDates()
    {
        QFETCH(QString, line);
        QFETCH(QString, iso);
        QCOMPARE(dateFromHeaderLine(line).toIsoString(), iso);
    }

    void metadataDates_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("iso");
        QTest::newRow("rfc822") << QStringLiteral("Tue, 14 Oct 2025 08:30:00 +0200")
                                << QStringLiteral("2025-10-14T08:30:00+02:00");
        QTest::newRow("rfc822 GMT") << QStringLiteral("Wed, 15 Oct 2025 09:00:00 GMT")
                                    << QStringLiteral("2025-10-15T09:00:00Z");
        QTest::newRow("iso day") << QStringLiteral("2024-03-05") << QStringLiteral("2024-03-05");
        QTest::newRow("rfc3339") << QStringLiteral("2024-03-05T10:00:00+01:00")
                                 << QStringLiteral("2024-03-05T10:00:00+01:00");
        QTest::newRow("german") << QStringLiteral("05.03.2024") << QStringLiteral("2024-03-05");
        QTest::newRow("nonsense") << QStringLiteral("bald") << QString();
    }
    void metadataDates()
    {
        QFETCH(QString, value);
        QFETCH(QString, iso);
        QCOMPARE(dateFromMetadata(value).toIsoString(), iso);
    }

    void fileNameDates()
    {
        QCOMPARE(dateFromFileName(QStringLiteral("/x/2025-10-14_zoll.txt")).toIsoString(),
            QStringLiteral("2025-10-14"));
        QCOMPARE(dateFromFileName(QStringLiteral("20251014-zoll.html")).toIsoString(),
            QStringLiteral("2025-10-14"));
        QCOMPARE(dateFromFileName(QStringLiteral("2025-10_rueckblick.txt")).toIsoString(),
            QStringLiteral("2025-10"));
        QCOMPARE(dateFromFileName(QStringLiteral("bericht-2025.txt")).toIsoString(), QString());
        QCOMPARE(dateFromFileName(QStringLiteral("2025-13-40_x.txt")).toIsoString(), QString());
    }

    void boilerplateRulesParse()
    {
        QStringList problems;
        BoilerplateFilter::fromRules(
            QStringLiteral("line\tA\nbogus\tB\nregex\t(unclosed\nprefix\n"), &problems);
        QCOMPARE(problems.size(), 3);
        QVERIFY(BoilerplateFilter::standard().isBoilerplate(QStringLiteral("Bildnachweis: Agentur")));
        QVERIFY(
            !BoilerplateFilter::standard().isBoilerplate(QStringLiteral("Der Zoll prüft Foto-Ausrüstung.")));
    }

    void fingerprints()
    {
        const QString a
            = QStringLiteral("Der Zoll in Shenzhen prüft seit Montag jede Lieferung von Grafikkarten "
                             "genau, berichten Händler aus der Region. Die Wartezeiten steigen deutlich.");
        const QString b = a + QStringLiteral(" Ein Sprecher wollte sich nicht äußern.");
        const QString c
            = QStringLiteral("Völlig anderer Text über Gallium, Germanium und Antimon und ihre Ausfuhr "
                             "nach Europa, mit ganz anderen Wörtern in anderer Reihenfolge.");
        QCOMPARE(contentHash(a), contentHash(a.toUpper().replace(QLatin1Char(' '), QLatin1String("  "))));
        QVERIFY(contentHash(a) != contentHash(b));
        const auto sa = shingles(a), sb = shingles(b), sc = shingles(c);
        QVERIFY(jaccard(sa, sb) > 0.6);
        QVERIFY(jaccard(sa, sc) < 0.05);
        QVERIFY(hammingDistance(simhash(sa), simhash(sb)) < hammingDistance(simhash(sa), simhash(sc)));
    }

    // tidyParagraphs works in one pass; the cleaned text is stored, so it must give what the
    // former split-and-join did, here written out again, for random mixes of line ends, blank
    // and whitespace-only lines, control characters and non-ASCII spaces.
    void tidyParagraphsAsBefore()
    {
        const auto before = [](const QString &text) {
            QString normalized = text;
            normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"))
                .replace(QLatin1Char('\r'), QLatin1Char('\n'));
            normalized.removeIf([](QChar c) {
                return c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t');
            });
            QString out;
            int blank = 0;
            for (const QString &raw : normalized.split(QLatin1Char('\n'))) {
                QStringView line(raw);
                while (!line.isEmpty() && line.back().isSpace())
                    line.chop(1);
                if (line.trimmed().isEmpty()) {
                    ++blank;
                    continue;
                }
                if (!out.isEmpty())
                    out += blank > 0 ? QLatin1String("\n\n") : QLatin1String("\n");
                blank = 0;
                out += line;
            }
            return out;
        };
        const char16_t alphabet[] = {u'a', u'Z', u'\u00fc', u' ', u' ', u'\t', u'\n', u'\n', u'\r', u'\r',
            0x01, 0x0b, 0x0c, 0x1f, 0xa0, 0x2003, 0x3000, 0x85, u'.'};
        QRandomGenerator random(13);
        for (int n = 0; n < 20000; ++n) {
            QString text;
            const int length = int(random.bounded(40));
            for (int i = 0; i < length; ++i)
                text += QChar(alphabet[random.bounded(int(std::size(alphabet)))]);
            QCOMPARE(tidyParagraphs(text), before(text));
        }
        // Long lines of mostly letters, as news paragraphs are: the copy goes four units at a
        // time there, so a control character, tab or line end may sit at any place of a block.
        const char16_t letters[] = {u'a', u'Z', u'\u00fc', u' ', u'e', u'n', u'.', 0x2003, 0xa0, u'\u201e'};
        for (int n = 0; n < 5000; ++n) {
            QString text;
            const int length = int(random.bounded(300));
            for (int i = 0; i < length; ++i) {
                text += random.bounded(12) == 0 ? QChar(alphabet[random.bounded(int(std::size(alphabet)))])
                                                : QChar(letters[random.bounded(int(std::size(letters)))]);
            }
            QCOMPARE(tidyParagraphs(text), before(text));
        }
        QCOMPARE(tidyParagraphs(QString()), QString());
        QCOMPARE(tidyParagraphs(QStringLiteral("\r\n\r\n Titel \r\r\n\n\nText\x01 \t\r")),
            QStringLiteral(" Titel\n\nText"));
    }

    // The text importer drops a header line that repeats the title, compared simplified and
    // case-folded; lines with more characters besides whitespace than the folded title has
    // units are passed over without folding them, which holds only while folding never
    // shortens a text. Checked for every code point, since Qt folds one at a time.
    void caseFoldingNeverShortensAText()
    {
        for (char32_t c = 0; c <= 0x10FFFF; ++c) {
            const QString one = QString::fromUcs4(&c, 1);
            if (one.toCaseFolded().size() < one.size())
                QFAIL(qPrintable(QStringLiteral("U+%1 folds shorter").arg(uint(c), 4, 16, QLatin1Char('0'))));
        }
    }

    void titleRepeatedInTheHeader_data()
    {
        QTest::addColumn<QString>("repeat");
        QTest::newRow("same") << QStringLiteral("Zoll prüft Grafikkarten");
        QTest::newRow("capitals") << QStringLiteral("ZOLL PRÜFT GRAFIKKARTEN");
        QTest::newRow("spaces") << QStringLiteral("  Zoll \t prüft   Grafikkarten ");
        QTest::newRow("sharp s") << QStringLiteral("ZOLL PRÜFT GRAFIKKARTEN IN STRASSE");
        QTest::newRow("sharp s title") << QStringLiteral("Zoll prüft Grafikkarten in Straße");
        QTest::newRow("longer") << QStringLiteral("Zoll prüft Grafikkarten in Shenzhen");
        QTest::newRow("prose") << QStringLiteral(
            "Der Zoll in Shenzhen prüft seit Montag jede Sendung mit Grafikkarten, die das Land verlässt.");
    }
    void titleRepeatedInTheHeader()
    {
        QFETCH(QString, repeat);
        for (const QString &title : {QStringLiteral("Zoll prüft Grafikkarten"),
                 QStringLiteral("Zoll prüft Grafikkarten in Straße")}) {
            const QString body
                = QStringLiteral("Der Zoll hat am Montag die Kontrollen verschärft. Betroffen sind "
                                 "vor allem Sendungen nach Europa.");
            const QByteArray file = (title + u'\n' + repeat + u"\n\n" + body + u'\n').toUtf8();
            const ArticleImporter *importer = importerFor(QStringLiteral("artikel.txt"), file);
            QVERIFY(importer);
            auto batch = importer->read(QStringLiteral("artikel.txt"), file);
            QVERIFY2(batch, qPrintable(batch.errorMessage()));
            QCOMPARE(batch->articles.size(), size_t(1));
            const Article &a = batch->articles.front();
            QCOMPARE(a.title, title);
            // The comparison as it was written before: fold both, then compare.
            const bool same = repeat.simplified().toCaseFolded() == title.simplified().toCaseFolded();
            QStringView kept(repeat); // a line keeps its indent, not its trailing whitespace
            while (!kept.isEmpty() && kept.back().isSpace())
                kept.chop(1);
            QCOMPARE(a.body, same ? body : kept + u"\n\n" + body);
        }
    }

    // Stored databases compare against the content hash, so its one-pass folding must give the
    // very bytes of Qt's toCaseFolded().simplified(): for every character of the Basic
    // Multilingual Plane, for whitespace of every kind at either end and inside, and for the
    // characters Qt folds to more than one unit or that come as surrogate pairs.
    void contentHashIsQtFoldingSimplified()
    {
        const auto reference = [](const QString &text) {
            return QString::fromLatin1(
                QCryptographicHash::hash(text.toCaseFolded().simplified().toUtf8(), QCryptographicHash::Sha1)
                    .toHex());
        };
        // A fixed value: the hash of "der zoll in shenzhen prüft grafikkarten." as stored.
        QCOMPARE(contentHash(QStringLiteral("  Der ZOLL in\tShenzhen\n\n prüft  Grafikkarten. \r\n")),
            QStringLiteral("665342744ee7cafb6dac5dc6c4b4854c2cc98e4c"));
        const QList<char16_t> spaces {u' ', u'\t', u'\n', u'\v', u'\f', u'\r', 0x85, 0xA0, 0x1680, 0x2000,
            0x2007, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x200B, 0xFEFF};
        QString all;
        for (char32_t c = 1; c < 0x10000; ++c) {
            if (QChar::isSurrogate(c))
                continue;
            all += QChar(char16_t(c));
            if (c % 7 == 0)
                all += QChar(spaces[qsizetype(c / 7) % spaces.size()]);
            if (c % 512 == 0) {
                QCOMPARE(contentHash(all), reference(all));
                QCOMPARE(contentHash(QChar(spaces[qsizetype(c / 512) % spaces.size()]) + all + u' '),
                    reference(QChar(spaces[qsizetype(c / 512) % spaces.size()]) + all + u' '));
                all.clear();
            }
        }
        for (const char16_t c : spaces) {
            const QString s = QChar(c) + QStringLiteral("Straße ÄRGER") + QChar(c) + QChar(c)
                + QStringLiteral("x") + QChar(c);
            QCOMPARE(contentHash(s), reference(s));
        }
        for (const QString &s : QStringList {QStringLiteral("Maße und MASSE"),
                 QString::fromUtf8("İstanbul ŉ ǰ ΐ ﬀ"), QString::fromUtf8("Mathe 𝐀𝐁 und 𐐀 Deseret"),
                 QString(QChar(0xD800)) + QStringLiteral(" Rest"), QStringLiteral(" Ende ") + QChar(0xDBFF),
                 QString(QChar(0xFFFF)), QString(), QStringLiteral(" \t\n")}) {
            QCOMPARE(contentHash(s), reference(s));
        }
    }

    void simhashIsTheMajorityOfBits()
    {
        // The counted form must give what a vote per bit gives, across the counters' emptying
        // (every 255 shingles) and for ties, which leave the bit clear.
        QRandomGenerator random(7);
        for (const int size : {0, 1, 2, 254, 255, 256, 510, 511, 1000, 4097}) {
            ShingleSet set(static_cast<size_t>(size), 0);
            for (quint64 &h : set)
                h = random.generate64() & random.generate64(); // skewed: most bits lose the vote
            int votes[64] = {};
            for (const quint64 h : set)
                for (int bit = 0; bit < 64; ++bit)
                    votes[bit] += (h >> bit) & 1 ? 1 : -1;
            quint64 expected = 0;
            for (int bit = 0; bit < 64; ++bit)
                if (votes[bit] > 0)
                    expected |= 1ull << bit;
            QCOMPARE(simhash(set), expected);
            for (quint64 &h : set)
                h = ~h; // now most bits win the vote
            quint64 inverted = 0;
            for (int bit = 0; bit < 64; ++bit)
                if (-votes[bit] > 0)
                    inverted |= 1ull << bit;
            QCOMPARE(simhash(set), inverted);
        }
        QCOMPARE(simhash(ShingleSet {0x1ull, 0x0ull}), 0ull); // a tie
    }

    void simhashIndexFindsWhatAScanFinds()
    {
        // Hashes in clusters (rewrites a few bits apart) and scattered ones; every probe must
        // find exactly the stored hashes a comparison with each would find, each once.
        QRandomGenerator random(13);
        std::vector<quint64> stored;
        for (int i = 0; i < 3000; ++i) {
            quint64 h = random.generate64();
            if (i > 0 && random.bounded(2) == 0) {
                h = stored[random.bounded(quint32(stored.size()))];
                for (int flips = int(random.bounded(20)); flips > 0; --flips)
                    h ^= quint64(1) << random.bounded(64);
            }
            stored.push_back(h);
        }
        for (const int maxDistance : {0, 3, 8, 15, 20}) {
            SimhashIndex index(maxDistance);
            for (const quint64 h : stored)
                index.add(h);
            QCOMPARE(index.size(), quint32(stored.size()));
            for (int probe = 0; probe < 400; ++probe) {
                quint64 q = stored[random.bounded(quint32(stored.size()))];
                for (int flips = int(random.bounded(18)); flips > 0; --flips)
                    q ^= quint64(1) << random.bounded(64);
                std::vector<SimhashCandidate> expected;
                for (quint32 p = 0; p < stored.size(); ++p) {
                    if (const int d = hammingDistance(q, stored[p]); d <= maxDistance)
                        expected.push_back({d, p});
                }
                std::vector<SimhashCandidate> found;
                index.probe(q, found);
                std::sort(found.begin(), found.end());
                std::sort(expected.begin(), expected.end()); // nearest first
                QCOMPARE(found.size(), expected.size());
                for (size_t i = 0; i < found.size(); ++i) {
                    QCOMPARE(found[i].position, expected[i].position);
                    QCOMPARE(found[i].distance, expected[i].distance);
                }
            }
            // A rolled-back batch: the later hashes are forgotten.
            index.truncate(1000);
            std::vector<SimhashCandidate> found;
            index.probe(stored[1500], found);
            for (const SimhashCandidate &c : found)
                QVERIFY(c.position < 1000);
        }
    }

    // The index against a comparison with each stored hash on many hashes, most of them near
    // misses: probes 13 to 18 bits from a stored hash, the flips spread as evenly as possible over
    // the four 16-bit blocks (the pattern the block tolerance of 3 must still catch at 15 and
    // must not let through at 16) or anywhere; while hashes are added in steps, after a rolled-back
    // batch and after adding again.
    void simhashIndexAgreesWithAScanAtTheThreshold()
    {
        QRandomGenerator random(24);
        constexpr int maxDistance = 15;
        auto flipped = [&](quint64 h, int bits, bool spread) {
            quint64 mask = 0;
            for (int i = 0; i < bits;) {
                const int bit = spread ? 16 * (i % 4) + int(random.bounded(16)) : int(random.bounded(64));
                if (!(mask & (quint64(1) << bit))) {
                    mask |= quint64(1) << bit;
                    ++i;
                }
            }
            return h ^ mask;
        };
        std::vector<quint64> stored;
        SimhashIndex index(maxDistance);
        auto agree = [&](int probes) {
            for (int i = 0; i < probes; ++i) {
                const quint64 near = stored[random.bounded(quint32(stored.size()))];
                const quint64 q = i % 8 == 0
                    ? random.generate64()
                    : flipped(near, 13 + int(random.bounded(6)), random.bounded(2) == 0);
                std::vector<SimhashCandidate> expected;
                for (quint32 p = 0; p < index.size(); ++p) {
                    if (const int d = hammingDistance(q, stored[p]); d <= maxDistance)
                        expected.push_back({d, p});
                }
                std::vector<SimhashCandidate> found;
                index.probe(q, found);
                std::sort(found.begin(), found.end());
                std::sort(expected.begin(), expected.end());
                if (found.size() != expected.size())
                    return false;
                for (size_t c = 0; c < found.size(); ++c) {
                    if (found[c].position != expected[c].position
                        || found[c].distance != expected[c].distance)
                        return false;
                }
            }
            return true;
        };
        auto add = [&](int count) {
            for (int i = 0; i < count; ++i) {
                // A third rewrites of earlier hashes at the threshold, so that probes meet clusters.
                const quint64 h = !stored.empty() && random.bounded(3) == 0
                    ? flipped(
                        stored[random.bounded(quint32(stored.size()))], 14 + int(random.bounded(4)), true)
                    : random.generate64();
                stored.push_back(h);
                index.add(h);
            }
        };
        for (const int step : {1, 10, 100, 1000, 5000, 20000}) {
            add(step);
            QVERIFY2(agree(600), qPrintable(QStringLiteral("after %1 hashes").arg(stored.size())));
        }
        index.truncate(15000); // a rolled-back batch
        stored.resize(15000);
        QCOMPARE(index.size(), quint32(15000));
        QVERIFY(agree(2000));
        add(3000);
        QVERIFY(agree(2000));
        index.truncate(17999); // one forgotten, then added again
        stored.resize(17999);
        add(1);
        QVERIFY(agree(2000));
    }

    void language()
    {
        QCOMPARE(detectLanguage(
                     QStringLiteral("Die Bundesregierung hat am Mittwoch neue Regeln für die Ausfuhr von "
                                    "Halbleitern beschlossen, wie ein Sprecher mitteilte."))
                     .code,
            QStringLiteral("de"));
        QCOMPARE(
            detectLanguage(QStringLiteral("The Commerce Department announced new rules on Wednesday that "
                                          "restrict exports of advanced chips, a spokesperson said."))
                .code,
            QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
