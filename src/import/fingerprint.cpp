// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/fingerprint.h"

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

namespace Lagebild {

namespace {

constexpr quint64 fnvOffset = 0xcbf29ce484222325ull;
constexpr quint64 fnvPrime = 0x100000001b3ull;

// splitmix64's finaliser: SimHash needs every output bit to depend on every input bit.
quint64 mix(quint64 h)
{
    h += 0x9e3779b97f4a7c15ull;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ull;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebull;
    return h ^ (h >> 31);
}

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
    return c.isLetterOrNumber();
}

char16_t folded(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u;
    return c.toCaseFolded().unicode();
}

} // namespace

ShingleSet shingles(const QString &text)
{
    // Each word is hashed once (FNV-1a over case-folded UTF-16, stable across Qt versions,
    // unlike qHash); a shingle combines three word hashes.
    std::vector<quint64> words;
    words.reserve(size_t(text.size() / 6));
    quint64 h = fnvOffset;
    bool inWord = false;
    for (const QChar c : text) {
        if (isWordChar(c)) {
            h = (h ^ folded(c)) * fnvPrime;
            inWord = true;
        } else if (inWord) {
            words.push_back(h);
            h = fnvOffset;
            inWord = false;
        }
    }
    if (inWord)
        words.push_back(h);

    ShingleSet set;
    constexpr size_t width = 3;
    if (words.size() < width) {
        quint64 all = 0;
        for (const quint64 w : words)
            all = all * 31 + w;
        if (!words.empty())
            set.push_back(mix(all));
        return set;
    }
    set.reserve(words.size() - width + 1);
    for (size_t i = 0; i + width <= words.size(); ++i)
        set.push_back(mix(words[i] ^ (words[i + 1] * 0x9e3779b97f4a7c15ull) ^ std::rotl(words[i + 2], 17)));
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
    return set;
}

quint64 simhash(const ShingleSet &set)
{
    // A bit is set when more than half of the shingles set it. The ones are counted eight bit
    // positions at a time: each byte of a shingle is spread to one counter byte per bit and
    // added to a 64-bit word of eight counters, which are emptied before they can overflow.
    // A compare per bit and shingle was the import's largest cost of its own.
    static constexpr auto spread = [] {
        std::array<quint64, 256> table {};
        for (unsigned b = 0; b < 256; ++b)
            for (unsigned k = 0; k < 8; ++k)
                table[b] |= quint64((b >> k) & 1) << (8 * k);
        return table;
    }();
    std::array<quint64, 64> ones {};
    std::array<quint64, 8> lanes {};
    const auto flush = [&] {
        for (int j = 0; j < 8; ++j) {
            for (int k = 0; k < 8; ++k)
                ones[size_t(j * 8 + k)] += (lanes[size_t(j)] >> (8 * k)) & 0xff;
            lanes[size_t(j)] = 0;
        }
    };
    int pending = 0;
    for (const quint64 h : set) {
        for (int j = 0; j < 8; ++j)
            lanes[size_t(j)] += spread[(h >> (8 * j)) & 0xff];
        if (++pending == 255) {
            flush();
            pending = 0;
        }
    }
    flush();
    quint64 result = 0;
    for (int bit = 0; bit < 64; ++bit) {
        if (2 * ones[size_t(bit)] > set.size())
            result |= 1ull << bit;
    }
    return result;
}

int hammingDistance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

bool popcntAvailable()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    static const bool available = __builtin_cpu_supports("popcnt");
    return available;
#else
    return false;
#endif
}

double jaccard(const ShingleSet &a, const ShingleSet &b)
{
    if (a.empty() && b.empty())
        return 1.0;
    size_t common = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

} // namespace Lagebild
