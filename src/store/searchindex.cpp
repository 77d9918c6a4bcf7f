// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/searchindex.h"

#include "store/germantokenizer.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "store/sqlite/transaction.h"

namespace Lagebild {

using Sqlite::Statement;

Expected<bool> SearchIndex::isOutdated()
{
    Statement read(m_db, u"SELECT value FROM meta WHERE key = 'tokenizer_version'");
    auto row = read.step();
    if (!row)
        return row.error();
    const int stored = row.value() ? read.columnText(0).toInt() : 0;
    return stored != germanTokenizerVersion;
}

Expected<void> SearchIndex::markCurrentIfEmpty()
{
    auto outdated = isOutdated();
    if (!outdated)
        return outdated.error();
    if (!outdated.value())
        return {};
    Statement any(m_db, u"SELECT 1 FROM articles LIMIT 1");
    auto row = any.step();
    if (!row)
        return row.error();
    if (row.value())
        return {};
    return markCurrent();
}

Expected<void> SearchIndex::markCurrent()
{
    Statement write(m_db, u"INSERT OR REPLACE INTO meta(key, value) VALUES ('tokenizer_version', ?1)");
    write.bind(1, QString::number(germanTokenizerVersion));
    return write.execute();
}

Expected<void> SearchIndex::usePendingBytes()
{
    auto stored = Sqlite::queryInt64(m_db, u"SELECT v FROM article_fts_config WHERE k = 'hashsize'");
    if (!stored)
        return stored.error();
    if (stored->value_or(0) == pendingBytes)
        return {};
    Statement set(m_db, u"INSERT INTO article_fts(article_fts, rank) VALUES ('hashsize', ?1)");
    set.bind(1, pendingBytes);
    return set.execute();
}

Expected<bool> SearchIndex::rebuild(const Progress &progress)
{
    Sqlite::Transaction transaction(m_db);
    if (!transaction.beginResult())
        return transaction.beginResult().error();
    if (auto sized = usePendingBytes(); !sized)
        return sized.error();
    Statement count(m_db, u"SELECT count(*) FROM articles");
    auto counted = count.step();
    if (!counted)
        return counted.error();
    const qint64 total = count.columnInt64(0);
    // FTS5's own 'rebuild' is the same work without a word of progress; in batches by id the
    // caller can show how far it is and stop.
    if (auto r = m_db.execute(QStringLiteral("INSERT INTO article_fts(article_fts) VALUES('delete-all')"));
        !r)
        return r.error();
    constexpr int batch = 500;
    Statement bound(
        m_db, u"SELECT max(id), count(*) FROM (SELECT id FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2)");
    Statement insert(m_db,
        u"INSERT INTO article_fts(rowid, title, body) "
        u"SELECT id, title, body FROM articles WHERE id > ?1 AND id <= ?2");
    qint64 done = 0, last = 0;
    while (done < total) {
        bound.bind(1, last).bind(2, batch);
        auto row = bound.step();
        if (!row)
            return row.error();
        const qint64 upTo = bound.columnInt64(0), rows = bound.columnInt64(1);
        bound.reset();
        if (rows == 0)
            break;
        insert.bind(1, last).bind(2, upTo);
        if (auto r = insert.execute(); !r)
            return r.error();
        last = upTo;
        done += rows;
        if (progress && !progress(done, total)) {
            transaction.rollback();
            return false;
        }
    }
    if (auto r = markCurrent(); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return true;
}

} // namespace Lagebild
