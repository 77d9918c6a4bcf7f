// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/articletablemodel.h"
#include "models/entitylistmodel.h"
#include "models/facetmodel.h"
#include "store/analysisrepository.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "store/corpussource.h"
#include "store/sqlite/database.h"
#include "store/sqlreader.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <limits>

using namespace Lagebild;

namespace {

struct Fixture
{
    std::unique_ptr<ArticleStore> store;
    QList<ArticleId> ids;
    qint64 nvidia = 0;
    qint64 huawei = 0;
};

Article makeArticle(const QString &title, const QString &body, const QString &source, const QDate &day)
{
    Article a;
    a.title = title;
    a.body = body;
    a.rawOriginal = body;
    a.source = source;
    a.language = QStringLiteral("de");
    a.contentHash = title;
    a.originalFormat = QStringLiteral("txt");
    if (day.isValid())
        a.published = PublicationDate::day(day, DateOrigin::Metadata);
    return a;
}

qint64 mark(AnalysisRepository &repo, ArticleId article, const QString &body, const QString &text,
    const QString &type)
{
    StoredMention m;
    m.start = int(body.indexOf(text));
    m.end = m.start + int(text.size());
    m.type = type;
    m.text = text;
    m.canonical = text;
    if (!repo.addManualMention(article, m))
        qFatal("marking failed");
    return repo.findEntity(type, text).value().value();
}

Fixture makeFixture()
{
    Fixture f;
    f.store = ArticleStore::open(QStringLiteral(":memory:")).value();
    const QString b1 = QStringLiteral("Nvidia liefert Chips. Die Genehmigungen fehlen noch.");
    const QString b2 = QStringLiteral("Huawei baut eigene Chips, Nvidia verliert Kunden.");
    const QString b3 = QStringLiteral("Der Zoll kontrolliert Lieferungen von Huawei.");
    const QString b4 = QStringLiteral("Ein Text ohne Datum über Ärger mit Nvidia.");
    f.ids.append(f.store
                     ->insertArticle(
                         makeArticle(QStringLiteral("Alpha"), b1, QStringLiteral("Tagesblatt"), {2025, 3, 1}))
                     .value());
    f.ids.append(f.store
                     ->insertArticle(makeArticle(
                         QStringLiteral("Beta"), b2, QStringLiteral("Wirtschaftswoche Ost"), {2025, 6, 15}))
                     .value());
    f.ids.append(f.store
                     ->insertArticle(makeArticle(
                         QStringLiteral("Gamma"), b3, QStringLiteral("Tagesblatt"), {2025, 9, 30}))
                     .value());
    f.ids.append(
        f.store->insertArticle(makeArticle(QStringLiteral("Ärger"), b4, QStringLiteral("Rundfunk Süd"), {}))
            .value());
    AnalysisRepository repo(f.store->database());
    f.nvidia = mark(repo, f.ids[0], b1, QStringLiteral("Nvidia"), QStringLiteral("COMPANY"));
    mark(repo, f.ids[1], b2, QStringLiteral("Nvidia"), QStringLiteral("COMPANY"));
    mark(repo, f.ids[3], b4, QStringLiteral("Nvidia"), QStringLiteral("COMPANY"));
    f.huawei = mark(repo, f.ids[1], b2, QStringLiteral("Huawei"), QStringLiteral("COMPANY"));
    mark(repo, f.ids[2], b3, QStringLiteral("Huawei"), QStringLiteral("COMPANY"));
    if (!f.store->addTags(f.ids[0], {QStringLiteral("Export")}))
        qFatal("tagging failed");
    if (!f.store->addTags(f.ids[1], {QStringLiteral("Export"), QStringLiteral("Konkurrenz")}))
        qFatal("tagging failed");
    if (!f.store->addTags(f.ids[2], {QStringLiteral("Zoll")}))
        qFatal("tagging failed");
    return f;
}

QList<ArticleId> idsOf(ArticleQuery &query, const ArticleFilter &filter,
    ArticleOrder order = ArticleOrder::Date, bool descending = true)
{
    QList<ArticleId> ids;
    for (const ArticleSummary &s : query.list(filter, order, descending, 100, 0).value())
        ids.append(s.id);
    return ids;
}

qint64 countOf(const std::vector<FacetCount> &counts, const QString &name)
{
    for (const FacetCount &c : counts)
        if (c.name == name)
            return c.articles;
    return -1;
}

} // namespace

class TestArticleQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filtersCombine()
    {
        Fixture f = makeFixture();
        ArticleQuery q(f.store->database());
        const auto &id = f.ids;
        QCOMPARE(idsOf(q, {}), (QList<ArticleId> {id[2], id[1], id[0], id[3]})); // undated last
        ArticleFilter filter;
        filter.text = QStringLiteral("Chips");
        QCOMPARE(idsOf(q, filter), (QList<ArticleId> {id[1], id[0]}));
        filter.text = QStringLiteral("Genehmigung"); // stemmed like the index
        QCOMPARE(idsOf(q, filter), QList<ArticleId> {id[0]});
        filter = {};
        filter.from = QDate(2025, 6, 15);
        filter.to = QDate(2025, 9, 30);
        QCOMPARE(idsOf(q, filter), (QList<ArticleId> {id[2], id[1]})); // both ends inclusive
        filter = {};
        filter.outlets = QStringList {QStringLiteral("Tagesblatt"), QStringLiteral("Rundfunk Süd")};
        QCOMPARE(q.count(filter).value(), 3);
        filter.tags = QStringList {QStringLiteral("Export"), QStringLiteral("Zoll")}; // any of
        QCOMPARE(idsOf(q, filter), (QList<ArticleId> {id[2], id[0]}));
        filter = {};
        filter.entities = {f.nvidia, f.huawei}; // all of
        QCOMPARE(idsOf(q, filter), QList<ArticleId> {id[1]});
        filter.text = QStringLiteral("\"unclosed");
        QVERIFY(!q.list(filter, ArticleOrder::Date, true, 10, 0));
    }

    // A frequent term walks the rows in order and keeps the hits; a rare one joins in SQL. Both
    // give the same list in every order and with every other filter, and a first page is its
    // beginning.
    void frequentTermsAreWalked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("outlets");
        QTest::addColumn<QDate>("from");
        QTest::newRow("one word") << QStringLiteral("Nvidia") << QStringList() << QDate();
        QTest::newRow("stemmed") << QStringLiteral("Chip") << QStringList() << QDate();
        QTest::newRow("two words") << QStringLiteral("Nvidia OR Huawei") << QStringList() << QDate();
        QTest::newRow("with an outlet")
            << QStringLiteral("Nvidia OR Huawei") << QStringList {QStringLiteral("Tagesblatt")} << QDate();
        QTest::newRow("with a date") << QStringLiteral("Nvidia OR Huawei") << QStringList()
                                     << QDate(2025, 6, 1);
        QTest::newRow("no hit") << QStringLiteral("Quantencomputer") << QStringList() << QDate();
    }

    void frequentTermsAreWalked()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, outlets);
        QFETCH(QDate, from);
        Fixture f = makeFixture();
        ArticleQuery joined(f.store->database());
        joined.setWalkAbove(std::numeric_limits<qsizetype>::max());
        ArticleQuery walked(f.store->database());
        walked.setWalkAbove(0);
        ArticleFilter filter;
        filter.text = text;
        filter.outlets = outlets;
        filter.from = from;
        for (const ArticleOrder order : {ArticleOrder::Date, ArticleOrder::Outlet, ArticleOrder::Title,
                 ArticleOrder::Tags, ArticleOrder::Mentions}) {
            for (const bool descending : {true, false}) {
                const std::vector<ArticleId> all = joined.ids(filter, order, descending).value();
                QCOMPARE(walked.ids(filter, order, descending).value(), all);
                const auto whole = joined.firstIds(filter, order, descending, 1).value();
                QVERIFY(whole.complete);
                QCOMPARE(whole.ids, all);
                const auto first = walked.firstIds(filter, order, descending, 1).value();
                QCOMPARE(first.complete, all.size() <= 1);
                QCOMPARE(first.ids,
                    std::vector<ArticleId>(all.begin(), all.begin() + qsizetype(first.ids.size())));
                QCOMPARE(first.ids.size(), std::min<size_t>(all.size(), 1));
            }
        }
        filter.text = QStringLiteral("\"unclosed");
        QVERIFY(!walked.ids(filter, ArticleOrder::Date, true));
        QVERIFY(!walked.firstIds(filter, ArticleOrder::Date, true, 1));
    }

    void sorting()
    {
        Fixture f = makeFixture();
        ArticleQuery q(f.store->database());
        const auto &id = f.ids;
        QCOMPARE(idsOf(q, {}, ArticleOrder::Title, false).first(), id[0]);
        QCOMPARE(idsOf(q, {}, ArticleOrder::Outlet, false),
            (QList<ArticleId> {id[3], id[2], id[0], id[1]})); // by outlet, newest first within one
        QCOMPARE(idsOf(q, {}, ArticleOrder::Mentions, true).first(), id[1]);
        QCOMPARE(idsOf(q, {}, ArticleOrder::Date, false), (QList<ArticleId> {id[0], id[1], id[2], id[3]}));
        QCOMPARE(q.list({}, ArticleOrder::Date, true, 10, 0).value().front().mentionCount, 1);
    }

    void facetsFollowTheOtherFilters()
    {
        Fixture f = makeFixture();
        ArticleQuery q(f.store->database());
        ArticleFilter filter;
        filter.outlets = QStringList {QStringLiteral("Tagesblatt")};
        // The outlet facet ignores the outlet filter itself, so the alternatives stay visible.
        const auto outlets = q.outletCounts(filter).value();
        QCOMPARE(countOf(outlets, QStringLiteral("Tagesblatt")), 2);
        QCOMPARE(countOf(outlets, QStringLiteral("Wirtschaftswoche Ost")), 1);
        const auto tags = q.tagCounts(filter).value();
        QCOMPARE(countOf(tags, QStringLiteral("Export")), 1);
        QCOMPARE(countOf(tags, QStringLiteral("Konkurrenz")), 0); // listed with zero
        const auto entities = q.entityCounts(filter, 10).value();
        QCOMPARE(countOf(entities, QStringLiteral("Nvidia")), 1);
        QCOMPARE(countOf(entities, QStringLiteral("Huawei")), 1);
        QCOMPARE(countOf(q.entityCounts({}, 10).value(), QStringLiteral("Nvidia")), 3);
        const auto range = q.dateRange().value();
        QCOMPARE(range.first, QDate(2025, 3, 1));
        QCOMPARE(range.second, QDate(2025, 9, 30));
    }

    void searchHitsAreBodyOffsets()
    {
        Fixture f = makeFixture();
        ArticleQuery q(f.store->database());
        const auto hits = q.searchHits(f.ids[0], QStringLiteral("genehmigung chips")).value();
        QCOMPARE(hits.size(), size_t(2));
        const QString body = f.store->articleBody(f.ids[0]).value();
        QCOMPARE(body.mid(hits[0].first, hits[0].second - hits[0].first), QStringLiteral("Chips"));
        QCOMPARE(body.mid(hits[1].first, hits[1].second - hits[1].first), QStringLiteral("Genehmigungen"));
        QVERIFY(q.searchHits(f.ids[2], QStringLiteral("Chips")).value().empty());
    }

    void searchHitsMarkCompoundParts()
    {
        auto store = ArticleStore::open(QStringLiteral(":memory:")).value();
        Article a;
        a.title = QStringLiteral("Hafen");
        a.body = QStringLiteral("Die Zollkontrollen in Häfen verzögern Ausfuhrgenehmigungen.");
        a.contentHash = QStringLiteral("compound");
        const ArticleId id = store->insertArticle(a).value();
        ArticleQuery q(store->database());
        const auto hits = q.searchHits(id, QStringLiteral("Zoll Genehmigung")).value();
        QCOMPARE(hits.size(), size_t(2));
        QCOMPARE(a.body.mid(hits[0].first, hits[0].second - hits[0].first), QStringLiteral("Zoll"));
        QCOMPARE(a.body.mid(hits[1].first, hits[1].second - hits[1].first), QStringLiteral("genehmigungen"));
        const auto whole = q.searchHits(id, QStringLiteral("Zollkontrolle")).value();
        QCOMPARE(whole.size(), size_t(1));
        QCOMPARE(
            a.body.mid(whole[0].first, whole[0].second - whole[0].first), QStringLiteral("Zollkontrollen"));
    }

    void tagsRenameMergeDelete()
    {
        Fixture f = makeFixture();
        ArticleStore &s = *f.store;
        QVERIFY(s.renameTag(QStringLiteral("Zoll"), QStringLiteral("Zollkontrolle")));
        QCOMPARE(s.tagsOf(f.ids[2]).value(), QStringList {QStringLiteral("Zollkontrolle")});
        QVERIFY(s.renameTag(QStringLiteral("export"), QStringLiteral("EXPORT"))); // case only
        QCOMPARE(s.tagsOf(f.ids[0]).value(), QStringList {QStringLiteral("EXPORT")});
        // Merge: Konkurrenz into EXPORT; article 1 had both and keeps one.
        QVERIFY(s.renameTag(QStringLiteral("Konkurrenz"), QStringLiteral("Export")));
        QCOMPARE(s.tagsOf(f.ids[1]).value(), QStringList {QStringLiteral("EXPORT")});
        QVERIFY(!s.allTags().value().contains(QStringLiteral("Konkurrenz")));
        QCOMPARE(s.articlesTagged(QStringLiteral("Export")).value().size(), size_t(2));
        QVERIFY(s.deleteTag(QStringLiteral("Export")));
        QVERIFY(s.tagsOf(f.ids[0]).value().isEmpty());
        QCOMPARE(s.allTags().value(), QStringList {QStringLiteral("Zollkontrolle")});
        QVERIFY(!s.renameTag(QStringLiteral("Zollkontrolle"), QStringLiteral("  ")));
    }

    void tableModelFiltersAndSorts()
    {
        Fixture f = makeFixture();
        const auto source = sqliteCorpusSource(*f.store);
        ArticleTableModel model(*source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        ArticleFilter filter;
        filter.entities = {f.huawei};
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFilter(filter);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.matchingCount(), 2);
        model.setFilter(filter); // unchanged: no reset
        QCOMPARE(reset.size(), 1);
        model.sort(ArticleTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ArticleTableModel::TitleColumn).data().toString(), QStringLiteral("Beta"));
        QCOMPARE(model.index(0, ArticleTableModel::MentionsColumn).data().toInt(), 2);
        filter.text = QStringLiteral("\"unclosed");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.lastError().isEmpty());
    }

    // A frequent term: the first page at once, the rest and the count from the background; a
    // newer filter wins over a list still being read for an older one.
    void tableModelCountsFrequentTermsInTheBackground()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = ArticleStore::open(dir.filePath(QStringLiteral("korpus.sqlite"))).value();
        const int total = ArticleTableModel::pageSize * 2 + 200;
        int governments = 0;
        for (int i = 0; i < total; ++i) {
            const bool government = i % 3 != 0;
            governments += government;
            const QString body = government ? QStringLiteral("Die Regierung berät Vorlage %1.").arg(i)
                                            : QStringLiteral("Der Markt schwankt am Tag %1.").arg(i);
            QVERIFY(store->insertArticle(makeArticle(QStringLiteral("Artikel %1").arg(i), body,
                QStringLiteral("Tagesblatt"), QDate(2024, 1, 1).addDays(i % 400))));
        }
        const auto source = sqliteCorpusSource(*store);
        ArticleTableModel model(*source);
        model.setSearchWalkAbove(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &ArticleTableModel::matchingCountChanged);
        ArticleFilter filter;
        filter.text = QStringLiteral("Markt");
        model.setFilter(filter); // read for this filter, then dropped
        filter.text = QStringLiteral("Regierung");
        model.setFilter(filter);
        QVERIFY(model.isCounting());
        QCOMPARE(model.rowCount(), ArticleTableModel::pageSize);
        QCOMPARE(model.matchingCount(), ArticleTableModel::pageSize);
        QVERIFY(!model.canFetchMore({}));
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(model.matchingCount(), governments);
        QVERIFY(model.lastError().isEmpty());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), governments);
        ArticleQuery query(store->database());
        const std::vector<ArticleId> expected = query.ids(filter, ArticleOrder::Date, true).value();
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.articleId(row), expected[size_t(row)]);
        QVERIFY(counted.size() >= 3);
        // A rare term: all at once, nothing in the background.
        filter.text = QStringLiteral("Vorlage 7");
        model.setFilter(filter);
        QVERIFY(!model.isCounting());
    }

    // The model on a reader of either backend (here SQLite's) shows what the store's model
    // shows, in every order, and reads a frequent term's full list through the reader it opens.
    void tableModelOnAReader()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("korpus.sqlite"));
        auto store = ArticleStore::open(path).value();
        // More hits of "Regierung" than a page holds, so that its full list is read in the background.
        const int total = ArticleTableModel::pageSize + 220;
        int governments = 0;
        for (int i = 0; i < total; ++i) {
            governments += i % 4 != 0;
            const QString body = i % 4 != 0 ? QStringLiteral("Die Regierung berät Vorlage %1.").arg(i)
                                            : QStringLiteral("Der Markt schwankt am Tag %1.").arg(i);
            // Titles repeat (ties in the title order); the content hash must not.
            Article article = makeArticle(QStringLiteral("Artikel %1").arg(i % 7), body,
                i % 3 ? QStringLiteral("Tagesblatt") : QStringLiteral("Abendpost"),
                i % 5 ? QDate(2024, 1, 1).addDays(i % 9) : QDate());
            article.contentHash = QString::number(i);
            QVERIFY(store->insertArticle(article));
        }
        auto reader = sqliteSqlReader(store->database());
        std::atomic<int> opened = 0; // counted on the model's thread pool
        ArticleTableModel model(
            *reader, [&opened, path](const std::atomic_bool *stop) -> Expected<InterruptibleSqlReader> {
                ++opened;
                return openInterruptibleSqlReader(path, stop);
            });
        const auto source = sqliteCorpusSource(*store);
        ArticleTableModel reference(*source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto rowsOf = [](ArticleTableModel &m) {
            if (!QTest::qWaitFor([&m] { return !m.isCounting(); }, 10000))
                return QStringList {QStringLiteral("still counting")};
            while (m.canFetchMore({}))
                m.fetchMore({});
            QStringList rows;
            for (int row = 0; row < m.rowCount(); ++row) {
                QStringList cells;
                for (int column = 0; column < ArticleTableModel::ColumnCount; ++column)
                    cells << m.index(row, column).data().toString();
                rows << cells.join(QLatin1Char('|'));
            }
            return rows;
        };
        ArticleFilter filter;
        for (const QString &text : {QString(), QStringLiteral("Regierung"), QStringLiteral("Markt")}) {
            filter.text = text;
            for (ArticleTableModel *m : {&model, &reference}) {
                m->setSearchWalkAbove(text == QLatin1String("Regierung") ? 0 : -1);
                m->setFilter(filter);
            }
            for (int column = 0; column < ArticleTableModel::ColumnCount - 1; ++column) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    model.sort(column, order);
                    reference.sort(column, order);
                    const QStringList rows = rowsOf(model);
                    QVERIFY(!rows.isEmpty());
                    QCOMPARE(rows, rowsOf(reference));
                    QCOMPARE(model.matchingCount(), reference.matchingCount());
                }
            }
        }
        QVERIFY(opened > 0);
        // Without an opener the full list is read at once.
        ArticleTableModel alone(*reader, {});
        alone.setSearchWalkAbove(0);
        filter.text = QStringLiteral("Regierung");
        alone.setFilter(filter);
        QVERIFY(!alone.isCounting());
        QCOMPARE(alone.matchingCount(), governments);
    }

    // Closing the window while the full list of a frequent term is still being read: the read
    // stops within moments (Database::stopWhen) instead of holding up the exit for its seconds.
    // The stop the article list's background read and the facet counter share (SqlReadStop): a
    // request before the reader is there sets the flag only, one while it is attached also
    // interrupts it, and none reaches a reader taken back (closed).
    void readStopInterruptsOnlyAnAttachedReader()
    {
        SqlReadStop stop;
        QVERIFY(!stop.requested());
        QVERIFY(!stop.flag()->load());
        int interrupts = 0;
        stop.attach([&interrupts] { ++interrupts; });
        stop.request();
        QVERIFY(stop.requested());
        QVERIFY(stop.flag()->load());
        QCOMPARE(interrupts, 1);
        stop.detach();
        stop.request();
        QCOMPARE(interrupts, 1);

        SqlReadStop early;
        early.request();
        early.attach([&interrupts] { ++interrupts; });
        QVERIFY(early.requested()); // the reading thread sees it before its first statement
        QCOMPARE(interrupts, 1);
    }

    void tableModelStopsALongCountAtOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = ArticleStore::open(dir.filePath(QStringLiteral("korpus.sqlite"))).value();
        // Enough rows that sorting them by their tags takes the reader a while; written in SQL,
        // stored unpacked (a size equal to the stored length), indexed by the insert trigger.
        QVERIFY(store->database().execute(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120000) "
            "INSERT INTO articles(title, raw_original, content_hash, simhash, imported_at, body_size, "
            "body_packed) SELECT 'Artikel ' || i, '', 'hash ' || i, 0, '2024-01-01T00:00:00Z', "
            "length(CAST(b AS BLOB)), CAST(b AS BLOB) FROM (SELECT i, 'Die Regierung berät Vorlage ' || i "
            "|| '.' AS b FROM n)")));
        ArticleFilter filter;
        filter.text = QStringLiteral("Regierung");
        {
            // A stop set before a statement starts ends it too: it is a flag, not an event.
            std::atomic_bool stop {true};
            store->database().stopWhen(&stop);
            ArticleQuery query(store->database());
            query.setWalkAbove(0);
            const auto ids = query.ids(filter, ArticleOrder::Tags, false);
            store->database().stopWhen(nullptr);
            QVERIFY(!ids);
            QCOMPARE(ids.error().kind, ErrorKind::Cancelled);
            QCOMPARE(query.ids(filter, ArticleOrder::Title, false).value().size(), size_t(120000));
        }
        const auto source = sqliteCorpusSource(*store);
        ArticleTableModel model(*source);
        model.setSearchWalkAbove(0);
        model.sort(ArticleTableModel::TagsColumn, Qt::AscendingOrder);
        model.setFilter(filter);
        QVERIFY(model.isCounting());
        QElapsedTimer stopping;
        stopping.start();
        QVERIFY(model.stopCounting()); // stopped, not ended
        QVERIFY2(stopping.elapsed() < 10000, qPrintable(QString::number(stopping.elapsed())));
        QVERIFY(!model.isCounting());
        QCOMPARE(model.matchingCount(), qint64(model.rowCount()));
        QCOMPARE(model.rowCount(), ArticleTableModel::pageSize);
        QVERIFY(model.lastError().isEmpty());
    }

    void entityListModel()
    {
        Fixture f = makeFixture();
        const auto reader = sqliteSqlReader(f.store->database());
        EntityListModel model(*reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, EntityListModel::NameColumn).data().toString(), QStringLiteral("Nvidia"));
        QCOMPARE(model.index(0, EntityListModel::MentionsColumn).data().toLongLong(), 3);
        QCOMPARE(model.index(0, EntityListModel::TypeColumn).data().toString(), QStringLiteral("Company"));
        QCOMPARE(model.entity(1)->canonical, QStringLiteral("Huawei"));
        model.reload();
        QCOMPARE(model.rowCount(), 2);
    }

    void facetModelKeepsCheckedNames()
    {
        FacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCounts(
            {{0, QStringLiteral("Tagesblatt"), {}, 2}, {0, QStringLiteral("Rundfunk Süd"), {}, 1}});
        QSignalSpy changed(&model, &FacetModel::checkedChanged);
        QVERIFY(model.setData(model.index(1, FacetModel::NameColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.checkedNames(), QStringList {QStringLiteral("Rundfunk Süd")});
        model.setCounts({{0, QStringLiteral("Tagesblatt"), {}, 5}}); // Rundfunk Süd fell to zero
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, FacetModel::CountColumn).data().toLongLong(), 0);
        QCOMPARE(model.index(1, FacetModel::NameColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
            Qt::Checked);
        model.clearChecked();
        QVERIFY(model.checkedNames().isEmpty());
        QCOMPARE(changed.size(), 1); // programmatic changes do not signal
    }
};

QTEST_GUILESS_MAIN(TestArticleQuery)
#include "tst_articlequery.moc"
