// SPDX-License-Identifier: GPL-3.0-or-later
// The project's case corpus for numbers, quantities and dates (tests/data/cases/*.tsv): each row is
// a category, a publication date, a text and the QUANTITY and DATE mentions expected. A case
// passes when exactly those mentions are found (span, value, unit, approx, norm). The pass rate
// per category is printed; the test fails when a category falls below its floor in
// tests/data/cases/floors.tsv, so the floors record what works and only ever go up. A case that
// fails must be listed in known-failures.tsv with the reason (its text, a tab, the reason); a
// listed case that passes must leave the list. LAGEBILD_CASES_VERBOSE=1 prints every failing case
// with what was found.

#include "analysis/analyzer.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cmath>
#include <map>

using namespace Lagebild::Analysis;

namespace {

QString describe(const QString &text, const Mention &m)
{
    QString d = typeName(m.type) + QLatin1String(" '") + text.mid(m.start, m.length()) + QLatin1Char('\'');
    if (m.type == EntityType::Quantity) {
        // Whole numbers in full ("10000000000000"), others with twelve significant digits.
        const auto number = [](double v) {
            return v == std::floor(v) && std::abs(v) < 1e15 ? QString::number(qint64(v))
                                                            : QString::number(v, 'g', 12);
        };
        const QString value = !m.range.isEmpty() ? m.range
            : m.value                            ? number(*m.value)
                                                 : QStringLiteral("null");
        d += QLatin1Char(' ') + value + QLatin1Char(' ')
            + (m.unit.isEmpty() ? QStringLiteral("null") : m.unit)
            + (m.approx ? QLatin1String(" approx") : QLatin1String(""));
    } else {
        d += QLatin1Char(' ') + (m.norm.isEmpty() ? QStringLiteral("null") : m.norm);
    }
    return d;
}

QStringList dataLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
            lines.append(line);
    return lines;
}

struct Tally
{
    int passed = 0;
    int total = 0;
};

} // namespace

class TestCases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpus()
    {
        const QDir dir(Lagebild::Testing::testDataDir() + QStringLiteral("/cases"));
        const bool verbose = qEnvironmentVariableIntValue("LAGEBILD_CASES_VERBOSE") != 0;
        const Analyzer analyzer;
        std::map<QString, Tally> tallies;
        std::map<QString, QString> known; // text → why it fails
        for (const QString &line : dataLines(dir.filePath(QStringLiteral("known-failures.tsv"))))
            known[line.section(QLatin1Char('\t'), 0, 0)] = line.section(QLatin1Char('\t'), 1);
        QStringList unexpected, fixed;
        int cases = 0;
        for (const QString &name : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name)) {
            if (name == QLatin1String("floors.tsv") || name == QLatin1String("known-failures.tsv"))
                continue;
            for (const QString &line : dataLines(dir.filePath(name))) {
                const QStringList cols = line.split(QLatin1Char('\t'));
                QVERIFY2(
                    cols.size() == 4, qPrintable(name + QLatin1String(": four columns expected: ") + line));
                const QString &text = cols[2];
                const QDate published = QDate::fromString(cols[1], Qt::ISODate);
                QStringList expected;
                for (const QString &e : cols[3].split(QLatin1String(" ; "), Qt::SkipEmptyParts))
                    expected.append(e.trimmed());
                QStringList found;
                for (const Mention &m : analyzer.analyze(text, published).mentions)
                    if (m.type == EntityType::Quantity || m.type == EntityType::Date)
                        found.append(describe(text, m));
                Tally &t = tallies[cols[0]];
                ++t.total;
                ++cases;
                const bool listed = known.count(text) != 0;
                if (found == expected) {
                    ++t.passed;
                    if (listed)
                        fixed.append(text);
                } else if (listed) {
                    qInfo().noquote() << "known failure:" << text << "--" << known[text];
                } else {
                    unexpected.append(text);
                }
                if (found != expected && verbose)
                    qInfo().noquote()
                        << cols[0] << "|" << text << "\n    expected:" << expected.join(QLatin1String(" ; "))
                        << "\n    found:   " << found.join(QLatin1String(" ; "));
            }
        }
        QVERIFY2(cases >= 400, "the case corpus holds at least 400 cases");

        std::map<QString, double> floors;
        for (const QString &line : dataLines(dir.filePath(QStringLiteral("floors.tsv")))) {
            const QStringList cols = line.split(QLatin1Char('\t'));
            floors[cols.value(0)] = cols.value(1).toDouble();
        }
        int passed = 0;
        QStringList below;
        for (const auto &[category, t] : tallies) {
            const double rate = double(t.passed) / t.total;
            passed += t.passed;
            const double floor = floors.count(category) ? floors[category] : 1.0;
            qInfo().noquote() << QStringLiteral("%1 %2/%3 = %4 (floor %5)")
                                     .arg(category, -18)
                                     .arg(t.passed, 3)
                                     .arg(t.total, 3)
                                     .arg(rate, 0, 'f', 2)
                                     .arg(floor, 0, 'f', 2);
            if (rate + 1e-9 < floor)
                below.append(category);
        }
        qInfo().noquote() << QStringLiteral("%1 %2/%3 = %4")
                                 .arg(QStringLiteral("all"), -18)
                                 .arg(passed, 3)
                                 .arg(cases, 3)
                                 .arg(double(passed) / cases, 0, 'f', 2);
        QVERIFY2(unexpected.isEmpty(),
            qPrintable(QLatin1String("failing and not in known-failures.tsv: ")
                + unexpected.join(QLatin1String(" | "))));
        QVERIFY2(fixed.isEmpty(),
            qPrintable(QLatin1String("passing now, remove from known-failures.tsv: ")
                + fixed.join(QLatin1String(" | "))));
        QVERIFY2(below.isEmpty(),
            qPrintable(QLatin1String("below the floor: ") + below.join(QLatin1String(", "))));
    }
};

QTEST_GUILESS_MAIN(TestCases)
#include "tst_cases.moc"
