// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/articleexport.h"

#include "core/csv.h"

#include "store/articlestore.h"
#include "store/corpusreader.h"
#include "store/filtercondition.h"
#include "store/mentiontext.h"
#include "store/sqlreader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace Lagebild {

namespace {

struct EntityCount
{
    QString name;
    QString type;
    int mentions = 0;
};

// The article's names (not its quantities and dates) with their mention counts, most mentioned
// first, ties by type and name.
Expected<std::vector<EntityCount>> entitiesOf(SqlReader &sql, ArticleId id)
{
    static const QString statement = QLatin1String("SELECT m.type, coalesce(e.canonical, ")
        + mentionTextSql(QLatin1String("m"))
        + QLatin1String(") FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id "
                        "WHERE m.article_id = ?1 AND m.status = 'active' AND m.type <> 'QUANTITY' "
                        "AND m.type <> 'DATE'");
    std::map<std::pair<QString, QString>, int> counts;
    auto read = sql.forEachRow(statement, {qint64(id)}, [&](const SqlRow &row) {
        ++counts[{row.text(0), row.text(1)}];
    });
    if (!read)
        return read.error();
    std::vector<EntityCount> list;
    for (const auto &[key, n] : counts)
        list.push_back({key.second, key.first, n});
    std::stable_sort(list.begin(), list.end(),
        [](const EntityCount &a, const EntityCount &b) { return a.mentions > b.mentions; });
    return list;
}

// The filtered articles in the browser's date order (ArticleQuery, ArticleOrder::Date ascending).
Expected<std::vector<ArticleId>> filteredIds(SqlReader &sql, const ArticleFilter &filter)
{
    auto condition = filterCondition(filter, Facet::None, EntityTest::Probe, sql.dialect());
    if (!condition)
        return condition.error();
    std::vector<ArticleId> ids;
    auto read = sql.forEachRow(QLatin1String("SELECT a.id FROM articles a WHERE ") + condition->sql
            + QLatin1String(" ORDER BY a.published_day ASC NULLS LAST, a.id ASC"),
        condition->values, [&](const SqlRow &row) { ids.push_back(row.int64(0)); });
    if (!read)
        return read.error();
    return ids;
}

// One form per column, so a spreadsheet reads the whole column alike: the date as YYYY-MM-DD
// (the first day of its period when only the year or month is known; the precision column
// says which), the time with its UTC offset in a column of its own.
QString csvDate(const PublicationDate &published)
{
    return published.isValid() ? published.date.toString(Qt::ISODate) : QString();
}

QString csvTime(const PublicationDate &published)
{
    if (!published.isValid() || published.precision != DatePrecision::Minute)
        return {};
    const QString iso
        = QDateTime(published.date, published.time, Qt::OffsetFromUTC, published.utcOffsetSeconds)
              .toString(Qt::ISODate);
    return iso.mid(iso.indexOf(QLatin1Char('T')) + 1);
}

Expected<qint64> exportArticles(const std::function<Expected<std::optional<Article>>(ArticleId)> &articleOf,
    SqlReader &sql, const ArticleFilter &filter, ArticleExportFormat format, QIODevice &out,
    const ExportProgress &progress)
{
    const auto snapshot = sql.snapshot();
    if (!snapshot)
        return snapshot.error();
    auto ids = filteredIds(sql, filter);
    if (!ids)
        return ids.error();
    auto write = [&](const QByteArray &bytes) { return out.write(bytes) == bytes.size(); };
    if (format == ArticleExportFormat::Csv
        && !write("id,published,published_time,published_precision,outlet,title,url,language,duplicate_of,"
                  "tags,note,entities\r\n"))
        return Error {QStringLiteral("cannot write: %1").arg(out.errorString())};
    qint64 written = 0;
    for (ArticleId id : ids.value()) {
        auto article = articleOf(id);
        if (!article)
            return article.error();
        if (!article->has_value())
            continue;
        const Article &a = **article;
        const auto found = entitiesOf(sql, id);
        if (!found)
            return found.error();
        const std::vector<EntityCount> &entities = found.value();
        QByteArray line;
        if (format == ArticleExportFormat::Csv) {
            QStringList names;
            for (const EntityCount &e : entities)
                names.append(QStringLiteral("%1 [%2]").arg(e.name, e.type));
            const QStringList fields = {QString::number(a.id), csvDate(a.published), csvTime(a.published),
                precisionName(a.published.isValid() ? a.published.precision : DatePrecision::None), a.source,
                a.title, a.url, a.language, a.duplicateOf ? QString::number(a.duplicateOf) : QString(),
                csvList(a.tags), a.note, csvList(names)};
            line = csvLine(fields);
        } else {
            QJsonArray list;
            for (const EntityCount &e : entities)
                list.append(QJsonObject {{QStringLiteral("name"), e.name}, {QStringLiteral("type"), e.type},
                    {QStringLiteral("mentions"), e.mentions}});
            QJsonObject object {{QStringLiteral("id"), a.id},
                {QStringLiteral("published"), a.published.toIsoString()},
                {QStringLiteral("outlet"), a.source}, {QStringLiteral("title"), a.title},
                {QStringLiteral("url"), a.url}, {QStringLiteral("author"), a.author},
                {QStringLiteral("language"), a.language},
                {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                {QStringLiteral("note"), a.note}, {QStringLiteral("entities"), list},
                {QStringLiteral("body"), a.body}};
            if (a.duplicateOf)
                object.insert(QStringLiteral("duplicate_of"), a.duplicateOf);
            line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        }
        if (!write(line))
            return Error {QStringLiteral("cannot write: %1").arg(out.errorString())};
        ++written;
        if (progress && !progress(written, qint64(ids->size())))
            return Error {QStringLiteral("export cancelled"), ErrorKind::Cancelled};
    }
    return written;
}

} // namespace

Expected<qint64> exportArticles(ArticleStore &store, const ArticleFilter &filter, ArticleExportFormat format,
    QIODevice &out, const ExportProgress &progress)
{
    // The reader shares the store's connection, so the articles are read in the same snapshot.
    const auto sql = sqliteSqlReader(store.database());
    return exportArticles(
        [&store](ArticleId id) { return store.article(id); }, *sql, filter, format, out, progress);
}

Expected<qint64> exportArticles(CorpusReader &articles, SqlReader &sql, const ArticleFilter &filter,
    ArticleExportFormat format, QIODevice &out, const ExportProgress &progress)
{
    return exportArticles(
        [&articles](ArticleId id) { return articles.article(id); }, sql, filter, format, out, progress);
}

} // namespace Lagebild
