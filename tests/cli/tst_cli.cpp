// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real lagebild-cli binary: exit statuses, the documented JSON shapes, and an import
// killed half-way that a second run completes.

#include "store/articlestore.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Lagebild;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

const QString cli = Lagebild::Testing::binaryDir() + QStringLiteral("/bin/lagebild-cli");
const QString data = Lagebild::Testing::testDataDir() + QStringLiteral("/import");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    Run run(QStringList args, bool withDb = true)
    {
        if (withDb)
            args << QStringLiteral("--db") << m_db;
        QProcess p;
        p.start(cli, args);
        if (!p.waitForFinished(60000))
            qFatal("lagebild-cli did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }

    /// Writes the (file name, text) pairs into a folder of `dir`, imports them into a new
    /// database there and returns its path (empty when the import failed).
    QString importTexts(const QTemporaryDir &dir,
        std::initializer_list<std::pair<const char *, const char *>> files, const QString &name)
    {
        const QString in = dir.filePath(name);
        if (!QDir().mkpath(in))
            return {};
        for (const auto &file : files) {
            QFile f(in + QLatin1Char('/') + QLatin1String(file.first));
            if (!f.open(QIODevice::WriteOnly) || f.write(file.second) < 0)
                return {};
        }
        const QString db = dir.filePath(name + QLatin1String(".sqlite"));
        if (run({QStringLiteral("import"), QStringLiteral("-q"), QStringLiteral("--db"), db, in}, false)
                .exitCode
            != 0)
            return {};
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const Run r = run({QStringLiteral("import"), QStringLiteral("--sample"), QStringLiteral("-q")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("imported: 52"), r.out.constData());
    }

    void usageErrors()
    {
        QCOMPARE(run({}, false).exitCode, 2);
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("show")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("show"), QStringLiteral("abc")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("search")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("import")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode, 2);
    }

    void helpForEveryCommand()
    {
        const Run top = run({QStringLiteral("--help")}, false);
        QCOMPARE(top.exitCode, 0);
        for (const char *command :
            {"import", "list", "show", "search", "tag", "untag", "note", "stats", "extract", "parse",
                "analyze", "entities", "entity", "relation", "learn", "check", "compact", "figures"}) {
            QVERIFY2(top.out.contains(command), command);
            const Run r = run({QString::fromLatin1(command), QStringLiteral("--help")}, false);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("--db"), command);
        }
    }

    void completionKnowsEveryCommandAndOption()
    {
        // The bash completion is written by hand; this keeps it in step with the commands and
        // options the program really has (it once lacked four commands and migrate's options).
        // bash-completion's helpers are replaced by stubs, so the package need not be installed.
        const QString script
            = Lagebild::Testing::sourceDir() + QStringLiteral("/resources/completion/lagebild-cli");
        const auto complete = [&](const QStringList &words) {
            QStringList arguments {QStringLiteral("-c"),
                QStringLiteral("_init_completion() { words=(\"${COMP_WORDS[@]}\"); cword=$COMP_CWORD; "
                               "cur=${words[cword]}; prev=${words[cword-1]}; }; "
                               "_filedir() { COMPREPLY=(FILE); }; complete() { :; }; "
                               "source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); "
                               "_lagebild_cli; printf '%s\\n' \"${COMPREPLY[@]}\""),
                QStringLiteral("bash"), script};
            arguments += words;
            QProcess bash;
            bash.start(QStringLiteral("bash"), arguments);
            if (!bash.waitForFinished(30000) || bash.exitCode() != 0)
                return QSet<QString> {QStringLiteral("(bash failed)")};
            const QStringList lines = QString::fromUtf8(bash.readAllStandardOutput())
                                          .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            return QSet<QString>(lines.begin(), lines.end());
        };
        const auto lc = QStringLiteral("lagebild-cli");

        const Run top = run({QStringLiteral("--help")}, false);
        QCOMPARE(top.exitCode, 0);
        const QString help = QString::fromUtf8(top.out);
        QStringList commands;
        for (const QString &line :
            help.section(QStringLiteral("\nCommands:\n"), 1).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("  ")) && line.size() > 2 && line.at(2) != QLatin1Char(' '))
                commands << line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        }
        QVERIFY(commands.size() > 20);
        const QSet<QString> offered = complete({lc, QString()});
        QCOMPARE(offered, QSet<QString>(commands.begin(), commands.end()));

        static const QRegularExpression option(QStringLiteral("^  (?:-(\\w), )?--([\\w-]+)"));
        for (const QString &command : std::as_const(commands)) {
            const Run r = run({command, QStringLiteral("--help")}, false);
            QCOMPARE(r.exitCode, 0);
            const QSet<QString> completed = complete({lc, command, QStringLiteral("-")});
            for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'))) {
                const auto m = option.match(line);
                if (!m.hasMatch() || m.captured(2) == QLatin1String("help-all"))
                    continue;
                const QString longName = QStringLiteral("--") + m.captured(2);
                QVERIFY2(completed.contains(longName), qPrintable(command + QLatin1Char(' ') + longName));
            }
        }
        // Where a file or a database goes, names of files are offered (also after migrate's
        // --from and --to, which elsewhere are dates).
        for (const QStringList &words : {QStringList {lc, QStringLiteral("--db"), QString()},
                 QStringList {lc, QStringLiteral("migrate"), QStringLiteral("--from"), QString()},
                 QStringList {lc, QStringLiteral("migrate"), QStringLiteral("--to"), QString()},
                 QStringList {lc, QStringLiteral("backup"), QString()},
                 QStringList {lc, QStringLiteral("import"), QString()}})
            QVERIFY2(
                complete(words).contains(QStringLiteral("FILE")), qPrintable(words.join(QLatin1Char(' '))));
        QVERIFY(!complete({lc, QStringLiteral("timeline"), QStringLiteral("--from"), QString()})
                     .contains(QStringLiteral("FILE")));
    }

    void listJson()
    {
        const Run r = run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QVERIFY(list.size() >= 35);
        for (const auto &v : list) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "title", "published", "source", "language", "tags", "duplicate_of"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
        }
    }

    void showAndTagJson()
    {
        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("3"), QStringLiteral("Zoll"),
                         QStringLiteral("Lage Asien")})
                     .exitCode,
            0);
        QCOMPARE(run({QStringLiteral("untag"), QStringLiteral("3"), QStringLiteral("Zoll")}).exitCode, 0);
        QCOMPARE(
            run({QStringLiteral("note"), QStringLiteral("3"), QStringLiteral("nachprüfen")}).exitCode, 0);
        const Run r = run({QStringLiteral("show"), QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const char *key :
            {"id", "title", "body", "published", "source", "url", "tags", "language", "duplicate_of", "note"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QLatin1String("tags")).toArray(), QJsonArray {QStringLiteral("Lage Asien")});
        QCOMPARE(o.value(QLatin1String("note")).toString(), QStringLiteral("nachprüfen"));
        QCOMPARE(run({QStringLiteral("show"), QStringLiteral("99999")}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("99999"), QStringLiteral("x")}).exitCode, 1);
    }

    void searchJson()
    {
        const Run r = run({QStringLiteral("search"), QStringLiteral("Exportkontrollen"),
            QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!hits.isEmpty() && hits.size() <= 5);
        const QJsonObject first = hits.first().toObject();
        for (const char *key : {"id", "title", "published", "source", "snippet"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QVERIFY(first.value(QLatin1String("snippet")).toString().contains(QLatin1String("<mark>")));
        const Run bad = run({QStringLiteral("search"), QStringLiteral("\"offen")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QLatin1String("quote")));
        QCOMPARE(bad.err.count(QLatin1Char('\n')), 1);
    }

    void searchFindsCompoundParts()
    {
        // "Zoll" must find an article that only says "Zollkontrollen", and rank the article that
        // says "Zoll" itself first.
        QTemporaryDir dir;
        const QString db = importTexts(dir,
            {{"kontrollen.txt",
                 "Kontrollen am Hafen\n\nVerschärfte Zollkontrollen treffen Lieferungen von Nvidia.\n"},
                {"zoll.txt", "Chips im Hafen\n\nDer Zoll hält Lieferungen von Nvidia fest.\n"},
                {"verband.txt", "Zulieferer\n\nDer Verband der Zulieferer tagt.\n"}},
            QStringLiteral("compound"));
        QVERIFY(!db.isEmpty());
        const Run r = run({QStringLiteral("search"), QStringLiteral("Zoll"), QStringLiteral("--json"),
                              QStringLiteral("--db"), db},
            false);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(hits.size(), 2);
        QCOMPARE(
            hits[0].toObject().value(QLatin1String("title")).toString(), QStringLiteral("Chips im Hafen"));
        QCOMPARE(hits[1].toObject().value(QLatin1String("title")).toString(),
            QStringLiteral("Kontrollen am Hafen"));
        const Run none = run({QStringLiteral("search"), QStringLiteral("Band"), QStringLiteral("--json"),
                                 QStringLiteral("--db"), db},
            false);
        QCOMPARE(none.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(none.out).array().isEmpty()); // "Verband" is no Ver·band
    }

    // The lexicon keeps umlaut words apart that are other words ("Förderung" is no
    // "Forderung"), and a database indexed by an older version is re-indexed once, saying so.
    void umlautWordsStayApartAndOldIndexesAreRebuilt()
    {
        QTemporaryDir dir;
        const QString db = importTexts(dir,
            {{"foerderung.txt", "Speicher\n\nDie Förderung von Batteriespeichern steigt.\n"},
                {"forderung.txt", "Gewerkschaft\n\nDie Forderung nach mehr Lohn bleibt.\n"},
                {"vertraege.txt", "Lieferungen\n\nDie Verträge laufen bis 2030.\n"}},
            QStringLiteral("umlaut"));
        QVERIFY(!db.isEmpty());
        auto titles = [&](const QString &query) {
            const Run r
                = run({QStringLiteral("search"), query, QStringLiteral("--json"), QStringLiteral("--db"), db},
                    false);
            QStringList list;
            for (const QJsonValue &hit : QJsonDocument::fromJson(r.out).array())
                list << hit.toObject().value(QLatin1String("title")).toString();
            return list;
        };
        QCOMPARE(titles(QStringLiteral("Förderungen")), QStringList {QStringLiteral("Speicher")});
        QCOMPARE(titles(QStringLiteral("Forderungen")), QStringList {QStringLiteral("Gewerkschaft")});
        QCOMPARE(titles(QStringLiteral("Vertrag")), QStringList {QStringLiteral("Lieferungen")});

        {
            auto store = ArticleStore::open(db).value();
            QVERIFY(store->database().execute(
                QStringLiteral("INSERT INTO article_fts(article_fts) VALUES('delete-all'); "
                               "UPDATE meta SET value = '3' WHERE key = 'tokenizer_version'")));
        }
        const Run r = run({QStringLiteral("stats"), QStringLiteral("--db"), db}, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.err.contains(QLatin1String("rebuilding the search index of 3 articles")), qPrintable(r.err));
        QCOMPARE(titles(QStringLiteral("Förderung")), QStringList {QStringLiteral("Speicher")});
        QVERIFY(!run({QStringLiteral("stats"), QStringLiteral("--db"), db}, false)
                     .err.contains(QLatin1String("rebuild")));
    }

    void statsJson()
    {
        const Run r = run({QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(QLatin1String("articles")).toInt() >= 35);
        QVERIFY(o.value(QLatin1String("non_german")).toInt() >= 1);
        QVERIFY(o.value(QLatin1String("by_source")).toObject().size() >= 8);
        // Every article is either analysed by this program's engine under the rules in force, or due.
        const QJsonObject analysis = o.value(QLatin1String("analysis")).toObject();
        QVERIFY(analysis.value(QLatin1String("engine")).toInt() > 0);
        QCOMPARE(
            analysis.value(QLatin1String("current")).toInt() + analysis.value(QLatin1String("due")).toInt(),
            o.value(QLatin1String("articles")).toInt());
        QCOMPARE(analysis.value(QLatin1String("due")).toInt(),
            analysis.value(QLatin1String("never_analysed")).toInt()
                + analysis.value(QLatin1String("other_engine")).toInt()
                + analysis.value(QLatin1String("older_rules")).toInt());
    }

    void importErrorsAreOneLineEach()
    {
        const Run r = run({QStringLiteral("import"), data + QLatin1String("/binary.txt"),
            data + QLatin1String("/billion_laughs.xml"), data + QLatin1String("/feed.rss")});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(r.err));
        QVERIFY(lines.filter(QLatin1String("binary.txt: binary data")).size() == 1);
        QVERIFY(
            lines.filter(QLatin1String("billion_laughs.xml: the feed declares XML entities")).size() == 1);
        QVERIFY(lines.filter(QLatin1String("feed.rss: item 3")).size() == 1);
        QVERIFY(r.out.contains("imported: 2"));
    }

    void extractContract()
    {
        QTemporaryDir dir;
        // A byte order mark and a character outside the BMP: offsets count code points.
        const QString path = dir.filePath(QStringLiteral("a.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF\xF0\x9F\x93\x88 Nvidia liefert ab Mai fast 421.000 Chips an Alibaba.\n");
        f.close();
        const QString broken = dir.filePath(QStringLiteral("b.txt"));
        QFile g(broken);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("Gr\xF6\xDF"
                "e\n");
        g.close();
        const Run r
            = run({QStringLiteral("extract"), QStringLiteral("--published"), QStringLiteral("2025-10-14"),
                      path, broken, dir.filePath(QStringLiteral("missing.txt"))},
                false);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 2);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject doc = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(doc.value(QLatin1String("source")).toString(), path);
        const QJsonArray entities = doc.value(QLatin1String("entities")).toArray();
        QStringList seen;
        const QString text
            = QStringLiteral("\uFEFF\U0001F4C8 Nvidia liefert ab Mai fast 421.000 Chips an Alibaba.\n");
        const QList<uint> codePoints = text.toUcs4();
        for (const auto &v : entities) {
            const QJsonObject e = v.toObject();
            const int start = e.value(QLatin1String("start")).toInt(),
                      end = e.value(QLatin1String("end")).toInt();
            QCOMPARE(QString::fromUcs4(
                         reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start),
                e.value(QLatin1String("text")).toString());
            seen.append(e.value(QLatin1String("type")).toString() + QLatin1Char(' ')
                + e.value(QLatin1String("text")).toString());
            if (e.value(QLatin1String("type")) == QLatin1String("QUANTITY")) {
                QCOMPARE(e.value(QLatin1String("value")).toInteger(), 421000);
                QCOMPARE(e.value(QLatin1String("unit")).toString(), QStringLiteral("count"));
                QCOMPARE(e.value(QLatin1String("approx")).toBool(), true);
            }
            if (e.value(QLatin1String("type")) == QLatin1String("DATE"))
                QCOMPARE(e.value(QLatin1String("norm")).toString(), QStringLiteral("2025-05"));
        }
        QCOMPARE(seen,
            (QStringList {QStringLiteral("COMPANY Nvidia"), QStringLiteral("DATE ab Mai"),
                QStringLiteral("QUANTITY fast 421.000"), QStringLiteral("COMPANY Alibaba")}));
        QVERIFY(doc.contains(QLatin1String("relations")));
    }

    void parseShowsTheReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Nvidia liefert seit Mai Chips an Alibaba.\n");
        f.close();
        const Run r = run({QStringLiteral("parse"), path}, false);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("# sentence 1: Nvidia liefert seit Mai Chips an Alibaba."));
        // Number, word, tag, head, label, name: the subject hangs on the verb, the root.
        QCOMPARE(lines.value(1), QStringLiteral("1\tNvidia\tPROPN.Nom\t2\tnsubj\tCOMPANY Nvidia"));
        QVERIFY(lines.value(2).startsWith(QStringLiteral("2\tliefert\tVERB.Fin\t0\troot\t_")));
        QVERIFY(lines.contains(QStringLiteral("# relation: supplies Nvidia -> Alibaba (0.80)")));
        QCOMPARE(
            run({QStringLiteral("parse"), dir.filePath(QStringLiteral("missing.txt"))}, false).exitCode, 1);
    }

    void extractReadsFolders()
    {
        // A folder stands for its files and those below it, in path order; hidden files stay out.
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(name)).path()));
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("b.txt"), "Nvidia liefert Chips an Alibaba.\n");
        write(QStringLiteral("a/z.txt"), "Die Bundesnetzagentur warnt.\n");
        write(QStringLiteral(".hidden.txt"), "Siemens baut.\n");
        write(QStringLiteral("c.txt"),
            "Gr\xF6\xDF"
            "e\n");
        const Run r = run({QStringLiteral("extract"), dir.path()}, false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("c.txt: not valid UTF-8")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QStringList sources;
        for (const QByteArray &line : lines)
            sources.append(QJsonDocument::fromJson(line).object().value(QLatin1String("source")).toString());
        QCOMPARE(sources,
            (QStringList {dir.filePath(QStringLiteral("a/z.txt")), dir.filePath(QStringLiteral("b.txt"))}));
    }

    void extractJobsKeepTheOrder()
    {
        // Files analysed side by side are written in their order: the same lines and messages
        // for one job as for several, also past one slice of files.
        QTemporaryDir dir;
        for (int i = 0; i < 40; ++i) {
            QFile f(dir.filePath(QStringLiteral("%1.txt").arg(i, 2, 10, QLatin1Char('0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(i % 13 == 5 ? QByteArray("Gr\xF6\xDF"
                                             "e\n")
                                : QStringLiteral("Siemens liefert %1 Z\u00fcge an die Deutsche Bahn.\n")
                                      .arg(i + 1)
                                      .toUtf8());
        }
        const Run one = run(
            {QStringLiteral("extract"), QStringLiteral("--jobs"), QStringLiteral("1"), dir.path()}, false);
        const Run three = run(
            {QStringLiteral("extract"), QStringLiteral("--jobs"), QStringLiteral("3"), dir.path()}, false);
        QCOMPARE(one.exitCode, 1);
        QCOMPARE(three.exitCode, 1);
        QCOMPARE(one.out.count('\n'), 37);
        QCOMPARE(three.out, one.out);
        QCOMPARE(three.err, one.err);
        QVERIFY2(one.err.indexOf(QLatin1String("05.txt")) < one.err.indexOf(QLatin1String("18.txt")),
            qPrintable(one.err));
        QCOMPARE(
            run({QStringLiteral("extract"), QStringLiteral("--jobs"), QStringLiteral("0"), dir.path()}, false)
                .exitCode,
            2);
    }

    void analyzeAndCorrect()
    {
        QCOMPARE(run({QStringLiteral("analyze")}).exitCode, 0);
        const Run entities = run({QStringLiteral("entities"), QStringLiteral("--type"),
            QStringLiteral("company"), QStringLiteral("--json")});
        QCOMPARE(entities.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(entities.out).array();
        QVERIFY(!list.isEmpty());
        QCOMPARE(
            list.first().toObject().value(QLatin1String("canonical")).toString(), QStringLiteral("Nvidia"));
        QCOMPARE(run({QStringLiteral("entity"), QStringLiteral("retype"), QStringLiteral("Nvidia"),
                         QStringLiteral("BANANA")})
                     .exitCode,
            2);
        QCOMPARE(run({QStringLiteral("entity"), QStringLiteral("merge"), QStringLiteral("Nvidia"),
                         QStringLiteral("Nvidia Corp.")})
                     .exitCode,
            0);
        QVERIFY(run({QStringLiteral("analyze")}).out.contains("articles: 5"));
        const Run after = run({QStringLiteral("entities"), QStringLiteral("--type"),
            QStringLiteral("COMPANY"), QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY2(after.out.contains("Nvidia Corp."), after.out.constData());
    }

    void viewsAndExportsHeadless()
    {
        // Runs after analyzeAndCorrect: the corpus is analysed, Nvidia is "Nvidia Corp." now.
        auto path = [&](const char *name) { return m_dir.filePath(QString::fromLatin1(name)); };
        QCOMPARE(run({QStringLiteral("timeline"), QStringLiteral("--entity"), QStringLiteral("Nvidia Corp.")})
                     .exitCode,
            2);
        QCOMPARE(run({QStringLiteral("timeline"), QStringLiteral("--entity"), QStringLiteral("Niemand"),
                         QStringLiteral("--csv"), path("x.csv")})
                     .exitCode,
            1);
        QCOMPARE(run({QStringLiteral("timeline"), QStringLiteral("--from"), QStringLiteral("gestern"),
                         QStringLiteral("--events"), QStringLiteral("--csv"), path("x.csv")})
                     .exitCode,
            2);
        const Run csv
            = run({QStringLiteral("timeline"), QStringLiteral("--entity"), QStringLiteral("Nvidia Corp."),
                QStringLiteral("--by"), QStringLiteral("week"), QStringLiteral("--csv"), path("t.csv")});
        QCOMPARE(csv.exitCode, 0);
        QFile t(path("t.csv"));
        QVERIFY(t.open(QIODevice::ReadOnly));
        QVERIFY(t.readLine().startsWith("bucket_start,bucket,articles,Nvidia Corp."));
        const Run pdf = run({QStringLiteral("timeline"), QStringLiteral("--entity"),
            QStringLiteral("Nvidia Corp."), QStringLiteral("--pdf"), path("t.pdf")});
        QVERIFY2(pdf.exitCode == 0 && pdf.out.contains("t.pdf: 2 pages"), pdf.out.constData());
        const Run js = run({QStringLiteral("timeline"), QStringLiteral("--events"),
            QStringLiteral("--timelinejs"), path("t.json")});
        QCOMPARE(js.exitCode, 0);
        QFile json(path("t.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(json.readAll()).object().contains(QLatin1String("events")));
        const Run gexf = run({QStringLiteral("graph"), QStringLiteral("--top"), QStringLiteral("20"),
            QStringLiteral("--gexf"), path("g.gexf")});
        QVERIFY2(gexf.exitCode == 0 && gexf.out.contains("20 entities"), gexf.out.constData());
        const Run ego
            = run({QStringLiteral("graph"), QStringLiteral("--entity"), QStringLiteral("Nvidia Corp."),
                QStringLiteral("--depth"), QStringLiteral("2"), QStringLiteral("--svg"), path("g.svg")});
        QCOMPARE(ego.exitCode, 0);
        QVERIFY(QFileInfo(path("g.svg")).size() > 1000);
        QCOMPARE(run({QStringLiteral("graph"), QStringLiteral("--depth"), QStringLiteral("3"),
                         QStringLiteral("--csv"), path("g.csv")})
                     .exitCode,
            2);
        const Run exported = run(
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonl"), path("a.jsonl")});
        QVERIFY2(exported.exitCode == 0 && exported.out.contains("articles"), exported.out.constData());

        // figures: a line per group, the Figures tab's CSV, and JSON with every figure.
        const Run listed = run({QStringLiteral("figures")});
        QCOMPARE(listed.exitCode, 0);
        const qsizetype groups = listed.out.count('\n');
        QVERIFY2(groups > 5, listed.out.constData());
        const Run figuresCsv = run({QStringLiteral("figures"), QStringLiteral("--csv"), path("f.csv")});
        QCOMPARE(figuresCsv.exitCode, 0);
        QFile f(path("f.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readLine(),
            QByteArray("subject,subject_type,unit,value,approx,date,date_source,outlet,title,url,"
                       "sentence\r\n"));
        const QJsonArray all
            = QJsonDocument::fromJson(run({QStringLiteral("figures"), QStringLiteral("--json")}).out).array();
        QCOMPARE(all.size(), groups);
        qsizetype figures = 0;
        for (const auto &g : all) {
            const QJsonArray items = g.toObject().value(QLatin1String("figures")).toArray();
            QVERIFY(!items.isEmpty());
            QVERIFY(!items.first().toObject().value(QLatin1String("sentence")).toString().isEmpty());
            figures += items.size();
        }
        QCOMPARE(figuresCsv.out,
            QStringLiteral("%1: %2 figures in %3 groups\n")
                .arg(path("f.csv"))
                .arg(figures)
                .arg(groups)
                .toUtf8());
        // --disagreements keeps the flagged groups, and those are flagged in the list too.
        const QJsonArray flagged = QJsonDocument::fromJson(
            run({QStringLiteral("figures"), QStringLiteral("--disagreements"), QStringLiteral("--json")}).out)
                                       .array();
        QCOMPARE(flagged.size(), listed.out.count("outlets disagree"));
        for (const auto &g : flagged)
            QVERIFY(g.toObject().value(QLatin1String("disagreement")).toBool());
        QCOMPARE(
            run({QStringLiteral("figures"), QStringLiteral("--json"), QStringLiteral("--csv"), path("f.csv")})
                .exitCode,
            2);
        QCOMPARE(run({QStringLiteral("figures"), QStringLiteral("--from"), QStringLiteral("2099-01-01")}).out,
            QByteArray("no figures in the filtered articles\n"));
    }

    void reviewRelations()
    {
        // Runs after analyzeAndCorrect: the corpus is analysed.
        auto list = [&](const QStringList &extra) {
            const Run r = run(
                QStringList {QStringLiteral("relation"), QStringLiteral("list"), QStringLiteral("--json")}
                + extra);
            return QJsonDocument::fromJson(r.out).array();
        };
        auto ids = [](const QJsonArray &array) {
            QList<qint64> found;
            for (const auto &v : array)
                found.append(v.toObject().value(QLatin1String("id")).toInteger());
            return found;
        };
        const QJsonArray all = list({});
        QVERIFY(all.size() >= 3);
        for (const auto &v : all) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "article", "type", "source", "source_type", "target", "target_type",
                     "verdict", "confidence", "corrects", "attributed_to", "sentence"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QCOMPARE(o.value(QLatin1String("verdict")).toString(), QStringLiteral("unreviewed"));
        }
        // Three different claims: a verdict on one claim covers every sentence of it in the article.
        QList<QJsonObject> picked;
        QSet<QString> claims;
        for (const auto &v : all) {
            const QJsonObject o = v.toObject();
            const QString claim = QStringList {QString::number(o.value(QLatin1String("article")).toInteger()),
                o.value(QLatin1String("type")).toString(), o.value(QLatin1String("source")).toString(),
                o.value(QLatin1String("target")).toString()}
                                      .join(QLatin1Char('|'));
            if (!claims.contains(claim) && picked.size() < 3) {
                claims.insert(claim);
                picked.append(o);
            }
        }
        QCOMPARE(picked.size(), 3);
        const QJsonObject first = picked.at(0), second = picked.at(1), third = picked.at(2);
        const QString a = QString::number(first.value(QLatin1String("id")).toInteger());
        const QString b = QString::number(second.value(QLatin1String("id")).toInteger());
        const QString c = QString::number(third.value(QLatin1String("id")).toInteger());
        const QString relation = QStringLiteral("relation");

        // Usage errors: 2; a missing relation or entity: 1.
        QCOMPARE(run({relation}).exitCode, 2);
        QCOMPARE(run({relation, QStringLiteral("frobnicate"), a}).exitCode, 2);
        QCOMPARE(run({relation, QStringLiteral("confirm"), QStringLiteral("abc")}).exitCode, 2);
        QCOMPARE(run({relation, QStringLiteral("correct"), c}).exitCode, 2);
        QCOMPARE(
            run({relation, QStringLiteral("correct"), c, QStringLiteral("--type"), QStringLiteral("likes")})
                .exitCode,
            2);
        QCOMPARE(run({relation, QStringLiteral("list"), QStringLiteral("--verdict"), QStringLiteral("maybe")})
                     .exitCode,
            2);
        QCOMPARE(run({relation, QStringLiteral("confirm"), QStringLiteral("999999")}).exitCode, 1);
        QCOMPARE(run({relation, QStringLiteral("correct"), c, QStringLiteral("--source"),
                         QStringLiteral("Niemand")})
                     .exitCode,
            1);

        const Run confirmed = run({relation, QStringLiteral("confirm"), a});
        QVERIFY2(confirmed.exitCode == 0 && confirmed.out.contains("confirmed"), confirmed.out.constData());
        QCOMPARE(run({relation, QStringLiteral("reject"), b}).exitCode, 0);
        const Run corrected = run({relation, QStringLiteral("correct"), c, QStringLiteral("--swap")});
        QCOMPARE(corrected.exitCode, 0);
        const QString swapped = third.value(QLatin1String("type")).toString() + QStringLiteral(": ")
            + third.value(QLatin1String("target")).toString() + QStringLiteral(" → ")
            + third.value(QLatin1String("source")).toString();
        QVERIFY2(QString::fromUtf8(corrected.out).contains(swapped), corrected.out.constData());

        // analyze --all keeps every verdict.
        QCOMPARE(run({QStringLiteral("analyze"), QStringLiteral("--all")}).exitCode, 0);
        const QJsonArray confirmedNow = list({QStringLiteral("--verdict"), QStringLiteral("confirmed")});
        QVERIFY(ids(confirmedNow).contains(a.toLongLong()));
        const QJsonArray rejectedNow = list({QStringLiteral("--verdict"), QStringLiteral("rejected")});
        QVERIFY(ids(rejectedNow).contains(b.toLongLong()));
        QVERIFY(ids(rejectedNow).contains(c.toLongLong()));
        const auto correction
            = std::find_if(confirmedNow.begin(), confirmedNow.end(), [&](const QJsonValue &v) {
                  return v.toObject().value(QLatin1String("corrects")).toInteger() == c.toLongLong();
              });
        QVERIFY(correction != confirmedNow.end());
        QCOMPARE(correction->toObject().value(QLatin1String("source")), third.value(QLatin1String("target")));
        QVERIFY(correction->toObject().value(QLatin1String("confidence")).isNull());

        // Reset: the correction goes, the original is the analysis' own again.
        const QString correctionId
            = QString::number(correction->toObject().value(QLatin1String("id")).toInteger());
        QCOMPARE(run({relation, QStringLiteral("reset"), correctionId}).exitCode, 0);
        QVERIFY(
            ids(list({QStringLiteral("--verdict"), QStringLiteral("unreviewed")})).contains(c.toLongLong()));
        QVERIFY(!ids(list({})).contains(correctionId.toLongLong()));

        // The views: doubtful relations faint or hidden.
        const QString csv = m_dir.filePath(QStringLiteral("sure.csv"));
        QCOMPARE(run({QStringLiteral("graph"), QStringLiteral("--doubtful"), QStringLiteral("hidden"),
                         QStringLiteral("--relations-only"), QStringLiteral("--csv"), csv})
                     .exitCode,
            0);
        QCOMPARE(run({QStringLiteral("timeline"), QStringLiteral("--events"), QStringLiteral("--doubtful"),
                         QStringLiteral("maybe"), QStringLiteral("--csv"), csv})
                     .exitCode,
            2);
    }

    void learnFromCorrections()
    {
        // A database of its own: learning makes every article due and analyses it again.
        const QString path = m_dir.filePath(QStringLiteral("learn.sqlite"));
        auto on = [&](QStringList args) { return run(args << QStringLiteral("--db") << path, false); };
        QCOMPARE(
            on({QStringLiteral("import"), QStringLiteral("--sample"), QStringLiteral("-q")}).exitCode, 0);
        QCOMPARE(on({QStringLiteral("analyze")}).exitCode, 0);
        const Run nothing = on({QStringLiteral("learn")});
        QCOMPARE(nothing.exitCode, 0);
        QVERIFY2(nothing.out.contains("no corrected articles"), nothing.out.constData());
        QVERIFY(on({QStringLiteral("learn"), QStringLiteral("--status")}).out.contains("nothing learned"));
        QCOMPARE(
            on({QStringLiteral("learn"), QStringLiteral("--reset"), QStringLiteral("--status")}).exitCode, 2);
        // A retype rule touches the articles mentioning the entity; a mark by hand another one.
        QCOMPARE(on({QStringLiteral("entity"), QStringLiteral("retype"), QStringLiteral("Nvidia"),
                        QStringLiteral("ORGANIZATION")})
                     .exitCode,
            0);
        qint64 manual = 0;
        {
            auto store = ArticleStore::open(path).value();
            // type_code 5: ORGANIZATION (schema 0011).
            QVERIFY(store->database().execute(QStringLiteral(
                "INSERT INTO mentions(article_id, start, \"end\", type_code, text, manual) SELECT id, 0, 3, "
                "5, substr(body, 1, 3), 1 FROM articles ORDER BY id DESC LIMIT 1")));
            manual = Sqlite::queryInt64(
                store->database(), u"SELECT count(*) FROM mentions WHERE origin = 'manual'")
                         ->value_or(-1);
        }
        const Run learned = on({QStringLiteral("learn")});
        QCOMPARE(learned.exitCode, 0);
        QVERIFY2(learned.out.contains("learned from ") && learned.out.contains("analysed again: articles: "),
            learned.out.constData());
        const Run status = on({QStringLiteral("learn"), QStringLiteral("--status")});
        QVERIFY2(status.out.contains("corrected articles") && !status.out.contains("not used"),
            status.out.constData());
        QVERIFY(on({QStringLiteral("analyze")}).out.contains("articles: 0")); // nothing left to do
        {
            auto store = ArticleStore::open(path).value();
            QCOMPARE(Sqlite::queryInt64(
                         store->database(), u"SELECT count(*) FROM mentions WHERE origin = 'manual'")
                         ->value_or(-1),
                manual);
        }
        const Run reset
            = on({QStringLiteral("learn"), QStringLiteral("--reset"), QStringLiteral("--no-analyze")});
        QVERIFY2(reset.exitCode == 0 && reset.out.contains("forgot"), reset.out.constData());
        QVERIFY(!on({QStringLiteral("analyze")}).out.contains("articles: 0")); // all due again
        QVERIFY(on({QStringLiteral("learn"), QStringLiteral("--reset")})
                    .out.contains("nothing learned to forget"));
    }

    void checkAndCompact()
    {
        const Run checked = run({QStringLiteral("check")});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        QVERIFY2(checked.out.contains("sound"), checked.out.constData());
        const Run compacted = run({QStringLiteral("compact")});
        QVERIFY2(compacted.exitCode == 0, qPrintable(compacted.err));
        QVERIFY2(compacted.out.startsWith("compact: "), compacted.out.constData());
        const Run found
            = run({QStringLiteral("search"), QStringLiteral("Exportkontrollen"), QStringLiteral("--json")});
        QCOMPARE(found.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(found.out).array().isEmpty());
    }

    void refusesNewerDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Sqlite::Database::open(path).value();
            QVERIFY(db->execute(QStringLiteral("PRAGMA user_version = 4242")));
        }
        const Run r = run({QStringLiteral("list"), QStringLiteral("--db"), path}, false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("newer Lagebild")));
    }

    void killedImportLeavesConsistentDatabase()
    {
        QTemporaryDir dir;
        const int files = 8000;
        for (int i = 0; i < files; ++i) {
            QFile f(dir.filePath(QStringLiteral("in/%1.txt").arg(i, 5, 10, QLatin1Char('0'))));
            QDir().mkpath(QFileInfo(f).absolutePath());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral(
                "Meldung %1\n\nDie Meldung Nummer %1 berichtet über Lieferung %2 an Kunde %3 in Halle %4.\n")
                        .arg(i)
                        .arg(i * 7919 % 10007)
                        .arg(i * 104729 % 1009)
                        .arg(i % 97)
                        .toUtf8());
        }
        const QString db = dir.filePath(QStringLiteral("kill.sqlite"));
        QProcess p;
        p.start(cli,
            {QStringLiteral("import"), QStringLiteral("-q"), QStringLiteral("--db"), db,
                dir.filePath(QStringLiteral("in"))});
        QVERIFY(p.waitForStarted());
        // Kill once the first batch is committed, while later files are still being read.
        qint64 committed = 0;
        for (int tries = 0; tries < 1000 && committed == 0 && p.state() == QProcess::Running; ++tries) {
            QTest::qWait(10);
            if (auto reader = Sqlite::Database::open(db, Sqlite::Database::Mode::ReadOnly)) {
                auto count = Sqlite::queryInt64(**reader, u"SELECT count(*) FROM articles");
                committed = count ? count->value_or(0) : 0;
            }
        }
        const qint64 pid = p.processId();
        if (p.state() != QProcess::Running || pid <= 0)
            QSKIP("the import finished before it could be interrupted");
        ::kill(pid_t(pid), SIGKILL);
        p.waitForFinished();
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        {
            auto store = ArticleStore::open(db);
            QVERIFY2(store, qPrintable(store.errorMessage()));
            Sqlite::Statement check((*store)->database(), u"PRAGMA integrity_check");
            QVERIFY(check.step().value());
            QCOMPARE(check.columnText(0), QStringLiteral("ok"));
            qInfo("articles stored before the kill: %lld", (*store)->articleCount().value());
        }
        QProcess again;
        again.start(cli,
            {QStringLiteral("import"), QStringLiteral("-q"), QStringLiteral("--db"), db,
                dir.filePath(QStringLiteral("in"))});
        QVERIFY(again.waitForFinished(120000));
        QCOMPARE(again.exitCode(), 0);
        auto store = ArticleStore::open(db).value();
        QCOMPARE(store->articleCount().value(), qint64(files));
    }

    // Issue 13: a full disk, a read-only file, a lock held by another program and a database of a
    // newer version each give one line on stderr naming the file and the reason, a non-zero exit,
    // and leave what was stored as it was.
    void hostileConditionsGiveOneClearLine()
    {
        const QString db = m_dir.filePath(QStringLiteral("hostile.sqlite"));
        auto runOn = [](const QString &database, QStringList args, const QString &shellPrefix = {}) {
            args << QStringLiteral("--db") << database;
            QProcess p;
            if (shellPrefix.isEmpty()) {
                p.start(cli, args);
            } else {
                // ulimit and trap apply to the process exec replaces the shell with.
                QStringList quoted;
                for (const QString &a : std::as_const(args))
                    quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
                p.start(QStringLiteral("bash"),
                    {QStringLiteral("-c"),
                        shellPrefix + QStringLiteral(" exec '") + cli + QStringLiteral("' ")
                            + quoted.join(u' ')});
            }
            if (!p.waitForFinished(60000))
                qFatal("lagebild-cli did not finish");
            return Run {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
        };
        auto oneLine = [](const Run &r, const QString &file, const char *reason) {
            const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            return r.exitCode != 0 && lines.size() == 1 && lines.first().contains(file)
                && lines.first().contains(QLatin1String(reason));
        };
        QCOMPARE(
            runOn(db, {QStringLiteral("import"), QStringLiteral("--sample"), QStringLiteral("-q")}).exitCode,
            0);
        QCOMPARE(
            runOn(db, {QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("vorher")}).exitCode, 0);
        auto noteIsStill = [&db]() {
            auto store = ArticleStore::open(db);
            if (!store)
                return false;
            Sqlite::Statement check((*store)->database(), u"PRAGMA integrity_check");
            auto row = check.step();
            return row && row.value() && check.columnText(0) == QLatin1String("ok")
                && (*store)->article(1).value()->note == QLatin1String("vorher");
        };

        // Disk full: no file may grow beyond 40 KB (SIGXFSZ ignored, so the write fails instead).
        const QString longNote(100000, QLatin1Char('x'));
        Run r = runOn(db, {QStringLiteral("note"), QStringLiteral("1"), longNote},
            QStringLiteral("ulimit -f 40; trap '' XFSZ;"));
        QVERIFY2(oneLine(r, db, "full"), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("nothing was changed")), qPrintable(r.err));
        QVERIFY(noteIsStill());

        // Read-only: by its permissions; root writes whatever they say, so then by SQLite's URI.
        const bool root = ::geteuid() == 0;
        const QString readOnly = root ? QStringLiteral("file:%1?mode=ro").arg(db) : db;
        if (!root)
            QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        r = runOn(readOnly, {QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("Zoll")});
        if (!root)
            QFile::setPermissions(
                db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QVERIFY2(oneLine(r, db, "read-only"), qPrintable(r.err));
        QVERIFY(noteIsStill());

        // Locked: another connection holds the write lock longer than the CLI waits (10 s).
        {
            auto holder = Sqlite::Database::open(db).value();
            QVERIFY(holder->execute(QStringLiteral("BEGIN EXCLUSIVE")).hasValue());
            r = runOn(db, {QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("Zoll")});
            QVERIFY(holder->execute(QStringLiteral("ROLLBACK")).hasValue());
        }
        QVERIFY2(oneLine(r, db, "locked"), qPrintable(r.err));
        QVERIFY(noteIsStill());

        // Newer: a schema version this build does not know; the file is left as it was.
        {
            auto newer = Sqlite::Database::open(db).value();
            QVERIFY(newer->execute(QStringLiteral("PRAGMA user_version = 999")).hasValue());
        }
        r = runOn(db, {QStringLiteral("stats")});
        QVERIFY2(oneLine(r, db, "newer Lagebild"), qPrintable(r.err));
        auto version = Sqlite::Database::open(db).value();
        Sqlite::Statement read(*version, u"PRAGMA user_version");
        QVERIFY(read.step().value());
        QCOMPARE(read.columnInt64(0), 999);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
