// SPDX-License-Identifier: GPL-3.0-or-later
// Backups through SQLite's online backup API, and the copy taken before a schema migration.

#include "store/articlestore.h"
#include "store/germantokenizer.h"
#include "store/migrator.h"
#include "store/sqlite/backup.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lagebild;

namespace {

Article makeArticle(int n)
{
    Article a;
    a.title = QStringLiteral("Meldung %1").arg(n);
    a.body = QStringLiteral("Der Chiphersteller meldet zum %1. Mal neue Ausfuhrregeln.").arg(n);
    a.rawOriginal = a.title + QLatin1String("\n\n") + a.body;
    a.source = QStringLiteral("Halbleiter-Rundschau");
    a.language = QStringLiteral("de");
    a.contentHash = QStringLiteral("hash-%1").arg(n);
    a.originalFormat = QStringLiteral("txt");
    a.published = PublicationDate::day(QDate(2025, 10, 14), DateOrigin::Metadata);
    return a;
}

qint64 count(Sqlite::Database &db, const char16_t *sql)
{
    auto n = Sqlite::queryInt64(db, sql);
    return n ? n->value_or(-1) : -1;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copiesEverythingWhileOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lagebild.sqlite"));
        auto store = ArticleStore::open(path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        for (int i = 1; i <= 200; ++i)
            QVERIFY((*store)->insertArticle(makeArticle(i)));
        QVERIFY((*store)->addTags(1, {QStringLiteral("Exportkontrolle")}));

        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        int calls = 0;
        auto done = Sqlite::backupDatabase((*store)->database(), copy, [&](int copied, int total) {
            ++calls;
            return copied <= total;
        });
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QVERIFY(calls > 0);
        QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));

        auto reopened = ArticleStore::open(copy);
        QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
        QCOMPARE(count((*reopened)->database(), u"SELECT count(*) FROM articles"), 200);
        QCOMPARE(count((*reopened)->database(), u"SELECT count(*) FROM article_tags"), 1);
        QCOMPARE(count((*reopened)->database(),
                     u"SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"),
            1);
        // The copy is searchable: the full-text index came along.
        auto hits = (*reopened)->search(QStringLiteral("Ausfuhrregeln"), 500);
        QVERIFY(hits);
        QCOMPARE(int(hits->size()), 200);
    }

    void cancelledBackupLeavesOlderCopyAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lagebild.sqlite"));
        auto store = ArticleStore::open(path);
        QVERIFY(store);
        QVERIFY((*store)->insertArticle(makeArticle(1)));
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QFile older(copy);
        QVERIFY(older.open(QIODevice::WriteOnly));
        older.write("an older copy");
        older.close();

        auto cancelled = Sqlite::backupDatabase((*store)->database(), copy, [](int, int) { return false; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
        QVERIFY(older.open(QIODevice::ReadOnly));
        QCOMPARE(older.readAll(), QByteArray("an older copy"));
    }

    void unwritableTargetIsAnError()
    {
        QTemporaryDir dir;
        auto store = ArticleStore::open(dir.filePath(QStringLiteral("lagebild.sqlite")));
        QVERIFY(store);
        auto failed = Sqlite::backupDatabase(
            (*store)->database(), dir.filePath(QStringLiteral("no/such/folder/copy.sqlite")));
        QVERIFY(!failed);
        QVERIFY(failed.errorMessage().contains(QStringLiteral("copy.sqlite")));
    }

    void copyBeforeMigrationKeptUntilNextStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lagebild.sqlite"));
        const int older = 19; // 0020 changes the schema (0021 changes nothing on SQLite)
        QVERIFY(older < Migrator::latestVersion());
        {
            auto db = Sqlite::Database::open(path);
            QVERIFY(db);
            QVERIFY(registerGermanTokenizer(**db));
            auto migrated = Migrator::migrate(**db, older);
            QVERIFY2(migrated, qPrintable(migrated.errorMessage()));
            QVERIFY(migrated->copyPath.isEmpty()); // a new database has nothing to keep
            QVERIFY((*db)->execute(QStringLiteral("INSERT INTO sources(name) VALUES ('Elbufer')")));
        }
        const QString copy = Migrator::preMigrationCopyPath(path, older);
        {
            auto store = ArticleStore::open(path); // upgrades, copying first
            QVERIFY2(store, qPrintable(store.errorMessage()));
            QVERIFY(QFile::exists(copy));
            auto saved = Sqlite::Database::open(copy, Sqlite::Database::Mode::ReadOnly);
            QVERIFY(saved);
            QCOMPARE(count(**saved, u"PRAGMA user_version"), older);
            QCOMPARE(count(**saved, u"SELECT count(*) FROM sources WHERE name = 'Elbufer'"), 1);
        }
        {
            auto store = ArticleStore::open(path); // the next start: nothing to migrate
            QVERIFY(store);
            QVERIFY(!QFile::exists(copy));
        }
    }

    // 0021 is PostgreSQL's alone: its SQLite twin changes nothing, and a copy of a large file
    // before it would cost minutes for nothing.
    void noCopyBeforeAMigrationThatChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lagebild.sqlite"));
        auto db = Sqlite::Database::open(path);
        QVERIFY(db);
        QVERIFY(registerGermanTokenizer(**db));
        QVERIFY(Migrator::migrate(**db, 20));
        QVERIFY((*db)->execute(QStringLiteral("INSERT INTO sources(name) VALUES ('Elbufer')")));
        auto migrated = Migrator::migrate(**db, 21);
        QVERIFY2(migrated, qPrintable(migrated.errorMessage()));
        QCOMPARE(migrated->toVersion, 21);
        QVERIFY(migrated->copyPath.isEmpty());
        QVERIFY(!QFile::exists(Migrator::preMigrationCopyPath(path, 20)));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
