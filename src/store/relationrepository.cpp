// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/relationrepository.h"

#include "core/relationtypes.h"
#include "store/edithistory.h"
#include "store/relationconditions.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "store/sqliteedits.h"

namespace Lagebild {

using Sqlite::Statement;

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

RelationRow readRelation(const Statement &row)
{
    RelationRow r;
    r.id = row.columnInt64(0);
    r.article = row.columnInt64(1);
    r.type = row.columnText(2);
    r.sourceId = row.columnInt64(3);
    r.source = row.columnText(4);
    r.sourceType = row.columnText(5);
    r.targetId = row.columnInt64(6);
    r.target = row.columnText(7);
    r.targetType = row.columnText(8);
    r.evidenceStart = row.columnInt(9);
    r.evidenceEnd = row.columnInt(10);
    r.sentence = row.columnText(11).mid(r.evidenceStart, r.evidenceEnd - r.evidenceStart).simplified();
    r.attributedTo = row.columnText(12);
    if (!row.columnIsNull(13))
        r.confidence = row.columnDouble(13);
    r.verdict = RelationVerdict(row.columnInt(14));
    r.corrects = row.columnInt64(15);
    return r;
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

RelationRepository::RelationRepository(Sqlite::Database &db) : m_db(db) { }

Expected<std::optional<RelationRow>> RelationRepository::relation(qint64 id)
{
    Statement st(m_db, QString(relationSelect() + QLatin1String(" WHERE r.id = ?1")));
    st.bind(1, id);
    auto row = st.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<RelationRow> {};
    return std::optional<RelationRow> {readRelation(st)};
}

Expected<std::vector<RelationRow>> RelationRepository::relations(const RelationListOptions &options)
{
    Statement st(m_db,
        QString(relationSelect()
            + QStringLiteral(
                " WHERE (?1 = 0 OR r.article_id = ?1) AND (?2 < 0 OR %1 = ?2) ORDER BY r.article_id, "
                "r.evidence_start, r.id LIMIT ?3")
                  .arg(relationVerdictSql(QLatin1String("r")))));
    st.bind(1, options.article).bind(2, options.verdict ? int(*options.verdict) : -1).bind(3, options.limit);
    std::vector<RelationRow> rows;
    auto r = Sqlite::forEachRow(st, [&](const Statement &row) { rows.push_back(readRelation(row)); });
    if (!r)
        return r.error();
    return rows;
}

Expected<std::vector<std::tuple<qint64, QString, QString>>> RelationRepository::articleEntities(
    ArticleId article)
{
    Statement st(m_db,
        u"SELECT DISTINCT e.id, e.canonical, e.type FROM mentions m JOIN entities e ON e.id = m.entity_id "
        u"WHERE m.article_id = ?1 AND m.status = 'active' AND e.type NOT IN ('QUANTITY', 'DATE') "
        u"ORDER BY e.canonical COLLATE NOCASE, e.type");
    st.bind(1, article);
    std::vector<std::tuple<qint64, QString, QString>> entities;
    auto r = Sqlite::forEachRow(st, [&](const Statement &row) {
        entities.emplace_back(row.columnInt64(0), row.columnText(1), row.columnText(2));
    });
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
    if (auto r = recordEdits(m_db, (**current).article, {{kind, detailOf(**current)}}); !r)
        return r.error();
    return previous;
}

Expected<RelationVerdict> RelationRepository::applyVerdict(qint64 id, RelationVerdict verdict)
{
    // The row's own columns, not the verdict read through its claim: an automatic row whose
    // claim was rejected elsewhere in the article is still automatic.
    Statement own(m_db, u"SELECT origin = 'manual', status = 'rejected' FROM relations WHERE id = ?1");
    own.bind(1, id);
    auto row = own.step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error {QStringLiteral("no relation with id %1").arg(id), ErrorKind::NotFound};
    const RelationVerdict previous = own.columnInt(1) ? RelationVerdict::Rejected
        : own.columnInt(0)                            ? RelationVerdict::Confirmed
                                                      : RelationVerdict::Unreviewed;
    own.reset();
    Statement st(m_db, u"UPDATE relations SET origin = ?2, status = ?3 WHERE id = ?1");
    st.bind(1, id)
        .bind(2,
            verdict == RelationVerdict::Unreviewed ? QStringLiteral("automatic") : QStringLiteral("manual"))
        .bind(
            3, verdict == RelationVerdict::Rejected ? QStringLiteral("rejected") : QStringLiteral("active"));
    if (auto r = st.execute(); !r)
        return Error {QStringLiteral("cannot record the verdict: %1").arg(r.errorMessage()), r.error().kind};
    return previous;
}

Expected<qint64> RelationRepository::correct(
    qint64 id, const QString &type, qint64 source, qint64 target, RelationVerdict *previous)
{
    if (!relationTypeFromName(type))
        return Error {QStringLiteral("unknown relation type \"%1\"").arg(type)};
    if (source == target)
        return Error {QStringLiteral("a relation needs two different entities")};
    Statement names(m_db, u"SELECT canonical FROM entities WHERE id = ?1");
    QStringList ends;
    for (qint64 entity : {source, target}) {
        names.bind(1, entity);
        auto row = names.step();
        if (!row)
            return row.error();
        if (!row.value())
            return Error {QStringLiteral("no entity with id %1").arg(entity)};
        ends.append(names.columnText(0));
        names.reset();
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
    Statement insert(m_db,
        u"INSERT INTO relations(article_id, type, source_entity, target_entity, evidence_start, "
        u"evidence_end, "
        u"attributed_to, origin, corrects) SELECT article_id, ?2, ?3, ?4, evidence_start, evidence_end, "
        u"attributed_to, 'manual', id FROM relations WHERE id = ?1");
    insert.bind(1, id).bind(2, type).bind(3, source).bind(4, target);
    if (auto r = insert.execute(); !r)
        return Error {QStringLiteral("cannot add the corrected relation: %1").arg(r.errorMessage())};
    const qint64 corrected = m_db.lastInsertRowId();
    // The same sentence, so the same date: the original's event, relabelled; without one (rows
    // from before events were stored), the article's publication date.
    const QString label = relationEventLabel(type, ends.at(0), ends.at(1));
    Statement event(m_db,
        u"INSERT INTO events(article_id, relation_id, day, norm, date_from_text, label, evidence_start, "
        u"evidence_end) SELECT article_id, ?2, day, norm, date_from_text, ?3, evidence_start, evidence_end "
        u"FROM events WHERE relation_id = ?1 ORDER BY id LIMIT 1");
    event.bind(1, id).bind(2, corrected).bind(3, label);
    if (auto r = event.execute(); !r)
        return r.error();
    if (m_db.changes() == 0) {
        Statement dated(m_db,
            u"INSERT INTO events(article_id, relation_id, day, norm, date_from_text, label, evidence_start, "
            u"evidence_end) SELECT r.article_id, r.id, substr(a.published_day, 1, 10), "
            u"substr(a.published_day, 1, 10), 0, ?2, r.evidence_start, r.evidence_end FROM relations r "
            u"JOIN articles a ON a.id = r.article_id WHERE r.id = ?1");
        dated.bind(1, corrected).bind(2, label);
        if (auto r = dated.execute(); !r)
            return r.error();
    }
    // One row: the claim the engine read, and what the sentence states instead.
    if (auto r = recordEdits(m_db, (**original).article,
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
    Statement find(m_db, u"SELECT corrects FROM relations WHERE id = ?1 AND corrects IS NOT NULL");
    find.bind(1, correction);
    auto row = find.step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error {QStringLiteral("relation %1 is no correction").arg(correction)};
    const qint64 original = find.columnInt64(0);
    find.reset();
    Statement drop(m_db, u"DELETE FROM relations WHERE id = ?1");
    drop.bind(1, correction);
    if (auto r = drop.execute(); !r)
        return r;
    if (auto r = applyVerdict(original, originalVerdict); !r)
        return r.error();
    if (!withdrawn->has_value()) // it was found above: the row is there
        return {};
    return recordEdits(m_db, (**withdrawn).article, {{EditKind::RelationReset, detailOf(**withdrawn)}});
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
        Statement find(m_db, u"SELECT coalesce(corrects, 0) FROM relations WHERE id = ?1");
        find.bind(1, id);
        auto row = find.step();
        if (!row)
            return row.error();
        if (!row.value())
            return Error {QStringLiteral("no relation with id %1").arg(id), ErrorKind::NotFound};
        const qint64 original = find.columnInt64(0);
        find.reset();
        if (!original) {
            auto previous = applyVerdict(id, RelationVerdict::Unreviewed);
            if (!previous)
                return previous.error();
            if (step == 0 && previous.value() == RelationVerdict::Unreviewed)
                return {};
            return recordEdits(m_db, (**first).article, record);
        }
        Statement drop(m_db, u"DELETE FROM relations WHERE id = ?1");
        drop.bind(1, id);
        if (auto r = drop.execute(); !r)
            return r;
        id = original;
    }
    return Error {QStringLiteral("relation %1: the corrections form a cycle").arg(id)};
}

} // namespace Lagebild
