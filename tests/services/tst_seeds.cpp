// SPDX-License-Identifier: GPL-3.0-or-later
// Acceptance test on the seed articles in ../shared/seeds (skipped when that folder is absent):
// their text never enters the project, the test reads it at run time.

#include "services/importservice.h"
#include "store/articlestore.h"
#include "support/testpaths.h"

#include <QDir>
#include <QTest>

using namespace Lagebild;

class TestSeeds : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ArticleStore> m_store;
    QString m_dir = Lagebild::Testing::sharedDir() + QStringLiteral("/seeds");

    ArticleId idOfFile(const QString &prefix)
    {
        for (const auto &s : m_store->listArticles().value()) {
            const auto a = m_store->article(s.id).value();
            if (QFileInfo((*a).originalFile).fileName().startsWith(prefix))
                return s.id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QDir(m_dir).entryList({QStringLiteral("*.txt")}).isEmpty())
            QSKIP("../shared/seeds is not there");
        m_store = ArticleStore::open(QStringLiteral(":memory:")).value();
        ImportService service(*m_store);
        QStringList files;
        for (const QString &f : QDir(m_dir).entryList({QStringLiteral("*.txt")}))
            files.append(QDir(m_dir).filePath(f));
        const ImportSummary s = service.importPaths(files);
        QCOMPARE(s.imported, int(files.size()));
        QCOMPARE(s.failedFiles, 0);
    }

    void titles()
    {
        const auto customs = m_store->article(idOfFile(QStringLiteral("003_"))).value();
        QCOMPARE((*customs).title,
            QStringLiteral("China intensiviert Zollkontrollen bei NVIDIA RTX 6000D- und H20-Modellen "
                           "im Zuge der Razzia gegen KI-Chips"));
        const auto approval = m_store->article(idOfFile(QStringLiteral("000_"))).value();
        QVERIFY2((*approval).title.startsWith(
                     QLatin1String("China hat Alibaba, Tencent und ByteDance die Genehmigung")),
            qPrintable((*approval).title));
        QVERIFY((*approval).title.size() < 150);
    }

    void repeatedTitleAndBoilerplateGone()
    {
        const Article customs = *m_store->article(idOfFile(QStringLiteral("003_"))).value();
        QVERIFY(!customs.body.contains(customs.title)); // the repeated headline
        for (const char *furniture : {"Bildnachweis:", "Quelle & Bilder", "Schreibe einen Kommentar",
                 "E-Mail-Adresse", "Erforderliche Felder"})
            QVERIFY2(!customs.body.contains(QLatin1String(furniture)), furniture);
        QVERIFY(customs.rawOriginal.contains(QLatin1String("Bildnachweis:"))); // the original is kept
        const Article approval = *m_store->article(idOfFile(QStringLiteral("000_"))).value();
        QVERIFY(!approval.body.contains(QStringLiteral("Projekt den führenden Köpfen")));
        QVERIFY(approval.body.contains(QLatin1String("National University of Singapore")));
    }

    void searches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("prefixes");
        QTest::newRow("Zollkontrolle")
            << QStringLiteral("Zollkontrolle") << QStringList {QStringLiteral("003_")};
        QTest::newRow("Genehmigungen")
            << QStringLiteral("Genehmigungen") << QStringList {QStringLiteral("000_")};
        QTest::newRow("Nvidias") << QStringLiteral("Nvidias")
                                 << QStringList {QStringLiteral("000_"), QStringLiteral("003_")};
    }
    void searches()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, prefixes);
        auto hits = m_store->search(query, 10);
        QVERIFY2(hits, qPrintable(hits.errorMessage()));
        QSet<ArticleId> found;
        for (const auto &h : hits.value())
            found.insert(h.article.id);
        QSet<ArticleId> expected;
        for (const QString &p : prefixes)
            expected.insert(idOfFile(p));
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
