// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/mentioncorrections.h"

#include "store/analysiswriter.h"
#include "store/edithistory.h"
#include "store/mentionreads.h"
#include "store/mentiontext.h"
#include "store/mentiontype.h"
#include "store/postgres/channels.h"
#include "store/recordedits.h"
#include "store/sqlreader.h"

namespace Lagebild {

namespace {

/// Text or NULL: empty strings are stored as NULL, as the engine's rows have them.
SqlValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

} // namespace

Expected<void> MentionCorrections::holdArticle(ArticleId article)
{
    // A worker claims an article FOR UPDATE SKIP LOCKED and holds it while it replaces the
    // engine's rows: waiting for it here means the hand's change reads and writes after the
    // worker's commit, and a worker does not claim the article until the change is committed.
    // SQLite has one writer at a time anyway.
    if (m_sql.dialect() != SqlDialect::Postgres)
        return {};
    return m_sql.forEachRow(
        QStringLiteral("SELECT 1 FROM articles WHERE id = ?1 FOR SHARE"), {article}, [](const SqlRow &) {});
}

MentionCorrections::MentionCorrections(SqlWriter &sql) : m_sql(sql) { }

Expected<qint64> MentionCorrections::entityId(const QString &type, const QString &canonical)
{
    if (auto r = m_sql.execute(QStringLiteral("INSERT INTO entities(canonical, type) VALUES (?1, ?2) ON "
                                              "CONFLICT(type, canonical) DO NOTHING"),
            {canonical, type});
        !r)
        return r.error();
    qint64 id = 0;
    if (auto r
        = m_sql.forEachRow(QStringLiteral("SELECT id FROM entities WHERE type = ?1 AND canonical = ?2"),
            {type, canonical}, [&](const SqlRow &row) { id = row.int64(0); });
        !r)
        return r.error();
    if (!id)
        return Error {QStringLiteral("entity %1 vanished").arg(canonical), ErrorKind::NotFound};
    return id;
}

Expected<qint64> MentionCorrections::addManualMention(ArticleId article, const StoredMention &m)
{
    if (m.end <= m.start)
        return Error {QStringLiteral("a mention needs a non-empty span")};
    SqlValue entity = QString();
    if (typeHasEntity(m.type)) {
        auto id = entityId(m.type, m.canonical.isEmpty() ? m.text : m.canonical);
        if (!id)
            return id.error();
        entity = id.value();
    }
    // A hand-made mention replaces what the engine found at that place.
    if (auto r = m_sql.execute(QStringLiteral("DELETE FROM mentions WHERE article_id = ?1 AND manual = 0 "
                                              "AND start < ?3 AND \"end\" > ?2"),
            {article, qint64(m.start), qint64(m.end)});
        !r)
        return r.error();
    // The type as a code for the types the engine knows, by name for any other (mentiontype.h).
    const int code = mentionTypeCode(m.type);
    const SqlValue typeCode = code >= 0 ? SqlValue(qint64(code)) : SqlValue(QString());
    const SqlValue typeName = code >= 0 ? SqlValue(QString()) : SqlValue(m.type);
    const SqlValue approx = m.approx ? SqlValue(qint64(*m.approx ? 1 : 0)) : SqlValue(QString());
    qint64 id = 0;
    auto inserted = m_sql.forEachRow(
        QStringLiteral(
            "INSERT INTO mentions(article_id, entity_id, start, \"end\", type_code, text, value, unit, "
            "approx, norm, type_name, manual) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1) "
            "RETURNING id"),
        {article, entity, qint64(m.start), qint64(m.end), typeCode, m.text, textOrNull(m.value),
            textOrNull(m.unit), approx, textOrNull(m.norm), typeName},
        [&](const SqlRow &row) { id = row.int64(0); });
    if (!inserted)
        return Error {
            QStringLiteral("cannot add the mention: %1").arg(inserted.errorMessage()), inserted.error().kind};
    return id;
}

Expected<qint64> MentionCorrections::addRemovalMarker(ArticleId article, const StoredMention &engine)
{
    const int code = mentionTypeCode(engine.type);
    const SqlValue typeCode = code >= 0 ? SqlValue(qint64(code)) : SqlValue(QString());
    const SqlValue typeName = code >= 0 ? SqlValue(QString()) : SqlValue(engine.type);
    qint64 id = 0;
    auto inserted = m_sql.forEachRow(
        QStringLiteral(
            "INSERT INTO mentions(article_id, entity_id, start, \"end\", type_code, text, type_name, "
            "manual, removed) VALUES (?1, NULL, ?2, ?3, ?4, ?5, ?6, 1, 1) RETURNING id"),
        {article, qint64(engine.start), qint64(engine.end), typeCode, engine.text, typeName},
        [&](const SqlRow &row) { id = row.int64(0); });
    if (!inserted)
        return inserted.error();
    return id;
}

Expected<void> MentionCorrections::removeMention(qint64 mentionId)
{
    std::optional<bool> manual;
    if (auto r = m_sql.forEachRow(QStringLiteral("SELECT manual FROM mentions WHERE id = ?1"), {mentionId},
            [&](const SqlRow &row) { manual = row.int64(0) != 0; });
        !r)
        return r;
    if (!manual)
        return Error {QStringLiteral("no mention with id %1").arg(mentionId), ErrorKind::NotFound};
    // The marker is the analyst's row: it keeps its text whatever becomes of the body.
    const QString sql = *manual
        ? QStringLiteral("DELETE FROM mentions WHERE id = ?1")
        : QLatin1String("UPDATE mentions SET manual = 1, removed = 1, entity_id = NULL, text = ")
            + mentionTextSql(QLatin1String("mentions")) + QLatin1String(" WHERE id = ?1");
    auto changed = m_sql.execute(sql, {mentionId});
    if (!changed)
        return changed.error();
    // Gone between the two statements (a re-analysis replaced it): say so rather than record a
    // removal that did not happen.
    if (changed.value() != 1)
        return Error {
            QStringLiteral("mention %1 changed meanwhile; look again").arg(mentionId), ErrorKind::NotFound};
    return {};
}

Expected<void> MentionCorrections::restoreAutomaticMention(qint64 markerId)
{
    ArticleId article = 0;
    if (auto r
        = m_sql.forEachRow(QStringLiteral("SELECT article_id FROM mentions WHERE id = ?1 AND removed = 1"),
            {markerId}, [&](const SqlRow &row) { article = row.int64(0); });
        !r)
        return r;
    if (!article)
        return Error {QStringLiteral("no removed mention with id %1").arg(markerId), ErrorKind::NotFound};
    if (auto r = m_sql.execute(QStringLiteral("DELETE FROM mentions WHERE id = ?1"), {markerId}); !r)
        return r.error();
    return markForAnalysis(article);
}

Expected<void> MentionCorrections::markForAnalysis(ArticleId article)
{
    if (auto r = m_sql.execute(
            QStringLiteral("UPDATE articles SET analysis_version = NULL WHERE id = ?1"), {article});
        !r)
        return r.error();
    // A following worker hears of it when the transaction commits (analysisworker.cpp).
    if (m_sql.dialect() == SqlDialect::Postgres) {
        if (auto r = m_sql.execute(QStringLiteral("NOTIFY %1").arg(Postgres::dueChannel), {}); !r)
            return r.error();
    }
    return {};
}

Expected<MentionReplacement> MentionCorrections::replace(
    ArticleId article, const std::optional<StoredMention> &before, const std::optional<StoredMention> &after)
{
    MentionReplacement done;
    auto transacted = m_sql.transact([&]() -> Expected<void> {
        done = {}; // a try rolled back for a conflict runs again (retryWhenBusy)
        if (auto held = holdArticle(article); !held)
            return held;
        if (before) {
            auto current = articleMentionAt(m_sql, article, before->start, before->end);
            if (!current)
                return current.error();
            if (current->has_value()) {
                done.removed = **current;
                if (auto r = removeMention(done.removed->id); !r)
                    return r;
            } else if (!before->manual && !after) {
                auto marker = addRemovalMarker(article, *before);
                if (!marker)
                    return marker.error();
                done.removed = *before;
                done.removed->id = marker.value();
            }
        }
        if (after) {
            auto id = addManualMention(article, *after);
            if (!id)
                return id.error();
            done.madeId = id.value();
        }
        std::optional<StoredMention> made = after;
        if (made)
            made->manual = true;
        return recordEdits(m_sql, article, mentionEdits(done.removed, made));
    });
    if (!transacted)
        return transacted.error();
    return done;
}

Expected<StoredMention> MentionCorrections::reset(ArticleId article, int start, int end)
{
    // A retype leaves two rows at the place: the hand's mention and the marker that keeps the
    // engine's from coming back (with the engine's text and type). Both go.
    std::optional<StoredMention> handMade, marker;
    auto transacted = m_sql.transact([&]() -> Expected<void> {
        // A try rolled back for a conflict runs again (retryWhenBusy): what it found goes.
        handMade.reset();
        marker.reset();
        if (auto held = holdArticle(article); !held)
            return held;
        auto found
            = m_sql.forEachRow(QLatin1String("SELECT m.id, m.type, ") + mentionTextSql(QLatin1String("m"))
                    + QLatin1String(
                        ", e.canonical, m.value, m.unit, m.norm, m.removed FROM mentions m LEFT JOIN "
                        "entities e ON e.id = m.entity_id WHERE m.article_id = ?1 AND m.start = ?2 AND "
                        "m.\"end\" = ?3 AND m.manual = 1 ORDER BY m.id"),
                {article, qint64(start), qint64(end)}, [&](const SqlRow &row) {
                    StoredMention m;
                    m.id = row.int64(0);
                    m.manual = true;
                    m.start = start;
                    m.end = end;
                    m.type = row.text(1);
                    m.text = row.text(2);
                    m.canonical = row.text(3);
                    m.value = row.text(4);
                    m.unit = row.text(5);
                    m.norm = row.text(6);
                    (row.int64(7) != 0 ? marker : handMade) = m;
                });
        if (!found)
            return found;
        if (!handMade && !marker) {
            return Error {QStringLiteral("article %1 has no hand-made mention at %2-%3")
                              .arg(article)
                              .arg(start)
                              .arg(end),
                ErrorKind::NotFound};
        }
        if (auto r = m_sql.execute(QStringLiteral("DELETE FROM mentions WHERE article_id = ?1 AND start = ?2 "
                                                  "AND \"end\" = ?3 AND manual = 1"),
                {article, qint64(start), qint64(end)});
            !r)
            return r.error();
        if (auto r = markForAnalysis(article); !r)
            return r;
        // With a marker the engine's mention stands again ("as the engine found it"), without one
        // the hand's mention is simply gone.
        std::optional<StoredMention> engine = marker;
        if (engine)
            engine->manual = false;
        return recordEdits(m_sql, article, mentionEdits(handMade, engine));
    });
    if (!transacted)
        return transacted.error();
    return handMade ? *handMade : *marker;
}

Expected<std::vector<StoredMention>> MentionCorrections::removedMentions(ArticleId article)
{
    std::vector<StoredMention> markers;
    auto read = m_sql.forEachRow(QStringLiteral("SELECT id, start, \"end\", type, text FROM mentions "
                                                "WHERE article_id = ?1 AND removed = 1 ORDER BY start, id"),
        {article}, [&](const SqlRow &row) {
            StoredMention m;
            m.id = row.int64(0);
            m.manual = true;
            m.start = row.int32(1);
            m.end = row.int32(2);
            m.type = row.text(3);
            m.text = row.text(4);
            markers.push_back(std::move(m));
        });
    if (!read)
        return read.error();
    return markers;
}

} // namespace Lagebild
