// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/analysisrepository.h"

#include "store/analysiswriter.h"
#include "store/entityrules.h"
#include "store/mentioncorrections.h"
#include "store/mentionreads.h"
#include "store/mentiontext.h"
#include "store/mentiontype.h"
#include "store/sqlite/database.h"
#include "store/sqlite/mentioncount.h"
#include "store/sqlite/statement.h"
#include "store/sqlreader.h"

#include <QDateTime>

#include <algorithm>
#include <functional>

namespace Lagebild {

using Sqlite::Statement;

AnalysisRepository::AnalysisRepository(Sqlite::Database &db) : m_db(db) { }

Expected<int> AnalysisRepository::rulesVersion()
{
    auto v = Sqlite::queryInt64(m_db, u"SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'rules_version'");
    if (!v)
        return v.error();
    return int(v->value_or(0));
}

Expected<std::vector<ArticleId>> AnalysisRepository::articlesToAnalyse(bool all, int engineVersion)
{
    auto rules = rulesVersion();
    if (!rules)
        return rules.error();
    Statement st(m_db,
        all ? u"SELECT id FROM articles ORDER BY id"
            : u"SELECT id FROM articles WHERE analysis_version IS NOT ?1 OR analysis_rules IS NOT ?2 ORDER "
              u"BY id");
    if (!all)
        st.bind(1, engineVersion).bind(2, rules.value());
    std::vector<ArticleId> ids;
    auto rows = Sqlite::forEachRow(st, [&](const Statement &row) { ids.push_back(row.columnInt64(0)); });
    if (!rows)
        return rows.error();
    return ids;
}

Expected<std::vector<CorrectionRow>> AnalysisRepository::corrections()
{
    return EntityRules(*sqliteSqlWriter(m_db)).list();
}

Expected<qint64> AnalysisRepository::addCorrection(
    const QString &kind, const QString &entity, const QString &entityType, const QString &value)
{
    return EntityRules(*sqliteSqlWriter(m_db)).add(kind, entity, entityType, value);
}

Expected<void> AnalysisRepository::removeCorrection(qint64 id)
{
    return EntityRules(*sqliteSqlWriter(m_db)).remove(id);
}

Expected<qint64> AnalysisRepository::entityId(const QString &type, const QString &canonical)
{
    const QString key = type + QChar(31) + canonical;
    if (auto it = m_entityIds.constFind(key); it != m_entityIds.constEnd())
        return it.value();
    Statement insert(m_db,
        u"INSERT INTO entities(canonical, type) VALUES (?1, ?2) ON CONFLICT(type, canonical) DO NOTHING");
    insert.bind(1, canonical).bind(2, type);
    if (auto r = insert.execute(); !r)
        return r.error();
    Statement select(m_db, u"SELECT id FROM entities WHERE type = ?1 AND canonical = ?2");
    select.bind(1, type).bind(2, canonical);
    auto row = select.step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error {QStringLiteral("entity %1 vanished").arg(canonical), ErrorKind::NotFound};
    const qint64 id = select.columnInt64(0);
    m_entityIds.insert(key, id);
    return id;
}

namespace {

// The SQLite dialect of writeAnalysis() (analysiswriter.h).
class SqliteAnalysisWriter final : public AnalysisWriter
{
public:
    SqliteAnalysisWriter(
        Sqlite::Database &db, std::function<Expected<qint64>(const QString &, const QString &)> entityId)
        : m_db(db), m_entityId(std::move(entityId))
    { }

    Expected<void> clearAutomatic(ArticleId article) override
    {
        // Events reference relations, relations and mentions the article: children first.
        for (const auto *sql :
            {u"DELETE FROM events WHERE article_id = ?1 AND (relation_id IS NULL OR relation_id "
             u"IN (SELECT id FROM relations WHERE article_id = ?1 AND origin = 'automatic'))",
                u"DELETE FROM relations WHERE article_id = ?1 AND origin = 'automatic'",
                u"DELETE FROM mentions WHERE article_id = ?1 AND manual = 0"}) {
            Statement st(m_db, sql);
            st.bind(1, article);
            if (auto r = st.execute(); !r)
                return r;
        }
        return {};
    }

    Expected<std::vector<std::pair<int, int>>> manualMentionSpans(ArticleId article) override
    {
        Statement st(m_db, u"SELECT start, \"end\" FROM mentions WHERE article_id = ?1 AND manual = 1");
        st.bind(1, article);
        std::vector<std::pair<int, int>> spans;
        auto rows = Sqlite::forEachRow(
            st, [&](const Statement &row) { spans.emplace_back(row.columnInt(0), row.columnInt(1)); });
        if (!rows)
            return rows.error();
        return spans;
    }

    Expected<QString> body(ArticleId article) override
    {
        Statement st(m_db, u"SELECT body FROM articles WHERE id = ?1");
        st.bind(1, article);
        auto row = st.step();
        if (!row)
            return row.error();
        return row.value() ? st.columnText(0) : QString();
    }

    Expected<std::vector<ReviewedRelation>> reviewedRelations(ArticleId article) override
    {
        // Index relations_reviewed.
        Statement st(m_db,
            u"SELECT type, source_entity, target_entity, status = 'rejected', evidence_start, evidence_end "
            u"FROM relations WHERE article_id = ?1 AND origin = 'manual'");
        st.bind(1, article);
        std::vector<ReviewedRelation> reviewed;
        auto rows = Sqlite::forEachRow(st, [&](const Statement &row) {
            reviewed.push_back({row.columnText(0), row.columnInt64(1), row.columnInt64(2),
                row.columnInt(3) != 0, row.columnInt(4), row.columnInt(5)});
        });
        if (!rows)
            return rows.error();
        return reviewed;
    }

    Expected<qint64> entityId(const QString &type, const QString &canonical) override
    {
        return m_entityId(type, canonical);
    }

    Expected<void> insertMentions(ArticleId article, const std::vector<NewMention> &rows) override
    {
        Statement st(m_db,
            u"INSERT INTO mentions(article_id, entity_id, start, \"end\", type_code, text, value, unit, "
            u"approx, norm, sentence_start, sentence_end, type_name) "
            u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
        for (const NewMention &row : rows) {
            const StoredMention &m = *row.mention;
            st.bind(1, article).bindOptional(2, row.entity).bind(3, m.start).bind(4, m.end);
            bindMentionType(st, 5, 13, m.type);
            st.bind(6, row.withText ? m.text : QString());
            st.bind(7, m.value.isEmpty() ? QString() : m.value)
                .bind(8, m.unit.isEmpty() ? QString() : m.unit);
            if (m.approx)
                st.bind(9, *m.approx);
            else
                st.bindNull(9);
            st.bind(10, m.norm.isEmpty() ? QString() : m.norm);
            if (m.sentenceStart >= 0)
                st.bind(11, m.sentenceStart).bind(12, m.sentenceEnd);
            else
                st.bindNull(11).bindNull(12);
            if (auto r = st.execute(); !r)
                return r;
        }
        return {};
    }

    Expected<qint64> insertRelation(ArticleId article, const NewRelation &row) override
    {
        const StoredRelation &r = *row.relation;
        // Prepared once per article, as the relations come one by one.
        if (!m_relation)
            m_relation.emplace(m_db,
                u"INSERT INTO relations(article_id, type, source_entity, target_entity, evidence_start, "
                u"evidence_end, attributed_to, confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        Statement &st = *m_relation;
        st.bind(1, article).bind(2, r.type).bind(3, row.source).bind(4, row.target);
        st.bind(5, r.evidenceStart).bind(6, r.evidenceEnd).bindOptional(7, row.attributedTo);
        if (r.confidence)
            st.bind(8, *r.confidence);
        else
            st.bindNull(8);
        if (auto e = st.execute(); !e)
            return e.error();
        return m_db.lastInsertRowId();
    }

    Expected<void> insertEvents(ArticleId article, const std::vector<NewEvent> &rows) override
    {
        Statement st(m_db,
            u"INSERT INTO events(article_id, relation_id, day, norm, date_from_text, label, evidence_start, "
            u"evidence_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        for (const NewEvent &row : rows) {
            const StoredEvent &e = *row.event;
            st.bind(1, article).bindOptional(2, row.relation);
            st.bind(3, e.day.isEmpty() ? QString() : e.day).bind(4, e.norm.isEmpty() ? QString() : e.norm);
            st.bind(5, e.dateFromText).bind(6, e.label).bind(7, e.evidenceStart).bind(8, e.evidenceEnd);
            if (auto r = st.execute(); !r)
                return r;
        }
        return {};
    }

    Expected<void> redateReviewedEvents(ArticleId article, const std::vector<StoredEvent> &events) override
    {
        Statement st(m_db,
            u"UPDATE events SET day = ?3, norm = ?4, date_from_text = ?5 WHERE article_id = ?1 AND "
            u"evidence_start = ?2 AND evidence_end = ?6 AND relation_id IN (SELECT id FROM relations "
            u"WHERE article_id = ?1 AND origin = 'manual')");
        for (const StoredEvent &e : events) {
            st.bind(1, article).bind(2, e.evidenceStart).bind(6, e.evidenceEnd);
            st.bind(3, e.day.isEmpty() ? QString() : e.day).bind(4, e.norm.isEmpty() ? QString() : e.norm);
            st.bind(5, e.dateFromText);
            if (auto r = st.execute(); !r)
                return r;
        }
        return {};
    }

    Expected<void> markAnalysed(
        ArticleId article, int engineVersion, int rulesVersion, const QString &at) override
    {
        Statement st(m_db,
            u"UPDATE articles SET analysed_at = ?2, analysis_version = ?3, analysis_rules = ?4 WHERE id = "
            u"?1");
        st.bind(1, article).bind(2, at).bind(3, engineVersion).bind(4, rulesVersion);
        if (auto r = st.execute(); !r)
            return r;
        // The mentions were written with their count deferred (m_countOnce): counted here, once,
        // from mentions_article alone.
        Statement count(m_db,
            u"UPDATE article_counts SET mentions = (SELECT count(*) FROM mentions m WHERE m.article_id = ?1 "
            u"AND m.removed = 0) WHERE article_id = ?1");
        count.bind(1, article);
        return count.execute();
    }

private:
    Sqlite::Database &m_db;
    std::function<Expected<qint64>(const QString &, const QString &)> m_entityId;
    std::optional<Statement> m_relation;
    /// The article's count of mentions is set by markAnalysed(), the last step of a written
    /// analysis; if a step before fails, the caller's transaction takes the mentions back too.
    Sqlite::DeferredMentionCount m_countOnce;
};

} // namespace

Expected<void> AnalysisRepository::store(const ArticleAnalysis &a, int engineVersion, int rulesVersion)
{
    SqliteAnalysisWriter writer(
        m_db, [this](const QString &type, const QString &canonical) { return entityId(type, canonical); });
    return writeAnalysis(writer, a, engineVersion, rulesVersion);
}

Expected<qint64> AnalysisRepository::addManualMention(ArticleId article, const StoredMention &m)
{
    return MentionCorrections(*sqliteSqlWriter(m_db)).addManualMention(article, m);
}

Expected<void> AnalysisRepository::removeMention(qint64 mentionId)
{
    return MentionCorrections(*sqliteSqlWriter(m_db)).removeMention(mentionId);
}

Expected<void> AnalysisRepository::restoreAutomaticMention(qint64 markerId)
{
    return MentionCorrections(*sqliteSqlWriter(m_db)).restoreAutomaticMention(markerId);
}

Expected<void> AnalysisRepository::markForAnalysis(ArticleId article)
{
    return MentionCorrections(*sqliteSqlWriter(m_db)).markForAnalysis(article);
}

Expected<std::optional<StoredMention>> AnalysisRepository::mentionAt(ArticleId article, int start, int end)
{
    return articleMentionAt(*sqliteSqlReader(m_db), article, start, end);
}

Expected<std::vector<std::pair<QString, qint64>>> AnalysisRepository::surfaceForms(
    const QString &type, const QString &canonical)
{
    return entitySurfaceForms(*sqliteSqlReader(m_db), type, canonical);
}

Expected<std::vector<EntitySummary>> AnalysisRepository::entities(const QString &type, int limit)
{
    return listEntities(*sqliteSqlReader(m_db), type, limit);
}

Expected<std::vector<Occurrence>> AnalysisRepository::occurrences(
    const QString &type, const QString &canonical, int limit)
{
    return entityOccurrences(*sqliteSqlReader(m_db), type, canonical, limit);
}

Expected<std::optional<qint64>> AnalysisRepository::findEntity(const QString &type, const QString &canonical)
{
    return Lagebild::findEntity(*sqliteSqlReader(m_db), type, canonical);
}

Expected<std::vector<StoredMention>> AnalysisRepository::mentionsOf(ArticleId article)
{
    return articleMentions(*sqliteSqlReader(m_db), article);
}

} // namespace Lagebild
