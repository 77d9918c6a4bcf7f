// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

#include "analysis/wordinfo.h"

namespace Lagebild::Analysis {

class TokenizedText;
struct Resources;

struct ParsedNumber
{
    double value = 0;
    int endToken = 0; ///< one past the last token of the number
    bool isWord = false; ///< spelled out ("drei", "einer")
    bool isArticle = false; ///< a form of "ein": a number only before a unit or scale
    bool isZero = false; ///< "null": like an article, or alone as a value ("auf null")
    bool isFraction = false; ///< "Hälfte", "Drittel": the value is a part of a whole
    bool yearLike = false; ///< four digits from 1900 to 2100, no separators
    bool times = false; ///< "dreimal", "sechsmal": a multiplier
    bool spokenDecimal = false; ///< "sieben Komma zwei"
};

/// A spelled-out German number word, folded ("zwoelf", "einhundertdrei", "dreitausendzwei"):
/// number-words.tsv, else ICU's spell-out rules, for words made of number morphemes only.
[[nodiscard]] std::optional<double> parseNumberWord(const QString &folded, const Resources &resources);

/// German digit formats: 421.000 / 4,5 / 1.234,56 / 12 000 (space or no-break space groups).
[[nodiscard]] std::optional<double> parseGermanDigits(QStringView token);

/// A number starting at token `i`: digits, or a number word (ICU's German spell-out rules,
/// plus resources/analysis/number-words.tsv for what they miss).
[[nodiscard]] std::optional<ParsedNumber> parseNumberAt(
    const TokenizedText &text, int i, const Resources &resources, const WordInfo &info);

} // namespace Lagebild::Analysis
