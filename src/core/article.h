// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/publicationdate.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Lagebild {

using ArticleId = qint64;

/// One news article as the analyst sees it. `body` is the cleaned text that analysis
/// offsets point into; `rawOriginal` keeps what the file held, decoded, for audit.
struct Article
{
    ArticleId id = 0;
    QString title;
    QString body;
    QString rawOriginal;
    QString url;
    QString author;
    QString source; ///< the outlet's name
    QString language; ///< ISO 639-1 code, "un" when undetermined
    bool languageReliable = false;
    PublicationDate published;
    QString originalFile;
    QString originalFormat; ///< importer short name: txt, html, rss, atom, jsonl
    QDateTime importedAt;
    QString contentHash;
    quint64 simhash = 0;
    ArticleId duplicateOf = 0; ///< near-duplicate original, 0 when none
    double duplicateSimilarity = 0.0;
    QStringList tags;
    QString note;

    [[nodiscard]] bool isGerman() const { return language == QLatin1String("de"); }
};

/// A short line per article for lists; avoids loading bodies of 100,000 articles.
struct ArticleSummary
{
    ArticleId id = 0;
    QString title;
    QString source;
    PublicationDate published;
    QString language;
    ArticleId duplicateOf = 0;
    QStringList tags;
    int mentionCount = 0; ///< active entity mentions found in the body
};

} // namespace Lagebild
