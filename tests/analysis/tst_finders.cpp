// SPDX-License-Identifier: GPL-3.0-or-later
// Edge cases of the finders as _data tables: each row is a text, an optional publication date
// and the mentions expected, written "TYPE 'text' [value unit approx | norm]".

#include "analysis/analyzer.h"
#include "analysis/tokens.h"

#include <QTest>

using namespace Lagebild::Analysis;

namespace {

QString describe(const QString &text, const Mention &m)
{
    QString d = typeName(m.type) + QLatin1String(" '") + text.mid(m.start, m.length()) + QLatin1Char('\'');
    if (m.type == EntityType::Quantity) {
        const QString value = !m.range.isEmpty() ? m.range
            : m.value                            ? QString::number(*m.value, 'g', 12)
                                                 : QStringLiteral("null");
        d += QLatin1Char(' ') + value + QLatin1Char(' ')
            + (m.unit.isEmpty() ? QStringLiteral("null") : m.unit)
            + (m.approx ? QLatin1String(" approx") : QLatin1String(""));
    } else if (m.type == EntityType::Date) {
        d += QLatin1Char(' ') + (m.norm.isEmpty() ? QStringLiteral("null") : m.norm);
    }
    return d;
}

} // namespace

class TestFinders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mentions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const char16_t *text, const char *published, QStringList expected) {
            QTest::newRow(name) << QString::fromUtf16(text) << QString::fromLatin1(published) << expected;
        };
        row("thousands dot", u"Es wurden fast 421.000 Chips geliefert.", "",
            {QStringLiteral("QUANTITY 'fast 421.000' 421000 count approx")});
        row("decimal comma and scale", u"Der Umsatz lag bei 4,5 Mrd. Euro.", "",
            {QStringLiteral("QUANTITY '4,5 Mrd. Euro' 4500000000 EUR")});
        row("thousands and decimals", u"Das kostet 1.234,56 Euro.", "",
            {QStringLiteral("QUANTITY '1.234,56 Euro' 1234.56 EUR")});
        row("no-break space groups", u"Bis zu 12\u00a0000 Chips.", "",
            {QStringLiteral("QUANTITY 'Bis zu 12\u00a0000' 12000 count approx")});
        row("Mio. at sentence end", u"Die Strafe beträgt 3 Mio. Der Konzern zahlt.", "",
            {QStringLiteral("QUANTITY '3 Mio.' 3000000 null")});
        row("number word and long scale", u"Chips im Wert von fast einer Milliarde Dollar.", "",
            {QStringLiteral("QUANTITY 'fast einer Milliarde Dollar' 1000000000 USD approx")});
        row("range", u"Das dauert 12 bis 15 Monate.", "",
            {QStringLiteral("QUANTITY '12 bis 15 Monate' 12-15 month")});
        row("fraction", u"Zwei Drittel der Firmen stimmten zu.", "",
            {QStringLiteral("QUANTITY 'Zwei Drittel' 0.666666666667 fraction")});
        row("percent", u"Der Anteil stieg um 15 Prozent.", "",
            {QStringLiteral("QUANTITY '15 Prozent' 15 percent")});
        row("process node compound", u"Ein 7-nm-Chip von SMIC.", "",
            {QStringLiteral("QUANTITY '7-nm' 7 nm"), QStringLiteral("COMPANY 'SMIC'")});
        row("year is a date", u"Seit 2022 gelten die Regeln.", "", {QStringLiteral("DATE 'Seit 2022' 2022")});
        row("full date", u"Das Gesetz gilt ab dem 14. Oktober 2025.", "",
            {QStringLiteral("DATE '14. Oktober 2025' 2025-10-14")});
        row("numeric date", u"Stand 14.10.2025 gilt das.", "",
            {QStringLiteral("DATE '14.10.2025' 2025-10-14")});
        row("quarter", u"Im dritten Quartal 2025 stieg der Umsatz.", "",
            {QStringLiteral("DATE 'Im dritten Quartal 2025' 2025-Q3")});
        row("month from publication", u"Die Kontrollen laufen ab Mai.", "2025-10-20",
            {QStringLiteral("DATE 'ab Mai' 2025-05")});
        row("month without publication", u"Die Kontrollen laufen ab Mai.", "",
            {QStringLiteral("DATE 'ab Mai' null")});
        row("previous year", u"Im vergangenen Jahr sank der Absatz.", "2025-03-01",
            {QStringLiteral("DATE 'Im vergangenen Jahr' 2024")});
        row("two prepositions", u"Das gilt seit Mitte September 2020.", "",
            {QStringLiteral("DATE 'seit Mitte September 2020' 2020-09")});
        row("month of this year", u"Seit September dieses Jahres wird geprüft.", "2024-12-03",
            {QStringLiteral("DATE 'Seit September dieses Jahres' 2024-09")});
        row("start of next year", u"Die Fabrik öffnet Anfang kommenden Jahres.", "2023-12-04",
            {QStringLiteral("DATE 'Anfang kommenden Jahres' 2024")});
        row("season", u"Die Regeln kamen im Sommer.", "2025-10-01",
            {QStringLiteral("DATE 'im Sommer' 2025")});
        row("last week", u"Das Ministerium warnte letzte Woche.", "2024-12-10",
            {QStringLiteral("DATE 'letzte Woche' 2024-W49")});
        row("genitive name", u"Nvidias Umsatz wächst.", "", {QStringLiteral("COMPANY 'Nvidias'")});
        row("all caps name", u"NVIDIA liefert.", "", {QStringLiteral("COMPANY 'NVIDIA'")});
        row("hyphenated prefix", u"Die Nvidia-Chips und H20-Chips sind knapp.", "",
            {QStringLiteral("COMPANY 'Nvidia'"), QStringLiteral("PRODUCT 'H20'")});
        row("location prefix is no mention", u"Die US-Exportkontrollen treffen das China-Geschäft.", "", {});
        row("agency compound", u"Das US-Handelsministerium erließ Regeln.", "",
            {QStringLiteral("AGENCY 'US-Handelsministerium'")});
        row("qualified agency", u"Die chinesischen Regulierungsbehörden prüfen.", "",
            {QStringLiteral("AGENCY 'chinesischen Regulierungsbehörden'")});
        row("person government", u"Die Trump-Regierung lockerte die Regeln.", "",
            {QStringLiteral("AGENCY 'Trump-Regierung'")});
        row("unknown person by given name", u"„Das ist klug“, sagte Petra Lindqvist, Analystin.", "",
            {QStringLiteral("PERSON 'Petra Lindqvist'")});
        row("surname later", u"Jensen Huang reiste nach Peking. Huang traf Minister.", "",
            {QStringLiteral("PERSON 'Jensen Huang'"), QStringLiteral("LOCATION 'Peking'"),
                QStringLiteral("PERSON 'Huang'")});
        row("company by legal form", u"Die Nordwind Halbleiter GmbH expandiert.", "",
            {QStringLiteral("COMPANY 'Nordwind Halbleiter GmbH'")});
        row("unseen chip model", u"Nvidia plant den B40 für China.", "",
            {QStringLiteral("COMPANY 'Nvidia'"), QStringLiteral("PRODUCT 'B40'"),
                QStringLiteral("LOCATION 'China'")});
        row("family and model", u"Huawei zeigt den Ascend 920 Chip.", "",
            {QStringLiteral("COMPANY 'Huawei'"), QStringLiteral("PRODUCT 'Ascend 920'")});
        row("abbreviation keeps sentence", u"Firmen wie z. B. Alibaba kaufen.", "",
            {QStringLiteral("COMPANY 'Alibaba'")});
        row("media credit", u"Laut Reuters wurde der Export gestoppt.", "",
            {QStringLiteral("MEDIA 'Reuters'")});
        row("organisation", u"Er lehrt an der National University of Singapore.", "",
            {QStringLiteral("ORGANIZATION 'National University of Singapore'")});
        row("ordinal is no quantity", u"Die dritte Fabrik entsteht.", "", {});
        row("the sentence's article is no part of the name", u"Die Bahn AG plant neue Strecken.", "",
            {QStringLiteral("COMPANY 'Bahn AG'")});
    }
    void mentions()
    {
        QFETCH(QString, text);
        QFETCH(QString, published);
        QFETCH(QStringList, expected);
        const Analyzer analyzer;
        const AnalysisResult result = analyzer.analyze(text, QDate::fromString(published, Qt::ISODate));
        QStringList found;
        for (const Mention &m : result.mentions)
            found.append(describe(text, m));
        QCOMPARE(found, expected);
    }

    // An abbreviation introduced in parentheses is the same entity as the name before it.
    void abbreviationsNameTheirLongForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("abbreviation");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("introduced") << QStringLiteral(
            "Die American International Group (AIG) verkauft Anteile. AIG meldet Gewinne.")
                                    << QStringLiteral("AIG")
                                    << QStringLiteral("American International Group");
        QTest::newRow("small letters")
            << QStringLiteral(
                   "Die Deutsche Gesellschaft für Kulturmanagement (DGfKM) tagt. Die DGfKM lädt ein.")
            << QStringLiteral("DGfKM") << QStringLiteral("Deutsche Gesellschaft für Kulturmanagement");
        QTest::newRow("small letters, fewer capitals") << QStringLiteral(
            "Die Gesellschaft für Innovationsförderung und Wirtschaftsanalyse (GfIW) tagt. Die GfIW meldet.")
                                                       << QStringLiteral("GfIW")
                                                       << QStringLiteral(
                                                              "Gesellschaft für Innovationsförderung und "
                                                              "Wirtschaftsanalyse");
        QTest::newRow("letters differ")
            << QStringLiteral("Die American International Group (ZZB) verkauft Anteile. ZZB meldet Gewinne.")
            << QStringLiteral("ZZB") << QStringLiteral("ZZB");
    }
    void abbreviationsNameTheirLongForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, abbreviation);
        QFETCH(QString, canonical);
        int seen = 0;
        for (const Mention &m : Analyzer().analyze(text, QDate()).mentions) {
            if (text.mid(m.start, m.length()) != abbreviation)
                continue;
            QCOMPARE(m.canonical, canonical);
            ++seen;
        }
        QCOMPARE(seen, 2);
    }

    // A body's name in the genitive files under its nominative (genitive-heads.tsv), so that the
    // entity lists show one entity; an -s that is no listed head's ending stays.
    void bodiesDropTheirGenitive_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("canonical");
        const auto row = [](const char *name, const char *text, const char *surface, const char *canonical) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(surface)
                                << QString::fromUtf8(canonical);
        };
        row("ministry -s", "Huawei steht auf der Entity List des Handelsministeriums.", "Handelsministeriums",
            "Handelsministerium");
        row("office -s", "Der Präsident des Bundeskartellamts warnte.", "Bundeskartellamts",
            "Bundeskartellamt");
        row("office -es, adjective", "Ein Sprecher des Auswärtigen Amtes sagte das.", "Auswärtigen Amtes",
            "Auswärtiges Amt");
        row("neuter adjective", "Die Zahlen des Statistischen Bundesamts sinken.", "Statistischen Bundesamts",
            "Statistisches Bundesamt");
        row("masculine adjective", "Der Bericht des Europäischen Rechnungshofs liegt vor.",
            "Europäischen Rechnungshofs", "Europäischer Rechnungshof");
        row("nominative after the article", "Der Deutsche Ethikrat tagt heute in Berlin.",
            "Deutsche Ethikrat", "Deutscher Ethikrat");
        row("institute before its field", "Die Studie des Instituts für Corporate Governance erschien.",
            "Instituts für Corporate Governance", "Institut für Corporate Governance");
        // Negatives: a feminine head takes no ending, a nominative keeps its words, and an English
        // head's -s is a plural.
        row("feminine head",
            "Die Gesellschaft für Innovationsförderung und Wirtschaftsanalyse prüft den Fall.",
            "Gesellschaft für Innovationsförderung und Wirtschaftsanalyse",
            "Gesellschaft für Innovationsförderung und Wirtschaftsanalyse");
        row("nominative", "Das Institut für Corporate Governance tagt.", "Institut für Corporate Governance",
            "Institut für Corporate Governance");
        row("English plural", "Die National Centers for Health Research warnten.",
            "National Centers for Health Research", "National Centers for Health Research");
        row("English plural of a listed head", "Die National Institutes of Health in Bethesda warnten.",
            "National Institutes of Health", "National Institutes of Health");
        row("adjective not known as one", "Die Studie des Unabhängigen Instituts für Umweltfragen erschien.",
            "Unabhängigen Instituts für Umweltfragen", "Unabhängigen Instituts für Umweltfragen");
    }
    void bodiesDropTheirGenitive()
    {
        QFETCH(QString, text);
        QFETCH(QString, surface);
        QFETCH(QString, canonical);
        QStringList seen;
        for (const Mention &m : Analyzer().analyze(text, QDate()).mentions) {
            seen.append(text.mid(m.start, m.length()));
            if (seen.last() == surface) {
                QCOMPARE(m.canonical, canonical);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no mention '%1' among: %2").arg(surface, seen.join(u'|'))));
    }

    void sentencesAfterAbbreviations()
    {
        const TokenizedText text(QStringLiteral("Der Umsatz stieg um 3 Mrd. Euro. Dr. Schmidt bestätigte das "
                                                "am 14. Oktober. Neue Regeln folgen."));
        QCOMPARE(int(text.sentences().size()), 3);
    }
};

QTEST_GUILESS_MAIN(TestFinders)
#include "tst_finders.moc"
