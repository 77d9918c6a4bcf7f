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
        Capitalized = 1u << 9,  ///< in the German lexicon, written capitalised
        Lowercase = 1u << 10,   ///< in the German lexicon, written in lower case
        UnitWord = 1u << 11,    ///< a scale, currency, time or percent word
        CommonAcronym = 1u << 12, ///< "KI", "CEO", "HBM": an ordinary word in capitals
        DateWord = 1u << 13,      ///< may start a relative date: "vergangenen", "gestern", "vor", "Vorjahr"
    };
    quint32 flags = 0;
    qint8 month = 0;   ///< 1–12 for month names and abbreviations
    qint8 weekday = 0; ///< 1–7
    qint8 ordinal = 0; ///< 1–4 for "ersten" … "vierten"

    [[nodiscard]] bool has(Flag f) const { return flags & f; }
};

} // namespace Lagebild::Analysis
