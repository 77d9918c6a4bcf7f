// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/foldedwordlist.h"
#include "text/germancompounds.h"
#include "text/germanfolding.h"
#include "text/germanstemmer.h"
#include "text/locale.h"

#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

using namespace Lagebild;

class TestText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("umlaut") << QStringLiteral("Behörden") << QStringLiteral("behoerden");
        QTest::newRow("digraph") << QStringLiteral("Behoerden") << QStringLiteral("behoerden");
        QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("capital sharp s") << QStringLiteral("STRAẞE") << QStringLiteral("strasse");
        QTest::newRow("all caps") << QStringLiteral("NVIDIA") << QStringLiteral("nvidia");
        QTest::newRow("accent") << QStringLiteral("Café") << QStringLiteral("cafe");
        QTest::newRow("decomposed umlaut") << QStringLiteral("Mu\u0308nchen") << QStringLiteral("muenchen");
        QTest::newRow("capital umlaut") << QStringLiteral("Übernahme") << QStringLiteral("uebernahme");
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Text::foldGerman(input), expected);
    }

    // The inline affix tests stand in for QStringView::startsWith/endsWith in the finders.
    void affixesAgreeWithQt()
    {
        const QStringList words {QString(), QStringLiteral("a"), QStringLiteral("er"),
            QStringLiteral("ministerium"), QStringLiteral("handelsministerium"),
            QStringLiteral("dreiundzwanzig"), QStringLiteral("ein")};
        for (const QString &word : words) {
            for (const QString &affix : words) {
                QCOMPARE(Text::hasPrefix(word, affix), QStringView(word).startsWith(affix));
                QCOMPARE(Text::hasSuffix(word, affix), QStringView(word).endsWith(affix));
            }
        }
    }

    // The tokenizer folds a text's tokens one after another into one buffer.
    void foldWordIntoAppends()
    {
        QString out = QStringLiteral("nvidia");
        Text::foldWordInto(u"Behörden", out);
        QCOMPARE(out, QStringLiteral("nvidiabehoerden"));
        QCOMPARE(Text::foldWord(u"Straße"), QStringLiteral("strasse"));
    }

    void stemsMeet_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("plural") << QStringLiteral("Exportkontrollen") << QStringLiteral("Exportkontrolle");
        QTest::newRow("genitive name") << QStringLiteral("Nvidias") << QStringLiteral("Nvidia");
        QTest::newRow("genitive place") << QStringLiteral("Chinas") << QStringLiteral("China");
        QTest::newRow("genitive after ei") << QStringLiteral("Huaweis") << QStringLiteral("Huawei");
        QTest::newRow("umlaut spelling") << QStringLiteral("Behörden") << QStringLiteral("Behoerden");
        QTest::newRow("inflection") << QStringLiteral("Genehmigungen") << QStringLiteral("Genehmigung");
        QTest::newRow("lexicon word keeps s") << QStringLiteral("Preis") << QStringLiteral("Preise");
        QTest::newRow("Haus") << QStringLiteral("Haus") << QStringLiteral("Hauses");
        QTest::newRow("umlaut plural") << QStringLiteral("Verträge") << QStringLiteral("Vertrag");
        QTest::newRow("umlaut plural Zölle") << QStringLiteral("Zölle") << QStringLiteral("Zoll");
        QTest::newRow("umlaut plural Ströme") << QStringLiteral("Ströme") << QStringLiteral("Strom");
        QTest::newRow("digraph plural") << QStringLiteral("Vertraege") << QStringLiteral("Verträgen");
        QTest::newRow("plural without ending") << QStringLiteral("Mütter") << QStringLiteral("Mutter");
        QTest::newRow("plural in -er") << QStringLiteral("Häuser") << QStringLiteral("Haus");
        QTest::newRow("comparative") << QStringLiteral("älter") << QStringLiteral("alt");
        QTest::newRow("compound with an umlaut plural")
            << QStringLiteral("Handelsverträge") << QStringLiteral("Handelsvertrag");
        QTest::newRow("strong verb") << QStringLiteral("enthält") << QStringLiteral("enthalten");
    }

    // The lexicon's guard against false merges: the umlaut makes another word.
    void stemsStayApart_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("Förderung") << QStringLiteral("Förderung") << QStringLiteral("Forderung");
        QTest::newRow("Förderungen") << QStringLiteral("Förderungen") << QStringLiteral("Forderungen");
        QTest::newRow("fördern") << QStringLiteral("fördern") << QStringLiteral("fordern");
        QTest::newRow("drücken") << QStringLiteral("drücken") << QStringLiteral("drucken");
        QTest::newRow("zählen") << QStringLiteral("zählen") << QStringLiteral("zahlen");
        QTest::newRow("schön") << QStringLiteral("schön") << QStringLiteral("schon");
        QTest::newRow("wäre") << QStringLiteral("wäre") << QStringLiteral("Ware");
        QTest::newRow("typed digraph") << QStringLiteral("Foerderung") << QStringLiteral("Forderung");
        QTest::newRow("unknown compound follows its head")
            << QStringLiteral("Wirtschaftsförderung") << QStringLiteral("Wirtschaftsforderung");
    }
    void stemsStayApart()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        Text::GermanStemmer stemmer;
        const std::string sa(stemmer.stem(Text::foldGerman(a).toStdString()));
        const std::string sb(stemmer.stem(Text::foldGerman(b).toStdString()));
        QVERIFY2(sa != sb, qPrintable(QStringLiteral("both stem to %1").arg(QString::fromStdString(sa))));
    }
    void stemsMeet()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        Text::GermanStemmer stemmer;
        const std::string sa(stemmer.stem(Text::foldGerman(a).toStdString()));
        const std::string sb(stemmer.stem(Text::foldGerman(b).toStdString()));
        QCOMPARE(QString::fromStdString(sa), QString::fromStdString(sb));
    }

    void compoundSplits_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("plain") << QStringLiteral("Zollkontrolle")
                               << QStringList {QStringLiteral("zoll"), QStringLiteral("kontrolle")};
        QTest::newRow("inflected last part") << QStringLiteral(
            "Zollkontrollen") << QStringList {QStringLiteral("zoll"), QStringLiteral("kontrollen")};
        QTest::newRow("Zollbeamte") << QStringLiteral("Zollbeamte")
                                    << QStringList {QStringLiteral("zoll"), QStringLiteral("beamte")};
        QTest::newRow("linking s") << QStringLiteral("Ausfuhrgenehmigung")
                                   << QStringList {QStringLiteral("ausfuhr"), QStringLiteral("genehmigung")};
        QTest::newRow("Exportstopp") << QStringLiteral("Exportstopp")
                                     << QStringList {QStringLiteral("export"), QStringLiteral("stopp")};
        QTest::newRow("no nonsense split") << QStringLiteral("Verband") << QStringList {};
        QTest::newRow("no compound") << QStringLiteral("Regierung") << QStringList {};
        QTest::newRow("short word") << QStringLiteral("Zoll") << QStringList {};
        // Proper names stay whole although their pieces are nouns or names.
        QTest::newRow("country") << QStringLiteral("Frankreich") << QStringList {};
        QTest::newRow("country, genitive") << QStringLiteral("Frankreichs") << QStringList {};
        QTest::newRow("city adjective") << QStringLiteral("Frankfurter") << QStringList {};
        QTest::newRow("country in the gazetteer") << QStringLiteral("Nordkorea") << QStringList {};
        QTest::newRow("name Hunspell never compounds") << QStringLiteral("Einstein") << QStringList {};
        QTest::newRow("given name is no part") << QStringLiteral("Frankreise") << QStringList {};
        QTest::newRow("compound with a country") << QStringLiteral(
            "Chinageschäft") << QStringList {QStringLiteral("china"), QStringLiteral("geschaeft")};
    }
    void compoundSplits()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, parts);
        const std::string folded = Text::foldGerman(word).toStdString();
        QStringList found;
        for (const Text::CompoundPart &part : Text::GermanCompoundSplitter().split(folded))
            found.append(QString::fromStdString(folded.substr(part.offset, part.length)));
        QCOMPARE(found.mid(0, parts.size()), parts);
        if (parts.isEmpty())
            QVERIFY(found.isEmpty());
    }

    void compoundLinkingElement()
    {
        // "Bund·es·regierung": either "bundes" is listed as a word or "es" links; the stems meet.
        const std::string folded = Text::foldGerman(u"Bundesregierung").toStdString();
        const auto parts = Text::GermanCompoundSplitter().split(folded);
        QVERIFY(parts.size() >= 2);
        Text::GermanStemmer stemmer;
        QCOMPARE(QString::fromStdString(
                     std::string(stemmer.stem(folded.substr(parts[0].offset, parts[0].length)))),
            QStringLiteral("bund"));
        QCOMPARE(QString::fromStdString(folded.substr(parts[1].offset, parts[1].length)),
            QStringLiteral("regierung"));
    }

    // ASCII runs are lower-cased a run at a time: a text folds as its code points one by one
    // do, whatever the mix of ASCII, umlauts, accents, marks, signs and invalid bytes.
    void foldGermanUtf8FoldsRunsAsSingleCharacters()
    {
        const std::vector<std::string> pieces
            = {"A", "z", "Q", "7", " ", "-", "\xc3\x84", "\xc3\x9f", "\xc3\xa9", "\xc5\x82", "\xcc\x88",
                "\xe2\x82\xac", "\xe1\xba\x9e", "\xf0\x9f\x98\x80", "\x80", "\xff"};
        QRandomGenerator random(21);
        for (int n = 0; n < 5000; ++n) {
            std::string text;
            std::string expected;
            for (int k = int(random.bounded(12)); k > 0; --k) {
                const std::string &piece = pieces[random.bounded(quint32(pieces.size()))];
                text += piece;
                Text::foldGermanUtf8(piece, expected);
            }
            std::string folded = "x"; // appends to what is there
            Text::foldGermanUtf8(text, folded);
            QCOMPARE(QByteArray::fromStdString(folded), QByteArray::fromStdString("x" + expected));
        }
        std::string folded;
        Text::foldGermanUtf8("Die BEH\xc3\x96RDE in K\xc3\xb6ln", folded);
        QCOMPARE(QByteArray::fromStdString(folded), QByteArray("die behoerde in koeln"));
    }

    // Word lists are walked in place, no longer read line by line: the same words come out,
    // trimmed, folded, without blank lines and comments, with or without a final line end.
    void foldedWordList()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("# Kommentar\nZoll\r\n  Behörde \n\n \t\nStraße\n#Nicht\n\tÄrger\tKram\nzoll\nEnde");
        file.close();
        const std::unordered_set<std::string> words = Text::readFoldedWordList(file.fileName());
        std::unordered_set<std::string> expected;
        for (const char *word : {"Zoll", "Behörde", "Straße", "Ärger\tKram", "Ende"}) {
            std::string folded;
            Text::foldGermanUtf8(word, folded);
            expected.insert(folded);
        }
        QCOMPARE(words.size(), expected.size());
        QVERIFY(words == expected);
        QVERIFY(words.count("zoll"));
        QVERIFY(words.count("ende"));
    }

    void nfc()
    {
        QCOMPARE(Text::toNfc(QStringLiteral("Mu\u0308nchen")), QStringLiteral("München"));
        QCOMPARE(Text::toNfc(QStringLiteral("Zoll")), QStringLiteral("Zoll"));
        // Above U+0300 but composed already: returned as it is, without a round trip.
        const QString composed = QStringLiteral("„Zölle“ – 5 € für Å, 😀 und 한국");
        QCOMPARE(Text::toNfc(composed), composed);
        QCOMPARE(Text::toNfc(QStringLiteral("„A\u030Angstro\u0308m“ – 😀")), QStringLiteral("„Ångström“ – 😀"));
        QCOMPARE(Text::toNfc(QStringLiteral("\u1100\u1161\u11A8 \u212B")), QStringLiteral("각 Å"));
    }

    void germanCollation()
    {
        QStringList names {QStringLiteral("Zoll"), QStringLiteral("Ärzte"), QStringLiteral("Alibaba"),
            QStringLiteral("arm"), QStringLiteral("Österreich"), QStringLiteral("Ostasien")};
        Text::sortGerman(names);
        QCOMPARE(names,
            (QStringList {QStringLiteral("Alibaba"), QStringLiteral("arm"), QStringLiteral("Ärzte"),
                QStringLiteral("Ostasien"), QStringLiteral("Österreich"), QStringLiteral("Zoll")}));
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
