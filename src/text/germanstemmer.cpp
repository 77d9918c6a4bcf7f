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

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// Folding wrote umlauts as digraphs; Snowball's German stemmer merges umlaut plurals with their
// singulars ("Verträge" → "vertrag", "Zölle" → "zoll") only when it sees the umlaut. So the
// digraphs go back to umlauts first, as Snowball's german2 variant does, "ue" after "q" excepted
// ("Quelle"). Typed digraphs ("Behoerden") meet the umlaut ("Behörden") the same way.
void restoreUmlauts(std::string_view folded, std::string &out)
{
    out.clear();
    for (size_t i = 0; i < folded.size(); ++i) {
        const char c = folded[i];
        if (i + 1 < folded.size() && folded[i + 1] == 'e'
            && (c == 'a' || c == 'o' || (c == 'u' && (i == 0 || folded[i - 1] != 'q')))) {
            out.append(c == 'a' ? "ä" : c == 'o' ? "ö" : "ü");
            ++i;
            continue;
        }
        out.push_back(c);
    }
}

} // namespace

GermanStemmer::GermanStemmer() : m_stemmer(sb_stemmer_new("german", "UTF_8"))
{
    (void)genitiveExceptions();
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
    restoreUmlauts(word, m_umlauted);
    const sb_symbol *result = sb_stemmer_stem(
        m_stemmer, reinterpret_cast<const sb_symbol *>(m_umlauted.data()), int(m_umlauted.size()));
    if (!result) {
        m_buffer.assign(word); // out of memory inside libstemmer: the word still matches itself
        return m_buffer;
    }
    m_buffer.assign(reinterpret_cast<const char *>(result), size_t(sb_stemmer_length(m_stemmer)));
    return m_cache.emplace(m_key, m_buffer).first->second;
}

} // namespace Lagebild::Text
