// SPDX-License-Identifier: GPL-3.0-or-later
// The main window offscreen: import in the background, analysis after it, the reader showing
// the first article with its mentions highlighted.

#include "core/relationtypes.h"
#include "figures/figuresexport.h"
#include "gui/compactheader.h"
#include "gui/conflictnotice.h"
#include "gui/correctionactions.h"
#include "gui/correctioncommands.h"
#include "gui/editstack.h"
#include "gui/entitiespanel.h"
#include "gui/exportformat.h"
#include "gui/figuresview.h"
#include "gui/figurewidget.h"
#include "gui/filterpanel.h"
#include "gui/historydialog.h"
#include "gui/importdialog.h"
#include "gui/issuesdock.h"
#include "gui/language.h"
#include "gui/learnactions.h"
#include "gui/mainwindow.h"
#include "gui/networkview.h"
#include "gui/readerview.h"
#include "gui/relationdialog.h"
#include "gui/relationreview.h"
#include "gui/timelineview.h"
#include "gui/undocommands.h"
#include "gui/workbench.h"
#include "models/articlementionsmodel.h"
#include "models/articletablemodel.h"
#include "models/entitytreemodel.h"
#include "models/facetmodel.h"
#include "models/figureformat.h"
#include "models/figuresmodel.h"
#include "models/issuefiltermodel.h"
#include "models/issuemodel.h"
#include "models/occurrencemodel.h"
#include "models/roles.h"
#include "render/networkfigure.h"
#include "render/timelinefigures.h"
#include "store/adaptationrepository.h"
#include "store/analysisrepository.h"
#include "store/articleeditor.h"
#include "store/articlestore.h"
#include "store/corpussource.h"
#include "store/edithistory.h"
#include "store/mentioncorrections.h"
#include "store/mentionreads.h"
#include "store/relationrepository.h"
#include "store/searchindex.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "store/sqlreader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>

#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <unistd.h>

#include <functional>
#include <limits>
#include <optional>

using namespace Lagebild;

namespace {

// Where a key binding can fire: the whole window (WindowShortcut, ApplicationShortcut) or only
// while the focus is in one of the widgets it is attached to (WidgetShortcut, WidgetWithChildren).
struct KeyBinding
{
    QString owner;
    QKeySequence key;
    bool windowWide = false;
    QList<QWidget *> widgets;
};

// The widgets an action lives on; an action in a menu lives where the menu is shown from.
QList<QWidget *> attachedWidgets(const QAction *action)
{
    QList<QWidget *> widgets;
    for (QObject *object : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object))
            widgets += attachedWidgets(menu->menuAction());
        else if (auto *widget = qobject_cast<QWidget *>(object))
            widgets.append(widget);
    }
    return widgets;
}

bool overlap(const QList<QWidget *> &a, const QList<QWidget *> &b)
{
    for (QWidget *x : a)
        for (QWidget *y : b)
            if (x == y || x->isAncestorOf(y) || y->isAncestorOf(x))
                return true;
    return false;
}

// Every key of every action and shortcut object in the window that can fire (an action attached
// to no widget cannot).
QList<KeyBinding> keyBindings(QWidget *window)
{
    QList<KeyBinding> bindings;
    auto add = [&](const QString &owner, const QList<QKeySequence> &keys, Qt::ShortcutContext context,
                   const QList<QWidget *> &widgets) {
        for (const QKeySequence &key : keys) {
            if (!key.isEmpty())
                bindings.append({owner, key,
                    context == Qt::WindowShortcut || context == Qt::ApplicationShortcut, widgets});
        }
    };
    for (QAction *action : window->findChildren<QAction *>()) {
        const QList<QWidget *> widgets = attachedWidgets(action);
        if (!widgets.isEmpty())
            add(action->text(), action->shortcuts(), action->shortcutContext(), widgets);
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (auto *widget = qobject_cast<QWidget *>(shortcut->parent()))
            add(shortcut->objectName(), shortcut->keys(), shortcut->context(), {widget});
    }
    return bindings;
}

// Changes a counter, to watch the window's undo stack from the keyboard.
class CountingCommand : public EditCommand
{
public:
    explicit CountingCommand(int &count) : m_count(count) { }
    void redoEdit() override { ++m_count; }
    void undoEdit() override { --m_count; }
    void changed() override { }

private:
    int &m_count;
};

// An edit that writes to a pretend server: up, away (unreachable) or refusing (another error).
// LosesAnswer: the server carries the write out, but its answer is lost ("unreachable");
// LosesUndoAnswer: the same for undo steps only.
enum class Server { Up, Away, Refusing, RefusesUndo, LosesAnswer, LosesUndoAnswer };
class ServerCommand : public EditCommand
{
public:
    ServerCommand(const Server &server, QStringList &written, QString name)
        : m_server(server), m_written(written), m_name(std::move(name))
    {
        setText(m_name);
    }
    void redoEdit() override { finish(Step::Redo, write(m_name)); }
    void undoEdit() override
    {
        // What it would take away is gone: it was undone last (as a rule removed by an undo).
        const QString undone = QLatin1Char('-') + m_name;
        if (m_server != Server::Away && m_written.lastIndexOf(undone) > m_written.lastIndexOf(m_name)) {
            finish(Step::Undo, Error {QStringLiteral("gone"), ErrorKind::NotFound});
            return;
        }
        finish(Step::Undo, write(undone));
    }
    void changed() override { }

private:
    Expected<void> write(const QString &what)
    {
        if (m_server == Server::Away)
            return Error {QStringLiteral("the server is away"), ErrorKind::Unreachable};
        if (m_server == Server::Refusing || (m_server == Server::RefusesUndo && what.startsWith(u'-')))
            return Error {QStringLiteral("refused"), ErrorKind::Constraint};
        m_written.append(what);
        if (m_server == Server::LosesAnswer || (m_server == Server::LosesUndoAnswer && what.startsWith(u'-')))
            return Error {QStringLiteral("the answer was lost"), ErrorKind::Unreachable};
        return {};
    }
    const Server &m_server;
    QStringList &m_written;
    QString m_name;
};

// Removes an article behind the window's back, as another program changing the file could; the
// error, or an empty string.
QString removeArticleByHand(ArticleStore &store, ArticleId id)
{
    auto writer = sqliteSqlWriter(store.database());
    const auto removed
        = writer->execute(QStringLiteral("DELETE FROM articles WHERE id = ?"), {SqlValue(qint64(id))});
    return removed ? QString() : removed.errorMessage();
}

// Makes another program refuse every write to `table` (triggers in the file), or takes that back;
// whether that worked.
bool refuseWrites(ArticleStore &store, const QString &table, bool on)
{
    for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
        const QString name = QStringLiteral("refuse_%1_%2").arg(table, QLatin1String(event));
        if (!store.database()
                 .execute(on ? QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT "
                                              "RAISE(ABORT, 'refused by the test'); END")
                                   .arg(name, QLatin1String(event), table)
                             : QStringLiteral("DROP TRIGGER %1").arg(name))
                 .hasValue())
            return false;
    }
    return true;
}

// The article of the lost-answer tests: a firm that supplies another, for marks and tags.
Article lostAnswerArticle()
{
    Article article;
    article.title = QStringLiteral("Zölle");
    article.body = QStringLiteral("Die Firma Tessaro liefert Sensoren an Borvik.");
    article.rawOriginal = article.title + QLatin1String("\n\n") + article.body;
    article.language = QStringLiteral("de");
    article.contentHash = QStringLiteral("h1");
    article.originalFormat = QStringLiteral("txt");
    return article;
}

// A team server reached through an SQLite file: away (nothing written, unreachable), or losing
// the answer to a COMMIT it carried out (written, but the window hears "unreachable").
class LostAnswerWriter final : public SqlWriter
{
public:
    enum class Mode { Up, Away, LosesAnswer };
    explicit LostAnswerWriter(SqlWriter &file) : m_file(file) { }
    Mode mode = Mode::Up;

    SqlDialect dialect() const override { return m_file.dialect(); }
    Expected<void> forEachRow(const QString &sql, const std::vector<SqlValue> &values,
        const std::function<void(const SqlRow &)> &onRow) override
    {
        if (mode == Mode::Away)
            return away();
        return m_file.forEachRow(sql, values, onRow);
    }
    Expected<void> forEachRowWhile(const QString &sql, const std::vector<SqlValue> &values,
        const std::function<bool(const SqlRow &)> &onRow) override
    {
        if (mode == Mode::Away)
            return away();
        return m_file.forEachRowWhile(sql, values, onRow);
    }
    Expected<SqlSnapshot> snapshot() override { return m_file.snapshot(); }
    Expected<qint64> execute(const QString &sql, const std::vector<SqlValue> &values) override
    {
        if (mode == Mode::Away)
            return away();
        return m_file.execute(sql, values);
    }
    Expected<void> transact(const std::function<Expected<void>()> &work) override
    {
        if (mode == Mode::Away)
            return away();
        auto done = m_file.transact(work);
        if (done && mode == Mode::LosesAnswer && ++m_depth == 1) {
            m_depth = 0;
            mode = Mode::Away;
            return Error {
                QStringLiteral("the connection broke while COMMIT was sent"), ErrorKind::Unreachable};
        }
        m_depth = 0;
        return done;
    }

private:
    static Error away() { return Error {QStringLiteral("the server is away"), ErrorKind::Unreachable}; }
    SqlWriter &m_file;
    int m_depth = 0;
};

// The same for an article editor (tags, notes, dates): a COMMIT carried out whose answer is lost.
class LostAnswerEditor final : public ArticleEditor
{
public:
    explicit LostAnswerEditor(ArticleStore &store) : m_file(sqliteArticleEditor(store)) { }
    bool losesAnswer = false;

    QString location() const override { return m_file->location(); }
    Expected<void> addTags(ArticleId id, const QStringList &tags) override
    {
        return m_file->addTags(id, tags);
    }
    Expected<void> removeTags(ArticleId id, const QStringList &tags) override
    {
        return m_file->removeTags(id, tags);
    }
    Expected<QStringList> tagsOf(ArticleId id) override { return m_file->tagsOf(id); }
    Expected<void> setNote(ArticleId id, const QString &text) override { return m_file->setNote(id, text); }
    Expected<std::vector<ArticleEdit>> history(ArticleId id) override { return m_file->history(id); }
    Expected<void> setPublished(ArticleId id, const PublicationDate &date) override
    {
        return m_file->setPublished(id, date);
    }
    Expected<QStringList> allTags() override { return m_file->allTags(); }
    Expected<void> renameTag(const QString &from, const QString &to) override
    {
        return m_file->renameTag(from, to);
    }
    Expected<void> deleteTag(const QString &tag) override { return m_file->deleteTag(tag); }
    Expected<std::vector<ArticleId>> articlesTagged(const QString &tag) override
    {
        return m_file->articlesTagged(tag);
    }
    Expected<std::optional<ArticleEdit>> lastEdit(
        ArticleId id, std::initializer_list<EditKind> kinds) override
    {
        return m_file->lastEdit(id, kinds);
    }
    Expected<QString> author() override { return m_file->author(); }
    Expected<void> transact(const std::function<Expected<void>()> &work) override
    {
        auto done = m_file->transact(work);
        if (done && std::exchange(losesAnswer, false))
            return Error {
                QStringLiteral("the connection broke while COMMIT was sent"), ErrorKind::Unreachable};
        return done;
    }

private:
    std::unique_ptr<ArticleEditor> m_file;
};

// What a file holds, judged by its first bytes; the CSV exports all start with a header line.
std::optional<ExportFormat> sniff(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = file.read(512);
    if (head.startsWith("%PDF"))
        return ExportFormat::Pdf;
    if (head.startsWith("\x89PNG"))
        return ExportFormat::Png;
    if (head.contains("<svg"))
        return ExportFormat::Svg;
    if (head.contains("<graphml"))
        return ExportFormat::GraphMl;
    if (head.contains("<gexf"))
        return ExportFormat::Gexf;
    if (head.trimmed().startsWith('{'))
        return head.contains("\"events\"") ? ExportFormat::TimelineJs : ExportFormat::JsonLines;
    if (head.contains(',') && head.contains("\r\n"))
        return ExportFormat::Csv;
    return std::nullopt;
}

// The export dialog's answer as it comes back: a name without extension and the chosen filter.
// Each offered filter must write its own format, under its own extension.
void exportsFollowTheChosenFilter(const QTemporaryDir &dir, const QString &stem,
    const QList<ExportFormat> &offered, const std::function<bool(const ExportTarget &)> &write)
{
    for (ExportFormat format : offered) {
        const QString name
            = dir.filePath(stem + QLatin1Char('-') + exportSuffix(format) + QStringLiteral("-bericht"));
        const ExportTarget target = exportTarget(name, exportFilter(format), offered);
        QCOMPARE(target.path, name + QLatin1Char('.') + exportSuffix(format));
        QVERIFY2(write(target), qPrintable(target.path));
        QVERIFY2(sniff(target.path) == format, qPrintable(target.path));
    }
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Not the user's settings, and none left by an earlier run: a run stopped inside a test
        // that switches the language kept German for every later run, whose tests look for
        // English texts.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void importAnalyseRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gui.sqlite"));
        MainWindow window(ArticleStore::open(path).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importSampleIfEmpty();
        QVERIFY(window.isImporting());
        QVERIFY(done.wait(120000));
        QVERIFY(!window.isImporting());
        QVERIFY(window.articleModel()->rowCount() > 30);

        window.articleTable()->setCurrentIndex(
            window.articleModel()->index(0, ArticleTableModel::TitleColumn));
        QVERIFY(window.mentionsModel()->rowCount() > 3);
        // The first mention is highlighted in the reader: underlined, with a tinted background.
        const QModelIndex first = window.mentionsModel()->index(0, 0);
        QTextCursor cursor(window.reader()->browser()->document());
        cursor.setPosition(window.reader()->bodyStart() + first.data(MentionStartRole).toInt() + 1);
        QVERIFY(cursor.charFormat().underlineStyle() != QTextCharFormat::NoUnderline);
        QVERIFY(cursor.charFormat().background().style() != Qt::NoBrush);
        QCOMPARE(cursor.charFormat().toolTip(), first.data(Qt::ToolTipRole).toString());

        // The Entities dock lists this article's entities by type; its context list opens articles.
        EntitiesPanel *panel = window.entitiesPanel();
        QVERIFY(panel->entityModel()->rowCount() > 0);
        const QModelIndex group = panel->entityModel()->index(0, 0);
        QVERIFY(panel->entityModel()->rowCount(group) > 0);
        panel->entityView()->setCurrentIndex(panel->entityModel()->index(0, 0, group));
        QVERIFY(panel->occurrenceModel()->rowCount() > 0);
        // In the narrow dock the keyword column sits in the middle of the context list.
        QTableView *kwic = panel->occurrenceView();
        const QModelIndex keywordIndex = panel->occurrenceModel()->index(0, OccurrenceModel::MentionColumn);
        auto centred = [&] {
            const QRect keyword = kwic->visualRect(keywordIndex);
            const int middle = kwic->viewport()->width() / 2;
            return keyword.left() <= middle && keyword.right() >= middle;
        };
        QTRY_VERIFY(kwic->horizontalScrollBar()->maximum() > 0); // date and article beyond the dock
        QTRY_VERIFY(centred());
        // The contexts fill the width beside the keyword: the list starts at its left edge, no
        // header cut (issue 15: the first header was clipped).
        QTRY_COMPARE(kwic->horizontalScrollBar()->value(), 0);
        QCOMPARE(kwic->horizontalHeader()->visualIndex(OccurrenceModel::LeftColumn), 0);
        const ArticleId other = panel->occurrenceModel()
                                    ->index(panel->occurrenceModel()->rowCount() - 1, 0)
                                    .data(ArticleIdRole)
                                    .toLongLong();
        QVERIFY(window.selectArticle(other));
        QCOMPARE(window.articleTable()->currentIndex().data(ArticleIdRole).toLongLong(), other);

        // Importing the same corpus again finds only duplicates and leaves everything in place.
        const int rows = window.articleModel()->rowCount();
        window.importPaths({QStringLiteral(":/sample-corpus")});
        QVERIFY(done.wait(120000));
        QCOMPARE(window.articleModel()->rowCount(), rows);
    }

    void filtersNarrowTheBrowser()
    {
        QTemporaryDir dir;
        MainWindow window(ArticleStore::open(dir.filePath(QStringLiteral("f.sqlite"))).value());
        window.show();
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importSampleIfEmpty();
        QVERIFY(done.wait(120000));
        QTRY_VERIFY(!window.isCountingFacets());
        ArticleTableModel *model = window.articleModel();
        const qint64 all = model->matchingCount();
        FilterPanel *filters = window.filterPanel();

        // Search as you type: the table follows after a short pause, hits marked in the reader.
        QTest::keyClicks(filters->searchField(), QStringLiteral("Einfuhren"));
        QTRY_VERIFY(model->matchingCount() > 0 && model->matchingCount() < all);
        QVERIFY(!window.reader()->browser()->extraSelections().isEmpty());
        filters->searchField()->clear();
        QTRY_COMPARE(model->matchingCount(), all);

        // Facet counts follow: checking one outlet leaves exactly its count.
        QTRY_VERIFY(!window.isCountingFacets());
        FacetModel *outlets = filters->outletModel();
        QVERIFY(outlets->rowCount() > 3);
        const qint64 expected = outlets->index(0, FacetModel::CountColumn).data().toLongLong();
        outlets->setData(outlets->index(0, FacetModel::NameColumn), Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(model->matchingCount(), expected);
        filters->clear();
        QCOMPARE(model->matchingCount(), all);

        // An entity from the Entities dock narrows the browser to the articles mentioning it.
        QTRY_VERIFY(!window.isCountingFacets());
        FacetModel *entities = filters->entityModel();
        QVERIFY(entities->rowCount() > 10);
        const QString name = entities->index(0, FacetModel::NameColumn).data(CanonicalRole).toString();
        const QString type = entities->index(0, FacetModel::NameColumn).data(EntityTypeRole).toString();
        const qint64 articles = entities->index(0, FacetModel::CountColumn).data().toLongLong();
        Q_EMIT window.entitiesPanel()->filterRequested(type, name);
        QCOMPARE(model->matchingCount(), articles);
        QCOMPARE(entities->checkedNames(), QStringList {name});
    }

    void entityCorrectionsAreUndoableAndSurviveAnalysis()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        ArticleId article = 0;
        StoredMention marked;
        {
            MainWindow window(ArticleStore::open(path).value());
            QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
            window.importSampleIfEmpty();
            QVERIFY(done.wait(120000));
            window.articleTable()->setCurrentIndex(
                window.articleModel()->index(0, ArticleTableModel::TitleColumn));
            article = window.articleModel()->articleId(0);
            ArticleMentionsModel *mentions = window.mentionsModel();
            CorrectionActions *corrections = window.corrections();
            auto mentionAt = [&](int start) { return mentions->mentionAt(start); };

            // Change the type of an automatic mention; undo gives the engine's mention back.
            std::optional<StoredMention> company;
            for (int row = 0; row < mentions->rowCount() && !company; ++row) {
                auto m = mentionAt(mentions->index(row, 0).data(MentionStartRole).toInt());
                if (m && m->type == QLatin1String("COMPANY") && !m->manual)
                    company = m;
            }
            QVERIFY(company);
            corrections->changeMentionType(*company, QStringLiteral("ORGANIZATION"));
            QCOMPARE(mentionAt(company->start)->type, QStringLiteral("ORGANIZATION"));
            QVERIFY(mentionAt(company->start)->manual);
            window.undoStack()->undo();
            QCOMPARE(mentionAt(company->start)->type, QStringLiteral("COMPANY"));
            QVERIFY(!mentionAt(company->start)->manual);
            window.undoStack()->redo();
            QCOMPARE(mentionAt(company->start)->type, QStringLiteral("ORGANIZATION"));
            window.undoStack()->undo();

            // Remove it; undo brings it back.
            corrections->removeMention(*mentionAt(company->start));
            QVERIFY(!mentionAt(company->start));
            window.undoStack()->undo();
            QVERIFY(mentionAt(company->start));

            // Mark a word the engine left alone: the last word of the body that is not a mention.
            const QString body = window.reader()->body();
            int end = int(body.size());
            while (end > 0 && !body.at(end - 1).isLetter())
                --end;
            int start = end;
            while (start > 0 && body.at(start - 1).isLetter())
                --start;
            QVERIFY(end > start);
            QVERIFY(!mentionAt(start));
            corrections->markMention(start, end, QStringLiteral("PRODUCT"), QStringLiteral("Testprodukt"));
            QVERIFY(mentionAt(start));
            QCOMPARE(mentionAt(start)->canonical, QStringLiteral("Testprodukt"));
            marked = *mentionAt(start);

            // Each step, undos included, is in the article's history, named as the analyst saw it.
            QStringList steps;
            for (const ArticleEdit &edit : ArticleStore::open(path).value()->history(article).value())
                steps << edit.kindName + QLatin1Char(' ') + HistoryDialog::detailText(edit);
            const QString retyped = QStringLiteral("mention_retyped ") + company->text.simplified()
                + QStringLiteral(": Company → Organisation");
            const QString shown = mentionEditDetail(*company).replace(
                QStringLiteral("(COMPANY)"), QStringLiteral("(Company)"));
            const QString engine = QStringLiteral("mention_reset ") + shown;
            QCOMPARE(steps,
                (QStringList {retyped, engine, retyped, engine, QStringLiteral("mention_removed ") + shown,
                    engine,
                    QStringLiteral("mention_added ") + marked.text
                        + QStringLiteral(" = Testprodukt (Product)")}));

            // An entity rule for the whole corpus: rename, analysed in the background; undoable.
            QSignalSpy analysed(&window, &MainWindow::backgroundWorkFinished);
            corrections->correctEntity(
                QStringLiteral("merge"), company->canonical, company->type, QStringLiteral("Umbenannt AG"));
            QVERIFY(analysed.wait(120000));
            auto renamed = [&] {
                auto store = ArticleStore::open(path).value();
                AnalysisRepository r(store->database());
                return r.findEntity(company->type, QStringLiteral("Umbenannt AG")).value().has_value()
                    && !r.occurrences(company->type, QStringLiteral("Umbenannt AG")).value().empty();
            };
            QVERIFY(renamed());
            window.undoStack()->undo();
            QVERIFY(analysed.wait(120000));
            QVERIFY(!renamed());

            // A publication date set by hand.
            PublicationDate date = PublicationDate::month(2020, 2, DateOrigin::Manual);
            corrections->setPublicationDate(article, date);
            QCOMPARE(ArticleStore::open(path).value()->article(article).value()->published.toIsoString(),
                QStringLiteral("2020-02"));
        }
        // Reopened and analysed all again: the hand-made mention and the date are still there.
        auto store = ArticleStore::open(path).value();
        QCOMPARE(store->article(article).value()->published.origin, DateOrigin::Manual);
        MainWindow window(std::move(store));
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.analyse(true);
        QVERIFY(done.wait(120000));
        auto again = ArticleStore::open(path).value();
        AnalysisRepository repository(again->database());
        auto found = repository.mentionAt(article, marked.start, marked.end).value();
        QVERIFY(found);
        QCOMPARE(found->canonical, QStringLiteral("Testprodukt"));
    }

    // Issue 15, point 7: the mark dialog offers the engine's guess, its span can be widened with
    // the keyboard, and a fix can apply to every occurrence in the corpus.
    void learnsFromCorrectionsInTheBackground()
    {
        QTemporaryDir dir;
        MainWindow window(ArticleStore::open(dir.filePath(QStringLiteral("l.sqlite"))).value());
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importSampleIfEmpty();
        QVERIFY(done.wait(120000));
        LearnActions *learning = window.learning();
        // Both actions sit in the Analysis menu; there is nothing to forget yet.
        QList<QAction *> menuActions;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu())
                menuActions += menu->menu()->actions();
        QVERIFY(menuActions.contains(learning->learnAction()));
        QVERIFY(menuActions.contains(learning->forgetAction()));
        QVERIFY(!learning->forgetAction()->isEnabled());

        // One correction by hand: a company becomes an organisation.
        window.articleTable()->setCurrentIndex(
            window.articleModel()->index(0, ArticleTableModel::TitleColumn));
        ArticleMentionsModel *mentions = window.mentionsModel();
        std::optional<StoredMention> company;
        for (int row = 0; row < mentions->rowCount() && !company; ++row) {
            auto m = mentions->mentionAt(mentions->index(row, 0).data(MentionStartRole).toInt());
            if (m && m->type == QLatin1String("COMPANY") && !m->manual)
                company = m;
        }
        QVERIFY(company);
        window.corrections()->changeMentionType(*company, QStringLiteral("ORGANIZATION"));
        auto due = [&] {
            return Sqlite::queryInt64(window.database(),
                u"SELECT count(*) FROM articles WHERE analysis_rules IS NOT (SELECT CAST(value AS INTEGER) "
                u"FROM "
                u"meta WHERE key = 'rules_version')")
                ->value_or(-1);
        };
        auto manualCount = [&] {
            return Sqlite::queryInt64(
                window.database(), u"SELECT count(*) FROM mentions WHERE origin = 'manual'")
                ->value_or(-1);
        };
        const qint64 manual = manualCount();
        QVERIFY(manual > 0);

        // Learning runs in the background with progress, then the analysis of every article.
        QSignalSpy progress(learning, &LearnActions::progress);
        learning->learnAction()->trigger();
        QVERIFY(window.isImporting());
        QVERIFY(!learning->learnAction()->isEnabled());
        QVERIFY(done.wait(120000));
        QVERIFY(!window.isImporting());
        QVERIFY(progress.count() > 1);
        QVERIFY(learning->forgetAction()->isEnabled());
        QCOMPARE(
            Sqlite::queryInt64(window.database(), u"SELECT count(*) FROM ner_adaptation")->value_or(-1), 1);
        QCOMPARE(due(), 0);
        QCOMPARE(manualCount(), manual);
        QCOMPARE(mentions->mentionAt(company->start)->type, QStringLiteral("ORGANIZATION"));

        // Forgetting analyses everything again, with the model as shipped; the correction stays.
        learning->forget();
        QVERIFY(!learning->forgetAction()->isEnabled());
        QVERIFY(done.wait(120000));
        QCOMPARE(
            Sqlite::queryInt64(window.database(), u"SELECT count(*) FROM ner_adaptation")->value_or(-1), 0);
        QCOMPARE(due(), 0);
        QCOMPARE(manualCount(), manual);
    }

    void markingAMentionTakesFewSteps()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("in"));
        QDir().mkpath(folder);
        const QList<QByteArray> texts {
            "Zölle auf Chips\n\nDie Regierung von Präsident Donald Trump verhängte am Montag neue Zölle auf "
            "Chips aus China. Nvidia reagierte gelassen.",
            "Trump trifft Huang\n\nPräsident Donald Trump sprach in Washington mit Jensen Huang über "
            "Exporte nach China."};
        for (int i = 0; i < texts.size(); ++i) {
            QFile file(QDir(folder).filePath(QStringLiteral("a%1.txt").arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(texts.at(i));
        }
        MainWindow window(ArticleStore::open(dir.filePath(QStringLiteral("m.sqlite"))).value());
        window.show();
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importPaths({folder});
        QVERIFY(done.wait(120000));
        int row = 0;
        while (row < window.articleModel()->rowCount()
            && !window.articleModel()
                    ->index(row, ArticleTableModel::TitleColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Zölle")))
            ++row;
        QVERIFY(row < window.articleModel()->rowCount());
        window.articleTable()->setCurrentIndex(
            window.articleModel()->index(row, ArticleTableModel::TitleColumn));
        CorrectionActions *corrections = window.corrections();
        ArticleMentionsModel *mentions = window.mentionsModel();
        const QString body = window.reader()->body();
        const int donald = int(body.indexOf(QStringLiteral("Donald")));
        const int trumpEnd = donald + int(QStringLiteral("Donald Trump").size());
        const int government = int(body.indexOf(QStringLiteral("Regierung")));
        QVERIFY(donald > 0 && government >= 0);

        // A known person is offered as a person, also where the engine marked nothing.
        QCOMPARE(corrections->suggestedType(donald, trumpEnd), QStringLiteral("PERSON"));
        const auto found = mentions->mentionAt(donald);
        if (found)
            corrections->removeMention(*found);
        QVERIFY(!mentions->mentionAt(donald));
        QCOMPARE(corrections->suggestedType(donald, trumpEnd), QStringLiteral("PERSON"));
        if (found)
            window.undoStack()->undo();

        // Widening a span: the new mention replaces the one it covers, one undo step.
        corrections->markMention(government, donald + 6, QStringLiteral("ORGANIZATION"), QString());
        QCOMPARE(mentions->mentionAt(donald)->end, donald + 6);
        QVERIFY(!mentions->mentionAt(trumpEnd - 1));
        corrections->markMention(government, trumpEnd, QStringLiteral("ORGANIZATION"), QString());
        QCOMPARE(mentions->mentionAt(government)->end, trumpEnd);
        QCOMPARE(mentions->mentionAt(government)->canonical,
            QStringLiteral("Regierung von Präsident Donald Trump"));
        window.undoStack()->undo();
        QCOMPARE(mentions->mentionAt(government)->end, donald + 6);
        window.undoStack()->undo();
        QCOMPARE(bool(mentions->mentionAt(donald)), bool(found));

        // The dialog, in the other article: the guess preselected; Shift+Right widens "Donald" to
        // "Donald Trump"; applied to every occurrence in the corpus.
        window.articleTable()->setCurrentIndex(
            window.articleModel()->index(row == 0 ? 1 : 0, ArticleTableModel::TitleColumn));
        const QString other = window.reader()->body();
        const int donald2 = int(other.indexOf(QStringLiteral("Donald")));
        QVERIFY(donald2 >= 0);
        QTextCursor cursor(window.reader()->browser()->document());
        cursor.setPosition(window.reader()->bodyStart() + donald2);
        cursor.setPosition(window.reader()->bodyStart() + donald2 + 6, QTextCursor::KeepAnchor);
        window.reader()->browser()->setTextCursor(cursor);
        QAction *mark = corrections->readerActions().first();
        QVERIFY(mark->isEnabled());
        const QString guessed = corrections->suggestedType(donald2, donald2 + 6);
        QString offered;
        QTimer::singleShot(0, &window, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *type = dialog->findChild<QComboBox *>(QStringLiteral("type"));
            offered = type->currentData().toString();
            type->setCurrentIndex(type->findData(QStringLiteral("PERSON")));
            auto *span = dialog->findChild<QLineEdit *>(QStringLiteral("text"));
            QCOMPARE(span->selectedText(), QStringLiteral("Donald"));
            span->setFocus();
            for (int i = 0; i < 6; ++i)
                QTest::keyClick(span, Qt::Key_Right, Qt::ShiftModifier);
            QTRY_COMPARE(span->selectedText(), QStringLiteral("Donald Trump"));
            dialog->findChild<QCheckBox *>(QStringLiteral("allOccurrences"))->setChecked(true);
            qobject_cast<QDialog *>(dialog)->accept();
        });
        const int steps = window.undoStack()->index();
        mark->trigger();
        QVERIFY(!guessed.isEmpty());
        QCOMPARE(offered, guessed);
        QCOMPARE(window.undoStack()->index(), steps + 1); // one step for all occurrences
        auto store = ArticleStore::open(dir.filePath(QStringLiteral("m.sqlite"))).value();
        AnalysisRepository repository(store->database());
        const auto places
            = repository.occurrences(QStringLiteral("PERSON"), QStringLiteral("Donald Trump")).value();
        QCOMPARE(int(places.size()), 2);
        // Both articles are now the analyst's corrections: Learn from My Corrections reads them.
        QCOMPARE(int(AdaptationRepository(store->database()).correctedArticles().value().size()), 2);
        QVERIFY(mentions->mentionAt(donald2)->manual);
        QCOMPARE(mentions->mentionAt(donald2)->end, donald2 + 12);
        window.undoStack()->undo();
        QVERIFY(!mentions->mentionAt(donald2) || !mentions->mentionAt(donald2)->manual);
    }

    void tagsRenameMergeDeleteUndo()
    {
        QTemporaryDir dir;
        MainWindow window(ArticleStore::open(dir.filePath(QStringLiteral("t.sqlite"))).value());
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importSampleIfEmpty();
        QVERIFY(done.wait(120000));
        const QList<ArticleId> ids
            = {window.articleModel()->articleId(0), window.articleModel()->articleId(1)};
        auto tags = [&](int row) {
            return window.articleModel()->index(row, ArticleTableModel::TagsColumn).data().toString();
        };
        window.tagArticles({ids[0]}, {QStringLiteral("Zoll")});
        window.tagArticles({ids[1]}, {QStringLiteral("Handel")});
        window.renameTag(QStringLiteral("Zoll"), QStringLiteral("Handel")); // a merge
        QCOMPARE(tags(0), QStringLiteral("Handel"));
        window.undoStack()->undo();
        QCOMPARE(tags(0), QStringLiteral("Zoll"));
        QCOMPARE(tags(1), QStringLiteral("Handel"));
        window.renameTag(QStringLiteral("Zoll"), QStringLiteral("Zollfragen"));
        QCOMPARE(tags(0), QStringLiteral("Zollfragen"));
        window.deleteTag(QStringLiteral("Handel"));
        QCOMPARE(tags(1), QString());
        window.undoStack()->undo();
        QCOMPARE(tags(1), QStringLiteral("Handel"));
        window.undoStack()->undo();
        QCOMPARE(tags(0), QStringLiteral("Zoll"));
    }

    void importDialogListsIssuesAndDropsImport()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("in"));
        QDir().mkpath(folder);
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(QDir(folder).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("gut.txt"),
            "Chipexporte unter Beobachtung\n\nDas Handelsministerium in Washington prüft neue Regeln für "
            "den Export von Halbleitern nach China. Betroffen wären mehrere Hersteller.");
        write(QStringLiteral("leer.txt"), "");
        write(QStringLiteral("kaputt.rss"), "<rss><channel><item><title>x</title>");
        MainWindow window(ArticleStore::open(dir.filePath(QStringLiteral("i.sqlite"))).value());
        window.show();
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.openImportDialog();
        ImportDialog *dialog = window.importDialog();
        QVERIFY(dialog && dialog->isVisible());
        dialog->addPaths({folder});
        dialog->startImport();
        QVERIFY(done.wait(120000));
        QCOMPARE(window.articleModel()->matchingCount(), 1);
        // Each broken file is named with its reason; the good one went in regardless.
        IssueModel *issues = window.issues();
        QAbstractItemModelTester tester(issues, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(issues->rowCount(), 2);
        const QString text = issues->toText();
        QVERIFY2(text.contains(QStringLiteral("leer.txt")) && text.contains(QStringLiteral("kaputt.rss")),
            qPrintable(text));

        // Files dropped onto the window are imported.
        write(QStringLiteral("zwei.txt"),
            "Neue Zollregeln\n\nDer Zoll in Hamburg kontrolliert seit Montag Sendungen mit Grafikkarten "
            "strenger als bisher, berichten Spediteure.");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QDir(folder).filePath(QStringLiteral("zwei.txt")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(done.wait(120000));
        QCOMPARE(window.articleModel()->matchingCount(), 2);
    }

    // Issue 15: a 1280×720 laptop screen holds the window with every dock open, on every tab,
    // also after typing in the network's entity field; nothing ends up off-screen.
    void fitsASmallLaptopScreen()
    {
        const QString language = languageSetting();
        switchLanguage(QStringLiteral("de")); // the longer headers ("Schlagwörter", "Erwähnungen")
        QTemporaryDir dir;
        MainWindow window(ArticleStore::open(dir.filePath(QStringLiteral("s.sqlite"))).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Filters, Entities and Issues, all shown; Issues is a tab beside Entities, so it takes no
        // room of its own.
        QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        QCOMPARE(docks.size(), 3);
        for (QDockWidget *dock : docks) {
            dock->setFloating(false);
            dock->show();
        }
        docks.removeOne(window.issuesDock());
        window.findChild<QDockWidget *>(QStringLiteral("entitiesDock"))->raise();
        QTest::keyClicks(window.networkView()->egoField(), QStringLiteral("Nvidia Corporation"));
        const QSize screen(1280, 720);
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            window.resize(screen);
            QCoreApplication::processEvents();
            const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
                qPrintable(QStringLiteral("tab %1: the window needs at least %2×%3")
                               .arg(tab)
                               .arg(minimum.width())
                               .arg(minimum.height())));
            QTRY_COMPARE(window.size(), screen);
            const QRect inside = window.rect();
            for (QWidget *part : std::initializer_list<QWidget *> {
                     docks.at(0), docks.at(1), window.statusBar(), window.tabs()}) {
                QVERIFY(part->isVisible());
                const QRect where(part->mapTo(&window, QPoint(0, 0)), part->size());
                QVERIFY2(inside.contains(where), qPrintable(part->objectName()));
            }
        }
        // The article table's spare width goes to the titles: at least a third of it.
        window.tabs()->setCurrentIndex(0);
        QCoreApplication::processEvents();
        QTableView *table = window.articleTable();
        QVERIFY2(table->horizontalHeader()->sectionSize(ArticleTableModel::TitleColumn)
                >= table->viewport()->width() / 3 - 6,
            qPrintable(QStringLiteral("title %1 of %2 px")
                           .arg(table->horizontalHeader()->sectionSize(ArticleTableModel::TitleColumn))
                           .arg(table->viewport()->width())));
        // Every header shows its title whole or, where it is too narrow, its icon; the tooltip
        // names the column. A date has its four-digit year.
        auto *header = qobject_cast<CompactHeader *>(table->horizontalHeader());
        QVERIFY(header);
        int icons = 0;
        for (int column = 0; column < window.articleModel()->columnCount(); ++column) {
            const QString title
                = window.articleModel()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
            QVERIFY2(header->sectionSize(column) >= header->titleWidth(column) || header->showsIcon(column),
                qPrintable(QStringLiteral("%1: %2 px").arg(title).arg(header->sectionSize(column))));
            QCOMPARE(
                window.articleModel()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(), title);
            icons += header->showsIcon(column) ? 1 : 0;
        }
        QVERIFY(icons > 0); // "Schlagwörter" does not fit beside a third for the titles
        QVERIFY(header->sectionSize(ArticleTableModel::DateColumn)
            >= table->fontMetrics().horizontalAdvance(QStringLiteral("28.12.2026")));
        switchLanguage(language);
    }

    void timelineAndNetworkTabs()
    {
        QTemporaryDir dir;
        MainWindow window(ArticleStore::open(dir.filePath(QStringLiteral("v.sqlite"))).value());
        window.show();
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importSampleIfEmpty();
        QVERIFY(done.wait(120000));

        // Timeline: an entity charted; a bucket click filters the browser to its period.
        window.tabs()->setCurrentWidget(window.timelineView());
        TimelineView *timeline = window.timelineView();
        std::unique_ptr<ArticleStore> reader
            = ArticleStore::open(dir.filePath(QStringLiteral("v.sqlite"))).value();
        const qint64 nvidia = AnalysisRepository(reader->database())
                                  .findEntity(QStringLiteral("COMPANY"), QStringLiteral("Nvidia"))
                                  .value()
                                  .value();
        timeline->addEntity(nvidia, QStringLiteral("Nvidia"));
        {
            // Remembered for this database: the Timeline after a restart charts Nvidia again.
            const auto source = sqliteCorpusSource(*reader);
            const TimelineView again(*source);
            QCOMPARE(again.entityNames(), QStringList {QStringLiteral("Nvidia")});
        }
        auto *chart = dynamic_cast<MentionChart *>(timeline->figure());
        QVERIFY(chart);
        QCOMPARE(chart->timeline().series.size(), size_t(1));
        const QString pdf = dir.filePath(QStringLiteral("timeline.pdf"));
        QVERIFY(timeline->exportTo({pdf, ExportFormat::Pdf}));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        // File → Print gives the export's pages: the chart, then the source list.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        QCOMPARE(window.printFigure(printer), 2);
        exportsFollowTheChosenFilter(dir, QStringLiteral("mentions"), timeline->exportFormats(),
            [&](const ExportTarget &t) { return timeline->exportTo(t); });
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("printed.pdf"))).size() > 1000);
        Q_EMIT timeline->periodRequested(QDate(2025, 10, 1), QDate(2025, 10, 31), nvidia,
            QStringLiteral("Nvidia"), QStringLiteral("COMPANY"));
        QCOMPARE(window.tabs()->currentIndex(), 0);
        QVERIFY(window.articleModel()->matchingCount() > 0);
        for (int row = 0; row < window.articleModel()->rowCount(); ++row)
            QVERIFY(window.articleModel()
                        ->index(row, ArticleTableModel::DateColumn)
                        .data(SortRole)
                        .toDate()
                        .month()
                == 10);
        window.filterPanel()->clear();
        timeline->showEvents(true);
        timeline->refresh();
        QVERIFY(dynamic_cast<EventChart *>(timeline->figure()));
        QVERIFY(timeline->exportTo({dir.filePath(QStringLiteral("events.json")), ExportFormat::TimelineJs}));
        exportsFollowTheChosenFilter(dir, QStringLiteral("events"), timeline->exportFormats(),
            [&](const ExportTarget &t) { return timeline->exportTo(t); });

        // Relationships: laid out in the background; a node lists its articles, a link its sentences.
        NetworkView *network = window.networkView();
        QSignalSpy ready(network, &NetworkView::networkReady);
        window.tabs()->setCurrentWidget(network);
        QVERIFY(ready.wait(60000));
        NetworkFigure *figure = network->figure();
        QVERIFY(figure && figure->network().nodes.size() > 10);
        network->selectNode(0);
        QVERIFY(network->detailList()->count() > 0);
        network->selectEdge(0);
        QVERIFY(network->detailList()->count() > 0);
        QVERIFY(network->exportTo({dir.filePath(QStringLiteral("net.gexf")), ExportFormat::Gexf}));
        exportsFollowTheChosenFilter(dir, QStringLiteral("network"), NetworkView::exportFormats(),
            [&](const ExportTarget &t) { return network->exportTo(t); });
        network->setEgo(nvidia, QStringLiteral("Nvidia"));
        QVERIFY(ready.wait(60000));
        QCOMPARE(network->figure()->network().nodes.front().id, nvidia);

        // Figures: quantities grouped; the tab follows the filters.
        window.tabs()->setCurrentWidget(window.figuresView());
        QVERIFY(window.figuresView()->model()->rowCount() > 5);
        QVERIFY(window.figuresView()->exportCsv(dir.filePath(QStringLiteral("figures.csv"))));
        {
            // The tab's export is `lagebild-cli figures --csv`'s writer (figuresCsv).
            QFile exported(dir.filePath(QStringLiteral("figures.csv")));
            QVERIFY(exported.open(QIODevice::ReadOnly));
            QCOMPARE(exported.readAll(), figuresCsv(window.figuresView()->model()->groups()));
        }
        exportsFollowTheChosenFilter(dir, QStringLiteral("figures"), {ExportFormat::Csv},
            [&](const ExportTarget &t) { return window.figuresView()->exportCsv(t.path); });
        // The first group's figures plotted over time, a series per outlet (Qt Charts).
        window.figuresView()->showGroup(0);
        const FigureGroup &group = window.figuresView()->model()->groups().front();
        QSet<QString> outlets;
        for (const ReportedFigure &f : group.figures) {
            if (f.value && f.date.isValid())
                outlets.insert(f.outlet);
        }
        QCOMPARE(window.figuresView()->chartView()->chart()->series().size(), outlets.size());
        // "Only where outlets disagree" with nothing to show says why instead of an empty list.
        const auto &groups = window.figuresView()->model()->groups();
        const bool disagreements
            = std::any_of(groups.begin(), groups.end(), [](const FigureGroup &g) { return g.disagreement; });
        QVERIFY(window.figuresView()->emptyNote().isEmpty());
        window.figuresView()->onlyDisagreements()->setChecked(true);
        QCOMPARE(window.figuresView()->emptyNote().isEmpty(), disagreements);
        window.figuresView()->onlyDisagreements()->setChecked(false);

        // File → Export Articles: the filtered articles with tags, notes and entities, written in
        // the background; one export at a time.
        QSignalSpy exported(&window, &MainWindow::articlesExported);
        const auto exportNow = [&](const ExportTarget &t) {
            exported.clear();
            if (!window.exportArticles(t) || !exported.wait(60000))
                return qint64(-1);
            return exported.first().at(1).toLongLong();
        };
        QCOMPARE(exportNow({dir.filePath(QStringLiteral("articles.jsonl")), ExportFormat::JsonLines}),
            window.articleModel()->matchingCount());
        QVERIFY(window.exportArticles({dir.filePath(QStringLiteral("first.csv")), ExportFormat::Csv}));
        QVERIFY(!window.exportArticles({dir.filePath(QStringLiteral("second.csv")), ExportFormat::Csv}));
        QVERIFY(exported.wait(60000));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("first.csv"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("second.csv"))));
        exportsFollowTheChosenFilter(dir, QStringLiteral("articles"),
            {ExportFormat::Csv, ExportFormat::JsonLines},
            [&](const ExportTarget &t) { return exportNow(t) > 0; });
        QFile jsonl(dir.filePath(QStringLiteral("articles.jsonl")));
        QVERIFY(jsonl.open(QIODevice::ReadOnly));
        QVERIFY(jsonl.readLine().contains("\"entities\""));
    }

    void relationsAreReviewedThroughTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        MainWindow window(ArticleStore::open(path).value());
        window.show();
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importSampleIfEmpty();
        QVERIFY(done.wait(120000));
        std::unique_ptr<ArticleStore> reader = ArticleStore::open(path).value();
        RelationRepository relations(reader->database());
        auto verdictOf = [&](qint64 id) { return relations.relation(id).value().value().verdict; };
        auto button = [](QWidget *view, const QString &text) {
            const auto buttons = view->findChildren<QPushButton *>();
            const auto found = std::find_if(
                buttons.begin(), buttons.end(), [&](QPushButton *b) { return b->text() == text; });
            return found == buttons.end() ? nullptr : *found;
        };

        // The event lanes: an event's relation confirmed, rejected (its event goes), undone.
        TimelineView *timeline = window.timelineView();
        window.tabs()->setCurrentWidget(timeline);
        timeline->showEvents(true);
        timeline->refresh();
        auto events = [&] {
            return std::vector<TimelineEvent>(dynamic_cast<EventChart *>(timeline->figure())->events());
        };
        auto hasEvent = [&](qint64 relation) {
            const auto list = events();
            return std::any_of(
                list.begin(), list.end(), [&](const TimelineEvent &e) { return e.relationId == relation; });
        };
        const auto all = events();
        const auto first
            = std::find_if(all.begin(), all.end(), [](const TimelineEvent &e) { return e.relationId; });
        QVERIFY(first != all.end());
        const qint64 relation = first->relationId;
        timeline->selectEvent(*first);
        QCOMPARE(timeline->selectedRelation(), relation);
        QPushButton *confirm = button(timeline, QStringLiteral("Confirm"));
        QPushButton *reject = button(timeline, QStringLiteral("Reject"));
        QPushButton *correct = button(timeline, QStringLiteral("Correct…"));
        QVERIFY(confirm && reject && correct);
        QVERIFY(confirm->isVisible() && confirm->isEnabled());
        const int steps = window.undoStack()->count();
        confirm->click();
        QCOMPARE(verdictOf(relation), RelationVerdict::Confirmed);
        QVERIFY(!confirm->isEnabled());
        const auto shown = events();
        const auto confirmedEvent = std::find_if(
            shown.begin(), shown.end(), [&](const TimelineEvent &e) { return e.relationId == relation; });
        QVERIFY(confirmedEvent != shown.end());
        QCOMPARE(confirmedEvent->trust, RelationTrust::Confirmed);
        reject->click();
        QCOMPARE(verdictOf(relation), RelationVerdict::Rejected);
        QVERIFY(!hasEvent(relation));
        QCOMPARE(window.undoStack()->count(), steps + 2);
        window.undoStack()->undo();
        QCOMPARE(verdictOf(relation), RelationVerdict::Confirmed);
        QVERIFY(hasEvent(relation));
        window.undoStack()->undo();
        QCOMPARE(verdictOf(relation), RelationVerdict::Unreviewed);
        window.undoStack()->redo();
        QCOMPARE(verdictOf(relation), RelationVerdict::Confirmed);
        // Each verdict, undos included, is in the article's history, the claim named.
        {
            const RelationRow row = relations.relation(relation).value().value();
            QStringList kinds;
            for (const ArticleEdit &edit : reader->history(row.article).value()) {
                QCOMPARE(edit.detail, relationEditDetail(row.type, row.source, row.target));
                kinds << edit.kindName;
            }
            QCOMPARE(kinds,
                (QStringList {QStringLiteral("relation_confirmed"), QStringLiteral("relation_rejected"),
                    QStringLiteral("relation_confirmed"), QStringLiteral("relation_reset"),
                    QStringLiteral("relation_confirmed")}));
        }

        // Correct…: the dialog swaps the direction; the correction takes the event's place.
        const RelationRow original = relations.relation(relation).value().value();
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<RelationDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(!dialog->okButton()->isEnabled()); // nothing changed yet
            QVERIFY(dialog->typeBox()->count() == relationTypeCount);
            dialog->swapButton()->click();
            QVERIFY(dialog->okButton()->isEnabled());
            dialog->okButton()->click();
        });
        correct->click();
        const qint64 correction = timeline->selectedRelation();
        QVERIFY(correction != relation);
        const RelationRow corrected = relations.relation(correction).value().value();
        QCOMPARE(corrected.source, original.target);
        QCOMPARE(corrected.target, original.source);
        QCOMPARE(corrected.corrects, relation);
        QCOMPARE(verdictOf(relation), RelationVerdict::Rejected);
        QVERIFY(hasEvent(correction));
        QVERIFY(!hasEvent(relation));
        window.undoStack()->undo();
        QVERIFY(!relations.relation(correction).value());
        QCOMPARE(verdictOf(relation), RelationVerdict::Confirmed);
        QVERIFY(hasEvent(relation));

        // A right click on an event offers the verdicts too.
        auto *canvas = timeline->findChild<FigureWidget *>();
        QVERIFY(canvas);
        auto *chart = dynamic_cast<EventChart *>(timeline->figure());
        QPoint onEvent(-1, -1);
        for (int y = 0; y < canvas->height() && onEvent.x() < 0; y += 2) {
            for (int x = 0; x < canvas->width() && onEvent.x() < 0; x += 2) {
                const int e = chart->eventAt(canvas->figureArea(), QPointF(x, y));
                if (e >= 0 && chart->events()[size_t(e)].relationId)
                    onEvent = QPoint(x, y);
            }
        }
        QVERIFY(onEvent.x() >= 0);
        QStringList offered;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *action : menu->actions())
                offered.append(action->text());
            const auto actions = menu->actions();
            const auto rejectAction = std::find_if(actions.begin(), actions.end(),
                [](QAction *a) { return a->text() == QStringLiteral("&Reject Relation"); });
            QVERIFY(rejectAction != actions.end());
            (*rejectAction)->trigger();
            menu->close();
        });
        QContextMenuEvent rightClick(QContextMenuEvent::Mouse, onEvent, canvas->mapToGlobal(onEvent));
        QApplication::sendEvent(canvas, &rightClick);
        QVERIFY(offered.contains(QStringLiteral("&Confirm Relation")));
        QVERIFY(offered.contains(QStringLiteral("C&orrect Relation…")));
        const qint64 clicked = timeline->selectedRelation();
        QCOMPARE(verdictOf(clicked), RelationVerdict::Rejected);
        QVERIFY2(window.undoStack()->undoText().startsWith(QStringLiteral("Reject Relation “")),
            qPrintable(window.undoStack()->undoText()));
        window.undoStack()->undo();
        QVERIFY(verdictOf(clicked) != RelationVerdict::Rejected);
        // A claim that cannot be read is named without empty quotes.
        {
            QSignalSpy failedEdit(window.undoStack(), &EditStack::editFailed);
            const int stepsBefore = window.undoStack()->count();
            window.relationReview()->reject(std::numeric_limits<qint64>::max(), std::nullopt);
            const QString named
                = failedEdit.isEmpty() ? window.undoStack()->undoText() : failedEdit.first().at(1).toString();
            QCOMPARE(named, QStringLiteral("Reject Relation"));
            if (window.undoStack()->count() > stepsBefore)
                window.undoStack()->undo();
        }

        // The network: a link's sentences offer the same verdicts; the list says so at once.
        NetworkView *network = window.networkView();
        QSignalSpy ready(network, &NetworkView::networkReady);
        window.tabs()->setCurrentWidget(network);
        QVERIFY(ready.wait(60000));
        const auto &edges = network->figure()->network().edges;
        const auto typed = std::find_if(edges.begin(), edges.end(),
            [&](const NetworkEdge &e) { return !e.isCoMention() && e.trust != RelationTrust::Confirmed; });
        QVERIFY(typed != edges.end());
        network->selectEdge(int(typed - edges.begin()));
        QListWidget *list = network->detailList();
        int row = -1;
        for (int k = 0; k < list->count() && row < 0; ++k) {
            if (list->item(k)->data(Qt::UserRole + 2).toLongLong())
                row = k;
        }
        QVERIFY(row >= 0);
        list->setCurrentRow(row);
        const qint64 linked = network->currentRelation();
        QVERIFY(linked);
        QPushButton *confirmLink = button(network, QStringLiteral("Confirm"));
        QVERIFY(confirmLink && confirmLink->isVisible());
        confirmLink->click();
        QCOMPARE(verdictOf(linked), RelationVerdict::Confirmed);
        QVERIFY(list->currentItem()->text().startsWith(QStringLiteral("\u2713")));
        const RelationRow confirmedRow = relations.relation(linked).value().value();
        QVERIFY(ready.wait(60000)); // drawn again, the link now confirmed
        const auto &redrawn = network->figure()->network().edges;
        QVERIFY(std::any_of(redrawn.begin(), redrawn.end(), [&](const NetworkEdge &e) {
            return e.source == confirmedRow.sourceId && e.target == confirmedRow.targetId
                && e.kind == confirmedRow.type && e.trust == RelationTrust::Confirmed;
        }));
        window.undoStack()->undo();
        QCOMPARE(verdictOf(linked), RelationVerdict::Unreviewed);

        // View → Doubtful Relations is remembered.
        window.setDoubtfulRelations(DoubtfulRelations::Hidden);
        QCOMPARE(QSettings().value(QStringLiteral("views/doubtfulRelations")).toString(),
            QStringLiteral("hidden"));
        window.setDoubtfulRelations(DoubtfulRelations::Faint);
        QCOMPARE(
            QSettings().value(QStringLiteral("views/doubtfulRelations")).toString(), QStringLiteral("faint"));

        // Re-analysis of everything keeps the confirmed relation.
        window.analyse(true);
        QVERIFY(done.wait(120000));
        QCOMPARE(verdictOf(relation), RelationVerdict::Confirmed);
    }

    void noKeyIsBoundTwice()
    {
        QTemporaryDir dir;
        MainWindow window(ArticleStore::open(dir.filePath(QStringLiteral("k.sqlite"))).value());
        const QList<KeyBinding> bindings = keyBindings(&window);
        QVERIFY(bindings.size() > 20);
        // Two bindings of one key that can be active at once make Qt report "Ambiguous shortcut
        // overload" and run neither. That includes one action listing a key twice.
        QStringList clashes;
        for (qsizetype i = 0; i < bindings.size(); ++i) {
            for (qsizetype j = i + 1; j < bindings.size(); ++j) {
                const KeyBinding &a = bindings.at(i);
                const KeyBinding &b = bindings.at(j);
                if (a.key == b.key && (a.windowWide || b.windowWide || overlap(a.widgets, b.widgets)))
                    clashes.append(QStringLiteral("%1: “%2” and “%3”")
                                       .arg(a.key.toString(QKeySequence::PortableText), a.owner, b.owner));
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    // On a team database an edit that finds the server away waits, and every later one behind
    // it; they are written in order when it answers, undo takes back a waiting one unwritten,
    // and one the server then refuses is reported as any failed edit. On a file none waits.
    // A write whose COMMIT reached the server but whose answer did not is written again when
    // the server answers: a rule or a marked mention is there once, and undo takes it back.
    void editWrittenAgainAfterALostAnswerIsStoredOnce()
    {
        QTemporaryDir dir;
        auto store = ArticleStore::open(dir.filePath(QStringLiteral("lost.sqlite"))).value();
        const Article article = lostAnswerArticle();
        auto inserted = store->insertArticle(article);
        QVERIFY2(inserted, qPrintable(inserted.errorMessage()));
        const ArticleId id = inserted.value();
        auto file = sqliteSqlWriter(store->database());
        LostAnswerWriter server(*file);
        EditStack stack;
        stack.setEditsWaitForServer(true);
        QSignalSpy failed(&stack, &EditStack::editFailed);
        const auto rows = [&](const QString &sql) {
            qint64 n = -1;
            const auto r = file->forEachRow(sql, {}, [&](const SqlRow &row) { n = row.int64(0); });
            return r ? n : -2;
        };

        server.mode = LostAnswerWriter::Mode::LosesAnswer;
        stack.push(new CorrectionCommand(server, QStringLiteral("alias"), QStringLiteral("Tessaro"),
            QStringLiteral("COMPANY"), QStringLiteral("Tessaro GmbH"), QStringLiteral("Alias"), [] {}));
        QCOMPARE(stack.waitingCount(), 1);
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM corrections")), 1); // the server has it
        server.mode = LostAnswerWriter::Mode::Up;
        stack.writeWaiting();
        QCOMPARE(stack.waitingCount(), 0);
        StoredMention borvik;
        borvik.start = int(article.body.indexOf(QStringLiteral("Borvik")));
        borvik.end = borvik.start + 6;
        borvik.type = QStringLiteral("COMPANY");
        borvik.text = QStringLiteral("Borvik");
        server.mode = LostAnswerWriter::Mode::LosesAnswer;
        stack.push(new MentionCommand(
            server, id, std::nullopt, borvik, QStringLiteral("Mark"), [](ArticleId) {}, {}));
        QCOMPARE(stack.waitingCount(), 1);
        server.mode = LostAnswerWriter::Mode::Up;
        stack.writeWaiting();
        QCOMPARE(stack.waitingCount(), 0);
        QVERIFY(failed.isEmpty());
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM corrections")), 1);
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM mentions WHERE manual = 1")), 1);
        // Undo takes back what is there, and nothing stays behind.
        stack.undo();
        stack.undo();
        QVERIFY(failed.isEmpty());
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM mentions WHERE manual = 1")), 0);
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM corrections")), 0);
        // An equal rule written again later is a new one (its own time).
        stack.redo();
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM corrections")), 1);
        stack.redo();
        StoredMention marked = borvik;
        marked.manual = true;
        marked.id = rows(QStringLiteral("SELECT id FROM mentions WHERE manual = 1"));
        QVERIFY(marked.id > 0);

        // A link of the hand-made mention (its name only) that never reached the server is
        // written when the server answers, not taken for the mention already there.
        StoredMention linked = marked;
        linked.canonical = QStringLiteral("Borvik AG");
        server.mode = LostAnswerWriter::Mode::Away;
        stack.push(
            new MentionCommand(server, id, marked, linked, QStringLiteral("Link"), [](ArticleId) {}, {}));
        QCOMPARE(stack.waitingCount(), 1);
        server.mode = LostAnswerWriter::Mode::Up;
        stack.writeWaiting();
        QCOMPARE(stack.waitingCount(), 0);
        const QString linkedRows = QStringLiteral(
            "SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.manual = 1 AND "
            "e.canonical = 'Borvik AG'");
        QCOMPARE(rows(linkedRows), 1);

        // Its removal, whose answer is lost, is not written twice and undoes.
        linked.id = rows(QStringLiteral("SELECT id FROM mentions WHERE manual = 1"));
        server.mode = LostAnswerWriter::Mode::LosesAnswer;
        stack.push(new MentionCommand(
            server, id, linked, std::nullopt, QStringLiteral("Remove"), [](ArticleId) {}, {}));
        QCOMPARE(stack.waitingCount(), 1);
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM mentions WHERE manual = 1")), 0);
        server.mode = LostAnswerWriter::Mode::Up;
        stack.writeWaiting();
        QCOMPARE(stack.waitingCount(), 0);
        QVERIFY(failed.isEmpty());
        stack.undo();
        QCOMPARE(rows(linkedRows), 1);
        QVERIFY(failed.isEmpty());
    }

    void editsWaitForTheServerInOrder()
    {
        Server server = Server::Away;
        QStringList written;
        EditStack stack;
        stack.setEditsWaitForServer(true);
        QSignalSpy failed(&stack, &EditStack::editFailed);
        QSignalSpy started(&stack, &EditStack::waitingStarted);
        QSignalSpy writtenLater(&stack, &EditStack::waitingWritten);
        QAction *undo = stack.createUndoAction(&stack, QStringLiteral("Undo"));
        QAction *redo = stack.createRedoAction(&stack, QStringLiteral("Redo"));
        stack.push(new ServerCommand(server, written, QStringLiteral("A")));
        QCOMPARE(stack.waitingCount(), 1);
        QCOMPARE(started.size(), 1);
        server = Server::Up; // B is not tried before A
        stack.push(new ServerCommand(server, written, QStringLiteral("B")));
        QCOMPARE(stack.waitingEdits(), QStringList({QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(written.isEmpty());
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("Undo B"));
        undo->trigger(); // B was never written
        QCOMPARE(stack.waitingEdits(), QStringList({QStringLiteral("A")}));
        stack.push(new ServerCommand(server, written, QStringLiteral("C")));
        stack.writeWaiting();
        QCOMPARE(written, QStringList({QStringLiteral("A"), QStringLiteral("C")}));
        QCOMPARE(stack.waitingCount(), 0);
        QCOMPARE(stack.count(), 2);
        QCOMPARE(writtenLater.size(), 2);
        QVERIFY(failed.isEmpty());
        // Written, they undo and redo like any edit; redo waits while something waits.
        undo->trigger();
        QCOMPARE(written.last(), QStringLiteral("-C"));
        QVERIFY(redo->isEnabled());
        server = Server::Away;
        stack.push(new ServerCommand(server, written, QStringLiteral("D")));
        QCOMPARE(stack.waitingCount(), 1);
        QVERIFY(!redo->isEnabled());
        server = Server::Refusing;
        stack.writeWaiting();
        QCOMPARE(stack.waitingCount(), 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.front().at(1).toString(), QStringLiteral("D"));
        QCOMPARE(failed.front().at(3).toBool(), false); // the history stays
        // An edit that is written at once goes on the stack once (its first write not repeated).
        server = Server::Up;
        const int before = written.size();
        stack.push(new ServerCommand(server, written, QStringLiteral("E")));
        QCOMPARE(written.size(), before + 1);
        QCOMPARE(stack.undoText(), QStringLiteral("E"));

        // A window closed with edits written and waiting: the stack goes before its actions,
        // which must not read what it has already destroyed (a sanitizer build sees it).
        {
            auto *window = new QObject;
            auto *closing = new EditStack(window);
            closing->setEditsWaitForServer(true);
            closing->createUndoAction(window, QStringLiteral("Undo"));
            closing->createRedoAction(window, QStringLiteral("Redo"));
            server = Server::Up;
            closing->push(new ServerCommand(server, written, QStringLiteral("G")));
            server = Server::Away;
            closing->push(new ServerCommand(server, written, QStringLiteral("H")));
            QCOMPARE(closing->count(), 1);
            QCOMPARE(closing->waitingCount(), 1);
            delete window;
        }

        // A file's stack: the edit fails at once.
        EditStack file;
        QSignalSpy fileFailed(&file, &EditStack::editFailed);
        server = Server::Away;
        file.push(new ServerCommand(server, written, QStringLiteral("F")));
        QCOMPARE(file.waitingCount(), 0);
        QCOMPARE(file.count(), 0);
        QCOMPARE(fileFailed.size(), 1);
    }

    // While the window's own probe (the edit feed, on a pool thread) finds the server away, edits
    // and undos wait without a try on the window's thread, which a host that does not answer would
    // hold up; they are written, in order, once the probe finds it back.
    void editsWaitUntriedWhileTheServerIsAway()
    {
        Server server = Server::Up; // a try would be written: none is made
        QStringList written;
        EditStack stack;
        stack.setEditsWaitForServer(true);
        QSignalSpy started(&stack, &EditStack::waitingStarted);
        QSignalSpy failed(&stack, &EditStack::editFailed);
        stack.push(new ServerCommand(server, written, QStringLiteral("A")));
        QCOMPARE(written, QStringList({QStringLiteral("A")}));
        const Error away {QStringLiteral("the server does not answer"), ErrorKind::Unreachable};
        stack.setServerAway(away);
        stack.push(new ServerCommand(server, written, QStringLiteral("B")));
        QCOMPARE(stack.waitingCount(), 1);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.front().at(0).value<Error>().message, away.message);
        stack.writeWaiting(); // as the retry timer would
        stack.undoLatest(); // B, never tried, is dropped unsent
        QCOMPARE(stack.waitingCount(), 0);
        stack.push(new ServerCommand(server, written, QStringLiteral("C")));
        stack.undoLatest(); // C dropped; then A's undo waits untried
        stack.undoLatest();
        QCOMPARE(stack.waitingEdits(),
            QStringList({QStringLiteral("Take back: A (it may have reached the server)")}));
        QCOMPARE(written, QStringList({QStringLiteral("A")}));
        stack.setServerAway(std::nullopt);
        QCOMPARE(written, QStringList({QStringLiteral("A"), QStringLiteral("-A")}));
        QCOMPARE(stack.waitingCount(), 0);
        QCOMPARE(stack.index(), 0);
        QVERIFY(failed.isEmpty());
    }

    // A tag written again after a lost answer restores on undo what the article had before the
    // first try, not what the second try found (the first try's tag).
    void tagWrittenAgainAfterALostAnswerUndoes()
    {
        QTemporaryDir dir;
        auto store = ArticleStore::open(dir.filePath(QStringLiteral("lost-tag.sqlite"))).value();
        const Article article = lostAnswerArticle();
        const ArticleId id = store->insertArticle(article).value();
        LostAnswerEditor server(*store);
        EditStack stack;
        stack.setEditsWaitForServer(true);
        QSignalSpy failed(&stack, &EditStack::editFailed);
        server.losesAnswer = true;
        stack.push(
            new TagCommand(server, {id}, {QStringLiteral("Zoll")}, TagCommand::Add, [](const auto &) {}));
        QCOMPARE(stack.waitingCount(), 1);
        QCOMPARE(server.tagsOf(id).value(), QStringList({QStringLiteral("Zoll")})); // stored after all
        stack.writeWaiting();
        QCOMPARE(stack.waitingCount(), 0);
        stack.undo();
        QCOMPARE(server.tagsOf(id).value(), QStringList());
        stack.redo();
        QCOMPARE(server.tagsOf(id).value(), QStringList({QStringLiteral("Zoll")}));

        // The same for a rename and a deletion: undo gives the tag back to the articles it had.
        server.losesAnswer = true;
        stack.push(new RenameTagCommand(
            server, QStringLiteral("Zoll"), QStringLiteral("Zölle"), [](const auto &) {}));
        stack.writeWaiting();
        QCOMPARE(server.tagsOf(id).value(), QStringList({QStringLiteral("Zölle")}));
        server.losesAnswer = true;
        stack.push(new DeleteTagCommand(server, QStringLiteral("Zölle"), [](const auto &) {}));
        stack.writeWaiting();
        QCOMPARE(stack.waitingCount(), 0);
        QCOMPARE(server.tagsOf(id).value(), QStringList());
        stack.undo();
        QCOMPARE(server.tagsOf(id).value(), QStringList({QStringLiteral("Zölle")}));
        stack.undo();
        QCOMPARE(server.tagsOf(id).value(), QStringList({QStringLiteral("Zoll")}));
        QVERIFY(failed.isEmpty());
    }

    // An edit undone while it waits, after a try whose answer was lost (its COMMIT may have
    // reached the server): it is not dropped unwritten but undone on the server when it answers.
    void undoingAWaitingEditThatMayBeStoredTakesItBackOnTheServer()
    {
        Server server = Server::LosesAnswer;
        QStringList written;
        EditStack stack;
        stack.setEditsWaitForServer(true);
        QSignalSpy failed(&stack, &EditStack::editFailed);
        QSignalSpy discarded(&stack, &EditStack::waitingDiscarded);
        QSignalSpy takenBack(&stack, &EditStack::waitingTakenBack);
        QAction *undo = stack.createUndoAction(&stack, QStringLiteral("Undo"));
        stack.push(new ServerCommand(server, written, QStringLiteral("A")));
        QCOMPARE(written, QStringList({QStringLiteral("A")})); // on the server, unknown to the window
        QCOMPARE(stack.waitingCount(), 1);
        server = Server::Away;
        stack.push(new ServerCommand(server, written, QStringLiteral("B"))); // never tried
        undo->trigger();
        QCOMPARE(discarded.size(), 1); // B had not been written: dropped
        QCOMPARE(undo->text(), QStringLiteral("Undo A"));
        undo->trigger();
        QCOMPARE(discarded.size(), 1);
        QCOMPARE(stack.waitingCount(), 1); // A waits to be taken back
        QVERIFY(stack.waitingEdits().front().contains(QLatin1String("A")));
        QVERIFY(stack.waitingEdits().front() != QLatin1String("A"));
        QVERIFY(!undo->isEnabled());
        undo->trigger();
        QCOMPARE(stack.waitingCount(), 1);
        stack.writeWaiting(); // still away
        QCOMPARE(stack.waitingCount(), 1);
        // The server is back: written (it finds itself or writes itself) and undone.
        server = Server::Up;
        stack.writeWaiting();
        QCOMPARE(stack.waitingCount(), 0);
        QCOMPARE(written, QStringList({QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("-A")}));
        QCOMPARE(takenBack.size(), 1);
        QCOMPARE(stack.count(), 0); // nothing to undo or redo
        QVERIFY(!undo->isEnabled());
        QVERIFY(failed.isEmpty());

        // The take-back's undo loses its answer too: tried again, it finds nothing left to undo.
        server = Server::LosesAnswer;
        stack.push(new ServerCommand(server, written, QStringLiteral("X")));
        undo->trigger();
        server = Server::LosesUndoAnswer;
        stack.writeWaiting();
        QCOMPARE(stack.waitingCount(), 1);
        QCOMPARE(written.mid(written.size() - 2), QStringList({QStringLiteral("X"), QStringLiteral("-X")}));
        server = Server::Up;
        stack.writeWaiting();
        QCOMPARE(stack.waitingCount(), 0);
        QCOMPARE(takenBack.size(), 2);
        QVERIFY(failed.isEmpty());

        // A take-back the server refuses leaves the edit stored: it goes on the stack as written,
        // and so does an edit written after it in the same round; the history is not cleared.
        server = Server::LosesAnswer;
        stack.push(new ServerCommand(server, written, QStringLiteral("Y")));
        undo->trigger();
        server = Server::Away;
        stack.push(new ServerCommand(server, written, QStringLiteral("Z")));
        QCOMPARE(stack.waitingCount(), 2);
        server = Server::RefusesUndo;
        stack.writeWaiting();
        QCOMPARE(stack.waitingCount(), 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.front().at(1).toString(), QStringLiteral("Y"));
        QCOMPARE(failed.front().at(2).toBool(), true); // an undo
        QCOMPARE(failed.front().at(3).toBool(), false); // the history stays
        QCoreApplication::processEvents(); // a queued clear would run now
        QCOMPARE(stack.count(), 2);
        QCOMPARE(stack.undoText(), QStringLiteral("Z"));
        server = Server::Up;
        undo->trigger();
        undo->trigger();
        QCOMPARE(written.mid(written.size() - 2), QStringList({QStringLiteral("-Z"), QStringLiteral("-Y")}));
    }

    // The undo of a written edit that finds the server away waits too (its COMMIT may have
    // reached the server): later edits wait behind it, and it is undone once when the server
    // answers; one the server refuses leaves the edit and the history as they were.
    void undoOfAWrittenEditWaitsForTheServer()
    {
        Server server = Server::Up;
        QStringList written;
        EditStack stack;
        stack.setEditsWaitForServer(true);
        QSignalSpy failed(&stack, &EditStack::editFailed);
        QSignalSpy takenBack(&stack, &EditStack::waitingTakenBack);
        QAction *undo = stack.createUndoAction(&stack, QStringLiteral("Undo"));
        QAction *redo = stack.createRedoAction(&stack, QStringLiteral("Redo"));
        stack.push(new ServerCommand(server, written, QStringLiteral("A")));
        server = Server::Away;
        undo->trigger();
        QCOMPARE(stack.waitingCount(), 1);
        QVERIFY(stack.isTakingBack());
        QVERIFY(!undo->isEnabled());
        QVERIFY(!redo->isEnabled());
        QCOMPARE(stack.count(), 1); // still written as far as the window knows
        server = Server::Up;
        stack.push(new ServerCommand(server, written, QStringLiteral("B"))); // waits behind the undo
        QCOMPARE(written, QStringList({QStringLiteral("A")}));
        QCOMPARE(stack.waitingCount(), 2);
        stack.writeWaiting();
        QCOMPARE(written, QStringList({QStringLiteral("A"), QStringLiteral("-A"), QStringLiteral("B")}));
        QCOMPARE(stack.waitingCount(), 0);
        QCOMPARE(takenBack.size(), 1);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("B"));
        QVERIFY(failed.isEmpty());

        // The undo's answer lost: tried again, it finds B gone and does not undo twice.
        server = Server::LosesUndoAnswer;
        undo->trigger();
        QCOMPARE(stack.waitingCount(), 1);
        server = Server::Up;
        stack.writeWaiting();
        QCOMPARE(stack.waitingCount(), 0);
        QCOMPARE(written.count(QStringLiteral("-B")), 1);
        QCOMPARE(stack.index(), 0);
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(written.last(), QStringLiteral("B"));

        // Refused: reported, the edit stays written and on the stack with its history.
        server = Server::RefusesUndo;
        undo->trigger();
        QCOMPARE(stack.waitingCount(), 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.front().at(2).toBool(), true);
        QCOMPARE(failed.front().at(3).toBool(), false);
        QCoreApplication::processEvents();
        QCOMPARE(stack.index(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("B"));
        QVERIFY(undo->isEnabled());
        QVERIFY(failed.size() == 1 && written.last() == QLatin1String("B"));

        // A window closed while the undo waits: it stays written in the window's stack.
        server = Server::Away;
        undo->trigger();
        QCOMPARE(stack.waitingCount(), 1);
        stack.discardWaiting();
        QCOMPARE(stack.waitingCount(), 0);
        QVERIFY(!stack.isTakingBack());
        QCOMPARE(stack.index(), 1);
    }

    // A hand-made mention removed, the removal taken back while it waits, and that undo's answer
    // lost too: tried again, the undo finds the mention given back and does not add a second one.
    void mentionGivenBackOnceAfterALostUndoAnswer()
    {
        QTemporaryDir dir;
        auto store = ArticleStore::open(dir.filePath(QStringLiteral("lost-undo.sqlite"))).value();
        const Article article = lostAnswerArticle();
        const ArticleId id = store->insertArticle(article).value();
        auto file = sqliteSqlWriter(store->database());
        LostAnswerWriter server(*file);
        EditStack stack;
        stack.setEditsWaitForServer(true);
        QSignalSpy failed(&stack, &EditStack::editFailed);
        QSignalSpy takenBack(&stack, &EditStack::waitingTakenBack);
        const auto manualRows = [&] {
            qint64 n = -1;
            const auto r = file->forEachRow(QStringLiteral("SELECT count(*) FROM mentions WHERE manual = 1"),
                {}, [&](const SqlRow &row) { n = row.int64(0); });
            return r ? n : -2;
        };
        StoredMention borvik;
        borvik.start = int(article.body.indexOf(QStringLiteral("Borvik")));
        borvik.end = borvik.start + 6;
        borvik.type = QStringLiteral("COMPANY");
        borvik.text = QStringLiteral("Borvik");
        stack.push(new MentionCommand(
            server, id, std::nullopt, borvik, QStringLiteral("Mark"), [](ArticleId) {}, {}));
        QCOMPARE(manualRows(), 1);
        borvik.manual = true;
        qint64 markedId = 0;
        QVERIFY(file->forEachRow(QStringLiteral("SELECT id FROM mentions WHERE manual = 1"), {},
            [&](const SqlRow &row) { markedId = row.int64(0); }));
        borvik.id = markedId;

        server.mode = LostAnswerWriter::Mode::LosesAnswer;
        stack.push(new MentionCommand(
            server, id, borvik, std::nullopt, QStringLiteral("Remove"), [](ArticleId) {}, {}));
        QCOMPARE(stack.waitingCount(), 1);
        QCOMPARE(manualRows(), 0); // removed on the server, unknown to the window
        stack.undoLatest(); // waits to be taken back
        server.mode = LostAnswerWriter::Mode::LosesAnswer;
        stack.writeWaiting(); // the removal finds itself; the undo's answer is lost
        QCOMPARE(stack.waitingCount(), 1);
        QCOMPARE(manualRows(), 1);
        server.mode = LostAnswerWriter::Mode::Up;
        stack.writeWaiting();
        QCOMPARE(stack.waitingCount(), 0);
        QCOMPARE(takenBack.size(), 1);
        QCOMPARE(manualRows(), 1);
        QVERIFY(failed.isEmpty());
    }

    void redoByKeyboard()
    {
        QTemporaryDir dir;
        MainWindow window(ArticleStore::open(dir.filePath(QStringLiteral("r.sqlite"))).value());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        int count = 0;
        window.undoStack()->push(new CountingCommand(count));
        QCOMPARE(count, 1);
        // From the table and from the reader, whichever has the focus.
        for (QWidget *focus : {static_cast<QWidget *>(window.articleTable()),
                 static_cast<QWidget *>(window.reader()->browser())}) {
            focus->setFocus();
            QTRY_VERIFY(focus->hasFocus());
            for (const QKeySequence &redo :
                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
                QTest::keySequence(focus, QKeySequence(Qt::CTRL | Qt::Key_Z));
                QCOMPARE(count, 0);
                QTest::keySequence(focus, redo);
                QVERIFY2(count == 1, qPrintable(redo.toString()));
            }
        }
    }

    // Issue 15: View → Language takes effect in the open window: menus, tabs, docks, the panels'
    // controls and the models' headers.
    void languageSwitchWithoutRestart()
    {
        const QString before = languageSetting();
        switchLanguage(QStringLiteral("en"));
        QTemporaryDir dir;
        {
            MainWindow window(ArticleStore::open(dir.filePath(QStringLiteral("lang.sqlite"))).value());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *filterDock = window.findChild<QDockWidget *>(QStringLiteral("filterDock"));
            QVERIFY(filterDock);
            auto texts = [&] {
                return QStringList {window.menuBar()->actions().first()->text(), window.tabs()->tabText(1),
                    filterDock->windowTitle(), window.filterPanel()->searchField()->placeholderText(),
                    window.articleModel()
                        ->headerData(ArticleTableModel::TitleColumn, Qt::Horizontal, Qt::DisplayRole)
                        .toString()};
            };
            QCOMPARE(texts(),
                (QStringList {QStringLiteral("&File"), QStringLiteral("Timeline"), QStringLiteral("Filters"),
                    QStringLiteral("Search the articles…"), QStringLiteral("Title")}));
            QSignalSpy headers(window.articleModel(), &QAbstractItemModel::headerDataChanged);
            switchLanguage(QStringLiteral("de"));
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            QCOMPARE(texts(),
                (QStringList {QStringLiteral("&Datei"), QStringLiteral("Zeitleiste"),
                    QStringLiteral("Filter"), QStringLiteral("Artikel durchsuchen…"),
                    QStringLiteral("Titel")}));
            QVERIFY(!headers.isEmpty());
            // The rebuilt menus still work: the shortcuts are there once each, the language
            // chosen is checked.
            QMenu *view = window.menuBar()->actions().at(2)->menu();
            QVERIFY(view);
            bool checked = false;
            for (QAction *action : view->actions()) {
                if (action->menu() && action->menu()->actions().size() == 3)
                    checked = action->menu()->actions().at(1)->isChecked();
            }
            QVERIFY(checked);
            // Rebuilding the menus leaves no actions behind.
            const qsizetype actions = window.findChildren<QAction *>().size();
            switchLanguage(QStringLiteral("en"));
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            QCOMPARE(window.findChildren<QAction *>().size(), actions);
            QCOMPARE(texts().first(), QStringLiteral("&File"));
        }
        switchLanguage(before);
    }

    void germanInterface()
    {
        // The catalogues are built into the GUI library; German is complete (lrelease reports it).
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/lagebild_de")));
        QCoreApplication::installTranslator(&german);
        QTemporaryDir dir;
        {
            MainWindow window(ArticleStore::open(dir.filePath(QStringLiteral("de.sqlite"))).value());
            QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
            QCOMPARE(window.articleModel()
                         ->headerData(ArticleTableModel::TitleColumn, Qt::Horizontal, Qt::DisplayRole)
                         .toString(),
                QStringLiteral("Titel"));
            QCOMPARE(window.filterPanel()->searchField()->placeholderText().isEmpty(), false);
            QVERIFY(window.filterPanel()->searchField()->placeholderText()
                != QStringLiteral("Search the articles…"));
            // Every column is as wide as its German header ("Erwähnungen", "Schlagwörter").
            QHeaderView *header = window.articleTable()->horizontalHeader();
            for (int column = 0; column < window.articleModel()->columnCount(); ++column) {
                const QString title
                    = window.articleModel()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
                QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title) + 16,
                    qPrintable(title));
            }
            // The View menu names each thing once (the docks' toggles live in View → Panels).
            QMenu *view = window.menuBar()->actions().at(2)->menu();
            QStringList names;
            for (QAction *action : view->actions()) {
                if (!action->isSeparator())
                    names.append(QString(action->text()).remove(QLatin1Char('&')));
            }
            QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
            QVERIFY(names.contains(QStringLiteral("Filter")));
            // Relation types in German for display; unknown identifiers at least without underscores.
            QCOMPARE(relationTypeLabel(QStringLiteral("partners_with")), QStringLiteral("kooperiert mit"));
            QCOMPARE(relationTypeLabel(QStringLiteral("sells_to")), QStringLiteral("sells to"));
            // Every kind of the article history in German; its types too.
            for (int kind = 0; !editKindName(EditKind(kind)).isEmpty(); ++kind) {
                ArticleEdit edit;
                edit.kind = EditKind(kind);
                const QString shown = HistoryDialog::kindText(edit);
                QVERIFY2(!shown.isEmpty() && shown != QString::fromUtf8(editKindLabel(EditKind(kind))),
                    qPrintable(editKindName(EditKind(kind))));
            }
            ArticleEdit claim;
            claim.kind = EditKind::RelationCorrected;
            claim.detail = relationEditDetail(
                               QStringLiteral("supplies"), QStringLiteral("Nvidia"), QStringLiteral("Huawei"))
                + QStringLiteral(" ⇒ ")
                + relationEditDetail(
                    QStringLiteral("partners_with"), QStringLiteral("Nvidia"), QStringLiteral("Huawei"));
            QCOMPARE(HistoryDialog::detailText(claim),
                QStringLiteral("%1: Nvidia → Huawei ⇒ kooperiert mit: Nvidia → Huawei")
                    .arg(relationTypeLabel(QStringLiteral("supplies"))));

            // Tooltips name the type in German: "Zahl: …", never "QUANTITY: …".
            const QString folder = dir.filePath(QStringLiteral("in"));
            QDir().mkpath(folder);
            QFile text(QDir(folder).filePath(QStringLiteral("chips.txt")));
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write(
                "Nvidia liefert Chips an Huawei\n\nNvidia liefert nach Angaben von Reuters 421.000 Chips "
                "an Huawei in Shenzhen. Der Umsatz stieg um 12 Prozent auf 4,5 Milliarden Dollar.");
            text.close();
            QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
            window.importPaths({folder});
            QVERIFY(done.wait(120000));
            window.articleTable()->setCurrentIndex(
                window.articleModel()->index(0, ArticleTableModel::TitleColumn));
            ArticleMentionsModel *mentions = window.mentionsModel();
            QVERIFY(mentions->rowCount() > 2);
            bool quantity = false;
            for (int row = 0; row < mentions->rowCount(); ++row) {
                const QModelIndex index = mentions->index(row, 0);
                const QString tip = index.data(Qt::ToolTipRole).toString();
                const QString type = index.data(EntityTypeRole).toString();
                QVERIFY2(!tip.startsWith(type + QLatin1Char(':')), qPrintable(tip));
                if (type == QLatin1String("QUANTITY")) {
                    quantity = true;
                    QVERIFY2(tip.startsWith(QStringLiteral("Zahl: ")), qPrintable(tip));
                }
            }
            QVERIFY(quantity);

            // Figures as German readers write them (issue 15, point 6).
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
            ReportedFigure f;
            f.value = 2.0 / 3.0;
            f.unit = QStringLiteral("fraction");
            f.approx = true;
            QCOMPARE(readableFigure(f), QStringLiteral("zwei Drittel"));
            f.value = 421000;
            f.unit = QStringLiteral("count");
            f.approx = false;
            QCOMPARE(readableFigure(f), QStringLiteral("421.000 Stück"));
            f.approx = true;
            QCOMPARE(readableFigure(f), QStringLiteral("rund 421.000 Stück"));
            f.approx = false;
            f.value = 15;
            f.unit = QStringLiteral("percent");
            QCOMPARE(readableFigure(f), QStringLiteral("15 %"));
            f.value = 4.5e9;
            f.unit = QStringLiteral("USD");
            QCOMPARE(readableFigure(f), QStringLiteral("4,5 Mrd. US-Dollar"));
            QCOMPARE(readableUnit(QStringLiteral("fraction")), QStringLiteral("Anteil"));
            QCOMPARE(readableUnit(QStringLiteral("EUR")), QStringLiteral("Euro"));
            QLocale::setDefault(QLocale::c());
        }
        QCoreApplication::removeTranslator(&german);
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/lagebild_en")));
        QCoreApplication::installTranslator(&english);
        QCOMPARE(ArticleTableModel::tr("%n entity mention(s) in the text", nullptr, 1),
            QStringLiteral("1 entity mention in the text"));
        QCoreApplication::removeTranslator(&english);
    }

    void saveACopyWhileWorking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        MainWindow window(ArticleStore::open(path).value());
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importSampleIfEmpty();
        QVERIFY(done.wait(120000));
        window.tagArticles({window.articleModel()->index(0, 0).data(ArticleIdRole).toLongLong()},
            {QStringLiteral("Sicherung")});

        QSignalSpy saved(&window, &MainWindow::copySaved);
        const QString copy = dir.filePath(QStringLiteral("kopie.sqlite"));
        window.saveCopy(copy);
        QVERIFY(saved.wait(60000));
        QCOMPARE(saved.first().at(1).toString(), QString());
        auto reopened = ArticleStore::open(copy);
        QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
        QCOMPARE(Sqlite::queryInt64((*reopened)->database(), u"SELECT count(*) FROM articles")->value_or(-1),
            Sqlite::queryInt64(window.database(), u"SELECT count(*) FROM articles")->value_or(-2));
        QCOMPARE(
            Sqlite::queryInt64((*reopened)->database(), u"SELECT count(*) FROM tags WHERE name = 'Sicherung'")
                ->value_or(-1),
            1);
    }

    // After an upgrade that changed tokenization the window rebuilds the search index in the
    // background, behind a progress dialog, and searches find with the new stems afterwards.
    void outdatedSearchIndexIsRebuiltOnOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("i.sqlite"));
        {
            auto store = ArticleStore::open(path).value();
            for (int i = 1; i <= 3; ++i) {
                Article a;
                a.title = QStringLiteral("Förderung %1").arg(i);
                a.body = QStringLiteral("Der Bund fördert Speicher.");
                a.rawOriginal = a.title + QLatin1String("\n\n") + a.body;
                a.language = QStringLiteral("de");
                a.contentHash = QString::number(i);
                a.originalFormat = QStringLiteral("txt");
                QVERIFY(store->insertArticle(a));
            }
            // As written by an older version: its stems, its version number.
            QVERIFY(store->database().execute(
                QStringLiteral("INSERT INTO article_fts(article_fts) VALUES('delete-all'); "
                               "UPDATE meta SET value = '0' WHERE key = 'tokenizer_version'")));
        }
        MainWindow window(ArticleStore::open(path).value());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!SearchIndex(window.database()).isOutdated().value(), 60000);
        QCOMPARE(Sqlite::queryInt64(window.database(),
                     u"SELECT count(*) FROM article_fts WHERE article_fts MATCH 'Förderungen'")
                     ->value_or(-1),
            3);
        QTRY_VERIFY(!window.findChild<QProgressDialog *>());
        window.close();
    }

    void handWorkIsUndoableAndPersistent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edits.sqlite"));
        QList<ArticleId> ids;
        {
            MainWindow window(ArticleStore::open(path).value());
            QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
            window.importSampleIfEmpty();
            QVERIFY(done.wait(120000));
            ids = {window.articleModel()->articleId(0), window.articleModel()->articleId(1),
                window.articleModel()->articleId(2)};
            auto tagsOf = [&](ArticleId id) {
                for (int row = 0; row < window.articleModel()->rowCount(); ++row) {
                    if (window.articleModel()->articleId(row) == id)
                        return window.articleModel()
                            ->index(row, ArticleTableModel::TagsColumn)
                            .data()
                            .toString();
                }
                return QString();
            };
            window.tagArticles(ids, {QStringLiteral("Zoll"), QStringLiteral("Lage Asien")});
            QCOMPARE(tagsOf(ids[0]), QStringLiteral("Lage Asien, Zoll"));
            window.untagArticles({ids[1]}, {QStringLiteral("Zoll")});
            QCOMPARE(tagsOf(ids[1]), QStringLiteral("Lage Asien"));
            window.undoStack()->undo();
            QCOMPARE(tagsOf(ids[1]), QStringLiteral("Lage Asien, Zoll"));
            window.undoStack()->undo();
            QCOMPARE(tagsOf(ids[0]), QString());
            window.undoStack()->redo();
            QCOMPARE(tagsOf(ids[2]), QStringLiteral("Lage Asien, Zoll"));
            window.setNote(ids[0], QStringLiteral("prüfen"));
            window.setNote(ids[0], QStringLiteral("prüfen bis Freitag"));
            QCOMPARE(window.undoStack()->count(), 2); // the two note edits merged into one step
            window.undoStack()->undo();
            window.undoStack()->redo();

            // Edit → Article History lists every change, undos included, newest first.
            QVERIFY(window.selectArticle(ids[0]));
            window.showHistory();
            auto *dialog = window.findChild<QDialog *>(QStringLiteral("historyDialog"));
            QVERIFY(dialog && dialog->isVisible());
            auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("historyList"));
            QVERIFY(list);
            // Zoll and Lage Asien added, removed (undo), added (redo); the note written twice,
            // removed (undo of the merged step) and written again (redo).
            QCOMPARE(list->topLevelItemCount(), 10);
            const QTreeWidgetItem *newest = list->topLevelItem(0);
            QCOMPARE(newest->text(1), localUserName());
            QCOMPARE(newest->text(2), QStringLiteral("Note set"));
            QCOMPARE(newest->text(3), QStringLiteral("prüfen bis Freitag"));
            QCOMPARE(list->topLevelItem(9)->text(2), QStringLiteral("Tag added"));
            dialog->close();
        }
        // Reopened: every committed edit is there.
        auto store = ArticleStore::open(path).value();
        QCOMPARE(store->tagsOf(ids[0]).value(),
            (QStringList {QStringLiteral("Lage Asien"), QStringLiteral("Zoll")}));
        QCOMPARE(store->tagsOf(ids[2]).value(),
            (QStringList {QStringLiteral("Lage Asien"), QStringLiteral("Zoll")}));
        QCOMPARE(store->article(ids[0]).value()->note, QStringLiteral("prüfen bis Freitag"));
    }

    // Issue 14: two writers of one note. The later wins, and says so: who wrote the note it
    // replaced and when; undo gives that text back, step by step.
    void noteChangedElsewhereIsSaid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        MainWindow window(ArticleStore::open(path).value());
        window.show();
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importSampleIfEmpty();
        QVERIFY(done.wait(120000));
        const ArticleId id = window.articleModel()->articleId(0);
        auto other = ArticleStore::open(path).value();
        const QString initial = other->article(id).value()->note;
        window.setNote(id, QStringLiteral("prüfen"), initial);
        QCOMPARE(window.issues()->rowCount(), 0);
        // Another program (lagebild-cli note, a second window) writes the note meanwhile.
        QVERIFY(other->setNote(id, QStringLiteral("Quelle anrufen")));
        window.setNote(id, QStringLiteral("prüfen bis Freitag"), QStringLiteral("prüfen"));
        QCOMPARE(other->article(id).value()->note, QStringLiteral("prüfen bis Freitag"));
        QCOMPARE(window.issues()->rowCount(), 1);
        const Issue &issue = window.issues()->issue(0);
        QCOMPARE(issue.severity, IssueSeverity::Warning);
        QCOMPARE(issue.source, IssueSource::Edit);
        QCOMPARE(issue.article, id);
        QVERIFY2(issue.message.contains(localUserName()), qPrintable(issue.message));
        QCOMPARE(window.statusBar()->currentMessage(), issue.message);
        // Not merged with the first step: undo brings back the other writer's text, then the first.
        QCOMPARE(window.undoStack()->count(), 2);
        window.undoStack()->undo();
        QCOMPARE(other->article(id).value()->note, QStringLiteral("Quelle anrufen"));
        window.undoStack()->undo();
        QCOMPARE(other->article(id).value()->note, initial);
        // The note as shown is the note stored: no notice.
        window.setNote(id, QStringLiteral("erledigt"), initial);
        QCOMPARE(window.issues()->rowCount(), 1);

        // The article gone meanwhile (removed by hand in the file): the typed text is shown, not
        // dropped.
        QCOMPARE(removeArticleByHand(*other, id), QString());
        window.setNote(id, QStringLiteral("Quelle prüfen"), QStringLiteral("erledigt"));
        QCOMPARE(window.issues()->rowCount(), 2);
        QCOMPARE(window.issues()->issue(1).severity, IssueSeverity::Error);
        QVERIFY2(window.issues()->issue(1).message.contains(QStringLiteral("Quelle prüfen")),
            qPrintable(window.issues()->issue(1).message));
    }

    // The same for the publication date: another writer's date replaced is said (who and when),
    // and a date for an article no longer there is an error, not dropped unseen.
    void dateChangedElsewhereIsSaid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dates.sqlite"));
        MainWindow window(ArticleStore::open(path).value());
        window.show();
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importSampleIfEmpty();
        QVERIFY(done.wait(120000));
        const ArticleId id = window.articleModel()->articleId(0);
        auto other = ArticleStore::open(path).value();
        const PublicationDate initial = other->article(id).value()->published;
        const PublicationDate march = PublicationDate::month(2021, 3, DateOrigin::Manual);
        window.corrections()->setPublicationDate(id, march, initial);
        QCOMPARE(window.issues()->rowCount(), 0);
        QVERIFY(other->setPublished(id, PublicationDate::year(2019, DateOrigin::Manual)));
        const PublicationDate april = PublicationDate::month(2021, 4, DateOrigin::Manual);
        window.corrections()->setPublicationDate(id, april, march);
        QCOMPARE(other->article(id).value()->published.toIsoString(), QStringLiteral("2021-04"));
        QCOMPARE(window.issues()->rowCount(), 1);
        QCOMPARE(window.issues()->issue(0).severity, IssueSeverity::Warning);
        QCOMPARE(window.issues()->issue(0).article, id);
        QVERIFY2(window.issues()->issue(0).message.contains(localUserName()),
            qPrintable(window.issues()->issue(0).message));
        window.undoStack()->undo();
        QCOMPARE(other->article(id).value()->published.toIsoString(), QStringLiteral("2019"));

        QCOMPARE(removeArticleByHand(*other, id), QString());
        window.corrections()->setPublicationDate(id, march, april);
        QCOMPARE(window.issues()->rowCount(), 2);
        QCOMPARE(window.issues()->issue(1).severity, IssueSeverity::Error);
        QVERIFY2(window.issues()->issue(1).message.contains(QLatin1String("2021-03")),
            qPrintable(window.issues()->issue(1).message));
    }

    // A note or date over another writer's whose write the database refuses says only the error,
    // not that it replaced theirs: the notice follows the write (conflictnotice.h).
    void noteAndDateConflictsAreSaidOnlyWhenWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refusednote.sqlite"));
        MainWindow window(ArticleStore::open(path).value());
        window.show();
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importSampleIfEmpty();
        QVERIFY(done.wait(120000));
        const ArticleId id = window.articleModel()->articleId(0);
        auto other = ArticleStore::open(path).value();
        const QString initialNote = other->article(id).value()->note;
        const PublicationDate initialDate = other->article(id).value()->published;
        QVERIFY(other->setNote(id, QStringLiteral("Quelle anrufen")));
        QVERIFY(other->setPublished(id, PublicationDate::year(2019, DateOrigin::Manual)));
        const auto refuse = [&](const QString &table, bool on) { QVERIFY(refuseWrites(*other, table, on)); };
        const auto anyReplaced = [&] {
            for (int row = 0; row < window.issues()->rowCount(); ++row)
                if (window.issues()->issue(row).message.contains(QStringLiteral("replaced")))
                    return true;
            return false;
        };
        refuse(QStringLiteral("notes"), true);
        window.setNote(id, QStringLiteral("prüfen"), initialNote);
        refuse(QStringLiteral("notes"), false);
        QCOMPARE(other->article(id).value()->note, QStringLiteral("Quelle anrufen"));
        QVERIFY(window.issues()->rowCount() >= 1);
        QVERIFY(!anyReplaced());
        refuse(QStringLiteral("articles"), true);
        window.corrections()->setPublicationDate(
            id, PublicationDate::month(2021, 3, DateOrigin::Manual), initialDate);
        refuse(QStringLiteral("articles"), false);
        QCOMPARE(other->article(id).value()->published.toIsoString(), QStringLiteral("2019"));
        QVERIFY(!anyReplaced());
        // Written: said.
        window.setNote(id, QStringLiteral("prüfen"), initialNote);
        QCOMPARE(other->article(id).value()->note, QStringLiteral("prüfen"));
        QVERIFY(anyReplaced());
    }

    // Issue 14: two writers of one mention. The later correction wins and says whose hand
    // correction it replaced and when; undo brings that one back. Removing what the other writer
    // removed already writes nothing and says nothing.
    void mentionCorrectedElsewhereIsSaid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mentions.sqlite"));
        MainWindow window(ArticleStore::open(path).value());
        window.show();
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importSampleIfEmpty();
        QVERIFY(done.wait(120000));
        window.articleTable()->setCurrentIndex(
            window.articleModel()->index(0, ArticleTableModel::TitleColumn));
        const ArticleId id = window.articleModel()->articleId(0);
        ArticleMentionsModel *mentions = window.mentionsModel();
        QCOMPARE(mentions->article(), id);
        std::vector<StoredMention> engine;
        for (int row = 0; row < mentions->rowCount(); ++row) {
            auto m = mentions->mentionAt(mentions->index(row, 0).data(MentionStartRole).toInt());
            if (m && m->type == QLatin1String("COMPANY") && !m->manual)
                engine.push_back(*m);
        }
        QVERIFY(engine.size() >= 2);
        const StoredMention first = engine[0];
        auto otherStore = ArticleStore::open(path).value();
        auto other = sqliteSqlWriter(otherStore->database());
        const auto storedAt
            = [&](const StoredMention &m) { return articleMentionAt(*other, id, m.start, m.end).value(); };

        // Another program retypes the mention by hand while the window shows the engine's.
        StoredMention theirs = first;
        theirs.type = QStringLiteral("ORGANIZATION");
        theirs.manual = true;
        QVERIFY(MentionCorrections(*other).replace(id, first, theirs));
        window.corrections()->linkMention(first, QStringLiteral("Anders AG"));
        QCOMPARE(storedAt(first)->canonical, QStringLiteral("Anders AG"));
        QCOMPARE(window.issues()->rowCount(), 1);
        const Issue &issue = window.issues()->issue(0);
        QCOMPARE(issue.severity, IssueSeverity::Warning);
        QCOMPARE(issue.source, IssueSource::Edit);
        QCOMPARE(issue.article, id);
        QVERIFY2(issue.message.contains(localUserName()), qPrintable(issue.message));
        QVERIFY2(issue.message.contains(first.text.simplified()), qPrintable(issue.message));
        QCOMPARE(window.statusBar()->currentMessage(), issue.message);
        // Undo gives the other writer's correction back, not the mention this window had shown.
        window.undoStack()->undo();
        QCOMPARE(storedAt(first)->type, QStringLiteral("ORGANIZATION"));
        QVERIFY(storedAt(first)->manual);

        // The mention as shown is the mention stored: no notice.
        window.corrections()->changeMentionType(*storedAt(first), QStringLiteral("PERSON"));
        QCOMPARE(storedAt(first)->type, QStringLiteral("PERSON"));
        QCOMPARE(window.issues()->rowCount(), 1);

        // Marking over a mention another writer removed by hand since the window read it.
        mentions->reload();
        const StoredMention second = *mentions->mentionAt(engine[1].start);
        QVERIFY(!second.manual);
        QVERIFY(MentionCorrections(*other).replace(id, second, std::nullopt));
        window.corrections()->markMention(second.start, second.end, QStringLiteral("ORGANIZATION"), {});
        QCOMPARE(window.issues()->rowCount(), 2);
        QVERIFY2(window.issues()->issue(1).message.contains(localUserName()),
            qPrintable(window.issues()->issue(1).message));
        QCOMPARE(storedAt(second)->type, QStringLiteral("ORGANIZATION"));

        // Removing a mention another writer removed already: nothing to write, nothing to say.
        mentions->reload();
        const StoredMention marked = *mentions->mentionAt(second.start);
        QVERIFY(MentionCorrections(*other).replace(id, marked, std::nullopt));
        const int steps = window.undoStack()->count();
        window.corrections()->removeMention(marked);
        QCOMPARE(window.undoStack()->count(), steps);
        QCOMPARE(window.issues()->rowCount(), 2);
        QVERIFY(!storedAt(second).has_value());

        // Another writer's mention of another span at that place: retyping the shown one would
        // stand beside theirs, so nothing is written and the warning says so.
        const StoredMention shown = *storedAt(first);
        StoredMention shorter = shown;
        shorter.end = shown.end - 1;
        shorter.text = shown.text.chopped(1);
        QVERIFY(MentionCorrections(*other).replace(id, shown, shorter));
        window.corrections()->changeMentionType(shown, QStringLiteral("COMPANY"));
        QCOMPARE(window.undoStack()->count(), steps);
        QCOMPARE(window.issues()->rowCount(), 3);
        QVERIFY2(window.issues()->issue(2).message.contains(QStringLiteral("not written")),
            qPrintable(window.issues()->issue(2).message));
        QVERIFY(!storedAt(shown).has_value());
        QCOMPARE(storedAt(shorter)->type, shown.type);
    }

    // The same for a verdict on a relation: the other analyst's verdict replaced is said, and
    // undo gives it back; a verdict given on what is stored says nothing.
    void verdictChangedElsewhereIsSaid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("verdicts.sqlite"));
        MainWindow window(ArticleStore::open(path).value());
        window.show();
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importSampleIfEmpty();
        QVERIFY(done.wait(120000));
        auto otherStore = ArticleStore::open(path).value();
        auto other = sqliteSqlWriter(otherStore->database());
        const qint64 relation = Sqlite::queryInt64(otherStore->database(),
            u"SELECT min(id) FROM relations WHERE origin = 'automatic' AND status = 'active'")
                                    ->value_or(0);
        QVERIFY(relation > 0);
        const auto verdict = [&] { return RelationRepository(*other).relation(relation).value()->verdict; };
        QVERIFY(RelationRepository(*other).setVerdict(relation, RelationVerdict::Rejected));
        window.relationReview()->confirm(relation, RelationVerdict::Unreviewed);
        QCOMPARE(verdict(), RelationVerdict::Confirmed);
        QCOMPARE(window.issues()->rowCount(), 1);
        const Issue &issue = window.issues()->issue(0);
        QCOMPARE(issue.severity, IssueSeverity::Warning);
        QCOMPARE(issue.source, IssueSource::Edit);
        QVERIFY2(issue.message.contains(localUserName()), qPrintable(issue.message));
        QCOMPARE(window.statusBar()->currentMessage(), issue.message);
        window.undoStack()->undo();
        QCOMPARE(verdict(), RelationVerdict::Rejected);
        window.relationReview()->confirm(relation, RelationVerdict::Rejected);
        QCOMPARE(verdict(), RelationVerdict::Confirmed);
        QCOMPARE(window.issues()->rowCount(), 1);
    }

    // A conflict's notice goes with the write: "replaced" once stored, "waits" while the team
    // server is away and "replaced" when it is written later, nothing for a write that fails.
    void conflictNoticeFollowsTheWrite()
    {
        using W = EditCommand::FirstWrite;
        Server server = Server::Up;
        QStringList written;
        QList<W> said;
        EditStack stack;
        stack.setEditsWaitForServer(true);
        const auto command = [&](const QString &name) {
            auto *c = new ServerCommand(server, written, name);
            c->setFirstWriteNotice([&said](W outcome) { said.append(outcome); });
            return c;
        };
        stack.push(command(QStringLiteral("A")));
        QVERIFY(said == QList<W>({W::Written}));
        said.clear();
        server = Server::Refusing;
        stack.push(command(QStringLiteral("B")));
        QVERIFY(said.isEmpty());
        server = Server::Away;
        stack.push(command(QStringLiteral("C")));
        stack.push(command(QStringLiteral("D"))); // waits behind C, never tried
        QVERIFY(said == QList<W>({W::Waits, W::Waits}));
        said.clear();
        stack.writeWaiting(); // still away: nothing said again
        QVERIFY(said.isEmpty());
        server = Server::Up;
        stack.writeWaiting();
        QVERIFY(said == QList<W>({W::WrittenLater, W::WrittenLater}));
        said.clear();
        // Undo and redo of a written edit say nothing.
        stack.undo();
        stack.redo();
        QVERIFY(said.isEmpty());
        // A waiting edit refused once the server answers: it said that it waits, never "replaced",
        // and then that it was not written.
        server = Server::Away;
        stack.push(command(QStringLiteral("E")));
        server = Server::Refusing;
        stack.writeWaiting();
        QVERIFY(said == QList<W>({W::Waits, W::Dropped}));
        QCOMPARE(stack.waitingCount(), 0);
        said.clear();
        // Taken back while it waits: one never tried is dropped at once; one tried once is written
        // and undone when the server is back; what waits is given up as the window closes.
        server = Server::Away;
        stack.push(command(QStringLiteral("F")));
        stack.push(command(QStringLiteral("G"))); // behind F, never tried
        stack.undoLatest();
        QVERIFY(said == QList<W>({W::Waits, W::Waits, W::Dropped}));
        said.clear();
        stack.undoLatest(); // F was tried: it waits to be taken back
        QVERIFY(said.isEmpty());
        server = Server::Up;
        stack.writeWaiting();
        QVERIFY(said == QList<W>({W::Dropped}));
        QCOMPARE(written.mid(written.size() - 2), QStringList({QStringLiteral("F"), QStringLiteral("-F")}));
        said.clear();
        server = Server::Away;
        stack.push(command(QStringLiteral("H")));
        stack.discardWaiting();
        QVERIFY(said == QList<W>({W::Waits, W::Dropped}));
        QVERIFY(!written.contains(QStringLiteral("G")) && !written.contains(QStringLiteral("H")));

        const QString waits = conflictOutcome(ConflictEdit::Correction, W::Waits, true);
        QVERIFY2(waits.contains(QStringLiteral("waits")) && !waits.contains(QStringLiteral("replaced")),
            qPrintable(waits));
        QVERIFY(conflictOutcome(ConflictEdit::Verdict, W::WrittenLater, false)
                    .contains(QStringLiteral("replaced")));
        QVERIFY(
            conflictOutcome(ConflictEdit::Correction, W::Written, true).contains(QStringLiteral("history")));
        const QString dropped = conflictOutcome(ConflictEdit::Correction, W::Dropped, true);
        QVERIFY2(
            dropped.contains(QStringLiteral("not written")) && !dropped.contains(QStringLiteral("replaced")),
            qPrintable(dropped));
    }

    // In the window: a correction or verdict over another writer's change whose write is refused
    // says no "replaced"; marking every occurrence and the relation Correct dialog say what they
    // replaced, the marking in one notice for all its occurrences.
    void conflictsAreSaidOnlyWhenWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conflicts.sqlite"));
        MainWindow window(ArticleStore::open(path).value());
        window.show();
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importSampleIfEmpty();
        QVERIFY(done.wait(120000));
        window.articleTable()->setCurrentIndex(
            window.articleModel()->index(0, ArticleTableModel::TitleColumn));
        const ArticleId id = window.articleModel()->articleId(0);
        ArticleMentionsModel *mentions = window.mentionsModel();
        QCOMPARE(mentions->article(), id);
        std::vector<StoredMention> engine;
        for (int row = 0; row < mentions->rowCount(); ++row) {
            auto m = mentions->mentionAt(mentions->index(row, 0).data(MentionStartRole).toInt());
            if (m && m->type == QLatin1String("COMPANY") && !m->manual)
                engine.push_back(*m);
        }
        QVERIFY(engine.size() >= 2);
        auto otherStore = ArticleStore::open(path).value();
        auto other = sqliteSqlWriter(otherStore->database());
        const auto storedAt
            = [&](const StoredMention &m) { return articleMentionAt(*other, id, m.start, m.end).value(); };
        const auto refuse
            = [&](const QString &table, bool on) { QVERIFY(refuseWrites(*otherStore, table, on)); };
        const auto anyReplaced = [&] {
            for (int row = 0; row < window.issues()->rowCount(); ++row) {
                if (window.issues()->issue(row).message.contains(QStringLiteral("replaced")))
                    return true;
            }
            return false;
        };

        // Another program retypes the mention; the window's link of it is refused.
        const StoredMention first = engine[0];
        StoredMention theirs = first;
        theirs.type = QStringLiteral("ORGANIZATION");
        theirs.manual = true;
        QVERIFY(MentionCorrections(*other).replace(id, first, theirs));
        refuse(QStringLiteral("mentions"), true);
        window.corrections()->linkMention(first, QStringLiteral("Anders AG"));
        refuse(QStringLiteral("mentions"), false);
        QCOMPARE(storedAt(first)->type, QStringLiteral("ORGANIZATION"));
        QCOMPARE(window.issues()->rowCount(), 1);
        QCOMPARE(window.issues()->issue(0).severity, IssueSeverity::Error);
        QVERIFY(!anyReplaced());

        // The same for a verdict.
        const qint64 relation = Sqlite::queryInt64(otherStore->database(),
            u"SELECT min(id) FROM relations WHERE origin = 'automatic' AND status = 'active'")
                                    ->value_or(0);
        QVERIFY(relation > 0);
        QVERIFY(RelationRepository(*other).setVerdict(relation, RelationVerdict::Rejected));
        refuse(QStringLiteral("relations"), true);
        window.relationReview()->confirm(relation, RelationVerdict::Unreviewed);
        refuse(QStringLiteral("relations"), false);
        QCOMPARE(window.issues()->rowCount(), 2);
        QCOMPARE(window.issues()->issue(1).severity, IssueSeverity::Error);
        QVERIFY(!anyReplaced());

        // The Correct dialog's correction over a verdict given meanwhile (handed back to the
        // engine here) is said as a verdict's is, and written.
        QVERIFY(RelationRepository(*other).setVerdict(relation, RelationVerdict::Unreviewed));
        const RelationRow original = RelationRepository(*other).relation(relation).value().value();
        const QString type
            = original.type == QLatin1String("owns") ? QStringLiteral("leads") : QStringLiteral("owns");
        QVERIFY(window.relationReview()->correct(
                    relation, type, original.targetId, original.sourceId, RelationVerdict::Rejected)
            > 0);
        QCOMPARE(window.issues()->rowCount(), 3);
        const Issue &corrected = window.issues()->issue(2);
        QCOMPARE(corrected.severity, IssueSeverity::Warning);
        QVERIFY2(corrected.message.contains(QStringLiteral("replaced"))
                && corrected.message.contains(localUserName()),
            qPrintable(corrected.message));

        // Marking every occurrence over a mention retyped elsewhere since the window read it:
        // written, and said once.
        const StoredMention second = engine[1];
        StoredMention retyped = second;
        retyped.type = QStringLiteral("ORGANIZATION");
        retyped.manual = true;
        QVERIFY(MentionCorrections(*other).replace(id, second, retyped));
        QVERIFY(window.corrections()->markAllOccurrences(second.text, QStringLiteral("PERSON"), {}) >= 1);
        QCOMPARE(storedAt(second)->type, QStringLiteral("PERSON"));
        QCOMPARE(window.issues()->rowCount(), 4);
        const Issue &marked = window.issues()->issue(3);
        QCOMPARE(marked.severity, IssueSeverity::Warning);
        QVERIFY2(marked.message.contains(second.text.simplified()) && marked.message.contains(localUserName())
                && marked.message.contains(QStringLiteral("replaced")),
            qPrintable(marked.message));
        // Undo gives the other writer's mention back.
        window.undoStack()->undo();
        QCOMPARE(storedAt(second)->type, QStringLiteral("ORGANIZATION"));
    }

    // Marking every occurrence over hand-made mentions in articles the window does not show: another
    // analyst's work there is said; the analyst's own earlier work is not a conflict.
    void markingEverywhereSaysOnlyAnotherAnalystsWork()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("markall.sqlite"));
        MainWindow window(ArticleStore::open(path).value());
        window.show();
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importSampleIfEmpty();
        QVERIFY(done.wait(120000));
        window.articleTable()->setCurrentIndex(
            window.articleModel()->index(0, ArticleTableModel::TitleColumn));
        const ArticleId shown = window.mentionsModel()->article();
        QVERIFY(shown > 0);
        auto otherStore = ArticleStore::open(path).value();
        auto other = sqliteSqlWriter(otherStore->database());
        // An engine's company in another article, retyped there by hand from outside the window.
        const ArticleId elsewhere = window.articleModel()->articleId(1);
        QVERIFY(elsewhere != shown);
        std::optional<StoredMention> company;
        for (const StoredMention &m :
            AnalysisRepository(otherStore->database()).mentionsOf(elsewhere).value()) {
            if (m.type == QLatin1String("COMPANY") && !m.manual && m.text.simplified().size() > 3) {
                company = m;
                break;
            }
        }
        QVERIFY(company);
        StoredMention retyped = *company;
        retyped.type = QStringLiteral("ORGANIZATION");
        retyped.manual = true;
        const auto replacedIssues = [&] {
            int n = 0;
            for (int row = 0; row < window.issues()->rowCount(); ++row)
                n += window.issues()->issue(row).message.contains(QStringLiteral("replaced"));
            return n;
        };
        const auto storedType
            = [&] { return articleMentionAt(*other, elsewhere, company->start, company->end).value()->type; };

        // Made under another analyst's name: said, naming her.
        QVERIFY(MentionCorrections(*other).replace(elsewhere, *company, retyped));
        QVERIFY(otherStore->database()
                    .execute(QStringLiteral(
                        "UPDATE edits SET made_by = 'kollegin' WHERE id = (SELECT max(id) FROM edits)"))
                    .hasValue());
        QVERIFY(window.corrections()->markAllOccurrences(company->text, QStringLiteral("PERSON"), {}) >= 1);
        QCOMPARE(storedType(), QStringLiteral("PERSON"));
        QCOMPARE(replacedIssues(), 1);
        QVERIFY(window.issues()
                    ->issue(window.issues()->rowCount() - 1)
                    .message.contains(QStringLiteral("kollegin")));
        window.undoStack()->undo();
        QCOMPARE(storedType(), QStringLiteral("ORGANIZATION"));

        // The undo is the analyst's own newest hand change there: marking again says nothing.
        QVERIFY(window.corrections()->markAllOccurrences(company->text, QStringLiteral("PERSON"), {}) >= 1);
        QCOMPARE(storedType(), QStringLiteral("PERSON"));
        QCOMPARE(replacedIssues(), 1);
    }

    // Issue 13: an edit the database refuses shows up in the issues panel and is not left on the
    // undo stack; an undo refused later clears the history, which no longer matches the database.
    void failedEditsReachTheIssuesPanel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refuse.sqlite"));
        MainWindow window(ArticleStore::open(path).value());
        window.resize(1280, 720);
        window.show();
        QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
        window.importSampleIfEmpty();
        QVERIFY(done.wait(120000));
        QVERIFY(window.issuesDock()->isHidden()); // nothing to show yet
        QAbstractItemModelTester tester(
            window.issues(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ArticleId id = window.articleModel()->articleId(0);
        // Another connection makes the database refuse new tags, as a full disk would.
        auto other = ArticleStore::open(path).value();
        QVERIFY(other->database()
                    .execute(QStringLiteral("CREATE TRIGGER refuse_tags BEFORE INSERT ON article_tags "
                                            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"))
                    .hasValue());
        QSignalSpy failed(window.undoStack(), &EditStack::editFailed);
        window.tagArticles({id, window.articleModel()->articleId(1)}, {QStringLiteral("Zoll")});
        QCOMPARE(failed.count(), 1);
        QCOMPARE(window.undoStack()->count(), 0);
        QCOMPARE(window.issues()->rowCount(), 1);
        const Issue &issue = window.issues()->issue(0);
        QCOMPARE(issue.source, IssueSource::Edit);
        QCOMPARE(issue.severity, IssueSeverity::Error);
        QVERIFY2(issue.message.contains(QStringLiteral("refused by the test")), qPrintable(issue.message));
        QVERIFY(window.issuesDock()->isVisible());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("refused by the test")));
        // All or nothing: neither article got the tag.
        QVERIFY(other->tagsOf(id).value().isEmpty());
        QVERIFY(other->tagsOf(window.articleModel()->articleId(1)).value().isEmpty());

        // Allowed again: the edit is stored and stacked; then its undo is refused.
        QVERIFY(other->database().execute(QStringLiteral("DROP TRIGGER refuse_tags")).hasValue());
        window.setNote(id, QStringLiteral("prüfen"));
        window.tagArticles({id}, {QStringLiteral("Zoll")});
        QCOMPARE(window.undoStack()->count(), 2);
        QVERIFY(other->database()
                    .execute(QStringLiteral("CREATE TRIGGER keep_tags BEFORE DELETE ON article_tags "
                                            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"))
                    .hasValue());
        window.undoStack()->undo();
        QCOMPARE(failed.count(), 2);
        QTRY_COMPARE(window.undoStack()->count(), 0);
        QCOMPARE(window.issues()->rowCount(), 2);
        QVERIFY(window.issues()->issue(1).message.contains(QStringLiteral("history")));
        // The database has what it had before the refused undo.
        QCOMPARE(other->tagsOf(id).value(), QStringList {QStringLiteral("Zoll")});
        QCOMPARE(other->article(id).value()->note, QStringLiteral("prüfen"));

        // The Errors toggle hides them; double-click on the undo's row opens its article (the
        // first edit was about two).
        window.issuesDock()->filter()->setSeverityShown(IssueSeverity::Error, false);
        QCOMPARE(window.issuesDock()->filter()->rowCount(), 0);
        window.issuesDock()->filter()->setSeverityShown(IssueSeverity::Error, true);
        QSignalSpy opened(window.issuesDock(), &IssuesDock::articleRequested);
        Q_EMIT window.issuesDock()->view()->activated(window.issuesDock()->filter()->index(1, 0));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).value<ArticleId>(), id);
    }

    // Issue 13: a full disk, a lock held by another program, a read-only file and a database of a
    // newer version are each said in the window — the issues panel and where the analyst acted —
    // naming the file and the reason; nothing stored is lost.
    void hostileConditionsAreSaidInTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.sqlite"));
        ArticleId id = 0;
        auto lastIssue = [](MainWindow &window) {
            const int rows = window.issues()->rowCount();
            return rows ? window.issues()->issue(rows - 1).message : QString();
        };
        {
            MainWindow window(ArticleStore::open(path).value());
            QSignalSpy done(&window, &MainWindow::backgroundWorkFinished);
            window.importSampleIfEmpty();
            QVERIFY(done.wait(120000));
            id = window.articleModel()->articleId(0);
            window.setNote(id, QStringLiteral("vorher"));
            QCOMPARE(window.undoStack()->count(), 1);

            // Disk full: the window's connection may not grow the file by a page.
            Sqlite::Statement pages(window.database(), u"PRAGMA page_count");
            QVERIFY(pages.step().value());
            QVERIFY(window.database()
                        .execute(QStringLiteral("PRAGMA max_page_count = %1").arg(pages.columnInt64(0)))
                        .hasValue());
            window.setNote(id, QString(1000000, QLatin1Char('x')));
            QVERIFY2(lastIssue(window).contains(path)
                    && lastIssue(window).contains(QStringLiteral("disk is full")),
                qPrintable(lastIssue(window)));
            QVERIFY(lastIssue(window).contains(QStringLiteral("Nothing of this edit was stored")));
            QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("disk is full")));
            QCOMPARE(window.undoStack()->count(), 1);
            QVERIFY(
                window.database().execute(QStringLiteral("PRAGMA max_page_count = 1073741823")).hasValue());

            // Locked: another connection holds the write lock longer than the window waits.
            auto holder = Sqlite::Database::open(path).value();
            QVERIFY(holder->execute(QStringLiteral("BEGIN EXCLUSIVE")).hasValue());
            window.tagArticles({id}, {QStringLiteral("Zoll")});
            QVERIFY(holder->execute(QStringLiteral("ROLLBACK")).hasValue());
            QVERIFY2(lastIssue(window).contains(path) && lastIssue(window).contains(QStringLiteral("locked")),
                qPrintable(lastIssue(window)));
            QCOMPARE(window.undoStack()->count(), 1);
            QCOMPARE(window.issues()->rowCount(), 2);
        }
        {
            auto store = ArticleStore::open(path).value();
            QCOMPARE(store->article(id).value()->note, QStringLiteral("vorher"));
            QVERIFY(store->tagsOf(id).value().isEmpty());
        }

        // Read-only: said when the window opens, no edit offered, and an edit asked for all the same
        // refused with the reason. Root writes
        // whatever the permissions say, so then SQLite's read-only URI stands in for them.
        const bool root = ::geteuid() == 0;
        if (!root)
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        {
            auto store = ArticleStore::open(root ? QStringLiteral("file:%1?mode=ro").arg(path) : path);
            QVERIFY2(store, qPrintable(store.errorMessage()));
            MainWindow window(std::move(store.value()));
            QCOMPARE(window.issues()->rowCount(), 1);
            QVERIFY2(lastIssue(window).contains(QStringLiteral("read-only")), qPrintable(lastIssue(window)));
            QVERIFY(window.issuesDock()->isVisibleTo(&window));
            // Nothing that would change the file is offered.
            QVERIFY(!window.corrections() && !window.learning() && !window.relationReview());
            QStringList offered;
            for (QAction *menu : window.menuBar()->actions()) {
                offered << menu->text().remove(QLatin1Char('&'));
                if (menu->menu()) {
                    for (QAction *action : menu->menu()->actions())
                        offered << action->text().remove(QLatin1Char('&'));
                }
            }
            for (const char *absent : {"Analysis", "Import…", "Load Sample Corpus", "Tag Selected Articles…",
                     "Remove Tags from Selected Articles…", "Edit Note…"})
                QVERIFY2(!offered.contains(QLatin1String(absent)), absent);
            QVERIFY(offered.contains(QStringLiteral("Article History…")));
            window.tagArticles({id}, {QStringLiteral("Zoll")});
            QVERIFY2(
                lastIssue(window).contains(path) && lastIssue(window).contains(QStringLiteral("read-only")),
                qPrintable(lastIssue(window)));
            QCOMPARE(window.undoStack()->count(), 0);
        }
        if (!root)
            QFile::setPermissions(
                path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

        // Newer: the window does not open; the message names the file and the version.
        {
            auto newer = Sqlite::Database::open(path).value();
            QVERIFY(newer->execute(QStringLiteral("PRAGMA user_version = 999")).hasValue());
        }
        QString shown;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->reject();
            }
        });
        poll.start(20);
        QCOMPARE(openWorkbench(path), nullptr);
        QVERIFY2(shown.contains(path) && shown.contains(QStringLiteral("newer Lagebild")), qPrintable(shown));
        auto check = Sqlite::Database::open(path).value();
        Sqlite::Statement version(*check, u"PRAGMA user_version");
        QVERIFY(version.step().value());
        QCOMPARE(version.columnInt64(0), 999);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
