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

    /// How many stored hashes probe(`hash`) compares with it (lagebild-bench-simhash).
    [[nodiscard]] quint64 comparisonsFor(quint64 hash) const;
    /// The bytes the index holds (its vectors' capacities).
    [[nodiscard]] quint64 memoryBytes() const;

private:
    /// One block's buckets in three flat arrays: bucket k holds the entries from starts[k] up to
    /// starts[k + 1], in the order they were added. A probe at a million hashes visits 2,788
    /// buckets of about 15 hashes: a bucket of its own (a vector each) cost a cache miss for the
    /// bucket and another for its hashes, and a small allocation per bucket; here the starts of
    /// all buckets take 256 KB, and buckets of neighbouring block values lie side by side.
    /// The hashes apart from their positions: a probe streams 8 bytes per stored hash.
    struct Table
    {
        std::vector<quint32> starts;
        std::vector<quint64> hashes;
        std::vector<quint32> positions;
    };
    static constexpr int blocks = 4;
    static constexpr int bucketsPerBlock = 1 << 16;
    [[nodiscard]] bool scans() const { return m_flips.empty(); }
    /// Moves the tail into the tables.
    void sortTail();
    /// How many hashes may wait in the tail before the tables are built again.
    [[nodiscard]] quint32 tailLimit() const;

    int m_maxDistance;
    int m_blockTolerance;
    std::vector<quint16> m_flips; ///< every 16-bit mask of at most m_blockTolerance bits
    std::vector<quint64> m_hashes; ///< by position
    /// Hashes [0, m_sorted) are in the tables; the later ones (the tail) a probe compares one by
    /// one: flat tables cannot take one hash at a time (each would move up to a million), so
    /// they take the tail when it has grown to tailLimit().
    quint32 m_sorted = 0;
    std::array<Table, blocks> m_tables;
};

} // namespace Lagebild
