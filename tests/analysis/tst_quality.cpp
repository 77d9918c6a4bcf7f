// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction quality on gold data: the project's own annotated sample corpus (tests/data/gold),
// its articles from fields other than AI chips (tests/data/fields, report-only; tests/data/fields2,
// held out) and, when
// ../shared is present, the seed articles. Prints per-type precision, recall and F1
// (strict span + type), QUANTITY value accuracy and DATE norm accuracy; fails when the engine
// falls below the floors here, which only ever move up.

#include "goldscorer.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestQuality : public QObject
{
    Q_OBJECT

    static void report(const QString &name, const GoldScore &s)
    {
        qInfo().noquote() << QStringLiteral("\n== %1\n").arg(name) + s.table();
        if (qEnvironmentVariableIsSet("LAGEBILD_SHOW_ERRORS")) {
            for (const QString &e : s.errors)
                qInfo().noquote() << e;
        }
    }

private Q_SLOTS:
    void sampleCorpus()
    {
        const GoldScore s = scoreGoldFolder(QStringLiteral(LAGEBILD_TEST_DATA "/gold"));
        report(QStringLiteral("sample corpus gold (33 articles)"), s);
        QVERIFY(s.micro.tp + s.micro.fn > 1000);
        QVERIFY2(s.micro.f1() >= 0.94, qPrintable(QString::number(s.micro.f1())));
        QVERIFY2(s.quantityValueAccuracy() >= 0.97, qPrintable(QString::number(s.quantityValueAccuracy())));
        QVERIFY2(s.dateNormAccuracy() >= 0.93, qPrintable(QString::number(s.dateNormAccuracy())));
    }

    // Project-written articles from eight other fields (docs/analysis.md, "Other-field gold"):
    // a measure of how the engine carries over, reported with only a sanity floor so that it
    // stays a measure and not a target.
    void otherFields()
    {
        const GoldScore s = scoreGoldFolder(QStringLiteral(LAGEBILD_TEST_DATA "/fields"));
        report(QStringLiteral("fields: other-field gold (24 articles)"), s);
        QVERIFY(s.micro.tp + s.micro.fn > 900);
        QVERIFY2(s.micro.f1() > 0.3, qPrintable(QString::number(s.micro.f1())));
    }

    // A second, held-out set from eight more fields (tests/data/fields2/README.md), annotated
    // before the engine was run on it. Nobody tunes on it: report only, errors are not printed.
    void heldOutFields()
    {
        const GoldScore s = scoreGoldFolder(QStringLiteral(LAGEBILD_TEST_DATA "/fields2"));
        qInfo().noquote() << QStringLiteral(
                                 "\n== fields2: held-out gold from eight more fields (16 articles)\n")
                + s.table();
        QVERIFY(s.micro.tp + s.micro.fn > 500);
        QVERIFY2(s.micro.f1() > 0.3, qPrintable(QString::number(s.micro.f1())));
    }

    void seeds()
    {
        const QString dir = QStringLiteral(LAGEBILD_SHARED_DIR "/seeds");
        if (QDir(dir).entryList({QStringLiteral("*.gold.json")}).isEmpty())
            QSKIP("../shared/seeds is not there");
        const GoldScore s = scoreGoldFolder(dir);
        report(QStringLiteral("seed articles"), s);
        QVERIFY2(s.micro.f1() >= 0.95, qPrintable(QString::number(s.micro.f1())));
    }
};

QTEST_GUILESS_MAIN(TestQuality)
#include "tst_quality.moc"
