// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/networkquery.h"

#include "store/filtercondition.h"
#include "store/relationconditions.h"
#include "store/sqldialect.h"
#include "store/sqlreader.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Lagebild {

namespace {

quint64 pairKey(qint64 a, qint64 b)
{
    return (quint64(std::min(a, b)) << 32) | quint64(std::max(a, b));
}

QString typeCondition(const QStringList &types)
{
    if (types.isEmpty())
        return QStringLiteral("e.type NOT IN ('QUANTITY', 'DATE')");
    QStringList quoted;
    for (const QString &t : types) {
        QString clean = t.toUpper();
        clean.remove(QLatin1Char('\''));
        quoted.append(QLatin1Char('\'') + clean + QLatin1Char('\''));
    }
    return QStringLiteral("e.type IN (%1)").arg(quoted.join(QLatin1Char(',')));
}

/// Sentences (article, sentence start) of the filtered articles, each with the entities of
/// `members` named in it; `onSentence` gets every sentence with at least one of them.
template<typename OnSentence>
Expected<void> forEachSentence(SqlReader &db, const FilterCondition &condition,
    const QList<qint64> &articlesOf, const QSet<qint64> &members, OnSentence &&onSentence)
{
    // Articles in id order, their mentions by sentence from the index mentions_article (article,
    // sentence, entity, removed, type; migration 0012): no sorting, no visits to the mentions
    // rows. `removed = 0`, not `status = 'active'`: a generated column makes SQLite read the row.
    // Unfiltered, the mentions alone, in the same order: walking the articles in id order read
    // the articles table itself, packed texts and all (6.0 → 1.9 s CPU at a million articles).
    const bool unfiltered = condition.isEmpty();
    const QLatin1String articleColumn = unfiltered ? QLatin1String("m.article_id") : QLatin1String("a.id");
    const QString restrict = articlesOf.isEmpty()
        ? QString()
        : QStringLiteral(" AND %1 IN (SELECT article_id FROM mentions WHERE status = 'active' AND "
                         "entity_id IN (%2))")
              .arg(articleColumn, idListSql(db.dialect()));
    std::vector<SqlValue> values = condition.values;
    if (!articlesOf.isEmpty())
        values.emplace_back(jsonIdList(articlesOf));
    qint64 article = -1;
    int sentence = -1;
    std::vector<qint64> entities;
    auto flush = [&] {
        if (!entities.empty()) {
            std::sort(entities.begin(), entities.end());
            entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
            onSentence(article, sentence, entities);
        }
        entities.clear();
    };
    const QString from = unfiltered ? QStringLiteral("mentions m")
                                    : QLatin1String("articles a ") + orderedJoinSql(db.dialect())
            + QLatin1String(" mentions m ON m.article_id = a.id");
    auto rows = db.forEachRow(QLatin1String("SELECT m.article_id, m.sentence_start, m.entity_id FROM ") + from
            + QLatin1String(
                " WHERE m.removed = 0 AND m.entity_id IS NOT NULL AND m.sentence_start IS NOT NULL AND ")
            + condition.sql + restrict + QLatin1String(" ORDER BY ") + articleColumn
            + QLatin1String(", m.sentence_start"),
        values, [&](const SqlRow &row) {
            const qint64 a = row.int64(0);
            const int s = row.int32(1);
            if (a != article || s != sentence) {
                flush();
                article = a;
                sentence = s;
            }
            const qint64 e = row.int64(2);
            if (members.isEmpty() || members.contains(e))
                entities.push_back(e);
        });
    flush();
    return rows;
}

} // namespace

NetworkQuery::NetworkQuery(Sqlite::Database &db) : m_owned(sqliteSqlReader(db)), m_sql(*m_owned) { }

NetworkQuery::NetworkQuery(SqlReader &reader) : m_sql(reader) { }

NetworkQuery::~NetworkQuery() = default;

Expected<QStringList> NetworkQuery::relationTypes()
{
    QStringList types;
    auto rows = m_sql.forEachRow(QStringLiteral("SELECT type, count(*) AS n FROM relations WHERE status = "
                                                "'active' GROUP BY type ORDER BY n DESC, type"),
        {}, [&](const SqlRow &row) { types.append(row.text(0)); });
    if (!rows)
        return rows.error();
    return types;
}

Expected<Network> NetworkQuery::network(const ArticleFilter &filter, const NetworkOptions &options)
{
    // One read transaction: the view's statements agree although others commit meanwhile.
    const auto snapshot = m_sql.snapshot();
    if (!snapshot)
        return snapshot.error();
    const SqlDialect dialect = m_sql.dialect();
    auto condition = filterCondition(filter, Facet::None, EntityTest::Set, dialect);
    if (!condition)
        return condition.error();
    const QString types = typeCondition(options.types);
    // Without a filter, joining the articles only costs time.
    const bool unfiltered = condition->isEmpty();
    const int top = std::max(options.top, 1);

    // 1. Which entities: the most mentioned under the filter, or the ego's neighbourhood.
    QList<qint64> chosen;
    std::vector<NetworkNode> counted;
    if (options.ego) {
        QSet<qint64> allowed;
        {
            auto rows = m_sql.forEachRow(
                QLatin1String("SELECT id FROM entities e WHERE status = 'active' AND ") + types, {},
                [&](const SqlRow &row) { allowed.insert(row.int64(0)); });
            if (!rows)
                return rows.error();
        }
        chosen.append(options.ego);
        QList<qint64> frontier {options.ego};
        for (int level = 0; level < std::clamp(options.depth, 1, 2) && chosen.size() < top; ++level) {
            const QSet<qint64> inFrontier(frontier.begin(), frontier.end());
            QHash<qint64, qint64> weight; // neighbour → shared sentences with the frontier
            auto r = forEachSentence(m_sql, condition.value(), frontier, {},
                [&](qint64, int, const std::vector<qint64> &entities) {
                    const bool touches = std::any_of(
                        entities.begin(), entities.end(), [&](qint64 e) { return inFrontier.contains(e); });
                    if (!touches)
                        return;
                    for (qint64 e : entities) {
                        if (!inFrontier.contains(e) && allowed.contains(e))
                            ++weight[e];
                    }
                });
            if (!r)
                return r.error();
            std::vector<std::pair<qint64, qint64>> ranked;
            for (auto it = weight.cbegin(); it != weight.cend(); ++it) {
                if (!chosen.contains(it.key()) && it.value() >= options.minWeight)
                    ranked.emplace_back(it.value(), it.key());
            }
            std::sort(ranked.begin(), ranked.end(), std::greater<>());
            frontier.clear();
            for (const auto &[w, id] : ranked) {
                if (chosen.size() >= top)
                    break;
                chosen.append(id);
                frontier.append(id);
            }
        }
    } else {
        // min(): the name and type of the grouped entity, as PostgreSQL wants a grouped column
        // or an aggregate.
        std::vector<SqlValue> values = condition->values;
        values.emplace_back(qint64(top));
        // Unfiltered on SQLite, the counts kept on write (migration 0018) instead of every active
        // mention (4–5 s CPU at a million articles): the same columns in the same order.
        const QString sql = unfiltered && dialect == SqlDialect::Sqlite
            ? QString(
                QLatin1String("SELECT c.entity_id, c.articles AS n, c.mentions, e.canonical, e.type FROM "
                              "entity_counts c JOIN entities e ON e.id = c.entity_id WHERE c.articles > 0 "
                              "AND e.status = 'active' AND ")
                + types + QLatin1String(" AND ") + condition->sql
                + QLatin1String(" ORDER BY n DESC, c.entity_id LIMIT ?"))
            : QString(
                QLatin1String(
                    "SELECT m.entity_id, count(DISTINCT m.article_id) AS n, count(*), min(e.canonical), "
                    "min(e.type) FROM mentions m JOIN entities e ON e.id = m.entity_id ")
                + (unfiltered ? QString() : QStringLiteral("JOIN articles a ON a.id = m.article_id "))
                + QLatin1String("WHERE m.status = 'active' AND e.status = 'active' AND ") + types
                + QLatin1String(" AND ") + condition->sql
                + QLatin1String(" GROUP BY m.entity_id ORDER BY n DESC, m.entity_id LIMIT ?"));
        auto rows = m_sql.forEachRow(sql, values, [&](const SqlRow &row) {
            // The counts come with the choice: no second pass over the mentions.
            chosen.append(row.int64(0));
            counted.push_back({row.int64(0), row.text(3), row.text(4), row.int64(2), row.int64(1), 0, 0});
        });
        if (!rows)
            return rows.error();
    }

    Network network;
    if (chosen.isEmpty())
        return network;
    const QString members = jsonIdList(chosen);

    // 2. The nodes with their counts under the filter.
    if (!counted.empty()) {
        network.nodes = std::move(counted);
    } else {
        std::vector<SqlValue> values {members};
        values.insert(values.end(), condition->values.begin(), condition->values.end());
        auto rows = m_sql.forEachRow(
            QString(QLatin1String(
                        "SELECT e.id, e.canonical, e.type, count(*), count(DISTINCT m.article_id) "
                        "FROM entities e JOIN mentions m ON m.entity_id = e.id AND m.status = 'active' ")
                + (unfiltered ? QString() : QStringLiteral("JOIN articles a ON a.id = m.article_id "))
                + QLatin1String("WHERE e.id IN (") + idListSql(dialect) + QLatin1String(") AND ")
                + condition->sql + QLatin1String(" GROUP BY e.id")),
            values, [&](const SqlRow &row) {
                network.nodes.push_back(
                    {row.int64(0), row.text(1), row.text(2), row.int64(3), row.int64(4), 0, 0});
            });
        if (!rows)
            return rows.error();
    }
    {
        // The ego first, then by articles.
        std::sort(
            network.nodes.begin(), network.nodes.end(), [&](const NetworkNode &x, const NetworkNode &y) {
                if ((x.id == options.ego) != (y.id == options.ego))
                    return x.id == options.ego;
                return x.articles != y.articles ? x.articles > y.articles : x.name < y.name;
            });
    }
    const QSet<qint64> nodeSet(chosen.begin(), chosen.end());

    // 3. Edges: sentences naming two of them, and typed relations between them.
    if (options.coMentions) {
        QHash<quint64, qint64> weights;
        auto r = forEachSentence(
            m_sql, condition.value(), {}, nodeSet, [&](qint64, int, const std::vector<qint64> &entities) {
                for (size_t i = 0; i < entities.size(); ++i)
                    for (size_t j = i + 1; j < entities.size(); ++j)
                        ++weights[pairKey(entities[i], entities[j])];
            });
        if (!r)
            return r.error();
        for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
            if (it.value() >= options.minWeight)
                network.edges.push_back({qint64(it.key() >> 32), qint64(it.key() & 0xffffffffu),
                    QStringLiteral("co-mention"), it.value()});
        }
    }
    if (options.relations) {
        std::vector<SqlValue> values {members};
        values.insert(values.end(), condition->values.begin(), condition->values.end());
        auto rows = m_sql.forEachRow(
            QString(QLatin1String("SELECT r.source_entity, r.target_entity, r.type, count(*), min(")
                + relationTrustSql(QLatin1String("r")) + QLatin1String(") FROM relations r ")
                + (unfiltered ? QString() : QStringLiteral("JOIN articles a ON a.id = r.article_id "))
                + QLatin1String("WHERE r.source_entity IN (") + idListSql(dialect, QLatin1String("?1"))
                + QLatin1String(") AND r.target_entity IN (") + idListSql(dialect, QLatin1String("?1"))
                + QLatin1String(") AND ") + shownRelationSql(QLatin1String("r"), options.doubtful)
                + QLatin1String(" AND ") + condition->sql + QLatin1String(" GROUP BY 1, 2, 3")),
            values, [&](const SqlRow &row) {
                const QString type = row.text(2);
                if (!options.relationTypes.isEmpty() && !options.relationTypes.contains(type))
                    return;
                if (row.int64(3) >= options.minWeight)
                    network.edges.push_back(
                        {row.int64(0), row.int64(1), type, row.int64(3), RelationTrust(row.int32(4))});
            });
        if (!rows)
            return rows.error();
    }
    std::sort(network.edges.begin(), network.edges.end(), [](const NetworkEdge &x, const NetworkEdge &y) {
        return std::tie(y.weight, x.source, x.target, x.kind)
            < std::tie(x.weight, y.source, y.target, y.kind);
    });
    return network;
}

Expected<std::vector<EdgeEvidence>> NetworkQuery::evidence(
    const ArticleFilter &filter, qint64 a, qint64 b, int limit)
{
    auto condition = filterCondition(filter, Facet::None, EntityTest::Set, m_sql.dialect());
    if (!condition)
        return condition.error();
    // Relations first (they say more), then sentences naming both.
    const QString sql = QString(
        QLatin1String("SELECT * FROM (SELECT r.article_id, r.type AS kind, r.evidence_start AS s, "
                      "r.evidence_end AS e, 0 AS rank, r.id AS rel, ")
        + relationVerdictSql(QLatin1String("r")) + QLatin1String(" AS verdict, ")
        + relationTrustSql(QLatin1String("r"))
        + QLatin1String(
            " AS trust, r.confidence AS confidence, r.source_entity AS src FROM relations r WHERE "
            "(r.source_entity = ?1 AND r.target_entity = ?2) OR (r.source_entity = ?2 AND "
            "r.target_entity = "
            "?1) UNION SELECT m1.article_id, 'co-mention', m1.sentence_start, m1.sentence_end, 1, 0, 0, "
            "0, "
            "NULL, 0 FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id AND "
            "m2.sentence_start = m1.sentence_start WHERE m1.entity_id = ?1 AND m2.entity_id = ?2 AND "
            "m1.status = 'active' AND m2.status = 'active') ev JOIN articles a ON a.id = ev.article_id "
            "LEFT JOIN sources src ON src.id = a.source_id WHERE ")
        + condition->sql
        // Rejected relations last among the relations: the analyst reads what stands first.
        + QLatin1String(" ORDER BY ev.rank, ev.verdict = 2, a.published_day DESC NULLS LAST, a.id DESC, ev.s "
                        "LIMIT ?"));
    // The sentence text is cut from the body in C++: substr() counts code points, offsets are UTF-16.
    std::vector<SqlValue> values {a, b};
    values.insert(values.end(), condition->values.begin(), condition->values.end());
    values.emplace_back(qint64(limit) * 2);
    struct Row
    {
        ArticleId article;
        QString kind;
        int start;
        int end;
        qint64 relation;
        int verdict;
        int trust;
        std::optional<double> confidence;
        qint64 source;
    };
    std::vector<Row> rows;
    auto r = m_sql.forEachRow(sql, values, [&](const SqlRow &row) {
        rows.push_back({row.int64(0), row.text(1), row.int32(2), row.int32(3), row.int64(5), row.int32(6),
            row.int32(7), row.isNull(8) ? std::nullopt : std::optional<double>(row.real(8)), row.int64(9)});
    });
    if (!r)
        return r.error();
    QHash<qint64, QString> names; // the two ends' canonical names
    {
        auto read
            = m_sql.forEachRow(QStringLiteral("SELECT id, canonical FROM entities WHERE id IN (?1, ?2)"),
                {a, b}, [&](const SqlRow &row) { names.insert(row.int64(0), row.text(1)); });
        if (!read)
            return read.error();
    }
    std::vector<EdgeEvidence> list;
    QSet<QString> seen;
    const QString articleSql = QStringLiteral(
        "SELECT a.body, a.title, coalesce(s.name, ''), coalesce(a.published, ''), coalesce(a.url, '') FROM "
        "articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?1");
    for (const Row &row : rows) {
        if (int(list.size()) >= limit)
            break;
        QStringList article;
        auto found = m_sql.forEachRow(articleSql, {row.article}, [&](const SqlRow &read) {
            for (int c = 0; c < 5; ++c)
                article.append(read.text(c));
        });
        if (!found)
            return found.error();
        if (!article.isEmpty()) {
            EdgeEvidence e;
            e.article = row.article;
            e.kind = row.kind;
            e.relation = row.relation;
            e.verdict = row.verdict;
            e.trust = RelationTrust(row.trust);
            e.confidence = row.confidence;
            e.sentence = article.at(0).mid(row.start, row.end - row.start).simplified();
            e.title = article.at(1);
            e.outlet = article.at(2);
            e.published = article.at(3);
            e.url = article.at(4);
            if (row.relation) {
                e.source = names.value(row.source);
                e.target = names.value(row.source == a ? b : a);
            }
            // A relation's sentence is also a co-mention sentence: list it once. Each relation
            // is listed, since each can be reviewed.
            const QString key = QString::number(row.article) + QLatin1Char(':') + e.sentence;
            if (row.relation || !seen.contains(key)) {
                seen.insert(key);
                list.push_back(std::move(e));
            }
        }
    }
    return list;
}

} // namespace Lagebild
