// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/filtercondition.h"

#include "store/postgres/tsquery.h"
#include "store/searchquery.h"
#include "store/sqlite/statement.h"
#include "text/locale.h"

namespace Lagebild {

QString FilterCondition::placeholders(const QStringList &names)
{
    QStringList marks;
    for (const QString &name : names) {
        marks.append(QStringLiteral("?"));
        values.emplace_back(name);
    }
    return marks.join(QLatin1Char(','));
}

Expected<FilterCondition> filterCondition(
    const ArticleFilter &f, Facet ignored, EntityTest entityTest, SqlDialect dialect, OutletTest outletTest)
{
    FilterCondition c;
    if (!f.text.trimmed().isEmpty() && dialect == SqlDialect::Postgres) {
        // As the PostgreSQL CorpusReader searches (docs/team.md, "Search on both backends").
        auto expression = Postgres::toTsQueryText(Text::toNfc(f.text));
        if (!expression)
            return expression.error();
        c.add(Postgres::searchMatchSql());
        c.values.emplace_back(expression.value());
    } else if (!f.text.trimmed().isEmpty()) {
        auto expression = toFtsQuery(Text::toNfc(f.text));
        if (!expression)
            return expression.error();
        c.add(QStringLiteral("a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)"));
        c.values.emplace_back(expression.value());
    }
    if (f.from.isValid()) {
        c.add(QStringLiteral("a.published_day >= ?"));
        c.values.emplace_back(f.from.toString(Qt::ISODate));
    }
    if (f.to.isValid()) {
        // published_day may carry a time; everything on the last day counts.
        c.add(QStringLiteral("a.published_day < ?"));
        c.values.emplace_back(f.to.addDays(1).toString(Qt::ISODate));
    }
    if (ignored != Facet::Outlets && !f.outlets.isEmpty() && outletTest == OutletTest::ArticleIds)
        c.add(QStringLiteral("a.id IN (SELECT id FROM articles WHERE source_id IN (SELECT id FROM sources "
                             "WHERE name IN (%1)))")
                  .arg(c.placeholders(f.outlets)));
    else if (ignored != Facet::Outlets && !f.outlets.isEmpty())
        c.add(QStringLiteral("a.source_id IN (SELECT id FROM sources WHERE name IN (%1))")
                  .arg(c.placeholders(f.outlets)));
    if (ignored != Facet::Tags && !f.tags.isEmpty())
        c.add(QStringLiteral("a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = "
                             "at.tag_id WHERE t.name IN (%1))")
                  .arg(c.placeholders(f.tags)));
    for (qint64 entity : f.entities) {
        if (entityTest == EntityTest::Probe && dialect == SqlDialect::Sqlite)
            // The entity's articles listed once, each article looked up in the list: a probe of
            // the mentions per article cost 0.87 s at a million articles, the list 0.25 s. `+`
            // keeps SQLite walking the articles in the query's order (articles_list_date) where it
            // would look each listed id up and sort them.
            c.add(QStringLiteral(
                "+a.id IN (SELECT article_id FROM mentions WHERE entity_id = ? AND status = 'active')"));
        else if (entityTest == EntityTest::Probe)
            c.add(QStringLiteral(
                "EXISTS (SELECT 1 FROM mentions fm WHERE fm.entity_id = ? AND fm.article_id = a.id AND "
                "fm.status = 'active')"));
        else
            c.add(QStringLiteral(
                "a.id IN (SELECT article_id FROM mentions WHERE entity_id = ? AND status = 'active')"));
        c.values.emplace_back(entity);
    }
    if (f.hideDuplicates)
        c.add(QStringLiteral("a.duplicate_of IS NULL"));
    return c;
}

int bindCondition(Sqlite::Statement &st, const FilterCondition &c, int first)
{
    int index = first;
    for (const auto &value : c.values) {
        if (const auto *text = std::get_if<QString>(&value))
            st.bind(index++, *text);
        else
            st.bind(index++, std::get<qint64>(value));
    }
    return index;
}

} // namespace Lagebild
