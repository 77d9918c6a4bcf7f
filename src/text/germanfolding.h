// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <algorithm>
#include <string>
#include <string_view>

namespace Lagebild::Text {

/// Folds a word for matching German text regardless of spelling variants:
/// case-folded, umlauts written as digraphs (ä→ae, ö→oe, ü→ue, ß/ẞ→ss) so "Behörde" and
/// "Behoerde" meet, and other diacritics dropped ("Café" → "cafe"). UTF-8 in, UTF-8 out.
/// Appends to `out` so tokenizers can reuse one buffer.
void foldGermanUtf8(std::string_view word, std::string &out);

[[nodiscard]] QString foldGerman(QStringView text);

/// The same folding for one word already in a QString, without ICU or UTF-8 round trips:
/// the analysis engine folds every token and needs it fast. Expects NFC input.
[[nodiscard]] QString foldWord(QStringView word);

/// foldWord appending to `out`: the tokenizer folds all tokens of a text into one buffer
/// instead of allocating a string per token.
void foldWordInto(QStringView word, QString &out);
/// The most code units a folded word takes per unit of the word.
inline constexpr int foldedRoomPerUnit = 4;
/// Folds `word` (as foldWord) into `out`, which has room for foldedRoomPerUnit × word.size()
/// units; returns the units written.
qsizetype foldWordTo(QStringView word, char16_t *out);

/// QStringView::startsWith and endsWith (case-sensitive), inline: the finders try every word
/// against lists of stems and endings, and the calls into Qt for each pair, most of them
/// failing at the first letter compared, cost several percent of the analysis time.
[[nodiscard]] inline bool hasPrefix(QStringView word, QStringView prefix)
{
    return prefix.size() <= word.size() && std::equal(prefix.begin(), prefix.end(), word.begin());
}
[[nodiscard]] inline bool hasSuffix(QStringView word, QStringView suffix)
{
    // The last letters first: the finders test every word against lists of endings, and most
    // words end otherwise. Inline, unlike QStringView::endsWith, a library call per test.
    return suffix.size() <= word.size() && (suffix.isEmpty() || word.back() == suffix.back())
        && std::equal(suffix.begin(), suffix.end(), word.end() - suffix.size());
}

/// wordHash fed one code unit at a time: lets a reader fold and hash a word in one pass over
/// its bytes, without writing it out first (the lexicon's 360,000 words at start-up).
class WordHasher
{
public:
    void add(char16_t unit)
    {
        m_h ^= unit;
        m_h *= 0x100000001b3ull;
    }
    [[nodiscard]] quint64 result() const
    {
        quint64 h = m_h;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        return h;
    }

private:
    quint64 m_h = 0xcbf29ce484222325ull;
};

/// 64-bit FNV-1a over UTF-16 code units, mixed: the key under which the analysis engine files
/// folded words, computed once per token (Qt's string hash was a third of the run time).
[[nodiscard]] inline quint64 wordHash(QStringView folded)
{
    WordHasher hasher;
    for (const QChar c : folded)
        hasher.add(c.unicode());
    return hasher.result();
}

} // namespace Lagebild::Text
