// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL dialect of writeAnalysis() (store/analysiswriter.h): the statements of
// AnalysisRepository's SQLite writer, each article's mentions and events in one INSERT apiece, as
// every statement is a round trip to the server.

#include "store/postgres/analysisstore.h"

#include "store/analysiswriter.h"
#include "store/entityrules.h"
#include "store/mentiontype.h"
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

/// A text[] literal ({"a","b \"c\""}) for one parameter: the values stay bound, never spliced.
QString textArray(const QStringList &values)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        for (const QChar c : values[i]) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                out += QLatin1Char('\\');
            out += c;
        }
        out += QLatin1Char('"');
    }
    return out + QLatin1Char('}');
}

/// "($1, $2, …), ($n+1, …)": `rows` rows of `columns` parameters each.
QString valuesList(size_t rows, int columns)
{
    QString out;
    int n = 0;
    for (size_t r = 0; r < rows; ++r) {
        out += r ? QStringLiteral(", (") : QStringLiteral("(");
        for (int c = 0; c < columns; ++c)
            out += (c ? QStringLiteral(", $") : QStringLiteral("$")) + QString::number(++n);
        out += QLatin1Char(')');
    }
    return out;
}

QString nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QString() : value;
}

Params &addOptional(Params &params, qint64 id)
{
    return id ? params.add(id) : params.addNull();
}

} // namespace

class PostgresAnalysisWriter final : public AnalysisWriter
{
public:
    explicit PostgresAnalysisWriter(AnalysisStore &store) : m_store(store), m_c(store.m_connection) { }

    Expected<void> clearAutomatic(ArticleId article) override
    {
        // Events reference relations, relations and mentions the article: children first.
        for (const QStringView sql :
            {QStringView(u"DELETE FROM events WHERE article_id = $1 AND (relation_id IS NULL OR relation_id "
                         u"IN (SELECT id FROM relations WHERE article_id = $1 AND origin = 'automatic'))"),
                QStringView(u"DELETE FROM relations WHERE article_id = $1 AND origin = 'automatic'"),
                QStringView(u"DELETE FROM mentions WHERE article_id = $1 AND manual = 0")}) {
            if (auto r = m_c.execute(sql, Params().add(article)); !r)
                return r;
        }
        return {};
    }

    Expected<std::vector<std::pair<int, int>>> manualMentionSpans(ArticleId article) override
    {
        auto rows = m_c.query(u"SELECT start, \"end\" FROM mentions WHERE article_id = $1 AND manual = 1",
            Params().add(article));
        if (!rows)
            return rows.error();
        std::vector<std::pair<int, int>> spans;
        for (int i = 0; i < rows->rows(); ++i)
            spans.emplace_back(int(rows->int64(i, 0)), int(rows->int64(i, 1)));
        return spans;
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
        auto rows
            = m_c.query(u"SELECT type, source_entity, target_entity, status = 'rejected', evidence_start, "
                        u"evidence_end FROM relations WHERE article_id = $1 AND origin = 'manual'",
                Params().add(article));
        if (!rows)
            return rows.error();
        std::vector<ReviewedRelation> reviewed;
        for (int i = 0; i < rows->rows(); ++i)
            reviewed.push_back({rows->text(i, 0), rows->int64(i, 1), rows->int64(i, 2),
                rows->text(i, 3) == QLatin1String("t"), int(rows->int64(i, 4)), int(rows->int64(i, 5))});
        return reviewed;
    }

    Expected<qint64> entityId(const QString &type, const QString &canonical) override
    {
        return m_store.entityId(type, canonical);
    }

    Expected<void> insertMentions(ArticleId article, const std::vector<NewMention> &rows) override
    {
        Params params;
        for (const NewMention &row : rows) {
            const StoredMention &m = *row.mention;
            const int code = mentionTypeCode(m.type);
            params.add(article);
            addOptional(params, row.entity).add(m.start).add(m.end);
            (code >= 0 ? params.add(code) : params.addNull());
            params.add(row.withText ? m.text : QString());
            params.add(nullIfEmpty(m.value)).add(nullIfEmpty(m.unit));
            (m.approx ? params.add(int(*m.approx)) : params.addNull());
            params.add(nullIfEmpty(m.norm));
            if (m.sentenceStart >= 0)
                params.add(m.sentenceStart).add(m.sentenceEnd);
            else
                params.addNull().addNull();
            params.add(code >= 0 ? QString() : m.type);
        }
        return m_c.execute(
            QString(QStringLiteral(
                        "INSERT INTO mentions(article_id, entity_id, start, \"end\", type_code, text, value, "
                        "unit, approx, norm, sentence_start, sentence_end, type_name) VALUES ")
                + valuesList(rows.size(), 13)),
            params);
    }

    Expected<qint64> insertRelation(ArticleId article, const NewRelation &row) override
    {
        const StoredRelation &r = *row.relation;
        Params params;
        params.add(article)
            .add(r.type)
            .add(row.source)
            .add(row.target)
            .add(r.evidenceStart)
            .add(r.evidenceEnd);
        addOptional(params, row.attributedTo);
        (r.confidence ? params.add(*r.confidence) : params.addNull());
        auto id = m_c.queryInt64(u"INSERT INTO relations(article_id, type, source_entity, target_entity, "
                                 u"evidence_start, evidence_end, attributed_to, confidence) "
                                 u"VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            params);
        if (!id)
            return id.error();
        return id->value_or(0);
    }

    Expected<void> insertEvents(ArticleId article, const std::vector<NewEvent> &rows) override
    {
        Params params;
        for (const NewEvent &row : rows) {
            const StoredEvent &e = *row.event;
            params.add(article);
            addOptional(params, row.relation).add(nullIfEmpty(e.day)).add(nullIfEmpty(e.norm));
            params.add(int(e.dateFromText)).add(e.label).add(e.evidenceStart).add(e.evidenceEnd);
        }
        return m_c.execute(
            QString(QStringLiteral("INSERT INTO events(article_id, relation_id, day, norm, date_from_text, "
                                   "label, evidence_start, evidence_end) VALUES ")
                + valuesList(rows.size(), 8)),
            params);
    }

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
        return m_c.execute(
            u"UPDATE articles SET analysed_at = $2, analysis_version = $3, analysis_rules = $4 "
            u"WHERE id = $1",
            Params().add(article).add(at).add(engineVersion).add(rulesVersion));
    }

private:
    AnalysisStore &m_store;
    Connection &m_c;
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
    QStringList types, canonicals;
    const auto want = [&](const QString &type, const QString &canonical) {
        const QString key = entityKey(type, canonical);
        if (type.isEmpty() || m_entityIds.contains(key) || seen.contains(key))
            return;
        seen.insert(key);
        types << type;
        canonicals << canonical;
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
    if (types.isEmpty())
        return {};
    const Params params = Params().add(textArray(types)).add(textArray(canonicals));
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

Expected<void> AnalysisStore::store(const ArticleAnalysis &analysis, int engineVersion, int rulesVersion)
{
    PostgresAnalysisWriter writer(*this);
    return writeAnalysis(writer, analysis, engineVersion, rulesVersion);
}

} // namespace Lagebild::Postgres
