// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordedits.h"

#include "store/postgres/channels.h"
#include "store/sqlreader.h"

#include <QDateTime>

namespace Lagebild {

Expected<void> recordEdits(SqlWriter &sql, ArticleId article, const std::vector<EditRecord> &edits)
{
    if (edits.empty())
        return {};
    const bool onSqlite = sql.dialect() == SqlDialect::Sqlite;
    static const QString user = localUserName();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString insert = onSqlite
        ? QStringLiteral(
            "INSERT INTO edits(article_id, made_at, kind, detail, made_by) VALUES (?, ?, ?, ?, ?)")
        : QStringLiteral("INSERT INTO edits(article_id, made_at, kind, detail) VALUES (?, ?, ?, ?)");
    for (const EditRecord &edit : edits) {
        // The column holds '' for "no detail".
        std::vector<SqlValue> values {
            article, now, editKindName(edit.kind), edit.detail.isNull() ? QStringLiteral("") : edit.detail};
        if (onSqlite)
            values.emplace_back(user);
        if (auto r = sql.execute(insert, values); !r)
            return r.error();
    }
    // The corrections of mentions and the verdicts on relations write their history here on either
    // backend, so here the other analysts' open windows are told of them, at the commit (none if it
    // rolls back). Tags, notes and dates announce themselves (the PostgreSQL ArticleEditor).
    if (!onSqlite) {
        if (auto told = sql.forEachRow(QStringLiteral("SELECT pg_notify(?, ?)"),
                {Postgres::editsChannel.toString(), QString::number(article)}, [](const SqlRow &) {});
            !told)
            return told.error();
    }
    return {};
}

Expected<void> recordEdits(Sqlite::Database &db, ArticleId article, const std::vector<EditRecord> &edits)
{
    return recordEdits(*sqliteSqlWriter(db), article, edits);
}

} // namespace Lagebild
