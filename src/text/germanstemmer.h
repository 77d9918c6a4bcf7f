// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sb_stemmer;

namespace Lagebild::Text {

/// Snowball's German stemmer plus one rule it lacks: the genitive "s" after a vowel on names
/// ("Nvidias", "Chinas", "Huaweis"), stripped unless the German lexicon knows the word as it
/// stands ("Preis", "Haus"). Input is already folded (foldGermanUtf8); its digraphs become
/// umlauts again before Snowball runs, so umlaut plurals meet their singulars ("Verträge" and
/// "Vertraege" → "vertrag", "Zölle" → "zoll", "Ströme" → "strom") — unless the lexicon says the
/// umlaut makes another word ("Förderung" ≠ "Forderung", "drücken" ≠ "drucken", "wäre" ≠ "Ware"):
/// then the stem keeps it ("foerder").
/// Not thread-safe (libstemmer keeps state); use one per thread, e.g. one per FTS5 tokenizer.
class GermanStemmer
{
public:
    GermanStemmer();
    ~GermanStemmer();
    GermanStemmer(const GermanStemmer &) = delete;
    GermanStemmer &operator=(const GermanStemmer &) = delete;

    /// The stem of a folded word; the view stays valid until the next call.
    std::string_view stem(std::string_view foldedWord);

private:
    sb_stemmer *m_stemmer = nullptr;
    std::string m_buffer;
    // News vocabulary repeats heavily; remembering stems saves most Snowball runs.
    std::unordered_map<std::string, std::string> m_cache;
    std::string m_key;
    std::string m_umlauted;
    std::string m_kept;
    std::string m_probe;
};

} // namespace Lagebild::Text
