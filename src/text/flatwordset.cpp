// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/flatwordset.h"

namespace Lagebild::Text {

size_t FlatWordSet::probe(std::string_view word, quint64 wordHash) const
{
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(wordHash) & mask;
    while (m_slots[i].length != 0
        && !(m_slots[i].hash == wordHash && m_slots[i].length == word.size()
            && std::string_view(m_bytes.data() + m_slots[i].offset, m_slots[i].length) == word))
        i = (i + 1) & mask;
    return i;
}

void FlatWordSet::insert(std::string_view word)
{
    if (word.empty())
        return;
    if (2 * (m_count + 1) > m_slots.size())
        grow();
    const quint64 h = hash(word);
    Slot &slot = m_slots[probe(word, h)];
    if (slot.length != 0)
        return;
    slot = Slot {h, quint32(m_bytes.size()), quint32(word.size())};
    m_bytes.append(word);
    ++m_count;
}

void FlatWordSet::grow()
{
    const std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 64 : old.size() * 2, Slot {});
    for (const Slot &slot : old) {
        if (slot.length != 0)
            m_slots[probe(std::string_view(m_bytes.data() + slot.offset, slot.length), slot.hash)] = slot;
    }
}

} // namespace Lagebild::Text
