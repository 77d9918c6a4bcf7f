// SPDX-License-Identifier: GPL-3.0-or-later
#include "umlautverdicts.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

#include <libstemmer.h>

namespace {

// UTF-8 umlauts: a lead byte 0xC3, then Ä Ö Ü (0x84 0x96 0x9C) or ä ö ü (0xA4 0xB6 0xBC).
constexpr unsigned char umlautLead = 0xC3;

char plainVowel(unsigned char second)
{
    switch (second) {
    case 0x84:
    case 0xA4:
        return 'a';
    case 0x96:
    case 0xB6:
        return 'o';
    case 0x9C:
    case 0xBC:
        return 'u';
    default:
        return 0;
    }
}

bool isUmlautAt(std::string_view word, size_t i)
{
    return i + 1 < word.size() && static_cast<unsigned char>(word[i]) == umlautLead
        && plainVowel(static_cast<unsigned char>(word[i + 1])) != 0;
}

bool hasUmlaut(std::string_view word)
{
    for (size_t i = 0; i < word.size(); ++i) {
        if (isUmlautAt(word, i))
            return true;
    }
    return false;
}

bool isCapitalized(std::string_view word)
{
    if (word.empty())
        return false;
    const auto first = static_cast<unsigned char>(word[0]);
    return (first >= 'A' && first <= 'Z')
        || (first == umlautLead && word.size() > 1 && static_cast<unsigned char>(word[1]) < 0xA0);
}

// Lower case for ASCII and the umlauts, which is all the German lexicon needs here.
std::string lowered(std::string_view word)
{
    std::string out(word);
    for (size_t i = 0; i < out.size(); ++i) {
        auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z')
            out[i] = char(c - 'A' + 'a');
        else if (isUmlautAt(out, i) && static_cast<unsigned char>(out[i + 1]) < 0xA0) {
            out[i + 1] = char(static_cast<unsigned char>(out[i + 1]) + 0x20); // Ä (C3 84) → ä (C3 A4)
            ++i;
        }
    }
    return out;
}

std::string capitalized(std::string word)
{
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z')
        word[0] = char(word[0] - 'a' + 'A');
    return word;
}

// The word with the umlaut at byte i (or every umlaut, i = npos) written as its plain vowel.
std::string withoutUmlaut(std::string_view word, size_t at = std::string_view::npos)
{
    std::string out;
    for (size_t i = 0; i < word.size(); ++i) {
        if ((at == std::string_view::npos || i == at) && isUmlautAt(word, i)) {
            out.push_back(plainVowel(static_cast<unsigned char>(word[i + 1])));
            ++i;
            continue;
        }
        out.push_back(word[i]);
    }
    return out;
}

bool endsWith(std::string_view word, std::string_view ending)
{
    return word.size() > ending.size() && word.substr(word.size() - ending.size()) == ending;
}

// German inflection that umlauts the stem: plurals of nouns ("Verträge", "Häusern", and without
// an ending after -el/-er/-en: "Mütter", "Gärten", "Äpfel") and comparison of adjectives ("älter",
// "größten", "kürzeste").
bool umlautIsInflection(const std::string &word, const std::unordered_set<std::string> &words,
    const std::unordered_set<std::string> &adjectives)
{
    const std::string lower = lowered(word);
    size_t last = std::string::npos;
    for (size_t i = 0; i < lower.size(); ++i) {
        if (isUmlautAt(lower, i))
            last = i;
    }
    const std::string base = withoutUmlaut(lower, last);
    if (isCapitalized(word)) {
        // The dative plural adds -n to a plural that is a word itself ("Verträgen", "Häusern"); an
        // -n or -en on a singular never comes with an umlaut, so "Förderungen" is no plural of
        // "Forderung".
        if (endsWith(word, "n") && words.count(word.substr(0, word.size() - 1)))
            return umlautIsInflection(word.substr(0, word.size() - 1), words, adjectives);
        for (const std::string_view ending : {"e", "er"}) {
            if (endsWith(base, ending)
                && words.count(capitalized(base.substr(0, base.size() - ending.size()))))
                return true;
        }
        // Without an ending after -el, -er, -en ("Mütter", "Äpfel", "Gärten"), where a noun in -en
        // must be a singular: "Zählen" is no plural of "Zahlen", itself the plural of "Zahl".
        const std::string singular = capitalized(base);
        if (endsWith(base, "en"))
            return words.count(singular) && !words.count(singular.substr(0, singular.size() - 2))
                && !words.count(singular.substr(0, singular.size() - 1));
        return (endsWith(base, "el") || endsWith(base, "er")) && words.count(singular);
    }
    static constexpr std::array<std::string_view, 18> comparisonEndings
        = {"er", "ere", "eren", "erer", "eres", "erem", "st", "ste", "sten", "ster", "stes", "stem", "est",
            "este", "esten", "ester", "estes", "estem"};
    if (std::any_of(comparisonEndings.begin(), comparisonEndings.end(), [&](std::string_view ending) {
            return endsWith(base, ending) && adjectives.count(base.substr(0, base.size() - ending.size()));
        }))
        return true;
    // A strong verb's second and third person ("hält", "fährt", "lässt", "hältst" of "halten"…),
    // unless the umlauted infinitive is a verb itself ("drückt" is of "drücken", not "drucken").
    for (const std::string_view ending : {"t", "st"}) {
        if (!endsWith(lower, ending))
            continue;
        const std::string stem = lower.substr(0, lower.size() - ending.size());
        if (words.count(withoutUmlaut(stem) + "en") && !words.count(stem + "en"))
            return true;
    }
    return false;
}

// The stem Snowball gives the word, with its umlauts kept: Snowball only cuts endings and writes
// umlauts as plain vowels at the end, so the stem is as many letters of the word as Snowball
// returns. ß is written "ss" first, as the search tokenizer's folding does.
std::string umlautStem(sb_stemmer *stemmer, const std::string &lowerWord)
{
    std::string word;
    for (size_t i = 0; i < lowerWord.size(); ++i) {
        if (i + 1 < lowerWord.size() && static_cast<unsigned char>(lowerWord[i]) == umlautLead
            && static_cast<unsigned char>(lowerWord[i + 1]) == 0x9F) {
            word += "ss";
            ++i;
        } else {
            word.push_back(lowerWord[i]);
        }
    }
    const sb_symbol *stem
        = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(word.data()), int(word.size()));
    size_t letters = 0;
    for (const char c :
        std::string_view(reinterpret_cast<const char *>(stem), size_t(sb_stemmer_length(stemmer))))
        letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    size_t end = 0;
    for (; end < word.size() && letters > 0; --letters)
        end += isUmlautAt(word, end) || static_cast<unsigned char>(word[end]) >= 0x80 ? 2 : 1;
    return word.substr(0, end);
}

} // namespace

UmlautVerdicts umlautVerdicts(
    const std::unordered_set<std::string> &words, const std::unordered_set<std::string> &adjectives)
{
    std::unordered_set<std::string> lowerWords;
    for (const std::string &word : words)
        lowerWords.insert(lowered(word));
    sb_stemmer *stemmer = sb_stemmer_new("german", "UTF_8");
    // Per umlaut stem: how many of its words collide falsely, how many inflect with the umlaut.
    std::unordered_map<std::string, std::pair<int, int>> stems;
    for (const std::string &word : words) {
        if (!hasUmlaut(word))
            continue;
        const std::string lower = lowered(word);
        std::string stem = umlautStem(stemmer, lower);
        if (!hasUmlaut(stem))
            continue; // the umlaut was in the ending Snowball cut ("Ansätze" keeps it, "Gefühle" too)
        auto &[collides, inflects] = stems[std::move(stem)];
        if (umlautIsInflection(word, words, adjectives))
            ++inflects;
        else if (lowerWords.count(withoutUmlaut(lower)))
            ++collides;
    }
    sb_stemmer_delete(stemmer);
    // A stem whose words mostly collide stays apart ("zähl": "zählen", "Zähler", "zählt" against
    // "Zähler" read as a plural of "Zahl"); one whose words mostly inflect merges ("mütt"). One
    // with neither ("wirtschaftsförder": no "Wirtschaftsforderung" in the lexicon) is not listed
    // and follows its head like an unknown compound.
    std::unordered_set<std::string> distinct;
    for (const auto &[stem, votes] : stems) {
        if (votes.first > votes.second)
            distinct.insert(stem);
    }
    // A stem the lexicon does not hold is judged by its longest listed ending (compounds end in
    // their head: "Wirtschaftsförder…"), so a longer stem that merges must say so itself.
    constexpr size_t shortestEnding = 4; // bytes: "bär", "hält"
    UmlautVerdicts verdicts;
    for (const auto &entry : stems) {
        const std::string &stem = entry.first;
        if (distinct.count(stem)) {
            verdicts.distinct.push_back(stem);
            continue;
        }
        if (entry.second.second == 0)
            continue;
        for (size_t i = 1; i + shortestEnding <= stem.size(); ++i) {
            const auto c = static_cast<unsigned char>(stem[i]);
            if ((c & 0xC0) != 0x80 && distinct.count(stem.substr(i))) {
                verdicts.mergeable.push_back(stem);
                break;
            }
        }
    }
    std::sort(verdicts.distinct.begin(), verdicts.distinct.end());
    std::sort(verdicts.mergeable.begin(), verdicts.mergeable.end());
    return verdicts;
}
