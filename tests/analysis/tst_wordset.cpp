// SPDX-License-Identifier: GPL-3.0-or-later
// The German lexicon's lookup table: built from word lists, written as a table (what
// lagebild-wordsetgen does at build time) and read back, it answers every word as the set built
// from the lists does; a damaged table is refused; the bundled table knows both lists.

#include "analysis/wordset.h"
#include "text/germanfolding.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Lagebild::Analysis::WordSet;

class TestWordSet : public QObject
{
    Q_OBJECT
private:
    static quint8 listsOf(const WordSet &set, const QString &word)
    {
        return set.lists(Lagebild::Text::wordHash(Lagebild::Text::foldWord(word)));
    }
    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void tableAnswersAsTheLists()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString upper = dir.filePath(QStringLiteral("capitalized.txt"));
        const QString lower = dir.filePath(QStringLiteral("lowercase.txt"));
        QVERIFY(write(upper, "# a comment\nHaus\nStraße\nÄrger\nGrün\n"));
        QVERIFY(write(lower, "und\ngrün\n  ärgerlich  \n\n"));
        const WordSet lists
            = WordSet::fromResources({{upper, WordSet::capitalizedList}, {lower, WordSet::lowercaseList}});
        QCOMPARE(lists.size(), size_t(6));
        const QString table = dir.filePath(QStringLiteral("words.table"));
        QVERIFY(write(table, lists.toTable()));
        const std::optional<WordSet> read = WordSet::fromTable(table);
        QVERIFY(read);
        QCOMPARE(read->size(), lists.size());
        for (const QString &word : {QStringLiteral("Haus"), QStringLiteral("Strasse"),
                 QStringLiteral("ärger"), QStringLiteral("grün"), QStringLiteral("und"),
                 QStringLiteral("ärgerlich"), QStringLiteral("Baum"), QStringLiteral("comment")})
            QCOMPARE(listsOf(*read, word), listsOf(lists, word));
        QCOMPARE(listsOf(*read, QStringLiteral("Grün")),
            quint8(WordSet::capitalizedList | WordSet::lowercaseList));
        QCOMPARE(listsOf(*read, QStringLiteral("Baum")), quint8(0));
    }

    void damagedTableIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString list = dir.filePath(QStringLiteral("words.txt"));
        QVERIFY(write(list, "Haus\n"));
        const QByteArray table = WordSet::fromResources({{list, WordSet::capitalizedList}}).toTable();
        const QString path = dir.filePath(QStringLiteral("words.table"));
        QVERIFY(write(path, table.chopped(8))); // one slot short
        QVERIFY(!WordSet::fromTable(path));
        QByteArray otherMagic = table;
        otherMagic[0] = 'X';
        QVERIFY(write(path, otherMagic));
        QVERIFY(!WordSet::fromTable(path));
        QVERIFY(!WordSet::fromTable(dir.filePath(QStringLiteral("missing.table"))));
    }

    void bundledTableKnowsBothLists()
    {
        const std::optional<WordSet> lexicon = WordSet::fromTable(QStringLiteral(":/lexicon/words.table"));
        QVERIFY(lexicon);
        QVERIFY(lexicon->size() > 100000);
        QVERIFY(listsOf(*lexicon, QStringLiteral("Haus")) & WordSet::capitalizedList);
        QVERIFY(listsOf(*lexicon, QStringLiteral("und")) & WordSet::lowercaseList);
        QVERIFY(!(listsOf(*lexicon, QStringLiteral("und")) & WordSet::capitalizedList));
    }
};

QTEST_GUILESS_MAIN(TestWordSet)
#include "tst_wordset.moc"
