// SPDX-License-Identifier: GPL-3.0-or-later
// Import into PostgreSQL (store/importtarget.h) against the import into SQLite: the import test
// files (good, broken and odd ones) and the sample corpus (rewrites, an English article) go into
// an SQLite file and into a throwaway cluster; the summaries, the problem lines, every article
// (title, date, outlet, language, hashes, near-duplicate link, text, original) and the search hits
// for a few words must agree. Then: a second import on PostgreSQL skips everything as
// duplicates, the CLI imports into a URI, and another client's uncommitted row with the same
// text makes the import wait and skip it as a duplicate instead of failing.

#include "services/importservice.h"
#include "store/articlestore.h"
#include "store/corpusreader.h"
#include "store/importtarget.h"
#include "store/postgres/connection.h"
#include "support/clirun.h"
#include "support/pgcluster.h"
#include "support/testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <map>

using namespace Lagebild;
using Testing::runCli;

namespace {

const QString importData = Lagebild::Testing::testDataDir() + QStringLiteral("/import");
const QString sampleCorpus = QStringLiteral(":/sample-corpus");

QStringList problemLines(const ImportSummary &s)
{
    QStringList lines;
    for (const ImportProblem &p : s.problems)
        lines << p.toString();
    return lines;
}

QString describe(const ImportSummary &s)
{
    return QStringLiteral(
        "files %1 imported %2 duplicates %3 near %4 non-German %5 failed %6 items %7 bytes %8")
        .arg(s.files)
        .arg(s.imported)
        .arg(s.duplicates)
        .arg(s.nearDuplicates)
        .arg(s.nonGerman)
        .arg(s.failedFiles)
        .arg(s.failedItems)
        .arg(s.bytes);
}

/// Every article of the corpus as one line per article, keyed by content hash (ids may differ
/// between the backends), the near-duplicate link by the original's content hash.
std::map<QString, QString> articlesOf(CorpusReader &reader)
{
    std::map<QString, QString> result;
    auto list = reader.listArticles(-1);
    if (!list) {
        result[QStringLiteral("ERROR")] = list.errorMessage();
        return result;
    }
    std::map<ArticleId, QString> hashOf;
    std::vector<Article> articles;
    for (const ArticleSummary &summary : list.value()) {
        auto a = reader.article(summary.id);
        if (!a || !a->has_value()) {
            result[QStringLiteral("ERROR %1").arg(summary.id)]
                = a ? QStringLiteral("missing") : a.errorMessage();
            continue;
        }
        hashOf[summary.id] = (*a)->contentHash;
        articles.push_back(std::move(**a));
    }
    for (const Article &a : articles) {
        const QStringList fields {a.title, a.published.isValid() ? a.published.toIsoString() : QString(),
            precisionName(a.published.isValid() ? a.published.precision : DatePrecision::None), a.source,
            a.url, a.author, a.language, QString::number(int(a.languageReliable)), QString::number(a.simhash),
            a.duplicateOf ? hashOf[a.duplicateOf] : QStringLiteral("-"),
            QString::number(a.duplicateSimilarity, 'f', 6), a.originalFile, a.originalFormat, a.body,
            a.rawOriginal};
        result[a.contentHash] = fields.join(QLatin1Char('|'));
    }
    return result;
}

/// The content hashes of the articles a search finds, sorted.
QStringList hitsOf(CorpusReader &reader, const QString &query)
{
    QStringList hashes;
    auto hits = reader.search(query, 1000);
    if (!hits)
        return {QStringLiteral("ERROR ") + hits.errorMessage()};
    for (const SearchHit &hit : hits.value()) {
        auto a = reader.article(hit.article.id);
        hashes << (a && a->has_value() ? (*a)->contentHash : QStringLiteral("?"));
    }
    hashes.sort();
    return hashes;
}

} // namespace

class TestPostgresImport : public QObject
{
    Q_OBJECT
    Testing::PgCluster m_cluster;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        LAGEBILD_START_PG_CLUSTER(m_cluster);
    }

    void importEqualsSqlite()
    {
        const QStringList paths {importData, sampleCorpus};
        const QString file = m_dir.filePath(QStringLiteral("a.sqlite"));
        ImportSummary onFile;
        {
            auto store = ArticleStore::open(file);
            QVERIFY2(store, qPrintable(store.errorMessage()));
            ImportService service(**store);
            onFile = service.importPaths(paths);
        }
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("a")), qPrintable(m_cluster.error()));
        const QString uri = m_cluster.uri(QStringLiteral("a"));
        ImportSummary onServer;
        QElapsedTimer timer;
        {
            // An empty database gets the schema, as a new file does.
            auto target = openPostgresImportTarget(uri);
            QVERIFY2(target, qPrintable(target.errorMessage()));
            ImportService service(**target);
            timer.start();
            onServer = service.importPaths(paths);
        }
        qInfo("PostgreSQL import: %d files, %d articles in %lld ms", onServer.files, onServer.imported,
            timer.elapsed());
        QCOMPARE(describe(onServer), describe(onFile));
        // Something of every kind happened: broken files, near duplicates, a non-German article.
        QVERIFY(onFile.imported > 30);
        QVERIFY(onFile.failedFiles >= 5);
        QVERIFY(onFile.nearDuplicates > 0);
        QVERIFY(onFile.nonGerman > 0);
        // One line per bad file (or bad item), naming it, the same on both.
        QCOMPARE(problemLines(onServer), problemLines(onFile));
        QCOMPARE(int(onFile.problems.size()), onFile.failedFiles + onFile.failedItems);
        for (const ImportProblem &p : onServer.problems)
            QVERIFY2(
                p.file.startsWith(importData) || p.file.startsWith(sampleCorpus), qPrintable(p.toString()));

        auto sqlite = ArticleStore::open(file);
        QVERIFY(sqlite);
        auto fileReader = sqliteCorpusReader(std::move(sqlite.value()));
        auto serverReader = openPostgresCorpusReader(uri);
        QVERIFY2(serverReader, qPrintable(serverReader.errorMessage()));
        const auto fileArticles = articlesOf(*fileReader);
        const auto serverArticles = articlesOf(**serverReader);
        QCOMPARE(int(serverArticles.size()), onFile.imported);
        for (const auto &[hash, line] : fileArticles) {
            const auto found = serverArticles.find(hash);
            QVERIFY2(found != serverArticles.end(), qPrintable(line.left(200)));
            QCOMPARE(found->second, line);
        }
        // Words both backends stem alike and that are no compound's part (docs/team.md, "Search on
        // both backends": "Zoll", "Regierung" or "Zölle" find more on SQLite by design).
        for (const QString &word : {QStringLiteral("Meldung"), QStringLiteral("Exportkontrollen"),
                 QStringLiteral("Hamburg"), QStringLiteral("Zollbeamte"), QStringLiteral("\"volle Text\"")}) {
            const QStringList expected = hitsOf(*fileReader, word);
            QVERIFY2(!expected.isEmpty(), qPrintable(word));
            const QStringList found = hitsOf(**serverReader, word);
            QVERIFY2(found == expected,
                qPrintable(QStringLiteral("%1: %2 on SQLite, %3 on PostgreSQL")
                               .arg(word)
                               .arg(expected.size())
                               .arg(found.size())));
        }

        // Again: everything is there already, whoever stored it.
        auto again = openPostgresImportTarget(uri);
        QVERIFY(again);
        ImportService second(**again);
        const ImportSummary repeated = second.importPaths(paths);
        QCOMPARE(repeated.imported, 0);
        QCOMPARE(repeated.duplicates, onServer.imported + onServer.duplicates);
        QCOMPARE(repeated.failedFiles, onServer.failedFiles);
    }

    void cancelledImportLeavesWholeFiles()
    {
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("cancel")), qPrintable(m_cluster.error()));
        const QString uri = m_cluster.uri(QStringLiteral("cancel"));
        auto target = openPostgresImportTarget(uri);
        QVERIFY(target);
        std::atomic_bool cancel = false;
        ImportObserver observer;
        observer.progress = [&](int done, int, const QString &) {
            if (done == 10)
                cancel = true;
        };
        ImportService service(**target);
        const ImportSummary first = service.importPaths({sampleCorpus}, observer, &cancel);
        QVERIFY(first.cancelled);
        QVERIFY(first.imported > 0);
        auto connection = Postgres::Connection::open(uri);
        QVERIFY(connection);
        QCOMPARE((*connection)->queryInt64(u"SELECT count(*) FROM articles")->value_or(-1),
            qint64(first.imported));
        // Running it again completes it: what was stored counts as duplicates.
        ImportService again(**target);
        const ImportSummary rest = again.importPaths({sampleCorpus});
        QVERIFY(!rest.cancelled);
        QCOMPARE(rest.imported + first.imported, 52);
        QCOMPARE((*connection)->queryInt64(u"SELECT count(*) FROM articles")->value_or(-1), qint64(52));
    }

    void cliImportsIntoAUri()
    {
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("cli")), qPrintable(m_cluster.error()));
        const QString uri = m_cluster.uri(QStringLiteral("cli"));
        const QString file = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const QString bad = m_dir.filePath(QStringLiteral("bad"));
        QVERIFY(QDir().mkpath(bad));
        QFile empty(bad + QStringLiteral("/leer.txt"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QFile good(bad + QStringLiteral("/gut.txt"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(
            "Zollkontrollen im Hafen\n\nDie Behörden verschärfen die Kontrollen im Hamburger Hafen.\n");
        good.close();
        const QStringList args {QStringLiteral("import"), QStringLiteral("--sample"), bad};
        auto onFile = runCli(QStringList(args) << QStringLiteral("--db") << file);
        auto onServer = runCli(QStringList(args) << QStringLiteral("--db") << uri);
        // A bad file: one line naming it, the rest stored, status 1 on both.
        QCOMPARE(onServer.exitCode, 1);
        QCOMPARE(onFile.exitCode, 1);
        QCOMPARE(onServer.out, onFile.out);
        QCOMPARE(onServer.err, onFile.err);
        const QStringList problems
            = onServer.err.split(QLatin1Char('\n')).filter(QStringLiteral("lagebild-cli: "));
        QCOMPARE(problems, QStringList {QStringLiteral("lagebild-cli: %1/leer.txt: empty file").arg(bad)});
        QVERIFY2(onServer.out.contains(QLatin1String("imported: 53")), qPrintable(onServer.out));
        auto repeated = runCli({QStringLiteral("import"), QStringLiteral("-q"), QStringLiteral("--sample"),
            QStringLiteral("--db"), uri});
        QCOMPARE(repeated.exitCode, 0);
        QVERIFY2(
            repeated.out.contains(QLatin1String("imported: 0, duplicates: 53")), qPrintable(repeated.out));

        // A database holding other tables is not taken for an empty one.
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("other")), qPrintable(m_cluster.error()));
        auto other = Postgres::Connection::open(m_cluster.uri(QStringLiteral("other")));
        QVERIFY(other);
        QVERIFY((*other)->execute(u"CREATE TABLE invoices (id integer)"));
        auto refused = runCli({QStringLiteral("import"), QStringLiteral("--sample"), QStringLiteral("--db"),
            m_cluster.uri(QStringLiteral("other"))});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(refused.err.contains(QLatin1String("no Lagebild corpus")), qPrintable(refused.err));
    }

    void twoClientsImportTheSameFilesAtOnce()
    {
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("twice")), qPrintable(m_cluster.error()));
        const QString uri = m_cluster.uri(QStringLiteral("twice"));
        // The schema first, so that the two do not race to create it (the migration's advisory
        // lock would serialise them; this test is about the articles).
        QVERIFY(openPostgresImportTarget(uri));
        QProcess clients[2];
        for (QProcess &client : clients) {
            client.start(Lagebild::Testing::binaryDir() + QStringLiteral("/bin/lagebild-cli"),
                {QStringLiteral("import"), QStringLiteral("--sample"), QStringLiteral("-q"),
                    QStringLiteral("--db"), uri});
        }
        int imported = 0;
        int duplicates = 0;
        static const QRegularExpression counts(QStringLiteral("imported: (\\d+), duplicates: (\\d+)"));
        for (QProcess &client : clients) {
            QVERIFY(client.waitForFinished(120000));
            const QString out = QString::fromUtf8(client.readAllStandardOutput());
            const QString err = QString::fromUtf8(client.readAllStandardError());
            QVERIFY2(client.exitCode() == 0 && err.isEmpty(), qPrintable(err));
            const QRegularExpressionMatch m = counts.match(out);
            QVERIFY2(m.hasMatch(), qPrintable(out));
            qInfo("a client stored %d and skipped %d as duplicates", m.captured(1).toInt(),
                m.captured(2).toInt());
            imported += m.captured(1).toInt();
            duplicates += m.captured(2).toInt();
        }
        // Every article stored once, by one or the other; each client skipped the rest.
        QCOMPARE(imported, 52);
        QCOMPARE(duplicates, 2 * 53 - 52);
        auto connection = Postgres::Connection::open(uri);
        QVERIFY(connection);
        QCOMPARE((*connection)->queryInt64(u"SELECT count(*) FROM articles")->value_or(-1), qint64(52));
    }

    void twoClientsInOppositeOrders()
    {
        // One client imports the sample corpus file by file from the front, the other from the
        // back: they meet in the middle, each waiting for rows the other has not committed, and
        // the server undoes one's statement (a deadlock). That client's file is rolled back, its
        // batch committed and the file tried again: nothing fails, everything is stored once.
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("opposite")), qPrintable(m_cluster.error()));
        const QString uri = m_cluster.uri(QStringLiteral("opposite"));
        std::vector<ImportProblem> unused;
        const QStringList forwards = ImportService::collectFiles({sampleCorpus}, unused);
        QStringList backwards(forwards.rbegin(), forwards.rend());
        auto a = openPostgresImportTarget(uri);
        auto b = openPostgresImportTarget(uri);
        QVERIFY(a && b);
        ImportService first(**a);
        ImportService second(**b);
        QFuture<ImportSummary> one = QtConcurrent::run([&] { return first.importPaths(forwards); });
        QFuture<ImportSummary> other = QtConcurrent::run([&] { return second.importPaths(backwards); });
        const ImportSummary s1 = one.result();
        const ImportSummary s2 = other.result();
        qInfo("the clients stored %d and %d", s1.imported, s2.imported);
        QVERIFY2(s1.problems.empty(), qPrintable(problemLines(s1).join(QLatin1Char('\n'))));
        QVERIFY2(s2.problems.empty(), qPrintable(problemLines(s2).join(QLatin1Char('\n'))));
        QCOMPARE(s1.imported + s2.imported, 52);
        auto connection = Postgres::Connection::open(uri);
        QVERIFY(connection);
        QCOMPARE((*connection)->queryInt64(u"SELECT count(*) FROM articles")->value_or(-1), qint64(52));
    }

    void concurrentClientSkipsTheSameText()
    {
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("race")), qPrintable(m_cluster.error()));
        const QString uri = m_cluster.uri(QStringLiteral("race"));
        const QString text = importData + QStringLiteral("/ohne_datum.txt");
        // The article as the import makes it, from an SQLite import of the same file.
        auto store = ArticleStore::open(QStringLiteral(":memory:"));
        QVERIFY(store);
        ImportService local(**store);
        QCOMPARE(local.importPaths({text}).imported, 1);
        auto stored = (*store)->article((*store)->listArticles().value().front().id);
        QVERIFY(stored && stored->has_value());
        const Article article = **stored;

        // Client A has stored it in a batch it has not committed yet.
        auto a = openPostgresImportTarget(uri);
        QVERIFY2(a, qPrintable(a.errorMessage()));
        QVERIFY((*a)->beginBatch());
        QVERIFY((*a)->beginFile());
        auto id = (*a)->insert(article, {}, {});
        QVERIFY2(id && id->has_value(), qPrintable(id ? QStringLiteral("no id") : id.errorMessage()));
        QVERIFY((*a)->releaseFile());

        // Client B imports the same file: it cannot see A's row, so its insert waits for A.
        auto b = openPostgresImportTarget(uri);
        QVERIFY(b);
        ImportService service(**b);
        QFuture<ImportSummary> importing = QtConcurrent::run([&] { return service.importPaths({text}); });
        QTest::qWait(500);
        QVERIFY(!importing.isFinished());
        QVERIFY((*a)->commitBatch());
        const ImportSummary s = importing.result();
        QCOMPARE(s.failedFiles, 0);
        QCOMPARE(s.imported, 0);
        QCOMPARE(s.duplicates, 1);
        QCOMPARE(s.duplicateNotes.size(), size_t(1));
        QVERIFY2(s.duplicateNotes.front().reason.contains(QStringLiteral("article %1").arg(**id)),
            qPrintable(s.duplicateNotes.front().toString()));
    }
};

QTEST_GUILESS_MAIN(TestPostgresImport)
#include "tst_postgresimport.moc"
