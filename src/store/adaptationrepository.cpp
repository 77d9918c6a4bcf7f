// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/adaptationrepository.h"

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <QDateTime>

namespace Lagebild {

using Sqlite::Statement;

AdaptationRepository::AdaptationRepository(Sqlite::Database &db) : m_db(db) { }

Expected<std::vector<ArticleId>> AdaptationRepository::correctedArticles()
{
    Statement st(m_db,
        u"SELECT article_id FROM mentions WHERE origin = 'manual' UNION SELECT m.article_id FROM corrections "
        u"c "
        u"JOIN entities e ON e.canonical = c.entity JOIN mentions m ON m.entity_id = e.id AND m.status = "
        u"'active' WHERE c.kind = 'retype' ORDER BY 1");
    std::vector<ArticleId> ids;
    auto rows = Sqlite::forEachRow(st, [&](const Statement &row) { ids.push_back(row.columnInt64(0)); });
    if (!rows)
        return rows.error();
    return ids;
}

Expected<std::optional<StoredAdaptation>> AdaptationRepository::adaptation()
{
    Statement st(m_db,
        u"SELECT model, weights, articles, sentences, weight_count, learned_at FROM ner_adaptation WHERE id "
        u"= 1");
    auto row = st.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<StoredAdaptation> {};
    StoredAdaptation a;
    a.model = st.columnText(0);
    a.weights = st.columnBlob(1);
    a.articles = st.columnInt(2);
    a.sentences = st.columnInt(3);
    a.weightCount = st.columnInt(4);
    a.learnedAt = st.columnText(5);
    return std::optional<StoredAdaptation> {std::move(a)};
}

Expected<void> AdaptationRepository::store(const StoredAdaptation &a)
{
    Statement st(m_db,
        u"INSERT OR REPLACE INTO ner_adaptation(id, model, weights, articles, sentences, weight_count, "
        u"learned_at) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, a.model)
        .bindBlob(2, a.weights)
        .bind(3, a.articles)
        .bind(4, a.sentences)
        .bind(5, a.weightCount);
    st.bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto r = st.execute(); !r)
        return Error {
            QStringLiteral("cannot store the learned corrections: %1").arg(r.errorMessage()), r.error().kind};
    return makeAllDue();
}

Expected<bool> AdaptationRepository::forget()
{
    if (auto r = m_db.execute(QStringLiteral("DELETE FROM ner_adaptation")); !r)
        return r.error();
    if (m_db.changes() == 0)
        return false;
    if (auto r = makeAllDue(); !r)
        return r.error();
    return true;
}

Expected<void> AdaptationRepository::makeAllDue()
{
    // Each article records the rules version it was analysed under (AnalysisRepository): a new
    // version makes all of them due, as a new correction rule does.
    return m_db.execute(
        QStringLiteral("INSERT INTO meta(key, value) VALUES ('rules_version', '1') ON CONFLICT(key) "
                       "DO UPDATE SET value = CAST(value AS INTEGER) + 1"));
}

} // namespace Lagebild
