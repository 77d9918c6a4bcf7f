// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Lagebild::Analysis {

/// What the engine's word lists say about one folded word, looked up once per token: one hash
/// lookup instead of one per list and finder (string hashing was a third of the run time).
struct WordInfo
{
    enum Flag : quint32 {
        GivenName = 1u << 0,
        PersonRole = 1u << 1,
        SpeechVerb = 1u << 2,
        ProductCue = 1u << 3,
        CompanyCue = 1u << 4,
        CompanySuffix = 1u << 5,
        OrganizationHead = 1u << 6,
        NumberWord = 1u << 7,
        DatePreposition = 1u << 8,
        Capitalized = 1u << 9, ///< in the German lexicon, written capitalised
        Lowercase = 1u << 10, ///< in the German lexicon, written in lower case
        UnitWord = 1u << 11, ///< a scale, currency, time or percent word
        CommonAcronym = 1u << 12, ///< "KI", "CEO", "HBM": an ordinary word in capitals
        DateWord = 1u << 13, ///< may start a relative date: "vergangenen", "gestern", "vor", "Vorjahr"
        DeicticDay = 1u << 14, ///< "gestern", "heute": dayOffset from the publication date
        RelativeWord = 1u << 15, ///< "vergangenen", "diese", "nächsten": relative periods back or ahead
        Season = 1u << 16, ///< "Sommer": dated by its year
        DatePart = 1u << 17, ///< "Anfang", "Mitte", "Ende"
        Daytime = 1u << 18, ///< "Abend", "früh" after a deictic day
        RangeStart = 1u << 19, ///< "zwischen", "vom": opens a range of two dates
        FutureOnset = 1u << 20, ///< "ab", "bis" before a weekday: the next such day
        FiscalYear = 1u << 21, ///< "Geschäftsjahr": a year noun whose year is no calendar year
        MonthAbbreviation = 1u << 22, ///< "Okt": takes its period ("Okt. 2025")
        Ago = 1u << 23, ///< "vor" in "vor drei Tagen"
        EventOffset = 1u << 24, ///< "zuvor", "später": "ein Jahr zuvor" counts from another event
        Weekend = 1u << 25, ///< "Wochenende": Saturday and Sunday, resolved like a weekday
        DateApproximator = 1u << 26, ///< "spätestens", "gegen": before a date, inside its span
        CompanyVerb = 1u << 27, ///< a row of company-verbs.tsv starts with the word: "beliefert", "kauft"
        PastOnset = 1u << 28, ///< "seit" before a month: the latest such month, never a coming one
        PastTense = 1u << 29, ///< "hatte", "war", "wurden": a sentence that tells what happened
        UntilOnset = 1u << 30, ///< "bis" before a month: the next such month ("bis Ende März")
        Anaphoric = 1u << 31, ///< "selben", "gleichen": the period of an event named before
    };
    /// Function words that hold temporal expressions together ("bis zum", "um … Uhr").
    enum Glue : qint8 {
        NoGlue,
        Article, ///< "der", "dem", "den", "des"
        In, ///< "in", "ins"
        InThe, ///< "im"
        Contraction, ///< "zum", "zur" after "bis"
        To, ///< "bis": joins a range
        And, ///< "und": joins a range after "zwischen"
        ClockPreposition, ///< "um", "gegen", "ab" before a time of day
        Clock, ///< "Uhr"
        PluralPeriod, ///< "Monaten", "Wochen", "Jahren": "in den letzten Monaten"
        Toward, ///< "zu": "in der Nacht zu Mittwoch", "zu Ostern"
        Onto, ///< "auf": "in der Nacht auf Mittwoch"
        At, ///< "an" before a named day: "an Heiligabend"
        After, ///< "nach": "in den ersten drei Monaten nach der Zulassung" counts from an event
    };
    /// Calendar units a date word names ("Woche", "Quartal"), or that a shifted period counts in.
    /// HalfOf: "Hälfte", a half only of a year named after it; Span: "Zeitraum", a stretch of time
    /// the text names elsewhere (norm null).
    enum Period : qint8 {
        NoPeriod,
        Week,
        Month,
        Quarter,
        Half,
        Year,
        FiscalQuarter,
        EventDay,
        HalfOf,
        Span,
        Decade
    };
    /// What a verb tells of when its clause happens, besides the past of PastTense (date-words.tsv
    /// "tense"): Future, a modal or verb of something coming ("will", "soll", "plant"); Perfect,
    /// an auxiliary that makes it done ("hat", "haben", "worden": "soll … unterzeichnet haben").
    enum Tense : qint8 {
        NoTense,
        Future,
        Perfect,
        PerfectAtEnd, ///< "sein": of the perfect only as its clause's last word ("soll … gelangt sein.")
        FutureWithInfinitive, ///< "wird", "werden": the future before an infinitive, else the passive
    };
    quint32 flags = 0;
    qint8 month = 0; ///< 1–12 for month names and abbreviations
    qint8 weekday = 0; ///< 1–7
    qint8 ordinal = 0; ///< 1–31 for "ersten" … "einunddreißigsten"
    qint8 dayOffset = 0; ///< DeicticDay: days from the publication date
    qint8 relative = 0; ///< RelativeWord: periods from the publication date
    qint8 seasonMonth = 0; ///< Season: the month that places it in a year ("Sommer" = 7)
    Period period = NoPeriod; ///< "Woche", "Jahres": the unit a relative word counts
    Period shifted = NoPeriod; ///< "Vorjahr", "Vormonat": a period counted from publication by shiftOffset
    qint8 shiftOffset = 0;
    Glue glue = NoGlue;
    Tense tense = NoTense;
    bool yearNoun = false; ///< "Jahr", "Geschäftsjahr" before a year stay inside the span
    /// A named day ("Heiligabend", "Ostern"): 1–12 its month with holidayDay its day; -1 a day
    /// holidayDay days from Easter Sunday; 0 none.
    qint8 holidayMonth = 0;
    qint8 holidayDay = 0;
    bool holidayPhrase
        = false; ///< the first word of a named day of several words (Resources::holidayPhrases)
    qint8 decadeYear = -1; ///< DatePart: the year of a decade it names ("Ende des Jahrzehnts" = 9), -1 none
    /// Word classes learned from unlabelled text (resources/analysis/word-clusters.tsv), for the
    /// name tagger: fine and coarse class + 1, 0 for a word the clustering did not see.
    quint16 cluster = 0;
    quint8 coarseCluster = 0;

    [[nodiscard]] bool has(Flag f) const { return flags & f; }
};

} // namespace Lagebild::Analysis
