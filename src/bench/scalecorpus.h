// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Lagebild {

struct SharedSentences;

/// Search terms of three frequencies in a generated corpus, estimated from the sentence pool:
/// an article draws its sentences from the pool, so a word's share of sentences gives its share
/// of articles.
struct SearchTerms
{
    QStringList rare; ///< in one sentence of the pool: a few articles in ten thousand
    QStringList medium; ///< in about 1–3 % of the articles
    QStringList common; ///< in about a fifth to a half of the articles
};

struct ScaleCorpus
{
    int articles = 0;
    qint64 textBytes = 0; ///< UTF-8 bytes of all files (title, byline and body)
    QStringList outlets;
    QStringList authors;
};

/// Writes `count` plain-text articles into `dir` (a subfolder per thousand), the same every run
/// (fixed seed): a headline, a credit line "Von Author | Outlet | 14.10.2025", then 6–40 sentences in
/// paragraphs of two to four. Each article keeps to one stretch of the pool for most sentences
/// (one source document's neighbours: a topic, with its names) and mixes in others; one in ten is
/// court reporting from the legal sentences. Dates spread over six years (2019–2024), 40 outlets,
/// 300 authors.
[[nodiscard]] ScaleCorpus writeScaleCorpus(const SharedSentences &pool, int count, const QString &dir);

[[nodiscard]] SearchTerms chooseSearchTerms(const SharedSentences &pool);

} // namespace Lagebild
