// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/germanstemmer.h"

#include "text/foldedwordlist.h"
#include "text/germanfolding.h"

#include <libstemmer.h>

#include <unordered_set>

namespace Lagebild::Text {

namespace {

// Built once per process from the generated lexicon resource, then shared read-only.
const std::unordered_set<std::string> &genitiveExceptions()
{
    static const std::unordered_set<std::string> words
        = readFoldedWordList(QStringLiteral(":/lexicon/genitive-exceptions.txt"));
    return words;
}

// Which umlaut stems stay apart from their plain-vowel twins (lagebild-lexicongen writes both
// lists from the German lexicon; see its umlautverdicts.h).
const std::unordered_set<std::string> &distinctUmlautStems()
{
    static const std::unordered_set<std::string> stems
        = readFoldedWordList(QStringLiteral(":/lexicon/umlaut-distinct.txt"));
    return stems;
}

const std::unordered_set<std::string> &mergeableUmlautStems()
{
    static const std::unordered_set<std::string> stems
        = readFoldedWordList(QStringLiteral(":/lexicon/umlaut-mergeable.txt"));
    return stems;
}

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// Folding wrote umlauts as digraphs; Snowball's German stemmer merges umlaut plurals with their
// singulars ("Verträge" → "vertrag", "Zölle" → "zoll") only when it sees the umlaut. So the
// digraphs go back to umlauts first, as Snowball's german2 variant does, "ue" after "q" excepted
// ("Quelle"). Typed digraphs ("Behoerden") meet the umlaut ("Behörden") the same way.
bool restoreUmlauts(std::string_view folded, std::string &out)
{
    out.clear();
    bool restored = false;
    for (size_t i = 0; i < folded.size(); ++i) {
        const char c = folded[i];
        if (i + 1 < folded.size() && folded[i + 1] == 'e'
            && (c == 'a' || c == 'o' || (c == 'u' && (i == 0 || folded[i - 1] != 'q')))) {
            out.append(c == 'a' ? "ä" : c == 'o' ? "ö" : "ü");
            restored = true;
            ++i;
            continue;
        }
        out.push_back(c);
    }
    return restored;
}

// The first `letters` letters of the umlauted word, umlauts written as digraphs again: Snowball's
// stem with its umlauts kept ("förderung" → "forder" → "foerder").
std::string_view umlautPrefix(std::string_view umlauted, size_t letters, std::string &out)
{
    out.clear();
    for (size_t i = 0; i < umlauted.size() && letters > 0; --letters) {
        if (static_cast<unsigned char>(umlauted[i]) == 0xC3 && i + 1 < umlauted.size()) {
            const auto second = static_cast<unsigned char>(umlauted[i + 1]);
            out.append(second == 0xA4 ? "ae"
                    : second == 0xB6  ? "oe"
                    : second == 0xBC  ? "ue"
                                      : umlauted.substr(i, 2));
            i += 2;
            continue;
        }
        const auto lead = static_cast<unsigned char>(umlauted[i]);
        const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        out.append(umlauted.substr(i, length));
        i += length;
    }
    return out;
}

// Decided by the longest ending of the stem that a list holds, so an unknown compound follows its
// head ("wirtschaftsfoerder" as "foerder"); no listed ending merges.
bool keepsUmlaut(std::string_view stem, std::string &probe)
{
    for (size_t i = 0; i < stem.size(); ++i) {
        if ((static_cast<unsigned char>(stem[i]) & 0xC0) == 0x80)
            continue;
        probe.assign(stem.substr(i));
        if (distinctUmlautStems().count(probe))
            return true;
        if (mergeableUmlautStems().count(probe))
            return false;
    }
    return false;
}

} // namespace

GermanStemmer::GermanStemmer() : m_stemmer(sb_stemmer_new("german", "UTF_8"))
{
    (void)genitiveExceptions();
    (void)distinctUmlautStems();
    (void)mergeableUmlautStems();
}

GermanStemmer::~GermanStemmer()
{
    sb_stemmer_delete(m_stemmer);
}

std::string_view GermanStemmer::stem(std::string_view word)
{
    m_key.assign(word);
    if (const auto cached = m_cache.find(m_key); cached != m_cache.end())
        return cached->second;
    if (m_cache.size() > 200000)
        m_cache.clear(); // bounded memory; rebuilding is cheap
    if (word.size() >= 4 && word.back() == 's' && isVowel(word[word.size() - 2])
        && !genitiveExceptions().count(std::string(word)))
        word.remove_suffix(1);
    const bool restored = restoreUmlauts(word, m_umlauted);
    const sb_symbol *result = sb_stemmer_stem(
        m_stemmer, reinterpret_cast<const sb_symbol *>(m_umlauted.data()), int(m_umlauted.size()));
    if (!result) {
        m_buffer.assign(word); // out of memory inside libstemmer: the word still matches itself
        return m_buffer;
    }
    m_buffer.assign(reinterpret_cast<const char *>(result), size_t(sb_stemmer_length(m_stemmer)));
    if (restored) {
        size_t letters = 0;
        for (const char c : m_buffer)
            letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        const std::string_view kept = umlautPrefix(m_umlauted, letters, m_kept);
        if (kept.size() > m_buffer.size() && keepsUmlaut(kept, m_probe))
            m_buffer.assign(kept);
    }
    return m_cache.emplace(m_key, m_buffer).first->second;
}

} // namespace Lagebild::Text
