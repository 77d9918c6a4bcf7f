// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/importservice.h"
#include "services/timeleft.h"
#include "store/articlestore.h"
#include "store/searchindex.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "support/testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace Lagebild;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
}

QByteArray article(const QString &title, const QString &body)
{
    return (title + QLatin1String("\n\n") + body + QLatin1Char('\n')).toUtf8();
}

const QString storyA = QStringLiteral(
    "Der Zoll in Shenzhen prüft seit Montag jede Lieferung von Grafikkarten genau, berichten Händler aus der "
    "Region. "
    "Die Wartezeiten an der Grenze sind nach ihren Angaben von zwei auf zehn Tage gestiegen.\n\n"
    "Betroffen seien vor allem Rechenbeschleuniger für Rechenzentren, sagte ein Importeur, der anonym "
    "bleiben wollte. "
    "Die Behörden äußerten sich nicht zu den Kontrollen.");
const QString storyB = QStringLiteral("Die Niederlande haben die Ausfuhr weiterer Lithografiesysteme an "
                                      "Genehmigungen gebunden. Das Wirtschaftsministerium "
                                      "in Den Haag nannte Sicherheitsgründe für den Schritt.\n\nHersteller "
                                      "erwarten geringere Umsätze in Asien.");

} // namespace

class TestImportService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeLeftWording()
    {
        QCOMPARE(TimeLeft::describe(std::nullopt), QString());
        QCOMPARE(TimeLeft::describe(12), QStringLiteral("less than a minute left"));
        QCOMPARE(TimeLeft::describe(130), QStringLiteral("about 2 min left"));
        QCOMPARE(TimeLeft::describe(3 * 3600 + 100), QStringLiteral("about 3 h left"));
        TimeLeft estimate;
        estimate.start();
        estimate.update(1, 10);
        QVERIFY(!estimate.secondsLeft()); // too early to guess
        estimate.update(10, 10);
        QCOMPARE(estimate.secondsLeft(), 0);
    }

    void importsFolderAndReports()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        writeFile(in + QLatin1String("/2025-10-14_zoll.txt"),
            article(QStringLiteral("Zoll prüft Grafikkarten"), storyA));
        writeFile(in + QLatin1String("/sub/niederlande.txt"),
            article(QStringLiteral("Neue Auflagen in Den Haag"), storyB));
        // the same text again, laid out differently: an exact duplicate
        writeFile(in + QLatin1String("/kopie.txt"),
            article(QStringLiteral("Kopie"),
                QString(storyA).replace(QLatin1String("\n\n"), QLatin1String("\n"))));
        // a rewrite: one sentence changed, one added
        QString rewrite = storyA;
        rewrite.replace(QLatin1String("anonym bleiben wollte"), QLatin1String("nicht genannt werden wollte"));
        rewrite += QStringLiteral(" Ein Verband kündigte Gespräche an.");
        writeFile(in + QLatin1String("/2025-10-15_rewrite.txt"),
            article(QStringLiteral("Grafikkarten stecken fest"), rewrite));
        writeFile(in + QLatin1String("/english.txt"),
            article(QStringLiteral("Customs slow chip imports"),
                QStringLiteral(
                    "Customs officers in Shenzhen now inspect every shipment of graphics cards, traders "
                    "said on Monday. Waiting times at the border have grown from two to ten days.")));
        writeFile(in + QLatin1String("/kaputt.html"), QByteArray("<html><body><nav>x</nav></body></html>"));
        writeFile(in + QLatin1String("/leer.txt"), QByteArray());
        writeFile(in + QLatin1String("/.versteckt.txt"),
            article(QStringLiteral("x"), storyB + QLatin1String(" versteckt")));
        writeFile(in + QLatin1String("/notizen.md"), QByteArray("# not an article"));

        auto store = ArticleStore::open(dir.filePath(QStringLiteral("db.sqlite"))).value();
        ImportService service(*store);
        std::vector<ImportProblem> seen;
        ImportObserver observer;
        observer.problem = [&](const ImportProblem &p) { seen.push_back(p); };
        const ImportSummary s
            = service.importPaths({in, dir.filePath(QStringLiteral("fehlt.txt"))}, observer);

        QCOMPARE(s.files, 7); // hidden file and .md are passed over in folders
        QCOMPARE(s.imported, 4);
        QCOMPARE(s.duplicates, 1);
        QCOMPARE(s.nearDuplicates, 1);
        QCOMPARE(s.nonGerman, 1);
        QCOMPARE(s.failedFiles, 3); // kaputt.html, leer.txt, fehlt.txt
        QCOMPARE(int(seen.size()), 3);
        for (const auto &p : seen)
            QVERIFY2(!p.reason.contains(QLatin1Char('\n')) && !p.file.isEmpty(), qPrintable(p.toString()));

        auto list = store->listArticles().value();
        const auto rewriteRow = std::find_if(list.begin(), list.end(),
            [](const ArticleSummary &a) { return a.title == QLatin1String("Grafikkarten stecken fest"); });
        QVERIFY(rewriteRow != list.end());
        auto original = std::find_if(list.begin(), list.end(),
            [](const ArticleSummary &a) { return a.title == QStringLiteral("Zoll prüft Grafikkarten"); });
        QVERIFY(original != list.end());
        QCOMPARE(rewriteRow->duplicateOf, original->id);
        QVERIFY(store->article(rewriteRow->id).value()->duplicateSimilarity >= 0.45);

        // Running the same import again stores nothing new and loses nothing.
        ImportService again(*store);
        const ImportSummary s2 = again.importPaths({in});
        QCOMPARE(s2.imported, 0);
        QCOMPARE(s2.duplicates, 5);
        QCOMPARE(store->articleCount().value(), 4);
    }

    void allCoresStoreWhatOneThreadStores()
    {
        // More files than the pool prepares at once, with exact duplicates, rewrites of earlier
        // articles (near and far back, across the chunks) and refused files.
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QStringList sentences = storyA.split(QLatin1String(". ")) + storyB.split(QLatin1String(". "));
        for (int i = 0; i < 40; ++i) {
            sentences << QStringLiteral("Im Bericht Nummer %1 geht es um Lieferungen nach Hamburg und Bremen")
                             .arg(i * 7 + 3)
                      << QStringLiteral("Die Firma Quorvexa %1 meldete einen Umsatz von %2 Millionen Euro")
                             .arg(QChar(u'A' + i % 26))
                             .arg(i * 13 + 1);
        }
        QRandomGenerator random(2026);
        QStringList bodies;
        for (int i = 0; i < 640; ++i) {
            QString body;
            if (i > 0 && i % 9 == 0) {
                // a rewrite of an earlier article: one sentence more
                body = bodies[int(random.bounded(i))] + QStringLiteral(" Ein Sprecher bestätigte das.");
            } else if (i > 0 && i % 31 == 0) {
                body = bodies[int(random.bounded(i))]; // an exact duplicate
            } else {
                for (int n = 4 + int(random.bounded(5)); n > 0; --n)
                    body += sentences[int(random.bounded(sentences.size()))] + QLatin1String(". ");
            }
            bodies << body;
            const QString name = in + QStringLiteral("/%1.txt").arg(i, 4, 10, QLatin1Char('0'));
            writeFile(name, article(QStringLiteral("Meldung %1").arg(i), body));
        }
        writeFile(in + QLatin1String("/0100a.txt"), QByteArray());
        writeFile(in + QLatin1String("/0300a.html"), QByteArray("<html><body><nav>x</nav></body></html>"));

        auto importWith = [&](int threads, const QString &name, ImportSummary &summary) {
            auto store = ArticleStore::open(dir.filePath(name)).value();
            ImportOptions options;
            options.threads = threads;
            ImportService service(*store, options);
            summary = service.importPaths({in});
            // The search index holds every stored article once, as the text says (the import
            // indexes a chunk at a time, DeferredIndexScope): FTS5 compares it with the content.
            const auto checked = store->database().execute(
                QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)"));
            if (!checked)
                qWarning() << checked.errorMessage();
            QStringList rows;
            Sqlite::Statement docs(store->database(),
                u"SELECT (SELECT count(*) FROM article_fts_docsize), (SELECT count(*) FROM articles)");
            if (docs.step().value())
                rows << QStringLiteral("indexed %1 of %2, check %3")
                            .arg(docs.columnText(0), docs.columnText(1),
                                checked ? QStringLiteral("ok") : checked.errorMessage());
            Sqlite::Statement st(store->database(),
                u"SELECT id, title, body, hex(raw_original), language, content_hash, simhash, duplicate_of, "
                u"duplicate_similarity, original_file FROM articles ORDER BY id");
            while (st.step().value()) {
                QStringList row;
                for (int c = 0; c < 10; ++c)
                    row << st.columnText(c);
                rows << row.join(QLatin1Char('|'));
            }
            for (const QString &term : {QStringLiteral("Zoll"), QStringLiteral("Lieferung"),
                     QStringLiteral("\"Den Haag\""), QStringLiteral("Quorvexa AND Umsatz")}) {
                QStringList ids;
                for (const SearchHit &hit : store->search(term, 1000).value())
                    ids << QString::number(hit.article.id);
                std::sort(ids.begin(), ids.end());
                rows << term + QLatin1Char(':') + ids.join(QLatin1Char(','));
            }
            return rows;
        };
        ImportSummary one, many;
        const QStringList oneRows = importWith(1, QStringLiteral("one.sqlite"), one);
        const QStringList manyRows = importWith(3, QStringLiteral("many.sqlite"), many);
        QVERIFY(one.nearDuplicates > 30);
        QVERIFY(one.duplicates > 5);
        // The duplicate links themselves, as the import found them when the writer compared
        // SimHashes one bit count at a time in plain code (before it used POPCNT where there is
        // one): what is stored must not depend on how the bits are counted.
        QStringList links;
        for (const QString &row : oneRows) {
            const QStringList cells = row.split(QLatin1Char('|'));
            if (cells.size() == 10 && !cells[7].isEmpty())
                links << cells[0] + QLatin1String("->") + cells[7];
        }
        QCOMPARE(one.nearDuplicates, 250);
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(links.join(QLatin1Char(' ')).toUtf8(), QCryptographicHash::Sha1)
                         .toHex()),
            QStringLiteral("8b0cfbb91ca27a44e3ab2cf79463b5d300ff6ba1"));
        QCOMPARE(one.failedFiles, 2);
        QCOMPARE(many.imported, one.imported);
        QCOMPARE(many.duplicates, one.duplicates);
        QCOMPARE(many.nearDuplicates, one.nearDuplicates);
        QCOMPARE(many.failedFiles, one.failedFiles);
        QCOMPARE(many.importedIds, one.importedIds);
        auto lines = [](const std::vector<ImportProblem> &problems) {
            QStringList l;
            for (const ImportProblem &p : problems)
                l << p.toString();
            return l;
        };
        QCOMPARE(lines(many.problems), lines(one.problems));
        QCOMPARE(lines(many.duplicateNotes), lines(one.duplicateNotes));
        QCOMPARE(oneRows.first(), QStringLiteral("indexed %1 of %1, check ok").arg(one.imported));
        QCOMPARE(manyRows.size(), oneRows.size());
        for (qsizetype i = 0; i < oneRows.size(); ++i)
            QCOMPARE(manyRows[i], oneRows[i]);
    }

    void hostileFilesLeaveStoredDataAlone()
    {
        QTemporaryDir dir;
        auto store = ArticleStore::open(dir.filePath(QStringLiteral("db.sqlite"))).value();
        writeFile(dir.filePath(QStringLiteral("gut.txt")), article(QStringLiteral("Gut"), storyB));
        ImportService first(*store);
        QCOMPARE(first.importPaths({dir.filePath(QStringLiteral("gut.txt"))}).imported, 1);
        QVERIFY(store->addTags(1, {QStringLiteral("Export")}));
        QVERIFY(store->setNote(1, QStringLiteral("wichtig")));

        const QString hostile = Lagebild::Testing::testDataDir() + QStringLiteral("/import");
        // A 200 MB file: sparse, so the test costs no disk; refused by size before reading.
        const QString huge = dir.filePath(QStringLiteral("riesig.txt"));
        {
            QFile f(huge);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(200) * 1024 * 1024));
        }
        ImportService second(*store);
        const ImportSummary s = second.importPaths(
            {hostile + QLatin1String("/binary.txt"), hostile + QLatin1String("/invalid_utf8.txt"),
                hostile + QLatin1String("/billion_laughs.xml"), hostile + QLatin1String("/malformed.rss"),
                hostile + QLatin1String("/truncated.html"), huge, dir.path() + QLatin1String("/nicht-da")});
        QCOMPARE(s.failedFiles, 6);
        QCOMPARE(s.imported, 1); // the truncated page still has text
        bool sawHuge = false;
        for (const auto &p : s.problems)
            sawHuge |= p.file == huge && p.reason.contains(QLatin1String("too large"));
        QVERIFY(sawHuge);
        auto a = store->article(1).value();
        QCOMPARE((*a).tags, QStringList {QStringLiteral("Export")});
        QCOMPARE((*a).note, QStringLiteral("wichtig"));
        Sqlite::Statement integrity(store->database(), u"PRAGMA integrity_check");
        QVERIFY(integrity.step().value());
        QCOMPARE(integrity.columnText(0), QStringLiteral("ok"));
    }

    void unreadableFile()
    {
        if (geteuid() == 0)
            QSKIP("root reads every file; permissions cannot be tested");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gesperrt.txt"));
        writeFile(path, article(QStringLiteral("x"), storyA));
        QFile::setPermissions(path, QFileDevice::Permissions());
        auto store = ArticleStore::open(QStringLiteral(":memory:")).value();
        ImportService service(*store);
        const ImportSummary s = service.importPaths({path});
        QCOMPARE(s.failedFiles, 1);
        QVERIFY(s.problems.front().reason.contains(QLatin1String("cannot read")));
    }

    void failedCommitReportsTheBatchAndKeepsTheRest()
    {
        // A COMMIT that fails (here forced by a commit hook; in life a full disk or an I/O error)
        // rolls the batch back: its files are reported as not stored, nothing is counted as
        // imported, what was stored before stays, and the connection is usable again.
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("vorher.txt")), article(QStringLiteral("Vorher"), storyA));
        auto store = ArticleStore::open(dir.filePath(QStringLiteral("db.sqlite"))).value();
        ImportService service(*store);
        QCOMPARE(service.importPaths({dir.filePath(QStringLiteral("vorher.txt"))}).imported, 1);

        writeFile(dir.filePath(QStringLiteral("neu/b.txt")), article(QStringLiteral("B"), storyB));
        sqlite3_commit_hook(
            store->database().handle(), [](void *) { return 1; }, nullptr);
        const ImportSummary failed = service.importPaths({dir.filePath(QStringLiteral("neu"))});
        sqlite3_commit_hook(store->database().handle(), nullptr, nullptr);
        QCOMPARE(failed.imported, 0);
        QCOMPARE(failed.failedFiles, 1);
        QCOMPARE(int(failed.problems.size()), 1);
        QVERIFY(failed.problems.front().file.endsWith(QLatin1String("b.txt")));
        QVERIFY2(failed.problems.front().reason.startsWith(QLatin1String("not stored")),
            qPrintable(failed.problems.front().reason));
        QCOMPARE(Sqlite::queryInt64(store->database(), u"SELECT count(*) FROM articles")->value_or(-1), 1);

        // The same file again, once the database works: stored (it was not a duplicate).
        const ImportSummary again = service.importPaths({dir.filePath(QStringLiteral("neu"))});
        QCOMPARE(again.imported, 1);
        QCOMPARE(again.duplicates, 0);
    }

    void fullDiskRefusesFilesNotData()
    {
        // A database that cannot grow (max_page_count, as a full disk would): each file that does
        // not fit is refused with the reason, earlier articles stay intact.
        QTemporaryDir dir;
        auto store = ArticleStore::open(dir.filePath(QStringLiteral("db.sqlite"))).value();
        ImportService service(*store);
        writeFile(dir.filePath(QStringLiteral("a.txt")), article(QStringLiteral("A"), storyA));
        QCOMPARE(service.importPaths({dir.filePath(QStringLiteral("a.txt"))}).imported, 1);
        const qint64 pages = Sqlite::queryInt64(store->database(), u"PRAGMA page_count")->value_or(0);
        QVERIFY(store->database().execute(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        QString big;
        // Far beyond the free room of the last pages, whatever the page size (16 KB since schema 9).
        for (int i = 0; i < 4000; ++i)
            big += QStringLiteral("Satz %1 über Exportkontrollen für Halbleiter und ihre Folgen. ").arg(i);
        writeFile(dir.filePath(QStringLiteral("gross/b.txt")), article(QStringLiteral("Groß"), big));
        const ImportSummary s = service.importPaths({dir.filePath(QStringLiteral("gross"))});
        QCOMPARE(s.imported, 0);
        QCOMPARE(s.failedFiles, 1);
        QVERIFY2(
            s.problems.front().reason.contains(QLatin1String("full")), qPrintable(s.problems.front().reason));
        QCOMPARE(Sqlite::queryInt64(store->database(), u"SELECT count(*) FROM articles")->value_or(-1), 1);
        Sqlite::Statement integrity(store->database(), u"PRAGMA integrity_check");
        QVERIFY(integrity.step().value());
        QCOMPARE(integrity.columnText(0), QStringLiteral("ok"));
    }

    void cancelStopsBeforeNextFile()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("a.txt")), article(QStringLiteral("A"), storyA));
        auto store = ArticleStore::open(QStringLiteral(":memory:")).value();
        ImportService service(*store);
        std::atomic_bool cancel {true};
        const ImportSummary s = service.importPaths({dir.path()}, {}, &cancel);
        QVERIFY(s.cancelled);
        QCOMPARE(s.imported, 0);
    }

    void duplicateOfARolledBackArticleIsStoredInFull()
    {
        // The pool leaves an article unprepared when its text was met earlier in the import. Here
        // the earlier copy is in the first chunk, whose commit fails: the copy in the next chunk
        // is then no duplicate, and the writer prepares and stores it as it would any article.
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        writeFile(in + QLatin1String("/0000.txt"), article(QStringLiteral("Zoll"), storyA));
        for (int i = 1; i < 512; ++i) // the rest of the first chunk (512 files)
            writeFile(in + QStringLiteral("/%1.txt").arg(i, 4, 10, QLatin1Char('0')),
                article(QStringLiteral("Meldung %1").arg(i), storyB + QStringLiteral(" Nummer %1.").arg(i)));
        writeFile(in + QLatin1String("/0512.txt"), article(QStringLiteral("Zoll"), storyA));

        auto store = ArticleStore::open(dir.filePath(QStringLiteral("db.sqlite"))).value();
        ImportOptions options;
        options.threads = 1; // the second chunk is read before the first is written
        // One batch for the first chunk, however slow the build (a batch also ends after a
        // second: under ASan 424 of the 512 files took longer).
        options.batchMilliseconds = 3'600'000;
        ImportService service(*store, options);
        int commits = 0;
        sqlite3_commit_hook(
            store->database().handle(), [](void *count) { return int(++*static_cast<int *>(count) == 1); },
            &commits);
        const ImportSummary s = service.importPaths({in});
        sqlite3_commit_hook(store->database().handle(), nullptr, nullptr);
        QCOMPARE(s.failedFiles, 512);
        QCOMPARE(s.imported, 1);
        QCOMPARE(s.duplicates, 0);

        auto fresh = ArticleStore::open(QStringLiteral(":memory:")).value();
        ImportService alone(*fresh);
        QCOMPARE(alone.importPaths({in + QLatin1String("/0512.txt")}).imported, 1);
        auto columns = [](ArticleStore &db) {
            Sqlite::Statement st(db.database(),
                u"SELECT title, body, language, language_reliable, content_hash, simhash, body_size, "
                u"hex(body_packed), hex(raw_original) FROM articles");
            QStringList row;
            if (st.step().value()) {
                for (int c = 0; c < 9; ++c)
                    row << st.columnText(c);
            }
            return row;
        };
        QCOMPARE(columns(*store), columns(*fresh));
        QCOMPARE(int(store->search(QStringLiteral("Grafikkarten"), 10).value().size()), 1);
    }

    void importWritesABatchAsOneIndexSegment_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one thread") << 1;
        QTest::newRow("all cores") << 2;
    }

    void importWritesABatchAsOneIndexSegment()
    {
        // 600 articles of about 2 KB are two batches (512 files, then the rest); with FTS5's
        // default of 1 MB pending data the first one alone became several segments.
        QFETCH(int, threads);
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        const QStringList sentences = storyA.split(QLatin1String(". ")) + storyB.split(QLatin1String(". "));
        QRandomGenerator random(26);
        for (int i = 0; i < 600; ++i) {
            QString body;
            for (int n = 0; n < 14; ++n)
                body += sentences[int(random.bounded(sentences.size()))]
                    + QStringLiteral(" Vorgang %1-%2. ").arg(i).arg(n);
            writeFile(in + QStringLiteral("/%1.txt").arg(i, 4, 10, QLatin1Char('0')),
                article(QStringLiteral("Meldung %1").arg(i), body));
        }
        auto store = ArticleStore::open(dir.filePath(QStringLiteral("db.sqlite"))).value();
        ImportOptions options;
        options.threads = threads;
        // Batches by their size alone: a slow build (the sanitizer's) would otherwise commit
        // some early by the clock, each commit a segment more.
        options.batchMilliseconds = 3'600'000;
        ImportService service(*store, options);
        QCOMPARE(service.importPaths({in}).imported, 600);
        auto value
            = [&](QStringView sql) { return Sqlite::queryInt64(store->database(), sql)->value_or(-1); };
        QCOMPARE(value(u"SELECT v FROM article_fts_config WHERE k = 'hashsize'"), SearchIndex::pendingBytes);
        // FTS5 numbers a segment's pages by the segment's id above bit 37 (fts5_dri in fts5_index.c).
        QCOMPARE(
            value(u"SELECT count(DISTINCT id >> 37) FROM article_fts_data WHERE id >> 37 > 0"), qint64(2));
        QVERIFY(store->database().execute(
            QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)")));
        QCOMPARE(store->search(QStringLiteral("\"Vorgang 599-13\""), 10).value().size(), size_t(1));
    }

    void sampleCorpus()
    {
        auto store = ArticleStore::open(QStringLiteral(":memory:")).value();
        ImportService service(*store);
        const ImportSummary s = service.importPaths({QStringLiteral(":/sample-corpus")});
        QCOMPARE(s.failedFiles + s.failedItems, 0);
        QVERIFY2(s.imported >= 35, qPrintable(QString::number(s.imported)));
        QVERIFY(s.duplicates >= 1);
        QVERIFY(s.nearDuplicates >= 3);
        QVERIFY(s.nonGerman >= 1);
        const auto stats = store->statistics().value();
        QVERIFY(stats.sources >= 8);
        QSet<QString> months;
        for (const auto &a : store->listArticles().value()) {
            if (a.published.isValid() && a.language == QLatin1String("de"))
                months.insert(a.published.date.toString(QStringLiteral("yyyy-MM")));
        }
        QVERIFY2(months.size() >= 24, qPrintable(QString::number(months.size())));
        QCOMPARE(store->search(QStringLiteral("Exportkontrollen"), 100)->empty(), false);
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
