// SPDX-License-Identifier: GPL-3.0-or-later
// The store's contract, one body for both backends: every test takes a `backend` column ("sqlite",
// "postgresql") and runs on a fresh database of it, through the backend-neutral interfaces the
// program uses (ImportTarget, CorpusReader, ArticleEditor, SqlReader/SqlWriter, ArticleQuery,
// MentionCorrections, RelationRepository). What only a stored analysis needs is written the way
// each backend's analysis writes it (the SQLite store, a PostgreSQL worker). Where docs/team.md
// names a difference between the backends, the row says so in its name and expects it. The
// PostgreSQL rows skip only when the server binaries are absent (tests/support/pgcluster.h).
// SQLite's own internals (locking, WAL, the tokenizer, upgrades of old files) stay in tst_store.

#include "store/analysisrepository.h"
#include "store/articleeditor.h"
#include "store/articlefilter.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "store/corpusreader.h"
#include "store/databaselocation.h"
#include "store/edithistory.h"
#include "store/importtarget.h"
#include "store/mentioncorrections.h"
#include "store/migrator.h"
#include "store/postgres/analysisstore.h"
#include "store/postgres/connection.h"
#include "store/postgres/transaction.h"
#include "store/raworiginal.h"
#include "store/relationrepository.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "store/sqlite/transaction.h"
#include "store/sqlreader.h"
#include "support/pgcluster.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

using namespace Lagebild;

Q_DECLARE_METATYPE(Lagebild::Backend)
Q_DECLARE_METATYPE(Lagebild::ArticleFilter)

namespace {

const char *rowName(Backend backend)
{
    return backend == Backend::Sqlite ? "sqlite" : "postgresql";
}

Article makeArticle(const QString &title, const QString &body, const QString &hash)
{
    Article a;
    a.title = title;
    a.body = body;
    a.rawOriginal = title + QLatin1String("\n\n") + body;
    a.source = QStringLiteral("Halbleiter-Rundschau");
    a.language = QStringLiteral("de");
    a.contentHash = hash;
    a.simhash = 0xF0F0F0F0F0F0F0F0ull;
    a.originalFormat = QStringLiteral("txt");
    a.importedAt = QDateTime(QDate(2026, 1, 5), QTime(9, 30), Qt::UTC);
    a.published = PublicationDate::day(QDate(2025, 10, 14), DateOrigin::Metadata);
    return a;
}

// Writes an Expected's error as the test's message.
template<typename T> QByteArray why(const Expected<T> &e)
{
    return e ? QByteArray() : e.errorMessage().toUtf8();
}

Expected<void> done(const Expected<qint64> &e)
{
    if (!e)
        return e.error();
    return {};
}

// The article ids of a search, sorted: the backends rank differently (docs/team.md), so only the
// hit sets are part of the contract.
QList<ArticleId> hitIds(CorpusReader &reader, const QString &query)
{
    auto hits = reader.search(query, -1);
    if (!hits) {
        qWarning("%s", qPrintable(hits.errorMessage()));
        return {ArticleId(-1)};
    }
    QList<ArticleId> ids;
    for (const SearchHit &hit : hits.value())
        ids.append(hit.article.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestStoreContract : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Testing::PgCluster m_cluster;
    int m_databases = 0;

    // One fresh, empty database of `backend`; empty when the cluster is not there (the test is
    // then skipped or failed by requireBackend()).
    QString freshDatabase(Backend backend)
    {
        const QString name = QStringLiteral("contract%1").arg(++m_databases);
        if (backend == Backend::Sqlite)
            return m_dir.filePath(name + QStringLiteral(".sqlite"));
        if (!m_cluster.createDatabase(name))
            return {};
        return m_cluster.uri(name);
    }

    // The import's writing, as ImportService drives it: one batch, one file scope, one index
    // call. The SQLite target writes through a store that must outlive it.
    struct Importer
    {
        std::unique_ptr<ArticleStore> store;
        std::unique_ptr<ImportTarget> target;
    };
    static Expected<Importer> openImporter(const QString &location)
    {
        Importer importer;
        if (backendOf(location) == Backend::Sqlite) {
            auto store = ArticleStore::open(location);
            if (!store)
                return store.error();
            importer.store = std::move(store.value());
            importer.target = sqliteImportTarget(*importer.store);
            return importer;
        }
        auto target = openPostgresImportTarget(location);
        if (!target)
            return target.error();
        importer.target = std::move(target.value());
        return importer;
    }

    // Imports `articles` in one batch; each one's id, or nullopt where the target stored nothing.
    static Expected<std::vector<std::optional<ArticleId>>> import(
        const QString &location, const std::vector<Article> &articles)
    {
        auto importer = openImporter(location);
        if (!importer)
            return importer.error();
        ImportTarget &target = *importer->target;
        if (auto begun = target.beginBatch(); !begun)
            return begun.error();
        std::vector<std::optional<ArticleId>> ids;
        std::vector<ArticleId> stored;
        for (const Article &article : articles) {
            if (auto file = target.beginFile(); !file)
                return file.error();
            auto id = target.insert(article, packRawOriginal(article.rawOriginal, article.body), {});
            if (!id) {
                target.rollbackFile();
                target.rollbackBatch();
                return id.error();
            }
            if (auto released = target.releaseFile(); !released)
                return released.error();
            ids.push_back(id.value());
            if (id.value())
                stored.push_back(**id);
        }
        if (auto indexed = target.indexArticles(stored, {}); !indexed)
            return indexed.error();
        if (auto committed = target.commitBatch(); !committed)
            return committed.error();
        return ids;
    }

    static Expected<std::unique_ptr<CorpusReader>> openReader(const QString &location)
    {
        if (backendOf(location) == Backend::Postgres)
            return openPostgresCorpusReader(location);
        auto store = ArticleStore::open(location);
        if (!store)
            return store.error();
        return sqliteCorpusReader(std::move(store.value()));
    }

    static Expected<std::unique_ptr<ArticleEditor>> openEditor(const QString &location)
    {
        if (backendOf(location) == Backend::Postgres)
            return openPostgresArticleEditor(location);
        auto store = ArticleStore::open(location);
        if (!store)
            return store.error();
        return sqliteArticleEditor(std::move(store.value()));
    }

    static Expected<std::unique_ptr<SqlWriter>> openWriter(const QString &location)
    {
        if (backendOf(location) == Backend::Postgres)
            return openPostgresSqlWriter(location);
        auto store = ArticleStore::open(location);
        if (!store)
            return store.error();
        return sqliteSqlWriter(std::move(store.value()));
    }

    // The schema version as each dialect records it.
    static Expected<qint64> schemaVersion(SqlReader &reader)
    {
        qint64 version = -1;
        auto read = reader.forEachRow(reader.dialect() == SqlDialect::Sqlite
                ? QStringLiteral("PRAGMA user_version")
                : QStringLiteral("SELECT max(version) FROM schema_migrations"),
            {}, [&](const SqlRow &row) { version = row.int64(0); });
        if (!read)
            return read.error();
        return version;
    }

    // An analysis stored as each backend's analysis stores it: the SQLite store's repository, a
    // PostgreSQL worker's entities resolved first and the rows in one transaction.
    static Expected<void> storeAnalysis(const QString &location, const ArticleAnalysis &analysis)
    {
        if (backendOf(location) == Backend::Sqlite) {
            auto store = ArticleStore::open(location);
            if (!store)
                return store.error();
            Sqlite::Transaction transaction((*store)->database());
            if (auto stored = AnalysisRepository((*store)->database()).store(analysis, 1, 0); !stored)
                return stored;
            return transaction.commit();
        }
        auto connection = Postgres::Connection::open(location);
        if (!connection)
            return connection.error();
        Postgres::AnalysisStore analyses(**connection);
        if (auto resolved = analyses.resolveEntities({analysis}); !resolved)
            return resolved;
        Postgres::Transaction transaction(**connection);
        if (auto stored = analyses.store({analysis}, 1, 0); !stored)
            return stored;
        return transaction.commit();
    }

    // Who the history names: the login on SQLite, the role the server authenticated on PostgreSQL.
    static QString author(Backend backend)
    {
        return backend == Backend::Sqlite ? localUserName() : Testing::PgCluster::user();
    }

    static void addBackends()
    {
        QTest::addColumn<Backend>("backend");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres})
            QTest::newRow(rowName(backend)) << backend;
    }

// Fetches the row's backend. The PostgreSQL rows skip, saying why, when the server binaries are
// absent, and fail when they are there but the cluster did not start. Macros because QSKIP and
// QFAIL return from the calling test.
#define REQUIRE_BACKEND()                                                                                    \
    QFETCH(Backend, backend);                                                                                \
    if (backend == Backend::Postgres && !m_cluster.isRunning()) {                                            \
        if (!m_cluster.skipReason().isEmpty())                                                               \
            QSKIP(qPrintable(m_cluster.skipReason()));                                                       \
        QFAIL(qPrintable(m_cluster.error()));                                                                \
    }

// A fresh database of the row's backend in `location`.
#define FRESH_DATABASE(location)                                                                             \
    REQUIRE_BACKEND()                                                                                        \
    const QString location = freshDatabase(backend);                                                         \
    QVERIFY2(!location.isEmpty(), qPrintable(m_cluster.error()))

// The corpus of a data-driven test whose rows only read: made by `fill` on a fresh database at
// the backend's first row and read by the rest (a database per row cost half a second each).
#define SHARED_DATABASE(location, corpora, fill)                                                             \
    REQUIRE_BACKEND()                                                                                        \
    if (!(corpora).contains(int(backend))) {                                                                 \
        const QString made = freshDatabase(backend);                                                         \
        QVERIFY2(!made.isEmpty(), qPrintable(m_cluster.error()));                                            \
        const Expected<void> filled = fill(made);                                                            \
        QVERIFY2(filled, qPrintable(filled.errorMessage()));                                                 \
        (corpora).insert(int(backend), made);                                                                \
    }                                                                                                        \
    const QString location = (corpora).value(int(backend))

    // Four articles for search: umlauts and ß, a genitive of a name, compounds.
    static Expected<void> fillSearchCorpus(const QString &location)
    {
        auto ids = import(location,
            {makeArticle(QStringLiteral("Neue Regeln"),
                 QStringLiteral("Das US-Handelsministerium verschärft die Exportkontrolle für Nvidia."),
                 QStringLiteral("1")),
                makeArticle(QStringLiteral("Prüfung"),
                    QStringLiteral("Chinesische Behörden untersuchen Chips von NVIDIA."),
                    QStringLiteral("2")),
                makeArticle(QStringLiteral("Lieferketten unter Druck"),
                    QStringLiteral(
                        "Der Zoll in Shenzhen sperrt die Straße zum Hafen für Huaweis Lieferungen."),
                    QStringLiteral("3")),
                makeArticle(QStringLiteral("Hafen"),
                    QStringLiteral("Die Hafenärzte fordern Zollkontrollen; der Zoll hält Ware fest. "
                                   "Der Verband der Zulieferer tagt."),
                    QStringLiteral("4"))});
        if (!ids)
            return ids.error();
        if (ids->size() != 4 || ids->back() != ArticleId(4))
            return Error {QStringLiteral("the search corpus is not articles 1 to 4")};
        return {};
    }

    // Four articles for the browser's filters: article 4 is undated, 3 a near duplicate of 1, 2
    // from another outlet; 2 and 4 are tagged.
    static Expected<void> fillListCorpus(const QString &location)
    {
        Article a
            = makeArticle(QStringLiteral("Erster"), QStringLiteral("Der Zoll prüft."), QStringLiteral("1"));
        Article b = makeArticle(
            QStringLiteral("Zweiter"), QStringLiteral("Die Straße ist gesperrt."), QStringLiteral("2"));
        b.source = QStringLiteral("Märkische Allgemeine");
        b.published = PublicationDate::day(QDate(2025, 10, 20), DateOrigin::Metadata);
        Article c = makeArticle(
            QStringLiteral("Dritter"), QStringLiteral("Der Zoll prüft sehr."), QStringLiteral("3"));
        c.published = PublicationDate::day(QDate(2025, 11, 2), DateOrigin::Metadata);
        c.duplicateOf = 1;
        c.duplicateSimilarity = 0.95;
        Article d = makeArticle(
            QStringLiteral("Vierter"), QStringLiteral("Eine Strasse ohne Datum."), QStringLiteral("4"));
        d.published = {};
        auto ids = import(location, {a, b, c, d});
        if (!ids)
            return ids.error();
        if (ids->size() != 4 || ids->back() != ArticleId(4))
            return Error {QStringLiteral("the list corpus is not articles 1 to 4")};
        auto editor = openEditor(location);
        if (!editor)
            return editor.error();
        if (auto tagged = (*editor)->addTags(2, {QStringLiteral("Zoll")}); !tagged)
            return tagged;
        return (*editor)->addTags(4, {QStringLiteral("Zoll"), QStringLiteral("Straße")});
    }

    QHash<int, QString> m_searchCorpora; ///< by Backend
    QHash<int, QString> m_listCorpora;
    QHash<QString, QList<ArticleId>> m_listedBySqlite; ///< articleOrders(): by case

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Started once for every PostgreSQL row; whether it came up is for each row to say.
        m_cluster.start();
    }

    // A fresh database gets the whole schema, and opening it again migrates nothing.
    void migratesFreshDatabase_data()
    {
        addBackends();
    }
    void migratesFreshDatabase()
    {
        FRESH_DATABASE(location);
        QVERIFY2(import(location, {}), "an empty import creates the corpus");
        auto reader = openInterruptibleSqlReader(location);
        QVERIFY2(reader, why(reader).constData());
        QCOMPARE(schemaVersion(*reader->reader).value(), qint64(Migrator::latestVersion()));
        auto corpus = openReader(location);
        QVERIFY2(corpus, why(corpus).constData());
        const StoreStatistics statistics = (*corpus)->statistics().value();
        QCOMPARE(statistics.articles, 0);
        QCOMPARE(statistics.tags, 0);
        QCOMPARE(schemaVersion(*reader->reader).value(), qint64(Migrator::latestVersion()));
    }

    // A database of a newer Lagebild is refused, as TooNew on one line, and left as it was.
    void refusesNewerDatabaseUntouched_data()
    {
        addBackends();
    }
    void refusesNewerDatabaseUntouched()
    {
        FRESH_DATABASE(location);
        QVERIFY(
            import(location, {makeArticle(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("1"))}));
        const qint64 newer = Migrator::latestVersion() + 100;
        {
            auto writer = openWriter(location);
            QVERIFY(writer);
            QVERIFY((*writer)->execute((*writer)->dialect() == SqlDialect::Sqlite
                    ? QStringLiteral("PRAGMA user_version = %1").arg(newer)
                    : QStringLiteral("INSERT INTO schema_migrations(version) VALUES (%1)").arg(newer),
                {}));
        }
        auto refusedReader = openReader(location);
        QVERIFY(!refusedReader);
        QCOMPARE(refusedReader.error().kind, ErrorKind::TooNew);
        auto refusedEditor = openEditor(location);
        QVERIFY(!refusedEditor);
        QCOMPARE(refusedEditor.error().kind, ErrorKind::TooNew);
        const QString message = refusedEditor.errorMessage();
        QVERIFY2(message.contains(QStringLiteral("version %1").arg(newer)), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        // Untouched: the version and the article are as they were, read below the store's check.
        if (backend == Backend::Sqlite) {
            auto db = Sqlite::Database::open(location);
            QVERIFY(db);
            QCOMPARE(schemaVersion(*sqliteSqlReader(**db)).value(), newer);
            QCOMPARE(Sqlite::queryInt64(**db, u"SELECT count(*) FROM articles")->value_or(-1), 1);
        } else {
            auto connection = Postgres::Connection::open(location);
            QVERIFY(connection);
            QCOMPARE(schemaVersion(*postgresSqlReader(**connection)).value(), newer);
            QCOMPARE((*connection)->queryInt64(u"SELECT count(*) FROM articles")->value_or(-1), 1);
        }
    }

    // An article comes back as it went in, umlauts and ß included; the content hash finds it.
    void importRoundTrip_data()
    {
        addBackends();
    }
    void importRoundTrip()
    {
        FRESH_DATABASE(location);
        Article a = makeArticle(QStringLiteral("Zoll prüft Chips an der Großen Straße"),
            QStringLiteral("Der Zoll in Shenzhen prüft. Die Behörden äußern sich zum Maß der Kontrollen."),
            QStringLiteral("h1"));
        a.url = QStringLiteral("https://www.halbleiter-rundschau.example/zoll-prüfung");
        a.author = QStringLiteral("Jürgen Weiß");
        a.source = QStringLiteral("Süddeutsche Ökonomie");
        a.languageReliable = true;
        a.originalFile = QStringLiteral("/import/zoll-prüfung.txt");
        auto ids = import(location, {a});
        QVERIFY2(ids, why(ids).constData());
        QCOMPARE(ids->size(), size_t(1));
        QVERIFY(ids->front());
        const ArticleId id = *ids->front();

        auto reader = openReader(location);
        QVERIFY2(reader, why(reader).constData());
        auto loaded = (*reader)->article(id);
        QVERIFY2(loaded, why(loaded).constData());
        QVERIFY(loaded->has_value());
        const Article &b = **loaded;
        QCOMPARE(b.id, id);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.body, a.body);
        QCOMPARE(b.rawOriginal, a.rawOriginal);
        QCOMPARE(b.source, a.source);
        QCOMPARE(b.url, a.url);
        QCOMPARE(b.author, a.author);
        QCOMPARE(b.language, a.language);
        QCOMPARE(b.languageReliable, a.languageReliable);
        QCOMPARE(b.originalFile, a.originalFile);
        QCOMPARE(b.originalFormat, a.originalFormat);
        QCOMPARE(b.importedAt, a.importedAt);
        QCOMPARE(b.contentHash, a.contentHash);
        QCOMPARE(b.simhash, a.simhash);
        QCOMPARE(b.published.toIsoString(), QStringLiteral("2025-10-14"));
        QCOMPARE(b.published.origin, DateOrigin::Metadata);
        QVERIFY(!(*reader)->article(id + 100).value().has_value());

        auto importer = openImporter(location);
        QVERIFY(importer);
        auto found = importer->target->findByContentHash(QStringLiteral("h1"));
        QVERIFY(found && found->has_value());
        QCOMPARE(**found, id);
        QCOMPARE(importer->target->articleBody(id).value(), a.body);
        QCOMPARE(importer->target->findByContentHash(QStringLiteral("h2")).value(), std::nullopt);
    }

    void undatedArticleStaysUndated_data()
    {
        addBackends();
    }
    void undatedArticleStaysUndated()
    {
        FRESH_DATABASE(location);
        Article a = makeArticle(QStringLiteral("Ohne Datum"), QStringLiteral("Text"), QStringLiteral("h"));
        a.published = {};
        auto ids = import(location, {a});
        QVERIFY2(ids, why(ids).constData());
        auto reader = openReader(location);
        QVERIFY(reader);
        QVERIFY(!(*reader)->article(*ids->front()).value()->published.isValid());
        QCOMPARE((*reader)->statistics()->undated, 1);
        QCOMPARE((*reader)->listArticles(-1)->front().published.isValid(), false);
    }

    // A second article with a stored content hash is not stored. How the target says so differs
    // by design (importtarget.h): SQLite's one writer looked the hash up in its own transaction, so
    // the unique violation is an error; on PostgreSQL it is another client's row, and nothing.
    void duplicateHashIsRejected_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("sqlite: a unique violation in the batch is an error") << Backend::Sqlite;
        QTest::newRow("postgresql (differs by design: another client's row, nothing stored)")
            << Backend::Postgres;
    }
    void duplicateHashIsRejected()
    {
        FRESH_DATABASE(location);
        QVERIFY(import(
            location, {makeArticle(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("same"))}));
        auto second = import(
            location, {makeArticle(QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("same"))});
        if (backend == Backend::Sqlite) {
            QVERIFY(!second);
            QCOMPARE(second.error().kind, ErrorKind::Constraint);
        } else {
            QVERIFY2(second, why(second).constData());
            QCOMPARE(second->front(), std::nullopt);
        }
        auto reader = openReader(location);
        QVERIFY(reader);
        QCOMPARE((*reader)->statistics()->articles, 1);
        QCOMPARE((*reader)->listArticles(-1)->front().title, QStringLiteral("a"));
    }

    void tagsAndNotes_data()
    {
        addBackends();
    }
    void tagsAndNotes()
    {
        FRESH_DATABASE(location);
        auto ids
            = import(location, {makeArticle(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("1"))});
        QVERIFY(ids);
        const ArticleId id = *ids->front();
        auto editor = openEditor(location);
        QVERIFY2(editor, why(editor).constData());
        ArticleEditor &edit = **editor;
        QVERIFY(
            edit.addTags(id, {QStringLiteral("Zoll"), QStringLiteral(" Export "), QStringLiteral("zoll")}));
        QCOMPARE(edit.tagsOf(id).value(), (QStringList {QStringLiteral("Export"), QStringLiteral("Zoll")}));
        QVERIFY(edit.addTags(id, {QStringLiteral("Zoll")})); // idempotent
        QVERIFY(edit.addTags(id, {QStringLiteral("Ärger")}));
        QCOMPARE(edit.allTags().value(),
            (QStringList {QStringLiteral("Ärger"), QStringLiteral("Export"), QStringLiteral("Zoll")}));
        QVERIFY(edit.removeTags(id, {QStringLiteral("ZOLL"), QStringLiteral("ärger")}));
        QCOMPARE(edit.tagsOf(id).value(), QStringList {QStringLiteral("Export")});
        auto unknown = edit.addTags(id + 7, {QStringLiteral("x")});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
        QVERIFY(edit.setNote(id, QStringLiteral("prüfen, ob die Straße stimmt")));

        auto reader = openReader(location);
        QVERIFY(reader);
        QCOMPARE((*reader)->article(id).value()->note, QStringLiteral("prüfen, ob die Straße stimmt"));
        QCOMPARE((*reader)->article(id).value()->tags, QStringList {QStringLiteral("Export")});
        QCOMPARE((*reader)->statistics()->notes, 1);
        QVERIFY(edit.setNote(id, QStringLiteral("  ")));
        QCOMPARE((*reader)->article(id).value()->note, QString());
        const StoreStatistics stats = (*reader)->statistics().value();
        QCOMPARE(stats.articles, 1);
        QCOMPARE(stats.notes, 0);
        QCOMPARE(stats.sources, 1);
        QCOMPARE(edit.articlesTagged(QStringLiteral("export")).value(), std::vector<ArticleId> {id});
    }

    // Every hand change of an article's tags, note or date is in its history, with who and when;
    // no change, no row.
    void historyOfHandEdits_data()
    {
        addBackends();
    }
    void historyOfHandEdits()
    {
        FRESH_DATABASE(location);
        auto ids = import(location,
            {makeArticle(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("1")),
                makeArticle(QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("2"))});
        QVERIFY(ids);
        const ArticleId id = *(*ids)[0], other = *(*ids)[1];
        auto editor = openEditor(location);
        QVERIFY(editor);
        ArticleEditor &edit = **editor;
        QVERIFY(edit.addTags(id, {QStringLiteral("Zoll"), QStringLiteral("zoll")}));
        QVERIFY(edit.addTags(id, {QStringLiteral("Zoll")})); // has it
        QVERIFY(edit.addTags(other, {QStringLiteral("Zoll")}));
        QVERIFY(edit.removeTags(id, {QStringLiteral("Export")})); // never had it
        QVERIFY(edit.setNote(id, QStringLiteral("prüfen")));
        QVERIFY(edit.setNote(id, QStringLiteral("prüfen"))); // same text
        QVERIFY(edit.setNote(id, QStringLiteral("geprüft")));
        QVERIFY(edit.setPublished(id, PublicationDate::day(QDate(2026, 3, 12), DateOrigin::Manual)));
        QVERIFY(edit.renameTag(QStringLiteral("Zoll"), QStringLiteral("Zölle")));
        QVERIFY(edit.renameTag(QStringLiteral("Zölle"), QStringLiteral("ZÖLLE")));
        QVERIFY(edit.deleteTag(QStringLiteral("ZÖLLE")));
        QVERIFY(edit.setNote(id, QString()));
        QVERIFY(edit.setPublished(id, PublicationDate {}));
        QVERIFY(!edit.setNote(id + 7, QStringLiteral("x"))); // no such article: nothing written

        const auto history = edit.history(id).value();
        // The editor names the author it records (the window tells its own work from another's).
        QCOMPARE(edit.author().value(), author(backend));
        QStringList kinds, details;
        for (const ArticleEdit &e : history) {
            QVERIFY(e.kind);
            QCOMPARE(e.article, id);
            QCOMPARE(e.madeBy, author(backend));
            QVERIFY(qAbs(e.madeAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
            kinds << e.kindName;
            details << e.detail;
        }
        QCOMPARE(kinds,
            (QStringList {QStringLiteral("tag_added"), QStringLiteral("note_set"), QStringLiteral("note_set"),
                QStringLiteral("date_set"), QStringLiteral("tag_renamed"), QStringLiteral("tag_renamed"),
                QStringLiteral("tag_removed"), QStringLiteral("note_removed"),
                QStringLiteral("date_cleared")}));
        QCOMPARE(details,
            (QStringList {QStringLiteral("Zoll"), QStringLiteral("prüfen"), QStringLiteral("geprüft"),
                QStringLiteral("2026-03-12"), QStringLiteral("Zoll → Zölle"), QStringLiteral("Zölle → ZÖLLE"),
                QStringLiteral("ZÖLLE"), QString(), QString()}));
        QCOMPARE(edit.history(other).value().size(), 4u); // added, renamed twice, removed
        // The newest of some kinds, as the window's note-conflict notice asks for it.
        const auto lastNote = edit.lastEdit(id, {EditKind::NoteSet, EditKind::NoteRemoved}).value();
        QVERIFY(lastNote);
        QCOMPARE(lastNote->kindName, QStringLiteral("note_removed"));
        QCOMPARE(lastNote->id, history[7].id);
        QCOMPARE(edit.lastEdit(id, {EditKind::NoteSet}).value()->detail, QStringLiteral("geprüft"));
        QCOMPARE(edit.lastEdit(other, {EditKind::NoteSet}).value(), std::nullopt);
        QVERIFY(describeEdit(history[0])
                    .endsWith(QStringLiteral("  ") + author(backend) + QStringLiteral("  tag added: Zoll")));
    }

    // A hand correction of a mention writes its history row in its own transaction.
    void historyOfMentionCorrections_data()
    {
        addBackends();
    }
    void historyOfMentionCorrections()
    {
        FRESH_DATABASE(location);
        const QString body = QStringLiteral("Die Behörde prüft Nvidia-Chips in Düsseldorf.");
        auto ids = import(location, {makeArticle(QStringLiteral("Chips"), body, QStringLiteral("m1"))});
        QVERIFY(ids);
        const ArticleId id = *ids->front();
        auto writer = openWriter(location);
        QVERIFY2(writer, why(writer).constData());
        MentionCorrections corrections(**writer);
        StoredMention place;
        place.text = QStringLiteral("Düsseldorf");
        place.type = QStringLiteral("LOCATION");
        place.canonical = place.text;
        place.manual = true;
        place.start = int(body.indexOf(place.text));
        place.end = place.start + int(place.text.size());
        auto marked = corrections.replace(id, std::nullopt, place);
        QVERIFY2(marked, why(marked).constData());
        QVERIFY(marked->madeId > 0);
        StoredMention retyped = place;
        retyped.type = QStringLiteral("ORGANIZATION");
        QVERIFY(corrections.replace(id, place, retyped));
        QVERIFY(corrections.replace(id, retyped, retyped)); // as it is: no row
        auto reset = corrections.reset(id, place.start, place.end);
        QVERIFY2(reset, why(reset).constData());
        auto missing = corrections.reset(id, place.start, place.end);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);

        auto editor = openEditor(location);
        QVERIFY(editor);
        QStringList rows;
        for (const ArticleEdit &e : (*editor)->history(id).value()) {
            QCOMPARE(e.madeBy, author(backend));
            rows << e.kindName + QLatin1Char(' ') + e.detail;
        }
        QCOMPARE(rows,
            (QStringList {QStringLiteral("mention_added Düsseldorf (LOCATION)"),
                QStringLiteral("mention_retyped Düsseldorf: LOCATION → ORGANIZATION"),
                QStringLiteral("mention_removed Düsseldorf (ORGANIZATION)")}));
    }

    // Relation verdicts are in the article's history, in the verdict's transaction; setting the
    // verdict a relation has writes no row, and a rolled-back verdict leaves none.
    void historyOfRelationVerdicts_data()
    {
        addBackends();
    }
    void historyOfRelationVerdicts()
    {
        FRESH_DATABASE(location);
        const QString body = QStringLiteral("Nvidia liefert Chips an Huawei. Nvidia kooperiert mit TSMC.");
        auto ids = import(location, {makeArticle(QStringLiteral("Chips"), body, QStringLiteral("r1"))});
        QVERIFY(ids);
        const ArticleId id = *ids->front();
        ArticleAnalysis analysis;
        analysis.article = id;
        analysis.body = body;
        const auto mention = [&](const char *text, int from) {
            StoredMention m;
            m.text = QString::fromLatin1(text);
            m.canonical = m.text;
            m.type = QStringLiteral("COMPANY");
            m.start = int(body.indexOf(m.text, from));
            m.end = m.start + int(m.text.size());
            return m;
        };
        analysis.mentions
            = {mention("Nvidia", 0), mention("Huawei", 0), mention("Nvidia", 10), mention("TSMC", 0)};
        const auto relation = [&](const char *type, const char *target, int sentenceEnd, int sentenceStart) {
            StoredRelation r;
            r.type = QString::fromLatin1(type);
            r.source = QStringLiteral("Nvidia");
            r.sourceType = QStringLiteral("COMPANY");
            r.target = QString::fromLatin1(target);
            r.targetType = QStringLiteral("COMPANY");
            r.evidenceStart = sentenceStart;
            r.evidenceEnd = sentenceEnd;
            r.confidence = 0.9;
            return r;
        };
        const int second = int(body.indexOf(QStringLiteral("Nvidia kooperiert")));
        analysis.relations = {relation("supplies", "Huawei", second - 1, 0),
            relation("partners_with", "TSMC", int(body.size()), second)};
        auto stored = storeAnalysis(location, analysis);
        QVERIFY2(stored, why(stored).constData());

        auto writer = openWriter(location);
        QVERIFY(writer);
        SqlWriter &sql = **writer;
        RelationRepository relations(sql);
        const auto found = relations.relations({id, {}}).value();
        QCOMPARE(found.size(), 2u);
        const qint64 supplies = found[0].id, partners = found[1].id;
        QCOMPARE(found[0].type, QStringLiteral("supplies"));
        const auto verdict = [&](qint64 relationId, RelationVerdict v) {
            return sql.transact([&]() -> Expected<void> {
                auto set = relations.setVerdict(relationId, v);
                if (!set)
                    return set.error();
                return {};
            });
        };
        QVERIFY(verdict(supplies, RelationVerdict::Confirmed));
        QVERIFY(verdict(supplies, RelationVerdict::Confirmed));
        QVERIFY(verdict(supplies, RelationVerdict::Unreviewed));
        QVERIFY(sql.transact([&] { return relations.reset(supplies); })); // unreviewed already
        QVERIFY(verdict(partners, RelationVerdict::Rejected));
        QVERIFY(!sql.transact([&]() -> Expected<void> {
            if (auto set = relations.setVerdict(partners, RelationVerdict::Confirmed); !set)
                return set.error();
            return Error {QStringLiteral("the analyst took it back")};
        }));
        qint64 correction = 0;
        RelationVerdict previous = RelationVerdict::Unreviewed;
        QVERIFY(sql.transact([&]() -> Expected<void> {
            auto made = relations.correct(
                supplies, QStringLiteral("exports"), found[0].sourceId, found[0].targetId, &previous);
            correction = made ? made.value() : 0;
            return done(made);
        }));
        QVERIFY(sql.transact([&] { return relations.removeCorrection(correction, previous); }));
        QVERIFY(sql.transact([&]() -> Expected<void> {
            auto again = relations.correct(
                supplies, QStringLiteral("exports"), found[0].sourceId, found[0].targetId);
            if (!again)
                return again.error();
            return relations.reset(again.value());
        }));
        QVERIFY(!verdict(partners + 99, RelationVerdict::Confirmed)); // no such relation
        QCOMPARE(relations.relation(partners).value()->verdict, RelationVerdict::Rejected);

        auto editor = openEditor(location);
        QVERIFY(editor);
        QStringList rows;
        for (const ArticleEdit &e : (*editor)->history(id).value()) {
            QVERIFY(e.kind);
            QCOMPARE(e.madeBy, author(backend));
            rows << e.kindName + QLatin1Char(' ') + e.detail;
        }
        const QString suppliesClaim = QStringLiteral("supplies: Nvidia → Huawei");
        const QString exportsClaim = QStringLiteral("exports: Nvidia → Huawei");
        QCOMPARE(rows,
            (QStringList {QStringLiteral("relation_confirmed ") + suppliesClaim,
                QStringLiteral("relation_reset ") + suppliesClaim,
                QStringLiteral("relation_rejected partners_with: Nvidia → TSMC"),
                QStringLiteral("relation_corrected ") + suppliesClaim + QStringLiteral(" ⇒ ") + exportsClaim,
                QStringLiteral("relation_reset ") + exportsClaim,
                QStringLiteral("relation_corrected ") + suppliesClaim + QStringLiteral(" ⇒ ") + exportsClaim,
                QStringLiteral("relation_reset ") + exportsClaim}));
    }

    // German search: the rows both backends answer alike, and, named as such, the differences
    // docs/team.md ("Search on both backends") keeps by design.
    void germanSearch_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<ArticleId>>("expected");
        const auto both = [](const char *name, const QString &query, const QList<ArticleId> &hits) {
            for (Backend backend : {Backend::Sqlite, Backend::Postgres})
                QTest::addRow("%s: %s", rowName(backend), name) << backend << query << hits;
        };
        const auto differs = [](const char *name, const QString &query, const QList<ArticleId> &sqlite,
                                 const QList<ArticleId> &postgres, const char *why) {
            QTest::addRow("sqlite: %s", name) << Backend::Sqlite << query << sqlite;
            QTest::addRow("postgresql: %s (differs by design: %s)", name, why)
                << Backend::Postgres << query << postgres;
        };
        both("plural finds singular", QStringLiteral("Exportkontrollen"), {1});
        both("all caps", QStringLiteral("NVIDIA"), {1, 2});
        differs("genitive finds name", QStringLiteral("Nvidias"), {1, 2}, {},
            "Snowball keeps the -s of a name's genitive");
        differs("name finds genitive", QStringLiteral("Huawei"), {3}, {},
            "Snowball keeps the -s of a name's genitive");
        both("digraph finds umlaut", QStringLiteral("Behoerden"), {2});
        both("umlaut finds umlaut", QStringLiteral("BEHÖRDEN"), {2});
        both("ss finds ß", QStringLiteral("Strasse"), {3});
        both("ß finds ß", QStringLiteral("Straße"), {3});
        both("phrase", QStringLiteral("\"Zoll in Shenzhen\""), {3});
        both("German quotes", QStringLiteral("„Zoll in Shenzhen“"), {3});
        both("phrase order matters", QStringLiteral("\"Shenzhen Zoll\""), {});
        both("and", QStringLiteral("Nvidia Behörden"), {2});
        both("or", QStringLiteral("Exportkontrolle OR Straße"), {1, 3});
        both("exclude", QStringLiteral("Nvidia -Behörden"), {1});
        both("NOT", QStringLiteral("Nvidia NOT Behörden"), {1});
        both("prefix", QStringLiteral("Export*"), {1});
        both("hyphenated", QStringLiteral("US-Handelsministerium"), {1});
        both("title", QStringLiteral("Lieferkette"), {3});
        both("punctuation inside", QStringLiteral("(Nvidia) Behörden!"), {2});
        both("whole word beside a compound", QStringLiteral("Zoll"), {3, 4});
        differs("compound part", QStringLiteral("Kontrolle"), {1, 4}, {},
            "PostgreSQL's german configuration splits no compounds");
        differs("compound part with umlaut, as digraph", QStringLiteral("Aerzte"), {4}, {},
            "PostgreSQL's german configuration splits no compounds");
        both("no part of a word that is no compound", QStringLiteral("Band"), {});
    }
    void germanSearch()
    {
        QFETCH(QString, query);
        QFETCH(QList<ArticleId>, expected);
        SHARED_DATABASE(location, m_searchCorpora, fillSearchCorpus);
        auto reader = openReader(location);
        QVERIFY(reader);
        QCOMPARE(hitIds(**reader, query), expected);
    }

    // Hand work inside ArticleEditor::transact() is stored whole or, when it fails, not at all.
    void transactionRollsBackUnlessCommitted_data()
    {
        addBackends();
    }
    void transactionRollsBackUnlessCommitted()
    {
        FRESH_DATABASE(location);
        auto ids = import(location,
            {makeArticle(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("1")),
                makeArticle(QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("2"))});
        QVERIFY(ids);
        const ArticleId first = *(*ids)[0], second = *(*ids)[1];
        auto editor = openEditor(location);
        QVERIFY(editor);
        ArticleEditor &edit = **editor;
        auto failed = edit.transact([&]() -> Expected<void> {
            if (auto tagged = edit.addTags(first, {QStringLiteral("Zoll")}); !tagged)
                return tagged;
            if (auto noted = edit.setNote(first, QStringLiteral("prüfen")); !noted)
                return noted;
            return edit.addTags(second + 99, {QStringLiteral("Zoll")}); // no such article
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, ErrorKind::NotFound);
        QCOMPARE(edit.tagsOf(first).value(), QStringList {});
        QCOMPARE(edit.history(first).value().size(), 0u);
        auto reader = openReader(location);
        QVERIFY(reader);
        QCOMPARE((*reader)->article(first).value()->note, QString());

        QVERIFY(edit.transact([&]() -> Expected<void> {
            if (auto tagged = edit.addTags(first, {QStringLiteral("Zoll")}); !tagged)
                return tagged;
            return edit.addTags(second, {QStringLiteral("Zoll")});
        }));
        QCOMPARE(
            edit.articlesTagged(QStringLiteral("Zoll")).value(), (std::vector<ArticleId> {first, second}));
        QCOMPARE((*reader)->statistics()->byTag.front().count, 2);
    }

    // The browser's list and count under each filter, the same on both backends.
    void articleListAndCountWithFilters_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<ArticleFilter>("filter");
        QTest::addColumn<QList<ArticleId>>("newestFirst");
        const auto both = [](const char *name, const ArticleFilter &filter, const QList<ArticleId> &ids) {
            for (Backend backend : {Backend::Sqlite, Backend::Postgres})
                QTest::addRow("%s: %s", rowName(backend), name) << backend << filter << ids;
        };
        // The corpus: fillListCorpus().
        both("no filter", {}, {3, 2, 1, 4});
        ArticleFilter outlet;
        outlet.outlets = {QStringLiteral("Märkische Allgemeine")};
        both("outlet", outlet, {2});
        ArticleFilter tag;
        tag.tags = {QStringLiteral("zoll")};
        both("tag, other case", tag, {2, 4});
        ArticleFilter range;
        range.from = QDate(2025, 10, 1);
        range.to = QDate(2025, 10, 31);
        both("date range leaves out undated", range, {2, 1});
        ArticleFilter duplicates;
        duplicates.hideDuplicates = true;
        both("duplicates hidden", duplicates, {2, 1, 4});
        ArticleFilter text;
        text.text = QStringLiteral("Straße");
        both("search text", text, {2, 4});
        ArticleFilter combined = text;
        combined.tags = {QStringLiteral("Zoll")};
        combined.from = QDate(2025, 1, 1);
        both("text, tag and date together", combined, {2});
    }
    void articleListAndCountWithFilters()
    {
        QFETCH(ArticleFilter, filter);
        QFETCH(QList<ArticleId>, newestFirst);
        SHARED_DATABASE(location, m_listCorpora, fillListCorpus);
        auto reader = openInterruptibleSqlReader(location);
        QVERIFY2(reader, why(reader).constData());
        ArticleQuery query(*reader->reader);
        auto listed = query.ids(filter, ArticleOrder::Date, true);
        QVERIFY2(listed, why(listed).constData());
        QCOMPARE(QList<ArticleId>(listed->begin(), listed->end()), newestFirst);
        QCOMPARE(query.count(filter).value(), qint64(newestFirst.size()));
        auto page = query.list(filter, ArticleOrder::Date, true, 2, 0);
        QVERIFY(page);
        QCOMPARE(page->size(), std::min(size_t(2), size_t(newestFirst.size())));
        for (size_t i = 0; i < page->size(); ++i)
            QCOMPARE((*page)[i].id, newestFirst[qsizetype(i)]);
    }

    // Every order of the list, both directions, near-duplicates hidden or not: the list, its pages
    // and its first page (read from an index where one serves, schema 20) agree with each other,
    // and both backends list alike (ties by id in the list's direction).
    void articleOrders_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("hideDuplicates");
        QTest::addColumn<QString>("key");
        const std::pair<ArticleOrder, const char *> orders[]
            = {{ArticleOrder::Date, "date"}, {ArticleOrder::Outlet, "outlet"}, {ArticleOrder::Title, "title"},
                {ArticleOrder::Tags, "tags"}, {ArticleOrder::Mentions, "mentions"}};
        for (const auto &[order, name] : orders)
            for (bool descending : {false, true})
                for (bool hide : {false, true}) {
                    const QString key = QStringLiteral("%1 %2%3").arg(QLatin1String(name),
                        descending ? QStringLiteral("down") : QStringLiteral("up"),
                        hide ? QStringLiteral(", duplicates hidden") : QString());
                    for (Backend backend : {Backend::Sqlite, Backend::Postgres})
                        QTest::addRow("%s: %s", rowName(backend), qPrintable(key))
                            << backend << int(order) << descending << hide << key;
                }
    }
    void articleOrders()
    {
        QFETCH(int, order);
        QFETCH(bool, descending);
        QFETCH(bool, hideDuplicates);
        QFETCH(QString, key);
        SHARED_DATABASE(location, m_listCorpora, fillListCorpus);
        auto reader = openInterruptibleSqlReader(location);
        QVERIFY2(reader, why(reader).constData());
        ArticleQuery query(*reader->reader);
        ArticleFilter filter;
        filter.hideDuplicates = hideDuplicates;
        const auto by = ArticleOrder(order);
        auto listed = query.ids(filter, by, descending);
        QVERIFY2(listed, why(listed).constData());
        const QList<ArticleId> ids(listed->begin(), listed->end());
        QCOMPARE(ids.size(), hideDuplicates ? 3 : 4);
        QCOMPARE(query.count(filter).value(), qint64(ids.size()));
        for (int offset : {0, 2}) {
            auto page = query.list(filter, by, descending, 2, offset);
            QVERIFY2(page, why(page).constData());
            QCOMPARE(qsizetype(page->size()), std::min(qsizetype(2), ids.size() - offset));
            for (size_t i = 0; i < page->size(); ++i)
                QCOMPARE((*page)[i].id, ids[qsizetype(i) + offset]);
        }
        auto first = query.firstIds(filter, by, descending, 2);
        QVERIFY2(first, why(first).constData());
        QVERIFY(first->ids.size() >= 2);
        QCOMPARE(
            QList<ArticleId>(first->ids.begin(), first->ids.end()), ids.mid(0, qsizetype(first->ids.size())));
        if (by == ArticleOrder::Title) // Dritter, Erster, Vierter, Zweiter; 3 is a near-duplicate of 1
            QCOMPARE(ids,
                descending ? (hideDuplicates ? QList<ArticleId> {2, 4, 1} : QList<ArticleId> {2, 4, 1, 3})
                           : (hideDuplicates ? QList<ArticleId> {1, 4, 2} : QList<ArticleId> {3, 1, 4, 2}));
        if (by == ArticleOrder::Mentions) // none analysed: ties by id in the list's direction
            QCOMPARE(ids,
                descending ? (hideDuplicates ? QList<ArticleId> {4, 2, 1} : QList<ArticleId> {4, 3, 2, 1})
                           : (hideDuplicates ? QList<ArticleId> {1, 2, 4} : QList<ArticleId> {1, 2, 3, 4}));
        // The SQLite row runs first and leaves its list for PostgreSQL's.
        if (m_listedBySqlite.contains(key))
            QCOMPARE(ids, m_listedBySqlite.value(key));
        else
            m_listedBySqlite.insert(key, ids);
    }
};

QTEST_GUILESS_MAIN(TestStoreContract)
#include "tst_storecontract.moc"
