// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An article's analysis as it is stored, the same on every backend: what the engine's result
// becomes (AnalysisService::toStored) and what the stores write (analysiswriter.h).

#include "core/article.h"

#include <QString>

#include <optional>
#include <vector>

namespace Lagebild {

/// A mention as stored: offsets are UTF-16 indices into articles.body.
struct StoredMention
{
    qint64 id = 0; ///< row id once stored
    bool manual = false; ///< marked or changed by hand
    int start = 0;
    int end = 0;
    QString type;
    QString text;
    QString canonical;
    QString value; ///< QUANTITY: "421000" or "12-15"
    QString unit;
    std::optional<bool> approx;
    QString norm; ///< DATE
    int sentenceStart = -1; ///< the sentence the mention is in; -1 when unknown (marked by hand)
    int sentenceEnd = -1;
};

struct StoredRelation
{
    QString type;
    QString source;
    QString sourceType;
    QString target;
    QString targetType;
    int evidenceStart = 0;
    int evidenceEnd = 0;
    QString attributedTo;
    QString attributedToType;
    std::optional<double> confidence; ///< the engine's, 0–1
};

struct StoredEvent
{
    int relation = -1; ///< index into the article's relations, -1 for a dated sentence
    QString day; ///< first day of the period (ISO), empty when unknown
    QString norm;
    bool dateFromText = false;
    QString label;
    int evidenceStart = 0;
    int evidenceEnd = 0;
};

struct ArticleAnalysis
{
    ArticleId article = 0;
    /// The text the analysis was made on, when the caller has it (shared, not copied): storing
    /// then compares mention texts with it instead of reading and unpacking the body again.
    QString body;
    std::vector<StoredMention> mentions;
    std::vector<StoredRelation> relations;
    std::vector<StoredEvent> events;
};

struct CorrectionRow
{
    qint64 id = 0;
    QString kind; ///< alias, merge, ignore, retype
    QString entity;
    QString entityType; ///< empty: any type
    QString value;
    QString createdAt;
};

} // namespace Lagebild
