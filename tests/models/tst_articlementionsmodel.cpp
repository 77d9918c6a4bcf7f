// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dateformat.h"
#include "core/entitytypes.h"
#include "models/articlementionsmodel.h"
#include "models/entitytreemodel.h"
#include "models/figureformat.h"
#include "models/occurrencemodel.h"
#include "models/roles.h"
#include "services/analysisservice.h"
#include "services/importservice.h"
#include "store/articlestore.h"
#include "store/sqlreader.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QLocale>
#include <QTest>

using namespace Lagebild;

class TestArticleMentionsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mentionsOfAnArticle()
    {
        auto store = ArticleStore::open(QStringLiteral(":memory:")).value();
        ImportService importer(*store);
        QVERIFY(importer.importPaths({QStringLiteral(":/sample-corpus")}).imported > 30);
        AnalysisService analysis(*store);
        QVERIFY(analysis.analyze(false).error.isEmpty());

        const auto reader = sqliteSqlReader(store->database());
        ArticleMentionsModel model(*reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setArticle(1);
        QVERIFY(model.rowCount() > 3);
        const QString body = store->articleBody(1).value();
        int previous = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const int start = index.data(MentionStartRole).toInt();
            const int end = index.data(MentionEndRole).toInt();
            QVERIFY(start >= previous && end > start && end <= body.size());
            previous = start;
            QVERIFY(!index.data(EntityTypeRole).toString().isEmpty());
            // The type in the analyst's words ("Company: …"), not the stored identifier.
            QVERIFY(index.data(Qt::ToolTipRole)
                        .toString()
                        .startsWith(
                            entityTypeLabel(index.data(EntityTypeRole).toString()) + QStringLiteral(": ")));
        }
        model.reload();
        QVERIFY(model.rowCount() > 3);
        model.setArticle(0);
        QCOMPARE(model.rowCount(), 0);

        StoredMention quantity;
        quantity.type = QStringLiteral("QUANTITY");
        quantity.value = QStringLiteral("421000");
        quantity.unit = QStringLiteral("count");
        quantity.approx = true;
        // As the Figures tab writes it, never the stored unit name ("count").
        ReportedFigure figure;
        figure.value = 421000.0;
        figure.unit = QStringLiteral("count");
        figure.approx = true;
        QCOMPARE(ArticleMentionsModel::describe(quantity), readableFigure(figure));
        QVERIFY(!ArticleMentionsModel::describe(quantity).contains(QLatin1String("count")));
        StoredMention date;
        date.type = QStringLiteral("DATE");
        date.norm = QStringLiteral("2025-10-14");
        QCOMPARE(
            ArticleMentionsModel::describe(date), QLocale().toString(QDate(2025, 10, 14), shortDateFormat()));
        date.norm = QStringLiteral("2025-Q3");
        QCOMPARE(ArticleMentionsModel::describe(date), QStringLiteral("Q3 2025"));

        // Keyword in context for the most mentioned company.
        OccurrenceModel kwic(*reader);
        QAbstractItemModelTester kwicTester(&kwic, QAbstractItemModelTester::FailureReportingMode::QtTest);
        kwic.setEntity(QStringLiteral("COMPANY"), QStringLiteral("Nvidia"));
        QVERIFY(kwic.rowCount() > 50);
        QCOMPARE(kwic.index(0, OccurrenceModel::MentionColumn).data().toString().left(6).toLower(),
            QStringLiteral("nvidia"));
        QVERIFY(kwic.index(0, 0).data(ArticleIdRole).toLongLong() > 0);
        kwic.setEntity({}, {});
        QCOMPARE(kwic.rowCount(), 0);
    }

    void entityTree()
    {
        EntityTreeModel tree;
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setEntities({{QStringLiteral("COMPANY"), QStringLiteral("Nvidia"), 9},
                             {QStringLiteral("LOCATION"), QStringLiteral("China"), 4},
                             {QStringLiteral("COMPANY"), QStringLiteral("Huawei"), 12}},
            {QStringLiteral("COMPANY"), QStringLiteral("AGENCY"), QStringLiteral("LOCATION")});
        QCOMPARE(tree.rowCount(), 2); // no empty AGENCY group
        const QModelIndex companies = tree.index(0, 0);
        QCOMPARE(companies.data().toString(), QStringLiteral("Company"));
        QCOMPARE(tree.index(0, 1).data().toLongLong(), 21);
        QCOMPARE(tree.rowCount(companies), 2);
        QCOMPARE(
            tree.index(0, 0, companies).data().toString(), QStringLiteral("Huawei")); // most mentioned first
        QCOMPARE(tree.index(0, 0, companies).data(CanonicalRole).toString(), QStringLiteral("Huawei"));
        QCOMPARE(tree.parent(tree.index(1, 0, companies)), companies);
        tree.setEntities({}, {});
        QCOMPARE(tree.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestArticleMentionsModel)
#include "tst_articlementionsmodel.moc"
