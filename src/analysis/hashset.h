// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/hashslot.h"

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace Lagebild::Analysis {

/// HashMap's set, for the lists whose words are in or out: 64-bit word hashes (Text::wordHash and the
/// like), read a few dozen times per token: one multiplication and, mostly, one read of a flat
/// array. The std::unordered_set it replaces divided by a prime and followed a pointer to a node
/// for every question, together a few per cent of `extract`. No erase: the lists are filled once.
class HashSet
{
public:
    HashSet() = default;
    HashSet(std::initializer_list<std::uint64_t> keys)
    {
        for (const std::uint64_t key : keys)
            insert(key);
    }

    /// True when the key was new.
    bool insert(std::uint64_t key)
    {
        if (key == 0) {
            const bool added = !m_hasZero;
            m_hasZero = true;
            return added;
        }
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        std::uint64_t &slot = m_slots[find(key)];
        if (slot == key)
            return false;
        slot = key;
        ++m_count;
        return true;
    }
    [[nodiscard]] bool contains(std::uint64_t key) const
    {
        if (key == 0)
            return m_hasZero;
        return !m_slots.empty() && m_slots[find(key)] == key;
    }
    /// As std::unordered_set::count: 0 or 1.
    [[nodiscard]] std::size_t count(std::uint64_t key) const { return contains(key) ? 1 : 0; }
    [[nodiscard]] std::size_t size() const { return m_count + (m_hasZero ? 1 : 0); }
    [[nodiscard]] bool empty() const { return size() == 0; }

private:
    /// The slot holding the key, or the empty one where it belongs.
    [[nodiscard]] std::size_t find(std::uint64_t key) const
    {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = HashSlot::first(key, m_shift);; i = (i + 1) & mask)
            if (m_slots[i] == key || m_slots[i] == 0)
                return i;
    }
    void grow()
    {
        std::vector<std::uint64_t> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? 16 : old.size() * 2, 0);
        m_shift = HashSlot::shiftFor(m_slots.size());
        for (const std::uint64_t key : old)
            if (key != 0)
                m_slots[find(key)] = key;
    }

    std::vector<std::uint64_t> m_slots; // power of two, at most half full; 0: empty
    int m_shift = 64;
    std::size_t m_count = 0; // keys in m_slots
    bool m_hasZero = false;
};

} // namespace Lagebild::Analysis
