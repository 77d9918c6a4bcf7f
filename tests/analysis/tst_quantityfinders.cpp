// SPDX-License-Identifier: GPL-3.0-or-later
// The quantity finders one by one (analysis/quantityfinders.h), before findQuantities orders them
// and the analyzer resolves overlaps: each finder is run at every token of a text and the table
// lists what it proposes ("'span' value unit", "approx" when an approximator opens the span).

#include "analysis/numbers.h"
#include "analysis/quantityfinders.h"
#include "analysis/tokens.h"

#include <QTest>

#include <cmath>
#include <functional>

using namespace Lagebild::Analysis;

namespace {

QString describe(const QString &text, const Mention &m)
{
    const auto number = [](double v) {
        return v == std::floor(v) && std::abs(v) < 1e15 ? QString::number(qint64(v))
                                                        : QString::number(v, 'g', 12);
    };
    const QString value = !m.range.isEmpty() ? m.range : m.value ? number(*m.value) : QStringLiteral("null");
    return QLatin1Char('\'') + text.mid(m.start, m.length()) + QLatin1String("' ") + value + QLatin1Char(' ')
        + (m.unit.isEmpty() ? QStringLiteral("null") : m.unit)
        + (m.approx ? QLatin1String(" approx") : QLatin1String(""));
}

/// Runs `probe` at every token of `text` (published 2025-10-14) and collects what it returns.
QStringList scan(const QString &text, const std::function<QString(const FinderContext &, int)> &probe)
{
    const TokenizedText tokens(text);
    const Resources &resources = Resources::instance();
    TokenClasses classes = TokenClasses::compute(tokens, resources);
    std::vector<Candidate> candidates;
    const FinderContext context {tokens, resources, QDate(2025, 10, 14), candidates,
        std::move(classes.gazetteerMatches), std::move(classes.info)};
    QStringList found;
    for (int i = 0; i < tokens.size(); ++i) {
        const QString s = probe(context, i);
        if (!s.isEmpty())
            found.append(s);
    }
    return found;
}

/// A finder that needs the number parsed at the token first; after a find the scan goes on
/// behind it, as findQuantities does.
QStringList scanNumbers(const QString &text,
    const std::function<std::optional<QuantityFound>(const FinderContext &, int, const ParsedNumber &)>
        &finder)
{
    int next = 0;
    return scan(text, [&text, &finder, &next](const FinderContext &c, int i) -> QString {
        if (i < next)
            return {};
        const auto number = parseNumberAt(c.text, i, c.resources, c.word(i));
        if (!number)
            return {};
        const auto found = finder(c, i, *number);
        if (!found)
            return {};
        next = found->end;
        return describe(text, found->mention);
    });
}

void columns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
}

void row(const char *name, const char16_t *text, QStringList expected)
{
    QTest::newRow(name) << QString::fromUtf16(text) << expected;
}

} // namespace

class TestQuantityFinders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The three digit forms German news writes, read by hand: each value must be the one a
    // decimal parser gives (the fast path divides an exact integer by an exact power of ten).
    void germanDigits_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected"); // QString::toDouble's spelling of the value, or "null"
        const auto add = [](const char *token, const char *expected) {
            QTest::newRow(token) << QString::fromLatin1(token) << QString::fromLatin1(expected);
        };
        add("2025", "2025");
        add("1.234.567,89", "1234567.89");
        add("1.234,5", "1234.5");
        add("123.456", "123456");
        add("12,5", "12.5");
        add("0,1", "0.1");
        add("2.5", "2.5");
        add("1.23", "1.23");
        add("123.45", "123.45");
        add("1234.567", "null");
        add("1.2345", "null");
        add("1.234.56", "null");
        add("1.234,", "null");
        add("12,", "null");
        add(",5", "null");
        add("1,2,3", "null");
        add("1..2", "null");
        add("12a", "null");
        add("123.456.789.012.345.678", "123456789012345678");
        add("9,9999999999999999", "9.9999999999999999");
    }
    void germanDigits()
    {
        QFETCH(QString, token);
        QFETCH(QString, expected);
        const auto value = parseGermanDigits(token);
        if (expected == QLatin1String("null")) {
            QVERIFY(!value);
            return;
        }
        QVERIFY(value);
        QCOMPARE(*value, expected.toDouble());
    }

    void fusedAge_data()
    {
        columns();
        row("noun", u"Der Zwölfjährige lief.", {QStringLiteral("'Zwölfjährige' 12 year")});
        row("compound number", u"Die Dreiundzwanzigjährige siegte.",
            {QStringLiteral("'Dreiundzwanzigjährige' 23 year")});
        row("adjective before a noun", u"Im Dreißigjährigen Krieg fiel er.", {});
        row("no number stem", u"Der Minderjährige schwieg.", {});
    }
    void fusedAge()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(scan(text,
                     [&text](const FinderContext &c, int i) -> QString {
                         const auto f = FusedAgeFinder::find(c, i);
                         return f ? describe(text, f->mention) : QString();
                     }),
            expected);
    }

    void fusedFactor_data()
    {
        columns();
        row("noun", u"Der Umsatz wuchs um das Dreifache.", {QStringLiteral("'Dreifache' 3 factor")});
        row("approximator before the article", u"Er stieg um mehr als das Zehnfache.",
            {QStringLiteral("'mehr als das Zehnfache' 10 factor approx")});
        row("adjective before a noun", u"Der Dreifache Weltmeister kam.", {});
        row("one fold", u"Das Einfache ist gut.", {});
        row("no number stem", u"Das Vielfache davon.", {});
    }
    void fusedFactor()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(scan(text,
                     [&text](const FinderContext &c, int i) -> QString {
                         const auto f = FusedFactorFinder::find(c, i);
                         return f ? describe(text, f->mention) : QString();
                     }),
            expected);
    }

    void parenthesisAge_data()
    {
        columns();
        row("after a name", u"Müller (52) sagte das.", {QStringLiteral("52")});
        row("too old", u"Müller (152) sagte das.", {});
        row("a year", u"Müller (2025) sagte das.", {});
        row("after a lower-case word", u"die anderen (52) kamen.", {});
    }
    void parenthesisAge()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(scan(text,
                     [](const FinderContext &c, int i) -> QString {
                         const auto n = parseNumberAt(c.text, i, c.resources, c.word(i));
                         return n && ParenthesisAgeFinder::isAge(c, i, n->endToken, n->value)
                             ? c.text.view(i).toString()
                             : QString();
                     }),
            expected);
    }

    void gluedUnit_data()
    {
        columns();
        row("nanometres", u"Ein 7nm-Prozess.", {QStringLiteral("'7nm' 7 nm")});
        row("decimal", u"Mit 2,5kW Leistung.", {QStringLiteral("'2,5kW' 2.5 kW")});
        row("gigabytes", u"Sie hat 96GB Speicher.", {QStringLiteral("'96GB' 96 GB")});
        row("not a unit", u"Das Modell X5 kommt.", {});
        row("metres", u"Der Pegel steht bei 4,90m.", {QStringLiteral("'4,90m' 4.9 m")});
        row("kilometres", u"Der Stau ist 10km lang.", {QStringLiteral("'10km' 10 km")});
        row("a model, no unit", u"Der BMW X1 sDrive 18d kommt.", {});
        row("a count suffix, no unit", u"Sie baut auf dem 2er Active Tourer auf.", {});
    }
    void gluedUnit()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(scan(text,
                     [&text](const FinderContext &c, int i) -> QString {
                         const auto f = c.text.at(i).hasDigit ? GluedUnitFinder::find(c, i) : std::nullopt;
                         return f ? describe(text, f->mention) : QString();
                     }),
            expected);
    }

    void digitFraction_data()
    {
        columns();
        row("quarter", u"Etwa 1/4 der Stimmen.", {QStringLiteral("'1/4' 0.25 fraction")});
        row("two thirds", u"Rund 2/3 stimmten zu.", {QStringLiteral("'2/3' 0.666666666667 fraction")});
        row("month and year", u"Zahlen für 03/2025.", {});
        row("date with slashes", u"Am 12/08/15 war es.", {});
        row("improper", u"Der Wert 5/4 ist falsch.", {});
    }
    void digitFraction()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(scanNumbers(text, DigitFractionFinder::find), expected);
    }

    void fractionNoun_data()
    {
        columns();
        row("two thirds", u"Zwei Drittel der Firmen.", {QStringLiteral("0.666666666667")});
        row("article", u"Ein Viertel der Firmen.", {QStringLiteral("0.25")});
        row("digits are no number word", u"Nur 3 Viertel.", {});
    }
    void fractionNoun()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(scan(text,
                     [](const FinderContext &c, int i) -> QString {
                         const auto n = parseNumberAt(c.text, i, c.resources, c.word(i));
                         const auto f = n ? FractionNounFinder::find(c, n->endToken, *n) : std::nullopt;
                         return f ? QString::number(f->value, 'g', 12) : QString();
                     }),
            expected);
    }

    void factor_data()
    {
        columns();
        row("approximator", u"Der Umsatz ist mehr als dreimal so hoch.",
            {QStringLiteral("'mehr als dreimal' 3 factor approx")});
        row("so", u"Er ist sechsmal so groß.", {QStringLiteral("'sechsmal' 6 factor")});
        row("idiom", u"Sie tagt zweimal im Jahr.", {});
    }
    void factor()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(scanNumbers(text,
                     [](const FinderContext &c, int i, const ParsedNumber &n) {
                         return n.times ? FactorFinder::find(c, i, n) : std::nullopt;
                     }),
            expected);
    }

    void range_data()
    {
        columns();
        row("bis", u"Es dauert 12 bis 15 Monate.", {QStringLiteral("'12 bis 15' 12-15")});
        row("dash", u"Es dauert 12–15 Monate.", {QStringLiteral("'12–15' 12-15")});
        row("zwischen", u"Er wächst zwischen 2 und 3 Prozent.", {QStringLiteral("'zwischen 2 und 3' 2-3")});
        row("scale to both ends", u"Es kostet 100 bis 300 Milliarden Euro.",
            {QStringLiteral("'100 bis 300' 100000000000-300000000000")});
        row("years are dates", u"Von 2024 bis 2026 wächst es.", {});
    }
    void range()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(scan(text,
                     [&text](const FinderContext &c, int i) -> QString {
                         const auto n = parseNumberAt(c.text, i, c.resources, c.word(i));
                         if (!n)
                             return QString();
                         const auto r = RangeFinder::find(c, i, *n);
                         if (r.value.isEmpty())
                             return QString();
                         const int start = c.text.at(r.first).start, end = c.text.at(r.end - 1).end;
                         return QLatin1Char('\'') + text.mid(start, end - start) + QLatin1String("' ")
                             + r.value;
                     }),
            expected);
    }

    void sign_data()
    {
        columns();
        row("glued hyphen", u"Es hat -5 °C.", {QStringLiteral("-")});
        row("spoken", u"Es hat minus drei Grad.", {QStringLiteral("minus")});
        row("range hyphen", u"Es dauert 12-15 Tage.", {});
    }
    void sign()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(scan(text,
                     [](const FinderContext &c, int i) -> QString {
                         if (!parseNumberAt(c.text, i, c.resources, c.word(i)))
                             return QString();
                         const int s = SignFinder::signBefore(c, i);
                         return s >= 0 ? c.text.view(s).toString() : QString();
                     }),
            expected);
    }

    void currencyPrefix_data()
    {
        columns();
        row("dollar sign", u"Es kostet $5.", {QStringLiteral("USD")});
        row("ISO code", u"Es kostet EUR 500.", {QStringLiteral("EUR")});
        row("a word is no prefix", u"Der Yuan 5 Jahre lang.", {});
    }
    void currencyPrefix()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(scan(text,
                     [](const FinderContext &c, int i) -> QString {
                         if (c.text.at(i).kind != Token::Number)
                             return QString();
                         const auto u = CurrencyPrefixFinder::before(c, i);
                         return u ? u->unit : QString();
                     }),
            expected);
    }

    void amount_data()
    {
        columns();
        row("money with scale", u"Der Umsatz lag bei rund 4,5 Milliarden Dollar.",
            {QStringLiteral("'rund 4,5 Milliarden Dollar' 4500000000 USD approx")});
        row("percent", u"Der Anteil stieg um 13 Prozent.", {QStringLiteral("'13 Prozent' 13 percent")});
        row("percent sign", u"Er fiel um 2,5 %.", {QStringLiteral("'2,5 %' 2.5 percent")});
        row("count", u"Das betrifft 140 chinesische Unternehmen.", {QStringLiteral("'140' 140 count")});
        row("duration range", u"Das dauert 12 bis 15 Monaten.",
            {QStringLiteral("'12 bis 15 Monaten' 12-15 month")});
        row("temperature", u"Es wird minus drei Grad kalt.", {QStringLiteral("'minus drei Grad' -3 °C")});
        row("measure", u"Die Strecke ist 42 km lang.", {QStringLiteral("'42 km' 42 km")});
        row("number word and scale", u"Es sind zwei Millionen dreihunderttausend Menschen.",
            {QStringLiteral("'zwei Millionen dreihunderttausend' 2300000 count")});
        row("fraction noun", u"Zwei Drittel der Firmen.",
            {QStringLiteral("'Zwei Drittel' 0.666666666667 fraction")});
        row("article alone", u"Ein Mann kam.", {});
        row("age in parentheses", u"Müller (52) sagte das.", {QStringLiteral("'52' 52 year")});
        row("glued age", u"Der 38-Jährige sagte das.", {QStringLiteral("'38-Jährige' 38 year")});
        row("small word alone", u"Gekommen sind alle drei.", {});
        row("a year", u"Im Jahr 2025 stieg er.", {});
        row("price per unit stays money", u"Diesel kostet 2 Euro je Liter.",
            {QStringLiteral("'2 Euro' 2 EUR")});
        row("rate of a time unit", u"Er fährt 230 Kilometern pro Stunde.",
            {QStringLiteral("'230 Kilometern pro Stunde' 230 km/h")});
        row("per noun that is no unit", u"Sie zahlt 23 Dollar je Aktie.",
            {QStringLiteral("'23 Dollar' 23 USD")});
    }
    void amount()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(
            scanNumbers(text,
                [](const FinderContext &c, int i, const ParsedNumber &n) -> std::optional<QuantityFound> {
                    if (n.times)
                        return std::nullopt;
                    return AmountFinder::find(c, i, n);
                }),
            expected);
    }
};

QTEST_GUILESS_MAIN(TestQuantityFinders)
#include "tst_quantityfinders.moc"
