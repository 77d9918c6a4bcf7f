// SPDX-License-Identifier: GPL-3.0-or-later
#include "../olddatabase.h"
#include "store/analysisrepository.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "store/germantokenizer.h"
#include "store/migrator.h"
#include "store/postgres/tsquery.h"
#include "store/raworiginal.h"
#include "store/searchindex.h"
#include "store/searchquery.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "store/sqlite/transaction.h"
#include "support/testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Lagebild;

Q_DECLARE_METATYPE(std::optional<Lagebild::StoredMention>)

namespace {

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
    a.published = PublicationDate::day(QDate(2025, 10, 14), DateOrigin::Metadata);
    return a;
}

std::unique_ptr<ArticleStore> openMemory()
{
    auto store = ArticleStore::open(QStringLiteral(":memory:"));
    if (!store)
        qFatal("%s", qPrintable(store.errorMessage()));
    return std::move(store.value());
}

// The steps of EXPLAIN QUERY PLAN for `sql`, a line each.
QString queryPlan(Sqlite::Database &db, const QString &sql)
{
    Sqlite::Statement plan(db, QString(QLatin1String("EXPLAIN QUERY PLAN ") + sql));
    QString steps;
    while (plan.step().value())
        steps += plan.columnText(3) + QLatin1Char('\n');
    return steps;
}

QList<ArticleId> hitIds(ArticleStore &store, const QString &query)
{
    auto hits = store.search(query, 50);
    if (!hits)
        qWarning("%s", qPrintable(hits.errorMessage()));
    QList<ArticleId> ids;
    if (hits) {
        for (const auto &h : hits.value())
            ids.append(h.article.id);
        std::sort(ids.begin(), ids.end());
    }
    return ids;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesNonDatabaseFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-db.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto store = ArticleStore::open(path);
        QVERIFY(!store);
        QVERIFY2(store.errorMessage().contains(path), qPrintable(store.errorMessage()));
    }

    void walAndForeignKeysOnFileDatabase()
    {
        QTemporaryDir dir;
        auto store = ArticleStore::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(store);
        Sqlite::Statement mode((*store)->database(), u"PRAGMA journal_mode");
        QVERIFY(mode.step().value());
        QCOMPARE(mode.columnText(0), QStringLiteral("wal"));
        QCOMPARE(Sqlite::queryInt64((*store)->database(), u"PRAGMA foreign_keys")->value_or(0), 1);
        QVERIFY(Sqlite::queryInt64((*store)->database(), u"PRAGMA busy_timeout")->value_or(0) > 0);
    }

    // Savepoints are opened and released through statements the connection keeps prepared: the
    // same name again, nested, rolled back and released, behaves as SQL run afresh each time.
    void savepointsKeptPreparedNestAndRollBack()
    {
        auto store = ArticleStore::open(QStringLiteral(":memory:")).value();
        Sqlite::Database &db = store->database();
        QVERIFY(db.execute(QStringLiteral("CREATE TEMP TABLE t(x INTEGER)")));
        const auto add = [&](int x) {
            Sqlite::Statement insert(db, u"INSERT INTO t(x) VALUES (?1)");
            insert.bind(1, x);
            return bool(insert.execute());
        };
        {
            Sqlite::Transaction batch(db);
            for (int round = 0; round < 3; ++round) {
                Sqlite::Savepoint file(db, "import_file");
                QVERIFY(file.isActive());
                QVERIFY(add(10 * round + 1));
                {
                    Sqlite::Savepoint inner(db, "import_file");
                    QVERIFY(add(10 * round + 2));
                    inner.rollback();
                }
                {
                    Sqlite::Savepoint inner(db, "import_file");
                    QVERIFY(add(10 * round + 3));
                    QVERIFY(inner.release());
                    QVERIFY(!inner.release()); // finished already
                }
                if (round == 1) {
                    file.rollback();
                    continue;
                }
                QVERIFY(file.release());
            }
            QVERIFY(batch.commit());
        }
        Sqlite::Statement rows(db, u"SELECT group_concat(x, ' ') FROM (SELECT x FROM t ORDER BY x)");
        QVERIFY(rows.step().value());
        QCOMPARE(rows.columnText(0), QStringLiteral("1 3 21 23"));
    }

    // Rows stamped within one second share the formatted stamp; each row's imported_at is
    // still its own time as Qt's ISO format writes it, and an outlet named again (in other
    // spacing) is the same source row.
    void importStampsAndSourcesPerRow()
    {
        auto store = ArticleStore::open(QStringLiteral(":memory:")).value();
        const QList<QDateTime> stamps {QDateTime::fromMSecsSinceEpoch(1765000000100, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(1765000000900, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(1765000001000, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(1765000000500, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(-500, Qt::UTC), QDateTime::fromMSecsSinceEpoch(-1000, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(-1001, Qt::UTC),
            QDateTime(QDate(2025, 10, 14), QTime(12, 0, 0, 250), Qt::OffsetFromUTC, 7200)};
        const QStringList outlets {QStringLiteral("Chipmarkt Aktuell"), QStringLiteral("Elbufer Nachrichten"),
            QStringLiteral(" Chipmarkt   Aktuell "), QString(), QStringLiteral("Elbufer Nachrichten")};
        for (qsizetype i = 0; i < stamps.size(); ++i) {
            Article a = makeArticle(QStringLiteral("Meldung %1").arg(i), QStringLiteral("Text %1.").arg(i),
                QStringLiteral("hash%1").arg(i));
            a.importedAt = stamps[i];
            a.source = outlets[i % outlets.size()];
            QVERIFY(store->insertArticle(a));
        }
        Sqlite::Statement st(store->database(),
            u"SELECT a.imported_at, s.name, a.source_id FROM articles a LEFT JOIN sources s ON s.id = "
            u"a.source_id "
            u"ORDER BY a.id");
        QStringList sourceIds;
        for (qsizetype i = 0; st.step().value(); ++i) {
            QCOMPARE(st.columnText(0), stamps[i].toUTC().toString(Qt::ISODate));
            QCOMPARE(st.columnText(1), outlets[i % outlets.size()].simplified());
            sourceIds << st.columnText(2);
        }
        QCOMPARE(sourceIds.size(), stamps.size());
        QCOMPARE(sourceIds[0], sourceIds[2]);
        QCOMPARE(sourceIds[1], sourceIds[4]);
        QVERIFY(sourceIds[0] != sourceIds[1]);
        QCOMPARE(sourceIds[3], QString()); // no outlet, no source
    }

    // A document's words are runs of letters, decimal digits and combining marks (ASCII through
    // a table, the rest through ICU), at most 64 bytes: each gets one token at its byte offsets,
    // its compound parts colocated. Checked against the rule written out for random texts of
    // ASCII, umlauts, combining marks, CJK, emoji and punctuation.
    void documentWordsAreRunsOfLettersDigitsAndMarks()
    {
        const QList<char32_t> alphabet {U'a', U'Z', U'0', U'9', U' ', U' ', U'.', U'-', U'_', U'\'', U'@',
            U'\u00e4', U'\u00df', U'\u00c9', U'\u0308', U'\u0301', U'\u2013', U'\u201e', U'\u00a0', U'\u4e2d',
            U'\u0660', U'\u00b2', U'\U0001F600', U'\U0001D400', U'k', U'e', U'n'};
        const auto wordChar = [](char32_t c) {
            switch (QChar::category(c)) {
            case QChar::Letter_Uppercase:
            case QChar::Letter_Lowercase:
            case QChar::Letter_Titlecase:
            case QChar::Letter_Modifier:
            case QChar::Letter_Other:
            case QChar::Number_DecimalDigit:
            case QChar::Mark_NonSpacing:
            case QChar::Mark_SpacingCombining:
                return true;
            default:
                return false;
            }
        };
        QRandomGenerator random(29);
        for (int n = 0; n < 3000; ++n) {
            std::u32string text;
            const int length = int(random.bounded(60));
            for (int i = 0; i < length; ++i)
                text += random.bounded(8) == 0 ? U'\u00fc' : alphabet[random.bounded(int(alphabet.size()))];
            // Byte spans of the words, as the rule says.
            QList<std::pair<int, int>> expected;
            int offset = 0;
            int start = -1;
            for (size_t i = 0; i <= text.size(); ++i) {
                const bool inWord = i < text.size() && wordChar(text[i]);
                if (inWord && start < 0)
                    start = offset;
                if (!inWord && start >= 0) {
                    if (offset - start <= 64)
                        expected.append({start, offset});
                    start = -1;
                }
                if (i < text.size())
                    offset += int(QString::fromUcs4(&text[i], 1).toUtf8().size());
            }
            const QString qtext = QString::fromUcs4(text.data(), qsizetype(text.size()));
            const PretokenizedText tokens = pretokenizeDocument(qtext);
            QList<std::pair<int, int>> found;
            for (const PretokenizedText::Token &t : tokens.tokens) {
                if (t.flags == 0)
                    found.append({t.start, t.end});
            }
            QVERIFY2(found == expected, qPrintable(qtext));
        }
    }

    // The import's writer gives FTS5 keys for the tokens its pool worked out: the index is
    // byte for byte the one indexing the texts writes; a key naming no text is refused.
    void pretokenizedArticlesIndexedByKey()
    {
        const QStringList titles {QStringLiteral("Zoll prüft Chips"), QStringLiteral("Exportkontrollen")};
        const QStringList bodies {QStringLiteral("Der Zoll in Shenzhen prüft Grafikkarten genau."),
            QStringLiteral("Die Niederlande binden Lithografiesysteme an Genehmigungen der Behörden.")};
        auto indexData = [&](bool byKey) {
            auto store = openMemory();
            std::vector<PretokenizedText> tokens;
            std::vector<ArticleId> ids;
            {
                Sqlite::Transaction batch(store->database());
                const DeferredIndexScope deferred;
                for (qsizetype i = 0; i < titles.size(); ++i) {
                    ids.push_back(store->insertArticle(makeArticle(titles[i], bodies[i], titles[i])).value());
                    tokens.push_back(pretokenizeDocument(titles[i]));
                    tokens.push_back(pretokenizeDocument(bodies[i]));
                }
                std::vector<const PretokenizedText *> texts;
                for (const PretokenizedText &t : tokens)
                    texts.push_back(&t);
                if (byKey) {
                    const PretokenizedScope replay(texts, PretokenizedLookup::ByKey);
                    if (!store->indexPretokenizedArticles(ids))
                        return QStringList {QStringLiteral("failed")};
                    // One text more than the scope holds: refused, not indexed as a word.
                    const PretokenizedScope fewer({texts[0], texts[1]}, PretokenizedLookup::ByKey);
                    if (store->indexPretokenizedArticles({ids[0], ids[1]}))
                        return QStringList {QStringLiteral("a key beyond the scope was indexed")};
                } else {
                    const PretokenizedScope replay(texts);
                    if (!store->indexArticles(ids))
                        return QStringList {QStringLiteral("failed")};
                }
                if (!batch.commit())
                    return QStringList {QStringLiteral("not committed")};
            }
            QStringList rows;
            Sqlite::Statement data(store->database(),
                u"SELECT id, hex(block) FROM article_fts_data UNION ALL SELECT id, hex(sz) FROM "
                u"article_fts_docsize ORDER BY 1, 2");
            while (data.step().value())
                rows << data.columnText(0) + QLatin1Char(' ') + data.columnText(1);
            rows << QString::number(store->search(QStringLiteral("Genehmigung"), 10).value().size());
            return rows;
        };
        const QStringList byText = indexData(false);
        QCOMPARE(byText.last(), QStringLiteral("1"));
        QCOMPARE(indexData(true), byText);
    }

    // SQLite's compound parts (docs/team.md, "Search on both backends"): where the parts sit and how
    // they rank. Which articles a part finds on either backend: tst_storecontract germanSearch.
    void compoundPartsSitAndRank()
    {
        auto store = openMemory();
        QVERIFY(store->insertArticle(makeArticle(QStringLiteral("Kontrollen"),
            QStringLiteral("Verschärfte Zollkontrollen in Shenzhen treffen Nvidia."), QStringLiteral("1"))));
        QVERIFY(store->insertArticle(makeArticle(QStringLiteral("Beamte"),
            QStringLiteral("Zollbeamte beschlagnahmen Chips von Nvidia."), QStringLiteral("2"))));
        QVERIFY(store->insertArticle(makeArticle(QStringLiteral("Hafen"),
            QStringLiteral("Der Zoll hält Nvidia-Chips fest. Der Zoll prüft."), QStringLiteral("3"))));
        QVERIFY(store->insertArticle(makeArticle(QStringLiteral("Verband"),
            QStringLiteral("Der Verband der Zulieferer tagt."), QStringLiteral("4"))));
        QCOMPARE(hitIds(*store, QStringLiteral("Zoll Nvidia")), (QList<ArticleId> {1, 2, 3}));
        // Parts sit at their word's position: phrases across a compound still match.
        QCOMPARE(hitIds(*store, QStringLiteral("\"Zoll in Shenzhen\"")), (QList<ArticleId> {1}));
        QCOMPARE(hitIds(*store, QStringLiteral("\"Zollkontrollen in Shenzhen\"")), (QList<ArticleId> {1}));
        // A whole-word hit ranks above a part hit.
        auto hits = store->search(QStringLiteral("Zoll"), 10);
        QVERIFY(hits);
        QCOMPARE(hits->size(), size_t(3));
        QCOMPARE(hits->front().article.id, ArticleId(3));
    }

    // Issue 15: the page is chosen from the index before anything is joined; the order is the
    // one of ranking every match in SQL (whole words first, then BM25, then id), for any page size.
    void searchPageKeepsTheRanking()
    {
        auto store = openMemory();
        const QStringList bodies = {QStringLiteral("Der Zoll prüft Chips."),
            QStringLiteral("Zollkontrollen in Shenzhen; der Zoll und die Zollbeamten prüfen Chips lange."),
            QStringLiteral("Zollbeamte beschlagnahmen Chips von Nvidia im Hafen."),
            QStringLiteral("Der Zoll, der Zoll, der Zoll: Chips."),
            QStringLiteral("Chips ohne Zoll, aber mit sehr vielen anderen Wörtern darum herum im Text."),
            QStringLiteral("Zollbehörde und Zollverwaltung melden Chips."), QStringLiteral("Nur Chips.")};
        for (qsizetype i = 0; i < bodies.size(); ++i)
            QVERIFY(store->insertArticle(makeArticle(
                i == 3 ? QStringLiteral("Zoll") : QStringLiteral("Bericht"), bodies[i], QString::number(i))));
        for (const QString &query :
            {QStringLiteral("Zoll"), QStringLiteral("Chips"), QStringLiteral("Zoll Chips")}) {
            Sqlite::Statement reference(store->database(),
                u"SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 ORDER BY "
                u"rowid IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?2) DESC, "
                u"bm25(article_fts, 4.0, 1.0), rowid");
            reference.bind(1, toFtsQuery(query).value())
                .bind(2, toFtsQuery(query, CompoundMatch::WholeWordsOnly).value());
            QList<ArticleId> expected;
            QVERIFY(Sqlite::forEachRow(
                reference, [&](const Sqlite::Statement &row) { expected.append(row.columnInt64(0)); }));
            QVERIFY(expected.size() >= 3);
            for (int limit = 1; limit <= int(expected.size()) + 1; ++limit) {
                auto hits = store->search(query, limit);
                QVERIFY(hits);
                QList<ArticleId> ids;
                for (const SearchHit &hit : hits.value()) {
                    ids.append(hit.article.id);
                    QVERIFY(!hit.snippet.isEmpty());
                    QVERIFY(!hit.article.title.isEmpty());
                }
                QCOMPARE(ids, expected.mid(0, limit));
            }
        }
    }

    void umlautPluralsMeetSingulars()
    {
        auto store = openMemory();
        QVERIFY(store->insertArticle(makeArticle(QStringLiteral("Handel"),
            QStringLiteral("Die Verträge über Zölle auf Chips laufen aus."), QStringLiteral("1"))));
        QVERIFY(store->insertArticle(makeArticle(QStringLiteral("Energie"),
            QStringLiteral("Die Ströme der Rechenzentren wachsen."), QStringLiteral("2"))));
        QCOMPARE(hitIds(*store, QStringLiteral("Vertrag")), (QList<ArticleId> {1}));
        QCOMPARE(hitIds(*store, QStringLiteral("Zoll")), (QList<ArticleId> {1}));
        QCOMPARE(hitIds(*store, QStringLiteral("Vertraege")), (QList<ArticleId> {1}));
        QCOMPARE(hitIds(*store, QStringLiteral("Strom")), (QList<ArticleId> {2}));
    }

    void snippetMarksHits()
    {
        auto store = openMemory();
        QVERIFY(store->insertArticle(makeArticle(
            QStringLiteral("T"), QStringLiteral("Der Zoll prüft Lieferungen."), QStringLiteral("1"))));
        auto hits = store->search(QStringLiteral("Lieferung"), 5);
        QVERIFY(hits);
        QCOMPARE(hits->size(), size_t(1));
        QVERIFY2(hits->front().snippet.contains(QLatin1String("<mark>Lieferungen</mark>")),
            qPrintable(hits->front().snippet));
    }

    void queryErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unclosed quote") << QStringLiteral("\"Zoll in") << QStringLiteral("quote");
        QTest::newRow("only exclusions") << QStringLiteral("-Zoll") << QStringLiteral("excluded");
        QTest::newRow("dangling OR") << QStringLiteral("Zoll OR") << QStringLiteral("OR");
        QTest::newRow("leading OR") << QStringLiteral("OR Zoll") << QStringLiteral("OR");
        QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("no words");
        QTest::newRow("punctuation only") << QStringLiteral("((( ***") << QStringLiteral("no words");
    }
    void queryErrors()
    {
        QFETCH(QString, query);
        QFETCH(QString, messagePart);
        auto store = openMemory();
        auto hits = store->search(query, 10);
        QVERIFY(!hits);
        QVERIFY2(hits.errorMessage().contains(messagePart), qPrintable(hits.errorMessage()));
    }

    void ftsExpression()
    {
        QCOMPARE(toFtsQuery(QStringLiteral("a b")).value(), QStringLiteral("(\"a\") AND (\"b\")"));
        QCOMPARE(
            toFtsQuery(QStringLiteral("a OR b c")).value(), QStringLiteral("(\"a\" OR \"b\") AND (\"c\")"));
        QCOMPARE(toFtsQuery(QStringLiteral("a -b")).value(), QStringLiteral("((\"a\")) NOT \"b\""));
        QCOMPARE(toFtsQuery(QStringLiteral("ab*")).value(), QStringLiteral("(\"ab\" *)"));
        QCOMPARE(toFtsQuery(QStringLiteral("say\"s")).value().count(QLatin1Char('"')), 4);
    }

    void tsqueryText()
    {
        // The same parse written for PostgreSQL (store/postgres/tsquery.h): quoted operands only.
        const auto ts
            = [](const char *query) { return Postgres::toTsQueryText(QString::fromUtf8(query)).value(); };
        QCOMPARE(ts("a b"), QStringLiteral("('a') & ('b')"));
        QCOMPARE(ts("a OR b c"), QStringLiteral("('a' | 'b') & ('c')"));
        QCOMPARE(ts("a -b NOT c"), QStringLiteral("('a') & !('b') & !('c')"));
        QCOMPARE(ts("ab* \"x y\""), QStringLiteral("('ab':*) & ('x y')"));
        // A phrase prefix: the last word alone, as in FTS5.
        QCOMPARE(ts("\"Zoll in Shen\"*"), QStringLiteral("(('Zoll' <-> 'in' <-> 'Shen':*))"));
        // Operators and quotes are text inside the operand.
        QCOMPARE(ts("it's a\\b & !x:*"), QStringLiteral("('it''s') & ('a\\\\b') & ('!x:':*)"));
        QVERIFY(!Postgres::toTsQueryText(QStringLiteral("\"offen")));
        QVERIFY(!Postgres::toTsQueryText(QStringLiteral("-nur")));
    }

    // Every kind has its stored name and its label, from one place each (edithistory.cpp); the
    // window translates the label (tst_mainwindow germanInterface).
    void everyEditKindIsNamedAndLabelled()
    {
        QSet<QString> names, labels;
        int kinds = 0;
        for (; !editKindName(EditKind(kinds)).isEmpty(); ++kinds) {
            const auto kind = EditKind(kinds);
            QCOMPARE(editKindFromName(editKindName(kind)), std::optional<EditKind>(kind));
            QVERIFY(editKindLabel(kind));
            names.insert(editKindName(kind));
            labels.insert(QString::fromUtf8(editKindLabel(kind)));
        }
        QCOMPARE(kinds, int(EditKind::RelationReset) + 1); // the last kind; update with a new one
        QCOMPARE(names.size(), kinds);
        QCOMPARE(labels.size(), kinds);
        QCOMPARE(editKindLabel(EditKind(kinds)), nullptr);
        QCOMPARE(editKindFromName(QStringLiteral("photo_replaced")), std::nullopt); // a newer kind
    }

    // An edit kind's stored name comes from editKindName() on both backends, never from a SQL
    // literal that a renamed or retired kind would leave behind unnoticed: no quoted name in the
    // program's sources (the migrations, which rewrite stored rows, are SQL files and may).
    void editKindsAreNeverSpelledInSql()
    {
        QStringList quoted;
        for (int kind = 0; !editKindName(EditKind(kind)).isEmpty(); ++kind)
            quoted.append(QLatin1Char('\'') + editKindName(EditKind(kind)) + QLatin1Char('\''));
        QStringList offenders;
        int files = 0;
        QDirIterator it(Lagebild::Testing::sourceDir() + QStringLiteral("/src"),
            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            const QString text = QString::fromUtf8(file.readAll());
            for (const QString &name : quoted) {
                if (text.contains(name))
                    offenders.append(file.fileName() + QStringLiteral(": ") + name);
            }
        }
        QVERIFY(files > 100);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    // What a hand change of a mention writes into the article's history; no change, no row.
    void historyOfMentionEdits_data()
    {
        QTest::addColumn<std::optional<StoredMention>>("before");
        QTest::addColumn<std::optional<StoredMention>>("after");
        QTest::addColumn<QStringList>("rows");
        const auto mention
            = [](const char *text, const char *type, const char *canonical, bool manual, int start = 0) {
                  StoredMention m;
                  m.text = QString::fromUtf8(text);
                  m.type = QString::fromLatin1(type);
                  m.canonical = QString::fromUtf8(canonical);
                  m.manual = manual;
                  m.start = start;
                  m.end = start + int(m.text.size());
                  return std::optional<StoredMention>(m);
              };
        const auto engine = mention("Nvidia", "COMPANY", "Nvidia", false);
        const auto hand = mention("Nvidia", "COMPANY", "Nvidia", true);
        std::optional<StoredMention> figure = mention("421.000 Chips", "QUANTITY", "", true);
        figure->value = QStringLiteral("421000");
        figure->unit = QStringLiteral("count");
        std::optional<StoredMention> otherFigure = figure;
        otherFigure->value = QStringLiteral("42100");
        const std::optional<StoredMention> none;
        QTest::newRow("marked") << none << hand
                                << QStringList {QStringLiteral("mention_added Nvidia (COMPANY)")};
        QTest::newRow("marked, linked by name")
            << none << mention("Nvidias", "COMPANY", "Nvidia", true)
            << QStringList {QStringLiteral("mention_added Nvidias = Nvidia (COMPANY)")};
        QTest::newRow("a figure") << none << figure
                                  << QStringList {QStringLiteral(
                                         "mention_added 421.000 Chips (QUANTITY 421000 count)")};
        QTest::newRow("removed") << engine << none
                                 << QStringList {QStringLiteral("mention_removed Nvidia (COMPANY)")};
        QTest::newRow("retyped") << engine << mention("Nvidia", "ORGANIZATION", "Nvidia", true)
                                 << QStringList {
                                        QStringLiteral("mention_retyped Nvidia: COMPANY → ORGANIZATION")};
        QTest::newRow("linked") << engine << mention("Nvidia", "COMPANY", "Nvidia Corporation", true)
                                << QStringList {
                                       QStringLiteral("mention_linked Nvidia: Nvidia → Nvidia Corporation")};
        QTest::newRow("confirmed") << engine << hand
                                   << QStringList {QStringLiteral("mention_confirmed Nvidia (COMPANY)")};
        QTest::newRow("the engine's again (undo)") << mention("Nvidia", "ORGANIZATION", "Nvidia",
            true) << engine << QStringList {QStringLiteral("mention_reset Nvidia (COMPANY)")};
        QTest::newRow("span moved") << mention("Nvidia", "COMPANY", "Nvidia", false, 4)
                                    << mention("Nvidia Corp", "COMPANY", "Nvidia", true, 4)
                                    << QStringList {QStringLiteral("mention_removed Nvidia (COMPANY)"),
                                           QStringLiteral("mention_added Nvidia Corp = Nvidia (COMPANY)")};
        QTest::newRow("value changed")
            << figure << otherFigure
            << QStringList {QStringLiteral("mention_removed 421.000 Chips (QUANTITY 421000 count)"),
                   QStringLiteral("mention_added 421.000 Chips (QUANTITY 42100 count)")};
        QTest::newRow("marked as it was: no change") << hand << hand << QStringList {};
        QTest::newRow("nothing there, nothing made") << none << none << QStringList {};
    }

    void historyOfMentionEdits()
    {
        QFETCH(std::optional<StoredMention>, before);
        QFETCH(std::optional<StoredMention>, after);
        QFETCH(QStringList, rows);
        QStringList made;
        for (const EditRecord &edit : mentionEdits(before, after))
            made << editKindName(edit.kind) + QLatin1Char(' ') + edit.detail;
        QCOMPARE(made, rows);
    }

    // The connection keeps prepared statements for reuse: a kept one must behave as a fresh one.
    void keptStatementsBehaveAsFreshOnes()
    {
        auto db = Sqlite::Database::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        Sqlite::Database &d = *db.value();
        QVERIFY(d.execute(
            QStringLiteral("CREATE TABLE t(a INTEGER, b TEXT); INSERT INTO t VALUES (1, 'x'), (2, 'y')")));
        const auto valueOf = [&d](std::optional<qint64> bound) {
            Sqlite::Statement st(d, u"SELECT b FROM t WHERE a IS ?1");
            if (bound)
                st.bind(1, *bound);
            const auto row = st.step();
            return row && row.value() ? st.columnText(0) : QStringLiteral("none");
        };
        QCOMPARE(valueOf(1), QStringLiteral("x"));
        QCOMPARE(valueOf(2), QStringLiteral("y"));
        // Bindings do not survive into the next use: unbound is NULL, which no row has.
        QCOMPARE(valueOf(std::nullopt), QStringLiteral("none"));
        {
            // The same SQL twice at once, the first left in the middle of its rows.
            Sqlite::Statement outer(d, u"SELECT a FROM t ORDER BY a");
            QVERIFY(outer.step().value());
            QCOMPARE(outer.columnInt(0), 1);
            Sqlite::Statement inner(d, u"SELECT a FROM t ORDER BY a");
            QVERIFY(inner.step().value());
            QCOMPARE(inner.columnInt(0), 1);
            QVERIFY(outer.step().value());
            QCOMPARE(outer.columnInt(0), 2);
        }
        // A kept statement sees a changed schema.
        QVERIFY(d.execute(QStringLiteral("ALTER TABLE t ADD COLUMN c INTEGER DEFAULT 7")));
        {
            Sqlite::Statement st(d, u"SELECT * FROM t ORDER BY a");
            QVERIFY(st.step().value());
            QCOMPARE(st.columnInt(2), 7);
        }
        // Statements written at run time beyond the cache's room are finalised, not kept.
        for (int k = 0; k < 300; ++k) {
            Sqlite::Statement st(d, QStringLiteral("SELECT %1 + a FROM t WHERE a = 1").arg(k));
            QVERIFY(st.step().value());
            QCOMPARE(st.columnInt(0), k + 1);
        }
        QCOMPARE(valueOf(2), QStringLiteral("y"));
        // A failing statement leaves nothing behind for the next user of its SQL.
        QVERIFY(d.execute(QStringLiteral("CREATE UNIQUE INDEX t_a ON t(a)")));
        for (int k = 0; k < 2; ++k) {
            Sqlite::Statement insert(d, u"INSERT INTO t(a, b) VALUES (?1, 'z')");
            insert.bind(1, qint64(1));
            QVERIFY(!insert.execute());
        }
        // A statement that could not be prepared (bad SQL here; an interrupt or a locked schema
        // in use) is bound, stepped and reset like any other: it fails, it does not crash.
        {
            Sqlite::Statement broken(d, u"SELECT nothing FROM nowhere WHERE a = ?1");
            broken.bind(1, qint64(1)).bind(2, QStringLiteral("x")).bindNull(3);
            QVERIFY(!broken.step());
            QVERIFY(!broken.execute());
            Sqlite::ResetOnExit reset(broken);
        }
        QVERIFY(d.execute(QStringLiteral("DROP TABLE t")));
    }

    void indexRebuiltWhenTokenizerVersionChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sqlite"));
        {
            auto store = ArticleStore::open(path).value();
            QVERIFY(!SearchIndex(store->database()).isOutdated().value());
            for (int i = 1; i <= 1201; ++i) // three batches
                QVERIFY(store->insertArticle(makeArticle(QStringLiteral("Zoll %1").arg(i),
                    QStringLiteral("Behörden prüfen Lieferung %1.").arg(i), QString::number(i))));
            QVERIFY(store->database().execute(
                QStringLiteral("UPDATE meta SET value = '0' WHERE key = 'tokenizer_version'")));
        }
        auto store = ArticleStore::open(path).value();
        SearchIndex index(store->database());
        QVERIFY(index.isOutdated().value()); // opening leaves it to the caller, with progress

        // Cancelled: nothing changed, the old index still answers, still outdated.
        QList<qint64> seen;
        auto cancelled = index.rebuild([&](qint64 done, qint64) {
            seen << done;
            return false;
        });
        QVERIFY(cancelled);
        QVERIFY(!cancelled.value());
        QCOMPARE(seen, QList<qint64> {500});
        QVERIFY(index.isOutdated().value());
        QCOMPARE(hitIds(*store, QStringLiteral("Lieferung 7")), QList<ArticleId> {7});

        seen.clear();
        auto rebuilt = index.rebuild([&](qint64 done, qint64) {
            seen << done;
            return true;
        });
        QVERIFY(rebuilt && rebuilt.value());
        QCOMPARE(seen, (QList<qint64> {500, 1000, 1201}));
        QVERIFY(!index.isOutdated().value());
        QCOMPARE(hitIds(*store, QStringLiteral("Behoerden 1201")), QList<ArticleId> {1201});
        QVERIFY(store->database().execute(
            QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)")));
    }

    void rawOriginalPackedWithTheBody()
    {
        auto store = openMemory();
        Article a = makeArticle(QStringLiteral("Zoll prüft"),
            QStringLiteral(
                "Der Zoll in Shenzhen prüft jede Lieferung. Die Wartezeiten an der Grenze sind nach "
                "Angaben der Händler von zwei auf zehn Tage gestiegen. Betroffen seien vor allem "
                "Rechenbeschleuniger für Rechenzentren, sagte ein Importeur."),
            QStringLiteral("1"));
        const QString header = QStringLiteral("Von Anna Beispiel | Rundschau | 14.10.2025\n\n");
        a.rawOriginal = header + a.body;
        const ArticleId id = store->insertArticle(a).value();
        Sqlite::Statement st(store->database(),
            u"SELECT typeof(raw_original), length(raw_original) FROM articles WHERE id = ?1");
        st.bind(1, id);
        QVERIFY(st.step().value());
        QCOMPARE(st.columnText(0), QStringLiteral("blob"));
        // The part that repeats the body costs a few bytes.
        QVERIFY2(st.columnInt(1) < header.size() + 30, qPrintable(QString::number(st.columnInt(1))));
        QCOMPARE(store->article(id).value()->rawOriginal, a.rawOriginal);
        // Long texts, beyond deflate's window, and a damaged value (read as empty, not garbage).
        const QString longBody = QString(QStringLiteral("Ein Satz über Zölle und Chips. ")).repeated(3000);
        const QString longRaw = QStringLiteral("<html>") + longBody + QStringLiteral("</html>");
        QCOMPARE(unpackRawOriginal(packRawOriginal(longRaw, longBody), true, longBody), longRaw);
        QCOMPARE(unpackRawOriginal(packRawOriginal(QString(), QString()), true, QString()), QString());
        QCOMPARE(unpackRawOriginal(QByteArray("\x01\0\0\0\x09xyz"), true, longBody), QString());
        QCOMPARE(unpackRawOriginal(QByteArray("alt"), false, longBody), QStringLiteral("alt"));
    }

    void upgradesFromVersion7()
    {
        const OldDatabase old(7,
            {u"INSERT INTO articles(id, title, body, raw_original, content_hash, simhash, "
             u"imported_at, published_day, duplicate_of) VALUES (1, 'Zoll', 'Quorvexa meldet "
             u"Zahlen.', 'Zoll\n\nQuorvexa meldet Zahlen.', 'h1', 0, '2025-10-14', "
             u"'2025-10-14', NULL), (2, 'Kopie', 'Quorvexa meldet Zahlen heute.', 'roh', "
             u"'h2', 0, '2025-10-15', '2025-10-15', 1)",
                u"INSERT INTO tags(id, name) VALUES (1, 'prüfen')",
                u"INSERT INTO article_tags(article_id, tag_id, tagged_at) VALUES (1, 1, '2025-10-16')",
                u"INSERT INTO notes(article_id, text, updated_at) VALUES (2, 'Quelle anrufen', "
                u"'2025-10-16')",
                u"INSERT INTO entities(id, canonical, type, origin) VALUES (1, 'Quorvexa', 'COMPANY', "
                u"'manual')",
                u"INSERT INTO mentions(article_id, entity_id, start, \"end\", type, text, origin, "
                u"sentence_start, sentence_end) VALUES (1, 1, 0, 8, 'COMPANY', 'Quorvexa', 'manual', 0, "
                u"23), (1, NULL, 16, 22, 'QUANTITY', 'Zahlen', 'automatic', 0, 23)",
                u"INSERT INTO corrections(kind, entity, value, created_at) VALUES ('alias', 'Quorvexa "
                u"AG', "
                u"'Quorvexa', '2025-10-16')"});
        QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
        const QString &path = old.path;
        auto store = ArticleStore::open(path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QVERIFY(Migrator::latestVersion() >= 8);
        auto count = [&](const char16_t *sql) {
            return Sqlite::queryInt64((**store).database(), sql)->value_or(-1);
        };
        QCOMPARE(count(u"PRAGMA user_version"), qint64(Migrator::latestVersion()));
        QCOMPARE(count(u"SELECT count(*) FROM articles"), 2);
        QCOMPARE(count(u"SELECT count(*) FROM article_tags"), 1);
        QCOMPARE(count(u"SELECT count(*) FROM notes"), 1);
        QCOMPARE(count(u"SELECT count(*) FROM mentions WHERE origin = 'manual'"), 1);
        QCOMPARE(count(u"SELECT count(*) FROM corrections"), 1);
        // Originals stored as text before stay readable; new ones are packed.
        QCOMPARE(
            (**store).article(1).value()->rawOriginal, QStringLiteral("Zoll\n\nQuorvexa meldet Zahlen."));
        QCOMPARE((**store).article(2).value()->note, QStringLiteral("Quelle anrufen"));
        QCOMPARE(hitIds(**store, QStringLiteral("Quorvexa")).size(), 2);
        // The new indexes answer their queries.
        // 0008's index of quantity sentences is part of mentions_article since 0012.
        QCOMPARE(count(u"SELECT count(*) FROM sqlite_schema WHERE name IN ('articles_list_date', "
                       u"'mentions_article')"),
            2);
        const QString steps = queryPlan((**store).database(),
            QStringLiteral("SELECT a.id FROM articles a WHERE a.duplicate_of IS NULL ORDER BY "
                           "a.published_day DESC NULLS LAST, a.id DESC"));
        // Since 0015 the list's own index, which holds duplicate_of too and needs no sort of a
        // day's ids (upgradesFromVersion14).
        QVERIFY2(steps.contains(QLatin1String("COVERING INDEX articles_list_date")), qPrintable(steps));
    }
    // Migration 0016: the rows correcting a relation (relations.corrects, ON DELETE SET NULL) are
    // found through an index. Without it SQLite looked through every relation for each relation
    // re-analysis deleted: `analyze --all` of 20,000 articles 260 s, with it 15 s.
    void relationCorrectionsAreIndexed()
    {
        auto store = ArticleStore::open(QStringLiteral(":memory:"));
        QVERIFY2(store, qPrintable(store.errorMessage()));
        const QString steps
            = queryPlan((**store).database(), QStringLiteral("SELECT 1 FROM relations WHERE corrects = 7"));
        QVERIFY2(steps.contains(QLatin1String("relations_corrects")), qPrintable(steps));
    }

    // Migration 0017: an entity's relations as target are found through an index, as those as
    // source are through relations_entities. The timeline's events of one entity read both
    // (TimelineQuery::events); without it SQLite read every entry of relations_entities.
    void relationTargetsAreIndexed()
    {
        auto store = ArticleStore::open(QStringLiteral(":memory:"));
        QVERIFY2(store, qPrintable(store.errorMessage()));
        const QString steps = queryPlan((**store).database(),
            QStringLiteral(
                "SELECT id FROM relations WHERE source_entity IN (SELECT value FROM json_each(?1)) "
                "UNION ALL SELECT id FROM relations WHERE target_entity IN (SELECT value FROM "
                "json_each(?1))"));
        QVERIFY2(steps.contains(QLatin1String("relations_target (target_entity=?)")), qPrintable(steps));
        QVERIFY2(steps.contains(QLatin1String("relations_entities (source_entity=?)")), qPrintable(steps));
        QVERIFY2(!steps.contains(QLatin1String("SCAN relations")), qPrintable(steps));
    }

    // Migration 0015 on a file an earlier Lagebild left at schema 14: the list's index is added
    // and the list newest first, near-duplicates hidden or not, reads it alone, in the list's
    // order (no temporary B-tree for the ids of a day); undated articles last.
    void upgradesFromVersion14()
    {
        const OldDatabase old(14,
            {u"INSERT INTO articles(id, title, raw_original, content_hash, simhash, imported_at, body_size, "
             u"body_packed, published_day, duplicate_of) VALUES "
             u"(1, 'Eins', 'roh', 'h1', 0, '2025-10-14', 4, CAST('Zoll' AS BLOB), '2025-10-14', NULL), "
             u"(2, 'Zwei', 'roh', 'h2', 0, '2025-10-14', 4, CAST('Zoll' AS BLOB), NULL, NULL), "
             u"(3, 'Drei', 'roh', 'h3', 0, '2025-10-14', 4, CAST('Zoll' AS BLOB), '2025-10-15', NULL), "
             u"(4, 'Vier', 'roh', 'h4', 0, '2025-10-14', 4, CAST('Zoll' AS BLOB), '2025-10-14', 1), "
             u"(5, 'Fünf', 'roh', 'h5', 0, '2025-10-14', 4, CAST('Zoll' AS BLOB), '2025-10-14', NULL)"});
        QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
        {
            auto db = Sqlite::Database::open(old.path);
            QVERIFY(db);
            QCOMPARE(Sqlite::queryInt64(**db,
                         u"SELECT count(*) FROM sqlite_schema WHERE name = "
                         u"'articles_list_date'")
                         ->value_or(-1),
                0);
        }
        auto store = ArticleStore::open(old.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        Sqlite::Database &db = (**store).database();
        auto count = [&](const char16_t *sql) { return Sqlite::queryInt64(db, sql)->value_or(-1); };
        QVERIFY(Migrator::latestVersion() >= 15);
        QCOMPARE(count(u"PRAGMA user_version"), qint64(Migrator::latestVersion()));
        QCOMPARE(count(u"SELECT count(*) FROM articles"), 5);
        QCOMPARE(count(u"SELECT count(*) FROM sqlite_schema WHERE name = 'articles_list_date'"), 1);
        for (const QString &where : {QString(), QStringLiteral(" WHERE a.duplicate_of IS NULL")}) {
            const QString steps = queryPlan(db,
                QStringLiteral("SELECT a.id FROM articles a") + where
                    + QStringLiteral(" ORDER BY a.published_day DESC NULLS LAST, a.id DESC"));
            QVERIFY2(steps.contains(QLatin1String("COVERING INDEX articles_list_date")), qPrintable(steps));
            QVERIFY2(!steps.contains(QLatin1String("TEMP B-TREE")), qPrintable(steps));
        }
        ArticleQuery query(db);
        QCOMPARE(query.ids({}, ArticleOrder::Date, true).value(), (std::vector<ArticleId> {3, 5, 4, 1, 2}));
        ArticleFilter unique;
        unique.hideDuplicates = true;
        QCOMPARE(query.ids(unique, ArticleOrder::Date, true).value(), (std::vector<ArticleId> {3, 5, 1, 2}));
    }
    // Migration 0018 on a file an earlier Lagebild left at schema 17: each entity's articles and
    // active mentions are counted from the mentions as they are, the analyst's removals and
    // additions included, and kept from then on; every row and piece of hand work stays.
    void upgradesFromVersion17()
    {
        const OldDatabase old(17,
            {u"INSERT INTO articles(id, title, raw_original, content_hash, simhash, imported_at, body_size, "
             u"body_packed, published_day) VALUES "
             u"(1, 'Eins', 'roh', 'h1', 0, '2025-10-14', 4, CAST('Zoll' AS BLOB), '2025-10-14'), "
             u"(2, 'Zwei', 'roh', 'h2', 0, '2025-10-14', 4, CAST('Zoll' AS BLOB), '2025-10-15')",
                u"INSERT INTO entities(id, canonical, type) VALUES (1, 'Quorvexa', 'COMPANY'), "
                u"(2, 'Berlin', 'LOCATION'), (3, 'Niemand', 'PERSON')",
                u"INSERT INTO mentions(id, article_id, entity_id, start, \"end\", type_code, manual, "
                u"removed) VALUES "
                u"(1, 1, 1, 0, 4, 4, 0, 0), (2, 1, 1, 5, 9, 4, 0, 0), (3, 2, 1, 0, 4, 4, 1, 0), "
                u"(4, 2, 2, 5, 9, 0, 0, 0), (5, 2, 3, 10, 14, 3, 1, 1), (6, 1, NULL, 10, 14, 1, 0, 0)"});
        QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
        auto store = ArticleStore::open(old.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        Sqlite::Database &db = (**store).database();
        auto count = [&](const QString &sql) { return Sqlite::queryInt64(db, sql)->value_or(-1); };
        QVERIFY(Migrator::latestVersion() >= 18);
        QCOMPARE(count(QStringLiteral("PRAGMA user_version")), qint64(Migrator::latestVersion()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mentions")), 6);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mentions WHERE manual = 1")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mentions WHERE removed = 1")), 1);
        const auto counts = [&] {
            QStringList list;
            Sqlite::Statement st(db, u"SELECT entity_id, articles, mentions FROM entity_counts ORDER BY 1");
            (void)Sqlite::forEachRow(st, [&](Sqlite::Statement &row) {
                list << QStringLiteral("%1:%2/%3")
                            .arg(row.columnInt64(0))
                            .arg(row.columnInt64(1))
                            .arg(row.columnInt64(2));
            });
            return list.join(QLatin1Char(' '));
        };
        // Each article's active mentions (0020), a row for every article, one without any added.
        const auto byArticle = [&] {
            QStringList list;
            Sqlite::Statement st(db, u"SELECT article_id, mentions FROM article_counts ORDER BY 1");
            (void)Sqlite::forEachRow(st, [&](Sqlite::Statement &row) {
                list << QStringLiteral("%1:%2").arg(row.columnInt64(0)).arg(row.columnInt64(1));
            });
            return list.join(QLatin1Char(' '));
        };
        // The removed mention of entity 3 and the one without an entity are not counted.
        QCOMPARE(counts(), QStringLiteral("1:2/3 2:1/1"));
        QCOMPARE(byArticle(), QStringLiteral("1:3 2:2"));
        AnalysisRepository repository(db);
        QVERIFY(repository.removeMention(3));
        QCOMPARE(counts(), QStringLiteral("1:1/2 2:1/1"));
        QCOMPARE(byArticle(), QStringLiteral("1:3 2:1"));
        QVERIFY(db.execute(QStringLiteral(
            "INSERT INTO articles(id, title, raw_original, content_hash, simhash, imported_at, body_size, "
            "body_packed) VALUES (3, 'Drei', 'roh', 'h3', 0, '2025-10-16', 4, CAST('Zoll' AS BLOB))")));
        QCOMPARE(byArticle(), QStringLiteral("1:3 2:1 3:0"));
        QVERIFY(db.execute(QStringLiteral("DELETE FROM articles WHERE id = 1")));
        QCOMPARE(counts(), QStringLiteral("1:0/0 2:1/1"));
        QCOMPARE(byArticle(), QStringLiteral("2:1 3:0"));
        Sqlite::Statement check(db, u"PRAGMA integrity_check");
        QVERIFY(check.step().value());
        QCOMPARE(check.columnText(0), QStringLiteral("ok"));
    }
    void upgradesFromVersion8()
    {
        // Hand work of every kind, an article with a character beyond U+FFFF before its mentions
        // (the offsets count UTF-16 units, substr() code points), and an automatic row whose text
        // is not its slice of the body.
        const OldDatabase old(8,
            {u"INSERT INTO articles(id, title, body, raw_original, content_hash, simhash, imported_at, "
             u"published_day) VALUES (1, 'Zoll', 'Quorvexa meldet Zahlen. Zoll steigt.', 'roh', 'h1', 0, "
             u"'2025-10-14', '2025-10-14'), (2, 'Emoji', '\U0001F600 Quorvexa meldet Zahlen.', 'roh', 'h2', "
             u"0, '2025-10-15', '2025-10-15')",
                u"INSERT INTO tags(id, name) VALUES (1, 'prüfen')",
                u"INSERT INTO article_tags(article_id, tag_id, tagged_at) VALUES (1, 1, '2025-10-16')",
                u"INSERT INTO notes(article_id, text, updated_at) VALUES (2, 'Quelle anrufen', '2025-10-16')",
                u"INSERT INTO entities(id, canonical, type, origin) VALUES (1, 'Quorvexa', 'COMPANY', "
                u"'automatic')",
                u"INSERT INTO mentions(id, article_id, entity_id, start, \"end\", type, text, origin, "
                u"status, "
                u"sentence_start, sentence_end) VALUES "
                u"(1, 1, 1, 0, 8, 'COMPANY', 'Quorvexa', 'automatic', 'active', 0, 23), "
                u"(2, 1, NULL, 16, 22, 'QUANTITY', 'Zahlen', 'automatic', 'active', 0, 23), "
                u"(3, 1, 1, 24, 28, 'COMPANY', 'Zoll', 'manual', 'active', 24, 36), "
                u"(4, 1, NULL, 9, 15, 'PERSON', 'meldet', 'manual', 'removed', 0, 23), "
                u"(5, 2, 1, 3, 11, 'COMPANY', 'Quorvexa', 'automatic', 'active', 0, 26), "
                u"(6, 2, NULL, 12, 18, 'PERSON', 'Meldung', 'automatic', 'active', 0, 26)"});
        QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
        auto store = ArticleStore::open(old.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        Sqlite::Database &db = (**store).database();
        auto count = [&](const char16_t *sql) { return Sqlite::queryInt64(db, sql)->value_or(-1); };
        QCOMPARE(count(u"PRAGMA user_version"), qint64(Migrator::latestVersion()));
        // Every row and every piece of hand work is there; only the automatic slices of the plain
        // article lost their stored text.
        const std::pair<const char16_t *, qint64> expected[] = {{u"SELECT count(*) FROM mentions", 6},
            {u"SELECT count(*) FROM mentions WHERE origin = 'manual'", 2},
            {u"SELECT count(*) FROM mentions WHERE status = 'removed' AND origin = 'manual'", 1},
            {u"SELECT count(*) FROM article_tags", 1}, {u"SELECT count(*) FROM notes", 1},
            {u"SELECT sum(id) FROM mentions WHERE text IS NULL", 1 + 2}};
        for (const auto &check : expected)
            QCOMPARE(count(check.first), check.second);
        AnalysisRepository repository(db);
        auto texts = [&](ArticleId article) {
            QStringList list;
            for (const StoredMention &m : repository.mentionsOf(article).value())
                list << m.text;
            return list;
        };
        QCOMPARE(texts(1),
            (QStringList {QStringLiteral("Quorvexa"), QStringLiteral("Zahlen"), QStringLiteral("Zoll")}));
        QCOMPARE(texts(2), (QStringList {QStringLiteral("Quorvexa"), QStringLiteral("Meldung")}));
        const auto forms
            = repository.surfaceForms(QStringLiteral("COMPANY"), QStringLiteral("Quorvexa")).value();
        QCOMPARE(forms.size(), size_t(2));
        QCOMPARE(forms[0], (std::pair<QString, qint64> {QStringLiteral("Quorvexa"), 2}));
        QCOMPARE(forms[1], (std::pair<QString, qint64> {QStringLiteral("Zoll"), 1}));
        // Removing an automatic mention makes it the analyst's row, which keeps its text.
        QVERIFY(repository.removeMention(1));
        QCOMPARE(count(u"SELECT count(*) FROM mentions WHERE id = 1 AND manual = 1 AND removed = 1 AND "
                       u"text = 'Quorvexa'"),
            1);
        // The entity index is gone; the partial one answers every query by entity (as before: SQLite
        // 3.40 reads the row for a partial index's condition either way).
        QCOMPARE(count(u"SELECT count(*) FROM sqlite_schema WHERE name = 'mentions_entity'"), 0);
        const QString steps = queryPlan(db,
            QStringLiteral("SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = 1 "
                           "AND m.status = 'active'"));
        QVERIFY2(steps.contains(QLatin1String("USING INDEX mentions_entity_article")), qPrintable(steps));
        Sqlite::Statement check(db, u"PRAGMA integrity_check");
        QVERIFY(check.step().value());
        QCOMPARE(check.columnText(0), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
