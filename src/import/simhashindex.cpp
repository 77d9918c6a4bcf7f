// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/simhashindex.h"

#include <algorithm>
#include <bit>

namespace Lagebild {

namespace {

constexpr int maxBlockTolerance = 3; // 697 buckets per block; 4 would be 2,517

quint16 blockOf(quint64 hash, int block)
{
    return quint16(hash >> (16 * block));
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
    for (auto &table : m_buckets)
        table.resize(bucketsPerBlock);
}

void SimhashIndex::add(quint64 hash)
{
    const auto position = quint32(m_hashes.size());
    m_hashes.push_back(hash);
    if (scans())
        return;
    for (int b = 0; b < blocks; ++b) {
        Bucket &bucket = m_buckets[size_t(b)][blockOf(hash, b)];
        bucket.hashes.push_back(hash);
        bucket.positions.push_back(position);
    }
}

void SimhashIndex::truncate(quint32 count)
{
    if (count >= size())
        return;
    m_hashes.resize(count);
    if (scans())
        return;
    for (auto &table : m_buckets) {
        for (auto &bucket : table) {
            // Positions grow within a bucket: the forgotten ones are at its end.
            while (!bucket.positions.empty() && bucket.positions.back() >= count) {
                bucket.positions.pop_back();
                bucket.hashes.pop_back();
            }
        }
    }
}

void SimhashIndex::probe(quint64 hash, std::vector<SimhashCandidate> &into) const
{
    if (scans()) {
        for (quint32 p = 0; p < size(); ++p) {
            if (const int d = std::popcount(hash ^ m_hashes[p]); d <= m_maxDistance)
                into.push_back({d, p});
        }
        return;
    }
    for (int b = 0; b < blocks; ++b) {
        const quint16 mine = blockOf(hash, b);
        const auto &table = m_buckets[size_t(b)];
        for (const quint16 flip : m_flips) {
            const Bucket &bucket = table[quint16(mine ^ flip)];
            for (size_t i = 0; i < bucket.hashes.size(); ++i) {
                const quint64 diff = hash ^ bucket.hashes[i];
                const int d = std::popcount(diff);
                if (d > m_maxDistance)
                    continue;
                // Found once: by the first block that is within the tolerance.
                bool earlier = false;
                for (int a = 0; a < b && !earlier; ++a)
                    earlier = std::popcount(blockOf(diff, a)) <= m_blockTolerance;
                if (!earlier)
                    into.push_back({d, bucket.positions[i]});
            }
        }
    }
}

} // namespace Lagebild
