// SPDX-License-Identifier: GPL-3.0-or-later
// The issues panel's model: every failure of the session with severity, source, place and
// message; filtered by severity and source.
#include "models/issuefiltermodel.h"
#include "models/issuemodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Lagebild;

class TestIssueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsSayWhatWhereAndHowBad()
    {
        IssueModel issues;
        QAbstractItemModelTester tester(&issues, QAbstractItemModelTester::FailureReportingMode::QtTest);
        IssueFilterModel filter;
        filter.setSourceModel(&issues);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

        Issue broken {IssueSeverity::Error, IssueSource::Import, QStringLiteral("not valid UTF-8")};
        broken.file = QStringLiteral("/tmp/feeds/kaputt.rss");
        issues.append(broken);
        Issue edit {IssueSeverity::Error, IssueSource::Edit, QStringLiteral("disk full")};
        edit.article = 42;
        edit.articleTitle = QStringLiteral("Zoll prüft Grafikkarten");
        issues.append(edit);
        issues.append({IssueSeverity::Warning, IssueSource::Analysis, QStringLiteral("slow")});
        QCOMPARE(issues.rowCount(), 3);

        QCOMPARE(issues.index(0, IssueModel::WhereColumn).data().toString(), QStringLiteral("kaputt.rss"));
        QCOMPARE(issues.index(0, IssueModel::WhereColumn).data(FilePathRole).toString(), broken.file);
        QVERIFY(issues.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("/tmp/feeds")));
        QCOMPARE(issues.index(1, IssueModel::WhereColumn).data().toString(), edit.articleTitle);
        QCOMPARE(issues.index(1, 0).data(ArticleIdRole).toLongLong(), 42);
        QCOMPARE(issues.index(1, IssueModel::MessageColumn).data().toString(), QStringLiteral("disk full"));
        QVERIFY(
            issues.index(2, IssueModel::MessageColumn).data().toString().contains(QStringLiteral("slow")));
        QCOMPARE(issues.index(2, 0).data(IssueSeverityRole).toInt(), int(IssueSeverity::Warning));
        QVERIFY(issues.toText().contains(QStringLiteral("/tmp/feeds/kaputt.rss: not valid UTF-8")));
        QCOMPARE(
            issues.toText(IssueSource::Import), QStringLiteral("/tmp/feeds/kaputt.rss: not valid UTF-8"));

        QCOMPARE(filter.rowCount(), 3);
        filter.setSeverityShown(IssueSeverity::Warning, false);
        QCOMPARE(filter.rowCount(), 2);
        filter.setSeverityShown(IssueSeverity::Error, false);
        QCOMPARE(filter.rowCount(), 0);
        filter.setSeverityShown(IssueSeverity::Error, true);
        filter.setSource(IssueSource::Edit);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(ArticleIdRole).toLongLong(), 42);
        filter.setSource(std::nullopt);
        QCOMPARE(filter.rowCount(), 2);

        issues.clear(IssueSource::Import);
        QCOMPARE(issues.rowCount(), 2);
        issues.clear();
        QCOMPARE(issues.rowCount(), 0);
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIssueModel)
#include "tst_issuemodel.moc"
