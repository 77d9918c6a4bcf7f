// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "text/locale.h"

#include <QDateTime>
#include <QStringView>

namespace Lagebild {

namespace Sqlite {
class Statement;
}

/// The columns every query that fills an ArticleSummary selects first, in this order, from
/// `articles a LEFT JOIN sources s`. The mention count asks for `removed = 0` rather than the
/// generated `status = 'active'`, so that SQLite counts in the index mentions_article alone.
inline constexpr QStringView summaryColumns
    = u"a.id, a.title, s.name, a.published, a.published_precision, a.published_origin, "
      u"a.published_uncertain, a.language, a.duplicate_of, "
      u"(SELECT group_concat(t.name, char(31)) FROM article_tags at "
      u"JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id), "
      u"(SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.removed = 0)";
inline constexpr int summaryColumnCount = 11;

/// The columns a whole article is read from (articleFromRow), the same SQL on both backends;
/// raw_original (column 10) is left to the caller, whose backend stores it its own way.
inline constexpr QStringView articleColumns
    = u"a.id, a.title, s.name, a.published, a.published_precision, a.published_origin, "
      u"a.published_uncertain, a.language, a.duplicate_of, a.body, a.raw_original, a.url, a.author, "
      u"a.language_reliable, a.content_hash, a.simhash, a.duplicate_similarity, a.original_file, "
      u"a.original_format, a.imported_at, (SELECT text FROM notes WHERE article_id = a.id)";

/// Reads a publication date stored as published, precision, origin and uncertain columns.
[[nodiscard]] PublicationDate readDate(const Sqlite::Statement &st, int first);
[[nodiscard]] ArticleSummary readSummary(const Sqlite::Statement &st);

/// Tag names as the summary's tag column joins them (by char(31)), in German collation order.
[[nodiscard]] inline QStringList tagsFromColumn(const QString &joined)
{
    if (joined.isEmpty())
        return {};
    QStringList tags = joined.split(QChar(31));
    Text::sortGerman(tags);
    return tags;
}

/// The reading behind readDate and readSummary for any backend's row: `row.text(column)`,
/// `row.int64(column)` and `row.real(column)` give a column's value (a null QString and 0 for
/// NULL). A template, so that SQLite's per-row reading stays a direct call.
template<typename Row> [[nodiscard]] PublicationDate dateFromRow(const Row &row, int first)
{
    PublicationDate date = PublicationDate::fromIsoString(row.text(first));
    date.precision = date.date.isValid() ? precisionFromName(row.text(first + 1)) : DatePrecision::None;
    date.origin = originFromName(row.text(first + 2));
    date.uncertain = row.int64(first + 3) != 0;
    return date;
}

// Columns 0 to 8, the same in summaryColumns and articleColumns, into an Article or a summary.
template<typename Row, typename Target> void readLeadingColumns(const Row &row, Target &target)
{
    target.id = row.int64(0);
    target.title = row.text(1);
    target.source = row.text(2);
    target.published = dateFromRow(row, 3);
    target.language = row.text(7);
    target.duplicateOf = row.int64(8);
}

template<typename Row> [[nodiscard]] ArticleSummary summaryFromRow(const Row &row)
{
    ArticleSummary s;
    readLeadingColumns(row, s);
    s.tags = tagsFromColumn(row.text(9));
    s.mentionCount = int(row.int64(10));
    return s;
}

/// An article from the columns of articleColumns, but for its original and its tags.
template<typename Row> [[nodiscard]] Article articleFromRow(const Row &row)
{
    Article a;
    readLeadingColumns(row, a);
    a.body = row.text(9);
    a.url = row.text(11);
    a.author = row.text(12);
    a.languageReliable = row.int64(13) != 0;
    a.contentHash = row.text(14);
    a.simhash = quint64(row.int64(15));
    a.duplicateSimilarity = row.real(16);
    a.originalFile = row.text(17);
    a.originalFormat = row.text(18);
    a.importedAt = QDateTime::fromString(row.text(19), Qt::ISODate);
    a.note = row.text(20);
    return a;
}

/// articleFromRow for SQLite's current row.
[[nodiscard]] Article readArticle(const Sqlite::Statement &st);

} // namespace Lagebild
