// SPDX-License-Identifier: GPL-3.0-or-later
// DATE: temporal expressions with a preceding temporal preposition, normalised against the
// publication date: "am 14. Oktober 2025" → 2025-10-14, "im dritten Quartal 2025" → 2025-Q3,
// "ab Mai" → the May nearest the publication date, "im vergangenen Jahr" → year − 1.

#include "analysis/candidate.h"
#include "analysis/numbers.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

#include <QRegularExpression>

#include <cmath>

namespace Lagebild::Analysis {

namespace {





bool isYear(const TokenizedText &text, int i, int &year)
{
    if (i >= text.size() || text.at(i).kind != Token::Number || text.view(i).size() != 4)
        return false;
    year = text.view(i).toInt();
    return year >= 1950 && year <= 2100;
}

// The month's year: the one that puts it nearest the publication date.
int nearestYear(int month, const QDate &published)
{
    int best = published.year();
    int bestDistance = 1000;
    for (int y = published.year() - 1; y <= published.year() + 1; ++y) {
        const int distance = std::abs((y * 12 + month) - (published.year() * 12 + published.month()));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = y;
        }
    }
    return best;
}

QString monthNorm(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

struct Found
{
    int first;
    int end;
    QString norm;
};

} // namespace

void findDates(FinderContext &c)
{
    const TokenizedText &text = c.text;
    const QDate pub = c.published;
    static const QRegularExpression numericDate(QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?$)"));
    auto emit = [&](int first, int end, const QString &norm) {
        // A directly preceding temporal preposition belongs to the span, and a second one before
        // Anfang/Mitte/Ende: "seit Mitte September 2020", "bis Ende 2027".
        if (first > 0 && text.at(first - 1).sentence == text.at(first).sentence) {
            const QString &before = text.folded(first - 1);
            if (c.has(first - 1, WordInfo::DatePreposition) && !(before == QLatin1String("bis") && first > 1 && text.folded(first - 2) == QLatin1String("von"))) {
                --first;
                const bool part = before == QLatin1String("anfang") || before == QLatin1String("mitte") || before == QLatin1String("ende");
                if (part && first > 0 && c.has(first - 1, WordInfo::DatePreposition) && text.at(first - 1).sentence == text.at(first).sentence)
                    --first;
            }
        }
        Mention m;
        m.type = EntityType::Date;
        m.start = text.at(first).start;
        m.end = text.at(end - 1).end;
        m.norm = norm;
        c.add(first, end, m, Priority::Date);
    };

    for (int i = 0; i < text.size(); ++i) {
        // Most tokens cannot start a date; tell them apart with the precomputed word classes.
        const WordInfo &w = c.word(i);
        if (text.at(i).kind != Token::Number && !w.month && !w.weekday && !w.ordinal
            && !(w.flags & (WordInfo::DateWord | WordInfo::NumberWord)))
            continue;
        const QString &f = text.folded(i);
        int year = 0;

        // 14.10.2025 (one number token) or 14.10.
        if (text.at(i).kind == Token::Number && text.view(i).count(QLatin1Char('.')) >= 1) {
            QString token = text.view(i).toString();
            int end = i + 1;
            if (end < text.size() && text.is(end, u".") && !text.at(end).spaceBefore && token.count(QLatin1Char('.')) == 1) {
                token += QLatin1Char('.');
                ++end;
            }
            const auto m = numericDate.match(token);
            if (m.hasMatch()) {
                int y = m.capturedView(3).toInt();
                if (m.capturedLength(3) == 2)
                    y += 2000;
                const QDate d(y ? y : 2000, m.capturedView(2).toInt(), m.capturedView(1).toInt());
                if (d.isValid()) {
                    QString norm;
                    if (y)
                        norm = d.toString(Qt::ISODate);
                    else if (pub.isValid())
                        norm = QDate(nearestYear(d.month(), pub), d.month(), d.day()).toString(Qt::ISODate);
                    else
                        norm = QStringLiteral("XXXX-%1-%2").arg(d.month(), 2, 10, QLatin1Char('0')).arg(d.day(), 2, 10, QLatin1Char('0'));
                    emit(i, end, norm);
                    i = end - 1;
                    continue;
                }
            }
        }

        // 14. Oktober [2025]
        if (text.at(i).kind == Token::Number && text.view(i).size() <= 2 && i + 2 < text.size() && text.is(i + 1, u".")) {
            const int day = text.view(i).toInt();
            const int month = c.word(i + 2).month;
            if (month && day >= 1 && day <= 31) {
                int end = i + 3;
                if (isYear(text, end, year))
                    ++end;
                QString norm;
                if (year && QDate(year, month, day).isValid())
                    norm = QDate(year, month, day).toString(Qt::ISODate);
                else if (pub.isValid() && QDate(nearestYear(month, pub), month, day).isValid())
                    norm = QDate(nearestYear(month, pub), month, day).toString(Qt::ISODate);
                else
                    norm = QStringLiteral("XXXX-%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
                emit(i, end, norm);
                i = end - 1;
                continue;
            }
        }

        // Oktober [2025], Okt. 2025: month names and their abbreviations
        if (const int month = c.word(i).month; month && text.at(i).upper && text.view(i).size() >= 3) {
            int end = i + 1;
            // "Okt. 2025": an abbreviation's period belongs to it; "ab Mai." ends a sentence.
            const bool abbreviated = text.view(i).size() <= 4 && text.folded(i) != QLatin1String("mai")
                                     && text.folded(i) != QLatin1String("juni") && text.folded(i) != QLatin1String("juli");
            if (abbreviated && text.is(end, u".") && !text.at(end).spaceBefore)
                ++end;
            QString norm;
            int relative = 0;
            const bool relativeYear = end + 1 < text.size() && text.folded(end + 1) == QLatin1String("jahres")
                                      && [&] {
                                             const QString &r = text.folded(end);
                                             relative = r == QLatin1String("vergangenen") || r == QLatin1String("letzten") ? -1
                                                        : r == QLatin1String("kommenden") || r == QLatin1String("naechsten") ? 1
                                                                                                                             : 0;
                                             return relative != 0 || r == QLatin1String("dieses") || r == QLatin1String("laufenden");
                                         }();
            if (relativeYear) {
                // "September dieses Jahres", "im Mai vergangenen Jahres"
                end += 2;
                if (pub.isValid())
                    norm = monthNorm(pub.year() + relative, month);
            } else if (isYear(text, end, year)) {
                ++end;
                norm = monthNorm(year, month);
            } else {
                // Without a year the month needs a temporal word before it to be a date.
                const bool temporal = i > 0
                                      && (c.has(i - 1, WordInfo::DatePreposition) || text.folded(i - 1) == QLatin1String("im")
                                          || text.folded(i - 1) == QLatin1String("diesen")
                                          || text.folded(i - 1) == QLatin1String("vergangenen"));
                if (!temporal)
                    continue;
                // Without a publication date a month alone stays unresolved (the guide keeps
                // "XXXX-MM-DD" for days whose year alone is missing).
                if (pub.isValid())
                    norm = monthNorm(nearestYear(month, pub), month);
            }
            emit(i, end, norm);
            i = end - 1;
            continue;
        }

        // im dritten Quartal [2025], im ersten Halbjahr 2025
        if (const int q = c.word(i).ordinal; q && i + 1 < text.size()) {
            const QString &noun = text.folded(i + 1);
            const bool quarter = noun == QLatin1String("quartal");
            const bool half = noun == QLatin1String("halbjahr") && q <= 2;
            if (quarter || half) {
                int end = i + 2;
                int y = 0;
                if (isYear(text, end, y))
                    ++end;
                else if (pub.isValid())
                    y = pub.year();
                const QString norm = y ? QStringLiteral("%1-%2%3").arg(y).arg(quarter ? QLatin1Char('Q') : QLatin1Char('H')).arg(q) : QString();
                // "im dritten Quartal": the article before the ordinal is part of the preposition.
                emit(i, end, norm);
                i = end - 1;
                continue;
            }
        }

        // Relative: im vergangenen/kommenden Jahr, im Vorjahr, letzte Woche, gestern …
        {
            auto relativeYear = [&](const QString &word) -> std::optional<int> {
                if (word == QLatin1String("vergangenen") || word == QLatin1String("letzten") || word == QLatin1String("vergangenes")
                    || word == QLatin1String("letztes") || word == QLatin1String("vorigen") || word == QLatin1String("voriges")
                    || word == QLatin1String("letzte") || word == QLatin1String("vergangene") || word == QLatin1String("vorige"))
                    return -1;
                if (word == QLatin1String("kommenden") || word == QLatin1String("naechsten") || word == QLatin1String("kommendes")
                    || word == QLatin1String("naechstes") || word == QLatin1String("kommende") || word == QLatin1String("naechste"))
                    return 1;
                if (word == QLatin1String("laufenden") || word == QLatin1String("diesem") || word == QLatin1String("dieses")
                    || word == QLatin1String("laufende"))
                    return 0;
                return std::nullopt;
            };
            if (i + 1 < text.size()) {
                const QString &unit = text.folded(i + 1);
                if (auto delta = relativeYear(f)) {
                    int first = i;
                    if (i > 0 && (text.folded(i - 1) == QLatin1String("in") || text.folded(i - 1) == QLatin1String("im")
                                  || ((unit == QLatin1String("jahres") || unit == QLatin1String("monats"))
                                      && c.has(i - 1, WordInfo::DatePreposition))))
                        first = i - 1; // "im vergangenen Jahr", "Anfang kommenden Jahres"
                    if (first < i && first > 0 && c.has(first - 1, WordInfo::DatePreposition)
                        && (text.folded(first) == QLatin1String("anfang") || text.folded(first) == QLatin1String("mitte")
                            || text.folded(first) == QLatin1String("ende")))
                        --first;
                    QString norm;
                    if (unit == QLatin1String("jahr") || unit == QLatin1String("jahres")) {
                        if (pub.isValid())
                            norm = QString::number(pub.year() + *delta);
                    } else if (unit == QLatin1String("monat") || unit == QLatin1String("monats")) {
                        if (pub.isValid()) {
                            const QDate d = pub.addMonths(*delta);
                            norm = monthNorm(d.year(), d.month());
                        }
                    } else if (unit == QLatin1String("woche")) {
                        if (pub.isValid()) {
                            int weekYear = 0;
                            const int week = pub.addDays(7 * *delta).weekNumber(&weekYear);
                            norm = QStringLiteral("%1-W%2").arg(weekYear).arg(week, 2, 10, QLatin1Char('0'));
                        }
                    } else if (const int wd = c.word(i + 1).weekday; wd) {
                        // "am vergangenen Dienstag"
                        if (pub.isValid()) {
                            QDate d = pub.addDays(-1);
                            while (d.dayOfWeek() != wd)
                                d = d.addDays(-1);
                            norm = d.toString(Qt::ISODate);
                        }
                    } else if (unit == QLatin1String("monaten") || unit == QLatin1String("wochen") || unit == QLatin1String("jahren")) {
                        // "in den letzten Monaten": a period reaching to now, not resolvable to one value.
                        if (i > 1 && text.folded(i - 1) == QLatin1String("den") && text.folded(i - 2) == QLatin1String("in"))
                            first = i - 2;
                        else
                            continue;
                    } else {
                        continue;
                    }
                    Mention m;
                    m.type = EntityType::Date;
                    m.start = text.at(first).start;
                    m.end = text.at(i + 1).end;
                    m.norm = norm;
                    c.add(first, i + 2, m, Priority::Date);
                    i = i + 1;
                    continue;
                }
            }
            if (f == QLatin1String("vorjahr") && i > 0 && text.folded(i - 1) == QLatin1String("im")) {
                Mention m;
                m.type = EntityType::Date;
                m.start = text.at(i - 1).start;
                m.end = text.at(i).end;
                m.norm = pub.isValid() ? QString::number(pub.year() - 1) : QString();
                c.add(i - 1, i + 1, m, Priority::Date);
                continue;
            }
            static const QHash<QString, int> deictic{{QStringLiteral("gestern"), -1}, {QStringLiteral("heute"), 0},
                                                     {QStringLiteral("morgen"), 1},   {QStringLiteral("vorgestern"), -2}};
            if (auto it = deictic.constFind(f); it != deictic.constEnd() && !text.at(i).upper) {
                Mention m;
                m.type = EntityType::Date;
                m.start = text.at(i).start;
                m.end = text.at(i).end;
                m.norm = pub.isValid() ? pub.addDays(it.value()).toString(Qt::ISODate) : QString();
                c.add(i, i + 1, m, Priority::Weak);
                continue;
            }
        }

        // im Sommer [2025], im Herbst: a season is dated by its year.
        {
            static const QStringList seasons{QStringLiteral("fruehjahr"), QStringLiteral("fruehling"), QStringLiteral("sommer"),
                                             QStringLiteral("herbst"), QStringLiteral("winter")};
            if (text.at(i).upper && seasons.contains(f) && i > 0 && text.folded(i - 1) == QLatin1String("im")) {
                int end = i + 1;
                QString norm;
                if (isYear(text, end, year)) {
                    ++end;
                    norm = QString::number(year);
                } else if (pub.isValid()) {
                    norm = QString::number(pub.year());
                }
                emit(i, end, norm);
                i = end - 1;
                continue;
            }
        }

        // am Dienstag: the most recent such day up to the publication date.
        if (const int wd = c.word(i).weekday; wd && i > 0 && (text.folded(i - 1) == QLatin1String("am") || text.folded(i - 1) == QLatin1String("seit")
                                                             || text.folded(i - 1) == QLatin1String("ab")
                                                             || text.folded(i - 1) == QLatin1String("bis"))) {
            QString norm;
            if (pub.isValid()) {
                QDate d = pub;
                while (d.dayOfWeek() != wd)
                    d = d.addDays(-1);
                norm = d.toString(Qt::ISODate);
            }
            emit(i, i + 1, norm);
            continue;
        }

        // "Ein Jahr zuvor", "einen Tag später": an offset from another event, not resolvable here.
        if (auto n = (text.at(i).kind == Token::Number || c.has(i, WordInfo::NumberWord)) ? parseNumberAt(text, i, c.resources, c.word(i)) : std::nullopt;
            n && n->endToken + 1 < text.size() && !n->yearLike) {
            static const QStringList units{QStringLiteral("tag"), QStringLiteral("tage"), QStringLiteral("woche"),
                                           QStringLiteral("wochen"), QStringLiteral("monat"), QStringLiteral("monate"),
                                           QStringLiteral("jahr"), QStringLiteral("jahre")};
            static const QStringList offsets{QStringLiteral("zuvor"), QStringLiteral("spaeter"), QStringLiteral("danach"),
                                             QStringLiteral("davor"), QStringLiteral("darauf"), QStringLiteral("frueher")};
            if (units.contains(text.folded(n->endToken)) && offsets.contains(text.folded(n->endToken + 1))) {
                Mention m;
                m.type = EntityType::Date;
                m.start = text.at(i).start;
                m.end = text.at(n->endToken + 1).end;
                c.add(i, n->endToken + 2, m, Priority::Date);
                i = n->endToken + 1;
                continue;
            }
        }

        // vor vier Jahren / vor drei Monaten
        if (f == QLatin1String("vor") && i + 2 < text.size()) {
            if (auto n = parseNumberAt(text, i + 1, c.resources, c.word(i + 1)); n && n->endToken < text.size()) {
                const QString &unit = text.folded(n->endToken);
                QString norm;
                bool ok = true;
                if (unit == QLatin1String("jahren") || unit == QLatin1String("jahr"))
                    norm = pub.isValid() ? QString::number(pub.year() - int(n->value)) : QString();
                else if (unit == QLatin1String("monaten") || unit == QLatin1String("monat")) {
                    if (pub.isValid()) {
                        const QDate d = pub.addMonths(-int(n->value));
                        norm = monthNorm(d.year(), d.month());
                    }
                } else if (unit == QLatin1String("wochen") || unit == QLatin1String("woche")) {
                    if (pub.isValid()) {
                        int wy = 0;
                        const int week = pub.addDays(-7 * int(n->value)).weekNumber(&wy);
                        norm = QStringLiteral("%1-W%2").arg(wy).arg(week, 2, 10, QLatin1Char('0'));
                    }
                } else if (unit == QLatin1String("tagen") || unit == QLatin1String("tag")) {
                    norm = pub.isValid() ? pub.addDays(-int(n->value)).toString(Qt::ISODate) : QString();
                } else {
                    ok = false;
                }
                if (ok) {
                    Mention m;
                    m.type = EntityType::Date;
                    m.start = text.at(i).start;
                    m.end = text.at(n->endToken).end;
                    m.norm = norm;
                    c.add(i, n->endToken + 1, m, Priority::Date);
                    i = n->endToken;
                    continue;
                }
            }
        }

        // A year on its own: 2024, seit 2022, Mitte 2024, im Jahr 2024
        if (isYear(text, i, year)) {
            // Not a quantity of something ("2000 Chips") and not a number inside a name ("RTX 2080").
            const bool prev4 = i > 0 && text.at(i - 1).kind == Token::Word && text.at(i - 1).allUpper;
            if (prev4)
                continue;
            int first = i;
            if (i > 0 && text.folded(i - 1) == QLatin1String("jahr")) {
                first = i - 1;
                if (first > 0 && text.folded(first - 1) == QLatin1String("im"))
                    --first;
            }
            if (first == i) {
                emit(i, i + 1, QString::number(year));
            } else {
                Mention m;
                m.type = EntityType::Date;
                m.start = text.at(first).start;
                m.end = text.at(i).end;
                m.norm = QString::number(year);
                c.add(first, i + 1, m, Priority::Date);
            }
        }
    }
}

} // namespace Lagebild::Analysis
