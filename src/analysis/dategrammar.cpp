// SPDX-License-Identifier: GPL-3.0-or-later
// The date rules, one method per kind of expression. Each looks at a token, and when an
// expression starts there, records it with its norm and tells the scan where it ended. The
// German words, function words included ("des", "bis zum", "um … Uhr"), are classes from
// resources/analysis/date-words.tsv (WordInfo), so the rules name no German word.

#include "analysis/dategrammar.h"

#include "analysis/numbers.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "syntax/syntaxmodel.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Lagebild::Analysis {

namespace {

QString isoDay(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString monthNorm(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

QString weekNorm(const QDate &d)
{
    int year = 0;
    const int week = d.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
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

// A period counted from the publication date: "vergangenes Quartal", "nächstes Jahr".
QString shiftedPeriod(WordInfo::Period period, int offset, const QDate &pub)
{
    if (!pub.isValid())
        return {};
    switch (period) {
    case WordInfo::Week:
        return weekNorm(pub.addDays(7 * offset));
    case WordInfo::Month: {
        const QDate d = pub.addMonths(offset);
        return monthNorm(d.year(), d.month());
    }
    case WordInfo::Quarter:
        // "im laufenden Quartal", "im Vorquartal": in company news mostly a fiscal quarter,
        // which the calendar does not give (the project's gold keeps these null).
        return {};
    case WordInfo::Half: {
        const int index = pub.year() * 2 + (pub.month() - 1) / 6 + offset;
        return QStringLiteral("%1-H%2").arg(index / 2).arg(index % 2 + 1);
    }
    case WordInfo::Year: // "vor zweitausend Jahren" is history, not a calendar year we write
        return pub.year() + offset >= 1000 && pub.year() + offset <= 9999
            ? QString::number(pub.year() + offset)
            : QString();
    case WordInfo::Decade: // "im vergangenen Jahrzehnt": 201X, as "die 2010er Jahre"
        return QString::number(pub.year() / 10 + offset) + QLatin1Char('X');
    case WordInfo::EventDay: // "am nächsten Tag": the day after an event, not after publication
    case WordInfo::FiscalQuarter:
    case WordInfo::Span: // "im Vorjahreszeitraum": a period the text names elsewhere
    case WordInfo::HalfOf:
    case WordInfo::NoPeriod:
        break;
    }
    return {};
}

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm), from which the movable
// feasts are counted.
QDate easterSunday(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

class DateScanner
{
public:
    explicit DateScanner(const FinderContext &c) : c(c), text(c.text), pub(c.published) { }

    std::vector<DateFound> run()
    {
        for (int i = 0; i < text.size(); ++i) {
            // Most tokens cannot start a date; tell them apart with the precomputed word classes.
            const Token &t = text.at(i);
            const WordInfo &w = c.word(i);
            if (t.kind != Token::Number && !w.month && !w.weekday && !w.ordinal && !t.hasDigit
                && !w.holidayMonth && !w.holidayPhrase
                && !(w.flags & (WordInfo::DateWord | WordInfo::NumberWord | WordInfo::Anaphoric))
                && !c.has(i + 2, WordInfo::EventOffset))
                continue;
            if (timeRange(i) || numeric(i) || dayMonth(i) || bareDay(i) || monthName(i) || quarter(i)
                || relative(i) || sameAs(i) || partOfPeriod(i) || shifted(i) || deictic(i) || season(i)
                || namedDay(i) || weekday(i) || eventOffset(i) || ago(i) || soon(i) || decade(i)
                || timeOfDay(i) || year(i))
                continue;
        }
        return std::move(found);
    }

private:
    const FinderContext &c;
    const TokenizedText &text;
    const QDate pub;
    std::vector<DateFound> found;
    mutable int taggedSentence = -1; ///< the sentence sentenceTags holds (endsInInfinitive)
    mutable std::vector<quint8> sentenceTags;

    [[nodiscard]] QStringView f(int i) const
    {
        return i >= 0 && i < text.size() ? text.folded(i) : QStringView();
    }
    [[nodiscard]] WordInfo::Glue glue(int i) const { return c.word(i).glue; }
    [[nodiscard]] bool sameSentence(int a, int b) const { return text.at(a).sentence == text.at(b).sentence; }

    // A year standing alone from 1950; after a day and month, where nothing else fits, from 1800.
    bool isYear(int i, int &year, int earliest = 1950) const
    {
        if (i >= text.size() || text.at(i).kind != Token::Number || text.view(i).size() != 4)
            return false;
        const int value = text.view(i).toInt();
        if (value < earliest || value > 2100)
            return false;
        year = value;
        return true;
    }

    // The temporal prepositions before an expression belong to its span: "im", "seit Mitte",
    // "bis zum", "in der"; a bare article does not ("ab dem 14. Oktober" → "14. Oktober"), nor does
    // an approximator (the guide keeps only temporal prepositions: "frühestens im kommenden Jahr"
    // → "im kommenden Jahr", "bis spätestens Ende Juni" → "Ende Juni").
    int prefixStart(int core) const { return prepositionsBefore(core); }

    int prepositionsBefore(int core) const
    {
        int first = core;
        // "in der", and before a word "ab dem", "seit dem" ("ab dem kommenden Jahr", as the guide's
        // "in den letzten Monaten"); before a calendar date, in digits or an ordinal word, the
        // article stays out ("ab dem 1. August" → "1. August").
        if (first >= 2 && glue(first - 1) == WordInfo::Article
            && (glue(first - 2) == WordInfo::In
                || (c.has(first - 2, WordInfo::DatePreposition) && !c.has(first - 2, WordInfo::DatePart)
                    && glue(first - 2) != WordInfo::To && c.word(core).ordinal == 0))
            && text.at(core).kind == Token::Word && sameSentence(first - 2, core))
            return first - 2;
        if (first >= 1 && glue(first - 1) == WordInfo::In
            && (c.has(core, WordInfo::RelativeWord) || c.word(core).yearNoun)
            && sameSentence(first - 1, core)) {
            --first; // "in diesem Jahr", "bis ins kommende Jahr"
            if (first >= 1 && c.has(first - 1, WordInfo::DatePreposition) && sameSentence(first - 1, core))
                --first;
            return first;
        }
        if (first >= 1 && c.has(first - 1, WordInfo::DatePreposition) && sameSentence(first - 1, core)) {
            --first;
            const bool part = c.has(first, WordInfo::DatePart);
            const bool contracted = glue(first) == WordInfo::Contraction;
            if (part && first > 0 && c.has(first - 1, WordInfo::DatePreposition)
                && sameSentence(first - 1, core))
                --first;
            else if (contracted && first > 0 && glue(first - 1) == WordInfo::To
                && sameSentence(first - 1, core))
                --first;
        }
        return first;
    }

    DateFound &add(int core, int end, QString norm, int first = -1)
    {
        DateFound d;
        d.core = core;
        d.first = first >= 0 ? first : prefixStart(core);
        d.end = end;
        d.norm = std::move(norm);
        found.push_back(d);
        return found.back();
    }

    // The year of a month named without one. After "seit" the latest on or before the publication
    // month; in a sentence told in the past ("hatte im Januar … übernommen") the latest too; after
    // "bis" the next on or after it ("bis Ende März"), unless the month ends a range ("von Januar
    // bis September"), and in a sentence told in the future ("im Mai soll … beginnen") the next
    // too; else the nearest. `before` is the token before the expression.
    enum class YearChoice { Latest, Next, Nearest };
    [[nodiscard]] YearChoice yearChoice(int before) const
    {
        int k = before;
        while (k >= 0 && k > before - 3
            && (c.has(k, WordInfo::DatePart) || c.has(k, WordInfo::DateApproximator)
                || glue(k) == WordInfo::Article || glue(k) == WordInfo::Contraction))
            --k;
        const Told told = toldFrom(before + 1);
        if ((k >= 0 && c.has(k, WordInfo::PastOnset)) || told == Told::Past)
            return YearChoice::Latest;
        const bool rangeEnd = !found.empty() && found.back().end == k;
        if ((k >= 0 && !rangeEnd && c.has(k, WordInfo::UntilOnset)) || told == Told::Future)
            return YearChoice::Next;
        return YearChoice::Nearest;
    }
    [[nodiscard]] int yearOfMonth(int month, int before) const
    {
        // "Uniper hatte Gazprom im Jahr 2022 verklagt, nachdem … Ende August …": a year written
        // earlier in the sentence places the month (the guide: "from an explicit year nearby").
        if (const int written = yearWrittenBefore(before + 1))
            return written;
        switch (yearChoice(before)) {
        case YearChoice::Latest:
            return pub.year() - (month > pub.month() ? 1 : 0);
        case YearChoice::Next:
            return pub.year() + (month < pub.month() ? 1 : 0);
        case YearChoice::Nearest:
            break;
        }
        return nearestYear(month, pub);
    }
    // The year of the last date before token i in its sentence that has its year written in
    // digits ("im Jahr 2022", "im März 2021"; not "am Dienstag", placed by the publication date), or 0.
    // Not one after "seit", "ab" or "bis": that names a stretch of time up to or from now ("seit
    // 2022 verboten, und im September …" is this September). A year must be the time of the
    // clause: introduced by a preposition of its own ("im Jahr 2022"), or bare in a clause told in
    // the past ("hatte 2022 geklagt"); not an attribute or goal of something coming ("die 1998
    // gegründete Firma will im Mai …", "der Plan für 2030 wird im März …"), nor a bound ("vor 2020").
    [[nodiscard]] int yearWrittenBefore(int i) const
    {
        for (auto it = found.rbegin(); it != found.rend(); ++it) {
            if (it->end > i || !sameSentence(it->first, i))
                break;
            const QString &norm = it->norm;
            if (it->yearGuessed || norm.size() < 4 || !norm.at(0).isDigit() || norm.contains(QLatin1Char('/'))
                || c.has(it->first, WordInfo::PastOnset) || c.has(it->first, WordInfo::FutureOnset))
                continue;
            const bool withMonth = norm.size() >= 7;
            if (!withMonth
                && (c.has(it->first, WordInfo::Ago) || (it->first >= it->core && !toldInThePast(it->core))))
                continue;
            for (int k = it->core; k < it->end; ++k)
                if (text.at(k).kind == Token::Number && text.view(k).size() == 4
                    && text.view(k) == QStringView(norm).left(4))
                    return norm.left(4).toInt();
        }
        return 0;
    }

    // The same for a named day, by the day: "seit Heiligabend" on 10 December is last year's,
    // "bis Ostern" after Easter next year's.
    template<typename DayIn> [[nodiscard]] int yearOfDay(const DayIn &dayIn, int before) const
    {
        const int y = pub.year();
        switch (yearChoice(before)) {
        case YearChoice::Latest:
            return dayIn(y) > pub ? y - 1 : y;
        case YearChoice::Next:
            return dayIn(y) < pub ? y + 1 : y;
        case YearChoice::Nearest:
            break;
        }
        int best = y;
        for (const int candidate : {y - 1, y + 1})
            if (std::abs(dayIn(candidate).daysTo(pub)) < std::abs(dayIn(best).daysTo(pub)))
                best = candidate;
        return best;
    }

    // The year of a season named without one, placed by its month: after "seit" or in a sentence
    // told in the past the latest on or before the publication month, after "ab" or "bis" or in a
    // sentence told in the future the next ("ab dem Frühjahr" in October: next spring), else the
    // publication's year.
    [[nodiscard]] int yearOfSeason(int month, int before) const
    {
        int k = before;
        while (k >= 0 && k > before - 3 && (glue(k) == WordInfo::Article || glue(k) == WordInfo::Contraction))
            --k;
        const Told told = toldFrom(before + 1);
        if ((k >= 0 && c.has(k, WordInfo::PastOnset)) || told == Told::Past)
            return pub.year() - (month > pub.month() ? 1 : 0);
        if ((k >= 0 && c.has(k, WordInfo::FutureOnset)) || told == Told::Future)
            return pub.year() + (month < pub.month() ? 1 : 0);
        return pub.year();
    }

    // When the clause around token i happens, by its auxiliaries and modals: between the commas,
    // colons and semicolons that bound it inside its sentence ("Der Vertrag, der im Januar
    // unterzeichnet wurde, läuft bis Ende März": the relative clause does not tell the main
    // clause's tense). Past: an auxiliary in the past ("hatte", "wurde"); else Future: a modal of
    // something coming ("will … vorlegen", "soll … beginnen"), unless an auxiliary of the perfect
    // makes it done ("soll … verkauft haben"); else Present. The perfect alone tells no past here:
    // its dates are as often those of what was announced ("hat eine Zinserhöhung im April in den
    // Raum gestellt", "bis Januar nachgeholt haben").
    enum class Told { Present, Past, Future };
    [[nodiscard]] Told toldAt(int i) const
    {
        const int sentence = text.at(i).sentence;
        const auto bound = [&](int k) {
            return text.at(k).sentence != sentence || text.is(k, u",") || text.is(k, u";")
                || text.is(k, u":");
        };
        bool future = false;
        bool perfect = false;
        bool perfectAtEnd = false;
        bool werden = false;
        std::vector<quint64> particles; // those the clause's scheduled verbs need at its end
        const auto past = [&](int k) {
            const WordInfo &w = c.word(k);
            if (w.tense == WordInfo::Future) {
                const auto particle = c.resources.futureParticles.find(text.hash(k));
                if (particle == c.resources.futureParticles.end())
                    future = true;
                else
                    particles.push_back(particle->second);
            }
            werden = werden || w.tense == WordInfo::FutureWithInfinitive;
            perfect = perfect || w.tense == WordInfo::Perfect;
            perfectAtEnd = perfectAtEnd
                || (w.tense == WordInfo::PerfectAtEnd
                    && (k + 1 >= text.size() || text.at(k + 1).kind == Token::Punct));
            return w.has(WordInfo::PastTense);
        };
        int first = i;
        for (; first >= 0 && !bound(first); --first)
            if (past(first))
                return Told::Past;
        int end = i + 1;
        for (; end < text.size() && !bound(end); ++end)
            if (past(end))
                return Told::Past;
        int last = end - 1;
        while (last > first && text.at(last).kind != Token::Word)
            --last;
        future = future
            || (last > first
                && std::find(particles.begin(), particles.end(), text.hash(last)) != particles.end());
        // "wird am Montag in Berlin sein", "wird bis Montag abgeschlossen sein": after "werden" a
        // closing "sein" is the future's infinitive, not a perfect that makes it done.
        if (werden && !perfect && endsInInfinitive(first + 1, end))
            return Told::Future;
        return future && !perfect && !perfectAtEnd ? Told::Future : Told::Present;
    }
    // Whether the clause over tokens [first, end) has a form of "werden" as its finite verb and
    // puts an infinitive last among its verbs that are not finite: "wird am Montag vorlegen", "dass
    // er am Montag vorlegen wird", "wird am Montag vorgelegt werden" are the future, "wird am Montag
    // vorgelegt", "die am Montag vorgelegt werden" the passive, which tells no time. The word forms
    // do not tell ("vergeben", "beschlossen", "abgeben"): the tagger reads them in their sentence.
    [[nodiscard]] bool endsInInfinitive(int first, int end) const
    {
        const int sentence = text.at(first).sentence;
        int from = first;
        while (from > 0 && text.at(from - 1).sentence == sentence)
            --from;
        int to = end;
        while (to < text.size() && text.at(to).sentence == sentence)
            ++to;
        const Syntax::SyntaxModel &model = Syntax::SyntaxModel::bundled();
        if (model.isEmpty())
            return false;
        // Tagged once per sentence: its dates ask one after the other (toldAt, toldFrom).
        if (sentence != taggedSentence) {
            std::vector<QStringView> words;
            for (int k = from; k < to; ++k)
                words.push_back(text.view(k));
            std::vector<Syntax::WordFeatures> features;
            Syntax::wordFeatures(words, features);
            model.tagger().tag(features, sentenceTags);
            taggedSentence = sentence;
        }
        const std::vector<quint8> &tags = sentenceTags;
        // "können … vorstellig werden": the infinitive of "werden" after a modal tells nothing;
        // a form of it must be the clause's finite verb.
        bool finite = false;
        for (int k = first; k < end; ++k) {
            const Syntax::VerbForm form = Syntax::TagSet::tag(tags[size_t(k - from)]).verbForm;
            finite = finite
                || (c.word(k).tense == WordInfo::FutureWithInfinitive
                    && (form == Syntax::VerbForm::Finite || form == Syntax::VerbForm::Subjunctive));
        }
        if (!finite)
            return false;
        for (int k = end - 1; k >= first; --k) {
            const Syntax::Tag tag = Syntax::TagSet::tag(tags[size_t(k - from)]);
            if (tag.wordClass != Syntax::WordClass::Verb && tag.wordClass != Syntax::WordClass::Auxiliary)
                continue;
            if (tag.verbForm == Syntax::VerbForm::Infinitive)
                return true;
            if (tag.verbForm == Syntax::VerbForm::Participle)
                return false;
        }
        return false;
    }
    [[nodiscard]] bool toldInThePast(int i) const { return toldAt(i) == Told::Past; }
    // The same for an expression whose first token is `first`; one inside an attribute after its
    // article ("Er soll die Anfang Oktober verhängten Vorgaben einhalten", "die am Montag
    // beschlossene Regel soll …") is no time of the clause's coming act.
    [[nodiscard]] Told toldFrom(int first) const
    {
        if (first >= text.size())
            return Told::Present;
        const Told told = toldAt(first);
        int k = first - 1; // past "Anfang", "im", "spätestens" to the word before the expression
        while (k >= 0 && k > first - 4
            && (c.has(k, WordInfo::DatePart) || c.has(k, WordInfo::DatePreposition)
                || c.has(k, WordInfo::DateApproximator)))
            --k;
        // After a comma the determiner is a relative pronoun, and the clause's verb its own ("die
        // künftige Regierung, die am Montag ihr Amt antritt").
        if (told == Told::Future && k >= 0 && c.resources.determiners.count(text.hash(k))
            && !text.is(k - 1, u","))
            return Told::Present;
        return told;
    }

    // A day and month, with the year written, else the nearest year to publication, else
    // "XXXX-MM-DD" (the guide's form when only the year is missing).
    DateFound &addDay(int core, int end, int year, int month, int day, int first = -1)
    {
        QString norm;
        bool guessed = false;
        if (year && QDate(year, month, day).isValid()) {
            norm = isoDay(QDate(year, month, day));
        } else if (const int guess
                   = !year && pub.isValid() ? yearOfMonth(month, (first >= 0 ? first : core) - 1) : 0;
                   guess && QDate(guess, month, day).isValid()) {
            norm = isoDay(QDate(guess, month, day));
            guessed = true;
        } else if (!year) {
            norm = QStringLiteral("XXXX-%1-%2")
                       .arg(month, 2, 10, QLatin1Char('0'))
                       .arg(day, 2, 10, QLatin1Char('0'));
        }
        DateFound &d = add(core, end, norm, first);
        d.day = true;
        d.yearGuessed = guessed;
        return d;
    }

    // "Tagen", "Woche", "Jahren": day, week, month or year from units.tsv, else empty.
    [[nodiscard]] QString timeUnit(int i) const
    {
        const auto it = c.resources.unitsFolded.constFind(f(i).toString());
        if (it == c.resources.unitsFolded.constEnd() || it->kind != UnitWord::Time)
            return {};
        static const QStringList calendar {
            QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("year")};
        return calendar.contains(it->unit) ? it->unit : QString();
    }

    [[nodiscard]] bool glued(int i) const { return i < text.size() && !text.at(i).spaceBefore; }

    // 21.04.2016, 22.04., 23.3.17, 2025-11-03, 2015/08/12, 03/2025
    bool numeric(int &i)
    {
        if (text.at(i).kind != Token::Number)
            return false;
        static const QRegularExpression dotted(QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.?(\d{4}|\d{2})?$)"));
        const QStringView v = text.view(i);
        if (v.count(QLatin1Char('.')) >= 1 && !v.contains(QLatin1Char(','))) {
            QString token = v.toString();
            int end = i + 1;
            if (token.count(QLatin1Char('.')) == 1 && end < text.size() && text.is(end, u".") && glued(end)) {
                token += QLatin1Char('.');
                ++end;
            }
            const auto m = dotted.match(token);
            // "4.5" is a number, "4.5." a date: one dot needs the closing one.
            if (m.hasMatch() && (token.count(QLatin1Char('.')) == 2)) {
                int year = m.capturedView(3).toInt();
                if (m.capturedLength(3) == 2)
                    year += 2000;
                const int month = m.capturedView(2).toInt(), day = m.capturedView(1).toInt();
                if (QDate(year ? year : 2000, month, day).isValid()) {
                    addDay(i, end, year, month, day);
                    i = end - 1;
                    return true;
                }
            }
        }
        const auto number = [&](int k, int minLength, int maxLength) {
            return k < text.size() && text.at(k).kind == Token::Number && text.view(k).size() >= minLength
                && text.view(k).size() <= maxLength && !text.view(k).contains(QLatin1Char('.'))
                && !text.view(k).contains(QLatin1Char(','));
        };
        int year = 0;
        // 2025-11-03 and 2015/08/12
        if (isYear(i, year) && i + 4 < text.size() && glued(i + 1) && glued(i + 2) && glued(i + 3)
            && glued(i + 4) && (text.is(i + 1, u"-") || text.is(i + 1, u"/"))
            && text.view(i + 3) == text.view(i + 1) && number(i + 2, 1, 2) && number(i + 4, 1, 2)) {
            const QDate d(year, text.view(i + 2).toInt(), text.view(i + 4).toInt());
            if (d.isValid()) {
                addDay(i, i + 5, year, d.month(), d.day());
                i += 4;
                return true;
            }
        }
        // 03/2025
        if (number(i, 1, 2) && i + 2 < text.size() && text.is(i + 1, u"/") && glued(i + 1) && glued(i + 2)
            && isYear(i + 2, year)) {
            const int month = text.view(i).toInt();
            if (month >= 1 && month <= 12) {
                add(i, i + 3, monthNorm(year, month));
                i += 2;
                return true;
            }
        }
        return false;
    }

    // The day of a "14. Oktober" or "am zweiten Februar": a number and its period, or an
    // ordinal word. Returns the token after it, or -1.
    int dayAt(int i, int &day) const
    {
        if (i >= text.size())
            return -1;
        if (text.at(i).kind == Token::Number && text.view(i).size() <= 2 && i + 1 < text.size()
            && text.is(i + 1, u".")) {
            day = text.view(i).toInt();
            return day >= 1 && day <= 31 ? i + 2 : -1;
        }
        if (const int o = c.word(i).ordinal) {
            day = o;
            return i + 1;
        }
        return -1;
    }

    // "am ersten Montag im Juli [2026]", "am letzten Freitag des Monats" is not here: an ordinal,
    // a weekday, "im"/"des" and a month.
    bool nthWeekday(int i, int after, int n)
    {
        const int wd = c.word(after).weekday;
        if (!wd || n > 5 || after + 2 >= text.size()
            || (glue(after + 1) != WordInfo::InThe && glue(after + 1) != WordInfo::Article))
            return false;
        const int month = c.word(after + 2).month;
        if (!month)
            return false;
        int end = after + 3;
        int year = 0;
        if (isYear(end, year))
            ++end;
        else if (pub.isValid())
            year = nearestYear(month, pub);
        QString norm;
        if (year) {
            QDate d(year, month, 1);
            d = d.addDays((wd - d.dayOfWeek() + 7) % 7 + 7 * (n - 1));
            if (d.month() == month)
                norm = isoDay(d);
        }
        add(i, end, norm).day = true;
        return true;
    }

    // 14. Oktober [2025], am zweiten Februar, vom 1. bis 5. März, 1. Quartal 2025
    bool dayMonth(int &i)
    {
        int day = 0;
        const int after = dayAt(i, day);
        if (after < 0 || after >= text.size())
            return false;
        if (c.word(i).ordinal && nthWeekday(i, after, day)) {
            i = found.back().end - 1;
            return true;
        }
        int year = 0;
        if (const int month = c.word(after).month; month && text.at(after).upper) {
            int end = after + 1;
            if (text.is(end, u".") && glued(end) && text.view(after).size() <= 4 && end + 1 < text.size()
                && isYear(end + 1, year))
                ++end; // "7. Okt. 2025"
            if (isYear(end, year, 1800))
                ++end;
            addDay(i, end, year, month, day);
            i = end - 1;
            return true;
        }
        // 1. Quartal 2025 (written ordinals only: words go through quarter())
        if (text.at(i).kind == Token::Number
            && (c.word(after).period == WordInfo::Quarter || c.word(after).period == WordInfo::Half
                || c.word(after).period == WordInfo::HalfOf)) {
            const size_t before = found.size();
            if (!periodOfYear(i, after, day, c.word(after).period))
                return false;
            i = found[before].end - 1;
            return true;
        }
        // vom 1. bis 5. März, zwischen dem 1. und dem 10. November
        int k = after;
        const WordInfo::Glue link = glue(k);
        if (link != WordInfo::To && link != WordInfo::And && !text.is(k, u"-") && !text.is(k, u"–"))
            return false;
        ++k;
        if (glue(k) == WordInfo::Contraction || glue(k) == WordInfo::Article)
            ++k;
        int lastDay = 0;
        const int monthAt = dayAt(k, lastDay);
        if (monthAt < 0 || monthAt >= text.size() || !c.word(monthAt).month)
            return false;
        const int month = c.word(monthAt).month;
        int end = monthAt + 1;
        if (isYear(end, year))
            ++end;
        // "zwischen [dem] 1. und …" opens the range; "vom", "bis zum" are prepositions.
        int first = -1;
        if (glue(i - 1) == WordInfo::Article && c.has(i - 2, WordInfo::RangeStart))
            first = i - 2;
        else if (c.has(i - 1, WordInfo::RangeStart))
            first = i - 1;
        if (link == WordInfo::And && first < 0)
            return false;
        if (!year && pub.isValid())
            year = nearestYear(month, pub);
        QString norm;
        if (year && QDate(year, month, day).isValid() && QDate(year, month, lastDay).isValid())
            norm = isoDay(QDate(year, month, day)) + QLatin1Char('/') + isoDay(QDate(year, month, lastDay));
        add(i, end, norm, first);
        i = end - 1;
        return true;
    }

    // "am 15.", "bis zum 20.": a day of a month the text does not name. The guide resolves only a
    // missing year, so the norm stays null. A capitalised word after it makes the number an
    // ordinal ("am 15. Spieltag"), a month a full date (dayMonth).
    bool bareDay(int &i)
    {
        int day = 0;
        if (text.at(i).kind != Token::Number || !c.has(i - 1, WordInfo::DatePreposition))
            return false;
        const int after = dayAt(i, day);
        if (after < 0 || after >= text.size() || !glued(i + 1) || !sameSentence(i, after)
            || text.at(after).upper || text.at(after).kind != Token::Word)
            return false;
        add(i, after, QString()).day = true;
        i = after - 1;
        return true;
    }

    // The year of the date named last before this one ("im ersten Quartal 2026 … im vierten
    // Quartal desselben Jahres"), 0 when there is none or it is a range of years.
    [[nodiscard]] int previousYear() const
    {
        for (auto it = found.rbegin(); it != found.rend(); ++it) {
            const QString &norm = it->norm;
            if (norm.size() < 4 || !norm.at(0).isDigit())
                continue;
            if (norm.contains(QLatin1Char('/')))
                return 0;
            return norm.left(4).toInt();
        }
        return 0;
    }

    // What names the year after a period of it ("im dritten Quartal 2025", "… des Vorjahres", "… des
    // kommenden Jahres", "… dieses Jahres", "… des Jahres", "… desselben Jahres").
    struct YearOf
    {
        bool named = false; ///< words after the period name its year
        bool fiscal = false; ///< a fiscal year ("des laufenden Geschäftsjahres"): no calendar year
        int year = 0; ///< 0: not resolvable
        int end = 0; ///< one past those words
    };
    [[nodiscard]] YearOf yearOf(int end) const
    {
        YearOf y;
        y.end = end;
        y.named = true;
        const bool article = glue(end) == WordInfo::Article && end + 1 < text.size();
        const auto yearNoun = [&](int k) { return k < text.size() && c.word(k).period == WordInfo::Year; };
        const auto shiftedYear = [&](int offset) { return pub.isValid() ? pub.year() + offset : 0; };
        int year = 0;
        if (isYear(end, year)) {
            y.year = year;
            y.end = end + 1;
        } else if (article && c.word(end + 1).shifted == WordInfo::Year) {
            y.year = shiftedYear(c.word(end + 1).shiftOffset); // "des Vorjahres"
            y.end = end + 2;
        } else if (article && c.has(end + 1, WordInfo::RelativeWord) && yearNoun(end + 2)) {
            y.year = shiftedYear(c.word(end + 1).relative); // "des kommenden Jahres"
            y.end = end + 3;
        } else if (article && c.has(end + 1, WordInfo::RelativeWord) && end + 2 < text.size()
            && c.has(end + 2, WordInfo::FiscalYear)) {
            y.fiscal = true; // "des laufenden Geschäftsjahres": a fiscal year, not the calendar's
            y.end = end + 3;
        } else if (c.has(end, WordInfo::RelativeWord) && yearNoun(end + 1)) {
            y.year = shiftedYear(c.word(end).relative); // "dieses Jahres"
            y.end = end + 2;
        } else if (c.has(end, WordInfo::Anaphoric) && yearNoun(end + 1)) {
            y.year = previousYear(); // "desselben Jahres"
            y.end = end + 2;
        } else if (article && c.has(end + 1, WordInfo::Anaphoric) && yearNoun(end + 2)) {
            y.year = previousYear(); // "des gleichen Jahres"
            y.end = end + 3;
        } else if (article && yearNoun(end + 1)) {
            // "des Jahres" is this year, "des Jahres 2024" that one.
            y.end = end + 2;
            y.year = isYear(y.end, year) ? year : shiftedYear(0);
            if (year)
                ++y.end;
        } else {
            y.named = false;
        }
        return y;
    }

    // "im dritten Quartal [2025 | des Vorjahres | des kommenden Jahres]", "in der ersten
    // Jahreshälfte", "die zweite Hälfte des Jahres"; `noun` is the token of the period word.
    bool periodOfYear(int core, int noun, int n, WordInfo::Period period)
    {
        const bool fiscal = period == WordInfo::FiscalQuarter;
        const bool half = period == WordInfo::Half || period == WordInfo::HalfOf;
        if (((period == WordInfo::Quarter || fiscal) && (n < 1 || n > 4)) || (half && (n < 1 || n > 2)))
            return false;
        YearOf y = yearOf(noun + 1);
        // "die erste Hälfte des Spiels": a bare half is a year's only when the year is named.
        if (!y.named && period == WordInfo::HalfOf)
            return false;
        if (!y.named && pub.isValid())
            y.year = pub.year();
        const QString norm = y.year && !fiscal && !y.fiscal
            ? QStringLiteral("%1-%2%3").arg(y.year).arg(half ? QLatin1Char('H') : QLatin1Char('Q')).arg(n)
            : QString();
        add(core, y.end, norm);
        return true;
    }

    // "in den ersten drei Quartalen [2025 | des Jahres]", "die ersten neun Monate": the year's
    // first quarters or months, as an interval ("2025-Q1/2025-Q3"). `i` is the ordinal.
    bool firstPeriods(int i)
    {
        if (c.word(i).ordinal != 1 || text.at(i).kind != Token::Word)
            return false;
        const auto n = countAt(i + 1);
        if (!n || n->value < 2 || n->yearLike || n->endToken >= text.size()
            || std::floor(n->value) != n->value)
            return false;
        const auto unit = c.resources.unitsFolded.constFind(f(n->endToken).toString());
        if (unit == c.resources.unitsFolded.constEnd() || unit->kind != UnitWord::Time)
            return false;
        const bool quarters = unit->unit == QLatin1String("quarter");
        const int count = int(n->value);
        if ((!quarters && unit->unit != QLatin1String("month")) || count > (quarters ? 4 : 12))
            return false;
        YearOf y = yearOf(n->endToken + 1);
        if (!y.named) {
            // "in den ersten drei Monaten nach der Zulassung", "… seiner Amtszeit": counted from
            // an event, not from the year's start; "die ersten drei Monate sind gratis" names no
            // time at all: months without their year need "in den".
            const int next = n->endToken + 1;
            if (next < text.size()
                && (glue(next) == WordInfo::After || glue(next) == WordInfo::Article
                    || c.resources.determiners.count(text.hash(next))))
                return false;
            if (!quarters && (i < 2 || glue(i - 1) != WordInfo::Article || glue(i - 2) != WordInfo::In))
                return false;
            y.year = pub.isValid() ? pub.year() : 0;
            y.end = next;
        }
        QString norm;
        if (y.year && !y.fiscal)
            norm = quarters ? QStringLiteral("%1-Q1/%1-Q%2").arg(y.year).arg(count)
                            : monthNorm(y.year, 1) + QLatin1Char('/') + monthNorm(y.year, count);
        add(i, y.end, norm);
        return true;
    }

    // ordinal + Quartal/Halbjahr, and "Q3 2024", "H1 2025"
    bool quarter(int &i)
    {
        const WordInfo &w = c.word(i);
        const WordInfo::Period period = c.word(i + 1).period;
        if (w.ordinal && i + 1 < text.size()
            && (period == WordInfo::Quarter || period == WordInfo::Half || period == WordInfo::HalfOf
                || period == WordInfo::FiscalQuarter)) {
            const size_t before = found.size();
            if (periodOfYear(i, i + 1, w.ordinal, period)) {
                i = found[before].end - 1;
                return true;
            }
            return false;
        }
        if (w.ordinal && firstPeriods(i)) {
            i = found.back().end - 1;
            return true;
        }
        const QStringView word = f(i);
        int year = 0;
        if (text.at(i).hasDigit && word.size() == 2
            && (word.at(0) == QLatin1Char('q') || word.at(0) == QLatin1Char('h')) && text.at(i).upper
            && isYear(i + 1, year)) {
            const int n = word.at(1).digitValue();
            const bool q = word.at(0) == QLatin1Char('q');
            if (n < 1 || n > (q ? 4 : 2))
                return false;
            add(i, i + 2,
                QStringLiteral("%1-%2%3").arg(year).arg(q ? QLatin1Char('Q') : QLatin1Char('H')).arg(n));
            ++i;
            return true;
        }
        return false;
    }

    // Oktober [2025], Okt. 2025, "September dieses Jahres", "ab Mai"
    bool monthName(int &i)
    {
        const int month = c.word(i).month;
        if (!month || !text.at(i).upper || text.view(i).size() < 3)
            return false;
        int end = i + 1;
        // "Okt. 2025": an abbreviation's period belongs to it; "ab Mai." ends a sentence.
        const bool abbreviated = c.has(i, WordInfo::MonthAbbreviation);
        if (abbreviated && text.is(end, u".") && glued(end) && end + 1 < text.size()
            && sameSentence(end, end + 1))
            ++end;
        int year = 0;
        QString norm;
        bool guessed = false;
        if (isYear(end, year)) {
            ++end;
            norm = monthNorm(year, month);
        } else if (const YearOf y = yearOf(end); y.named) {
            // "September dieses Jahres", "im Mai vergangenen Jahres", "im Mai des Vorjahres"; "im
            // Mai desselben Jahres", "… des gleichen Jahres": the year of the date named before.
            if (y.year && !y.fiscal)
                norm = monthNorm(y.year, month);
            end = y.end;
        } else {
            // Without a year the month needs a temporal word before it to be a date, or to
            // close a range ("Januar bis März").
            const bool temporal = i > 0
                && (c.has(i - 1, WordInfo::DatePreposition) || c.has(i - 1, WordInfo::RangeStart)
                    || c.has(i - 1, WordInfo::RelativeWord)
                    || (glue(i - 1) == WordInfo::And && !found.empty() && found.back().end == i - 1));
            if (!temporal)
                return false;
            if (pub.isValid()) {
                norm = monthNorm(yearOfMonth(month, i - 1), month);
                guessed = true;
            }
        }
        add(i, end, norm).yearGuessed = guessed;
        i = end - 1;
        return true;
    }

    // im vergangenen Jahr, nächste Woche, übernächstes Jahr, am kommenden Montag,
    // in den letzten Monaten, im laufenden Geschäftsjahr
    bool relative(int &i)
    {
        const WordInfo &w = c.word(i);
        if (!w.has(WordInfo::RelativeWord) || i + 1 >= text.size())
            return false;
        const WordInfo &unit = c.word(i + 1);
        const int delta = w.relative;
        // "am nächsten Tag" counts from an event; "diesen Tag", "am letzten Tag" name no date; nor
        // do "in diesem Zeitraum" (one the text names elsewhere) and "die nächste Hälfte".
        if ((unit.period == WordInfo::EventDay && delta <= 0) || unit.period == WordInfo::Span
            || unit.period == WordInfo::HalfOf)
            return false;
        if (unit.period != WordInfo::NoPeriod) {
            DateFound &d = add(i, i + 2, shiftedPeriod(unit.period, delta, pub));
            d.yearLevel = unit.period == WordInfo::Year;
            ++i;
            return true;
        }
        if (const int month = unit.month; month && text.at(i + 1).upper) {
            // "im vergangenen Mai", "kommenden Januar", "diesen März": that month before, after or in
            // the publication year.
            QString norm;
            if (pub.isValid()) {
                int year = pub.year();
                if (delta < 0)
                    year -= month >= pub.month() ? 1 : 0;
                else if (delta > 0)
                    year += month <= pub.month() ? 1 : 0;
                norm = monthNorm(year, month);
            }
            add(i, i + 2, norm);
            ++i;
            return true;
        }
        if (unit.has(WordInfo::Season) && text.at(i + 1).upper) {
            // "im kommenden Frühjahr", "diesen Sommer": a season is dated by its year.
            add(i, i + 2, shiftedPeriod(WordInfo::Year, delta, pub)).yearLevel = true;
            ++i;
            return true;
        }
        if (unit.has(WordInfo::Weekend)) {
            // "letztes Wochenende", "dieses Wochenende": Saturday and Sunday of that week.
            QString norm;
            if (pub.isValid()) {
                const QDate base = pub.addDays(7 * delta);
                const QDate saturday = base.addDays(6 - base.dayOfWeek());
                norm = isoDay(saturday) + QLatin1Char('/') + isoDay(saturday.addDays(1));
            }
            add(i, i + 2, norm);
            ++i;
            return true;
        }
        if (unit.has(WordInfo::FiscalYear)) {
            add(i, i + 2, QString()); // a fiscal year does not follow the calendar
            ++i;
            return true;
        }
        if (const int wd = unit.weekday) {
            QString norm;
            if (pub.isValid()) {
                QDate d;
                if (delta == 0) {
                    d = pub.addDays(wd - pub.dayOfWeek()); // "diesen Freitag": in this week
                } else if (delta > 0) {
                    d = pub.addDays(1);
                    while (d.dayOfWeek() != wd)
                        d = d.addDays(1);
                    d = d.addDays(7 * (delta - 1));
                } else {
                    d = pub.addDays(-1);
                    while (d.dayOfWeek() != wd)
                        d = d.addDays(-1);
                    d = d.addDays(7 * (delta + 1));
                }
                norm = isoDay(d);
            }
            add(i, i + 2, norm).day = true;
            ++i;
            return true;
        }
        // "in den letzten Monaten": a period reaching to now, not one value.
        if (glue(i + 1) == WordInfo::PluralPeriod && i > 1 && glue(i - 1) == WordInfo::Article
            && glue(i - 2) == WordInfo::In) {
            add(i, i + 2, QString(), i - 2);
            ++i;
            return true;
        }
        return false;
    }

    // Ende des Monats, Anfang des Jahres, Mitte der Woche: a part of the current period.
    bool partOfPeriod(int &i)
    {
        if (!c.has(i, WordInfo::DatePart) || i + 2 >= text.size())
            return false;
        if (c.has(i + 1, WordInfo::Anaphoric) && c.word(i + 2).period == WordInfo::Year) {
            const int previous = previousYear(); // "Ende desselben Jahres"
            add(i, i + 3, previous ? QString::number(previous) : QString()).yearLevel = true;
            i += 2;
            return true;
        }
        if (glue(i + 1) != WordInfo::Article)
            return false;
        const WordInfo::Period period = c.word(i + 2).period;
        if (period == WordInfo::Decade) {
            // "bis zum Ende des Jahrzehnts": the year of the decade the part names, else the decade.
            const int decadeYear = c.word(i).decadeYear;
            QString norm;
            if (pub.isValid())
                norm = decadeYear >= 0 ? QString::number(pub.year() / 10 * 10 + decadeYear)
                                       : shiftedPeriod(period, 0, pub);
            add(i, i + 3, norm);
            i += 2;
            return true;
        }
        if (period != WordInfo::Week && period != WordInfo::Month && period != WordInfo::Year)
            return false;
        int year = 0;
        if (period == WordInfo::Year && isYear(i + 3, year)) { // "Ende des Jahres 2024"
            add(i, i + 4, QString::number(year));
            i += 3;
            return true;
        }
        add(i, i + 3, shiftedPeriod(period, 0, pub)).yearLevel = period == WordInfo::Year;
        i += 2;
        return true;
    }

    // im Vorjahr, im Vormonat, im Vorquartal, zum Jahresende, seit Monatsbeginn
    bool shifted(int &i)
    {
        const WordInfo &w = c.word(i);
        if (w.shifted == WordInfo::NoPeriod || i == 0 || !c.has(i - 1, WordInfo::DatePreposition))
            return false;
        add(i, i + 1, shiftedPeriod(w.shifted, w.shiftOffset, pub));
        return true;
    }

    // gestern, heute Abend, morgen früh, übermorgen
    bool deictic(int &i)
    {
        const WordInfo &w = c.word(i);
        if (!w.has(WordInfo::DeicticDay))
            return false;
        // "Der Morgen war grau": capitalised inside a sentence the word is the noun.
        if (text.at(i).upper && !text.at(i).sentenceStart && w.has(WordInfo::Daytime))
            return false;
        int end = i + 1;
        if (end < text.size() && c.has(end, WordInfo::Daytime) && sameSentence(i, end))
            ++end;
        QDate day = pub.isValid() ? pub.addDays(w.dayOffset) : QDate();
        // "heute vor einem Jahr", "gestern vor zwei Wochen": the same day that much earlier.
        if (c.has(end, WordInfo::Ago) && sameSentence(i, end)) {
            if (const auto n = countAt(end + 1);
                n && n->value > 0 && !n->yearLike && n->endToken < text.size()) {
                const QString unit = timeUnit(n->endToken);
                const int count = int(n->value);
                if (!unit.isEmpty()) {
                    day = unit == QLatin1String("year")  ? day.addYears(-count)
                        : unit == QLatin1String("month") ? day.addMonths(-count)
                        : unit == QLatin1String("week")  ? day.addDays(-7 * count)
                                                         : day.addDays(-count);
                    end = n->endToken + 1;
                }
            }
        }
        DateFound &d = add(i, end, day.isValid() ? isoDay(day) : QString());
        d.day = true;
        if (d.first == d.core && end == i + 1)
            d.priority = Priority::Weak;
        i = end - 1;
        return true;
    }

    // im Sommer [2025], im Herbst, seit dem Sommer, bis zum Frühjahr: a season is dated by its year.
    bool season(int &i)
    {
        int year = 0;
        // "seit dem Sommer", "ab dem Frühjahr": a temporal preposition and the dative article
        // (the seasons are masculine or neuter), so that "bis der Winter kommt" or "seit der
        // Sommer begonnen hat", where the preposition is a conjunction, give no date.
        const bool withArticle = i >= 2 && glue(i - 1) == WordInfo::Article
            && text.folded(i - 1) == QLatin1String("dem") && c.has(i - 2, WordInfo::DatePreposition)
            && !c.has(i - 2, WordInfo::DatePart);
        const bool introduced = glue(i - 1) == WordInfo::InThe || withArticle
            || (glue(i - 1) == WordInfo::Contraction && c.has(i - 1, WordInfo::DatePreposition));
        if (!c.has(i, WordInfo::Season) || !text.at(i).upper || (!introduced && !isYear(i + 1, year)))
            return false; // "im Sommer", or a season with its year ("Sommer 2017")
        int end = i + 1;
        QString norm;
        if (isYear(end, year)) {
            ++end;
            norm = QString::number(year);
        } else if (end + 1 < text.size() && c.has(end, WordInfo::RelativeWord)
            && c.word(end + 1).period == WordInfo::Year) {
            norm = shiftedPeriod(WordInfo::Year, c.word(end).relative, pub); // "im Herbst vergangenen Jahres"
            end += 2;
        } else if (end + 1 < text.size() && c.has(end, WordInfo::Anaphoric)
            && c.word(end + 1).period == WordInfo::Year) {
            const int previous = previousYear(); // "im Herbst desselben Jahres"
            norm = previous ? QString::number(previous) : QString();
            end += 2;
        } else if (pub.isValid()) {
            const int month = c.word(i).seasonMonth;
            norm = QString::number(month > 0 ? yearOfSeason(month, i - 1) : pub.year());
        }
        add(i, end, norm).season = end == i + 1;
        i = end - 1;
        return true;
    }

    // The weekday's date: the most recent on or before `from`, with `future` the next on or after it.
    static QDate nearestWeekday(QDate from, int wd, bool future)
    {
        while (from.dayOfWeek() != wd)
            from = from.addDays(future ? 1 : -1);
        return from;
    }

    // "in der Nacht zum Mittwoch", "in der Nacht zu Mittwoch", "in der Nacht von Dienstag auf
    // Mittwoch": the night ends in the day named last, which dates it. `link` is the token before
    // that day; returns the phrase's first token ("in"), or -1.
    [[nodiscard]] int overnightStart(int link) const
    {
        if (link < 3
            || (glue(link) != WordInfo::Toward && glue(link) != WordInfo::Onto
                && glue(link) != WordInfo::Contraction))
            return -1;
        int night = link - 1;
        if (c.word(night).weekday && c.has(night - 1, WordInfo::DatePreposition)
            && !c.has(night - 1, WordInfo::DatePart))
            night -= 2; // "von Dienstag"
        if (night < 2 || !c.has(night, WordInfo::Daytime) || !text.at(night).upper
            || glue(night - 1) != WordInfo::Article || glue(night - 2) != WordInfo::In
            || !sameSentence(night - 2, link))
            return -1;
        return night - 2;
    }

    // am Dienstag: the most recent such day up to the publication date; after "ab" and "bis"
    // or in a clause told in the future the next one. A weekday with a date after it ("Dienstag, den 4.
    // November") takes the date.
    bool weekday(int &i)
    {
        const bool weekend = c.has(i, WordInfo::Weekend);
        const int wd = weekend ? 6 : c.word(i).weekday;
        if (!wd)
            return false;
        const int night = weekend || i == 0 ? -1 : overnightStart(i - 1);
        const bool preposition = night >= 0
            || (i > 0 && c.has(i - 1, WordInfo::DatePreposition) && !c.has(i - 1, WordInfo::DatePart));
        int day = 0;
        const int dateAfter = text.is(i + 1, u",") ? (glue(i + 2) == WordInfo::Article ? i + 3 : i + 2) : -1;
        const bool dated = dateAfter > 0 && dateAfter < text.size()
            && (dayAt(dateAfter, day) > 0
                || (text.at(dateAfter).kind == Token::Number
                    && text.view(dateAfter).contains(QLatin1Char('.'))));
        if (!preposition && !dated)
            return false;
        // "am Mittwoch vergangener Woche": the day in the week the relative word names.
        const bool inWeek = i + 2 < text.size() && c.has(i + 1, WordInfo::RelativeWord)
            && c.word(i + 2).period == WordInfo::Week;
        QString norm;
        if (pub.isValid()) {
            // "Am Donnerstag will der Konzern … vorlegen": the coming Thursday, unless "seit".
            const bool future = i > 0
                && (c.has(i - 1, WordInfo::FutureOnset)
                    || (!c.has(i - 1, WordInfo::PastOnset)
                        && toldFrom(preposition ? i - 1 : i) == Told::Future));
            QDate d = pub;
            if (inWeek) {
                d = pub.addDays(7 * c.word(i + 1).relative);
                d = d.addDays(wd - d.dayOfWeek());
            }
            d = nearestWeekday(d, wd, future);
            norm = weekend ? isoDay(d) + QLatin1Char('/') + isoDay(d.addDays(1)) : isoDay(d);
        }
        const int end = inWeek ? i + 3 : i + 1;
        // "von Dienstag" of "in der Nacht von Dienstag auf Mittwoch" was found on its own.
        while (night >= 0 && !found.empty() && found.back().end > night)
            found.pop_back();
        DateFound &d = add(i, end, norm, night);
        d.weekday = !weekend && !inWeek;
        d.day = !weekend;
        i = end - 1;
        return true;
    }

    // "am selben Tag", "am gleichen Abend", "am selben Freitag", "im selben Jahr", "im gleichen
    // Zeitraum des Vorjahres": an anaphoric determiner and a period name the time of an event told
    // before. A weekday resolves as after "am", a year to the year of the date named last; the
    // others have norm null.
    bool sameAs(int &i)
    {
        if (!c.has(i, WordInfo::Anaphoric) || i == 0 || i + 1 >= text.size() || !sameSentence(i - 1, i + 1))
            return false;
        const auto opens = [&](int k) { return glue(k) == WordInfo::At || glue(k) == WordInfo::In; };
        int first = -1;
        if (opens(i - 1))
            first = i - 1; // "an demselben Tag", "in derselben Woche"
        else if (i >= 2 && glue(i - 1) == WordInfo::Article && opens(i - 2))
            first = i - 2; // "an dem gleichen Tag", "in der gleichen Woche"
        else if (!c.has(i - 1, WordInfo::DatePreposition) || c.has(i - 1, WordInfo::DatePart))
            return false; // "denselben Grund", "Ende desselben Jahres" (partOfPeriod)
        const WordInfo &unit = c.word(i + 1);
        const bool noun = text.at(i + 1).upper;
        int end = i + 2;
        QString norm;
        bool day = false;
        if (unit.weekday && noun) {
            if (pub.isValid())
                norm = isoDay(nearestWeekday(pub, unit.weekday, c.has(i - 1, WordInfo::FutureOnset)));
            day = true;
        } else if (unit.period == WordInfo::EventDay || (unit.has(WordInfo::Daytime) && noun)) {
            day = true;
        } else if (unit.period == WordInfo::Year) {
            if (const int previous = previousYear())
                norm = QString::number(previous);
        } else if (unit.period == WordInfo::Week || unit.period == WordInfo::Month
            || unit.period == WordInfo::Quarter || unit.period == WordInfo::Half
            || unit.period == WordInfo::Span) {
            // "im gleichen Zeitraum des Vorjahres": a year before the event's period.
            if (const YearOf y = yearOf(end); y.named)
                end = y.end;
        } else {
            return false;
        }
        add(i, end, norm, first).day = day;
        i = end - 1;
        return true;
    }

    // The named day at token i: its month and day (WordInfo::holidayMonth, holidayDay) and the
    // token after it; "Christi Himmelfahrt", "Tag der Deutschen Einheit" of several words.
    struct Holiday
    {
        qint8 month = 0;
        qint8 day = 0;
        int end = 0;
    };
    [[nodiscard]] std::optional<Holiday> holidayAt(int i) const
    {
        const WordInfo &w = c.word(i);
        if (w.holidayPhrase) {
            const auto phrases = c.resources.holidayPhrases.find(text.hash(i));
            for (const Resources::HolidayPhrase &p : phrases->second) {
                const int end = i + 1 + int(p.rest.size());
                if (end > text.size() || !sameSentence(i, end - 1))
                    continue;
                bool match = true;
                for (size_t k = 0; k < p.rest.size() && match; ++k)
                    match = text.hash(i + 1 + int(k)) == p.rest[k];
                if (match)
                    return Holiday {p.month, p.day, end};
            }
        }
        if (w.holidayMonth)
            return Holiday {w.holidayMonth, w.holidayDay, i + 1};
        return std::nullopt;
    }

    // am Heiligabend, an Ostern, zu Weihnachten, seit Pfingsten, Silvester 2023: a named day,
    // dated like a day without its year; the movable feasts from that year's Easter Sunday.
    // "vor Weihnachten", "nach Ostern" name a time before or after it: the day is the date. "vor"
    // is inside the span as the guide has every temporal preposition before a date; "nach", which
    // the guide does not list, stays outside like an approximator.
    bool namedDay(int &i)
    {
        if (!text.at(i).upper)
            return false;
        const std::optional<Holiday> h = holidayAt(i);
        if (!h)
            return false;
        int year = 0;
        const bool withYear = isYear(h->end, year, 1800);
        const auto preposition = [&](int k) {
            return k >= 0 && c.has(k, WordInfo::DatePreposition) && !c.has(k, WordInfo::DatePart)
                && sameSentence(k, i);
        };
        const bool around = i > 0 && glue(i - 1) == WordInfo::After && sameSentence(i - 1, i);
        const bool linked = i > 0 && (glue(i - 1) == WordInfo::At || glue(i - 1) == WordInfo::Toward)
            && sameSentence(i - 1, i);
        const bool introduced = preposition(i - 1) || linked || around
            || (i >= 2 && glue(i - 1) == WordInfo::Article && preposition(i - 2));
        // "Silvester Stallone": without a preposition or a year the word may be a name.
        if (!introduced && !withYear)
            return false;
        const auto dayIn = [&](int y) {
            return h->month > 0 ? QDate(y, h->month, h->day) : easterSunday(y).addDays(h->day);
        };
        const int end = withYear ? h->end + 1 : h->end;
        QString norm;
        bool guessed = false;
        if (withYear) {
            norm = isoDay(dayIn(year));
        } else if (pub.isValid()) {
            norm = isoDay(dayIn(yearOfDay(dayIn, i - 1)));
            guessed = true;
        } else if (h->month > 0) {
            norm = QStringLiteral("XXXX-%1-%2")
                       .arg(int(h->month), 2, 10, QLatin1Char('0'))
                       .arg(int(h->day), 2, 10, QLatin1Char('0'));
        }
        DateFound &d = add(i, end, norm, linked ? i - 1 : around ? i : -1);
        d.day = true;
        d.yearGuessed = guessed;
        i = end - 1;
        return true;
    }

    // "Ein Jahr zuvor", "einen Tag später": an offset from another event, not resolvable here.
    // "wenige", "einige": a count the text leaves open ("vor wenigen Tagen").
    [[nodiscard]] std::optional<ParsedNumber> countAt(int i) const
    {
        if (i >= text.size())
            return std::nullopt;
        if (c.has(i, WordInfo::NumberWord)) {
            const auto it = c.resources.numberWords.constFind(f(i).toString());
            if (it != c.resources.numberWords.constEnd() && it->kind == NumberWord::Vague) {
                ParsedNumber vague;
                vague.value = -1;
                vague.endToken = i + 1;
                return vague;
            }
        }
        return parseNumberAt(text, i, c.resources, c.word(i));
    }

    bool eventOffset(int &i)
    {
        // "zwei Jahre zuvor": number words from ICU's spell-out are no NumberWord of the lists.
        if (text.at(i).kind != Token::Number && !c.has(i, WordInfo::NumberWord)
            && !c.has(i + 2, WordInfo::EventOffset))
            return false;
        const auto n = countAt(i);
        if (!n || n->endToken + 1 >= text.size() || n->yearLike)
            return false;
        if (timeUnit(n->endToken).isEmpty() || !c.has(n->endToken + 1, WordInfo::EventOffset))
            return false;
        add(i, n->endToken + 2, QString(), i);
        i = n->endToken + 1;
        return true;
    }

    // "vor rund drei Jahren", "vor gut zwei Wochen": an approximator of approximators.tsv between
    // "vor" and the count; the span keeps it, as it keeps the preposition before it. Returns the
    // token after it, else `i`.
    [[nodiscard]] int approximatedAt(int i) const
    {
        for (const QStringList &phrase : c.resources.approximators) {
            const int end = i + int(phrase.size());
            bool match = end < text.size() && sameSentence(i, end);
            for (int k = 0; k < phrase.size() && match; ++k)
                match = text.folded(i + k) == phrase[k];
            if (match)
                return end;
        }
        return i;
    }

    // vor vier Jahren, vor drei Tagen, vor einer Woche, vor rund drei Jahren
    bool ago(int &i)
    {
        if (!c.has(i, WordInfo::Ago) || i + 2 >= text.size())
            return false;
        const auto n = countAt(approximatedAt(i + 1));
        if (!n || n->endToken >= text.size() || n->yearLike)
            return false;
        const QString unit = timeUnit(n->endToken);
        const int count = int(n->value);
        QString norm;
        if (unit == QLatin1String("year"))
            norm = shiftedPeriod(WordInfo::Year, -count, pub);
        else if (unit == QLatin1String("month"))
            norm = shiftedPeriod(WordInfo::Month, -count, pub);
        else if (unit == QLatin1String("week"))
            norm = shiftedPeriod(WordInfo::Week, -count, pub);
        else if (unit == QLatin1String("day"))
            norm = pub.isValid() ? isoDay(pub.addDays(-count)) : QString();
        else
            return false;
        if (n->value < 0)
            norm.clear(); // "vor wenigen Tagen"
        DateFound &d = add(i, n->endToken + 1, norm, i);
        d.day = unit == QLatin1String("day");
        i = n->endToken;
        return true;
    }

    // "in wenigen Tagen", "in einigen Wochen": a time ahead the text leaves open, norm null (as
    // "in den kommenden Wochen"); with a number it is a duration ("in 30 Tagen"), a QUANTITY.
    bool soon(int &i)
    {
        if (i == 0 || glue(i - 1) != WordInfo::In || !c.has(i, WordInfo::NumberWord)
            || !sameSentence(i - 1, i))
            return false;
        const auto n = countAt(i);
        if (!n || n->value >= 0 || n->endToken >= text.size() || glue(n->endToken) != WordInfo::PluralPeriod)
            return false;
        add(i, n->endToken + 1, QString(), i - 1);
        i = n->endToken;
        return true;
    }

    // "von 9 bis 17 Uhr", "zwischen 14 und 16 Uhr", "14–16 Uhr": two times of day and one "Uhr",
    // norm "T09:00/T17:00" (a day before it takes it: datefinder.cpp).
    bool timeRange(int &i)
    {
        // Most numbers are followed by no range word: look before parsing the clock.
        if (text.at(i).kind != Token::Number)
            return false;
        int k = i + 1;
        if (k + 1 < text.size() && text.is(k, u":") && glued(k))
            k += 2;
        if (k >= text.size()
            || !(glue(k) == WordInfo::To || glue(k) == WordInfo::And || text.is(k, u"–") || text.is(k, u"-")))
            return false;
        int fromHour = 0, fromMinute = 0, toHour = 0, toMinute = 0;
        const int link = clockNumberAt(c, i, fromHour, fromMinute);
        if (link < 0 || link + 1 >= text.size() || c.word(link).glue == WordInfo::Clock)
            return false;
        int first = -1;
        if (glue(link) == WordInfo::And) {
            if (!c.has(i - 1, WordInfo::RangeStart))
                return false;
            first = i - 1; // "zwischen" opens the range
        } else if (glue(link) != WordInfo::To && !text.is(link, u"–") && !text.is(link, u"-")) {
            return false;
        }
        const int end = clockAt(c, link + 1, toHour, toMinute);
        if (end < 0)
            return false;
        DateFound &d = add(
            i, end, clockNorm(fromHour, fromMinute) + QLatin1Char('/') + clockNorm(toHour, toMinute), first);
        d.timeOfDay = true;
        i = end - 1;
        return true;
    }

    static QString clockNorm(int hour, int minute)
    {
        return QStringLiteral("T%1:%2")
            .arg(hour, 2, 10, QLatin1Char('0'))
            .arg(minute, 2, 10, QLatin1Char('0'));
    }

    // "um 14 Uhr", "gegen 8.30 Uhr": a time of day without a day, norm "T14:00".
    bool timeOfDay(int &i)
    {
        if (glue(i) != WordInfo::ClockPreposition)
            return false;
        int hour = 0, minute = 0;
        const int end = clockAt(c, i + 1, hour, minute);
        if (end < 0)
            return false;
        add(i, end,
            QStringLiteral("T%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0')),
            i);
        i = end - 1;
        return true;
    }

    // "1950er-Jahren", "die 1990er Jahre": a decade, norm "195X".
    bool decade(int &i)
    {
        static const QRegularExpression decadeWord(QStringLiteral(R"(^(1[89]\d|20\d)0er$)"));
        if (!text.at(i).hasDigit || text.at(i).kind != Token::Word)
            return false;
        const auto m = decadeWord.match(f(i));
        if (!m.hasMatch())
            return false;
        int end = i + 1;
        if (text.is(end, u"-") && glued(end) && glued(end + 1) && timeUnit(end + 1) == QLatin1String("year"))
            end += 2;
        else if (timeUnit(end) == QLatin1String("year"))
            end += 1;
        else
            return false;
        add(i, end, m.captured(1) + QLatin1Char('X'), c.has(i - 1, WordInfo::DatePreposition) ? i - 1 : i);
        i = end - 1;
        return true;
    }

    // 2024, seit 2022, Mitte 2024, im Jahr 2024, im Geschäftsjahr 2024/25
    bool year(int &i)
    {
        int year = 0;
        // After "seit", "im Jahr" a year may be older ("seit 1945").
        const bool context = i > 0 && (c.has(i - 1, WordInfo::DatePreposition) || c.word(i - 1).yearNoun);
        if (!isYear(i, year, context ? 1800 : 1950))
            return false;
        // Not a number inside a name ("RTX 2080"), not a count ("2000 Tickets"), not an amount
        // ("bis 2000 Euro").
        if (i > 0 && text.at(i - 1).kind == Token::Word && text.at(i - 1).allUpper)
            return false;
        if (i + 1 < text.size()
            && (c.has(i + 1, WordInfo::UnitWord) || c.resources.units.contains(text.view(i + 1).toString())))
            return false;
        if (yearCountsObjects(c, i))
            return false;
        // A path segment ("/2024/05/"), not a year in the text.
        if (i > 0 && text.is(i - 1, u"/") && glued(i))
            return false;
        int core = i;
        if (i > 0 && c.word(i - 1).yearNoun && sameSentence(i - 1, i))
            core = i - 1;
        int end = i + 1;
        QString norm = QString::number(year);
        // "2024/25", "2023/2024": a split (fiscal) year, its two calendar years as an interval.
        if (end + 1 < text.size() && text.is(end, u"/") && glued(end) && glued(end + 1)
            && text.at(end + 1).kind == Token::Number) {
            const QStringView next = text.view(end + 1);
            if ((next.size() == 2 && next.toInt() == (year + 1) % 100)
                || (next.size() == 4 && next.toInt() == year + 1)) {
                norm = QStringLiteral("%1/%2").arg(year).arg(year + 1);
                end += 2;
            }
        }
        if (end == i + 1 && text.is(end, u"/") && glued(end))
            return false;
        add(core, end, norm).yearLevel = true;
        i = end - 1;
        return true;
    }
};

} // namespace

std::vector<DateFound> scanDates(const FinderContext &context)
{
    return DateScanner(context).run();
}

int clockNumberAt(const FinderContext &c, int i, int &hour, int &minute)
{
    static const QRegularExpression clock(QStringLiteral(R"(^(\d{1,2})(?:[.:](\d{2}))?$)"));
    const TokenizedText &text = c.text;
    if (i >= text.size() || text.at(i).kind != Token::Number)
        return -1;
    QString written = text.view(i).toString();
    ++i;
    if (i + 1 < text.size() && text.is(i, u":") && !text.at(i).spaceBefore
        && text.at(i + 1).kind == Token::Number && !text.at(i + 1).spaceBefore) {
        written += QLatin1Char(':') + text.view(i + 1);
        i += 2;
    }
    const auto m = clock.match(written);
    if (!m.hasMatch())
        return -1;
    hour = m.capturedView(1).toInt();
    minute = m.capturedView(2).toInt();
    if (hour > 24 || minute > 59)
        return -1;
    return i;
}

int clockAt(const FinderContext &c, int i, int &hour, int &minute)
{
    const int end = clockNumberAt(c, i, hour, minute);
    if (end < 0 || end >= c.text.size() || c.word(end).glue != WordInfo::Clock)
        return -1;
    return end + 1;
}

bool yearCountsObjects(const FinderContext &c, int i)
{
    const TokenizedText &text = c.text;
    if (i + 1 >= text.size() || i < 0)
        return false;
    const Token &next = text.at(i + 1);
    if (next.kind != Token::Word || !next.upper || next.allUpper || next.sentence != text.at(i).sentence)
        return false;
    const WordInfo &after = c.word(i + 1);
    if (!after.has(WordInfo::Capitalized) || after.month || after.weekday
        || (after.flags & (WordInfo::DateWord | WordInfo::UnitWord)) || after.period != WordInfo::NoPeriod)
        return false;
    const WordInfo &before = c.word(i - 1);
    return !(before.has(WordInfo::DatePreposition) || before.yearNoun || before.has(WordInfo::RangeStart));
}

} // namespace Lagebild::Analysis
