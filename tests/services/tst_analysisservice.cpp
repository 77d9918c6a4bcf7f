// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/analysisservice.h"
#include "services/importservice.h"
#include "store/analysisrepository.h"
#include "store/articlestore.h"
#include "store/mentiontext.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <QTest>

using namespace Lagebild;

namespace {

qint64 count(ArticleStore &store, QStringView sql)
{
    return Sqlite::queryInt64(store.database(), sql)->value_or(-1);
}

} // namespace

class TestAnalysisService : public QObject
{
    Q_OBJECT
    std::unique_ptr<ArticleStore> m_store;

private Q_SLOTS:
    void init()
    {
        m_store = ArticleStore::open(QStringLiteral(":memory:")).value();
        ImportService importer(*m_store);
        QVERIFY(importer.importPaths({QStringLiteral(":/sample-corpus")}).imported >= 35);
    }

    void analysesNewArticlesOnce()
    {
        AnalysisService service(*m_store);
        int lastDone = -1, lastTotal = -1;
        const AnalyzeSummary first = service.analyze(false, [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        });
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.articles, int(m_store->articleCount().value()));
        QCOMPARE(lastDone, lastTotal);
        QVERIFY(first.mentions > 1000);
        QVERIFY2(first.relations > 30,
            qPrintable(QString::number(first.relations))); // typed relations the text states
        QCOMPARE(first.events, first.relations);
        QCOMPARE(service.analyze(false).articles, 0); // nothing new
        QCOMPARE(service.analyze(true).articles, first.articles);
        // Stored offsets point into the body.
        Sqlite::Statement st(m_store->database(),
            QString(QLatin1String("SELECT m.start, m.\"end\", ") + mentionTextSql(QLatin1String("m"))
                + QLatin1String(", a.body FROM mentions m JOIN articles a ON a.id = m.article_id")));
        int checked = 0;
        while (st.step().value()) {
            QCOMPARE(
                st.columnText(3).mid(st.columnInt(0), st.columnInt(1) - st.columnInt(0)), st.columnText(2));
            ++checked;
        }
        QCOMPARE(checked, int(first.mentions));
        // Texts that are the body's slice are not stored twice (schema 0009).
        QVERIFY(count(*m_store, u"SELECT count(*) FROM mentions WHERE text IS NULL") > 0);
        QVERIFY(count(*m_store, u"SELECT count(*) FROM events WHERE day IS NOT NULL") > 0);
    }

    void correctionsAreRulesAndManualWorkStays()
    {
        AnalysisService service(*m_store);
        QVERIFY(service.analyze(false).error.isEmpty());
        AnalysisRepository repository(m_store->database());
        const qint64 nvidiaBefore = count(*m_store,
            u"SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id "
            u"WHERE e.canonical = 'Nvidia'");
        QVERIFY(nvidiaBefore > 50);
        QVERIFY(repository.addCorrection(QStringLiteral("merge"), QStringLiteral("Nvidia"),
            QStringLiteral("COMPANY"), QStringLiteral("NVIDIA Corporation")));
        QVERIFY(repository.addCorrection(QStringLiteral("ignore"), QStringLiteral("Washington"), {}, {}));
        QVERIFY(repository.addCorrection(
            QStringLiteral("retype"), QStringLiteral("DeepSeek"), {}, QStringLiteral("ORGANIZATION")));
        QVERIFY(repository.addCorrection(QStringLiteral("alias"), QStringLiteral("Huawei"),
            QStringLiteral("COMPANY"), QStringLiteral("der Shenzhener Konzern")));
        // A mention added by hand, which re-analysis must keep (type_code 3: PERSON, schema 0011).
        QVERIFY(m_store->database().execute(QStringLiteral(
            "INSERT INTO mentions(article_id, start, \"end\", type_code, text, manual) VALUES (1, "
            "0, 3, 3, 'abc', 1)")));

        const AnalyzeSummary again = service.analyze(false); // the corrections made every article due
        QCOMPARE(again.articles, int(m_store->articleCount().value()));
        QCOMPARE(count(*m_store,
                     u"SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE "
                     u"e.canonical = 'NVIDIA Corporation'"),
            nvidiaBefore);
        QCOMPARE(count(*m_store,
                     u"SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE "
                     u"e.canonical = 'Washington'"),
            0);
        QVERIFY(count(*m_store,
                    u"SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id "
                    u"WHERE e.canonical = 'DeepSeek' AND m.type = 'ORGANIZATION'")
            > 0);
        QCOMPARE(count(*m_store,
                     u"SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id "
                     u"WHERE e.canonical = 'DeepSeek' AND m.type = 'COMPANY'"),
            0);
        QCOMPARE(count(*m_store, u"SELECT count(*) FROM mentions WHERE origin = 'manual'"), 1);
        QCOMPARE(repository.corrections()->size(), size_t(4));
        QVERIFY(repository.removeCorrection(1));
        QVERIFY(!repository.removeCorrection(1));
    }

    void handMadeMentionsSurviveReanalysis()
    {
        AnalysisService service(*m_store);
        QVERIFY(service.analyze(false).error.isEmpty());
        AnalysisRepository repository(m_store->database());
        const ArticleId article = 2;
        auto before = repository.mentionsOf(article).value();
        QVERIFY(before.size() > 3);
        // Remove the first automatic mention; add one by hand where the engine found nothing.
        Sqlite::Statement first(m_store->database(),
            u"SELECT id, start, \"end\" FROM mentions WHERE article_id = ?1 ORDER BY start LIMIT 1");
        first.bind(1, article);
        QVERIFY(first.step().value());
        const qint64 removedId = first.columnInt64(0);
        const int removedStart = first.columnInt(1);
        first.reset();
        QVERIFY(repository.removeMention(removedId));
        const QString body = m_store->articleBody(article).value();
        const int free = int(body.size()) - 5;
        StoredMention hand;
        hand.start = free;
        hand.end = free + 3;
        hand.type = QStringLiteral("ORGANIZATION");
        hand.text = body.mid(free, 3);
        hand.canonical = QStringLiteral("Handarbeit e.V.");
        QVERIFY(repository.addManualMention(article, hand));

        QCOMPARE(service.analyze(true).articles, int(m_store->articleCount().value()));
        const auto after = repository.mentionsOf(article).value();
        QVERIFY(std::none_of(
            after.begin(), after.end(), [&](const StoredMention &m) { return m.start == removedStart; }));
        QVERIFY(std::any_of(after.begin(), after.end(),
            [&](const StoredMention &m) { return m.canonical == QLatin1String("Handarbeit e.V."); }));
        QCOMPARE(after.size(), before.size()); // one removed, one added
        QVERIFY(!repository.removeMention(999999));
        // Each article's count of active mentions (migration 0020), set once by the analysis and
        // kept by the triggers for the hand edits, is what the mentions are.
        QCOMPARE(
            count(*m_store,
                u"SELECT count(*) FROM articles a LEFT JOIN article_counts c ON c.article_id = a.id WHERE "
                u"c.mentions IS NOT (SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND "
                u"m.status = 'active')"),
            0);
        QCOMPARE(count(*m_store, u"SELECT mentions FROM article_counts WHERE article_id = 2"),
            qint64(after.size()));
    }

    void normsToDays()
    {
        QCOMPARE(firstDayOfNorm(QStringLiteral("2025-10-14")), QDate(2025, 10, 14));
        QCOMPARE(firstDayOfNorm(QStringLiteral("2025-10")), QDate(2025, 10, 1));
        QCOMPARE(firstDayOfNorm(QStringLiteral("2025-Q3")), QDate(2025, 7, 1));
        QCOMPARE(firstDayOfNorm(QStringLiteral("2025-H2")), QDate(2025, 7, 1));
        QCOMPARE(firstDayOfNorm(QStringLiteral("2025-W02")), QDate(2025, 1, 6));
        QCOMPARE(firstDayOfNorm(QStringLiteral("2024")), QDate(2024, 1, 1));
        QCOMPARE(firstDayOfNorm(QStringLiteral("2023-09/2025-11")), QDate(2023, 9, 1));
        QVERIFY(!firstDayOfNorm(QStringLiteral("XXXX-05-01")).isValid());
        QVERIFY(!firstDayOfNorm(QString()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestAnalysisService)
#include "tst_analysisservice.moc"
