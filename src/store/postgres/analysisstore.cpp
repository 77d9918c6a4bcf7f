// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL dialect of writeAnalysis() (store/analysiswriter.h): the statements of
// AnalysisRepository's SQLite writer, for a worker's whole batch at once, as every statement is a
// round trip to the server (one per article and table made a worker wait on the network for seven
// tenths of its time).

#include "store/postgres/analysisstore.h"

#include "core/publicationdate.h"
#include "store/analysiswriter.h"
#include "store/entityrules.h"
#include "store/mentiontype.h"
#include "store/postgres/arrayliteral.h"
#include "store/postgres/connection.h"
#include "store/sqlreader.h"

#include <QSet>

#include <algorithm>

namespace Lagebild::Postgres {

namespace {

QString entityKey(const QString &type, const QString &canonical)
{
    return type + QChar(31) + canonical;
}

QString nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QString() : value;
}

} // namespace

/// writeAnalysis()'s statements for a whole batch: what the articles hold is cleared and read
/// for all of them at once (prepare), the rows to write are gathered, one article after the other,
/// into array parameters, and flush() writes each table's rows in one statement. Inside one
/// transaction this is what the same calls article by article would leave.
class PostgresBatchWriter final : public AnalysisWriter
{
public:
    explicit PostgresBatchWriter(AnalysisStore &store) : m_store(store), m_c(store.m_connection) { }

    /// Clears the automatic rows of `articles`, reads what the analyst decided in them and takes
    /// ids for up to `relations` new relations.
    Expected<void> prepare(const std::vector<ArticleId> &articles, size_t relations)
    {
        ArrayLiteral ids;
        for (const ArticleId id : articles)
            ids.add(id);
        const Params batch = Params().add(ids.text());
        // Events reference relations, relations and mentions the article: children first.
        for (const QStringView sql :
            {QStringView(u"DELETE FROM events WHERE article_id = ANY($1::bigint[]) AND "
                         u"(relation_id IS NULL OR relation_id IN (SELECT id FROM "
                         u"relations WHERE article_id = ANY($1::bigint[]) AND "
                         u"origin = 'automatic'))"),
                QStringView(
                    u"DELETE FROM relations WHERE article_id = ANY($1::bigint[]) AND origin = 'automatic'"),
                QStringView(u"DELETE FROM mentions WHERE article_id = ANY($1::bigint[]) AND manual = 0")}) {
            if (auto r = m_c.execute(sql, batch); !r)
                return r;
        }
        auto spans = m_c.query(u"SELECT article_id, start, \"end\" FROM mentions "
                               u"WHERE article_id = ANY($1::bigint[]) AND manual = 1",
            batch);
        if (!spans)
            return spans.error();
        for (int i = 0; i < spans->rows(); ++i)
            m_manual[spans->int64(i, 0)].emplace_back(int(spans->int64(i, 1)), int(spans->int64(i, 2)));
        auto reviewed
            = m_c.query(u"SELECT article_id, type, source_entity, target_entity, status = 'rejected', "
                        u"evidence_start, evidence_end FROM relations "
                        u"WHERE article_id = ANY($1::bigint[]) AND origin = 'manual'",
                batch);
        if (!reviewed)
            return reviewed.error();
        for (int i = 0; i < reviewed->rows(); ++i)
            m_reviewed[reviewed->int64(i, 0)].push_back({reviewed->text(i, 1), reviewed->int64(i, 2),
                reviewed->int64(i, 3), reviewed->text(i, 4) == QLatin1String("t"), int(reviewed->int64(i, 5)),
                int(reviewed->int64(i, 6))});
        if (relations == 0)
            return {};
        // The relations' ids are taken before they are written, so that their events can name
        // them in the same flush; ids of relations left out are never used, as after a rollback.
        auto taken = m_c.query(u"SELECT nextval(pg_get_serial_sequence('relations', 'id')) "
                               u"FROM generate_series(1, $1)",
            Params().add(qint64(relations)));
        if (!taken)
            return taken.error();
        for (int i = 0; i < taken->rows(); ++i)
            m_relationIds.push_back(taken->int64(i, 0));
        return {};
    }

    Expected<void> clearAutomatic(ArticleId) override
    {
        return {}; // prepare() cleared the whole batch
    }

    Expected<std::vector<std::pair<int, int>>> manualMentionSpans(ArticleId article) override
    {
        return m_manual.value(article);
    }

    Expected<QString> body(ArticleId article) override
    {
        auto rows = m_c.query(u"SELECT body FROM articles WHERE id = $1", Params().add(article));
        if (!rows)
            return rows.error();
        return rows->rows() ? rows->text(0, 0) : QString();
    }

    Expected<std::vector<ReviewedRelation>> reviewedRelations(ArticleId article) override
    {
        return m_reviewed.value(article);
    }

    Expected<qint64> entityId(const QString &type, const QString &canonical) override
    {
        return m_store.entityId(type, canonical);
    }

    Expected<void> insertMentions(ArticleId article, const std::vector<NewMention> &rows) override
    {
        for (const NewMention &row : rows) {
            const StoredMention &m = *row.mention;
            const int code = mentionTypeCode(m.type);
            m_mentions.article.add(article);
            addOptional(m_mentions.entity, row.entity);
            m_mentions.start.add(m.start);
            m_mentions.end.add(m.end);
            code >= 0 ? m_mentions.typeCode.add(code) : m_mentions.typeCode.addNull();
            m_mentions.text.add(row.withText ? m.text : QString());
            m_mentions.value.add(nullIfEmpty(m.value));
            m_mentions.unit.add(nullIfEmpty(m.unit));
            m.approx ? m_mentions.approx.add(int(*m.approx)) : m_mentions.approx.addNull();
            m_mentions.norm.add(nullIfEmpty(m.norm));
            if (m.sentenceStart >= 0) {
                m_mentions.sentenceStart.add(m.sentenceStart);
                m_mentions.sentenceEnd.add(m.sentenceEnd);
            } else {
                m_mentions.sentenceStart.addNull();
                m_mentions.sentenceEnd.addNull();
            }
            m_mentions.typeName.add(code >= 0 ? QString() : m.type);
        }
        return {};
    }

    Expected<qint64> insertRelation(ArticleId article, const NewRelation &row) override
    {
        if (m_relationsTaken >= m_relationIds.size())
            return Error {QStringLiteral("more relations than the batch counted")};
        const qint64 id = m_relationIds[m_relationsTaken++];
        const StoredRelation &r = *row.relation;
        m_relations.id.add(id);
        m_relations.article.add(article);
        m_relations.type.add(r.type);
        m_relations.source.add(row.source);
        m_relations.target.add(row.target);
        m_relations.evidenceStart.add(r.evidenceStart);
        m_relations.evidenceEnd.add(r.evidenceEnd);
        addOptional(m_relations.attributedTo, row.attributedTo);
        r.confidence ? m_relations.confidence.add(*r.confidence) : m_relations.confidence.addNull();
        return id;
    }

    Expected<void> insertEvents(ArticleId article, const std::vector<NewEvent> &rows) override
    {
        for (const NewEvent &row : rows) {
            const StoredEvent &e = *row.event;
            m_events.article.add(article);
            addOptional(m_events.relation, row.relation);
            m_events.day.add(nullIfEmpty(e.day));
            m_events.norm.add(nullIfEmpty(e.norm));
            m_events.dateFromText.add(int(e.dateFromText));
            m_events.label.add(e.label);
            m_events.evidenceStart.add(e.evidenceStart);
            m_events.evidenceEnd.add(e.evidenceEnd);
        }
        return {};
    }

    // Touches only the events of the analyst's relations, which no gathered row is: so it need
    // not wait for flush(). Rare (articles with relations the analyst decided on).
    Expected<void> redateReviewedEvents(ArticleId article, const std::vector<StoredEvent> &events) override
    {
        for (const StoredEvent &e : events) {
            Params params;
            params.add(article).add(e.evidenceStart).add(nullIfEmpty(e.day)).add(nullIfEmpty(e.norm));
            params.add(int(e.dateFromText)).add(e.evidenceEnd);
            if (auto r
                = m_c.execute(u"UPDATE events SET day = $3, norm = $4, date_from_text = $5 "
                              u"WHERE article_id = $1 AND evidence_start = $2 AND evidence_end = $6 AND "
                              u"relation_id IN (SELECT id FROM relations WHERE article_id = $1 AND "
                              u"origin = 'manual')",
                    params);
                !r)
                return r;
        }
        return {};
    }

    Expected<void> markAnalysed(
        ArticleId article, int engineVersion, int rulesVersion, const QString &at) override
    {
        m_analysed.article.add(article);
        m_analysed.at.add(at);
        m_analysed.engineVersion.add(engineVersion);
        m_analysed.rulesVersion.add(rulesVersion);
        return {};
    }

    /// Writes the gathered rows: mentions, relations, then the events that name them.
    Expected<void> flush()
    {
        if (m_mentions.article.size()) {
            const auto &m = m_mentions;
            if (auto r = m_c.execute(
                    u"INSERT INTO mentions(article_id, entity_id, start, \"end\", type_code, text, value, "
                    u"unit, "
                    u"approx, norm, sentence_start, sentence_end, type_name) SELECT * FROM "
                    u"unnest($1::bigint[], $2::bigint[], $3::integer[], $4::integer[], $5::integer[], "
                    u"$6::text[], $7::text[], $8::text[], $9::integer[], $10::text[], $11::integer[], "
                    u"$12::integer[], $13::text[])",
                    arrays({&m.article, &m.entity, &m.start, &m.end, &m.typeCode, &m.text, &m.value, &m.unit,
                        &m.approx, &m.norm, &m.sentenceStart, &m.sentenceEnd, &m.typeName}));
                !r)
                return r;
        }
        if (m_relations.id.size()) {
            const auto &r = m_relations;
            if (auto done
                = m_c.execute(u"INSERT INTO relations(id, article_id, type, source_entity, target_entity, "
                              u"evidence_start, evidence_end, attributed_to, confidence) SELECT * FROM "
                              u"unnest($1::bigint[], $2::bigint[], $3::text[], $4::bigint[], $5::bigint[], "
                              u"$6::integer[], $7::integer[], $8::bigint[], $9::double precision[])",
                    arrays({&r.id, &r.article, &r.type, &r.source, &r.target, &r.evidenceStart,
                        &r.evidenceEnd, &r.attributedTo, &r.confidence}));
                !done)
                return done;
        }
        if (m_events.article.size()) {
            const auto &e = m_events;
            if (auto r = m_c.execute(
                    u"INSERT INTO events(article_id, relation_id, day, norm, date_from_text, label, "
                    u"evidence_start, evidence_end) SELECT * FROM unnest($1::bigint[], $2::bigint[], "
                    u"$3::text[], $4::text[], $5::integer[], $6::text[], $7::integer[], $8::integer[])",
                    arrays({&e.article, &e.relation, &e.day, &e.norm, &e.dateFromText, &e.label,
                        &e.evidenceStart, &e.evidenceEnd}));
                !r)
                return r;
        }
        if (m_analysed.article.size()) {
            const auto &a = m_analysed;
            if (auto r = m_c.execute(u"UPDATE articles SET analysed_at = n.at, analysis_version = n.engine, "
                                     u"analysis_rules = n.rules "
                                     u"FROM unnest($1::bigint[], $2::text[], $3::integer[], $4::integer[]) "
                                     u"AS n(id, at, engine, "
                                     u"rules) WHERE articles.id = n.id",
                    arrays({&a.article, &a.at, &a.engineVersion, &a.rulesVersion}));
                !r)
                return r;
        }
        return {};
    }

private:
    static void addOptional(ArrayLiteral &column, qint64 id) { id ? column.add(id) : column.addNull(); }

    static Params arrays(std::initializer_list<const ArrayLiteral *> columns)
    {
        Params params;
        for (const ArrayLiteral *column : columns)
            params.add(column->text());
        return params;
    }

    AnalysisStore &m_store;
    Connection &m_c;
    QHash<ArticleId, std::vector<std::pair<int, int>>> m_manual;
    QHash<ArticleId, std::vector<ReviewedRelation>> m_reviewed;
    std::vector<qint64> m_relationIds;
    size_t m_relationsTaken = 0;
    struct
    {
        ArrayLiteral article, entity, start, end, typeCode, text, value, unit, approx, norm, sentenceStart,
            sentenceEnd, typeName;
    } m_mentions;
    struct
    {
        ArrayLiteral id, article, type, source, target, evidenceStart, evidenceEnd, attributedTo, confidence;
    } m_relations;
    struct
    {
        ArrayLiteral article, relation, day, norm, dateFromText, label, evidenceStart, evidenceEnd;
    } m_events;
    struct
    {
        ArrayLiteral article, at, engineVersion, rulesVersion;
    } m_analysed;
};

AnalysisStore::AnalysisStore(Connection &connection) : m_connection(connection) { }

Expected<int> AnalysisStore::rulesVersion()
{
    auto v = m_connection.queryInt64(u"SELECT CAST(value AS integer) FROM meta WHERE key = 'rules_version'");
    if (!v)
        return v.error();
    return int(v->value_or(0));
}

Expected<std::vector<CorrectionRow>> AnalysisStore::corrections()
{
    return EntityRules(*postgresSqlWriter(m_connection)).list();
}

Expected<std::optional<StoredAdaptation>> AnalysisStore::adaptation()
{
    auto rows = m_connection.query(u"SELECT model, weights, articles, sentences, weight_count, learned_at "
                                   u"FROM ner_adaptation WHERE id = 1");
    if (!rows)
        return rows.error();
    if (rows->rows() == 0)
        return std::optional<StoredAdaptation> {};
    return std::optional<StoredAdaptation> {StoredAdaptation {rows->text(0, 0), rows->bytes(0, 1),
        int(rows->int64(0, 2)), int(rows->int64(0, 3)), int(rows->int64(0, 4)), rows->text(0, 5)}};
}

Expected<void> AnalysisStore::resolveEntities(
    const std::vector<ArticleAnalysis> &analyses, Connection *outside)
{
    Connection &connection = outside ? *outside : m_connection;
    QSet<QString> seen;
    ArrayLiteral types, canonicals;
    const auto want = [&](const QString &type, const QString &canonical) {
        const QString key = entityKey(type, canonical);
        if (type.isEmpty() || m_entityIds.contains(key) || seen.contains(key))
            return;
        seen.insert(key);
        types.add(type);
        canonicals.add(canonical);
    };
    for (const ArticleAnalysis &a : analyses) {
        for (const StoredMention &m : a.mentions) {
            if (typeHasEntity(m.type))
                want(m.type, m.canonical);
        }
        for (const StoredRelation &r : a.relations) {
            want(r.sourceType, r.source);
            want(r.targetType, r.target);
            if (!r.attributedTo.isEmpty())
                want(r.attributedToType, r.attributedTo);
        }
    }
    if (types.size() == 0)
        return {};
    const Params params = Params().add(types.text()).add(canonicals.text());
    // Inserted in one order by every worker, so that two never wait for each other in a circle.
    if (auto inserted = connection.execute(u"INSERT INTO entities(type, canonical) SELECT t, c FROM "
                                           u"unnest($1::text[], $2::text[]) AS n(t, c) ORDER BY t, c "
                                           u"ON CONFLICT (type, canonical) DO NOTHING",
            params);
        !inserted)
        return inserted;
    auto rows = connection.query(u"SELECT e.id, e.type, e.canonical FROM entities e "
                                 u"JOIN unnest($1::text[], $2::text[]) AS n(t, c) ON e.type = n.t AND "
                                 u"e.canonical = n.c",
        params);
    if (!rows)
        return rows.error();
    for (int i = 0; i < rows->rows(); ++i)
        m_entityIds.insert(entityKey(rows->text(i, 1), rows->text(i, 2)), rows->int64(i, 0));
    return {};
}

Expected<qint64> AnalysisStore::entityId(const QString &type, const QString &canonical)
{
    const QString key = entityKey(type, canonical);
    if (auto it = m_entityIds.constFind(key); it != m_entityIds.constEnd())
        return it.value();
    const Params params = Params().add(canonical).add(type);
    if (auto inserted = m_connection.execute(
            u"INSERT INTO entities(canonical, type) VALUES ($1, $2) ON CONFLICT (type, canonical) DO NOTHING",
            params);
        !inserted)
        return inserted.error();
    auto id = m_connection.queryInt64(u"SELECT id FROM entities WHERE canonical = $1 AND type = $2", params);
    if (!id)
        return id.error();
    if (!id->has_value())
        return Error {QStringLiteral("entity %1 vanished").arg(canonical), ErrorKind::NotFound};
    m_entityIds.insert(key, **id);
    return **id;
}

Expected<std::vector<ArticleText>> AnalysisStore::texts(const std::vector<ArticleId> &ids)
{
    ArrayLiteral wanted;
    for (const ArticleId id : ids)
        wanted.add(id);
    auto rows
        = m_connection.query(u"SELECT a.id, a.body, a.published FROM unnest($1::bigint[]) WITH ORDINALITY "
                             u"AS w(id, n) JOIN articles a ON a.id = w.id ORDER BY w.n",
            Params().add(wanted.text()));
    if (!rows)
        return rows.error();
    std::vector<ArticleText> texts;
    texts.reserve(size_t(rows->rows()));
    for (int i = 0; i < rows->rows(); ++i)
        texts.push_back(
            {rows->int64(i, 0), rows->text(i, 1), PublicationDate::fromIsoString(rows->text(i, 2)).date});
    return texts;
}

Expected<void> AnalysisStore::store(
    const std::vector<ArticleAnalysis> &analyses, int engineVersion, int rulesVersion)
{
    std::vector<ArticleId> articles;
    size_t relations = 0;
    articles.reserve(analyses.size());
    for (const ArticleAnalysis &a : analyses) {
        articles.push_back(a.article);
        relations += a.relations.size();
    }
    if (articles.empty())
        return {};
    PostgresBatchWriter writer(*this);
    if (auto prepared = writer.prepare(articles, relations); !prepared)
        return prepared;
    for (const ArticleAnalysis &a : analyses) {
        if (auto written = writeAnalysis(writer, a, engineVersion, rulesVersion); !written)
            return Error {QStringLiteral("article %1: %2").arg(a.article).arg(written.errorMessage()),
                written.error().kind};
    }
    return writer.flush();
}

} // namespace Lagebild::Postgres
