// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/maintenance.h"

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

namespace Lagebild::Sqlite {

Expected<QStringList> checkDatabase(Database &db)
{
    QStringList problems;
    {
        Statement integrity(db, u"PRAGMA integrity_check");
        auto rows = forEachRow(integrity, [&](const Statement &row) {
            if (const QString line = row.columnText(0); line != QLatin1String("ok"))
                problems << line;
        });
        if (!rows)
            return rows.error();
    }
    // Rows: the table, its rowid, the table it points at, and which of its foreign keys.
    Statement keys(db, u"PRAGMA foreign_key_check");
    auto rows = forEachRow(keys, [&](const Statement &row) {
        problems << QStringLiteral("row %1 of %2 points at a missing row of %3")
                        .arg(row.columnInt64(1))
                        .arg(row.columnText(0), row.columnText(2));
    });
    if (!rows)
        return rows.error();
    // The search index against the texts it was built from (FTS5's own check; rank 1 compares
    // the index with the external content, not only with itself; its tokenizer is
    // registered with the store, as the articles' triggers need it anyway).
    if (auto fts = db.execute(
            QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)"));
        !fts) {
        if (fts.error().kind != ErrorKind::Corrupt)
            return fts.error();
        problems << QStringLiteral("the search index does not match the articles' text (%1)")
                        .arg(fts.errorMessage());
    }
    return problems;
}

Expected<void> compactDatabase(Database &db)
{
    if (auto vacuumed = db.execute(QStringLiteral("VACUUM")); !vacuumed)
        return vacuumed;
    // In WAL mode the rewritten pages are in the -wal file: the file shrinks only when they are
    // copied back. A reader elsewhere may hold some back; the next checkpoint finishes then.
    return db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace Lagebild::Sqlite
