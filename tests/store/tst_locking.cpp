// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite's locks against code that opens and closes the database files behind its back (the file
// dialog's MIME sniffing, any library), and against other processes (lagebild-cli, the sqlite3
// shell). See docs/locking.md.

#include "store/articlestore.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "store/sqlite/transaction.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Lagebild;

namespace {

const QString cli = Lagebild::Testing::binaryDir() + QStringLiteral("/bin/lagebild-cli");

Article makeArticle(const QString &title, const QString &hash)
{
    Article a;
    a.title = title;
    a.body = QStringLiteral("Der Zoll in Hamburg prüft seit Montag Sendungen mit Grafikkarten.");
    a.rawOriginal = title + QLatin1String("\n\n") + a.body;
    a.source = QStringLiteral("Halbleiter-Rundschau");
    a.language = QStringLiteral("de");
    a.contentHash = hash;
    a.originalFormat = QStringLiteral("txt");
    a.published = PublicationDate::day(QDate(2025, 10, 14), DateOrigin::Metadata);
    return a;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run runCli(const QStringList &args, const QString &db)
{
    QProcess p;
    p.start(cli, QStringList(args) << QStringLiteral("--db") << db);
    if (!p.waitForFinished(60000))
        qFatal("lagebild-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput()};
}

QStringList cliTags(ArticleId id, const QString &db)
{
    const Run r = runCli({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}, db);
    QStringList tags;
    for (const QJsonValue &v :
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("tags")).toArray())
        tags.append(v.toString());
    return tags;
}

/// What a file dialog, a thumbnailer or any library may do: open a file, read a little, close it.
void sniff(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        file.read(64);
}

ino_t inodeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_ino;
}

int openDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
}

} // namespace

class TestLocking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foreignCloseKeepsLocks()
    {
        // The reported loss: this process has the database open, something else in it opens and
        // closes the files, another process opens, reads, writes and closes the database, then
        // this process writes. With plain POSIX locks the other process found no lock, took the
        // database for unused, checkpointed and deleted the write-ahead log and the shared memory,
        // and this process went on writing into the deleted log: its edits were invisible to
        // everyone else and gone with the process.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("lagebild.sqlite"));
        auto a = ArticleStore::open(db);
        QVERIFY2(a, qPrintable(a.errorMessage()));
        ArticleStore &window = **a;
        const ArticleId id
            = window.insertArticle(makeArticle(QStringLiteral("Zoll prüft"), QStringLiteral("h1"))).value();
        QVERIFY(window.addTags(id, {QStringLiteral("vorher")}));
        const ino_t wal = inodeOf(db + QLatin1String("-wal"));
        QVERIFY(wal != 0);

        for (const char *suffix : {"", "-wal", "-shm"})
            sniff(db + QLatin1String(suffix));

        QCOMPARE(runCli({QStringLiteral("tag"), QString::number(id), QStringLiteral("cli")}, db).exitCode, 0);
        const bool walKept = inodeOf(db + QLatin1String("-wal")) == wal;

        QVERIFY(window.addTags(id, {QStringLiteral("fenster")}));
        const QStringList seenByWindow = window.tagsOf(id).value();
        const QStringList seenByCli = cliTags(id, db);
        qInfo("write-ahead log kept: %s; window sees %s; the CLI sees %s", walKept ? "yes" : "no",
            qPrintable(seenByWindow.join(u',')), qPrintable(seenByCli.join(u',')));
        QVERIFY(walKept);
        QVERIFY(seenByWindow.contains(QStringLiteral("cli")));
        QVERIFY(seenByCli.contains(QStringLiteral("fenster")));
        QVERIFY(seenByCli.contains(QStringLiteral("vorher")));
    }

    void otherProcessesStillWait()
    {
        // The locks still exclude other processes: the CLI waits for this process's write.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("lagebild.sqlite"));
        auto store = ArticleStore::open(db);
        QVERIFY(store);
        const ArticleId id
            = (*store)->insertArticle(makeArticle(QStringLiteral("Zoll"), QStringLiteral("h"))).value();
        auto conn = Sqlite::Database::open(db);
        QVERIFY(conn);
        QProcess tagger;
        {
            Sqlite::Transaction writing(**conn);
            QVERIFY(writing.isActive());
            sniff(db);
            sniff(db + QLatin1String("-shm"));
            tagger.start(cli,
                {QStringLiteral("tag"), QString::number(id), QStringLiteral("cli"), QStringLiteral("--db"),
                    db});
            QVERIFY(tagger.waitForStarted());
            QVERIFY(!tagger.waitForFinished(1500)); // blocked by the write lock
            QVERIFY(writing.commit());
        }
        QVERIFY(tagger.waitForFinished(30000));
        QCOMPARE(tagger.exitCode(), 0);
        QCOMPARE((*store)->tagsOf(id).value(), QStringList {QStringLiteral("cli")});

        // A process with classic POSIX locks (the sqlite3 shell) is excluded as well.
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (shell.isEmpty())
            return;
        Sqlite::Transaction writing(**conn);
        QVERIFY(writing.isActive());
        QProcess p;
        p.start(shell, {db, QStringLiteral("PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; COMMIT;")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.readAllStandardError().contains("locked"), "the sqlite3 shell got the write lock");
    }

    void connectionsOfOneProcessShareLocks()
    {
        // SQLite's connections in one process lock and unlock through each other's descriptors
        // (a pool thread's facet counter, the analysis job's writer); the locks stay the
        // process's, and every descriptor is closed once the last connection is. A read-only
        // connection opens first, so the later writers lock a file first opened read-only.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("lagebild.sqlite"));
        QVERIFY(ArticleStore::open(db));
        const int before = openDescriptors();
        {
            auto reader = Sqlite::Database::open(db, Sqlite::Database::Mode::ReadOnly);
            QVERIFY(reader);
            {
                Sqlite::Statement count(**reader, u"SELECT count(*) FROM articles");
                QVERIFY(count.step().value());
                QCOMPARE(count.columnInt64(0), 0);
            }
            auto first = ArticleStore::open(db);
            QVERIFY(first);
            auto writer = Sqlite::Database::open(db);
            QVERIFY(writer);
            auto other = Sqlite::Database::open(db);
            QVERIFY(other);
            QVERIFY((*other)->execute(QStringLiteral("PRAGMA busy_timeout = 0")));
            const ArticleId id
                = (*first)->insertArticle(makeArticle(QStringLiteral("Zoll"), QStringLiteral("h"))).value();
            {
                Sqlite::Transaction writing(**writer);
                QVERIFY(writing.isActive());
                Sqlite::Transaction refused(**other); // one writer at a time, also within a process
                QVERIFY(!refused.isActive());
                QVERIFY(writing.commit());
            }
            {
                Sqlite::Statement count(**reader, u"SELECT count(*) FROM articles");
                QVERIFY(count.step().value());
                QCOMPARE(count.columnInt64(0), 1);
            }
            // Read-only: it could not checkpoint on close, so it is not the last to go.
            reader->reset();
            QVERIFY((*first)->addTags(id, {QStringLiteral("danach")}));
            QVERIFY((*other)->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            other->reset();
            writer->reset();
            QCOMPARE((*first)->tagsOf(id).value(), QStringList {QStringLiteral("danach")});
        }
        QCOMPARE(openDescriptors(), before);
        QVERIFY(!QFile::exists(db + QLatin1String("-wal"))); // the last connection checkpointed
    }
};

QTEST_GUILESS_MAIN(TestLocking)
#include "tst_locking.moc"
