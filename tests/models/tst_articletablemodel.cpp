// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/articletablemodel.h"
#include "models/roles.h"
#include "store/articlestore.h"
#include "store/corpussource.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Lagebild;

class TestArticleTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesAndConsistency()
    {
        auto store = ArticleStore::open(QStringLiteral(":memory:")).value();
        const int total = ArticleTableModel::pageSize * 2 + 17;
        for (int i = 0; i < total; ++i) {
            Article a;
            a.title = QStringLiteral("Artikel %1").arg(i);
            a.body = QStringLiteral("Text %1").arg(i);
            a.source = i % 2 ? QStringLiteral("Quelle A") : QString();
            a.language = i % 10 ? QStringLiteral("de") : QStringLiteral("en");
            a.contentHash = QString::number(i);
            if (i % 3)
                a.published = PublicationDate::day(QDate(2024, 1, 1).addDays(i), DateOrigin::Metadata);
            QVERIFY(store->insertArticle(a));
        }
        const auto source = sqliteCorpusSource(*store);
        ArticleTableModel model(*source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester fetches on its own; pages arrive whole.
        QVERIFY(model.rowCount() % ArticleTableModel::pageSize == 0 || model.rowCount() == total);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        QVERIFY(model.articleId(0) > 0);
        QCOMPARE(model.articleId(total), ArticleId(0));
        // Newest first, undated last.
        QVERIFY(model.index(0, ArticleTableModel::DateColumn).data(SortRole).toDate()
            >= model.index(1, ArticleTableModel::DateColumn).data(SortRole).toDate());
        QCOMPARE(model.index(total - 1, ArticleTableModel::DateColumn).data().toString(),
            QStringLiteral("no date"));
        QVERIFY(!model.index(0, ArticleTableModel::TitleColumn).data().toString().isEmpty());
        model.reload();
        QVERIFY(model.canFetchMore({}) || model.rowCount() > 0);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        QVERIFY(model.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArticleTableModel)
#include "tst_articletablemodel.moc"
