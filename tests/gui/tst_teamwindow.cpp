// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window on a team database (gui/windowcorpus.h; docs/team.md, "The window on a
// team database"), in a throwaway PostgreSQL cluster (tests/support/pgcluster.h) holding the
// sample corpus: what it reads and offers, its hand work, import and export, two windows seeing
// each other's edits within a moment, and the edit feed across a stopped server.
#include "analysis/resources.h"
#include "gui/connectdialog.h"
#include "gui/correctionactions.h"
#include "gui/editjournal.h"
#include "gui/editstack.h"
#include "gui/exportformat.h"
#include "gui/learnactions.h"
#include "gui/loginrecovery.h"
#include "gui/mainwindow.h"
#include "gui/passwordkeeper.h"
#include "gui/passwordprompt.h"
#include "gui/readerview.h"
#include "gui/relationreview.h"
#include "gui/windowcorpus.h"
#include "gui/workbench.h"
#include "models/articletablemodel.h"
#include "models/issuemodel.h"
#include "models/roles.h"
#include "services/editfeed.h"
#include "services/learnservice.h"
#include "store/articleeditor.h"
#include "store/corpusreader.h"
#include "store/corpussource.h"
#include "store/edithistory.h"
#include "store/mentionreads.h"
#include "store/postgres/analysisstore.h"
#include "store/postgres/connection.h"
#include "store/postgres/credentials.h"
#include "store/sqlreader.h"
#include "support/clirun.h"
#include "support/pgcluster.h"
#include "support/testpaths.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Lagebild;
using Testing::runCli;

namespace {

/// The table's row of an article, fetching pages as needed; -1 when it is not listed.
int rowOf(ArticleTableModel &model, ArticleId id)
{
    for (int row = 0;; ++row) {
        if (row >= model.rowCount()) {
            if (!model.canFetchMore({}))
                return -1;
            model.fetchMore({});
            if (row >= model.rowCount())
                return -1;
        }
        if (model.articleId(row) == id)
            return row;
    }
}

QString tagsShown(MainWindow &window, ArticleId id)
{
    ArticleTableModel &model = *window.articleModel();
    const int row = rowOf(model, id);
    return row < 0 ? QStringLiteral("(not listed)")
                   : model.index(row, ArticleTableModel::TagsColumn).data(Qt::DisplayRole).toString();
}

std::unique_ptr<MainWindow> openWindow(const QString &uri)
{
    auto corpus = openWindowCorpus(uri);
    if (!corpus) {
        qWarning("%s", qPrintable(corpus.errorMessage()));
        return nullptr;
    }
    return std::make_unique<MainWindow>(std::move(corpus.value()));
}

/// The article's note on the server, read on `c`.
QString noteOnServer(Postgres::Connection &c, ArticleId id)
{
    auto row = c.query(u"SELECT text FROM notes WHERE article_id = $1", Postgres::Params().add(id));
    return row && row->rows() == 1 ? row->text(0, 0) : QString();
}

/// The article's tags on the server, read on a connection of their own.
QStringList tagsOnServer(const QString &uri, ArticleId id)
{
    auto editor = openPostgresArticleEditor(uri);
    auto list = editor ? (**editor).tagsOf(id) : Expected<QStringList>(Error {});
    return list ? list.value() : QStringList {QStringLiteral("(unread)")};
}

/// Whether the window hears other analysts' edits yet: its feed connects on a pool thread, and
/// an edit committed before its LISTEN is not heard.
bool listening(const MainWindow &window)
{
    return QTest::qWaitFor([&] { return window.editFeed() && window.editFeed()->isListening(); }, 10000);
}

/// A keyring in memory in the desktop keyring's place.
struct Keeper : PasswordKeeper
{
    QHash<QString, QString> kept;
    int asked = 0;
    bool refuse = false;
    std::optional<QString> password(const QString &key) override
    {
        ++asked;
        return kept.contains(key) ? std::optional<QString>(kept.value(key)) : std::nullopt;
    }
    Expected<void> remember(const QString &key, const QString &password) override
    {
        if (refuse)
            return Error {QStringLiteral("the keyring is locked")};
        kept.insert(key, password);
        return {};
    }
    Expected<void> forget(const QString &key) override
    {
        kept.remove(key);
        return {};
    }
};

/// The password field of the connect dialog or the password prompt.
QLineEdit *passwordField(QWidget &dialog)
{
    for (QLineEdit *field : dialog.findChildren<QLineEdit *>()) {
        if (field->echoMode() == QLineEdit::Password)
            return field;
    }
    return nullptr;
}

/// Every text the dialog shows, its fields' and labels' alike.
QString textsOf(const QWidget &dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text().remove(QLatin1Char('&'));
    return titles;
}

/// lagebild-cli run on a pseudo-terminal, as in an analyst's terminal: `answer` and a newline typed
/// when it asks for a password. What the terminal showed (stdout and stderr), and the exit code.
struct TerminalRun
{
    int exitCode = -1;
    QByteArray shown;
    bool asked = false;
};

TerminalRun runCliOnATerminal(const QStringList &arguments, const QByteArray &answer)
{
    TerminalRun run;
    const QByteArray program = QFile::encodeName(Testing::binaryDir() + QStringLiteral("/bin/lagebild-cli"));
    std::vector<QByteArray> words {program};
    for (const QString &argument : arguments)
        words.push_back(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    int terminal = -1;
    const pid_t child = forkpty(&terminal, nullptr, nullptr, nullptr);
    if (child < 0)
        return run;
    if (child == 0) {
        execv(program.constData(), argv.data());
        _exit(127);
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        pollfd ready {terminal, POLLIN, 0};
        if (::poll(&ready, 1, 200) <= 0)
            continue;
        char buffer[512];
        const ssize_t got = ::read(terminal, buffer, sizeof buffer);
        if (got <= 0)
            break; // EIO: the program ended and closed the terminal
        run.shown.append(buffer, got);
        if (!run.asked && run.shown.contains("Password for")) {
            run.asked = true;
            const QByteArray typed = answer + '\n';
            (void)!::write(terminal, typed.constData(), size_t(typed.size()));
        }
    }
    ::close(terminal);
    int status = 0;
    if (waitpid(child, &status, 0) == child && WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    return run;
}

} // namespace

class TestTeamWindow : public QObject
{
    Q_OBJECT
    Testing::PgCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_uri;
    qint64 m_sampleArticles = 0;

private Q_SLOTS:
    void initTestCase()
    {
        // The window remembers layouts and recent databases in the settings: not in the user's.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        LAGEBILD_START_PG_CLUSTER(m_cluster);
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("team")), qPrintable(m_cluster.error()));
        m_uri = m_cluster.uri(QStringLiteral("team"));
        {
            // The throwaway cluster commits without waiting for its log, for speed; a team's server
            // keeps the default, and so does this database: editFeedComesBackAfterTheServer stops
            // the server at once and must not lose the corpus.
            auto c = Postgres::Connection::open(m_uri);
            QVERIFY2(c, qPrintable(c.errorMessage()));
            QVERIFY((**c).execute(u"ALTER DATABASE team SET synchronous_commit = on"));
        }
        auto run = runCli({QStringLiteral("import"), QStringLiteral("--sample"), QStringLiteral("-q"),
            QStringLiteral("--db"), m_uri});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The workers' part: the sample analysed once, so that relations are there to review.
        run = runCli({QStringLiteral("worker"), QStringLiteral("--db"), m_uri});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto c = Postgres::Connection::open(m_uri);
        QVERIFY2(c, qPrintable(c.errorMessage()));
        auto n = (**c).queryInt64(u"SELECT count(*) FROM articles");
        QVERIFY(n && n->has_value());
        m_sampleArticles = **n;
        QVERIFY(m_sampleArticles > 20);
    }

    void init()
    {
        if (!m_cluster.isRunning())
            QVERIFY2(m_cluster.resume(), qPrintable(m_cluster.error()));
    }

    // The connect dialog's address and the URI it gives, both ways.
    void addressAndUri_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("uri");
        QTest::newRow("server") << "db.example.org" << 5432 << "lagebild"
                                << "anna"
                                << ""
                                << "prefer"
                                << "postgresql:///lagebild?host=db.example.org&user=anna";
        QTest::newRow("socket folder, port") << "/run/postgresql" << 5433 << "team"
                                             << ""
                                             << ""
                                             << "prefer"
                                             << "postgresql:///team?host=%2Frun%2Fpostgresql&port=5433";
        QTest::newRow("password with separators, not in the URI")
            << "h" << 5432 << "d"
            << "u"
            << "a&b=c%/d"
            << "require"
            << "postgresql:///d?host=h&user=u&sslmode=require";
        QTest::newRow("database only") << "" << 5432 << "Lage bild"
                                       << ""
                                       << ""
                                       << "prefer"
                                       << "postgresql:///Lage%20bild";
    }

    void addressAndUri()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, sslMode);
        QFETCH(QString, uri);
        const TeamDatabaseAddress address {host, port, database, user, password, sslMode};
        QCOMPARE(address.toUri(), uri);
        const TeamDatabaseAddress back = TeamDatabaseAddress::fromUri(uri);
        QCOMPARE(back.host, host);
        QCOMPARE(back.port, port);
        QCOMPARE(back.database, database);
        QCOMPARE(back.user, user);
        QVERIFY(back.password.isEmpty());
        QCOMPARE(back.sslMode, sslMode);
        // A password written into a URI by hand (--db) is read, and the process holds it instead.
        const QString written = uri + (uri.contains(QLatin1Char('?')) ? u'&' : u'?')
            + QStringLiteral("password=")
            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("a&b=c%/d")));
        QCOMPARE(TeamDatabaseAddress::fromUri(written).password, QStringLiteral("a&b=c%/d"));
        QCOMPARE(Postgres::passwordIn(written), QStringLiteral("a&b=c%/d"));
        QCOMPARE(Postgres::describeTarget(written), uri);
    }

    void fromUriReadsTheUsualForm()
    {
        const auto address = TeamDatabaseAddress::fromUri(QStringLiteral("postgresql://anna@db:6543/corpus"));
        QCOMPARE(address.host, QStringLiteral("db"));
        QCOMPARE(address.port, 6543);
        QCOMPARE(address.user, QStringLiteral("anna"));
        QCOMPARE(address.database, QStringLiteral("corpus"));
    }

    // The window reads the team's corpus and offers what works there, and only that.
    // A password the analyst asked to remember goes to the keyring (here a stand-in), never to the
    // settings, and comes back for a URI that carries none.
    void passwordsAreKeptInTheKeyring()
    {
        auto owned = std::make_unique<Keeper>();
        Keeper &keeper = *owned;
        setPasswordKeeper(std::move(owned));
        const QString uri = QStringLiteral("postgresql:///korpus?host=db.example.org&user=lena");
        const QString secret = QStringLiteral("ge&heim/=%");
        const auto unhold = qScopeGuard([uri] { Postgres::holdPassword(uri, {}); });
        // Never remembered: the keyring is not even asked, and nothing is held.
        holdRememberedPassword(uri);
        QCOMPARE(keeper.asked, 0);
        QCOMPARE(Postgres::heldPassword(uri), std::nullopt);
        QVERIFY(rememberPassword(uri, secret));
        QVERIFY(isPasswordRemembered(uri));
        QCOMPARE(keeper.kept.value(QStringLiteral("lena@db.example.org:5432/korpus")), secret);
        // Remembered: held for the process's connections, the URI unchanged.
        holdRememberedPassword(uri);
        QCOMPARE(Postgres::heldPassword(uri), std::optional<QString>(secret));
        // The keyring's over one held (typed earlier); a file is no team database.
        Postgres::holdPassword(uri, QStringLiteral("anders"));
        holdRememberedPassword(uri);
        QCOMPARE(Postgres::heldPassword(uri), std::optional<QString>(secret));
        const int asked = keeper.asked;
        holdRememberedPassword(QStringLiteral("/tmp/x.sqlite"));
        QCOMPARE(keeper.asked, asked);
        // The settings say that there is one, never what it is.
        {
            QSettings settings;
            for (const QString &key : settings.allKeys())
                QVERIFY2(!settings.value(key).toString().contains(QLatin1String("heim"))
                        && !settings.value(key).toStringList().join(QString()).contains(
                            QLatin1String("heim")),
                    qPrintable(key));
        }
        // The connect dialog offers to keep it, ticked for a database whose password is kept.
        {
            ConnectDialog dialog(TeamDatabaseAddress::fromUri(uri));
            QVERIFY(dialog.remembersPassword());
            ConnectDialog other(TeamDatabaseAddress::fromUri(QStringLiteral("postgresql:///anderes")));
            QVERIFY(!other.remembersPassword());
        }
        // Forgotten with an empty password; a keyring that refuses leaves nothing marked.
        QVERIFY(rememberPassword(uri, {}));
        QVERIFY(!isPasswordRemembered(uri));
        QVERIFY(keeper.kept.isEmpty());
        keeper.refuse = true;
        auto refused = rememberPassword(uri, secret);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QLatin1String("locked")));
        QVERIFY(!isPasswordRemembered(uri));
        setPasswordKeeper(nullptr);
    }

    // The desktop's own keyring, where one answers (a desktop session; skipped headless):
    // kept, read back, forgotten.
    void desktopKeyringKeepsAPassword()
    {
        const auto keyring = desktopKeyring();
        const QString key = QStringLiteral("lagebild-test@localhost:5432/tst_teamwindow");
        if (auto kept = keyring->remember(key, QStringLiteral("Probe")); !kept)
            QSKIP(qPrintable(QStringLiteral("no desktop keyring answers: ") + kept.errorMessage()));
        QCOMPARE(keyring->password(key), std::optional<QString>(QStringLiteral("Probe")));
        QVERIFY(keyring->forget(key));
        QCOMPARE(keyring->password(key), std::nullopt);
    }

    void windowReadsTheTeamDatabase()
    {
        auto window = openWindow(m_uri);
        QVERIFY(window);
        QVERIFY(window->isTeamDatabase());
        QCOMPARE(window->location(), Postgres::describeTarget(m_uri));
        QVERIFY(window->windowTitle().contains(window->location()));
        QVERIFY(QTest::qWaitFor([&] { return !window->articleModel()->isCounting(); }, 30000));
        QCOMPARE(window->articleModel()->matchingCount(), m_sampleArticles);
        // The first article is in the reader, read from the server.
        const ArticleId first = window->currentArticle();
        QVERIFY(first > 0);
        QVERIFY(!window->reader()->browser()->toPlainText().isEmpty());
        // The workers analyse a team database: the Analysis menu holds the entity manager and
        // learning from the corrections, no analysis of its own; the reader's corrections are there.
        QVERIFY(window->corrections());
        QVERIFY(window->learning());
        const QStringList menus = menuTitles(*window);
        QVERIFY2(menus.contains(QStringLiteral("Analysis")), qPrintable(menus.join(QLatin1Char(','))));
        for (QAction *menu : window->menuBar()->actions()) {
            if (menu->text().remove(QLatin1Char('&')) != QLatin1String("Analysis"))
                continue;
            QList<QAction *> offered = menu->menu()->actions();
            offered.removeIf([](const QAction *a) { return a->isSeparator(); });
            QCOMPARE(offered,
                (QList<QAction *> {window->corrections()->entityManagerAction(),
                    window->learning()->learnAction(), window->learning()->forgetAction()}));
        }
        QVERIFY(menus.size() >= 5);
    }

    // Tags and notes are written to the server, with the role the server authenticated as author.
    void handWorkIsWrittenToTheServer()
    {
        auto window = openWindow(m_uri);
        QVERIFY(window);
        const ArticleId id = window->currentArticle();
        QVERIFY(id > 0);
        window->tagArticles({id}, {QStringLiteral("Teamarbeit")});
        window->setNote(id, QStringLiteral("Von der Kollegin prüfen lassen"));
        auto editor = openPostgresArticleEditor(m_uri);
        QVERIFY2(editor, qPrintable(editor.errorMessage()));
        auto tags = (**editor).tagsOf(id);
        QVERIFY(tags);
        QVERIFY(tags->contains(QStringLiteral("Teamarbeit")));
        auto history = (**editor).history(id);
        QVERIFY(history && history->size() >= 2);
        QCOMPARE(history->back().madeBy, Testing::PgCluster::user());
        QCOMPARE(tagsShown(*window, id), QStringLiteral("Teamarbeit"));
        // Undo takes it back on the server as well.
        window->undoStack()->undo();
        window->undoStack()->undo();
        tags = (**editor).tagsOf(id);
        QVERIFY(tags && !tags->contains(QStringLiteral("Teamarbeit")));
    }

    // A verdict on a relation is written to the server, shown in another window, and undone there.
    void relationVerdictsAreWrittenToTheServer()
    {
        auto window = openWindow(m_uri);
        QVERIFY(window);
        QVERIFY(window->relationReview());
        auto c = Postgres::Connection::open(m_uri);
        QVERIFY2(c, qPrintable(c.errorMessage()));
        auto relation = (**c).queryInt64(
            u"SELECT min(id) FROM relations WHERE origin = 'automatic' AND status = 'active'");
        QVERIFY2(relation && relation->has_value(), "the worker stored no relation");
        const auto verdict = [&] {
            auto row
                = (**c).query(u"SELECT CASE WHEN status = 'rejected' THEN 'rejected' WHEN origin = 'manual' "
                              u"THEN 'confirmed' ELSE 'unreviewed' END FROM relations WHERE id = $1",
                    Postgres::Params().add(**relation));
            return row && row->rows() == 1 ? row->text(0, 0) : QStringLiteral("(none)");
        };
        auto article = (**c).queryInt64(
            u"SELECT article_id FROM relations WHERE id = $1", Postgres::Params().add(**relation));
        QVERIFY(article && article->has_value());
        // Another analyst's window hears of the verdict (recordEdits announces it).
        auto theirs = openWindow(m_uri);
        QVERIFY(theirs && listening(*theirs));
        QSignalSpy shown(theirs.get(), &MainWindow::teamEditsShown);
        window->relationReview()->confirm(**relation);
        QCOMPARE(verdict(), QStringLiteral("confirmed"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !shown.isEmpty() && shown.last().at(0).value<QList<ArticleId>>().contains(ArticleId(**article)),
            5000);
        window->undoStack()->undo();
        QCOMPARE(verdict(), QStringLiteral("unreviewed"));
        window->relationReview()->reject(**relation);
        QCOMPARE(verdict(), QStringLiteral("rejected"));
        window->undoStack()->undo();
        QCOMPARE(verdict(), QStringLiteral("unreviewed"));
    }

    // A mention removed and marked in the reader, and an entity rule, are written to the server,
    // undone there, and shown in another analyst's window within a moment.
    void correctionsAreWrittenToTheServer()
    {
        auto mine = openWindow(m_uri);
        auto theirs = openWindow(m_uri);
        QVERIFY(mine && theirs && mine->corrections());
        QVERIFY(listening(*mine) && listening(*theirs));
        const ArticleId id = mine->currentArticle();
        QVERIFY(id > 0);
        auto sql = openPostgresSqlReader(m_uri);
        QVERIFY2(sql, qPrintable(sql.errorMessage()));
        const auto mentions = [&] {
            auto list = articleMentions(**sql, id);
            return list ? list.value() : std::vector<StoredMention> {};
        };
        const std::vector<StoredMention> before = mentions();
        const auto engines = std::find_if(before.begin(), before.end(), [](const StoredMention &m) {
            return !m.manual && m.type != QLatin1String("QUANTITY") && m.type != QLatin1String("DATE");
        });
        QVERIFY2(engines != before.end(), "the worker found no name in the first article");
        const StoredMention removed = *engines;
        const auto isThere = [&](const StoredMention &wanted) {
            const auto now = mentions();
            return std::any_of(now.begin(), now.end(), [&](const StoredMention &m) {
                return m.start == wanted.start && m.end == wanted.end && m.type == wanted.type;
            });
        };

        QSignalSpy shown(theirs.get(), &MainWindow::teamEditsShown);
        mine->corrections()->removeMention(removed);
        QVERIFY(!isThere(removed));
        QTRY_VERIFY_WITH_TIMEOUT(
            !shown.isEmpty() && shown.last().at(0).value<QList<ArticleId>>().contains(id), 5000);
        auto history = openPostgresArticleEditor(m_uri);
        QVERIFY2(history, qPrintable(history.errorMessage()));
        auto edits = (**history).history(id);
        QVERIFY(edits && !edits->empty());
        QCOMPARE(edits->back().kind, EditKind::MentionRemoved);
        QCOMPARE(edits->back().madeBy, Testing::PgCluster::user());
        // Undone: the marker goes and the article is due for a worker, which finds the name again.
        mine->undoStack()->undo();
        bool due = false;
        QVERIFY((**sql).forEachRow(
            QStringLiteral("SELECT 1 FROM articles WHERE id = ?1 AND analysis_version IS NULL"), {qint64(id)},
            [&](const SqlRow &) { due = true; }));
        QVERIFY(due);
        // Redone before a worker ran: the engine's mention is not stored, and a marker keeps it
        // away all the same when the worker analyses; undone again, the worker brings it back.
        mine->undoStack()->redo();
        QVERIFY(mine->issues()->rowCount() == 0);
        auto run = runCli({QStringLiteral("worker"), QStringLiteral("--db"), m_uri});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!isThere(removed));
        mine->undoStack()->undo();
        // The window's own undo comes back through the feed too: heard out before the worker runs.
        QTest::qWait(4 * EditFeed::gatherMs);
        // The worker's new analysis is announced: the open window reads the article again.
        QSignalSpy analysed(mine.get(), &MainWindow::teamEditsShown);
        run = runCli({QStringLiteral("worker"), QStringLiteral("--db"), m_uri});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(isThere(removed));
        QTRY_VERIFY_WITH_TIMEOUT(
            !analysed.isEmpty() && analysed.last().at(0).value<QList<ArticleId>>().contains(id), 5000);

        // Marked by hand, as another type: the engine's mention gives way.
        StoredMention retyped = removed;
        retyped.type = removed.type == QLatin1String("PERSON") ? QStringLiteral("ORGANIZATION")
                                                               : QStringLiteral("PERSON");
        mine->corrections()->changeMentionType(removed, retyped.type);
        QVERIFY(isThere(retyped));
        QVERIFY(!isThere(removed));
        mine->undoStack()->undo();
        QVERIFY(!isThere(retyped));

        // An entity rule: written to the server with the rules version raised, and undone.
        const auto rules = [&] {
            qint64 n = -1;
            auto r = (**sql).forEachRow(QStringLiteral("SELECT count(*) FROM corrections"), {},
                [&](const SqlRow &row) { n = row.int64(0); });
            return r ? n : -1;
        };
        const qint64 rulesBefore = rules();
        QVERIFY(rulesBefore >= 0);
        mine->corrections()->correctEntity(QStringLiteral("ignore"), removed.canonical, removed.type, {});
        QCOMPARE(rules(), rulesBefore + 1);
        mine->undoStack()->undo();
        QCOMPARE(rules(), rulesBefore);
        // The rule came and went: the workers analyse every article again.
        run = runCli({QStringLiteral("worker"), QStringLiteral("--db"), m_uri});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(isThere(removed));
    }

    // Another analyst's window shows a tag, a note and a renamed tag within a moment.
    void otherWindowSeesTheEdits()
    {
        auto mine = openWindow(m_uri);
        auto theirs = openWindow(m_uri);
        QVERIFY(mine && theirs && listening(*theirs));
        const ArticleId id = mine->currentArticle();
        QVERIFY(id > 0);
        QCOMPARE(tagsShown(*theirs, id), QString());
        QSignalSpy shown(theirs.get(), &MainWindow::teamEditsShown);
        mine->tagArticles({id}, {QStringLiteral("Gesehen")});
        QTRY_COMPARE_WITH_TIMEOUT(tagsShown(*theirs, id), QStringLiteral("Gesehen"), 5000);
        QVERIFY(!shown.isEmpty());
        QCOMPARE(shown.last().at(0).value<QList<ArticleId>>(), QList<ArticleId> {id});
        // The CLI is another analyst too.
        auto run = runCli({QStringLiteral("tag"), QString::number(id), QStringLiteral("Zweitmeinung"),
            QStringLiteral("--db"), m_uri});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QTRY_COMPARE_WITH_TIMEOUT(tagsShown(*theirs, id), QStringLiteral("Gesehen, Zweitmeinung"), 5000);
        // A tag renamed for the whole corpus names no articles: the list is read again.
        shown.clear();
        mine->renameTag(QStringLiteral("Gesehen"), QStringLiteral("Geprüft"));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(1).toBool(), 5000);
        QCOMPARE(tagsShown(*theirs, id), QStringLiteral("Geprüft, Zweitmeinung"));
        // The reader stayed on the article it showed.
        QCOMPARE(theirs->currentArticle(), id);
        mine->deleteTag(QStringLiteral("Geprüft"));
        mine->deleteTag(QStringLiteral("Zweitmeinung"));
        QTRY_COMPARE_WITH_TIMEOUT(tagsShown(*theirs, id), QString(), 5000);
    }

    // A stopped server is said once in the issues panel; once it is back the window hears edits
    // again and reads its list anew.
    // The CLI on a database whose user must give a password (scram-sha-256): none, a wrong one
    // in $PGPASSFILE and one in the URI are one line each naming the database and never the
    // password, exit code 1; the right one in $PGPASSFILE reads the corpus.
    void refusedLoginIsOneLineInTheCli()
    {
        const QString right = QStringLiteral("Richtig:Passwort");
        QVERIFY2(m_cluster.setPassword(right), qPrintable(m_cluster.error()));
        const QString uri = m_cluster.uri(QStringLiteral("team"), Testing::PgCluster::passwordUser());
        const QString passFile = m_dir.filePath(QStringLiteral("pgpass"));
        const auto writePassFile = [&](const QString &password) {
            QFile file(passFile);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            // libpq ignores a password file that others may read; ':' in a field is escaped.
            QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
            file.write("*:*:*:" + Testing::PgCluster::passwordUser().toUtf8() + ':'
                + QString(password).replace(QLatin1Char(':'), QLatin1String("\\:")).toUtf8() + '\n');
        };
        const QByteArray before = qgetenv("PGPASSFILE");
        const auto restore = qScopeGuard([&] {
            if (before.isNull())
                qunsetenv("PGPASSFILE");
            else
                qputenv("PGPASSFILE", before);
        });
        const auto stats = [&](const QString &db) {
            return runCli({QStringLiteral("stats"), QStringLiteral("--db"), db});
        };
        const auto oneLineNaming
            = [&](const Testing::CliRun &run, QLatin1String reason, const QString &secret) {
                  QCOMPARE(run.exitCode, 1);
                  QVERIFY2(run.err.trimmed().count(u'\n') == 0, qPrintable(run.err));
                  QVERIFY2(run.err.contains(uri) && run.err.contains(reason), qPrintable(run.err));
                  QVERIFY2(secret.isEmpty() || !run.err.contains(secret), qPrintable(run.err));
                  QVERIFY(!run.out.contains(secret.isEmpty() ? right : secret));
              };

        // The store's error has a kind of its own for both, which the window asks a password on.
        const auto openedKind = [&] {
            auto c = Postgres::Connection::open(uri);
            return c ? std::optional<ErrorKind>() : std::optional<ErrorKind>(c.error().kind);
        };
        qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("no-such-pgpass"))));
        oneLineNaming(stats(uri), QLatin1String("was given none"), QString());
        QCOMPARE(openedKind(), std::optional<ErrorKind>(ErrorKind::LoginRefused));
        // Without a terminal (a script, cron, systemd) nothing is asked: the line says how to give it.
        QVERIFY2(stats(uri).err.contains(QLatin1String("no terminal to ask for the password on")),
            qPrintable(stats(uri).err));
        // A following worker does not wait for it as for a server away: one line, and it ends.
        {
            QElapsedTimer clock;
            clock.start();
            const auto worker
                = runCli({QStringLiteral("worker"), QStringLiteral("--follow"), QStringLiteral("--db"), uri});
            oneLineNaming(worker, QLatin1String("was given none"), QString());
            QVERIFY(clock.elapsed() < 20000);
        }
        // On a terminal it asks once, without echo, and goes on with the password typed; a wrong
        // one is refused in one line after the question.
        {
            const TerminalRun asked
                = runCliOnATerminal({QStringLiteral("stats"), QStringLiteral("--db"), uri}, right.toUtf8());
            QVERIFY2(asked.asked && asked.exitCode == 0, asked.shown.constData());
            QVERIFY2(asked.shown.contains(QByteArray::number(m_sampleArticles)), asked.shown.constData());
            QVERIFY2(!asked.shown.contains(right.toUtf8()), asked.shown.constData());
            QVERIFY2(asked.shown.contains(
                         QByteArray("Password for " + Testing::PgCluster::passwordUser().toUtf8())),
                asked.shown.constData());
            const TerminalRun wrong = runCliOnATerminal(
                {QStringLiteral("stats"), QStringLiteral("--db"), uri}, QByteArrayLiteral("Vertippt"));
            QVERIFY2(wrong.asked && wrong.exitCode == 1, wrong.shown.constData());
            QVERIFY2(!wrong.shown.contains("Vertippt"), wrong.shown.constData());
            QVERIFY2(wrong.shown.contains("the password is wrong"), wrong.shown.constData());
            QCOMPARE(wrong.shown.count("Password for"), 1);
            // A wrong password written into the URI is replaced by the one typed, for every
            // connection of the run.
            const TerminalRun inUri = runCliOnATerminal(
                {QStringLiteral("stats"), QStringLiteral("--db"), uri + QStringLiteral("&password=Vertippt")},
                right.toUtf8());
            QVERIFY2(inUri.asked && inUri.exitCode == 0, inUri.shown.constData());
            QVERIFY2(!inUri.shown.contains("Vertippt") && !inUri.shown.contains(right.toUtf8()),
                inUri.shown.constData());
        }
        writePassFile(QStringLiteral("Falsch"));
        qputenv("PGPASSFILE", QFile::encodeName(passFile));
        oneLineNaming(stats(uri), QLatin1String("the password is wrong"), QStringLiteral("Falsch"));
        QCOMPARE(openedKind(), std::optional<ErrorKind>(ErrorKind::LoginRefused));
        oneLineNaming(stats(uri + QStringLiteral("&password=Vertippt")),
            QLatin1String("the password is wrong"), QStringLiteral("Vertippt"));
        // migrate's --to is logged into the same way.
        oneLineNaming(runCli({QStringLiteral("migrate"), QStringLiteral("--from"),
                          m_dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("--to"), uri}),
            QLatin1String("the password is wrong"), QStringLiteral("Falsch"));
        writePassFile(right);
        const auto run = stats(uri);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QString::number(m_sampleArticles)), qPrintable(run.out));
        QVERIFY(!run.out.contains(right) && !run.err.contains(right));
    }

    // A remembered password gone stale (the administrator changed it): the window says so once,
    // in the connect dialog, which asks for the password instead of a Retry that would send the
    // stale one again. A mistyped one is asked for again; the keyring keeps the stale one until
    // the new one has opened the window, and then keeps the new one. No password is shown.
    void stalePasswordIsAskedForAgain()
    {
        auto owned = std::make_unique<Keeper>();
        Keeper &keeper = *owned;
        setPasswordKeeper(std::move(owned));
        const auto restore = qScopeGuard([] { setPasswordKeeper(nullptr); });
        const QString stale = QStringLiteral("Alt-Geheim");
        const QString fresh = QStringLiteral("Neu-Geheim");
        const QString typo = QStringLiteral("Neu-Gehiem");
        QVERIFY2(m_cluster.setPassword(stale), qPrintable(m_cluster.error()));
        const QString uri = m_cluster.uri(QStringLiteral("team"), Testing::PgCluster::passwordUser());
        QVERIFY(rememberPassword(uri, stale));
        const QString key = keyringKey(uri);
        QVERIFY2(m_cluster.setPassword(fresh), qPrintable(m_cluster.error()));

        int boxes = 0;
        QStringList refusals;
        QStringList keptWhileAsked;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                ++boxes;
                box->reject();
            }
            auto *dialog = qobject_cast<ConnectDialog *>(modal);
            if (!dialog)
                return;
            QLineEdit *field = passwordField(*dialog);
            QVERIFY(field && field->text().isEmpty());
            QVERIFY(dialog->remembersPassword());
            refusals << textsOf(*dialog);
            keptWhileAsked << keeper.kept.value(key);
            field->setText(refusals.size() == 1 ? typo : fresh);
            dialog->accept();
        });
        poll.start(20);
        MainWindow *window = openWorkbench(uri);
        poll.stop();
        QVERIFY(window);
        QCOMPARE(boxes, 0);
        QCOMPARE(refusals.size(), 2);
        for (const QString &refusal : refusals) {
            // The database named as the dialog wrote its URI the second time (the host encoded).
            QVERIFY2(refusal.contains(QLatin1String("password is wrong"))
                    && refusal.contains(QLatin1String("postgresql:///team?"))
                    && refusal.contains(Testing::PgCluster::passwordUser()),
                qPrintable(refusal));
            for (const QString &secret : {stale, fresh, typo})
                QVERIFY2(!refusal.contains(secret), qPrintable(refusal));
        }
        QCOMPARE(keptWhileAsked, QStringList({stale, stale}));
        QCOMPARE(keeper.kept.value(key), fresh);
        QVERIFY(isPasswordRemembered(uri));
        QVERIFY(!window->location().contains(fresh));
        QVERIFY(!window->windowTitle().contains(fresh));
        delete window;

        // Cancel in the dialog opens nothing and keeps what is kept.
        QVERIFY(rememberPassword(uri, stale));
        QTimer cancel;
        int asked = 0;
        connect(&cancel, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget())) {
                ++asked;
                dialog->reject();
            }
        });
        cancel.start(20);
        QCOMPARE(Postgres::heldPassword(uri), std::optional<QString>(fresh));
        QCOMPARE(openWorkbench(uri), nullptr);
        QCOMPARE(asked, 1);
        QCOMPARE(keeper.kept.value(key), stale);
        // The process holds again what it held before the refused attempt, for its other windows.
        QCOMPARE(Postgres::heldPassword(uri), std::optional<QString>(fresh));
        QVERIFY(rememberPassword(uri, {}));
        Postgres::holdPassword(uri, {});
    }

    // The administrator changes the password while a window is open with the keyring's (held by
    // the process, in no URI) and the window's sessions are killed: every reconnection is refused,
    // and the edit made then waits. The window asks once, in a prompt that does not block it; the
    // analyst cancels, and the edit keeps waiting with no further prompt through a retry; File →
    // Team Database Password asks again; a mistyped password is refused in the same prompt, the
    // right one writes the edit without a restart and replaces the keyring's. No URI, title,
    // issue or setting holds any of the passwords.
    void changedPasswordIsAskedForInTheOpenWindow()
    {
        auto owned = std::make_unique<Keeper>();
        Keeper &keeper = *owned;
        setPasswordKeeper(std::move(owned));
        const QString before = QStringLiteral("Vorher-Geheim");
        const QString after = QStringLiteral("Nachher-Geheim");
        const QString typo = QStringLiteral("Nachher-Gehiem");
        QVERIFY2(m_cluster.setPassword(before), qPrintable(m_cluster.error()));
        const QString uri = m_cluster.uri(QStringLiteral("team"), Testing::PgCluster::passwordUser());
        const auto restore = qScopeGuard([uri] {
            Postgres::holdPassword(uri, {});
            (void)rememberPassword(uri, {});
            setPasswordKeeper(nullptr);
        });
        QVERIFY(rememberPassword(uri, before));
        std::unique_ptr<MainWindow> window(openWorkbench(uri));
        QVERIFY(window);
        window->show();
        QVERIFY(listening(*window));
        const ArticleId id = window->currentArticle();
        QVERIFY(id > 0);
        EditStack &stack = *window->undoStack();
        const int steps = stack.count();
        LoginRecovery &recovery = *window->loginRecovery();
        QCOMPARE(recovery.prompt(), nullptr);

        QVERIFY2(m_cluster.setPassword(after), qPrintable(m_cluster.error()));
        {
            auto admin = Postgres::Connection::open(m_uri);
            QVERIFY2(admin, qPrintable(admin.errorMessage()));
            QVERIFY((**admin).execute(
                u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1",
                Postgres::Params().add(Testing::PgCluster::passwordUser())));
        }
        // Every prompt the window ever shows.
        // Counted by a guarded pointer, not by address: a new prompt may take a closed one's.
        int prompts = 0;
        QPointer<PasswordPrompt> lastPrompt;
        const auto noticePrompt = [&] {
            if (recovery.prompt() && recovery.prompt() != lastPrompt.data()) {
                ++prompts;
                lastPrompt = recovery.prompt();
            }
        };
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, noticePrompt);
        watch.start(20);
        window->tagArticles({id}, {QStringLiteral("NachDemWechsel")});
        QCOMPARE(stack.waitingCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(recovery.prompt(), 10000);
        QPointer<PasswordPrompt> prompt = recovery.prompt();
        noticePrompt();
        QVERIFY(prompt->isVisible());
        QVERIFY(!prompt->isModal());
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        const QString asked = textsOf(*prompt);
        QVERIFY2(asked.contains(QLatin1String("refused the login"))
                && asked.contains(Testing::PgCluster::passwordUser()),
            qPrintable(asked));
        // The window says it is disconnected, in the status bar, while it lasts.
        QToolButton *disconnected = window->refusedLoginButton();
        QVERIFY(disconnected);
        QTRY_VERIFY(disconnected->isVisible());
        QVERIFY2(disconnected->text().contains(QLatin1String("password refused")),
            qPrintable(disconnected->text()));
        // The refused password is not sent again: neither while the prompt is open nor after
        // Cancel do the edit's retries (every 5 s), the edit feed's (every 5 s) or any other
        // connection's reach the server's log as failed logins. The first refusals may come from
        // several connections at once; after a moment the count stands still.
        QTest::qWait(1000);
        const int refusals = m_cluster.refusedPasswordLogins();
        QVERIFY(refusals > 0);
        QTest::qWait(EditStack::waitRetryMs + 1000);
        QCOMPARE(m_cluster.refusedPasswordLogins(), refusals);
        QCOMPARE(stack.waitingCount(), 1);
        // Cancel: the edit waits, visibly, the refused retries ask no more and send nothing, and the
        // issues panel says plainly that the window is disconnected and how to give the password.
        prompt->reject();
        QTRY_VERIFY(prompt.isNull());
        QTest::qWait(EditStack::waitRetryMs + 1000);
        QCOMPARE(stack.waitingCount(), 1);
        QCOMPARE(recovery.prompt(), nullptr);
        QCOMPARE(prompts, 1);
        QCOMPARE(m_cluster.refusedPasswordLogins(), refusals);
        QVERIFY(disconnected->isVisible());
        QStringList issues;
        for (int row = 0; row < window->issues()->rowCount(); ++row)
            issues
                << window->issues()->index(row, IssueModel::MessageColumn).data(Qt::DisplayRole).toString();
        QVERIFY2(issues.join(u'\n').contains(QLatin1String("disconnected"))
                && issues.join(u'\n').contains(QStringLiteral("File → Team Database Password")),
            qPrintable(issues.join(u'\n')));
        // The edit feed, refused too, leaves that to the login: it is not "tried every few seconds".
        QVERIFY2(
            !issues.join(u'\n').contains(QLatin1String("every few seconds")), qPrintable(issues.join(u'\n')));
        // The status bar's button asks again, with the refusal; so does the menu (below).
        disconnected->click();
        QVERIFY(recovery.prompt());
        QVERIFY2(textsOf(*recovery.prompt()).contains(QLatin1String("refused the login")),
            qPrintable(textsOf(*recovery.prompt())));
        noticePrompt();
        recovery.prompt()->reject();
        QTRY_COMPARE(recovery.prompt(), nullptr);
        // Closing the window while the edit waits for the refused password warns as always (Enter
        // keeps it waiting) and offers the password: the window stays open and the prompt asks.
        QStringList closeButtons;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->buttonRole(box->defaultButton()), QMessageBox::RejectRole);
            const QList<QAbstractButton *> buttons = box->buttons();
            for (QAbstractButton *button : buttons)
                closeButtons << button->text();
            for (QAbstractButton *button : buttons)
                if (button->text() == QStringLiteral("Enter Password…"))
                    button->click();
        });
        QVERIFY(!window->close());
        QVERIFY2(
            closeButtons.contains(QStringLiteral("Enter Password…")), qPrintable(closeButtons.join(u',')));
        QVERIFY(recovery.prompt());
        QCOMPARE(stack.waitingCount(), 1);
        noticePrompt();
        recovery.prompt()->reject();
        QTRY_COMPARE(recovery.prompt(), nullptr);

        QAction *again = nullptr;
        for (QAction *action : window->findChildren<QAction *>())
            if (action->text().remove(u'&') == QStringLiteral("Team Database Password…"))
                again = action;
        QVERIFY(again);
        again->trigger();
        QVERIFY(recovery.prompt());
        prompt = recovery.prompt();
        noticePrompt();
        const auto connectWith = [&](const QString &password) {
            QLineEdit *field = passwordField(*prompt);
            QVERIFY(field && field->text().isEmpty());
            field->setText(password);
            prompt->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        };
        connectWith(typo);
        QTRY_VERIFY_WITH_TIMEOUT(
            textsOf(*prompt).contains(QLatin1String("refused this password too")), 10000);
        QCOMPARE(stack.waitingCount(), 1);
        // A password typed is sent (once), whatever was refused before.
        QTRY_COMPARE(m_cluster.refusedPasswordLogins(), refusals + 1);
        QCOMPARE(keeper.kept.value(keyringKey(uri)), before);
        connectWith(after);
        QTRY_VERIFY_WITH_TIMEOUT(prompt.isNull(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stack.waitingCount(), 0, 3 * EditStack::waitRetryMs);
        watch.stop();
        QCOMPARE(prompts, 4);
        QVERIFY(!disconnected->isVisible());
        QCOMPARE(m_cluster.refusedPasswordLogins(), refusals + 1);
        QCOMPARE(stack.count(), steps + 1);
        auto editor = openPostgresArticleEditor(m_uri);
        QVERIFY2(editor, qPrintable(editor.errorMessage()));
        auto tags = (**editor).tagsOf(id);
        QVERIFY2(tags && tags->contains(QStringLiteral("NachDemWechsel")), qPrintable(tags.errorMessage()));
        QCOMPARE(keeper.kept.value(keyringKey(uri)), after);
        QCOMPARE(Postgres::heldPassword(uri), std::optional<QString>(after));

        QStringList shown {window->location(), window->windowTitle()};
        for (int row = 0; row < window->issues()->rowCount(); ++row)
            shown << window->issues()->index(row, IssueModel::MessageColumn).data(Qt::DisplayRole).toString();
        QSettings settings;
        for (const QString &key : settings.allKeys())
            shown << key << settings.value(key).toString() << settings.value(key).toStringList();
        for (const QString &text : std::as_const(shown)) {
            for (const QString &secret : {before, after, typo})
                QVERIFY2(!text.contains(secret), qPrintable(text));
        }
        // Written, it undoes like any edit.
        stack.undo();
        QVERIFY(!(**editor).tagsOf(id).value().contains(QStringLiteral("NachDemWechsel")));
        // Opening the database again with a mistyped password is asked about by the connect
        // dialog alone: the open window on the same login, whose sessions go on, does not ask too.
        int dialogs = 0;
        QTimer cancel;
        connect(&cancel, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget())) {
                ++dialogs;
                dialog->reject();
            }
        });
        cancel.start(20);
        QCOMPARE(openWorkbench(uri, std::nullopt, typo), nullptr);
        cancel.stop();
        QCOMPARE(dialogs, 1);
        QTest::qWait(200);
        QCOMPARE(recovery.prompt(), nullptr);
        QCOMPARE(Postgres::heldPassword(uri), std::optional<QString>(after));
        // A URI given with the password (--db) opens a source whose locations, the background
        // readers' included, carry none: the process holds it.
        Postgres::holdPassword(uri, {});
        auto source = openPostgresCorpusSource(
            uri + QStringLiteral("&password=") + QString::fromLatin1(QUrl::toPercentEncoding(after)));
        QVERIFY2(source, qPrintable(source.errorMessage()));
        QCOMPARE((**source).connectionLocation(), uri);
        QCOMPARE((**source).location(), uri);
        QCOMPARE(Postgres::heldPassword(uri), std::optional<QString>(after));
    }

    // A team server out of reach at the start: the dialog offers to try again, and the window
    // opens once the server answers, without a restart; Cancel opens nothing.
    void unreachableAtStartMayBeTriedAgain()
    {
        QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.error()));
        int boxes = 0;
        bool resumed = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->button(QMessageBox::Retry))
                return;
            // The first retry finds the server still away and asks again.
            if (++boxes == 2)
                resumed = m_cluster.resume();
            box->button(QMessageBox::Retry)->click();
        });
        poll.start(20);
        MainWindow *window = openWorkbench(m_uri);
        poll.stop();
        QVERIFY2(resumed, qPrintable(m_cluster.error()));
        QCOMPARE(boxes, 2);
        QVERIFY(window);
        QVERIFY(window->isTeamDatabase());
        delete window;

        QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.error()));
        boxes = 0;
        QTimer cancel;
        connect(&cancel, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                ++boxes;
                box->reject();
            }
        });
        cancel.start(20);
        QCOMPARE(openWorkbench(m_uri), nullptr);
        QCOMPARE(boxes, 1);
    }

    // A team database whose schema is newer than this build: one line from the CLI, one message
    // in the window (no Retry: trying again cannot help), and nothing changed on the server.
    void newerSchemaIsOneClearMessage()
    {
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("newer")), qPrintable(m_cluster.error()));
        const QString uri = m_cluster.uri(QStringLiteral("newer"));
        auto run = runCli({QStringLiteral("import"), QStringLiteral("--sample"), QStringLiteral("-q"),
            QStringLiteral("--db"), uri});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        {
            auto c = Postgres::Connection::open(uri);
            QVERIFY2(c, qPrintable(c.errorMessage()));
            QVERIFY((**c).execute(u"INSERT INTO schema_migrations(version) VALUES (999)"));
        }
        run = runCli({QStringLiteral("stats"), QStringLiteral("--db"), uri});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("newer Lagebild")) && run.err.trimmed().count(u'\n') == 0,
            qPrintable(run.err));
        QString shown;
        bool retry = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                retry = box->button(QMessageBox::Retry) != nullptr;
                box->reject();
            }
        });
        poll.start(20);
        QCOMPARE(openWorkbench(uri), nullptr);
        QVERIFY2(shown.contains(QLatin1String("newer Lagebild")), qPrintable(shown));
        QVERIFY(!retry);
        auto c = Postgres::Connection::open(uri);
        QVERIFY2(c, qPrintable(c.errorMessage()));
        auto newest = (**c).queryInt64(u"SELECT max(version) FROM schema_migrations");
        QVERIFY(newest && newest->has_value());
        QCOMPARE(**newest, qint64(999));
    }

    void editFeedComesBackAfterTheServer()
    {
        auto window = openWindow(m_uri);
        QVERIFY(window);
        const ArticleId id = window->currentArticle();
        const int issuesBefore = window->issues()->rowCount();
        QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.error()));
        QTRY_COMPARE_WITH_TIMEOUT(window->issues()->rowCount(), issuesBefore + 1, 5000);
        const QString said = window->issues()
                                 ->index(issuesBefore, IssueModel::MessageColumn)
                                 .data(Qt::DisplayRole)
                                 .toString();
        QVERIFY2(said.contains(QLatin1String("team database")), qPrintable(said));
        QVERIFY2(m_cluster.resume(), qPrintable(m_cluster.error()));
        QSignalSpy shown(window.get(), &MainWindow::teamEditsShown);
        // Back within a retry; the list is read again, as edits may have been missed.
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(1).toBool(), 15000);
        // Only one issue for the whole outage.
        QCOMPARE(window->issues()->rowCount(), issuesBefore + 1);
        auto run = runCli({QStringLiteral("tag"), QString::number(id), QStringLiteral("Nachher"),
            QStringLiteral("--db"), m_uri});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QTRY_COMPARE_WITH_TIMEOUT(tagsShown(*window, id), QStringLiteral("Nachher"), 5000);
        run = runCli({QStringLiteral("untag"), QString::number(id), QStringLiteral("Nachher"),
            QStringLiteral("--db"), m_uri});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // Edits made while the server is away wait in the window, in order, and are written when it
    // answers again; undo takes back a waiting edit unwritten; closing asks first.
    void editsWaitWhileTheServerIsAway()
    {
        auto window = openWindow(m_uri);
        QVERIFY(window);
        const ArticleId id = window->currentArticle();
        QVERIFY(id > 0);
        EditStack &stack = *window->undoStack();
        const int steps = stack.count();
        const int issuesBefore = window->issues()->rowCount();
        auto c = Postgres::Connection::open(m_uri);
        QVERIFY2(c, qPrintable(c.errorMessage()));
        const auto note = [&] { return noteOnServer(**c, id); };
        const QString noteBefore = note();
        QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.error()));
        window->tagArticles({id}, {QStringLiteral("Wartend")});
        QCOMPARE(stack.waitingCount(), 1);
        window->setNote(id, QStringLiteral("Während des Ausfalls"), noteBefore);
        window->setNote(
            id, QStringLiteral("Während des Ausfalls geschrieben"), QStringLiteral("Während des Ausfalls"));
        QCOMPARE(stack.waitingCount(), 2); // the second note edit merged into the first
        window->tagArticles({id}, {QStringLiteral("Verworfen")});
        QCOMPARE(stack.waitingCount(), 3);
        QCOMPARE(stack.count(), steps);
        QVERIFY2(stack.waitingEdits().front().contains(QLatin1String("Wartend")),
            qPrintable(stack.waitingEdits().join(QLatin1Char('|'))));
        // The newest waiting edit is taken back without being written.
        stack.undoLatest();
        QCOMPARE(stack.waitingCount(), 2);
        // One issue says they wait (the edit feed adds its own about the server).
        bool told = false;
        for (int row = issuesBefore; row < window->issues()->rowCount(); ++row)
            told = told
                || window->issues()
                       ->index(row, IssueModel::MessageColumn)
                       .data(Qt::DisplayRole)
                       .toString()
                       .contains(QLatin1String("waits in this window"));
        QVERIFY(told);
        // Closing asks; keeping them waiting keeps the window open.
        window->show();
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->buttonRole(box->defaultButton()), QMessageBox::RejectRole);
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::RejectRole)
                    button->click();
        });
        QVERIFY(!window->close());

        QVERIFY2(m_cluster.resume(), qPrintable(m_cluster.error()));
        QTRY_COMPARE_WITH_TIMEOUT(stack.waitingCount(), 0, 3 * EditStack::waitRetryMs);
        QCOMPARE(stack.count(), steps + 2);
        const auto tags = [&] { return tagsOnServer(m_uri, id); };
        QVERIFY(tags().contains(QStringLiteral("Wartend")));
        QVERIFY(!tags().contains(QStringLiteral("Verworfen")));
        QCOMPARE(note(), QStringLiteral("Während des Ausfalls geschrieben"));
        // Written, they undo like any edit.
        stack.undo();
        QCOMPARE(note(), noteBefore);
        stack.undo();
        QVERIFY(!tags().contains(QStringLiteral("Wartend")));
    }

    // Edits waiting for the server are on disk as soon as they wait: a window that ends without
    // writing them (a crash, a SIGTERM, a power loss) leaves them to the next window on the same
    // database, which shows them waiting and writes them when the server answers.
    void waitingEditsOutliveTheWindow()
    {
        const QString folder = EditJournal::folderFor(m_uri);
        const auto journals
            = [&](const QString &pattern) { return QDir(folder).entryList({pattern}, QDir::Files); };
        QVERIFY(journals(QStringLiteral("*.json")).isEmpty());
        auto window = openWindow(m_uri);
        QVERIFY(window);
        const ArticleId id = window->currentArticle();
        QVERIFY(id > 0);
        auto c = Postgres::Connection::open(m_uri);
        QVERIFY2(c, qPrintable(c.errorMessage()));
        const auto note = [&] { return noteOnServer(**c, id); };
        const auto tags = [&] { return tagsOnServer(m_uri, id); };
        const auto published = [&] {
            auto row = (**c).query(u"SELECT published_day, published_origin FROM articles WHERE id = $1",
                Postgres::Params().add(id));
            return row && row->rows() == 1 ? row->text(0, 0) + u' ' + row->text(0, 1) : QString();
        };
        const QString noteBefore = note();
        auto reader = openPostgresCorpusReader(m_uri);
        QVERIFY2(reader, qPrintable(reader.errorMessage()));
        auto article = (**reader).article(id);
        QVERIFY(article && article->has_value());
        const PublicationDate dateBefore = (**article).published;
        window->tagArticles({id}, {QStringLiteral("Altname")});
        QVERIFY(tags().contains(QStringLiteral("Altname")));
        auto relation = (**c).queryInt64(
            u"SELECT min(id) FROM relations WHERE origin = 'automatic' AND status = 'active'");
        QVERIFY(relation && relation->has_value());
        const auto relationStatus = [&] {
            auto row = (**c).query(
                u"SELECT origin, status FROM relations WHERE id = $1", Postgres::Params().add(**relation));
            return row && row->rows() == 1 ? row->text(0, 0) + u' ' + row->text(0, 1) : QString();
        };
        QCOMPARE(relationStatus(), QStringLiteral("automatic active"));
        auto sql = openPostgresSqlReader(m_uri);
        QVERIFY2(sql, qPrintable(sql.errorMessage()));
        const auto isThere = [&](const StoredMention &wanted) {
            auto now = articleMentions(**sql, id);
            return now && std::any_of(now->begin(), now->end(), [&](const StoredMention &m) {
                return m.start == wanted.start && m.end == wanted.end && m.type == wanted.type;
            });
        };
        auto found = articleMentions(**sql, id);
        QVERIFY(found);
        const auto engines = std::find_if(found->begin(), found->end(), [](const StoredMention &m) {
            return !m.manual && m.type != QLatin1String("QUANTITY") && m.type != QLatin1String("DATE");
        });
        QVERIFY2(engines != found->end(), "the worker found no name in the first article");
        const StoredMention removed = *engines;
        QVERIFY(isThere(removed));
        QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.error()));
        window->tagArticles({id}, {QStringLiteral("Absturzfest")});
        window->setNote(id, QStringLiteral("Vor dem Absturz geschrieben"), noteBefore);
        window->corrections()->setPublicationDate(
            id, PublicationDate::day(QDate(2024, 3, 1), DateOrigin::Manual), dateBefore);
        window->renameTag(QStringLiteral("Altname"), QStringLiteral("Neuname"));
        window->relationReview()->reject(**relation);
        window->corrections()->removeMention(removed);
        window->corrections()->correctEntity(
            QStringLiteral("ignore"), QStringLiteral("Absturzamt"), QStringLiteral("organization"), {});
        QCOMPARE(window->undoStack()->waitingCount(), 7);
        // On disk already, before anything asks: one journal with them.
        QCOMPARE(journals(QStringLiteral("*.json")).size(), 1);
        QFile journal(folder + QLatin1Char('/') + journals(QStringLiteral("*.json")).front());
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QByteArray written = journal.readAll();
        journal.close();
        QVERIFY2(written.contains("Absturzfest") && written.contains("Vor dem Absturz"), written.constData());
        // The crash: the window ends without writing them or asking.
        window.reset();
        QCOMPARE(journals(QStringLiteral("*.json")).size(), 1);
        // An edit of a kind a later window cannot write yet (kept by its text) is named as not saved.
        QFile other(folder + QLatin1String("/other.json"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(
            R"({"lagebild-waiting-edits": 1, "edits": [{"text": "Mark Absturzamt as organization"}]})");
        other.close();
        // Its window's process crashed: the lock it left names a process that no longer runs.
        QProcess ended;
        ended.start(QStringLiteral("true"), {});
        QVERIFY(ended.waitForStarted(10000));
        const qint64 endedPid = ended.processId();
        QVERIFY(ended.waitForFinished(10000));
        QFile staleLock(folder + QLatin1String("/other.lock"));
        QVERIFY(staleLock.open(QIODevice::WriteOnly));
        staleLock.write(
            QByteArray::number(endedPid) + "\ntrue\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        staleLock.close();
        // A window still open holds its journal's lock: its edits stay its own.
        QFile alive(folder + QLatin1String("/alive.json"));
        QVERIFY(alive.open(QIODevice::WriteOnly));
        alive.write(R"({"lagebild-waiting-edits": 1, "edits": [{"text": "Still waiting elsewhere"}]})");
        alive.close();
        QLockFile aliveLock(folder + QLatin1String("/alive.lock"));
        QVERIFY(aliveLock.tryLock(0));
        // A damaged journal beside it is set aside and named, never deleted.
        QFile damaged(folder + QLatin1String("/damaged.json"));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"lagebild-waiting-edits\": 1, \"edits\": [");
        damaged.close();

        QVERIFY2(m_cluster.resume(), qPrintable(m_cluster.error()));
        auto next = openWindow(m_uri);
        QVERIFY(next);
        QStringList said;
        for (int row = 0; row < next->issues()->rowCount(); ++row)
            said.append(
                next->issues()->index(row, IssueModel::MessageColumn).data(Qt::DisplayRole).toString());
        QVERIFY2(said.filter(QStringLiteral("left waiting")).size() == 1, qPrintable(said.join(u'|')));
        QVERIFY2(
            said.filter(QStringLiteral("Mark Absturzamt")).filter(QStringLiteral("not saved")).size() == 1,
            qPrintable(said.join(u'|')));
        QVERIFY2(
            said.filter(QStringLiteral("damaged.json.damaged")).size() == 1, qPrintable(said.join(u'|')));
        QTRY_COMPARE_WITH_TIMEOUT(next->undoStack()->waitingCount(), 0, 3 * EditStack::waitRetryMs);
        QVERIFY(tags().contains(QStringLiteral("Absturzfest")));
        QVERIFY(tags().contains(QStringLiteral("Neuname")) && !tags().contains(QStringLiteral("Altname")));
        QCOMPARE(note(), QStringLiteral("Vor dem Absturz geschrieben"));
        QCOMPARE(published(), QStringLiteral("2024-03-01 manual"));
        const auto rules = [&] {
            auto n = (**c).queryInt64(u"SELECT count(*) FROM corrections WHERE entity = 'Absturzamt'");
            return n && n->has_value() ? **n : -1;
        };
        QCOMPARE(rules(), 1);
        QCOMPARE(relationStatus(), QStringLiteral("manual rejected"));
        QVERIFY(!isThere(removed));
        QVERIFY2(
            said.filter(QStringLiteral("Still waiting elsewhere")).isEmpty(), qPrintable(said.join(u'|')));
        QCOMPARE(journals(QStringLiteral("*.json")), QStringList {QStringLiteral("alive.json")});
        aliveLock.unlock();
        QVERIFY(QFile::remove(folder + QLatin1String("/alive.json")));
        QCOMPARE(journals(QStringLiteral("*.damaged")), QStringList {QStringLiteral("damaged.json.damaged")});
        QVERIFY(QFile::remove(folder + QLatin1String("/damaged.json.damaged")));
        // Written, they undo like any edit, newest first.
        next->undoStack()->undo();
        QCOMPARE(rules(), 0);
        // Undone, the marker goes and the article is due: a worker finds the name again.
        next->undoStack()->undo();
        auto run = runCli({QStringLiteral("worker"), QStringLiteral("--db"), m_uri});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(isThere(removed));
        next->undoStack()->undo();
        QCOMPARE(relationStatus(), QStringLiteral("automatic active"));
        next->undoStack()->undo();
        QVERIFY(tags().contains(QStringLiteral("Altname")) && !tags().contains(QStringLiteral("Neuname")));
        next->undoStack()->undo();
        QVERIFY(published() != QStringLiteral("2024-03-01 manual"));
        next->undoStack()->undo();
        QCOMPARE(note(), noteBefore);
        next->undoStack()->undo();
        QVERIFY(!tags().contains(QStringLiteral("Absturzfest")));
        window = openWindow(m_uri);
        QVERIFY(window);
        window->untagArticles({id}, {QStringLiteral("Altname")});
        QVERIFY(!tags().contains(QStringLiteral("Altname")));
    }

    // A reader's window says at once that nothing it does can be saved and offers no edit; an
    // editor's offers them.
    void readerIsToldAtTheStart()
    {
        auto owner = Postgres::Connection::open(m_uri);
        QVERIFY2(owner, qPrintable(owner.errorMessage()));
        QVERIFY((**owner).executeScript(QStringLiteral("CREATE ROLE lena LOGIN; CREATE ROLE erik LOGIN;")));
        for (const auto &[user, level] : {std::pair {"lena", "reader"}, {"erik", "editor"}}) {
            auto granted = runCli({QStringLiteral("access"), QStringLiteral("grant"), QLatin1String(user),
                QLatin1String(level), QStringLiteral("--db"), m_uri});
            QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
        }
        const auto as = [this](const QString &user) {
            return QString(m_uri).replace(
                QStringLiteral("user=") + Testing::PgCluster::user(), QStringLiteral("user=") + user);
        };
        auto reader = openWindow(as(QStringLiteral("lena")));
        QVERIFY(reader);
        QCOMPARE(reader->issues()->rowCount(), 1);
        const QString said
            = reader->issues()->index(0, IssueModel::MessageColumn).data(Qt::DisplayRole).toString();
        QVERIFY2(
            said.contains(QLatin1String("may read this team database but not change it")), qPrintable(said));
        // The reader is offered no edit; the editor all of them.
        QVERIFY(!reader->corrections() && !reader->relationReview());
        QVERIFY(!menuTitles(*reader).contains(QStringLiteral("Analysis")));
        auto editor = openWindow(as(QStringLiteral("erik")));
        QVERIFY(editor);
        QCOMPARE(editor->issues()->rowCount(), 0);
        QVERIFY(editor->corrections() && editor->relationReview());
        QVERIFY(menuTitles(*editor).contains(QStringLiteral("Analysis")));
    }

    // Analysis → Learn from My Corrections on a team database: the corrections are read from the
    // server, the adaptation is stored there in the background and every article falls due for
    // the workers, which load it; Forget removes it and makes them due again. The CLI does the
    // same with --db; a reader's role is refused in one line. (After readerIsToldAtTheStart,
    // which made lena a reader and erik an editor.)
    void learningIsStoredOnTheServer()
    {
        if (Analysis::Resources::instance().tagger.isEmpty())
            QSKIP("no name model (LAGEBILD_NER_MODEL=none)");
        auto run = runCli({QStringLiteral("worker"), QStringLiteral("--db"), m_uri});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto c = Postgres::Connection::open(m_uri);
        QVERIFY2(c, qPrintable(c.errorMessage()));
        const auto scalar = [&](QStringView sql) {
            auto v = (**c).queryInt64(sql);
            return v ? v->value_or(-1) : -2;
        };
        const auto due = [&] {
            return scalar(
                u"SELECT count(*) FROM articles WHERE analysis_rules IS DISTINCT FROM "
                u"coalesce((SELECT CAST(value AS integer) FROM meta WHERE key = 'rules_version'), 0)");
        };
        // What a worker loads (analysisworker.cpp): the stored row, fitting the built-in model.
        const auto workersUse = [&] {
            auto stored = Postgres::AnalysisStore(**c).adaptation();
            return stored && LearnService::adaptationFrom(stored.value()) != nullptr;
        };
        QCOMPARE(due(), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM ner_adaptation"), 0);

        auto window = openWindow(m_uri);
        QVERIFY(window && window->learning() && listening(*window));
        LearnActions *learning = window->learning();
        QVERIFY(!learning->forgetAction()->isEnabled());
        // One correction by hand on the server: an engine's name typed otherwise.
        const ArticleId id = window->currentArticle();
        auto sql = openPostgresSqlReader(m_uri);
        QVERIFY2(sql, qPrintable(sql.errorMessage()));
        const std::vector<StoredMention> mentions = articleMentions(**sql, id).value();
        const auto engines = std::find_if(mentions.begin(), mentions.end(), [](const StoredMention &m) {
            return !m.manual && m.type != QLatin1String("QUANTITY") && m.type != QLatin1String("DATE");
        });
        QVERIFY2(engines != mentions.end(), "the worker found no name in the first article");
        const QString otherType = engines->type == QLatin1String("PERSON") ? QStringLiteral("ORGANIZATION")
                                                                           : QStringLiteral("PERSON");
        window->corrections()->changeMentionType(*engines, otherType);
        const qint64 manual = scalar(u"SELECT count(*) FROM mentions WHERE origin = 'manual'");
        QVERIFY(manual > 0);

        // Learning runs in the background with progress; the window stays responsive.
        QSignalSpy progress(learning, &LearnActions::progress);
        QSignalSpy finished(learning, &LearnActions::finished);
        QSignalSpy failed(learning, &LearnActions::failed);
        learning->learnAction()->trigger();
        QVERIFY(learning->isRunning() && !learning->learnAction()->isEnabled());
        QVERIFY(finished.wait(120000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        QVERIFY(progress.count() > 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM ner_adaptation"), 1);
        QVERIFY(workersUse());
        QVERIFY(learning->forgetAction()->isEnabled());
        // Every article is due, and the workers were told: nothing analysed in the window.
        QCOMPARE(due(), m_sampleArticles);
        QVERIFY(!window->isImporting());
        run = runCli({QStringLiteral("worker"), QStringLiteral("--db"), m_uri});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(due(), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM mentions WHERE origin = 'manual'"), manual);

        // Forgotten: the row goes, every article is due again; the correction stays.
        learning->forget();
        QVERIFY(failed.isEmpty());
        QCOMPARE(scalar(u"SELECT count(*) FROM ner_adaptation"), 0);
        QVERIFY(!learning->forgetAction()->isEnabled());
        QCOMPARE(due(), m_sampleArticles);
        run = runCli({QStringLiteral("worker"), QStringLiteral("--db"), m_uri});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(scalar(u"SELECT count(*) FROM mentions WHERE origin = 'manual'"), manual);

        // The CLI: a reader may ask what was learned, not learn or forget (one line each).
        const auto as = [this](const QString &user) {
            return QString(m_uri).replace(
                QStringLiteral("user=") + Testing::PgCluster::user(), QStringLiteral("user=") + user);
        };
        const auto learn = [&](const QString &user, const QStringList &options) {
            return runCli(QStringList {QStringLiteral("learn"), QStringLiteral("--db"), as(user)} + options);
        };
        const QString lena = QStringLiteral("lena"), erik = QStringLiteral("erik");
        run = learn(lena, {QStringLiteral("--status")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("nothing learned")), qPrintable(run.out));
        for (const QStringList &refused : {QStringList {}, QStringList {QStringLiteral("--reset")}}) {
            run = learn(lena, refused);
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
            QVERIFY2(run.err.contains(QLatin1String("may not change what was learned")), qPrintable(run.err));
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM ner_adaptation"), 0);
        // An editor learns; --no-analyze stores it without making any article due.
        run = learn(erik, {QStringLiteral("--no-analyze")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("learned from")), qPrintable(run.out));
        QCOMPARE(due(), 0);
        QVERIFY(workersUse());
        run = learn(erik, {QStringLiteral("--status")});
        QVERIFY2(run.exitCode == 0 && run.out.startsWith(QLatin1String("learned ")), qPrintable(run.out));
        // Forgotten from the CLI, the workers told; the window's Forget follows when its menu opens.
        run = learn(erik, {QStringLiteral("--reset")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("workers")), qPrintable(run.out));
        QCOMPARE(scalar(u"SELECT count(*) FROM ner_adaptation"), 0);
        QCOMPARE(due(), m_sampleArticles);
        run = learn(erik, {QStringLiteral("--reset")});
        QVERIFY2(
            run.exitCode == 0 && run.out.contains(QLatin1String("nothing learned")), qPrintable(run.out));
        run = runCli({QStringLiteral("worker"), QStringLiteral("--db"), m_uri});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        window->undoStack()->undo(); // the correction, for the tests after this one
    }

    // Import and export from the window go to and come from the server.
    void importAndExport()
    {
        auto window = openWindow(m_uri);
        QVERIFY(window);
        QVERIFY(QTest::qWaitFor([&] { return !window->articleModel()->isCounting(); }, 30000));
        const qint64 before = window->articleModel()->matchingCount();
        const QString file = m_dir.filePath(QStringLiteral("neu.txt"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("Stadtwerke planen neues Wärmenetz\n\nDie Stadtwerke Musterstadt wollen bis 2030 ein "
                      "Wärmenetz bauen, sagte der Geschäftsführer am Montag.\n");
        }
        QSignalSpy done(window.get(), &MainWindow::backgroundWorkFinished);
        window->importPaths({file});
        QVERIFY(done.wait(60000));
        QVERIFY(!window->isImporting()); // no analysis in the window: the workers do it
        QVERIFY(QTest::qWaitFor([&] { return !window->articleModel()->isCounting(); }, 30000));
        QCOMPARE(window->articleModel()->matchingCount(), before + 1);

        QSignalSpy exported(window.get(), &MainWindow::articlesExported);
        const QString csv = m_dir.filePath(QStringLiteral("team.csv"));
        QVERIFY(window->exportArticles({csv, ExportFormat::Csv}));
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.last().at(1).toLongLong(), before + 1);
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("Wärmenetz"));
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
