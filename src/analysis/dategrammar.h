// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/candidate.h"

#include <QString>

#include <vector>

namespace Lagebild::Analysis {

/// One temporal expression a date rule found, before ranges, weekdays and times are joined.
struct DateFound
{
    int first = 0; ///< first token, temporal prepositions included ("am", "seit Mitte")
    int core = 0; ///< first token of the expression proper
    int end = 0; ///< one past the last token
    QString norm; ///< empty: not resolvable
    int priority = Priority::Date;
    bool yearGuessed = false; ///< the year came from the publication date, not from the text
    bool day = false; ///< names one day: a time of day may follow
    bool weekday = false; ///< a weekday without a date: a date may follow ("Montag, den 12. Januar")
    bool season = false; ///< "im Sommer"
    bool yearLevel = false; ///< names a year ("nächstes Jahr"): a season may narrow it
    bool timeOfDay = false; ///< only a time or time range ("von 9 bis 17 Uhr"): a day before takes it
};

/// Runs the date rules over the text, left to right, each token claimed by at most one rule.
/// The words come from resources/analysis/date-words.tsv through the tokens' WordInfo.
[[nodiscard]] std::vector<DateFound> scanDates(const FinderContext &context);

/// A time of day from token `i`: "14", "8.30" or "10:30", then "Uhr". Returns the token after
/// "Uhr" and sets hour and minute, or returns -1.
[[nodiscard]] int clockAt(const FinderContext &context, int i, int &hour, int &minute);

/// The same without "Uhr" (the first time of "von 9 bis 17 Uhr"): returns the token after the
/// number, or -1.
[[nodiscard]] int clockNumberAt(const FinderContext &context, int i, int &hour, int &minute);

/// A four-digit number like a year that counts things instead ("2000 Tickets"): a capitalised
/// noun of the lexicon follows and no temporal preposition or year noun stands before it.
[[nodiscard]] bool yearCountsObjects(const FinderContext &context, int token);

} // namespace Lagebild::Analysis
