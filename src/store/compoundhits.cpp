// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/compoundhits.h"

#include "text/germancompounds.h"
#include "text/germanfolding.h"
#include "text/germanstemmer.h"

#include <algorithm>
#include <string>

namespace Lagebild {

namespace {

struct QueryStem
{
    std::string stem;
    bool prefix = false;
};

std::string folded(QStringView word)
{
    const QByteArray utf8 = word.toUtf8();
    std::string out;
    Text::foldGermanUtf8(std::string_view(utf8.constData(), size_t(utf8.size())), out);
    return out;
}

// The stems of the query's words, as the tokenizer makes them. Operators and quotes fall away
// with the punctuation; an excluded word never matched, so listing it is harmless.
std::vector<QueryStem> queryStems(const QString &userQuery, Text::GermanStemmer &stemmer)
{
    std::vector<QueryStem> stems;
    for (qsizetype i = 0; i < userQuery.size();) {
        if (!userQuery.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < userQuery.size() && (userQuery.at(end).isLetterOrNumber() || userQuery.at(end).isMark()))
            ++end;
        const QStringView word = QStringView(userQuery).mid(i, end - i);
        if (word != u"OR" && word != u"AND" && word != u"NOT")
            stems.push_back({std::string(stemmer.stem(folded(word))),
                end < userQuery.size() && userQuery.at(end) == QLatin1Char('*')});
        i = end;
    }
    return stems;
}

bool matches(std::string_view stem, const std::vector<QueryStem> &query)
{
    for (const QueryStem &term : query) {
        if (term.prefix ? stem.substr(0, term.stem.size()) == term.stem : stem == term.stem)
            return true;
    }
    return false;
}

} // namespace

void narrowToCompoundParts(
    const QString &body, const QString &userQuery, std::vector<std::pair<int, int>> &hits)
{
    Text::GermanStemmer stemmer;
    const Text::GermanCompoundSplitter splitter {};
    const std::vector<QueryStem> query = queryStems(userQuery, stemmer);
    for (auto &[start, end] : hits) {
        const QStringView word = QStringView(body).mid(start, end - start);
        // The folded word, and where each of its UTF-16 units begins in it (ä folds to two bytes).
        std::string fold;
        std::vector<size_t> unitStart;
        for (qsizetype k = 0; k < word.size(); ++k) {
            unitStart.push_back(fold.size());
            fold += folded(word.mid(k, 1));
        }
        if (matches(stemmer.stem(fold), query))
            continue;
        size_t first = fold.size(), last = 0;
        for (const Text::CompoundPart &part : splitter.split(fold)) {
            if (matches(stemmer.stem(std::string_view(fold).substr(part.offset, part.length)), query)) {
                first = std::min(first, part.offset);
                last = std::max(last, part.offset + part.length);
            }
        }
        if (first >= last)
            continue;
        int from = 0;
        while (from + 1 < int(unitStart.size()) && unitStart[size_t(from + 1)] <= first)
            ++from;
        int to = from;
        while (to < int(unitStart.size()) && unitStart[size_t(to)] < last)
            ++to;
        end = start + to;
        start += from;
    }
}

} // namespace Lagebild
