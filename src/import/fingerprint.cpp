#include "import/fingerprint.h"

#include <QCryptographicHash>

#include <bit>
#include <vector>

namespace Lagebild {

namespace {

// FNV-1a over UTF-16 units, finished with the splitmix64 mixer so every output bit depends
// on every input bit (SimHash needs well-spread bits). Stable across Qt versions, unlike qHash.
quint64 hashWords(const std::vector<QStringView> &words, size_t from, size_t count)
{
    quint64 h = 0xcbf29ce484222325ull;
    for (size_t w = from; w < from + count; ++w) {
        for (const QChar c : words[w]) {
            h ^= c.unicode();
            h *= 0x100000001b3ull;
        }
        h ^= 0x20;
        h *= 0x100000001b3ull;
    }
    h += 0x9e3779b97f4a7c15ull;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ull;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebull;
    return h ^ (h >> 31);
}

} // namespace

QString contentHash(const QString &text)
{
    const QString normalized = text.toCaseFolded().simplified();
    return QString::fromLatin1(QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha1).toHex());
}

ShingleSet shingles(const QString &text)
{
    const QString folded = text.toCaseFolded();
    std::vector<QStringView> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool word = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (word && start < 0)
            start = i;
        else if (!word && start >= 0) {
            words.emplace_back(QStringView(folded).mid(start, i - start));
            start = -1;
        }
    }
    ShingleSet set;
    constexpr size_t width = 3;
    if (words.size() < width) {
        if (!words.empty())
            set.insert(hashWords(words, 0, words.size()));
        return set;
    }
    set.reserve(words.size());
    for (size_t i = 0; i + width <= words.size(); ++i)
        set.insert(hashWords(words, i, width));
    return set;
}

quint64 simhash(const ShingleSet &set)
{
    int votes[64] = {};
    for (const quint64 h : set) {
        for (int bit = 0; bit < 64; ++bit)
            votes[bit] += (h >> bit) & 1 ? 1 : -1;
    }
    quint64 result = 0;
    for (int bit = 0; bit < 64; ++bit) {
        if (votes[bit] > 0)
            result |= 1ull << bit;
    }
    return result;
}

int hammingDistance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

double jaccard(const ShingleSet &a, const ShingleSet &b)
{
    if (a.empty() && b.empty())
        return 1.0;
    const ShingleSet &small = a.size() <= b.size() ? a : b;
    const ShingleSet &large = a.size() <= b.size() ? b : a;
    size_t common = 0;
    for (const quint64 h : small)
        common += large.count(h);
    return double(common) / double(a.size() + b.size() - common);
}

} // namespace Lagebild
