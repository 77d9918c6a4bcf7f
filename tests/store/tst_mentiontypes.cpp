// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 0011: a mention's type as a small integer. The migration must keep every piece of hand
// work exactly (the analyst's mentions, tags, notes, relation verdicts and corrections, and every
// row that names a mention id), through the upgrade and a later re-analysis.
#include "../olddatabase.h"
#include "services/analysisservice.h"
#include "store/analysisrepository.h"
#include "store/articlestore.h"
#include "store/mentiontype.h"
#include "store/migrator.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "support/sqlitevalue.h"

#include <QFile>
#include <QTest>

using namespace Lagebild;

namespace {

/// Every row of `columns` and `rest` ("FROM … ORDER BY …") as one string, so two states of the
/// database compare in one QCOMPARE.
QString dump(Sqlite::Database &db, const char *columns, const char *rest)
{
    return Testing::firstColumnLines(
        db, QStringLiteral("SELECT json_array(%1) %2").arg(QLatin1String(columns), QLatin1String(rest)));
}

/// The analyst's work and everything that names a mention, as columns that exist before and
/// after 0011 (`type` is a generated column afterwards).
QString handWork(Sqlite::Database &db)
{
    const std::pair<const char *, const char *> queries[] = {
        {"id, article_id, entity_id, start, \"end\", type, text, value, unit, approx, norm, "
         "sentence_start, sentence_end, origin, status",
            "FROM mentions WHERE manual = 1 ORDER BY id"},
        {"article_id, tag_id, tagged_at", "FROM article_tags ORDER BY article_id, tag_id"},
        {"article_id, text, updated_at", "FROM notes ORDER BY article_id"},
        {"id, canonical, type, origin, status", "FROM entities WHERE origin = 'manual' ORDER BY id"},
        {"id, article_id, type, source_entity, target_entity, evidence_start, evidence_end, origin, "
         "status, corrects",
            "FROM relations WHERE origin = 'manual' ORDER BY id"},
        {"id, kind, entity, entity_type, value", "FROM corrections ORDER BY id"},
    };
    QString all;
    for (const auto &query : queries)
        all += dump(db, query.first, query.second) + QStringLiteral("\n--\n");
    return all;
}

qint64 count(Sqlite::Database &db, const char16_t *sql)
{
    return Sqlite::queryInt64(db, sql)->value_or(-1);
}

} // namespace

class TestMentionTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upgradeFromVersion9KeepsHandWork()
    {
        const OldDatabase old(9,
            {u"INSERT INTO articles(id, title, body, raw_original, content_hash, simhash, imported_at, "
             u"published_day) VALUES (1, 'Zoll', 'Quorvexa meldet Zahlen. Der Zoll in Berlin steigt um 5 "
             u"Prozent.', 'roh', 'h1', 0, '2025-10-14', '2025-10-14'), (2, 'Emoji', '\U0001F600 Quorvexa "
             u"meldet Zahlen in Hamburg.', 'roh', 'h2', 0, '2025-10-15', '2025-10-15')",
                u"INSERT INTO tags(id, name) VALUES (1, 'prüfen')",
                u"INSERT INTO article_tags(article_id, tag_id, tagged_at) VALUES (1, 1, '2025-10-16'), "
                u"(2, 1, '2025-10-17')",
                u"INSERT INTO notes(article_id, text, updated_at) VALUES (2, 'Quelle anrufen', '2025-10-16')",
                u"INSERT INTO entities(id, canonical, type, origin) VALUES (1, 'Quorvexa', 'COMPANY', "
                u"'manual'), (2, 'Berlin', 'LOCATION', 'automatic'), (3, 'Zoll', 'AGENCY', 'manual')",
                // Automatic rows, the analyst's rows (one removed, one of a type without a code) and
                // one automatic row of a type without a code.
                u"INSERT INTO mentions(id, article_id, entity_id, start, \"end\", type, text, manual, "
                u"removed, "
                u"sentence_start, sentence_end, value, unit, approx) VALUES "
                u"(1, 1, 1, 0, 8, 'COMPANY', NULL, 0, 0, 0, 23, NULL, NULL, NULL), "
                u"(2, 1, NULL, 55, 64, 'QUANTITY', NULL, 0, 0, 24, 65, '5', '%', 0), "
                u"(3, 1, 3, 28, 32, 'AGENCY', 'Zoll', 1, 0, 24, 65, NULL, NULL, NULL), "
                u"(4, 1, NULL, 9, 15, 'PERSON', 'meldet', 1, 1, 0, 23, NULL, NULL, NULL), "
                u"(5, 1, 2, 36, 42, 'LOCATION', NULL, 0, 0, 24, 65, NULL, NULL, NULL), "
                u"(6, 2, 1, 3, 11, 'COMPANY', 'Quorvexa', 0, 0, 0, 33, NULL, NULL, NULL), "
                u"(7, 2, NULL, 12, 18, 'EVENT', 'meldet', 1, 0, 0, 33, NULL, NULL, NULL), "
                u"(8, 2, NULL, 26, 33, 'FACILITY', 'Hamburg', 0, 0, 0, 33, NULL, NULL, NULL)",
                // A relation rejected, its correction naming it, one confirmed; their events.
                u"INSERT INTO relations(id, article_id, type, source_entity, target_entity, evidence_start, "
                u"evidence_end, origin, confidence, status, corrects) VALUES "
                u"(1, 1, 'reports', 1, 3, 0, 65, 'manual', 0.7, 'rejected', NULL), "
                u"(2, 1, 'located_in', 3, 2, 0, 65, 'manual', NULL, 'active', 1), "
                u"(3, 2, 'reports', 1, 2, 0, 33, 'manual', 0.9, 'active', NULL)",
                u"INSERT INTO events(article_id, relation_id, day, norm, date_from_text, label, "
                u"evidence_start, evidence_end) VALUES (1, 2, '2025-10-14', '2025-10-14', 0, 'Zoll → "
                u"Berlin', "
                u"0, 65)",
                u"INSERT INTO corrections(kind, entity, entity_type, value, created_at) VALUES ('retype', "
                u"'Zoll', 'AGENCY', NULL, '2025-10-16')"});
        QVERIFY2(old.error.isEmpty(), qPrintable(old.error));

        QString before;
        QString allMentionsBefore;
        const auto everyMention = [](Sqlite::Database &db) {
            return dump(db,
                "id, article_id, entity_id, start, \"end\", type, text, value, unit, approx, norm, "
                "sentence_start, sentence_end, manual, removed",
                "FROM mentions ORDER BY id");
        };
        {
            auto db = Sqlite::Database::open(old.path);
            QVERIFY(db);
            before = handWork(**db);
            allMentionsBefore = everyMention(**db);
        }
        QVERIFY2(!before.contains(QLatin1String("error: ")), qPrintable(before));
        QVERIFY2(!allMentionsBefore.contains(QLatin1String("error: ")), qPrintable(allMentionsBefore));
        QVERIFY(before.contains(QLatin1String("EVENT")));

        auto store = ArticleStore::open(old.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        Sqlite::Database &db = (**store).database();
        QVERIFY(Migrator::latestVersion() >= 11);
        QCOMPARE(count(db, u"PRAGMA user_version"), qint64(Migrator::latestVersion()));
        // The copy before the upgrade is there, as for every migration.
        QVERIFY(QFile::exists(Migrator::preMigrationCopyPath(old.path, 9)));

        // Every row as it was, ids included; the types are codes now except the two without one.
        QCOMPARE(everyMention(db), allMentionsBefore);
        QCOMPARE(handWork(db), before);
        QCOMPARE(count(db, u"SELECT count(*) FROM mentions WHERE type_code IS NULL"), 2);
        QCOMPARE(count(db, u"SELECT count(*) FROM mentions WHERE type_name IS NOT NULL"), 2);
        QCOMPARE(count(db, u"SELECT count(*) FROM events WHERE relation_id = 2"), 1);
        // The index of quantity sentences that 0011 rebuilt is part of mentions_article since 0012.
        QVERIFY(count(db, u"SELECT count(*) FROM sqlite_schema WHERE name = 'mentions_article'"));

        Sqlite::Statement check(db, u"PRAGMA integrity_check");
        QVERIFY(check.step().value());
        QCOMPARE(check.columnText(0), QStringLiteral("ok"));
        QCOMPARE(count(db, u"SELECT count(*) FROM pragma_foreign_key_check"), 0);

        // Re-analysis replaces the automatic rows and keeps the analyst's exactly.
        const AnalyzeSummary again = AnalysisService(**store).analyze(true);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(again.articles, 2);
        QCOMPARE(handWork(db), before);
        QVERIFY(count(db, u"SELECT count(*) FROM mentions WHERE manual = 0") > 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM mentions WHERE type IS NULL"), 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM events WHERE relation_id = 2"), 1);
        Sqlite::Statement recheck(db, u"PRAGMA integrity_check");
        QVERIFY(recheck.step().value());
        QCOMPARE(recheck.columnText(0), QStringLiteral("ok"));
    }

    void typeCodesMatchTheSchema()
    {
        // The codes in src/store/mentiontype.cpp and the generated column of 0011 must agree:
        // a row written with each code reads back as the type whose code it is.
        const OldDatabase db(-1,
            {u"INSERT INTO articles(id, title, body_packed, body_size, raw_original, content_hash, simhash, "
             u"imported_at) VALUES (1, 'T', lagebild_pack_text('Quorvexa meldet Zahlen.'), 23, 'x', 'h', 0, "
             u"'2025-10-14')"});
        QVERIFY2(db.error.isEmpty(), qPrintable(db.error));
        auto store = ArticleStore::open(db.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        Sqlite::Database &sqlite = (**store).database();
        for (int code = 0; code <= 8; ++code) {
            Sqlite::Statement insert(
                sqlite, u"INSERT INTO mentions(article_id, start, \"end\", type_code) VALUES (1, 0, 8, ?1)");
            insert.bind(1, code);
            QVERIFY(insert.execute());
            Sqlite::Statement read(sqlite, u"SELECT type FROM mentions WHERE id = last_insert_rowid()");
            QVERIFY(read.step().value());
            QCOMPARE(mentionTypeCode(read.columnText(0)), code);
        }
        QCOMPARE(mentionTypeCode(QStringLiteral("EVENT")), -1);

        // A type without a code goes through type_name, through the repository's writer too.
        AnalysisRepository repository(sqlite);
        StoredMention m;
        m.start = 9;
        m.end = 15;
        m.type = QStringLiteral("EVENT");
        m.text = QStringLiteral("meldet");
        auto id = repository.addManualMention(1, m);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        Sqlite::Statement row(
            sqlite, u"SELECT type, type_code IS NULL, type_name FROM mentions WHERE id = ?1");
        row.bind(1, id.value());
        QVERIFY(row.step().value());
        QCOMPARE(row.columnText(0), QStringLiteral("EVENT"));
        QCOMPARE(row.columnInt64(1), qint64(1));
        QCOMPARE(row.columnText(2), QStringLiteral("EVENT"));
        // Neither or both set is refused.
        QVERIFY(!sqlite.execute(QStringLiteral("INSERT INTO mentions(article_id, start, \"end\", type_code, "
                                               "type_name) VALUES (1, 0, 8, 1, 'X')")));
        QVERIFY(!sqlite.execute(
            QStringLiteral("INSERT INTO mentions(article_id, start, \"end\") VALUES (1, 0, 8)")));
    }
};

QTEST_GUILESS_MAIN(TestMentionTypes)
#include "tst_mentiontypes.moc"
