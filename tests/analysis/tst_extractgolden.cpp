// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files for the extraction contract (KItinerary style): every tests/data/extract/NAME.txt
// has NAME.txt.json beside it with the expected `lagebild-cli extract` output (and optionally
// NAME.published with the publication date). On a mismatch the actual output is written to
// NAME.txt.json.fail in the build folder and `diff -u` is printed; review it and copy it over
// the expectation when the change is an improvement.

#include "analysis/analyzer.h"
#include "analysis/extractjson.h"
#include "goldendiff.h"
#include "support/testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Lagebild::Analysis;

class TestExtractGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(Lagebild::Testing::testDataDir() + QStringLiteral("/extract"));
        for (const QString &f : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << f;
    }
    void golden()
    {
        QFETCH(QString, name);
        const QDir dir(Lagebild::Testing::testDataDir() + QStringLiteral("/extract"));
        QFile input(dir.filePath(name));
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(input.readAll());
        QDate published;
        QFile date(dir.filePath(QFileInfo(name).completeBaseName() + QLatin1String(".published")));
        if (date.open(QIODevice::ReadOnly))
            published = QDate::fromString(QString::fromLatin1(date.readAll().trimmed()), Qt::ISODate);
        const QByteArray actual
            = QJsonDocument(toContractJson(name, text, Analyzer().analyze(text, published)))
                  .toJson(QJsonDocument::Indented);
        QFile expected(dir.filePath(name + QLatin1String(".json")));
        QVERIFY2(expected.open(QIODevice::ReadOnly), "every golden input needs NAME.txt.json beside it");
        const QByteArray wanted = expected.readAll();
        if (QJsonDocument::fromJson(wanted) == QJsonDocument::fromJson(actual))
            return;
        QVERIFY(printGoldenDiff(expected.fileName(), actual, name + QLatin1String(".json.fail")));
        QFAIL("extraction output differs from the golden file (diff above)");
    }

    // The line writer spells strings as Qt's JSON writer does, so `extract` prints what it always
    // printed: quotes, backslashes, control characters, non-ASCII, a pair and a lone surrogate.
    void lineWriterSpellsStringsAsQt_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QStringLiteral("Nvidia");
        QTest::newRow("quote and backslash") << QStringLiteral("\"A\\B\"/");
        QTest::newRow("controls") << QString::fromUtf16(u"a\u0001b\bc\fd\ne\rf\tg\u001f");
        QTest::newRow("umlauts and dashes") << QString::fromUtf16(u"Börse – Zoll € ẞ");
        QTest::newRow("surrogate pair") << QString::fromUtf16(u"x\U0001F600y");
        QTest::newRow("lone surrogates") << QString(QChar(0xd800)) + QLatin1Char('a') + QChar(0xdc00);
    }
    void lineWriterSpellsStringsAsQt()
    {
        QFETCH(QString, value);
        const QByteArray wanted = QJsonDocument(
            QJsonObject {{QStringLiteral("entities"), QJsonArray()},
                {QStringLiteral("relations"), QJsonArray()},
                {QStringLiteral("source"),
                    value}}).toJson(QJsonDocument::Compact);
        QCOMPARE(toContractJsonLine(value, QString(), AnalysisResult()), wanted);
    }
};

QTEST_GUILESS_MAIN(TestExtractGolden)
#include "tst_extractgolden.moc"
