// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/germancompounds.h"

#include "text/flatwordset.h"
#include "text/foldedwordlist.h"
#include "text/germanfolding.h"

#include <QFile>

#include <algorithm>
#include <array>
#include <unordered_set>

namespace Lagebild::Text {

namespace {

// Shorter parts are mostly nonsense matches ("Ei", "Au"); three letters keep "Amt", "Rat", "Zoll"
// is four. Words shorter than two minimal parts cannot be compounds.
constexpr size_t minPartBytes = 3;
constexpr size_t minCompoundBytes = 2 * minPartBytes;
// Longer tokens are not words (the tokenizer drops anything above 64 bytes anyway).
constexpr size_t maxCompoundBytes = 64;

// The linking elements between parts (Fugenelemente), longest first; "" joins directly.
constexpr std::array<std::string_view, 5> linkingElements = {"es", "en", "s", "n", ""};
// Inflection endings the last part may carry beyond its lexicon form ("Exportstopps").
constexpr std::array<std::string_view, 6> inflectionEndings = {"en", "es", "er", "n", "s", "e"};

FlatWordSet flatten(const std::unordered_set<std::string> &words)
{
    FlatWordSet result;
    for (const std::string &word : words)
        result.insert(word);
    return result;
}

// Built once per process from the generated lexicon, less the words that are no parts
// (prefixes and endings the lexicon lists as nouns), then shared read-only.
const FlatWordSet &nouns()
{
    static const FlatWordSet words = [] {
        std::unordered_set<std::string> result
            = readFoldedWordList(QStringLiteral(":/lexicon/compound-parts.txt"));
        for (const std::string &word : readFoldedWordList(QStringLiteral(":/search/compound-stoplist.txt")))
            result.erase(word);
        return flatten(result);
    }();
    return words;
}

// The one-word names of the gazetteers (canonical names and aliases) and the names Hunspell never
// compounds (names.txt), folded: a proper name is never split ("Frankreich", "Wellingen"),
// although its pieces may be nouns. Names written with a space or hyphen never reach the splitter
// as one token. Agencies are left out: their one-word names are compounds of common nouns that
// the analyst searches by their parts ("Kartellamt" in "Bundeskartellamt", "Bundesregierung").
FlatWordSet readNames()
{
    std::unordered_set<std::string> result = readFoldedWordList(QStringLiteral(":/lexicon/names.txt"));
    const std::array<QLatin1String, 5> gazetteers = {QLatin1String("locations"), QLatin1String("persons"),
        QLatin1String("companies"), QLatin1String("media"), QLatin1String("products")};
    std::string folded;
    for (const QLatin1String gazetteer : gazetteers) {
        const QString resource = QStringLiteral(":/gazetteer/%1.tsv").arg(gazetteer);
        QFile file(resource);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("resource %s is missing from the build", qPrintable(resource));
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList columns = line.split(u'\t');
            QStringList names {columns.value(0)};
            names += columns.value(2).split(u'|', Qt::SkipEmptyParts);
            for (const QString &name : std::as_const(names)) {
                const QString trimmed = name.trimmed();
                if (trimmed.isEmpty() || trimmed.contains(u' ') || trimmed.contains(u'-'))
                    continue;
                const QByteArray utf8 = trimmed.toUtf8();
                folded.clear();
                foldGermanUtf8(std::string_view(utf8.constData(), size_t(utf8.size())), folded);
                result.insert(folded);
            }
        }
    }
    return flatten(result);
}

// Endings a name takes in running text: the genitive ("Frankreichs") and the inhabitant or
// adjective forms of a place ("Frankfurter", "Frankfurtern").
constexpr std::array<std::string_view, 5> nameEndings = {"s", "er", "ern", "ers", "n"};

bool isName(std::string_view word)
{
    static const FlatWordSet names = readNames();
    if (names.contains(word))
        return true;
    for (const std::string_view ending : nameEndings) {
        if (word.size() > minCompoundBytes + ending.size()
            && word.substr(word.size() - ending.size()) == ending
            && names.contains(word.substr(0, word.size() - ending.size())))
            return true;
    }
    return false;
}

bool isNoun(std::string_view part)
{
    return nouns().contains(part);
}

bool isFinalPart(std::string_view part)
{
    if (part.size() < minPartBytes)
        return false;
    if (isNoun(part))
        return true;
    for (const std::string_view ending : inflectionEndings) {
        if (part.size() >= minPartBytes + ending.size() && part.substr(part.size() - ending.size()) == ending
            && isNoun(part.substr(0, part.size() - ending.size())))
            return true;
    }
    return false;
}

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The linking element "n" follows a part ending in "e" only ("Sonne·n·schein"); elsewhere it
// makes nonsense ("Weih·n·achts").
bool canLink(std::string_view part, std::string_view link)
{
    return link != "n" || part.back() == 'e';
}

// The best split of every suffix of the word: the fewest parts, then the longest last part
// ("Export·stopp", not "Exports·topp"; "Ufer·straße", not "Ufers·trasse"), then the longest
// first part.
struct Split
{
    int parts = 0; // 0: the suffix cannot be split into known nouns
    size_t last = 0; // length of the last part
    size_t firstEnd = 0; // end of the first part
    size_t next = 0; // where the second part starts, after the linking element

    bool betterThan(const Split &other) const
    {
        if (other.parts == 0 || parts != other.parts)
            return other.parts == 0 || parts < other.parts;
        if (last != other.last)
            return last > other.last;
        return firstEnd > other.firstEnd;
    }
};

} // namespace

std::vector<CompoundPart> GermanCompoundSplitter::split(std::string_view folded) const
{
    std::vector<CompoundPart> parts;
    if (folded.size() >= minCompoundBytes && folded.size() <= maxCompoundBytes && isName(folded))
        return parts;
    splitInto(folded, 0, parts);
    return parts;
}

void GermanCompoundSplitter::splitInto(
    std::string_view word, size_t base, std::vector<CompoundPart> &parts) const
{
    const size_t n = word.size();
    if (n < minCompoundBytes || n > maxCompoundBytes)
        return;
    const FlatWordSet &lexicon = nouns();
    // best[i] describes word[i..n); filled from the end.
    std::array<Split, maxCompoundBytes + 1> best {};
    for (size_t i = n - minPartBytes + 1; i-- > 0;) {
        if (isContinuationByte(word[i]))
            continue;
        Split &here = best[i];
        if (isFinalPart(word.substr(i)))
            here = {1, n - i, n, n};
        if (i == 0)
            here = {}; // the whole word as one part is no split
        if (here.parts == 1)
            continue; // no split of this suffix beats it
        // The hashes of every word[i..end), one byte more each, instead of hashing each anew.
        std::array<quint64, maxCompoundBytes + 1> prefixHashes {};
        FlatWordSet::Hasher hasher;
        for (size_t end = i; end < n; ++end) {
            hasher.add(word[end]);
            prefixHashes[end + 1] = hasher.value();
        }
        for (size_t end = n - minPartBytes; end >= i + minPartBytes; --end) {
            if (isContinuationByte(word[end]))
                continue;
            if (!lexicon.contains(word.substr(i, end - i), prefixHashes[end]))
                continue;
            for (const std::string_view link : linkingElements) {
                const size_t next = end + link.size();
                if (next + minPartBytes > n || word.substr(end, link.size()) != link || best[next].parts == 0
                    || !canLink(word.substr(i, end - i), link))
                    continue;
                const Split candidate {best[next].parts + 1, best[next].last, end, next};
                if (candidate.betterThan(here))
                    here = candidate;
            }
        }
    }
    if (best[0].parts < 2)
        return;
    std::vector<CompoundPart> top;
    for (size_t i = 0; i < n;) {
        const Split &s = best[i];
        const size_t end = s.parts == 1 ? n : s.firstEnd;
        top.push_back({base + i, end - i});
        i = s.parts == 1 ? n : s.next;
    }
    parts.insert(parts.end(), top.begin(), top.end());
    for (const CompoundPart &part : top)
        splitInto(word.substr(part.offset - base, part.length), part.offset, parts);
}

} // namespace Lagebild::Text
