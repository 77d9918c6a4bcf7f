// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 0012: the articles' text stored packed (`body` a generated column), and one index of an
// article's mentions instead of three. The migration builds the articles table anew with foreign
// keys off; it must keep every row of every table exactly (the analyst's tags, notes, mentions,
// relation verdicts, corrections, learned weights, dates set by hand, duplicate links), leave the
// search index answering as before, and turn foreign keys on again.
#include "../olddatabase.h"
#include "services/analysisservice.h"
#include "store/articlestore.h"
#include "store/germantokenizer.h"
#include "store/migrator.h"
#include "store/sqlite/database.h"
#include "store/sqlite/maintenance.h"
#include "store/sqlite/packedtext.h"
#include "store/sqlite/statement.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QVariant>

#include <map>

#include <sqlite3.h>

using namespace Lagebild;

namespace {

qint64 count(Sqlite::Database &db, QStringView sql)
{
    auto n = Sqlite::queryInt64(db, sql);
    return n && n->has_value() ? **n : -1;
}

/// The user tables (not SQLite's, not the search index's) and their columns, generated ones
/// included, as they are now.
std::map<QString, QStringList> tableColumns(Sqlite::Database &db)
{
    std::map<QString, QStringList> tables;
    Sqlite::Statement names(db,
        u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        u"AND name NOT LIKE 'article\\_fts%' ESCAPE '\\' ORDER BY name");
    QStringList list;
    (void)Sqlite::forEachRow(names, [&](const Sqlite::Statement &row) { list << row.columnText(0); });
    for (const QString &table : list) {
        Sqlite::Statement columns(db, u"SELECT name FROM pragma_table_xinfo(?1) ORDER BY cid");
        columns.bind(1, table);
        (void)Sqlite::forEachRow(
            columns, [&](const Sqlite::Statement &row) { tables[table] << row.columnText(0); });
    }
    return tables;
}

/// Every row of these tables in these columns, each value as an SQL literal (quote(): the
/// storage class shows, a BLOB as X'…'), in the order of all columns: two states of the database
/// compare in one string.
QString dump(Sqlite::Database &db, const std::map<QString, QStringList> &tables)
{
    QString all;
    for (const auto &[table, columns] : tables) {
        QStringList quotedColumns;
        for (const QString &c : columns)
            quotedColumns << QStringLiteral("quote(\"%1\")").arg(c);
        Sqlite::Statement st(db,
            QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                .arg(quotedColumns.join(QLatin1String(" || '|' || ")), table,
                    quotedColumns.join(QLatin1String(", "))));
        all += QStringLiteral("== %1 (%2)\n").arg(table, columns.join(QLatin1Char(',')));
        auto rows = Sqlite::forEachRow(
            st, [&](const Sqlite::Statement &row) { all += row.columnText(0) + QLatin1Char('\n'); });
        if (!rows)
            all += QStringLiteral("error: ") + rows.errorMessage() + QLatin1Char('\n');
    }
    return all;
}

const QStringList searchQueries {QStringLiteral("zoll"), QStringLiteral("quorvexa"),
    QStringLiteral("\"zoll in berlin\""), QStringLiteral("shenzhen"), QStringLiteral("ausfuhrregel*"),
    QStringLiteral("kurz"), QStringLiteral("lacht")};

/// The ids the search index gives for each query, straight from FTS5.
QString matches(Sqlite::Database &db)
{
    QString all;
    for (const QString &q : searchQueries) {
        Sqlite::Statement st(db,
            u"SELECT coalesce(group_concat(rowid), '') FROM (SELECT rowid FROM article_fts WHERE article_fts "
            u"MATCH ?1 ORDER BY rowid)");
        st.bind(1, q);
        auto row = st.step();
        all += q + QStringLiteral(": ") + (row && row.value() ? st.columnText(0) : QStringLiteral("error"))
            + QLatin1Char('\n');
    }
    return all;
}

QString longBody()
{
    return QStringLiteral(
        "Quorvexa meldet Zahlen. Der Zoll in Berlin prüft die Ausfuhrregeln für Halbleiter, die Quorvexa "
        "nach Shenzhen liefert. Die Zollkontrollen dauern an, sagte eine Sprecherin der Behörde am Montag. "
        "Quorvexa rechnet mit Verzögerungen von zwei bis drei Wochen; der Umsatz soll dennoch um 5 Prozent "
        "steigen. Die Zollbehörde in Berlin wollte sich dazu nicht äußern, Quorvexa auch nicht.");
}

Article longArticle()
{
    Article a;
    a.title = QStringLiteral("Zoll prüft Quorvexa");
    a.body = longBody();
    a.contentHash = QStringLiteral("h1");
    return a;
}

} // namespace

class TestCompactStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packedTextRoundTrips()
    {
        const QString bigger = longBody().repeated(400);
        const QStringList texts {QString(), QStringLiteral("Kurz."), longBody(), bigger,
            QStringLiteral("\U0001F600 lacht, ä ö ü ß – „Zitat“") + longBody()};
        for (const QString &text : texts) {
            const Sqlite::PackedText packed = Sqlite::packText(text);
            const QByteArray utf8 = text.toUtf8();
            QCOMPARE(packed.size, qint64(utf8.size()));
            // Compressed where that makes it smaller, else the UTF-8 itself (the sqlar rule).
            QVERIFY(packed.bytes.size() <= utf8.size());
            QCOMPARE(packed.bytes.size() == utf8.size(), packed.bytes == utf8);
            QByteArray back;
            QVERIFY(Sqlite::unpackUtf8(packed.bytes.constData(), packed.bytes.size(), packed.size, back));
            QCOMPARE(back, utf8);
        }
        QVERIFY(Sqlite::packText(QStringLiteral("Kurz.")).bytes == "Kurz.");
        QVERIFY(Sqlite::packText(bigger).bytes.size() < bigger.toUtf8().size() / 20);

        // Damage is found (zlib's checksum), not returned as text.
        Sqlite::PackedText packed = Sqlite::packText(longBody());
        packed.bytes[packed.bytes.size() / 2] = char(packed.bytes.at(packed.bytes.size() / 2) ^ 0x55);
        QByteArray back;
        QVERIFY(!Sqlite::unpackUtf8(packed.bytes.constData(), packed.bytes.size(), packed.size, back));
    }

    // An insert computes the virtual body for the table's triggers; the text it packed a moment
    // before comes from the connection's cache instead of being unpacked again. Shown with a
    // remembered text that is not the packed one: the cache answers, zlib is not asked.
    void rememberedTextsAreNotUnpackedAgain()
    {
        auto db = Sqlite::Database::open(QStringLiteral(":memory:")).value();
        const Sqlite::PackedText packed = Sqlite::packText(longBody());
        auto unpacked = [&] {
            Sqlite::Statement st(*db, u"SELECT lagebild_unpack_text(?1, ?2)");
            st.bindBlob(1, packed.bytes).bind(2, packed.size);
            return st.step().value() ? st.columnText(0) : QString();
        };
        db->rememberUnpacked(packed, QByteArrayLiteral("aus dem Zwischenspeicher"));
        QCOMPARE(unpacked(), QStringLiteral("aus dem Zwischenspeicher"));
        const Sqlite::PackedText other = Sqlite::packText(longBody() + QStringLiteral(" Ende."));
        Sqlite::Statement st(*db, u"SELECT lagebild_unpack_text(?1, ?2)");
        st.bindBlob(1, other.bytes).bind(2, other.size);
        QVERIFY(st.step().value());
        QCOMPARE(st.columnText(0), longBody() + QStringLiteral(" Ende.")); // not remembered: unpacked

        // The store tells it of every body it inserts: the texts read back are the bodies.
        auto store = ArticleStore::open(QStringLiteral(":memory:")).value();
        Article a;
        a.title = QStringLiteral("Zoll");
        a.body = longBody();
        a.rawOriginal = a.body;
        a.contentHash = QStringLiteral("h");
        const ArticleId id = store->insertArticle(a).value();
        QCOMPARE(store->articleBody(id).value(), longBody());
        QCOMPARE(store->search(QStringLiteral("Zoll"), 5).value().size(), size_t(1));
    }

    void newDatabaseStoresBodiesPacked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        auto store = ArticleStore::open(path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        Sqlite::Database &db = (**store).database();
        Article a = longArticle();
        a.rawOriginal = QStringLiteral("Von Anna | Tagesblatt\n\n") + longBody();
        a.published = PublicationDate::fromIsoString(QStringLiteral("2025-10"));
        auto id = (**store).insertArticle(a);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        Article b = a;
        b.body = QStringLiteral("Kurz.");
        b.contentHash = QStringLiteral("h2");
        auto shortId = (**store).insertArticle(b);
        QVERIFY2(shortId, qPrintable(shortId.errorMessage()));

        auto read = (**store).article(id.value());
        QVERIFY(read && read->has_value());
        QCOMPARE((*read)->body, longBody());
        QCOMPARE((*read)->rawOriginal, a.rawOriginal);
        QCOMPARE((**store).articleBody(shortId.value()).value(), QStringLiteral("Kurz."));
        // What the engine reads: the text and the day, as article() gives them.
        auto text = (**store).textForAnalysis(id.value());
        QVERIFY(text && text->has_value());
        QCOMPARE((*text)->body, longBody());
        QCOMPARE((*text)->published, (*read)->published.date);
        QCOMPARE((*text)->published, QDate(2025, 10, 1));
        auto none = (**store).textForAnalysis(id.value() + 100);
        QVERIFY(none && !none->has_value());
        QCOMPARE(count(db, u"SELECT count(*) FROM articles WHERE length(body_packed) < body_size"), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM articles WHERE CAST(body_packed AS TEXT) = 'Kurz.'"), 1);
        auto hits = (**store).search(QStringLiteral("Zoll in Berlin"), 10);
        QVERIFY2(hits, qPrintable(hits.errorMessage()));
        QCOMPARE(int(hits->size()), 1);
        QVERIFY(hits->front().snippet.contains(QLatin1String("<mark>")));

        // SQL writers pack with the registered function; `body` itself cannot be written.
        QVERIFY(db.execute(QStringLiteral(
            "INSERT INTO articles(title, body_packed, body_size, raw_original, content_hash, simhash, "
            "imported_at) VALUES ('T', lagebild_pack_text('Der Zoll lacht.'), "
            "length(CAST('Der Zoll lacht.' AS BLOB)), 'x', 'h3', 0, '2025-10-14')")));
        QCOMPARE(count(db, u"SELECT count(*) FROM articles WHERE body = 'Der Zoll lacht.'"), 1);
        QVERIFY(!db.execute(QStringLiteral("UPDATE articles SET body = 'x' WHERE id = 1")));
        QCOMPARE(count(db, u"SELECT count(*) FROM article_fts WHERE article_fts MATCH 'lacht'"), 1);

        // A damaged text says so, as a damaged database: written (the index's update trigger
        // reads it and refuses) or read.
        const auto refused
            = db.execute(QStringLiteral("UPDATE articles SET body_packed = x'789c0102' WHERE id = 1"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Corrupt);
        {
            // Damage from outside: a connection whose unpack function accepts anything.
            sqlite3 *raw = nullptr;
            QCOMPARE(
                sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr),
                SQLITE_OK);
            sqlite3_create_function_v2(
                raw, Sqlite::unpackTextFunction, 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                [](sqlite3_context *c, int, sqlite3_value **) {
                    sqlite3_result_text(c, "", 0, SQLITE_STATIC);
                },
                nullptr, nullptr, nullptr);
            QCOMPARE(sqlite3_exec(raw,
                         "DROP TRIGGER articles_fts_update; UPDATE articles SET body_packed = x'789c0102' "
                         "WHERE id = 1",
                         nullptr, nullptr, nullptr),
                SQLITE_OK);
            sqlite3_close_v2(raw);
        }
        Sqlite::Statement damaged(db, u"SELECT body FROM articles WHERE id = 1");
        auto step = damaged.step();
        QVERIFY(!step);
        QCOMPARE(step.error().kind, ErrorKind::Corrupt);
    }

    void upgradeKeepsEveryRow()
    {
        const OldDatabase old(11, {});
        QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
        std::map<QString, QStringList> columns;
        QString before, searchBefore;
        qint64 originalBlobs = 0;
        {
            auto opened = Sqlite::Database::open(old.path);
            QVERIFY(opened);
            Sqlite::Database &db = **opened;
            QVERIFY(registerGermanTokenizer(db));
            QVERIFY(db.execute(QStringLiteral("INSERT INTO sources(id, name, url) VALUES (1, 'Tagesblatt', "
                                              "'https://tagesblatt.example')")));
            // A long text, one with a character beyond U+FFFF, one too short to shrink, an empty
            // one; originals as TEXT (before schema 8) and as a BLOB; a date set by hand; a
            // near-duplicate link; analysis versions.
            Sqlite::Statement insert(db,
                u"INSERT INTO articles(id, title, body, raw_original, url, author, source_id, language, "
                u"language_reliable, published, published_day, published_precision, published_origin, "
                u"published_uncertain, content_hash, simhash, duplicate_of, duplicate_similarity, "
                u"original_file, original_format, imported_at, analysed_at, analysis_version, "
                u"analysis_rules) "
                u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'de', 1, ?8, ?8, 'day', ?9, 0, ?10, ?11, ?12, ?13, "
                u"?14, 'text', '2025-10-20T08:00:00Z', ?15, ?16, 3)");
            struct Row
            {
                qint64 id;
                QString title, body;
                QVariant original;
                qint64 source, duplicateOf;
                QString origin;
                bool analysed;
            };
            const Row rows[] = {
                {1, QStringLiteral("Zoll prüft Quorvexa"), longBody(), QStringLiteral("roh 1"), 1, 0,
                    QStringLiteral("manual"), true},
                {2, QStringLiteral("Emoji"),
                    QStringLiteral("\U0001F600 Quorvexa meldet Zahlen in Hamburg, der Zoll lacht."),
                    QByteArray("\x01\x00\x00\x00\x03xyz", 8), 0, 0, QStringLiteral("text"), true},
                {3, QStringLiteral("Kurz"), QStringLiteral("Kurz."), QStringLiteral("Kurz."), 1, 0,
                    QStringLiteral("metadata"), false},
                {4, QStringLiteral("Leer"), QString(QLatin1String("")), QStringLiteral(""), 0, 0,
                    QStringLiteral("none"), false},
                {5, QStringLiteral("Zoll prüft Quorvexa (Kopie)"), longBody() + QStringLiteral(" Ende."),
                    QStringLiteral("roh 5"), 1, 1, QStringLiteral("text"), true},
            };
            for (const Row &r : rows) {
                insert.bind(1, r.id)
                    .bind(2, r.title)
                    .bind(3, r.body.isNull() ? QString(QLatin1String("")) : r.body);
                if (r.original.typeId() == QMetaType::QByteArray)
                    insert.bindBlob(4, r.original.toByteArray());
                else
                    insert.bind(4, r.original.toString());
                insert.bind(5, QStringLiteral("https://tagesblatt.example/%1").arg(r.id))
                    .bind(6, QStringLiteral("Anna Beispiel"))
                    .bindOptional(7, r.source)
                    .bind(8, QStringLiteral("2025-10-1%1").arg(r.id))
                    .bind(9, r.origin)
                    .bind(10, QStringLiteral("hash%1").arg(r.id))
                    .bind(11, qint64(1234567890123) * r.id)
                    .bindOptional(12, r.duplicateOf);
                if (r.duplicateOf)
                    insert.bind(13, 0.93);
                else
                    insert.bindNull(13);
                insert.bind(14, QStringLiteral("/in/%1.txt").arg(r.id));
                if (r.analysed)
                    insert.bind(15, QStringLiteral("2025-10-20T09:00:00Z")).bind(16, 11);
                else
                    insert.bindNull(15).bindNull(16);
                QVERIFY2(insert.execute(), qPrintable(db.lastErrorMessage()));
            }
            for (const char16_t *sql :
                {u"INSERT INTO tags(id, name) VALUES (1, 'prüfen'), (2, 'Zoll')",
                    u"INSERT INTO article_tags(article_id, tag_id, tagged_at) VALUES (1, 1, '2025-10-16'), "
                    u"(2, 1, '2025-10-17'), (5, 2, '2025-10-18')",
                    u"INSERT INTO notes(article_id, text, updated_at) VALUES (2, 'Quelle anrufen', "
                    u"'2025-10-16'), (5, 'Kopie von 1 – prüfen', '2025-10-17')",
                    u"INSERT INTO entities(id, canonical, type, origin, status) VALUES (1, 'Quorvexa', "
                    u"'COMPANY', 'manual', 'active'), (2, 'Berlin', 'LOCATION', 'automatic', 'active'), "
                    u"(3, 'Zoll', 'AGENCY', 'manual', 'active'), (4, 'Hamburg', 'LOCATION', 'automatic', "
                    u"'ignored')",
                    u"INSERT INTO entity_aliases(entity_id, alias, origin) VALUES (1, 'Quorvexa AG', "
                    u"'manual')",
                    u"INSERT INTO mentions(id, article_id, entity_id, start, \"end\", type_code, type_name, "
                    u"text, manual, removed, sentence_start, sentence_end, value, unit, approx, norm) VALUES "
                    u"(1, 1, 1, 0, 8, 4, NULL, NULL, 0, 0, 0, 23, NULL, NULL, NULL, NULL), "
                    u"(2, 1, NULL, 309, 318, 1, NULL, NULL, 0, 0, 230, 330, '5', '%', 0, NULL), "
                    u"(3, 1, 3, 28, 32, 6, NULL, 'Zoll', 1, 0, 24, 130, NULL, NULL, NULL, NULL), "
                    u"(4, 1, NULL, 9, 15, 3, NULL, 'meldet', 1, 1, 0, 23, NULL, NULL, NULL, NULL), "
                    u"(5, 1, 2, 36, 42, 0, NULL, NULL, 0, 0, 24, 130, NULL, NULL, NULL, NULL), "
                    u"(6, 2, 1, 3, 11, 4, NULL, 'Quorvexa', 0, 0, 0, 56, NULL, NULL, NULL, NULL), "
                    u"(7, 2, NULL, 12, 18, NULL, 'EVENT', 'meldet', 1, 0, 0, 56, NULL, NULL, NULL, NULL), "
                    u"(8, 5, 1, 0, 8, 4, NULL, NULL, 0, 0, 0, 23, NULL, NULL, NULL, NULL), "
                    u"(9, 5, NULL, 200, 206, 2, NULL, 'Montag', 0, 0, 130, 200, NULL, NULL, NULL, "
                    u"'2025-10-13')",
                    u"INSERT INTO relations(id, article_id, type, source_entity, target_entity, "
                    u"evidence_start, "
                    u"evidence_end, origin, confidence, status, corrects, attributed_to) VALUES "
                    u"(1, 1, 'reports', 1, 3, 0, 65, 'manual', 0.7, 'rejected', NULL, NULL), "
                    u"(2, 1, 'located_in', 3, 2, 0, 65, 'manual', NULL, 'active', 1, 1), "
                    u"(3, 5, 'reports', 1, 2, 0, 33, 'automatic', 0.9, 'active', NULL, NULL)",
                    u"INSERT INTO events(article_id, relation_id, day, norm, date_from_text, label, "
                    u"evidence_start, evidence_end) VALUES (1, 2, '2025-10-14', '2025-10-14', 0, 'Zoll → "
                    u"Berlin', 0, 65), (5, 3, '2025-10-13', '2025-10-13', 1, 'reports: Quorvexa → Berlin', "
                    u"0, 33)",
                    u"INSERT INTO corrections(kind, entity, entity_type, value, created_at) VALUES "
                    u"('retype', "
                    u"'Zoll', 'AGENCY', NULL, '2025-10-16'), ('alias', 'Quorvexa', 'COMPANY', 'Quorvexa AG', "
                    u"'2025-10-16')",
                    u"INSERT INTO ner_adaptation(id, model, weights, articles, sentences, weight_count, "
                    u"learned_at) VALUES (1, 'model-1', x'00ff10', 2, 3, 4, '2025-10-17')",
                    u"INSERT OR REPLACE INTO meta(key, value) VALUES ('rules_version', '3')"}) {
                QVERIFY2(db.execute(QString::fromUtf16(sql)), qPrintable(db.lastErrorMessage()));
            }
            QCOMPARE(count(db, u"SELECT count(*) FROM pragma_foreign_key_check"), 0);
            columns = tableColumns(db);
            before = dump(db, columns);
            searchBefore = matches(db);
            originalBlobs = count(db, u"SELECT count(*) FROM articles WHERE typeof(raw_original) = 'blob'");
        }
        QVERIFY2(!before.contains(QLatin1String("error: ")), qPrintable(before));
        QVERIFY(columns.at(QStringLiteral("articles")).contains(QLatin1String("body")));
        QCOMPARE(originalBlobs, 1);
        QVERIFY2(searchBefore.contains(QLatin1String("zoll: 1,2,5")), qPrintable(searchBefore));

        auto store = ArticleStore::open(old.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        Sqlite::Database &db = (**store).database();
        QVERIFY(Migrator::latestVersion() >= 12);
        QCOMPARE(count(db, u"PRAGMA user_version"), qint64(Migrator::latestVersion()));
        QVERIFY(QFile::exists(Migrator::preMigrationCopyPath(old.path, 11)));

        // Every row of every table as it was, byte for byte and kind for kind (`body` now
        // generated from the packed text); foreign keys on again, and all of them valid.
        QCOMPARE(dump(db, columns), before);
        QCOMPARE(count(db, u"PRAGMA foreign_keys"), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM pragma_foreign_key_check"), 0);
        Sqlite::Statement check(db, u"PRAGMA integrity_check");
        QVERIFY(check.step().value());
        QCOMPARE(check.columnText(0), QStringLiteral("ok"));
        // The texts are packed: the two long ones smaller, the short ones as they were.
        QCOMPARE(count(db, u"SELECT count(*) FROM articles WHERE length(body_packed) < body_size"), 2);
        QCOMPARE(count(db, u"SELECT count(*) FROM articles WHERE length(body_packed) = body_size"), 3);
        QCOMPARE(
            count(db,
                u"SELECT count(*) FROM pragma_table_xinfo('articles') WHERE name = 'body' AND hidden = 2"),
            1);
        // Indexes and triggers are back.
        QCOMPARE(count(db,
                     u"SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'articles' AND name IN "
                     u"('articles_list_date', 'articles_source_day', 'articles_duplicate', "
                     u"'articles_fts_insert', 'articles_fts_delete', 'articles_fts_update')"),
            6);

        // One index of an article's mentions; the readers that ask for `removed` and `type_code`
        // instead of the generated `status` and `type` read it alone.
        QCOMPARE(count(db,
                     u"SELECT count(*) FROM sqlite_schema WHERE name IN ('mentions_sentence_entities', "
                     u"'mentions_quantity_sentences')"),
            0);
        QCOMPARE(
            count(db,
                u"SELECT count(*) FROM sqlite_schema WHERE name = 'mentions_entity_article' AND sql LIKE "
                u"'%entity_id IS NOT NULL%'"),
            1);
        const std::pair<const char *, const char *> plans[] = {
            {"SELECT m.article_id, m.sentence_start, m.entity_id FROM articles a CROSS JOIN mentions m ON "
             "m.article_id = a.id WHERE m.removed = 0 AND m.entity_id IS NOT NULL AND m.sentence_start IS "
             "NOT "
             "NULL ORDER BY a.id, m.sentence_start",
                "COVERING INDEX mentions_article (article_id=? AND sentence_start>?)"},
            {"SELECT (SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.removed = 0) FROM "
             "articles a",
                "COVERING INDEX mentions_article (article_id=?)"},
            {"SELECT 1 FROM mentions q WHERE q.article_id = 1 AND q.sentence_start = 24 AND q.type_code = 1 "
             "AND "
             "q.removed = 0",
                "COVERING INDEX mentions_article (article_id=? AND sentence_start=?)"},
            {"DELETE FROM mentions WHERE article_id = 1 AND manual = 0",
                "INDEX mentions_article (article_id=?)"},
            // The index by entity leaves out mentions without one, and still serves every query by
            // entity: one entity, a list, a join with the entities.
            {"SELECT 1 FROM mentions fm WHERE fm.entity_id = 1 AND fm.article_id = 1 AND fm.status = "
             "'active'",
                "INDEX mentions_entity_article (entity_id=? AND article_id=?)"},
            {"SELECT article_id FROM mentions WHERE status = 'active' AND entity_id IN (SELECT value FROM "
             "json_each('[1,3]'))",
                "INDEX mentions_entity_article (entity_id=?)"},
            {"SELECT e.id, count(DISTINCT m.article_id) AS n FROM mentions m JOIN entities e ON e.id = "
             "m.entity_id "
             "WHERE m.status = 'active' AND e.status = 'active' GROUP BY e.id ORDER BY n DESC",
                "INDEX mentions_entity_article"},
        };
        for (const auto &[sql, step] : plans) {
            Sqlite::Statement plan(db, QStringLiteral("EXPLAIN QUERY PLAN %1").arg(QLatin1String(sql)));
            QString steps;
            while (plan.step().value())
                steps += plan.columnText(3) + QLatin1Char('\n');
            QVERIFY2(steps.contains(QLatin1String(step)), qPrintable(steps));
        }

        // The search index was not touched and still matches the text exactly.
        QCOMPARE(matches(db), searchBefore);
        QVERIFY(db.execute(
            QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)")));
        auto hits = (**store).search(QStringLiteral("Zoll in Berlin"), 10);
        QVERIFY2(hits, qPrintable(hits.errorMessage()));
        QCOMPARE(int(hits->size()), 2);

        // With foreign keys on again, deleting an article takes its rows along, and its text
        // leaves the index (the delete trigger reads the generated `body`).
        QVERIFY(db.execute(QStringLiteral("DELETE FROM articles WHERE id = 2")));
        QCOMPARE(count(db, u"SELECT count(*) FROM notes WHERE article_id = 2"), 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM mentions WHERE article_id = 2"), 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM article_tags WHERE article_id = 2"), 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM article_fts WHERE article_fts MATCH 'hamburg'"), 0);
        QVERIFY(db.execute(
            QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)")));

        // Re-analysis keeps the analyst's rows.
        const QString manualBefore = dump(db,
            {{QStringLiteral("mentions"),
                {QStringLiteral("id"), QStringLiteral("article_id"), QStringLiteral("start"),
                    QStringLiteral("end"), QStringLiteral("type"), QStringLiteral("text"),
                    QStringLiteral("removed")}}});
        const AnalyzeSummary again = AnalysisService(**store).analyze(true);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        Sqlite::Statement manual(db, u"SELECT group_concat(id) FROM mentions WHERE manual = 1 ORDER BY id");
        QVERIFY(manual.step().value());
        QCOMPARE(manual.columnText(0), QStringLiteral("3,4"));
        QVERIFY(manualBefore.contains(QLatin1String("'Zoll'")));
        Sqlite::Statement recheck(db, u"PRAGMA integrity_check");
        QVERIFY(recheck.step().value());
        QCOMPARE(recheck.columnText(0), QStringLiteral("ok"));
    }

    void knownTypeByNameGetsItsCode()
    {
        // No writer of the program stores a known type by name, but a tool might: the migration
        // gives it its code, so that `type_code = 1` is exactly `type = 'QUANTITY'`.
        const OldDatabase old(11,
            {u"INSERT INTO articles(id, title, body, raw_original, content_hash, simhash, imported_at) "
             u"VALUES "
             u"(1, 'T', 'Der Zoll nimmt 5 Prozent.', 'x', 'h', 0, '2025-10-14')",
                u"INSERT INTO mentions(id, article_id, start, \"end\", type_name, manual, sentence_start) "
                u"VALUES "
                u"(1, 1, 15, 24, 'QUANTITY', 1, 0), (2, 1, 4, 8, 'EVENT', 1, 0)"});
        QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
        auto store = ArticleStore::open(old.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        Sqlite::Database &db = (**store).database();
        QCOMPARE(count(db,
                     u"SELECT count(*) FROM mentions WHERE id = 1 AND type_code = 1 AND type_name IS NULL "
                     u"AND type = 'QUANTITY'"),
            1);
        QCOMPARE(
            count(db, u"SELECT count(*) FROM mentions WHERE id = 2 AND type_code IS NULL AND type = 'EVENT'"),
            1);
    }

    void migrationRefusesForeignKeysOn()
    {
        // The file drops the articles table: with foreign keys on, that would delete every tag,
        // note and mention. Run by anything but the migrator, it must refuse and change nothing.
        const OldDatabase old(11,
            {u"INSERT INTO articles(id, title, body, raw_original, content_hash, simhash, imported_at) "
             u"VALUES "
             u"(1, 'T', 'Der Zoll lacht.', 'x', 'h', 0, '2025-10-14')",
                u"INSERT INTO notes(article_id, text, updated_at) VALUES (1, 'Notiz', '2025-10-15')"});
        QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
        auto opened = Sqlite::Database::open(old.path);
        QVERIFY(opened);
        Sqlite::Database &db = **opened;
        QVERIFY(registerGermanTokenizer(db));
        QVERIFY(db.execute(QStringLiteral("PRAGMA foreign_keys = ON")));
        QFile file(QStringLiteral(":/sql/0012_compact_storage.sql"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(db.execute(QStringLiteral("BEGIN")));
        const auto applied = db.execute(QString::fromUtf8(file.readAll()));
        QVERIFY(!applied);
        QVERIFY2(applied.errorMessage().contains(QLatin1String("CHECK")), qPrintable(applied.errorMessage()));
        QVERIFY(db.execute(QStringLiteral("ROLLBACK")));
        QCOMPARE(count(db, u"SELECT count(*) FROM notes"), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM articles WHERE body = 'Der Zoll lacht.'"), 1);
        QCOMPARE(count(db, u"PRAGMA user_version"), 11);
    }

    void sqliteShellReadsTheTexts()
    {
        // The packed form is the SQLite Archive's: a shell built with zlib unpacks it without
        // Lagebild (docs/schema.md).
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (shell.isEmpty())
            QSKIP("no sqlite3 shell");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shell.sqlite"));
        {
            auto store = ArticleStore::open(path);
            QVERIFY2(store, qPrintable(store.errorMessage()));
            Article a;
            a.title = QStringLiteral("T");
            a.body = QStringLiteral("\U0001F600 ") + longBody();
            a.contentHash = QStringLiteral("h1");
            QVERIFY((**store).insertArticle(a));
            a.body = QStringLiteral("Kurz.");
            a.contentHash = QStringLiteral("h2");
            QVERIFY((**store).insertArticle(a));
        }
        QProcess p;
        p.start(shell,
            {path,
                QStringLiteral("SELECT CAST(sqlar_uncompress(body_packed, body_size) AS TEXT) FROM articles "
                               "ORDER BY id")});
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (err.contains(QLatin1String("sqlar_uncompress")))
            QSKIP("this sqlite3 shell has no zlib");
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()),
            QStringLiteral("\U0001F600 ") + longBody() + QStringLiteral("\nKurz.\n"));
    }

    void programChecksAndCompactsTheFile()
    {
        // The shell cannot run integrity_check or VACUUM on this schema; the program can.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("check.sqlite"));
        auto store = ArticleStore::open(path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        Sqlite::Database &db = (**store).database();
        auto id = (**store).insertArticle(longArticle());
        QVERIFY2(id, qPrintable(id.errorMessage()));
        auto sound = Sqlite::checkDatabase(db);
        QVERIFY2(sound, qPrintable(sound.errorMessage()));
        QCOMPARE(sound.value(), QStringList());

        auto compacted = Sqlite::compactDatabase(db);
        QVERIFY2(compacted, qPrintable(compacted.errorMessage()));
        QCOMPARE((**store).articleBody(id.value()).value(), longBody());

        // A note whose article is gone (written with the foreign keys off) is one problem line.
        QVERIFY(db.execute(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(db.execute(QStringLiteral(
            "INSERT INTO notes(article_id, text, updated_at) VALUES (424242, 'x', '2026-12-03')")));
        QVERIFY(db.execute(QStringLiteral("PRAGMA foreign_keys = ON")));
        auto problems = Sqlite::checkDatabase(db);
        QVERIFY2(problems, qPrintable(problems.errorMessage()));
        QCOMPARE(problems->size(), 1);
        QVERIFY2(problems->front().contains(QLatin1String("424242")), qPrintable(problems->front()));
        QVERIFY(db.execute(QStringLiteral("DELETE FROM notes WHERE article_id = 424242")));

        // A search index out of step with the texts (its row removed behind the triggers' back).
        QVERIFY(db.execute(QStringLiteral("INSERT INTO article_fts(article_fts, rowid, title, body) "
                                          "SELECT 'delete', id, title, body FROM articles")));
        problems = Sqlite::checkDatabase(db);
        QVERIFY2(problems, qPrintable(problems.errorMessage()));
        QCOMPARE(problems->size(), 1);
        QVERIFY2(problems->front().contains(QLatin1String("search index")), qPrintable(problems->front()));
    }
};

QTEST_GUILESS_MAIN(TestCompactStorage)
#include "tst_compactstorage.moc"
