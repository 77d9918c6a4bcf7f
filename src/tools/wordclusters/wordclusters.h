// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Word clusters from unlabelled German text for the name tagger (analysis/nertagger.h): words
// that occur in the same contexts share a class, so a name never seen in training still looks
// like the names the tagger learned ("Uniper" next to "RWE", "Stuttgart" next to "Ulm").
// The exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998) maximises the
// likelihood of a class bigram model: each word in turn moves to the class that raises it most.
// A second exchange over the classes themselves gives coarse classes, so every word has two
// granularities. Everything is deterministic: fixed orders, no threads, no random numbers.

#include <QHash>
#include <QString>
#include <QStringList>

#include <unordered_map>
#include <vector>

namespace Lagebild::Analysis::Clustering {

/// Counts of the folded words (Text::foldWord, as the tagger sees them) and of adjacent pairs.
class Corpus
{
public:
    /// Running text: tokenised and split into sentences as the analyzer does.
    void addText(const QString &text);
    /// One pre-tokenised sentence (CoNLL files): joined by spaces and tokenised again, so that
    /// the tokens are the analyzer's.
    void addSentence(const QStringList &tokens);
    [[nodiscard]] qint64 tokenCount() const { return m_tokens; }

    struct Pair
    {
        int left = 0;
        int right = 0;
        qint64 count = 0;
    };
    /// Items: words, punctuation and the markers below, with their counts; pairs sorted by
    /// (left, right). Words seen fewer than minCount times become the rare-word item.
    void items(int minCount, QStringList &names, std::vector<qint64> &counts, std::vector<Pair> &pairs) const;

    static inline const QString boundary = QStringLiteral("<s>"); ///< between sentences
    static inline const QString rare = QStringLiteral("<rare>");
    static inline const QString number = QStringLiteral("<num>"); ///< any token with a digit

private:
    int id(const QString &item);
    void addSequence(const std::vector<int> &ids);

    QHash<QString, int> m_ids;
    QStringList m_names;
    std::vector<qint64> m_counts;
    std::unordered_map<quint64, qint64> m_pairs; // left << 32 | right
    qint64 m_tokens = 0;
};

/// Exchange clustering of n items into `classes` classes given their pair counts (sorted by
/// left, right). Items start in class index mod classes (items sorted by count: the most frequent
/// ones apart) and move until a pass moves fewer than one in a thousand or `passes` are done.
std::vector<int> exchange(int n, const std::vector<Corpus::Pair> &pairs, int classes, int passes);

struct WordClass
{
    QString word; ///< folded
    int fine = 0;
    int coarse = 0;
    qint64 count = 0;
};

/// The words (not punctuation, numbers or markers) with their fine and coarse classes, sorted
/// by coarse class, fine class, then count (descending) and word.
std::vector<WordClass> cluster(
    const Corpus &corpus, int minCount, int fineClasses, int coarseClasses, int passes);

/// The resource file: '#' comment lines (`note`), then "word<TAB>fine<TAB>coarse" lines.
QByteArray toTsv(const std::vector<WordClass> &words, const QByteArray &note);

} // namespace Lagebild::Analysis::Clustering
