// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's lost tag, step by step with the real window in a process of its own
// (lostedit_window): the window opens the database, File → Import lists the database's folder,
// `lagebild-cli stats` runs on the same database, the window tags an article, the window's
// process is killed. The tag must be visible to the CLI at once and in the database afterwards.

#include "store/articlestore.h"
#include "support/testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Lagebild;

namespace {

const QString cli = Lagebild::Testing::binaryDir() + QStringLiteral("/bin/lagebild-cli");
const QString windowProgram = Lagebild::Testing::binaryDir() + QStringLiteral("/tests/lostedit_window");

QByteArray runCli(const QStringList &args, const QString &db, int *exitCode = nullptr)
{
    QProcess p;
    p.start(cli, QStringList(args) << QStringLiteral("--db") << db);
    if (!p.waitForFinished(60000))
        qFatal("lagebild-cli did not finish");
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

QString ask(QProcess &window, const QByteArray &command)
{
    if (!command.isEmpty())
        window.write(command + '\n');
    while (!window.canReadLine()) {
        if (!window.waitForReadyRead(60000))
            return QStringLiteral("(no answer: %1)").arg(QString::fromUtf8(window.readAllStandardError()));
    }
    return QString::fromUtf8(window.readLine()).trimmed();
}

} // namespace

class TestLostEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tagSurvivesFileDialogCliAndKill()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("lagebild.sqlite"));
        ArticleId id = 0;
        {
            auto store = ArticleStore::open(db);
            QVERIFY2(store, qPrintable(store.errorMessage()));
            Article a;
            a.title = QStringLiteral("Zoll prüft Grafikkarten");
            a.body = QStringLiteral("Der Zoll in Hamburg prüft seit Montag Sendungen mit Grafikkarten.");
            a.rawOriginal = a.title + QLatin1String("\n\n") + a.body;
            a.language = QStringLiteral("de");
            a.contentHash = QStringLiteral("h1");
            a.originalFormat = QStringLiteral("txt");
            id = (*store)->insertArticle(a).value();
        }

        QProcess window;
        window.setWorkingDirectory(dir.path()); // the file dialog opens in the database's folder
        window.setProcessChannelMode(QProcess::SeparateChannels);
        window.start(windowProgram, {db});
        QVERIFY(window.waitForStarted());
        QCOMPARE(ask(window, {}), QStringLiteral("ready"));
        const QString listed = ask(window, "dialog");
        qInfo("file dialog: %s", qPrintable(listed));
        QVERIFY2(listed.startsWith(QLatin1String("listed ")), qPrintable(listed));

        int statsExit = -1;
        runCli({QStringLiteral("stats")}, db, &statsExit);
        QCOMPARE(statsExit, 0);

        QCOMPARE(ask(window, "tag " + QByteArray::number(id) + " Zoll"), QStringLiteral("tagged Zoll"));
        const QJsonArray cliTags = QJsonDocument::fromJson(
            runCli({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}, db))
                                       .object()
                                       .value(QStringLiteral("tags"))
                                       .toArray();

        ::kill(pid_t(window.processId()), SIGKILL);
        QVERIFY(window.waitForFinished(30000));
        QCOMPARE(window.exitStatus(), QProcess::CrashExit);

        auto store = ArticleStore::open(db);
        QVERIFY(store);
        const QStringList kept = (*store)->tagsOf(id).value();
        qInfo("tags the CLI saw before the kill: %d; tags in the database after it: %lld",
            int(cliTags.size()), qint64(kept.size()));
        QCOMPARE(cliTags, QJsonArray {QStringLiteral("Zoll")});
        QCOMPARE(kept, QStringList {QStringLiteral("Zoll")});
    }
};

QTEST_GUILESS_MAIN(TestLostEdit)
#include "tst_lostedit.moc"
