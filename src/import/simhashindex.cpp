// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/simhashindex.h"

#include "import/fingerprint.h"

#include <algorithm>
#include <bit>

namespace Lagebild {

namespace {

constexpr int maxBlockTolerance = 3; // 697 buckets per block; 4 would be 2,517
constexpr size_t prefetchAhead = 8;

quint16 blockOf(quint64 hash, int block)
{
    return quint16(hash >> (16 * block));
}

/// Grows `v` to `n` elements with an eighth to spare, not the doubling of resize(): the tables
/// grow by a few thousand hashes at a time, and doubling would leave up to half of them unused.
template<typename T> void resizeWithSlack(std::vector<T> &v, size_t n)
{
    if (v.capacity() < n)
        v.reserve(n + n / 8);
    v.resize(n);
}

} // namespace

SimhashIndex::SimhashIndex(int maxDistance)
    : m_maxDistance(maxDistance), m_blockTolerance(std::max(0, maxDistance) / blocks)
{
    if (m_blockTolerance > maxBlockTolerance)
        return; // scans
    for (quint32 mask = 0; mask < quint32(bucketsPerBlock); ++mask) {
        if (std::popcount(mask) <= m_blockTolerance)
            m_flips.push_back(quint16(mask));
    }
}

quint32 SimhashIndex::tailLimit() const
{
    // A probe compares the tail in full: at most 4,096, against about 42,000 hashes compared in
    // the tables at a million. Taking the tail in copies every stored hash once per table, in
    // sequence: with the tail a sixty-fourth of the size, 64 copies per table and added hash up
    // to 262,144 stored, N / 4,096 beyond (244 at a million).
    return std::clamp<quint32>(m_sorted / 64, 256, 4096);
}

void SimhashIndex::add(quint64 hash)
{
    m_hashes.push_back(hash);
    if (!scans() && size() - m_sorted > tailLimit())
        sortTail();
}

void SimhashIndex::sortTail()
{
    const auto n = quint32(m_hashes.size());
    for (int b = 0; b < blocks; ++b) {
        Table &table = m_tables[size_t(b)];
        if (table.starts.empty())
            table.starts.assign(size_t(bucketsPerBlock) + 1, 0);
        // Where each bucket begins once the tail is in: the tail's hashes per bucket, summed.
        std::vector<quint32> moved(size_t(bucketsPerBlock) + 1, 0);
        for (quint32 p = m_sorted; p < n; ++p)
            ++moved[size_t(blockOf(m_hashes[p], b)) + 1];
        for (size_t k = 1; k < moved.size(); ++k)
            moved[k] += moved[k - 1] + (table.starts[k] - table.starts[k - 1]);
        resizeWithSlack(table.hashes, n);
        resizeWithSlack(table.positions, n);
        // Each bucket moves up by the tail's hashes of the buckets before it. From the last bucket
        // down, a bucket's new place lies at or above its old one and above every lower
        // bucket's: one pass of sequential moves, no hash overwritten before it moved.
        for (int k = bucketsPerBlock - 1; k >= 0; --k) {
            const quint32 from = table.starts[size_t(k)];
            const quint32 count = table.starts[size_t(k) + 1] - from;
            const quint32 to = moved[size_t(k)];
            if (to == from)
                break; // this bucket and all below it stay where they are
            std::copy_backward(table.hashes.begin() + from, table.hashes.begin() + from + count,
                table.hashes.begin() + to + count);
            std::copy_backward(table.positions.begin() + from, table.positions.begin() + from + count,
                table.positions.begin() + to + count);
        }
        // The tail after each bucket's earlier hashes: a bucket stays in the order of adding.
        std::vector<quint32> next(moved.size() - 1);
        for (size_t k = 0; k < next.size(); ++k)
            next[k] = moved[k] + (table.starts[k + 1] - table.starts[k]);
        for (quint32 p = m_sorted; p < n; ++p) {
            const quint32 at = next[blockOf(m_hashes[p], b)]++;
            table.hashes[at] = m_hashes[p];
            table.positions[at] = p;
        }
        table.starts = std::move(moved);
    }
    m_sorted = n;
}

void SimhashIndex::truncate(quint32 count)
{
    if (count >= size())
        return;
    m_hashes.resize(count);
    if (scans() || count >= m_sorted)
        return; // only the tail shrinks
    // Rare (a batch rolled back): the tables are built anew from what is kept.
    for (Table &table : m_tables)
        table.starts.clear();
    m_sorted = 0;
    sortTail();
}

namespace {

// The probe's loops, compiled twice (below): at a million stored hashes a probe compares about
// 45,000 of them, each a bit count, which without the POPCNT instruction is a dozen more.
template<typename Tables>
[[gnu::always_inline]] inline void probeTables(const Tables &tables, const std::vector<quint16> &flips,
    const std::vector<quint64> &tail, quint32 tailFrom, int maxDistance, int blockTolerance, quint64 hash,
    std::vector<SimhashCandidate> &into)
{
    if (tailFrom > 0) {
        for (size_t b = 0; b < tables.size(); ++b) {
            const quint16 mine = blockOf(hash, int(b));
            const auto &table = tables[b];
            const size_t count = flips.size();
            for (size_t f = 0; f < count; ++f) {
                // The probe waits on memory, not on comparing: ask for a bucket's hashes a few
                // buckets before they are compared.
                if (f + prefetchAhead < count)
                    __builtin_prefetch(
                        table.hashes.data() + table.starts[quint16(mine ^ flips[f + prefetchAhead])]);
                const quint16 key = mine ^ flips[f];
                const quint32 end = table.starts[size_t(key) + 1];
                for (quint32 i = table.starts[key]; i < end; ++i) {
                    const quint64 diff = hash ^ table.hashes[i];
                    const int d = __builtin_popcountll(diff);
                    if (d > maxDistance)
                        continue;
                    // Found once: by the first block that is within the tolerance.
                    bool earlier = false;
                    for (size_t a = 0; a < b && !earlier; ++a)
                        earlier = __builtin_popcount(blockOf(diff, int(a))) <= blockTolerance;
                    if (!earlier)
                        into.push_back({d, table.positions[i]});
                }
            }
        }
    }
    for (quint32 p = tailFrom; p < quint32(tail.size()); ++p) {
        if (const int d = __builtin_popcountll(hash ^ tail[p]); d <= maxDistance)
            into.push_back({d, p});
    }
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
template<typename Tables>
[[gnu::target("popcnt")]] void probeTablesWithPopcnt(const Tables &tables, const std::vector<quint16> &flips,
    const std::vector<quint64> &tail, quint32 tailFrom, int maxDistance, int blockTolerance, quint64 hash,
    std::vector<SimhashCandidate> &into)
{
    probeTables(tables, flips, tail, tailFrom, maxDistance, blockTolerance, hash, into);
}
#endif

} // namespace

void SimhashIndex::probe(quint64 hash, std::vector<SimhashCandidate> &into) const
{
    const quint32 tailFrom = scans() ? 0 : m_sorted;
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (popcntAvailable()) {
        probeTablesWithPopcnt(
            m_tables, m_flips, m_hashes, tailFrom, m_maxDistance, m_blockTolerance, hash, into);
        return;
    }
#endif
    probeTables(m_tables, m_flips, m_hashes, tailFrom, m_maxDistance, m_blockTolerance, hash, into);
}

quint64 SimhashIndex::comparisonsFor(quint64 hash) const
{
    const quint32 tailFrom = scans() ? 0 : m_sorted;
    quint64 compared = size() - tailFrom;
    if (tailFrom == 0)
        return compared;
    for (int b = 0; b < blocks; ++b) {
        const quint16 mine = blockOf(hash, b);
        const Table &table = m_tables[size_t(b)];
        for (const quint16 flip : m_flips) {
            const quint16 key = mine ^ flip;
            compared += table.starts[size_t(key) + 1] - table.starts[key];
        }
    }
    return compared;
}

quint64 SimhashIndex::memoryBytes() const
{
    quint64 bytes = m_hashes.capacity() * sizeof(quint64) + m_flips.capacity() * sizeof(quint16);
    for (const Table &table : m_tables) {
        bytes += table.starts.capacity() * sizeof(quint32) + table.hashes.capacity() * sizeof(quint64)
            + table.positions.capacity() * sizeof(quint32);
    }
    return bytes;
}

} // namespace Lagebild
