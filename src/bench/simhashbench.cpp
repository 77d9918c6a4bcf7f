// SPDX-License-Identifier: GPL-3.0-or-later
// Near-duplicate probe benchmark: builds the import's SimHash index (SimhashIndex, tolerance 15
// bits as ImportOptions sets it) of N generated hashes and probes it as the import does, once
// per article. Prints per size the stored hashes a probe compares, the hashes it finds, probes/s
// on one thread, the index's own memory and the process's peak memory (max RSS). Fixed seed:
// every run sees the same hashes.
//
//   lagebild-bench-simhash [N ...]   (default: 100000 1000000)
//
// The stored hashes: nine in ten uniform (SimHash bits of unrelated articles are close to
// independent), one in ten a rewrite of an earlier one (up to 20 of its bits flipped). The
// probes: half uniform (an article with no earlier version, the common case), half a rewrite of a
// stored hash.

#include "import/simhashindex.h"
#include "services/importservice.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Lagebild;

namespace {

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

quint64 rewrite(quint64 hash, QRandomGenerator &random)
{
    for (int flips = int(random.bounded(21)); flips > 0; --flips)
        hash ^= quint64(1) << random.bounded(64);
    return hash;
}

void measure(quint32 n)
{
    QRandomGenerator random(24);
    std::vector<quint64> stored;
    stored.reserve(n);
    for (quint32 i = 0; i < n; ++i) {
        if (i > 0 && random.bounded(10) == 0)
            stored.push_back(rewrite(stored[random.bounded(i)], random));
        else
            stored.push_back(random.generate64());
    }
    constexpr int probes = 20000;
    std::vector<quint64> queries;
    queries.reserve(probes);
    for (int i = 0; i < probes; ++i)
        queries.push_back(i % 2 ? rewrite(stored[random.bounded(n)], random) : random.generate64());

    SimhashIndex index(ImportOptions {}.nearDuplicateMaxDistance);
    QElapsedTimer timer;
    timer.start();
    for (const quint64 h : stored)
        index.add(h);
    const double addSeconds = double(timer.nsecsElapsed()) / 1e9;

    quint64 compared = 0;
    for (const quint64 q : queries)
        compared += index.comparisonsFor(q);

    // Probed twice: the first round warms the caches as a long import has them warm.
    std::vector<SimhashCandidate> found;
    quint64 foundCount = 0;
    double probeSeconds = 0;
    for (int round = 0; round < 2; ++round) {
        foundCount = 0;
        timer.restart();
        for (const quint64 q : queries) {
            found.clear();
            index.probe(q, found);
            foundCount += found.size();
        }
        probeSeconds = double(timer.nsecsElapsed()) / 1e9;
    }
    std::printf("N = %u, maximum distance %d\n", n, ImportOptions {}.nearDuplicateMaxDistance);
    std::printf("  building               %.2f s (%.0f hashes/s)\n", addSeconds, double(n) / addSeconds);
    std::printf("  compared per probe     %.0f stored hashes\n", double(compared) / probes);
    std::printf("  found per probe        %.2f (uniform and rewritten probes together)\n",
        double(foundCount) / probes);
    std::printf("  probes                 %.0f /s on one thread (%.1f us each)\n", probes / probeSeconds,
        probeSeconds / probes * 1e6);
    std::printf("  index memory           %.1f MB\n", double(index.memoryBytes()) / (1024.0 * 1024.0));
    std::printf("  peak memory so far     %.1f MB (max RSS)\n", double(peakRssKb()) / 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<quint32> sizes;
    for (int i = 1; i < argc; ++i) {
        const long n = std::strtol(argv[i], nullptr, 10);
        if (n <= 0 || n > 100'000'000) {
            std::fprintf(stderr, "usage: lagebild-bench-simhash [N ...] (1 to 100,000,000 each)\n");
            return 2;
        }
        sizes.push_back(quint32(n));
    }
    if (sizes.empty())
        sizes = {100'000, 1'000'000};
    for (const quint32 n : sizes)
        measure(n);
    return 0;
}
