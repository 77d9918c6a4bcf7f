// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace Lagebild::Analysis {

/// The probing rule HashSet and HashMap share: a table of a power of two slots, the first slot
/// from the high bits of the key times 2^64/φ (Fibonacci hashing: they depend on every bit of the
/// key, so keys that differ only in their high bits spread too), then linear probing.
struct HashSlot
{
    /// The shift that leaves log2(slots) bits of the product.
    [[nodiscard]] static constexpr int shiftFor(std::size_t slots)
    {
        int shift = 64;
        for (std::size_t n = slots; n > 1; n /= 2)
            --shift;
        return shift;
    }
    [[nodiscard]] static constexpr std::size_t first(std::uint64_t key, int shift)
    {
        return shift >= 64 ? 0 : std::size_t((key * 0x9e3779b97f4a7c15ull) >> shift);
    }
};

} // namespace Lagebild::Analysis
