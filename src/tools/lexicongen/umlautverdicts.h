// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

/// Which umlaut words the search stemmer may merge with the word without the umlaut.
///
/// Snowball's German stemmer writes every umlaut as its plain vowel, so "Verträge" meets
/// "Vertrag" — and "Förderung" meets "Forderung", "drücken" "drucken", "fährt" "Fahrt",
/// "wäre" "Ware". The lexicon tells the two apart: a merge is false when the word without its
/// umlaut is a word of its own and the umlaut is not explained by German inflection — a noun's
/// umlaut plural ("Vertrag" → "Verträge(n)", "Mutter" → "Mütter", "Haus" → "Häuser") or an
/// adjective's comparison ("alt" → "älter", "groß" → "größte").
struct UmlautVerdicts
{
    /// Lower-case stems (Snowball's, umlauts kept) whose umlaut must stay ("förder" of
    /// "Förderung", "drück", "schön").
    std::vector<std::string> distinct;
    /// Stems that merge although they end in a distinct one ("verträg" ends in "träg"): the
    /// stemmer decides by the longest listed ending.
    std::vector<std::string> mergeable;
};

/// Sorted verdicts over every word of the lexicon that holds an umlaut. `words` are full forms
/// as they are written (not Hunspell's lower-case compounding stems: "mütter/NMozm" is no word).
/// `adjectives` are Hunspell's stems with the adjective flag (A): comparison only counts for them
/// ("schöner" is no comparative of the adverb "schon").
[[nodiscard]] UmlautVerdicts umlautVerdicts(
    const std::unordered_set<std::string> &words, const std::unordered_set<std::string> &adjectives);
