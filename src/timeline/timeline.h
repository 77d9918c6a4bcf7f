// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/relationtrust.h"

#include <QDate>
#include <QString>

#include <vector>

namespace Lagebild {

/// The width of a timeline's bars or points.
enum class Bucket { Day, Week, Month, Quarter };

[[nodiscard]] QString bucketName(Bucket bucket);
[[nodiscard]] std::optional<Bucket> bucketFromName(QStringView name);
/// The first day of the bucket holding `day` (weeks start on Monday).
[[nodiscard]] QDate bucketStart(QDate day, Bucket bucket);
[[nodiscard]] QDate nextBucket(QDate start, Bucket bucket);
/// A bucket that gives a readable number of points for the span: days up to ~3 months, weeks up
/// to ~1 year, months up to ~6 years, quarters beyond.
[[nodiscard]] Bucket bucketForSpan(QDate from, QDate to);
/// "14.10.2025", "KW 41/2025", "Okt. 2025", "Q3 2025" in the given locale's style.
[[nodiscard]] QString bucketLabel(QDate start, Bucket bucket);

/// An article a figure can cite.
struct ArticleRef
{
    ArticleId id = 0;
    QString title;
    QString outlet;
    QString published; ///< ISO
    QString url;
};

/// How often one entity is mentioned: articles per bucket.
struct MentionSeries
{
    qint64 entity = 0;
    QString name;
    QString type;
    std::vector<qint64> articles; ///< one count per bucket of the timeline
    int peak = -1; ///< the bucket with the most articles
    ArticleRef peakArticle; ///< in the peak bucket, the article mentioning the entity most
};

/// Mentions over time: buckets from the first to the last dated article under the filter, the
/// number of filtered articles per bucket (for shares), and one series per chosen entity.
struct MentionTimeline
{
    Bucket bucket = Bucket::Month;
    std::vector<QDate> starts; ///< first day of each bucket, ascending, no gaps
    std::vector<qint64> totals; ///< filtered articles per bucket
    std::vector<MentionSeries> series;
    /// Filtered articles that mention a charted entity but have no publication date: they sit in
    /// no bucket, and the chart says so.
    qint64 undated = 0;

    [[nodiscard]] int bucketOf(QDate day) const;
};

/// How exactly an event's date is known.
enum class DatePrecisionKind { Day, Week, Month, Quarter, Half, Year };
[[nodiscard]] DatePrecisionKind precisionOfNorm(const QString &norm);
[[nodiscard]] QString precisionKindName(DatePrecisionKind precision);

/// A dated event from the analysis: a relation ("approves: China → Alibaba") dated by a date in
/// its sentence, or by the article's publication date when the sentence has none.
struct TimelineEvent
{
    qint64 id = 0;
    ArticleId article = 0;
    QDate day; ///< first day of the period
    QString norm; ///< 2025-10-14, 2025-10, 2025-Q3, 2025
    DatePrecisionKind precision = DatePrecisionKind::Day;
    bool dateFromText = false;
    QString label;
    qint64 relationId = 0; ///< relations.id, 0 for a dated sentence
    RelationTrust trust = RelationTrust::High; ///< of the relation: drawn solid, normal or faint
    QString relation; ///< relation type, empty for none
    QString source;
    QString target;
    QString evidence; ///< the sentence
    QString title;
    QString outlet;
    QString published; ///< ISO
    QString url;

    /// The label as shown: a relation's type in the analyst's language.
    [[nodiscard]] QString caption() const;
};

} // namespace Lagebild
