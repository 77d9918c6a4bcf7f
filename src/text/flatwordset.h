// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/germanfolding.h"

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace Lagebild::Text {

/// A read-only set of UTF-8 words probed with string views: open addressing with linear probing
/// in one array, the words side by side in one buffer. The compound splitter asks about every
/// substring of every new word; a std::unordered_set<std::string> needed a std::string per probe,
/// a division by its bucket count and a pointer chase per node, which was over a third of the
/// import's tokenizing time. Exact (a hit compares the bytes), unlike the analysis engine's
/// fingerprint tables: the search index's tokens must not change.
class FlatWordSet
{
public:
    /// The hash a probe needs; precomputed by callers that probe many prefixes of one string.
    class Hasher
    {
    public:
        void add(char c) { m_hasher.add(char16_t(static_cast<unsigned char>(c))); }
        void add(std::string_view bytes)
        {
            for (const char c : bytes)
                add(c);
        }
        /// FNV-1a mixed, so that its low bits (the slot) depend on every byte: Text::wordHash
        /// over bytes instead of UTF-16 units.
        [[nodiscard]] quint64 value() const { return m_hasher.result(); }

    private:
        WordHasher m_hasher;
    };

    [[nodiscard]] static quint64 hash(std::string_view word)
    {
        Hasher h;
        h.add(word);
        return h.value();
    }

    void insert(std::string_view word);
    [[nodiscard]] bool contains(std::string_view word) const { return contains(word, hash(word)); }
    /// `wordHash` must be hash(word).
    [[nodiscard]] bool contains(std::string_view word, quint64 wordHash) const
    {
        if (m_slots.empty())
            return false;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(wordHash) & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.length == 0)
                return false;
            if (slot.hash == wordHash && slot.length == word.size()
                && std::string_view(m_bytes.data() + slot.offset, slot.length) == word)
                return true;
        }
    }
    [[nodiscard]] size_t size() const { return m_count; }

private:
    struct Slot
    {
        quint64 hash = 0;
        quint32 offset = 0;
        quint32 length = 0; ///< 0: empty (the empty word is never stored)
    };
    /// The slot holding `word`, or the empty one where it belongs.
    [[nodiscard]] size_t probe(std::string_view word, quint64 wordHash) const;
    void grow();

    std::vector<Slot> m_slots; // power of two, at most half full
    std::string m_bytes;
    size_t m_count = 0;
};

} // namespace Lagebild::Text
