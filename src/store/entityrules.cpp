// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/entityrules.h"

#include "store/postgres/channels.h"
#include "store/sqlreader.h"

#include <QDateTime>

namespace Lagebild {

Expected<std::vector<CorrectionRow>> EntityRules::list()
{
    std::vector<CorrectionRow> rows;
    auto r = m_sql.forEachRow(
        QStringLiteral("SELECT id, kind, entity, coalesce(entity_type, ''), coalesce(value, ''), created_at "
                       "FROM corrections ORDER BY id"),
        {}, [&](const SqlRow &row) {
            rows.push_back({row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5)});
        });
    if (!r)
        return r.error();
    return rows;
}

Expected<qint64> EntityRules::add(const QString &kind, const QString &entity, const QString &entityType,
    const QString &value, const QDateTime &created)
{
    // Empty type and value are stored as NULL: a null QString binds as NULL on both backends.
    std::optional<qint64> id;
    auto r = m_sql.forEachRow(
        QStringLiteral(
            "INSERT INTO corrections(kind, entity, entity_type, value, created_at) VALUES (?1, ?2, "
            "?3, ?4, ?5) RETURNING id"),
        {kind, entity.simplified(), entityType.isEmpty() ? QString() : entityType,
            value.isEmpty() ? QString() : value.simplified(), created.toUTC().toString(Qt::ISODateWithMs)},
        [&](const SqlRow &row) { id = row.int64(0); });
    if (!r)
        return Error {
            QStringLiteral("cannot record the correction: %1").arg(r.errorMessage()), r.error().kind};
    if (!id)
        return Error {QStringLiteral("cannot record the correction: no id came back")};
    if (auto raised = raiseRulesVersion(); !raised)
        return raised.error();
    return *id;
}

Expected<std::optional<qint64>> EntityRules::find(const QString &kind, const QString &entity,
    const QString &entityType, const QString &value, const QDateTime &created)
{
    // As add() stores them: empty type and value are NULL.
    std::optional<qint64> id;
    auto r = m_sql.forEachRow(
        QStringLiteral("SELECT id FROM corrections WHERE kind = ?1 AND entity = ?2 AND entity_type IS NOT "
                       "DISTINCT FROM ?3 AND value IS NOT DISTINCT FROM ?4 AND created_at = ?5 ORDER BY id"),
        {kind, entity.simplified(), entityType.isEmpty() ? QString() : entityType,
            value.isEmpty() ? QString() : value.simplified(), created.toUTC().toString(Qt::ISODateWithMs)},
        [&](const SqlRow &row) {
            if (!id)
                id = row.int64(0);
        });
    if (!r)
        return r.error();
    return id;
}

Expected<void> EntityRules::remove(qint64 id)
{
    auto removed = m_sql.execute(QStringLiteral("DELETE FROM corrections WHERE id = ?1"), {id});
    if (!removed)
        return removed.error();
    if (removed.value() == 0)
        return Error {QStringLiteral("no correction with id %1").arg(id), ErrorKind::NotFound};
    return raiseRulesVersion();
}

Expected<void> EntityRules::raiseRulesVersion()
{
    auto r = m_sql.execute(QStringLiteral("INSERT INTO meta(key, value) VALUES ('rules_version', '1') ON "
                                          "CONFLICT(key) DO UPDATE SET value = CAST(CAST(meta.value AS "
                                          "INTEGER) + 1 AS TEXT)"),
        {});
    if (!r)
        return r.error();
    // Every article is due again: following workers start at the commit.
    if (m_sql.dialect() == SqlDialect::Postgres) {
        if (auto told = m_sql.execute(QStringLiteral("NOTIFY %1").arg(Postgres::dueChannel), {}); !told)
            return told.error();
    }
    return {};
}

Expected<std::vector<EntitySummary>> listEntities(SqlReader &sql, const QString &type, int limit)
{
    // Conditions only for what is asked: PostgreSQL deduces one type per parameter, and
    // "LIMIT -1" is SQLite's alone. Names in code point order on both (PostgreSQL's "C").
    QString statement = QStringLiteral(
        "SELECT e.id, e.canonical, e.type, count(m.id), count(DISTINCT m.article_id), e.origin FROM entities "
        "e "
        "JOIN mentions m ON m.entity_id = e.id AND m.status = 'active' WHERE e.status = 'active'");
    std::vector<SqlValue> values;
    if (!type.isEmpty()) {
        values.emplace_back(type.toUpper());
        statement += QStringLiteral(" AND e.type = ?%1").arg(values.size());
    }
    statement += sql.dialect() == SqlDialect::Postgres
        ? QStringLiteral(" GROUP BY e.id ORDER BY count(m.id) DESC, e.canonical COLLATE \"C\", e.id")
        : QStringLiteral(" GROUP BY e.id ORDER BY count(m.id) DESC, e.canonical, e.id");
    if (limit >= 0) {
        values.emplace_back(qint64(limit));
        statement += QStringLiteral(" LIMIT ?%1").arg(values.size());
    }
    std::vector<EntitySummary> list;
    auto r = sql.forEachRow(statement, values, [&](const SqlRow &row) {
        list.push_back({row.int64(0), row.text(1), row.text(2), row.int64(3), row.int64(4), row.text(5)});
    });
    if (!r)
        return r.error();
    return list;
}

Expected<std::optional<qint64>> findEntity(SqlReader &sql, const QString &type, const QString &canonical)
{
    std::optional<qint64> id;
    auto r = sql.forEachRow(QStringLiteral("SELECT id FROM entities WHERE type = ?1 AND canonical = ?2"),
        {SqlValue(type), SqlValue(canonical)}, [&](const SqlRow &row) { id = row.int64(0); });
    if (!r)
        return r.error();
    return id;
}

} // namespace Lagebild
