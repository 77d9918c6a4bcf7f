// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 0014: names ignore the case of every letter on SQLite, as on PostgreSQL. The order
// itself (a data table), tags and outlets in use, and the upgrade of a corpus an older Lagebild
// left with "Prüfung" and "PRÜFUNG" as two tags: merged into the older, no link and no hand edit
// lost, the merge in the articles' history, the indexes sound.
#include "../olddatabase.h"
#include "store/articlestore.h"
#include "store/germantokenizer.h"
#include "store/migrator.h"
#include "store/sqlite/caseless.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "support/sqlitevalue.h"

#include <QTest>

#include <sqlite3.h>

using namespace Lagebild;

namespace {

Article makeArticle(const QString &title, const QString &source, const QString &hash)
{
    Article a;
    a.title = title;
    a.body = title + QStringLiteral(" meldet Zahlen.");
    a.rawOriginal = a.body;
    a.source = source;
    a.language = QStringLiteral("de");
    a.contentHash = hash;
    a.originalFormat = QStringLiteral("txt");
    return a;
}

/// Runs `sql` on a plain connection, with SQLite's own ASCII NOCASE: as an older Lagebild or
/// the `sqlite3` shell would write.
QString executeAsOlderProgram(const QString &path, const char *sql)
{
    sqlite3 *raw = nullptr;
    QString error;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        error = QString::fromUtf8(sqlite3_errmsg(raw));
    else if (char *message = nullptr; sqlite3_exec(raw, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        error = QString::fromUtf8(message);
        sqlite3_free(message);
    }
    sqlite3_close_v2(raw);
    return error;
}

} // namespace

class TestCaseless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void order_data()
    {
        QTest::addColumn<QByteArray>("left");
        QTest::addColumn<QByteArray>("right");
        QTest::addColumn<int>("sign");
        QTest::newRow("ASCII as SQLite") << QByteArray("Zoll") << QByteArray("zOLL") << 0;
        QTest::newRow("ASCII order") << QByteArray("abc") << QByteArray("ABD") << -1;
        QTest::newRow("prefix first") << QByteArray("Zoll") << QByteArray("Zollamt") << -1;
        QTest::newRow("empty first") << QByteArray() << QByteArray("a") << -1;
        QTest::newRow("umlaut capitals") << QByteArray("PRÜFUNG") << QByteArray("Prüfung") << 0;
        QTest::newRow("capital sharp s") << QByteArray("STRA\u1E9EE") << QByteArray("straße") << 0;
        QTest::newRow("Greek") << QByteArray("ΑΘΉΝΑ") << QByteArray("αθήνα") << 0;
        QTest::newRow("ß is not ss") << QByteArray("Maß") << QByteArray("Mass") << 1;
        QTest::newRow("accent counts") << QByteArray("Café") << QByteArray("Cafe") << 1;
        QTest::newRow("code point order") << QByteArray("Österreich") << QByteArray("Zypern") << 1;
        QTest::newRow("ill-formed after letters")
            << QByteArray("a\xff") << QByteArray("a\xf0\x9f\x98\x80") << 1;
        QTest::newRow("ill-formed equal") << QByteArray("\xff") << QByteArray("\xff") << 0;
    }

    void order()
    {
        QFETCH(QByteArray, left);
        QFETCH(QByteArray, right);
        QFETCH(int, sign);
        const auto signOf = [](int v) { return (v > 0) - (v < 0); };
        QCOMPARE(signOf(Sqlite::compareIgnoringCase(left, right)), sign);
        QCOMPARE(signOf(Sqlite::compareIgnoringCase(right, left)), -sign);
    }

    void tagsAndOutletsIgnoreEveryCapital()
    {
        auto opened = ArticleStore::open(QStringLiteral(":memory:"));
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        ArticleStore &store = **opened;
        const ArticleId first = store
                                    .insertArticle(makeArticle(QStringLiteral("Eins"),
                                        QStringLiteral("Ärzte Zeitung"), QStringLiteral("1")))
                                    .value();
        const ArticleId second = store
                                     .insertArticle(makeArticle(QStringLiteral("Zwei"),
                                         QStringLiteral("ärzte zeitung"), QStringLiteral("2")))
                                     .value();
        QVERIFY(store.addTags(first, {QStringLiteral("Prüfung"), QStringLiteral("PRÜFUNG")}));
        QVERIFY(store.addTags(second, {QStringLiteral("prüfung")}));
        QCOMPARE(store.tagsOf(first).value(), QStringList {QStringLiteral("Prüfung")});
        QCOMPARE(store.tagsOf(second).value(), QStringList {QStringLiteral("Prüfung")});
        QVERIFY(store.removeTags(second, {QStringLiteral("PRÜFUNG")}));
        QVERIFY(store.tagsOf(second).value().isEmpty());
        const auto stats = store.statistics().value();
        QCOMPARE(stats.tags, 1);
        QCOMPARE(stats.sources, 1);
    }

    void upgradeFrom13MergesWhatIsOneNameNow()
    {
        const OldDatabase old(13, {});
        QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
        // What the ASCII NOCASE let in: two spellings of one tag and of one outlet.
        QCOMPARE(executeAsOlderProgram(old.path,
                     "INSERT INTO sources(id, name) VALUES (1, 'Ärzte Zeitung'), (2, 'ärzte zeitung'), (3, "
                     "'Spiegel');"
                     "INSERT INTO tags(id, name) VALUES (1, 'Prüfung'), (2, 'PRÜFUNG'), (3, 'Zoll');"),
            QString());
        {
            auto db = Sqlite::Database::open(old.path);
            QVERIFY(db);
            QVERIFY(registerGermanTokenizer(**db));
            QVERIFY((**db).execute(QStringLiteral(
                "INSERT INTO articles(id, title, raw_original, source_id, content_hash, simhash, "
                "imported_at, "
                "body_size, body_packed) VALUES "
                "(1, 'Eins', 'roh', 1, 'h1', 0, '2025-10-14', 4, CAST('Eins' AS BLOB)), "
                "(2, 'Zwei', 'roh', 2, 'h2', 0, '2025-10-14', 4, CAST('Zwei' AS BLOB)), "
                "(3, 'Drei', 'roh', 3, 'h3', 0, '2025-10-14', 4, CAST('Drei' AS BLOB));"
                // Article 1 has both spellings (the later link the earlier time), 2 and 3 the
                // capitals only, 3 another tag too.
                "INSERT INTO article_tags(article_id, tag_id, tagged_at) VALUES "
                "(1, 1, '2025-10-16'), (1, 2, '2025-10-15'), (2, 2, '2025-10-17'), (3, 2, '2025-10-18'), "
                "(3, 3, '2025-10-18');"
                "INSERT INTO notes(article_id, text, updated_at) VALUES (2, 'Quelle anrufen', "
                "'2025-10-16');")));
        }

        auto store = ArticleStore::open(old.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        Sqlite::Database &db = (**store).database();
        QCOMPARE(
            Sqlite::queryInt64(db, u"PRAGMA user_version")->value_or(-1), qint64(Migrator::latestVersion()));
        QCOMPARE(
            Testing::firstColumnLines(db, QStringLiteral("SELECT id || '|' || name FROM tags ORDER BY id")),
            QStringLiteral("1|Prüfung\n3|Zoll"));
        QCOMPARE(
            Testing::firstColumnLines(db,
                QStringLiteral("SELECT article_id || '|' || tag_id || '|' || tagged_at FROM article_tags "
                               "ORDER BY article_id, tag_id")),
            QStringLiteral("1|1|2025-10-15\n2|1|2025-10-17\n3|1|2025-10-18\n3|3|2025-10-18"));
        QCOMPARE(Testing::firstColumnLines(
                     db, QStringLiteral("SELECT id || '|' || name FROM sources ORDER BY id")),
            QStringLiteral("1|Ärzte Zeitung\n3|Spiegel"));
        QCOMPARE(Testing::firstColumnLines(
                     db, QStringLiteral("SELECT id || '|' || source_id FROM articles ORDER BY id")),
            QStringLiteral("1|1\n2|1\n3|3"));
        QCOMPARE(Testing::firstColumnLines(db,
                     QStringLiteral(
                         "SELECT article_id || '|' || made_by || '|' || kind || '|' || detail FROM edits "
                         "ORDER BY id")),
            QStringLiteral("1|lagebild|tag_renamed|PRÜFUNG → Prüfung\n"
                           "2|lagebild|tag_renamed|PRÜFUNG → Prüfung\n"
                           "3|lagebild|tag_renamed|PRÜFUNG → Prüfung"));
        QCOMPARE(Testing::firstColumnLines(db, QStringLiteral("SELECT text FROM notes")),
            QStringLiteral("Quelle anrufen"));
        QCOMPARE(
            Testing::firstColumnLines(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // The rebuilt unique index finds every spelling and lets no new one in.
        QCOMPARE((**store).tagsOf(2).value(), QStringList {QStringLiteral("Prüfung")});
        QVERIFY((**store).addTags(2, {QStringLiteral("PRÜFUNG"), QStringLiteral("ZOLL")}));
        QCOMPARE(
            Testing::firstColumnLines(db, QStringLiteral("SELECT count(*) FROM tags")), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestCaseless)
#include "tst_caseless.moc"
