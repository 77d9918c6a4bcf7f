// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Lagebild {

/// SHA-1 (hex) of the text case-folded with whitespace collapsed: equal for exact duplicates
/// that differ only in layout or capitalisation.
[[nodiscard]] QString contentHash(const QString &text);

/// Hashes of overlapping three-word shingles of the case-folded words, sorted and unique
/// (a sorted vector: one allocation, and set intersection is a linear merge).
using ShingleSet = std::vector<quint64>;
[[nodiscard]] ShingleSet shingles(const QString &text);

/// 64-bit SimHash over the shingles (Charikar): similar texts get hashes a few bits apart,
/// so candidates for near-duplicates are found without comparing texts.
[[nodiscard]] quint64 simhash(const ShingleSet &shingles);
[[nodiscard]] int hammingDistance(quint64 a, quint64 b);
/// Whether this processor has the POPCNT instruction (not in the x86-64 baseline the build
/// targets): the near-duplicate comparisons count bits with it where it is there.
[[nodiscard]] bool popcntAvailable();

/// |A ∩ B| / |A ∪ B|: the confirmation that a SimHash candidate really is a rewrite.
[[nodiscard]] double jaccard(const ShingleSet &a, const ShingleSet &b);

} // namespace Lagebild
