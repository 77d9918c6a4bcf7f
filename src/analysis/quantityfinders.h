// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The QUANTITY finders, one class per kind of expression (as KItinerary's extractors have one
// finder per kind of thing): each looks at one token and says what quantity starts there, or
// nothing. findQuantities (quantityfinder.cpp) tries them left to right in a fixed order; the
// words they need (units, approximators, number words) come from resources/analysis/.

#include "analysis/candidate.h"
#include "analysis/numbers.h"
#include "analysis/resources.h"

#include <optional>

namespace Lagebild::Analysis {

/// A quantity one finder proposes: tokens [first, end) and the mention (offsets set).
struct QuantityFound
{
    int first = 0;
    int end = 0;
    Mention mention;
};

/// A unit word and the token after it.
struct UnitMatch
{
    UnitWord word;
    int endToken = 0;
};

/// A unit of units.tsv at token i: "Dollar", "US-Dollar", "Prozent", "%", "°C", "Mio.", "TB/s",
/// "Gigabyte pro Sekunde", "-fache".
[[nodiscard]] std::optional<UnitMatch> unitAt(const TokenizedText &text, int i, const Resources &resources);

/// The second unit of a rate after token i's "pro" or "je" (rate-words.tsv): "/h" for "pro Stunde",
/// "/l" for "je Liter", with the token after it.
struct RateMatch
{
    QString per;
    int endToken = 0;
};
[[nodiscard]] std::optional<RateMatch> rateAt(const TokenizedText &text, int i, const Resources &resources);

/// The first token of an approximation phrase (approximators.tsv) ending right before token i
/// in the same sentence, or -1.
[[nodiscard]] int approximatorBefore(const TokenizedText &text, int i, const Resources &resources);

/// The unit of a currency that shares its name with others ("DKK|SEK|NOK|CZK|ISK" for "Kronen",
/// units.tsv): the one the nearest word of currency-countries.tsv before token i names, else the
/// first after it, else the first listed.
[[nodiscard]] QString currencyOfArticle(
    const TokenizedText &text, int i, const QString &alternatives, const Resources &resources);

/// A value counted in a currency's subunit ("20 Cent", multiplier 0.01) in the currency itself
/// (0.2); other units as they are. Divided by the subunits per unit, so that 57 Cent is 0.57, not
/// 0.5700000000000001.
[[nodiscard]] double inMainUnit(double value, const UnitWord &unit);

/// A value as the range strings write it: whole numbers in full, others with ten digits.
[[nodiscard]] QString formatQuantityValue(double value);

/// "der Zwölfjährige": a number word fused with an age suffix, written as a noun (unit year).
class FusedAgeFinder
{
public:
    [[nodiscard]] static std::optional<QuantityFound> find(const FinderContext &context, int token);
};

/// "Müller (52)": a small number alone in parentheses after a capitalised word is an age.
class ParenthesisAgeFinder
{
public:
    [[nodiscard]] static bool isAge(const FinderContext &context, int token, int end, double value);
};

/// "7nm", "96GB": digits and a unit in one word.
class GluedUnitFinder
{
public:
    [[nodiscard]] static std::optional<QuantityFound> find(const FinderContext &context, int token);
};

/// "1/4": a fraction written with digits (a date's slashes stay the date finder's).
class DigitFractionFinder
{
public:
    [[nodiscard]] static std::optional<QuantityFound> find(
        const FinderContext &context, int token, const ParsedNumber &number);
};

/// "zwei Drittel", "ein Viertel": a number word and a fraction noun after it. Returns the
/// fraction's value and the token after the noun.
class FractionNounFinder
{
public:
    struct Fraction
    {
        double value = 0;
        int end = 0;
    };
    [[nodiscard]] static std::optional<Fraction> find(
        const FinderContext &context, int end, const ParsedNumber &number);
};

/// "mehr als dreimal so hoch", "etwa sechsmal": a multiplier with an approximator or "so".
class FactorFinder
{
public:
    [[nodiscard]] static std::optional<QuantityFound> find(
        const FinderContext &context, int token, const ParsedNumber &number);
};

/// "das Dreifache", "um mehr als das Zehnfache": a number word fused with a factor suffix of
/// units.tsv, written as a noun (unit factor).
class FusedFactorFinder
{
public:
    [[nodiscard]] static std::optional<QuantityFound> find(const FinderContext &context, int token);
};

/// "12 bis 15", "zwischen 2 und 3", "12–15": a range after the first number, its scale applied
/// to both ends ("100 bis 300 Milliarden").
class RangeFinder
{
public:
    struct Range
    {
        int first = 0; ///< the number, or "zwischen" before it (then also without a range)
        int end = 0; ///< after the upper number, or after the first when there is no range
        QString value; ///< "12-15"; empty: no range
    };
    [[nodiscard]] static Range find(const FinderContext &context, int token, const ParsedNumber &number);
};

/// "-5 °C", "minus drei Grad": a sign before the number (temperatures, changes).
class SignFinder
{
public:
    /// The sign's token before `token`, or -1.
    [[nodiscard]] static int signBefore(const FinderContext &context, int token);
};

/// "$5", "€ 3", "EUR 500": a currency written before the number.
class CurrencyPrefixFinder
{
public:
    [[nodiscard]] static std::optional<UnitWord> before(const FinderContext &context, int token);
};

/// Everything else a number starts: money, percentages, measures and durations with their unit,
/// scale words, ranges, signs and approximators, and counted objects ("140 Unternehmen" → 140,
/// unit count). Uses the range, sign, currency, fraction-noun and age finders above.
class AmountFinder
{
public:
    [[nodiscard]] static std::optional<QuantityFound> find(
        const FinderContext &context, int token, const ParsedNumber &number);
};

} // namespace Lagebild::Analysis
