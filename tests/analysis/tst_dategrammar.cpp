// SPDX-License-Identifier: GPL-3.0-or-later
// The date rules one by one (analysis/dategrammar.h), before the date finder joins weekdays,
// ranges and times: each row names the rule it exercises, a text, a publication date and the
// expressions the scan records ("'span' norm", span with its prepositions).

#include "analysis/dategrammar.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

#include <QTest>

using namespace Lagebild::Analysis;

class TestDateGrammar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *rule, const char16_t *text, const char *published, QStringList expected) {
            QTest::newRow(rule) << QString::fromUtf16(text) << QString::fromLatin1(published) << expected;
        };
        row("numeric: dotted with year", u"Am 21.04.2016 begann es.", "",
            {QStringLiteral("'Am 21.04.2016' 2016-04-21")});
        row("numeric: two-digit year", u"Gemeldet am 23.3.17.", "",
            {QStringLiteral("'am 23.3.17' 2017-03-23")});
        row("numeric: without year", u"Frist ist der 22.04. um Mitternacht.", "2025-10-14",
            {QStringLiteral("'22.04.' 2025-04-22")});
        row("numeric: without year or publication", u"Frist ist der 22.04. um Mitternacht.", "",
            {QStringLiteral("'22.04.' XXXX-04-22")});
        row("numeric: slashes", u"Stand 2015/08/12.", "", {QStringLiteral("'2015/08/12' 2015-08-12")});
        row("numeric: ISO", u"Stand 2025-11-03.", "", {QStringLiteral("'2025-11-03' 2025-11-03")});
        row("numeric: month and year", u"Zahlen für 03/2025.", "", {QStringLiteral("'03/2025' 2025-03")});
        row("numeric: decimal is no date", u"Der Wert liegt bei 4.5 und steigt.", "", {});
        row("dayMonth: written", u"Ab dem 14. Oktober 2025 gilt es.", "",
            {QStringLiteral("'14. Oktober 2025' 2025-10-14")});
        row("dayMonth: ordinal word", u"Wir sehen uns am zweiten Februar.", "2025-10-14",
            {QStringLiteral("'am zweiten Februar' 2026-02-02")});
        row("dayMonth: day range", u"Die Messe läuft vom 1. bis 5. März 2026.", "",
            {QStringLiteral("'vom 1. bis 5. März 2026' 2026-03-01/2026-03-05")});
        row("dayMonth: nth weekday of a month", u"Das Fest ist am ersten Freitag im Juli 2026.", "",
            {QStringLiteral("'am ersten Freitag im Juli 2026' 2026-07-03")});
        row("dayMonth: written quarter", u"Im 1. Quartal 2025 sank es.", "",
            {QStringLiteral("'Im 1. Quartal 2025' 2025-Q1")});
        row("monthName: with year", u"Seit Oktober 2023 gilt das.", "",
            {QStringLiteral("'Seit Oktober 2023' 2023-10")});
        row("monthName: abbreviation", u"Die Zahl vom Okt. 2025 steht.", "",
            {QStringLiteral("'vom Okt. 2025' 2025-10")});
        row("monthName: needs a temporal word", u"Der Mai ist gekommen.", "2025-10-14", {});
        row("monthName: relative year", u"Im August vergangenen Jahres fiel er.", "2025-10-14",
            {QStringLiteral("'Im August vergangenen Jahres' 2024-08")});
        row("quarter: ordinal and year", u"Im dritten Quartal 2025 stieg er.", "",
            {QStringLiteral("'Im dritten Quartal 2025' 2025-Q3")});
        row("quarter: of the previous year", u"Im vierten Quartal des Vorjahres sank er.", "2025-10-14",
            {QStringLiteral("'Im vierten Quartal des Vorjahres' 2024-Q4")});
        row("quarter: fiscal", u"Im ersten Geschäftsquartal stieg er.", "2025-10-14",
            {QStringLiteral("'Im ersten Geschäftsquartal' null")});
        row("quarter: Q and year", u"Der Umsatz in Q3 2024 stieg.", "",
            {QStringLiteral("'Q3 2024' 2024-Q3")});
        row("quarter: half", u"In der ersten Jahreshälfte wuchs sie.", "2025-10-14",
            {QStringLiteral("'In der ersten Jahreshälfte' 2025-H1")});
        row("relative: week ahead", u"Übernächste Woche beginnt es.", "2025-10-14",
            {QStringLiteral("'Übernächste Woche' 2025-W44")});
        row("relative: month back", u"Im vergangenen Monat sank er.", "2025-10-14",
            {QStringLiteral("'Im vergangenen Monat' 2025-09")});
        row("relative: this week's weekday", u"Diesen Freitag entscheidet es.", "2025-10-16",
            {QStringLiteral("'Diesen Freitag' 2025-10-17")});
        row("relative: next weekday", u"Am kommenden Montag wird gewählt.", "2025-10-16",
            {QStringLiteral("'Am kommenden Montag' 2025-10-20")});
        row("relative: fiscal year", u"Im laufenden Geschäftsjahr steigt er.", "2025-10-14",
            {QStringLiteral("'Im laufenden Geschäftsjahr' null")});
        row("relative: quarter stays open", u"Im laufenden Quartal steigt er.", "2025-10-14",
            {QStringLiteral("'Im laufenden Quartal' null")});
        row("relative: without publication", u"Im vergangenen Jahr sank er.", "",
            {QStringLiteral("'Im vergangenen Jahr' null")});
        row("partOfPeriod: month", u"Bis Ende des Monats läuft sie.", "2025-10-14",
            {QStringLiteral("'Bis Ende des Monats' 2025-10")});
        row("partOfPeriod: needs a period", u"Das Ende der Geschichte bleibt offen.", "2025-10-14", {});
        row("shifted: previous month", u"Im Vormonat sank sie.", "2025-10-14",
            {QStringLiteral("'Im Vormonat' 2025-09")});
        row("deictic: with daytime", u"Gestern Abend gab es Streit.", "2025-10-14",
            {QStringLiteral("'Gestern Abend' 2025-10-13")});
        row("deictic: the noun Morgen", u"Der Morgen war grau.", "2025-10-14", {});
        row("season: of a relative year", u"Im Herbst vergangenen Jahres begann es.", "2025-03-12",
            {QStringLiteral("'Im Herbst vergangenen Jahres' 2024")});
        row("weekday: past", u"Das Treffen war am Dienstag.", "2025-10-16",
            {QStringLiteral("'am Dienstag' 2025-10-14")});
        row("weekday: future after bis", u"Bis Freitag muss es stehen.", "2025-10-16",
            {QStringLiteral("'Bis Freitag' 2025-10-17")});
        row("weekday: weekend", u"Am Wochenende wurde gefeiert.", "2025-01-28",
            {QStringLiteral("'Am Wochenende' 2025-01-25/2025-01-26")});
        row("weekday: fused daytime", u"Am Dienstagabend tagte er.", "2025-03-12",
            {QStringLiteral("'Am Dienstagabend' 2025-03-11")});
        row("weekday: in a relative week", u"Am Mittwoch vergangener Woche kam es.", "2025-03-12",
            {QStringLiteral("'Am Mittwoch vergangener Woche' 2025-03-05")});
        row("eventOffset", u"Ein Jahr zuvor war es anders.", "2025-10-14",
            {QStringLiteral("'Ein Jahr zuvor' null")});
        row("ago: days", u"Vor drei Tagen brach es aus.", "2025-10-14",
            {QStringLiteral("'Vor drei Tagen' 2025-10-11")});
        row("ago: vague count", u"Vor wenigen Tagen warnte sie.", "2025-10-14",
            {QStringLiteral("'Vor wenigen Tagen' null")});
        row("timeOfDay", u"Die Sitzung beginnt um 14 Uhr.", "", {QStringLiteral("'um 14 Uhr' T14:00")});
        row("timeOfDay: minutes", u"Der Zug fährt gegen 8.30 Uhr.", "",
            {QStringLiteral("'gegen 8.30 Uhr' T08:30")});
        row("decade", u"Die Regel stammt aus den 1950er-Jahren.", "",
            {QStringLiteral("'1950er-Jahren' 195X")});
        row("year: with year noun", u"Im Geschäftsjahr 2024/25 wuchs er.", "",
            {QStringLiteral("'Im Geschäftsjahr 2024/25' 2024/2025")});
        row("timeRange: von … bis", u"Geöffnet ist von 9 bis 17 Uhr.", "2025-10-14",
            {QStringLiteral("'von 9 bis 17 Uhr' T09:00/T17:00")});
        row("timeRange: zwischen … und", u"Zwischen 14 und 16 Uhr regnet es.", "2025-10-14",
            {QStringLiteral("'Zwischen 14 und 16 Uhr' T14:00/T16:00")});
        row("timeRange: dash", u"Sprechstunde ist 14–16 Uhr.", "2025-10-14",
            {QStringLiteral("'14–16 Uhr' T14:00/T16:00")});
        row("timeRange: minutes", u"Geöffnet von 8.30 bis 18 Uhr.", "2025-10-14",
            {QStringLiteral("'von 8.30 bis 18 Uhr' T08:30/T18:00")});
        row("bareDay: no month, no guess", u"Die Bahn will am 15. ihren Fahrplan zeigen.", "2025-10-14",
            {QStringLiteral("'am 15.' null")});
        row("bareDay: ordinal of a noun", u"Am 15. Spieltag fiel das Tor.", "2025-10-14", {});
        row("deictic: the same day years ago", u"Heute vor einem Jahr begann es.", "2025-10-14",
            {QStringLiteral("'Heute vor einem Jahr' 2024-10-14")});
        row("deictic: yesterday weeks ago", u"Gestern vor zwei Wochen fiel er.", "2025-10-14",
            {QStringLiteral("'Gestern vor zwei Wochen' 2025-09-29")});
        row("eventOffset: spelled number", u"Das war zwei Jahre zuvor.", "2025-10-14",
            {QStringLiteral("'zwei Jahre zuvor' null")});
        row("year: counting things", u"Die Stadt verkaufte 2000 Tickets.", "", {});
        row("year: path segment", u"Siehe www.beispiel.de/2024/05/text dazu.", "", {});
        row("quarter: of the year named before", u"Erst 2026, im vierten Quartal desselben Jahres.",
            "2025-09-19",
            {QStringLiteral("'2026' 2026"), QStringLiteral("'im vierten Quartal desselben Jahres' 2026-Q4")});
        row("quarter: half of a named year", u"Die zweite Hälfte des Jahres wird schwer.", "2025-03-20",
            {QStringLiteral("'zweite Hälfte des Jahres' 2025-H2")});
        row("quarter: half of something else", u"Die zweite Hälfte des Spiels war schwach.", "2025-03-20",
            {});
        row("firstPeriods: quarters", u"In den ersten drei Quartalen stieg er.", "2025-12-06",
            {QStringLiteral("'In den ersten drei Quartalen' 2025-Q1/2025-Q3")});
        row("firstPeriods: months of a year", u"Die ersten neun Monate 2024 waren gut.", "2025-12-06",
            {QStringLiteral("'ersten neun Monate 2024' 2024-01/2024-09")});
        row("firstPeriods: counted from an event", u"In den ersten drei Monaten nach dem Start sank er.",
            "2025-12-06", {});
        row("weekday: the night before it", u"In der Nacht zu Mittwoch brannte es.", "2023-08-17",
            {QStringLiteral("'In der Nacht zu Mittwoch' 2023-08-16")});
        row("weekday: a night between two days", u"In der Nacht von Dienstag auf Mittwoch brannte es.",
            "2023-08-17", {QStringLiteral("'In der Nacht von Dienstag auf Mittwoch' 2023-08-16")});
        row("sameAs: day", u"Am selben Tag kam die Antwort.", "2025-10-14",
            {QStringLiteral("'Am selben Tag' null")});
        row("sameAs: weekday", u"An demselben Freitag kam die Antwort.", "2025-10-14",
            {QStringLiteral("'An demselben Freitag' 2025-10-10")});
        row("sameAs: not a period", u"Er nannte denselben Grund.", "2025-10-14", {});
        row("namedDay: fixed", u"Am Neujahrstag bebte die Erde.", "2024-01-02",
            {QStringLiteral("'Am Neujahrstag' 2024-01-01")});
        row("namedDay: movable", u"Zu Pfingsten 2025 war es warm.", "",
            {QStringLiteral("'Zu Pfingsten 2025' 2025-06-08")});
        row("namedDay: a name", u"Silvester Stallone spielt mit.", "2025-10-14", {});
    }
    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QString, published);
        QFETCH(QStringList, expected);
        const TokenizedText tokens(text);
        const Resources &resources = Resources::instance();
        TokenClasses classes = TokenClasses::compute(tokens, resources);
        std::vector<Candidate> candidates;
        const FinderContext context {tokens, resources, QDate::fromString(published, Qt::ISODate), candidates,
            std::move(classes.gazetteerMatches), std::move(classes.info)};
        QStringList found;
        for (const DateFound &d : scanDates(context)) {
            const int start = tokens.at(d.first).start, end = tokens.at(d.end - 1).end;
            found.append(QLatin1Char('\'') + text.mid(start, end - start) + QLatin1String("' ")
                + (d.norm.isEmpty() ? QStringLiteral("null") : d.norm));
        }
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestDateGrammar)
#include "tst_dategrammar.moc"
