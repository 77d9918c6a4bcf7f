// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/relationrepository.h"

#include "core/relationtypes.h"
#include "store/edithistory.h"
#include "store/recordedits.h"
#include "store/relationconditions.h"
#include "store/sqldialect.h"
#include "store/sqlreader.h"

namespace Lagebild {

namespace {

// The columns readRelation() expects, in this order; the evidence is cut from the body in C++
// (offsets are UTF-16, SQLite's substr() counts code points).
QString relationSelect()
{
    return QStringLiteral(
        "SELECT r.id, r.article_id, r.type, r.source_entity, se.canonical, se.type, r.target_entity, "
        "te.canonical, te.type, r.evidence_start, r.evidence_end, a.body, coalesce(w.canonical, ''), "
        "r.confidence, %1, coalesce(r.corrects, 0) FROM relations r JOIN articles a ON a.id = r.article_id "
        "JOIN entities se ON se.id = r.source_entity JOIN entities te ON te.id = r.target_entity "
        "LEFT JOIN entities w ON w.id = r.attributed_to")
        .arg(relationVerdictSql(QLatin1String("r")));
}

RelationRow readRelation(const SqlRow &row)
{
    RelationRow r;
    r.id = row.int64(0);
    r.article = row.int64(1);
    r.type = row.text(2);
    r.sourceId = row.int64(3);
    r.source = row.text(4);
    r.sourceType = row.text(5);
    r.targetId = row.int64(6);
    r.target = row.text(7);
    r.targetType = row.text(8);
    r.evidenceStart = row.int32(9);
    r.evidenceEnd = row.int32(10);
    r.sentence = row.text(11).mid(r.evidenceStart, r.evidenceEnd - r.evidenceStart).simplified();
    r.attributedTo = row.text(12);
    if (!row.isNull(13))
        r.confidence = row.real(13);
    r.verdict = RelationVerdict(row.int32(14));
    r.corrects = row.int64(15);
    return r;
}

// The single int64 the statement gives, nullopt for no row.
Expected<std::optional<qint64>> firstInt64(
    SqlWriter &sql, const QString &statement, std::vector<SqlValue> values)
{
    std::optional<qint64> value;
    auto r = sql.forEachRow(statement, values, [&](const SqlRow &row) {
        if (!value)
            value = row.isNull(0) ? 0 : row.int64(0);
    });
    if (!r)
        return r.error();
    return value;
}

QString detailOf(const RelationRow &row)
{
    return relationEditDetail(row.type, row.source, row.target);
}

} // namespace

QString relationVerdictName(RelationVerdict verdict)
{
    switch (verdict) {
    case RelationVerdict::Unreviewed:
        return QStringLiteral("unreviewed");
    case RelationVerdict::Confirmed:
        return QStringLiteral("confirmed");
    case RelationVerdict::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

RelationRepository::RelationRepository(Sqlite::Database &db) : m_owned(sqliteSqlWriter(db)), m_sql(*m_owned)
{ }

RelationRepository::RelationRepository(SqlWriter &sql) : m_sql(sql) { }

RelationRepository::~RelationRepository() = default;

Expected<std::optional<RelationRow>> RelationRepository::relation(qint64 id)
{
    std::optional<RelationRow> found;
    auto r = m_sql.forEachRow(relationSelect() + QLatin1String(" WHERE r.id = ?1"), {id},
        [&](const SqlRow &row) { found = readRelation(row); });
    if (!r)
        return r.error();
    return found;
}

Expected<std::vector<RelationRow>> RelationRepository::relations(const RelationListOptions &options)
{
    // Conditions only for what is asked: PostgreSQL deduces one type per parameter, and "LIMIT -1"
    // is SQLite's alone.
    QString sql = relationSelect() + QLatin1String(" WHERE 1 = 1");
    std::vector<SqlValue> values;
    if (options.article) {
        values.emplace_back(options.article);
        sql += QStringLiteral(" AND r.article_id = ?%1").arg(values.size());
    }
    if (options.verdict) {
        values.emplace_back(qint64(*options.verdict));
        sql += QStringLiteral(" AND %1 = ?%2").arg(relationVerdictSql(QLatin1String("r"))).arg(values.size());
    }
    sql += QLatin1String(" ORDER BY r.article_id, r.evidence_start, r.id");
    if (options.limit >= 0) {
        values.emplace_back(qint64(options.limit));
        sql += QStringLiteral(" LIMIT ?%1").arg(values.size());
    }
    std::vector<RelationRow> rows;
    auto r = m_sql.forEachRow(sql, values, [&](const SqlRow &row) { rows.push_back(readRelation(row)); });
    if (!r)
        return r.error();
    return rows;
}

Expected<std::vector<std::tuple<qint64, QString, QString>>> RelationRepository::articleEntities(
    ArticleId article)
{
    std::vector<std::tuple<qint64, QString, QString>> entities;
    auto r = m_sql.forEachRow(
        // IN, not DISTINCT: PostgreSQL orders a DISTINCT list only by what it selects.
        QStringLiteral("SELECT e.id, e.canonical, e.type FROM entities e WHERE e.id IN (SELECT m.entity_id "
                       "FROM mentions m WHERE m.article_id = ?1 AND m.status = 'active') AND e.type NOT IN "
                       "('QUANTITY', 'DATE') ORDER BY %1, e.type, e.id")
            .arg(caselessOrderSql(m_sql.dialect(), QLatin1String("e.canonical"))),
        {article}, [&](const SqlRow &row) { entities.emplace_back(row.int64(0), row.text(1), row.text(2)); });
    if (!r)
        return r.error();
    return entities;
}

Expected<RelationVerdict> RelationRepository::setVerdict(qint64 id, RelationVerdict verdict)
{
    auto current = relation(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error {QStringLiteral("no relation with id %1").arg(id), ErrorKind::NotFound};
    auto previous = applyVerdict(id, verdict);
    if (!previous || previous.value() == verdict)
        return previous;
    const EditKind kind = verdict == RelationVerdict::Confirmed ? EditKind::RelationConfirmed
        : verdict == RelationVerdict::Rejected                  ? EditKind::RelationRejected
                                                                : EditKind::RelationReset;
    if (auto r = recordEdits(m_sql, (**current).article, {{kind, detailOf(**current)}}); !r)
        return r.error();
    return previous;
}

Expected<RelationVerdict> RelationRepository::applyVerdict(qint64 id, RelationVerdict verdict)
{
    // The row's own columns, not the verdict read through its claim: an automatic row whose
    // claim was rejected elsewhere in the article is still automatic.
    auto own = firstInt64(m_sql,
        QStringLiteral("SELECT CASE WHEN status = 'rejected' THEN 2 WHEN origin = 'manual' THEN 1 ELSE 0 END "
                       "FROM relations WHERE id = ?1"),
        {id});
    if (!own)
        return own.error();
    if (!own.value())
        return Error {QStringLiteral("no relation with id %1").arg(id), ErrorKind::NotFound};
    const RelationVerdict previous = RelationVerdict(**own);
    auto updated = m_sql.execute(
        QStringLiteral("UPDATE relations SET origin = ?2, status = ?3 WHERE id = ?1"),
        {id, verdict == RelationVerdict::Unreviewed ? QStringLiteral("automatic") : QStringLiteral("manual"),
            verdict == RelationVerdict::Rejected ? QStringLiteral("rejected") : QStringLiteral("active")});
    if (!updated)
        return Error {QStringLiteral("cannot record the verdict: %1").arg(updated.errorMessage()),
            updated.error().kind};
    return previous;
}

Expected<qint64> RelationRepository::correct(
    qint64 id, const QString &type, qint64 source, qint64 target, RelationVerdict *previous)
{
    if (!relationTypeFromName(type))
        return Error {QStringLiteral("unknown relation type \"%1\"").arg(type)};
    if (source == target)
        return Error {QStringLiteral("a relation needs two different entities")};
    QStringList ends;
    for (qint64 entity : {source, target}) {
        std::optional<QString> name;
        auto r = m_sql.forEachRow(QStringLiteral("SELECT canonical FROM entities WHERE id = ?1"), {entity},
            [&](const SqlRow &row) { name = row.text(0); });
        if (!r)
            return r.error();
        if (!name)
            return Error {QStringLiteral("no entity with id %1").arg(entity)};
        ends.append(*name);
    }
    auto original = relation(id);
    if (!original)
        return original.error();
    if (!original->has_value())
        return Error {QStringLiteral("no relation with id %1").arg(id), ErrorKind::NotFound};
    auto was = applyVerdict(id, RelationVerdict::Rejected);
    if (!was)
        return was.error();
    if (previous)
        *previous = was.value();
    auto inserted = firstInt64(m_sql,
        QStringLiteral(
            "INSERT INTO relations(article_id, type, source_entity, target_entity, evidence_start, "
            "evidence_end, attributed_to, origin, corrects) SELECT article_id, ?2, ?3, ?4, "
            "evidence_start, evidence_end, attributed_to, 'manual', id FROM relations WHERE id = ?1 "
            "RETURNING id"),
        {id, type, source, target});
    if (!inserted)
        return Error {QStringLiteral("cannot add the corrected relation: %1").arg(inserted.errorMessage())};
    if (!inserted.value())
        return Error {QStringLiteral("no relation with id %1").arg(id), ErrorKind::NotFound};
    const qint64 corrected = **inserted;
    // The same sentence, so the same date: the original's event, relabelled; without one (rows
    // from before events were stored), the article's publication date.
    const QString label = relationEventLabel(type, ends.at(0), ends.at(1));
    auto copied = m_sql.execute(
        QStringLiteral("INSERT INTO events(article_id, relation_id, day, norm, date_from_text, label, "
                       "evidence_start, evidence_end) SELECT article_id, ?2, day, norm, date_from_text, ?3, "
                       "evidence_start, evidence_end FROM events WHERE relation_id = ?1 ORDER BY id LIMIT 1"),
        {id, corrected, label});
    if (!copied)
        return copied.error();
    if (copied.value() == 0) {
        auto dated = m_sql.execute(
            QStringLiteral("INSERT INTO events(article_id, relation_id, day, norm, date_from_text, label, "
                           "evidence_start, evidence_end) SELECT r.article_id, r.id, substr(a.published_day, "
                           "1, 10), substr(a.published_day, 1, 10), 0, ?2, r.evidence_start, r.evidence_end "
                           "FROM relations r JOIN articles a ON a.id = r.article_id WHERE r.id = ?1"),
            {corrected, label});
        if (!dated)
            return dated.error();
    }
    // One row: the claim the engine read, and what the sentence states instead.
    if (auto r = recordEdits(m_sql, (**original).article,
            {{EditKind::RelationCorrected,
                detailOf(**original) + QStringLiteral(" ⇒ ")
                    + relationEditDetail(type, ends.at(0), ends.at(1))}});
        !r)
        return r.error();
    return corrected;
}

Expected<void> RelationRepository::removeCorrection(qint64 correction, RelationVerdict originalVerdict)
{
    auto withdrawn = relation(correction);
    if (!withdrawn)
        return withdrawn.error();
    auto original = firstInt64(m_sql,
        QStringLiteral("SELECT corrects FROM relations WHERE id = ?1 AND corrects IS NOT NULL"),
        {correction});
    if (!original)
        return original.error();
    if (!original.value())
        return Error {QStringLiteral("relation %1 is no correction").arg(correction)};
    if (auto r = m_sql.execute(QStringLiteral("DELETE FROM relations WHERE id = ?1"), {correction}); !r)
        return r.error();
    if (auto r = applyVerdict(**original, originalVerdict); !r)
        return r.error();
    if (!withdrawn->has_value()) // it was found above: the row is there
        return {};
    return recordEdits(m_sql, (**withdrawn).article, {{EditKind::RelationReset, detailOf(**withdrawn)}});
}

Expected<void> RelationRepository::reset(qint64 id)
{
    auto first = relation(id);
    if (!first)
        return first.error();
    if (!first->has_value())
        return Error {QStringLiteral("no relation with id %1").arg(id), ErrorKind::NotFound};
    // One row for the relation the analyst reset, when that changed anything.
    const std::vector<EditRecord> record {{EditKind::RelationReset, detailOf(**first)}};
    // A chain of corrections is short; the bound only guards against a cycle in a damaged file.
    for (int step = 0; step < 64; ++step) {
        auto found = firstInt64(
            m_sql, QStringLiteral("SELECT coalesce(corrects, 0) FROM relations WHERE id = ?1"), {id});
        if (!found)
            return found.error();
        if (!found.value())
            return Error {QStringLiteral("no relation with id %1").arg(id), ErrorKind::NotFound};
        const qint64 original = **found;
        if (!original) {
            auto previous = applyVerdict(id, RelationVerdict::Unreviewed);
            if (!previous)
                return previous.error();
            if (step == 0 && previous.value() == RelationVerdict::Unreviewed)
                return {};
            return recordEdits(m_sql, (**first).article, record);
        }
        if (auto r = m_sql.execute(QStringLiteral("DELETE FROM relations WHERE id = ?1"), {id}); !r)
            return r.error();
        id = original;
    }
    return Error {QStringLiteral("relation %1: the corrections form a cycle").arg(id)};
}

} // namespace Lagebild
