// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/figureformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Lagebild {

namespace {

class FigureWords
{
    Q_DECLARE_TR_FUNCTIONS(FigureFormat)
};

/// A number as the locale writes it, with at most two decimals and none that are zero.
QString number(double v)
{
    const QLocale locale;
    if (std::abs(v - std::round(v)) < 1e-9 && std::abs(v) < 1e15)
        return locale.toString(qint64(std::llround(v)));
    QString text = locale.toString(v, 'f', std::abs(v) < 10 ? 2 : 1);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(locale.decimalPoint()))
        text.chop(locale.decimalPoint().size());
    return text;
}

/// Large amounts of money with a scale word: "4,5 Mrd.", "600 Mio.".
QString amount(double v)
{
    if (std::abs(v) >= 1e12)
        return FigureWords::tr("%1 trn.").arg(number(v / 1e12));
    if (std::abs(v) >= 1e9)
        return FigureWords::tr("%1 bn.").arg(number(v / 1e9));
    if (std::abs(v) >= 1e6)
        return FigureWords::tr("%1 m.").arg(number(v / 1e6));
    return number(v);
}

QString currencyName(const QString &code)
{
    if (code == QLatin1String("USD"))
        return FigureWords::tr("US dollars");
    if (code == QLatin1String("EUR"))
        return FigureWords::tr("euros");
    if (code == QLatin1String("CNY"))
        return FigureWords::tr("yuan");
    if (code == QLatin1String("JPY"))
        return FigureWords::tr("yen");
    if (code == QLatin1String("GBP"))
        return FigureWords::tr("pounds");
    if (code == QLatin1String("CHF"))
        return FigureWords::tr("Swiss francs");
    if (code == QLatin1String("KRW"))
        return FigureWords::tr("won");
    if (code == QLatin1String("TWD"))
        return FigureWords::tr("Taiwan dollars");
    return {};
}

QString timeSpan(const QString &unit, double v)
{
    const bool whole = std::abs(v - std::round(v)) < 1e-9;
    const int n = whole ? int(std::llround(v)) : 2;
    QString text;
    if (unit == QLatin1String("year"))
        text = FigureWords::tr("%n year(s)", nullptr, n);
    else if (unit == QLatin1String("quarter"))
        text = FigureWords::tr("%n quarter(s)", nullptr, n);
    else if (unit == QLatin1String("month"))
        text = FigureWords::tr("%n month(s)", nullptr, n);
    else if (unit == QLatin1String("week"))
        text = FigureWords::tr("%n week(s)", nullptr, n);
    else if (unit == QLatin1String("day"))
        text = FigureWords::tr("%n day(s)", nullptr, n);
    else if (unit == QLatin1String("hour"))
        text = FigureWords::tr("%n hour(s)", nullptr, n);
    else if (unit == QLatin1String("minute"))
        text = FigureWords::tr("%n minute(s)", nullptr, n);
    else
        return {};
    // A fractional span ("1,5 Jahre"): the plural word after the number as the locale writes it.
    return whole ? text : number(v) + QLatin1Char(' ') + text.section(QLatin1Char(' '), 1);
}

} // namespace

QString fractionInWords(double value)
{
    struct Word
    {
        int numerator;
        int denominator;
        const char *text;
    };
    static const Word words[] = {{1, 2, QT_TRANSLATE_NOOP("FigureFormat", "one half")},
        {1, 3, QT_TRANSLATE_NOOP("FigureFormat", "one third")},
        {2, 3, QT_TRANSLATE_NOOP("FigureFormat", "two thirds")},
        {1, 4, QT_TRANSLATE_NOOP("FigureFormat", "one quarter")},
        {3, 4, QT_TRANSLATE_NOOP("FigureFormat", "three quarters")},
        {1, 5, QT_TRANSLATE_NOOP("FigureFormat", "one fifth")},
        {2, 5, QT_TRANSLATE_NOOP("FigureFormat", "two fifths")},
        {3, 5, QT_TRANSLATE_NOOP("FigureFormat", "three fifths")},
        {4, 5, QT_TRANSLATE_NOOP("FigureFormat", "four fifths")},
        {1, 10, QT_TRANSLATE_NOOP("FigureFormat", "one tenth")}};
    for (const Word &w : words) {
        if (std::abs(value - double(w.numerator) / double(w.denominator)) < 0.005)
            return QCoreApplication::translate("FigureFormat", w.text);
    }
    return {};
}

QString readableUnit(const QString &unit)
{
    if (unit.isEmpty() || unit == QLatin1String("count"))
        return {};
    if (unit == QLatin1String("percent") || unit == QLatin1String("fraction"))
        return FigureWords::tr("share");
    if (unit == QLatin1String("factor"))
        return FigureWords::tr("factor");
    if (const QString name = currencyName(unit); !name.isEmpty())
        return name;
    if (const QString span = timeSpan(unit, 2); !span.isEmpty())
        return span.section(QLatin1Char(' '), 1);
    return unit; // physical units are symbols: GB, nm, MW
}

QString readableFigure(const ReportedFigure &f)
{
    QString text;
    if (!f.value) {
        QString range = f.range;
        range.replace(QLatin1Char('-'), QStringLiteral("–"));
        text = f.unit.isEmpty() || f.unit == QLatin1String("count") ? range
            : f.unit == QLatin1String("percent")                    ? FigureWords::tr("%1 %").arg(range)
                                                 : range + QLatin1Char(' ') + readableUnit(f.unit);
    } else {
        const double v = *f.value;
        if (f.unit == QLatin1String("count"))
            text = FigureWords::tr("%1 units").arg(number(v));
        else if (f.unit == QLatin1String("percent"))
            text = FigureWords::tr("%1 %").arg(number(v));
        else if (f.unit == QLatin1String("fraction")) {
            // Written as words in the text, so exact as written: no "about".
            if (const QString words = fractionInWords(v); !words.isEmpty())
                return words;
            text = FigureWords::tr("%1 %").arg(number(v * 100));
        } else if (f.unit == QLatin1String("factor"))
            text = FigureWords::tr("%1-fold").arg(number(v));
        else if (const QString name = currencyName(f.unit); !name.isEmpty())
            text = amount(v) + QLatin1Char(' ') + name;
        else if (const QString span = timeSpan(f.unit, v); !span.isEmpty())
            text = span;
        else
            text = f.unit.isEmpty() ? number(v) : number(v) + QLatin1Char(' ') + f.unit;
    }
    // The approximation in words, as the sentence had it: "rund 421.000 Stück".
    return f.approx ? FigureWords::tr("about %1").arg(text) : text;
}

} // namespace Lagebild
