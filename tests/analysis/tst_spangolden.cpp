// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files for DATE and QUANTITY spans: every tests/data/spans/NAME.txt has NAME.spans beside
// it listing each DATE (span, norm) and QUANTITY (span, value, unit, "approx") in text order, one a
// line, tab-separated, as ../shared/docs/annotation-guide.md draws the spans (temporal prepositions
// and approximators inside, articles outside); NAME.published holds the publication date when
// there is one. The files were written and checked by hand against the guide: they are the
// reference, not a record of what the engine did. On a difference the diff is printed;
// LAGEBILD_UPDATE_GOLDEN=1 rewrites the files from the engine's output (review the change!).

#include "analysis/analyzer.h"
#include "goldendiff.h"
#include "support/testpaths.h"

#include <QDir>
#include <QTest>

#include <cmath>

using namespace Lagebild::Analysis;

namespace {

QString valueText(const Mention &m)
{
    if (!m.range.isEmpty())
        return m.range;
    if (!m.value)
        return QStringLiteral("null");
    const double v = *m.value;
    return v == std::floor(v) && std::abs(v) < 1e15 ? QString::number(qint64(v))
                                                    : QString::number(v, 'g', 12);
}

QByteArray spanLines(const QString &text, const AnalysisResult &result)
{
    QString out;
    for (const Mention &m : result.mentions) {
        const QString span = text.mid(m.start, m.length());
        if (m.type == EntityType::Date)
            out += QLatin1String("DATE\t") + span + QLatin1Char('\t')
                + (m.norm.isEmpty() ? QStringLiteral("null") : m.norm) + QLatin1Char('\n');
        else if (m.type == EntityType::Quantity)
            out += QLatin1String("QUANTITY\t") + span + QLatin1Char('\t') + valueText(m) + QLatin1Char('\t')
                + (m.unit.isEmpty() ? QStringLiteral("null") : m.unit)
                + (m.approx ? QLatin1String("\tapprox") : QLatin1String("")) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace

class TestSpanGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(Lagebild::Testing::testDataDir() + QStringLiteral("/spans"));
        const QStringList inputs = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(inputs.size() >= 15);
        for (const QString &f : inputs)
            QTest::newRow(qPrintable(f)) << QFileInfo(f).completeBaseName();
    }
    void golden()
    {
        QFETCH(QString, name);
        const QDir dir(Lagebild::Testing::testDataDir() + QStringLiteral("/spans"));
        QFile input(dir.filePath(name + QLatin1String(".txt")));
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(input.readAll());
        QDate published;
        QFile date(dir.filePath(name + QLatin1String(".published")));
        if (date.open(QIODevice::ReadOnly))
            published = QDate::fromString(QString::fromLatin1(date.readAll().trimmed()), Qt::ISODate);
        const QByteArray actual = spanLines(text, Analyzer().analyze(text, published));
        QFile expected(dir.filePath(name + QLatin1String(".spans")));
        if (qEnvironmentVariableIntValue("LAGEBILD_UPDATE_GOLDEN") != 0) {
            QVERIFY(expected.open(QIODevice::WriteOnly | QIODevice::Truncate));
            expected.write(actual);
            return;
        }
        QVERIFY2(expected.open(QIODevice::ReadOnly), "every span input needs NAME.spans beside it");
        if (expected.readAll() == actual)
            return;
        QVERIFY(printGoldenDiff(expected.fileName(), actual, name + QLatin1String(".spans.fail")));
        QFAIL("DATE/QUANTITY spans differ from the golden file (diff above: - expected, + found)");
    }
};

QTEST_GUILESS_MAIN(TestSpanGolden)
#include "tst_spangolden.moc"
