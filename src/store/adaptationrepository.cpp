// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/adaptationrepository.h"

#include "store/entityrules.h"

#include "store/sqlreader.h"

#include <QDateTime>

#include <algorithm>
#include <iterator>

namespace Lagebild {

AdaptationRepository::AdaptationRepository(SqlWriter &sql) : m_sql(sql) { }

AdaptationRepository::AdaptationRepository(Sqlite::Database &db)
    : m_owned(sqliteSqlWriter(db)), m_sql(*m_owned)
{ }

AdaptationRepository::~AdaptationRepository() = default;

Expected<std::vector<ArticleId>> AdaptationRepository::correctedArticles()
{
    std::vector<ArticleId> ids;
    auto rows = m_sql.forEachRow(
        QStringLiteral("SELECT article_id FROM mentions WHERE origin = 'manual' UNION SELECT m.article_id "
                       "FROM corrections c JOIN entities e ON e.canonical = c.entity JOIN mentions m ON "
                       "m.entity_id = e.id AND m.status = 'active' WHERE c.kind = 'retype' ORDER BY 1"),
        {}, [&](const SqlRow &row) { ids.push_back(row.int64(0)); });
    if (!rows)
        return rows.error();
    return ids;
}

Expected<std::vector<ArticleId>> AdaptationRepository::dueAmong(
    const std::vector<ArticleId> &ids, int engineVersion)
{
    qint64 rules = 0;
    auto version = m_sql.forEachRow(
        QStringLiteral("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'rules_version'"), {},
        [&](const SqlRow &row) { rules = row.int64(0); });
    if (!version)
        return version.error();
    // The criterion of `analyze` and of the workers, in the SQL both backends accept.
    std::vector<ArticleId> due;
    auto rows = m_sql.forEachRow(
        QStringLiteral("SELECT id FROM articles WHERE analysis_version IS NULL OR analysis_version <> ?1 OR "
                       "analysis_rules IS NULL OR analysis_rules <> ?2 ORDER BY id"),
        {qint64(engineVersion), rules}, [&](const SqlRow &row) { due.push_back(row.int64(0)); });
    if (!rows)
        return rows.error();
    std::vector<ArticleId> both;
    std::set_intersection(ids.begin(), ids.end(), due.begin(), due.end(), std::back_inserter(both));
    return both;
}

Expected<std::optional<StoredAdaptation>> AdaptationRepository::adaptation()
{
    std::optional<StoredAdaptation> stored;
    auto r = m_sql.forEachRow(
        QStringLiteral("SELECT model, weights, articles, sentences, weight_count, learned_at FROM "
                       "ner_adaptation WHERE id = 1"),
        {}, [&](const SqlRow &row) {
            stored = StoredAdaptation {
                row.text(0), row.bytes(1), row.int32(2), row.int32(3), row.int32(4), row.text(5)};
        });
    if (!r)
        return r.error();
    return stored;
}

Expected<bool> AdaptationRepository::hasAdaptation()
{
    qint64 count = 0;
    auto r = m_sql.forEachRow(QStringLiteral("SELECT count(*) FROM ner_adaptation"), {},
        [&](const SqlRow &row) { count = row.int64(0); });
    if (!r)
        return r.error();
    return count > 0;
}

Expected<bool> AdaptationRepository::mayChange()
{
    // SQLite has no users: a read-only file fails at the first write, as every edit does.
    if (m_sql.dialect() == SqlDialect::Sqlite)
        return true;
    bool may = false;
    auto r = m_sql.forEachRow(QStringLiteral("SELECT has_table_privilege('ner_adaptation', 'INSERT') AND "
                                             "has_table_privilege('ner_adaptation', 'DELETE') AND "
                                             "has_table_privilege('meta', 'UPDATE')"),
        {}, [&](const SqlRow &row) { may = row.text(0) == QLatin1String("t"); });
    if (!r)
        return r.error();
    return may;
}

Expected<void> AdaptationRepository::store(const StoredAdaptation &a, bool makeDue)
{
    auto r = m_sql.execute(
        QStringLiteral(
            "INSERT INTO ner_adaptation(id, model, weights, articles, sentences, weight_count, "
            "learned_at) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(id) DO UPDATE SET model = "
            "excluded.model, weights = excluded.weights, articles = excluded.articles, sentences = "
            "excluded.sentences, weight_count = excluded.weight_count, learned_at = "
            "excluded.learned_at"),
        {a.model, a.weights, qint64(a.articles), qint64(a.sentences), qint64(a.weightCount),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!r)
        return Error {
            QStringLiteral("cannot store the learned corrections: %1").arg(r.errorMessage()), r.error().kind};
    return makeDue ? makeAllDue() : Expected<void> {};
}

Expected<bool> AdaptationRepository::forget(bool makeDue)
{
    auto deleted = m_sql.execute(QStringLiteral("DELETE FROM ner_adaptation"), {});
    if (!deleted)
        return deleted.error();
    if (deleted.value() == 0)
        return false;
    if (!makeDue)
        return true;
    if (auto r = makeAllDue(); !r)
        return r.error();
    return true;
}

Expected<void> AdaptationRepository::makeAllDue()
{
    // Each article records the rules version it was analysed under (AnalysisRepository): a new
    // version makes all of them due, as a new correction rule does, and tells following workers.
    return EntityRules(m_sql).raiseRulesVersion();
}

} // namespace Lagebild
