// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench as a process of its own for tst_killworkbench, which kills it with SIGKILL at a
// random moment. It opens the database, sets background work going — the sample corpus when the
// database is empty, else an import of a new article, an entity rule (the window analyses every
// article again) or a full analysis — and meanwhile makes hand edits (tags, notes, mention
// corrections) every few milliseconds, until it is killed. After each edit the window reports as
// done (it is on the undo stack) a line goes to the journal:
//   tag ID TAG | note ID TEXT | mention ID START END | rule ENTITY ALIAS
// The lines are written with write(2): a killed process loses nothing it wrote.
//   killtest_window DATABASE JOURNAL SEED WORKDIR

#include "gui/correctionactions.h"
#include "gui/editstack.h"
#include "gui/mainwindow.h"
#include "models/articletablemodel.h"
#include "store/analysisrepository.h"
#include "store/articlestore.h"
#include "store/sqlite/statement.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Lagebild;

namespace {

class Journal
{
public:
    explicit Journal(const QString &path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT, 0644))
    {
        if (m_fd < 0)
            qFatal("cannot open the journal %s", qPrintable(path));
    }
    ~Journal() { ::close(m_fd); }
    void write(const QString &line)
    {
        const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
        if (::write(m_fd, bytes.constData(), size_t(bytes.size())) != bytes.size())
            qFatal("cannot write the journal");
    }

private:
    int m_fd;
};

/// A word of at least four letters around a random place of the body, or none.
std::optional<std::pair<int, int>> randomWord(const QString &body, QRandomGenerator &random)
{
    if (body.size() < 10)
        return std::nullopt;
    int start = int(random.bounded(body.size()));
    while (start > 0 && body[start - 1].isLetter())
        --start;
    while (start < body.size() && !body[start].isLetter())
        ++start;
    int end = start;
    while (end < body.size() && body[end].isLetter())
        ++end;
    if (end - start < 4)
        return std::nullopt;
    return std::pair {start, end};
}

class Driver
{
public:
    Driver(MainWindow &window, ArticleStore &store, Journal &journal, quint32 seed, QString workDir)
        : m_window(window)
        , m_store(store)
        , m_journal(journal)
        , m_random(seed)
        , m_seed(seed)
        , m_workDir(std::move(workDir))
    {
        QObject::connect(window.undoStack(), &EditStack::editFailed, &window, [this] { m_failed = true; });
    }

    void startBackgroundWork()
    {
        const auto articles = m_store.articleCount();
        if (articles && articles.value() == 0) {
            m_window.importSampleIfEmpty();
            return;
        }
        switch (m_random.bounded(3)) {
        case 0: {
            // An article no earlier cycle imported: the title carries the seed.
            const QString path = QDir(m_workDir).filePath(QStringLiteral("artikel-%1.txt").arg(m_seed));
            QFile file(path);
            if (file.open(QIODevice::WriteOnly)) {
                file.write(QStringLiteral("Zollkontrolle Nummer %1\n\nDer Zoll in Hamburg prüft seit Montag "
                                          "Sendungen der Firma Nordlicht GmbH, Lieferung %1 an die "
                                          "Bundesnetzagentur in Bonn.\n")
                               .arg(m_seed)
                               .toUtf8());
                file.close();
                m_window.importPaths({path});
            }
            break;
        }
        case 1:
            addRule();
            break;
        default:
            m_window.analyse(true);
            break;
        }
    }

    void edit()
    {
        // What runs in the background, for the test's count of where the kills fell.
        const bool busy = m_window.isImporting();
        if (busy != m_busy) {
            m_busy = busy;
            std::fputs(busy ? "busy\n" : "idle\n", stdout);
            std::fflush(stdout);
        }
        const int rows = m_window.articleModel()->rowCount();
        if (rows == 0)
            return;
        const ArticleId id = m_window.articleModel()->articleId(int(m_random.bounded(rows)));
        m_failed = false;
        switch (m_random.bounded(3)) {
        case 0: {
            const QString tag = QStringLiteral("k%1-%2").arg(m_seed).arg(++m_count);
            m_window.tagArticles({id}, {tag});
            if (!m_failed)
                m_journal.write(QStringLiteral("tag %1 %2").arg(id).arg(tag));
            break;
        }
        case 1: {
            // Notes only grow, so every journaled note is a prefix of the one stored.
            auto article = m_store.article(id);
            if (!article || !article->has_value())
                return;
            const QString note = (**article).note + QStringLiteral(" n%1-%2").arg(m_seed).arg(++m_count);
            m_window.setNote(id, note);
            if (!m_failed)
                m_journal.write(QStringLiteral("note %1 %2").arg(id).arg(note));
            break;
        }
        default:
            markMention(id);
            break;
        }
    }

private:
    void markMention(ArticleId id)
    {
        auto article = m_store.article(id);
        if (!article || !article->has_value())
            return;
        const auto word = randomWord((**article).body, m_random);
        if (!word)
            return;
        // Never over an earlier correction: it would replace it.
        AnalysisRepository repository(m_store.database());
        auto mentions = repository.mentionsOf(id);
        if (!mentions)
            return;
        for (const StoredMention &m : mentions.value())
            if (m.manual && m.start < word->second && word->first < m.end)
                return;
        if (!m_window.selectArticle(id))
            return;
        const QString text = (**article).body.mid(word->first, word->second - word->first);
        m_window.corrections()->markMention(word->first, word->second, QStringLiteral("COMPANY"), text);
        if (!m_failed)
            m_journal.write(QStringLiteral("mention %1 %2 %3").arg(id).arg(word->first).arg(word->second));
    }

    void addRule()
    {
        Sqlite::Statement pick(m_store.database(),
            u"SELECT canonical, type FROM entities ORDER BY id LIMIT 1 OFFSET abs(random()) % "
            u"max(1, (SELECT count(*) FROM entities))");
        auto row = pick.step();
        if (!row || !row.value())
            return;
        const QString entity = pick.columnText(0);
        const QString type = pick.columnText(1);
        const QString alias = QStringLiteral("Alias %1").arg(m_seed);
        m_failed = false;
        m_window.corrections()->correctEntity(QStringLiteral("alias"), entity, type, alias);
        if (!m_failed)
            m_journal.write(QStringLiteral("rule %1 %2").arg(entity, alias));
    }

    MainWindow &m_window;
    ArticleStore &m_store;
    Journal &m_journal;
    QRandomGenerator m_random;
    quint32 m_seed;
    QString m_workDir;
    int m_count = 0;
    bool m_failed = false; ///< the window reported the last edit as not saved
    bool m_busy = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 5)
        qFatal("usage: killtest_window DATABASE JOURNAL SEED WORKDIR");
    auto opened = ArticleStore::open(QFile::decodeName(argv[1]));
    if (!opened)
        qFatal("%s", qPrintable(opened.errorMessage()));
    // The edits go through a connection of their own, as the window's dialogs read through it.
    auto reader = ArticleStore::open(QFile::decodeName(argv[1]));
    if (!reader)
        qFatal("%s", qPrintable(reader.errorMessage()));
    Journal journal(QFile::decodeName(argv[2]));
    MainWindow window(std::move(opened.value()));
    window.show();
    Driver driver(window, *reader.value(), journal, QByteArray(argv[3]).toUInt(), QFile::decodeName(argv[4]));
    QTimer::singleShot(0, &window, [&driver] { driver.startBackgroundWork(); });
    QTimer edits;
    QObject::connect(&edits, &QTimer::timeout, &window, [&driver] { driver.edit(); });
    edits.start(15);
    return app.exec();
}
