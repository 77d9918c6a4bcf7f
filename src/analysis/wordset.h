// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace Lagebild::Analysis {

/// A large, read-only set of folded words, each marked with the word lists it came from (one
/// bit per list): one UTF-16 buffer and an open-addressing table keyed by Text::wordHash, so a
/// look-up is one probe sequence with the token's precomputed hash. The German lexicon has
/// 350,000 words; as QStrings in a QSet they took five times the memory. Its two lists
/// (capitalised and lower-case words) share one table, so one look-up per token answers both.
class WordSet
{
public:
    /// Reads one word per line of each resource (lines starting with '#' skipped), folds them
    /// (Text::foldWord) and marks each with its resource's bit.
    static WordSet fromResources(const std::vector<std::pair<QString, quint8>> &resources);
    /// The bits of the lists that hold the word; 0 when none does.
    [[nodiscard]] quint8 lists(QStringView foldedWord, quint64 hash) const;
    [[nodiscard]] size_t size() const { return m_count; }

private:
    struct Slot
    {
        quint32 start = 0;
        quint16 length = 0; ///< 0: empty
        quint8 lists = 0;
    };
    /// The slot holding the word, or the empty slot where it belongs.
    [[nodiscard]] size_t probe(QStringView foldedWord, quint64 hash) const;
    void add(QStringView foldedWord, quint8 list);

    std::u16string m_buffer;
    std::vector<Slot> m_slots; // power of two, at most half full
    size_t m_count = 0;
};

} // namespace Lagebild::Analysis
