// SPDX-License-Identifier: GPL-3.0-or-later
// DATE: temporal expressions, normalised against the publication date. The rules are in
// dategrammar.cpp, one function per kind of expression, and read their words from
// resources/analysis/date-words.tsv; this file runs them over the text and then joins what
// belongs together: a weekday and its date ("Montag, den 12. Januar"), two dates to a range
// ("von Januar bis März 2025" → 2025-01/2025-03), a date and its time of day ("am 3. Mai um
// 14 Uhr" → …T14:00), a relative year and its season ("nächstes Jahr im Sommer").

#include "analysis/candidate.h"
#include "analysis/dategrammar.h"
#include "analysis/tokens.h"

namespace Lagebild::Analysis {

namespace {

// The function words between two dates, as date-words.tsv classes them ("bis zum" = To, Contraction).
bool gapIs(const FinderContext &c, int from, int to, std::initializer_list<WordInfo::Glue> glues)
{
    if (to - from != int(glues.size()))
        return false;
    int k = from;
    for (const WordInfo::Glue g : glues)
        if (c.word(k++).glue != g)
            return false;
    return true;
}

// "12.05." + "20.05.2026": a range end with a year lends it to a start whose year was guessed,
// a year earlier when the start would otherwise come after the end. An end whose year was guessed
// too lends it only where the two guesses put the start after the end ("von Januar bis
// September", published in November: January is nearest in the coming year, September in this).
QString withYearOf(const DateFound &start, const DateFound &end)
{
    if (!start.yearGuessed || start.norm.size() < 7 || end.norm.size() < 4)
        return start.norm;
    if (end.yearGuessed && start.norm <= end.norm.left(start.norm.size()))
        return start.norm;
    int year = end.norm.left(4).toInt();
    if (start.norm.mid(5) > end.norm.mid(5, start.norm.size() - 5))
        --year;
    return QString::number(year) + start.norm.mid(4);
}

// "Dienstag, den 4. November": the date names the day the weekday only repeats.
void joinWeekdays(const FinderContext &c, std::vector<DateFound> &found)
{
    const TokenizedText &text = c.text;
    for (size_t k = 0; k + 1 < found.size(); ++k) {
        DateFound &w = found[k];
        const DateFound &d = found[k + 1];
        if (!w.weekday || d.first <= w.end || !text.is(w.end, u","))
            continue;
        const bool gap
            = d.first == w.end + 1 || (d.first == w.end + 2 && c.word(w.end + 1).glue == WordInfo::Article);
        if (!gap || d.weekday)
            continue;
        w.end = d.end;
        w.norm = d.norm;
        w.day = d.day;
        w.weekday = false;
        w.yearGuessed = d.yearGuessed;
        found.erase(found.begin() + qsizetype(k) + 1);
    }
}

// "von Januar bis März", "zwischen 2020 und 2023", "2010–2015", "von 2019 bis heute".
void joinRanges(const FinderContext &c, std::vector<DateFound> &found)
{
    const TokenizedText &text = c.text;
    for (size_t k = 0; k + 1 < found.size(); ++k) {
        DateFound &a = found[k];
        const DateFound &b = found[k + 1];
        if (b.core <= a.end || text.at(a.end).sentence != text.at(b.core).sentence)
            continue;
        const int from = a.end, to = b.core;
        const bool between = c.has(a.first - 1, WordInfo::RangeStart);
        bool joined = false;
        if (gapIs(c, from, to, {WordInfo::To}) || gapIs(c, from, to, {WordInfo::To, WordInfo::Contraction})
            || ((text.is(from, u"-") || text.is(from, u"–")) && to == from + 1))
            joined = true;
        else if (gapIs(c, from, to, {WordInfo::And})
            || gapIs(c, from, to, {WordInfo::And, WordInfo::Article}))
            joined = between;
        if (!joined)
            continue;
        if (between)
            a.first -= 1;
        a.norm
            = a.norm.isEmpty() || b.norm.isEmpty() ? QString() : withYearOf(a, b) + QLatin1Char('/') + b.norm;
        a.end = b.end;
        a.day = false;
        a.weekday = false;
        a.priority = std::max(a.priority, b.priority);
        found.erase(found.begin() + qsizetype(k) + 1);
    }
}

// "um 14 Uhr", "gegen 8.30 Uhr", "ab 10:30 Uhr" after a day: the time joins span and norm (the
// scan found the time on its own too; that one goes).
void attachTimes(const FinderContext &c, std::vector<DateFound> &found)
{
    for (size_t k = 0; k < found.size(); ++k) {
        DateFound &d = found[k];
        if ((!d.day && !d.weekday) || d.end >= c.text.size()
            || c.word(d.end).glue != WordInfo::ClockPreposition)
            continue;
        int hour = 0, minute = 0;
        const int end = clockAt(c, d.end + 1, hour, minute);
        if (end < 0)
            continue;
        d.end = end;
        if (!d.norm.isEmpty() && d.day)
            d.norm += QStringLiteral("T%1:%2")
                          .arg(hour, 2, 10, QLatin1Char('0'))
                          .arg(minute, 2, 10, QLatin1Char('0'));
        d.priority = std::max(d.priority, int(Priority::Date));
        while (k + 1 < found.size() && found[k + 1].first < d.end)
            found.erase(found.begin() + qsizetype(k) + 1);
    }
}

// "am 3. Mai von 10 bis 12 Uhr": a time range right after a day joins it, each end on that day.
void attachTimeRanges(const FinderContext &c, std::vector<DateFound> &found)
{
    for (size_t k = 0; k + 1 < found.size(); ++k) {
        DateFound &d = found[k];
        const DateFound &t = found[k + 1];
        if (!d.day || !t.timeOfDay || t.first != d.end
            || c.text.at(d.end - 1).sentence != c.text.at(t.first).sentence)
            continue;
        if (!d.norm.isEmpty() && !d.norm.contains(QLatin1Char('T')) && !d.norm.contains(QLatin1Char('/'))) {
            QStringList ends = t.norm.split(QLatin1Char('/'));
            for (QString &e : ends)
                e.prepend(d.norm);
            d.norm = ends.join(QLatin1Char('/'));
        } else {
            d.norm.clear();
        }
        d.end = t.end;
        d.priority = std::max(d.priority, int(Priority::Date));
        found.erase(found.begin() + qsizetype(k) + 1);
    }
}

// "nächstes Jahr im Sommer": the season narrows the year, which keeps the norm.
void joinSeasons(std::vector<DateFound> &found)
{
    for (size_t k = 0; k + 1 < found.size(); ++k) {
        if (found[k + 1].season && found[k + 1].first == found[k].end && found[k].yearLevel) {
            found[k].end = found[k + 1].end;
            found.erase(found.begin() + qsizetype(k) + 1);
        }
    }
}

} // namespace

void findDates(FinderContext &c)
{
    std::vector<DateFound> found = scanDates(c);
    joinWeekdays(c, found);
    joinRanges(c, found);
    joinSeasons(found);
    attachTimes(c, found);
    attachTimeRanges(c, found);
    for (const DateFound &d : found) {
        Mention m;
        m.type = EntityType::Date;
        m.start = c.text.at(d.first).start;
        m.end = c.text.at(d.end - 1).end;
        m.norm = d.norm;
        c.add(d.first, d.end, m, d.priority);
    }
}

} // namespace Lagebild::Analysis
