// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/largetable.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace Lagebild::Analysis {

/// A large, read-only set of folded words, each marked with the word lists it came from (one
/// bit per list): an open-addressing table keyed by Text::wordHash, so a look-up is one probe
/// sequence with the token's precomputed hash. A slot keeps the hash's upper 56 bits as the
/// word's fingerprint, not the word: confirming a hit by reading the stored word was a cache
/// miss per token (a tenth of `extract`'s time), and with 350,000 words a false hit is about
/// one in 10^11 look-ups. The German lexicon has
/// 350,000 words; as QStrings in a QSet they took five times the memory. Its two lists
/// (capitalised and lower-case words) share one table, so one look-up per token answers both.
class WordSet
{
public:
    /// The bits of the German lexicon's two lists (Resources asks them by these names).
    static constexpr quint8 capitalizedList = 1;
    static constexpr quint8 lowercaseList = 2;

    /// Reads one word per line of each resource (lines starting with '#' skipped), folds them
    /// (Text::foldWord) and marks each with its resource's bit. In wordsetbuilder.cpp, which only
    /// the build-time generator and tst_wordset compile: the engine reads fromTable().
    static WordSet fromResources(const std::vector<std::pair<QString, quint8>> &resources);
    /// The bits of the lists that hold the word; 0 when none does.
    [[nodiscard]] quint8 lists(quint64 hash) const;
    [[nodiscard]] size_t size() const { return m_count; }

    /// The set as bytes, slot for slot. lagebild-wordsetgen writes the lexicon's table at build
    /// time: placing 360,000 words one cache miss after another was two fifths of `extract`'s
    /// start-up, copying the finished table is a hundredth of that.
    [[nodiscard]] QByteArray toTable() const;
    /// Reads what toTable() wrote (an uncompressed resource in place); nothing if it is damaged.
    static std::optional<WordSet> fromTable(const QString &path);

private:
    /// The slot holding the word, or the empty slot where it belongs.
    [[nodiscard]] size_t probe(quint64 hash) const;
    /// Marks the word with Text::wordHash `hash` (of a non-empty folded word) as in `list`.
    void add(quint64 hash, quint8 list);

    /// Fingerprint (upper 56 bits of the hash, never 0) | list bits; 0: empty.
    std::vector<quint64, LargeTableAllocator<quint64>> m_slots; // power of two, at most half full
    size_t m_count = 0;
};

} // namespace Lagebild::Analysis
