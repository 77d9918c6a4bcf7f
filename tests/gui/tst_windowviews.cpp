// SPDX-License-Identifier: GPL-3.0-or-later
// The window's views and models on both backends (store/corpussource.h; docs/team.md, "The
// window on a team database"): the sample corpus, analysed and hand-tagged, in an SQLite file and
// copied into a throwaway PostgreSQL cluster (tests/support/pgcluster.h). The article table, the
// figures, the timeline (mentions and events), the network and the keyword-in-context list are
// built on a CorpusSource of each, as the window builds them, and must show the same.
#include "gui/exportformat.h"
#include "gui/figuresview.h"
#include "gui/networkview.h"
#include "gui/timelineview.h"
#include "models/articlementionsmodel.h"
#include "models/articletablemodel.h"
#include "models/figuresmodel.h"
#include "models/occurrencemodel.h"
#include "models/roles.h"
#include "network/network.h"
#include "render/networkfigure.h"
#include "store/articlestore.h"
#include "store/corpuscopy.h"
#include "store/corpussource.h"
#include "store/facetquery.h"
#include "store/postgres/connection.h"
#include "support/clirun.h"
#include "support/pgcluster.h"
#include "timeline/timelinequery.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Lagebild;
using Testing::runCli;

Q_DECLARE_METATYPE(ArticleFilter)

namespace {

/// Every cell of a model, its children after it, with the roles given: what a view can show.
QStringList cellsOf(const QAbstractItemModel &model, const QList<int> &roles, const QModelIndex &parent = {})
{
    QStringList cells;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList line;
        for (int column = 0; column < model.columnCount(parent); ++column) {
            for (const int role : roles)
                line << model.index(row, column, parent).data(role).toString();
        }
        cells << line.join(QLatin1Char('|'));
        cells << cellsOf(model, roles, model.index(row, 0, parent));
    }
    return cells;
}

/// The article table's rows, all of them, once the background count (if any) is in.
QStringList tableRows(ArticleTableModel &model)
{
    if (!QTest::qWaitFor([&model] { return !model.isCounting(); }, 60000))
        return {QStringLiteral("still counting")};
    while (model.canFetchMore({}))
        model.fetchMore({});
    return cellsOf(model, {Qt::DisplayRole, Qt::ToolTipRole, ArticleIdRole});
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWindowViews : public QObject
{
    Q_OBJECT
    Testing::PgCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_file;
    QString m_uri;
    std::unique_ptr<ArticleStore> m_store; ///< the SQLite source's store, as the window keeps it
    std::unique_ptr<CorpusSource> m_sources[2]; ///< SQLite, PostgreSQL

private Q_SLOTS:
    void initTestCase()
    {
        // The timeline remembers its entities in the settings: not in the user's.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        LAGEBILD_START_PG_CLUSTER(m_cluster);
        m_file = m_dir.filePath(QStringLiteral("corpus.sqlite"));
        const QList<QStringList> steps {
            {QStringLiteral("import"), QStringLiteral("--sample"), QStringLiteral("-q")},
            {QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("Exportkontrolle")},
            {QStringLiteral("tag"), QStringLiteral("2"), QStringLiteral("Straße")},
            {QStringLiteral("analyze")}};
        for (const QStringList &step : steps) {
            auto run = runCli(QStringList(step) << QStringLiteral("--db") << m_file);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("corpus")), qPrintable(m_cluster.error()));
        m_uri = m_cluster.uri(QStringLiteral("corpus"));
        auto copied = CorpusCopy::run(m_file, m_uri, {});
        QVERIFY2(copied, qPrintable(copied.errorMessage()));

        auto store = ArticleStore::open(m_file);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        m_store = std::move(store.value());
        m_sources[0] = sqliteCorpusSource(*m_store);
        auto postgres = openPostgresCorpusSource(m_uri);
        QVERIFY2(postgres, qPrintable(postgres.errorMessage()));
        m_sources[1] = std::move(postgres.value());
    }

    // What the window names and opens further connections to.
    void sourcesDescribeTheirCorpus()
    {
        const CorpusSource &sqlite = *m_sources[0];
        CorpusSource &postgres = *m_sources[1];
        QCOMPARE(sqlite.backend(), Backend::Sqlite);
        QCOMPARE(sqlite.location(), m_file);
        QCOMPARE(sqlite.connectionLocation(), m_file);
        QCOMPARE(m_sources[0]->dialect(), SqlDialect::Sqlite);
        QCOMPARE(postgres.backend(), Backend::Postgres);
        QCOMPARE(postgres.location(), Postgres::describeTarget(m_uri));
        QCOMPARE(postgres.connectionLocation(), m_uri);
        QCOMPARE(postgres.dialect(), SqlDialect::Postgres);
        // A database without a corpus is refused on one line.
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("empty")), qPrintable(m_cluster.error()));
        auto none = openPostgresCorpusSource(m_cluster.uri(QStringLiteral("empty")));
        QVERIFY(!none);
        QVERIFY(!none.errorMessage().isEmpty() && !none.errorMessage().contains(QLatin1Char('\n')));
        // A store in memory has no second connection: the table reads its whole list at once.
        auto memory = ArticleStore::open(QStringLiteral(":memory:"));
        QVERIFY(memory);
        const auto inMemory = sqliteCorpusSource(**memory);
        ArticleTableModel table(*inMemory);
        QVERIFY(table.lastError().isEmpty());
        QCOMPARE(table.rowCount(), 0);
    }

    void articleTable_data()
    {
        QTest::addColumn<ArticleFilter>("filter");
        QTest::addColumn<qsizetype>("walkAbove"); // 0: every search counts as frequent; -1: default
        ArticleFilter all;
        QTest::newRow("all") << all << qsizetype(-1);
        ArticleFilter search;
        search.text = QStringLiteral("TSMC China");
        QTest::newRow("search") << search << qsizetype(-1);
        ArticleFilter frequent;
        frequent.text = QStringLiteral("China");
        QTest::newRow("search walked as a frequent word") << frequent << qsizetype(0);
        ArticleFilter tagged;
        tagged.tags = {QStringLiteral("straße")};
        QTest::newRow("tag") << tagged << qsizetype(-1);
    }

    // The browser's list, in every order, also a search SQLite answers by walking the articles
    // (ArticleQuery::setWalkAbove). The sample's hits fit the first page; the full list read on
    // a second connection to the source's corpus is tst_articlequery's (120,000 articles).
    void articleTable()
    {
        QFETCH(ArticleFilter, filter);
        QFETCH(qsizetype, walkAbove);
        ArticleTableModel sqlite(*m_sources[0]);
        ArticleTableModel postgres(*m_sources[1]);
        QAbstractItemModelTester sqliteTester(
            &sqlite, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester postgresTester(
            &postgres, QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (walkAbove >= 0) {
            sqlite.setSearchWalkAbove(walkAbove);
            postgres.setSearchWalkAbove(walkAbove);
        }
        sqlite.setFilter(filter);
        postgres.setFilter(filter);
        for (int column = 0; column < ArticleTableModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                sqlite.sort(column, order);
                postgres.sort(column, order);
                const QStringList rows = tableRows(sqlite);
                QVERIFY(!rows.isEmpty());
                QCOMPARE(tableRows(postgres), rows);
                QCOMPARE(postgres.matchingCount(), sqlite.matchingCount());
                QVERIFY2(sqlite.lastError().isEmpty(), qPrintable(sqlite.lastError()));
                QVERIFY2(postgres.lastError().isEmpty(), qPrintable(postgres.lastError()));
            }
        }
    }

    // The Figures tab: the same groups, figures and disagreements.
    void figures()
    {
        QStringList cells[2];
        for (int backend = 0; backend < 2; ++backend) {
            FiguresView view(*m_sources[backend]);
            QAbstractItemModelTester tester(
                view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            view.refresh();
            cells[backend] = cellsOf(*view.model(),
                {Qt::DisplayRole, Qt::ToolTipRole, ArticleIdRole, FiguresModel::DisagreementRole});
        }
        QVERIFY(cells[0].size() > 10);
        QCOMPARE(cells[1], cells[0]);
    }

    // The Timeline tab, mentions and events, by its exports; the entities charted are
    // remembered per corpus under the source's location.
    void timeline()
    {
        auto top = FacetQuery(m_sources[0]->reader()).entityCounts({}, 2);
        QVERIFY(top && top->size() == 2);
        QByteArray mentions[2];
        QByteArray events[2];
        for (int backend = 0; backend < 2; ++backend) {
            const QString prefix = m_dir.filePath(QString::number(backend));
            {
                TimelineView view(*m_sources[backend]);
                TimelineQuery query(m_sources[backend]->reader());
                for (const FacetCount &entity : top.value()) {
                    auto ids = query.findEntities(entity.name);
                    QVERIFY(ids && !ids->empty());
                    view.addEntity(ids->front(), entity.name);
                }
                QVERIFY(view.exportTo({prefix + QStringLiteral("-mentions.csv"), ExportFormat::Csv}));
                view.showEvents(true);
                view.refresh();
                QVERIFY(view.exportTo({prefix + QStringLiteral("-events.csv"), ExportFormat::Csv}));
            }
            mentions[backend] = fileBytes(prefix + QStringLiteral("-mentions.csv"));
            events[backend] = fileBytes(prefix + QStringLiteral("-events.csv"));
            const TimelineView again(*m_sources[backend]);
            QCOMPARE(again.entityNames(), QStringList({top->at(0).name, top->at(1).name}));
        }
        QVERIFY(mentions[0].count('\n') > 2);
        QVERIFY(events[0].count('\n') > 2);
        QCOMPARE(mentions[1], mentions[0]);
        QCOMPARE(events[1], events[0]);
    }

    // The Relationships tab, laid out on a pool thread's connection of the source's corpus: the
    // same network, and a node's list of articles.
    void network()
    {
        QByteArray edges[2];
        QStringList details[2];
        for (int backend = 0; backend < 2; ++backend) {
            NetworkView view(*m_sources[backend]);
            QSignalSpy ready(&view, &NetworkView::networkReady);
            view.refresh();
            QVERIFY(ready.wait(60000));
            QVERIFY(view.figure() && view.figure()->network().nodes.size() > 10);
            const QString file = m_dir.filePath(QString::number(backend) + QStringLiteral("-network.csv"));
            QVERIFY(view.exportTo({file, ExportFormat::Csv}));
            edges[backend] = fileBytes(file);
            view.selectNode(0);
            for (int row = 0; row < view.detailList()->count(); ++row)
                details[backend] << view.detailList()->item(row)->text();
        }
        QVERIFY(edges[0].count('\n') > 10);
        QVERIFY(!details[0].isEmpty());
        QCOMPARE(edges[1], edges[0]);
        QCOMPARE(details[1], details[0]);
    }

    // The reader pane's mentions and the Entities dock's keyword in context, on the source's reader.
    void mentionsAndOccurrences()
    {
        auto top = FacetQuery(m_sources[0]->reader()).entityCounts({}, 3);
        QVERIFY(top && top->size() == 3);
        QStringList mentions[2];
        QStringList occurrences[2];
        for (int backend = 0; backend < 2; ++backend) {
            ArticleMentionsModel article(m_sources[backend]->reader());
            OccurrenceModel kwic(m_sources[backend]->reader());
            QAbstractItemModelTester articleTester(
                &article, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester kwicTester(
                &kwic, QAbstractItemModelTester::FailureReportingMode::QtTest);
            for (ArticleId id = 1; id <= 10; ++id) {
                article.setArticle(id);
                QVERIFY(article.lastError().isEmpty());
                QList<int> roles = article.roleNames().keys();
                std::sort(roles.begin(), roles.end());
                mentions[backend] << cellsOf(article, roles);
            }
            for (const FacetCount &entity : top.value()) {
                kwic.setEntity(entity.type, entity.name);
                QVERIFY(kwic.lastError().isEmpty());
                occurrences[backend] << cellsOf(kwic, {Qt::DisplayRole, Qt::ToolTipRole, ArticleIdRole});
            }
        }
        QVERIFY(mentions[0].size() > 20);
        QVERIFY(occurrences[0].size() > 3);
        QCOMPARE(mentions[1], mentions[0]);
        QCOMPARE(occurrences[1], occurrences[0]);
    }

    void cleanupTestCase()
    {
        // The connections close before the cluster stops; the SQLite source before its store.
        m_sources[1].reset();
        m_sources[0].reset();
        m_store.reset();
    }
};

QTEST_MAIN(TestWindowViews)
#include "tst_windowviews.moc"
