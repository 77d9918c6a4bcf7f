// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/hashslot.h"

#include <QtGlobal>

#include <vector>

namespace Lagebild::Analysis {

/// A map from 64-bit hashes (such as Text::wordHash) to values: open addressing in one array,
/// probed as HashSet probes (HashSlot). The engine asks its word tables about every
/// token; std::unordered_map spent most of that in the division by its bucket count and in
/// following node pointers. Not iterable: the engine only inserts while loading and looks up.
template<typename Value> class HashMap
{
public:
    /// The value under `key`, or nullptr.
    [[nodiscard]] const Value *find(quint64 key) const
    {
        if (m_slots.empty())
            return nullptr;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = HashSlot::first(key, m_shift);; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (!slot.used)
                return nullptr;
            if (slot.key == key)
                return &slot.value;
        }
    }

    /// The value under `key`, inserted value-initialised when missing.
    Value &operator[](quint64 key)
    {
        if (2 * (m_count + 1) > m_slots.size())
            grow();
        Slot &slot = m_slots[probe(key)];
        if (!slot.used) {
            slot = Slot {key, Value {}, true};
            ++m_count;
        }
        return slot.value;
    }

    [[nodiscard]] size_t size() const { return m_count; }

private:
    struct Slot
    {
        quint64 key = 0;
        Value value {};
        bool used = false;
    };

    // The slot holding `key`, or the empty one where it belongs.
    [[nodiscard]] size_t probe(quint64 key) const
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = HashSlot::first(key, m_shift);
        while (m_slots[i].used && m_slots[i].key != key)
            i = (i + 1) & mask;
        return i;
    }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 64 : old.size() * 2, Slot {});
        m_shift = HashSlot::shiftFor(m_slots.size());
        for (Slot &slot : old)
            if (slot.used)
                m_slots[probe(slot.key)] = std::move(slot);
    }

    std::vector<Slot> m_slots; // power of two, at most half full
    int m_shift = 64;
    size_t m_count = 0;
};

} // namespace Lagebild::Analysis
