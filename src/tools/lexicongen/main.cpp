// SPDX-License-Identifier: GPL-3.0-or-later
// Derives lexicon tables from German word lists: full-form lists (one word per line, UTF-8,
// such as Debian's /usr/share/dict/ngerman) and Hunspell dictionaries (*.dic: a count line,
// then stem/FLAGS lines, such as /usr/share/hunspell/de_DE.dic), whose stems fill gaps the
// full-form list has ("Preis").
//
// capitalized.txt / lowercase.txt: every word, split by its first letter's case. The analysis
// engine uses them as a feature: a capitalised word the lexicon does not know is more likely a
// name ("Alibaba", "Capri"); one it knows as lower case starts a sentence ("Die", "Nach").
//
// genitive-exceptions.txt: words that end in a vowel + "s" but are not a genitive of another
// listed word ("Preis", "Haus", "Kurs" is not even a candidate). The search tokenizer strips a
// final genitive "s" from names ("Nvidias" → "Nvidia"), which the Snowball stemmer leaves alone,
// and must not strip it from these.
//
// compound-parts.txt: the nouns a compound can be built from, for the search tokenizer's
// decompounder ("Zollkontrollen" = Zoll + Kontrollen): capitalised words of at least three
// letters, written in letters only and not in capitals throughout ("USA", "EU" are no parts),
// less the names of names.txt.
//
// umlaut-distinct.txt / umlaut-mergeable.txt: which umlaut words the search stemmer keeps apart
// from the word without the umlaut ("Förderung" ≠ "Forderung") and which it merges although
// they end in such a word ("Verträge" ends in "träge"); see umlautverdicts.h.
//
// names.txt: capitalised Hunspell stems that carry none of the dictionary's compounding flags
// (x/y/z begin, middle, end; i/j linking forms; m the lower-case form inside a compound) and are
// not forbidden words: Hunspell's authors never let them take part in a compound, and they are
// names ("Frank", "Karl", "Einstein", "Mitterrand"). The splitter takes no part from them, so
// "Frankreich" is no "Frank·reich".
//
// Plain standard C++ on purpose: it runs during the build, before any Lagebild library exists.

#include "umlautverdicts.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace {

bool endsWithVowelS(const std::string &word)
{
    if (word.size() < 3 || word.back() != 's')
        return false;
    static const std::vector<std::string> vowels = {"a", "e", "i", "o", "u", "y", "ä", "ö", "ü"};
    const std::string stem = word.substr(0, word.size() - 1);
    return std::any_of(vowels.begin(), vowels.end(), [&](const std::string &v) {
        return stem.size() > v.size() && stem.compare(stem.size() - v.size(), v.size(), v) == 0;
    });
}

// A noun fit to be part of a compound: letters only (ASCII or a two-byte UTF-8 letter such
// as ä, ß, é), at least three of them, and no capital after the first (no acronyms).
bool isCompoundPart(const std::string &word)
{
    int letters = 0;
    for (size_t i = 0; i < word.size(); ++letters) {
        const auto c = static_cast<unsigned char>(word[i]);
        if (c >= 0xC3 && c <= 0xC5 && i + 1 < word.size()) {
            i += 2;
            continue;
        }
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) || (i > 0 && c <= 'Z'))
            return false;
        ++i;
    }
    return letters >= 3;
}

// A capitalised stem that Hunspell never compounds (see names.txt above).
bool isHunspellName(const std::string &stem, const std::string &flags)
{
    const auto first = static_cast<unsigned char>(stem.empty() ? 0 : stem[0]);
    if (!(first >= 'A' && first <= 'Z') || !isCompoundPart(stem))
        return false;
    return flags.find_first_of("xyzijmd") == std::string::npos;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::cerr << "usage: lagebild-lexicongen WORDLIST|HUNSPELL.dic... OUTPUT_DIR\n";
        return 2;
    }
    std::unordered_set<std::string> words;
    // Hunspell stems include lower-case noun forms for compounding ("kranich/…z"); only the
    // full-form lists say which words are really written in lower case.
    std::unordered_set<std::string> fullForms;
    std::unordered_set<std::string> names, compounding; // a stem may have several entries
    std::unordered_set<std::string> adjectives; // Hunspell's flag A
    for (int arg = 1; arg < argc - 1; ++arg) {
        const std::string path = argv[arg];
        std::ifstream in(path);
        if (!in) {
            std::cerr << "lagebild-lexicongen: cannot read " << path << '\n';
            return 1;
        }
        const bool hunspell = path.size() > 4 && path.compare(path.size() - 4, 4, ".dic") == 0;
        std::string line;
        bool first = true;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            if (hunspell) {
                if (std::exchange(first, false) || line.empty() || line.front() == '\t'
                    || line.front() == '#')
                    continue;
                const size_t slash = line.find('/');
                const std::string flags = slash == std::string::npos ? std::string() : line.substr(slash + 1);
                line = line.substr(0, slash);
                (isHunspellName(line, flags) ? names : compounding).insert(line);
                if (flags.find('A') != std::string::npos)
                    adjectives.insert(line);
            }
            if (!line.empty()) {
                words.insert(line);
                if (!hunspell)
                    fullForms.insert(line);
            }
        }
    }

    std::vector<std::string> exceptions;
    for (const std::string &word : words) {
        if (endsWithVowelS(word) && !words.count(word.substr(0, word.size() - 1)))
            exceptions.push_back(word);
    }
    std::sort(exceptions.begin(), exceptions.end());

    const std::filesystem::path dir(argv[argc - 1]);
    std::filesystem::create_directories(dir);
    std::vector<std::string> capitalized, lowercase;
    for (const std::string &word : words) {
        const auto first = static_cast<unsigned char>(word[0]);
        // ASCII upper case, or the UTF-8 lead byte of Ä/Ö/Ü (C3 84/96/9C).
        const bool upper = (first >= 'A' && first <= 'Z')
            || (first == 0xC3 && word.size() > 1
                && (static_cast<unsigned char>(word[1]) == 0x84 || static_cast<unsigned char>(word[1]) == 0x96
                    || static_cast<unsigned char>(word[1]) == 0x9C));
        if (upper)
            capitalized.push_back(word);
        else if (fullForms.count(word))
            lowercase.push_back(word);
    }
    for (const std::string &word : compounding)
        names.erase(word);
    std::vector<std::string> compoundParts;
    std::copy_if(capitalized.begin(), capitalized.end(), std::back_inserter(compoundParts),
        [&](const std::string &word) { return isCompoundPart(word) && !names.count(word); });
    std::vector<std::string> nameList(names.begin(), names.end());
    std::unordered_set<std::string> writtenForms = fullForms;
    writtenForms.insert(capitalized.begin(), capitalized.end());
    UmlautVerdicts umlauts = umlautVerdicts(writtenForms, adjectives);
    for (auto *list : {&capitalized, &lowercase, &compoundParts, &nameList})
        std::sort(list->begin(), list->end());
    for (const auto &[name, list] : {std::pair {"capitalized.txt", &capitalized},
             std::pair {"lowercase.txt", &lowercase}, std::pair {"compound-parts.txt", &compoundParts},
             std::pair {"names.txt", &nameList}, std::pair {"umlaut-distinct.txt", &umlauts.distinct},
             std::pair {"umlaut-mergeable.txt", &umlauts.mergeable}}) {
        std::ofstream file(dir / name, std::ios::trunc);
        for (const std::string &word : *list)
            file << word << '\n';
        if (!file) {
            std::cerr << "lagebild-lexicongen: cannot write " << name << '\n';
            return 1;
        }
    }
    std::ofstream out(dir / "genitive-exceptions.txt", std::ios::trunc);
    out << "# Generated by lagebild-lexicongen from the German word lists named in the build; do not edit.\n";
    for (const std::string &word : exceptions)
        out << word << '\n';
    if (!out) {
        std::cerr << "lagebild-lexicongen: cannot write to " << dir << '\n';
        return 1;
    }
    return 0;
}
