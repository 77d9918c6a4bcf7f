// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace Lagebild::Text {

/// A part of a compound: a byte range inside the folded word, linking element excluded.
struct CompoundPart
{
    size_t offset = 0;
    size_t length = 0;
};

/// Splits German compound nouns into the nouns they are built from, so that a search for
/// "Zoll" finds "Zollkontrollen" and "Zollbeamte". Knows words, not compounds: every part must
/// be a noun of the generated lexicon (wngerman and hunspell-de-de, compound-parts.txt) that
/// resources/search/compound-stoplist.txt does not exclude ("Mit", "Schaft"), joined directly or
/// by a linking element (-s-, -es-, -n- after e, -en-: "Bund·es·regierung"); the last part may
/// carry an inflection ending ("Exportstopp·s"). Of all such splits the one with the fewest parts
/// wins, then the one with the longest last part, then the longest first part; a word that splits
/// into no known nouns ("Verband": "Ver" is no noun, "and" neither) stays whole, and so does a
/// proper name: a one-word name of the gazetteers or one Hunspell never compounds (names.txt),
/// also with a genitive or inhabitant ending ("Frankreich", "Frankfurter"). Input is folded
/// (foldGermanUtf8).
/// Thread-safe: the lexicon is loaded on the first split (queries never need it) and only read.
class GermanCompoundSplitter
{
public:
    /// The parts of `folded`, empty when it is no compound of known nouns. Parts that are
    /// compounds themselves are followed by their own parts ("Grenzzollkontrolle": Grenz,
    /// Zollkontrolle, Zoll, Kontrolle), so a search for any level finds the word.
    [[nodiscard]] std::vector<CompoundPart> split(std::string_view folded) const;

private:
    void splitInto(std::string_view word, size_t base, std::vector<CompoundPart> &parts) const;
};

} // namespace Lagebild::Text
