// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <vector>

namespace Lagebild::Analysis {

/// A large, read-only set of folded words: one UTF-16 buffer and an open-addressing table
/// keyed by Text::wordHash, so a lookup is one probe with the token's precomputed hash. The
/// German lexicon has 350,000 words; as QStrings in a QSet they took five times the memory.
class WordSet
{
public:
    /// Reads one word per line (lines starting with '#' skipped) and folds them (Text::foldWord).
    static WordSet fromResource(const QString &path);
    [[nodiscard]] bool contains(QStringView foldedWord, quint64 hash) const;
    [[nodiscard]] bool contains(const QString &foldedWord) const;
    [[nodiscard]] size_t size() const { return m_count; }

private:
    struct Slot
    {
        quint32 start = 0;
        quint32 length = 0; ///< 0: empty
    };
    std::u16string m_buffer;
    std::vector<Slot> m_slots; // power of two, at most half full
    size_t m_count = 0;
};

} // namespace Lagebild::Analysis
