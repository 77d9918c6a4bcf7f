// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <vector>

namespace Lagebild {

/// A stored SimHash within reach of a probe: its Hamming distance and its position (the order
/// in which it was added).
struct SimhashCandidate
{
    int distance = 0;
    quint32 position = 0;
    friend bool operator<(const SimhashCandidate &l, const SimhashCandidate &r)
    {
        return l.distance != r.distance ? l.distance < r.distance : l.position < r.position;
    }
};

/// Every stored SimHash within a Hamming distance of a probe, found without comparing against
/// all of them (multi-index hashing): the 64 bits are cut into four 16-bit blocks, and two
/// hashes at most d bits apart agree on some block up to d / 4 bits. Each block has a table of
/// 65,536 buckets; a probe visits the buckets of the block values that few bits from its own.
/// Exact: it finds the same hashes as comparing with each. A linear scan at a million stored
/// hashes made the near-duplicate check quadratic (5 × 10¹¹ comparisons for the import).
/// Not synchronised: probes may run on many threads while nothing is added.
class SimhashIndex
{
public:
    /// Probes find hashes at most `maxDistance` bits away. Beyond 15 the block tolerance grows
    /// and the probes cost more than a scan; the index then scans.
    explicit SimhashIndex(int maxDistance);

    void add(quint64 hash);
    [[nodiscard]] quint32 size() const { return quint32(m_hashes.size()); }
    /// Forgets the hashes from `count` on (a rolled-back batch).
    void truncate(quint32 count);

    /// Stored hashes within reach of `hash`, in no particular order.
    void probe(quint64 hash, std::vector<SimhashCandidate> &into) const;

private:
    /// One bucket: the hashes apart from their positions, so a probe streams 8 bytes per
    /// stored hash, not 16 (the probe is memory-bound at a million hashes).
    struct Bucket
    {
        std::vector<quint64> hashes;
        std::vector<quint32> positions;
    };
    static constexpr int blocks = 4;
    static constexpr int bucketsPerBlock = 1 << 16;
    [[nodiscard]] bool scans() const { return m_flips.empty(); }

    int m_maxDistance;
    int m_blockTolerance;
    std::vector<quint16> m_flips; ///< every 16-bit mask of at most m_blockTolerance bits
    std::vector<quint64> m_hashes; ///< by position
    std::array<std::vector<Bucket>, blocks> m_buckets;
};

} // namespace Lagebild
