// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/screenshottour.h"

#include "gui/correctionactions.h"
#include "gui/entitiespanel.h"
#include "gui/entitymanagerdialog.h"
#include "gui/figuresview.h"
#include "gui/filterpanel.h"
#include "gui/importdialog.h"
#include "gui/mainwindow.h"
#include "gui/networkview.h"
#include "gui/readerview.h"
#include "gui/relationdialog.h"
#include "gui/relationreview.h"
#include "gui/timelineview.h"
#include "render/networkfigure.h"
#include "store/analysisrepository.h"
#include "store/relationrepository.h"
#include "timeline/timelinequery.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QListWidget>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>

namespace Lagebild {

namespace {

// Long enough for background counts and repaints to settle between pictures.
constexpr int settleMs = 900;

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, QString folder)
    : QObject(window), m_window(window), m_folder(std::move(folder))
{
    QDir().mkpath(m_folder);
    m_steps = {
        [this] {
            save(m_window, QStringLiteral("articles-and-reader.png"));
            // The mark dialog (Ctrl+E) on a name selected in the open article. It runs its own
            // event loop, so it opens after this step; the next one takes its picture.
            ReaderView *reader = m_window->reader();
            const int at = int(reader->body().indexOf(QStringLiteral("Nvidia")));
            if (at < 0)
                return;
            QTextCursor cursor(reader->browser()->document());
            cursor.setPosition(reader->bodyStart() + at);
            cursor.setPosition(reader->bodyStart() + at + 6, QTextCursor::KeepAnchor);
            reader->browser()->setTextCursor(cursor);
            QTimer::singleShot(0, m_window->corrections()->readerActions().first(), &QAction::trigger);
        },
        [this] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                save(dialog, QStringLiteral("mark-mention.png"));
                dialog->reject();
            }
            QTextBrowser *browser = m_window->reader()->browser();
            browser->setTextCursor(QTextCursor(browser->document())); // no selection left behind
        },
        [this] {
            // The entities of the whole corpus, the most mentioned one with its mentions in context.
            if (auto *scope = m_window->entitiesPanel()->findChild<QComboBox *>())
                scope->setCurrentIndex(1);
            QTreeView *tree = m_window->entitiesPanel()->entityView();
            const QModelIndex group = tree->model()->index(0, 0);
            if (tree->model()->rowCount(group) > 0)
                tree->setCurrentIndex(tree->model()->index(0, 0, group));
        },
        [this] { save(m_window, QStringLiteral("entities-of-the-corpus.png")); },
        [this] { m_window->filterPanel()->setSearchText(QStringLiteral("Exportkontrollen")); },
        [this] { save(m_window, QStringLiteral("filtered-search.png")); },
        [this] {
            m_window->filterPanel()->clear();
            // Hand work for the history to show (the tour runs on a throwaway database): two
            // tags, one taken back, and a note.
            const ArticleId id = m_window->currentArticle();
            if (!id)
                return;
            const QList<ArticleId> current {id};
            m_window->tagArticles(current, {QStringLiteral("Exportkontrolle"), QStringLiteral("prüfen")});
            m_window->untagArticles(current, {QStringLiteral("prüfen")});
            m_window->setNote(current.first(), QStringLiteral("Zahlen mit dem Geschäftsbericht abgleichen"));
            m_window->showHistory(); // Edit → Article History of the current article
        },
        [this] {
            if (auto *history = m_window->findChild<QDialog *>(QStringLiteral("historyDialog"))) {
                save(history, QStringLiteral("article-history.png"));
                history->close();
            }
            m_window->corrections()->openEntityManager();
        },
        [this] {
            auto *manager = m_window->corrections()->entityManager();
            manager->findChild<QTableView *>()->selectRow(0);
            save(manager, QStringLiteral("entity-manager.png"));
            manager->close();
            m_window->openImportDialog();
        },
        [this] {
            save(m_window->importDialog(), QStringLiteral("import-dialog.png"));
            m_window->importDialog()->close();
            // The timeline of the two most discussed companies.
            m_window->tabs()->setCurrentWidget(m_window->timelineView());
            for (const QString &name : {QStringLiteral("Nvidia"), QStringLiteral("Huawei")}) {
                auto ids = TimelineQuery(m_window->database()).findEntities(name);
                if (ids && !ids->empty())
                    m_window->timelineView()->addEntity(ids->front(), name);
            }
        },
        [this] { save(m_window, QStringLiteral("timeline-mentions.png")); },
        [this] {
            m_window->timelineView()->showEvents(true);
            m_window->timelineView()->refresh();
        },
        [this] {
            save(m_window, QStringLiteral("timeline-events.png"));
            // Zoomed to the dense months, as a drag over the overview strip does.
            m_window->timelineView()->setEventPeriod(QDate(2025, 1, 1), QDate(2026, 2, 28));
        },
        [this] {
            save(m_window, QStringLiteral("timeline-events-zoomed.png"));
            m_window->timelineView()->setEventPeriod({}, {});
            // Reviewing relations: the first event's relation confirmed, the event shown with
            // the verdict buttons.
            auto events = TimelineQuery(m_window->database()).events({});
            if (!events)
                return;
            // One Nvidia (charted) takes part in with an entity the network shows.
            QSet<QString> shown;
            if (auto top = AnalysisRepository(m_window->database()).entities({}, 30)) {
                for (const EntitySummary &e : top.value())
                    shown.insert(e.canonical);
            }
            const auto first = std::find_if(events->begin(), events->end(), [&](const TimelineEvent &e) {
                return e.relationId
                    && (e.source == QLatin1String("Nvidia") || e.target == QLatin1String("Nvidia"))
                    && shown.contains(e.source) && shown.contains(e.target);
            });
            if (first == events->end())
                return;
            m_reviewed = first->relationId;
            m_window->relationReview()->confirm(m_reviewed);
            m_window->timelineView()->selectEvent(*first);
        },
        [this] {
            save(m_window, QStringLiteral("relation-review.png"));
            // The Correct dialog for that relation, as Correct… opens it.
            RelationRepository relations(m_window->database());
            auto row = relations.relation(m_reviewed);
            if (!row || !row->has_value())
                return;
            auto entities = relations.articleEntities((**row).article);
            if (!entities)
                return;
            auto *dialog = new RelationDialog(**row, entities.value(), m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setObjectName(QStringLiteral("correctRelation"));
            dialog->show();
        },
        [this] {
            if (auto *dialog = m_window->findChild<RelationDialog *>(QStringLiteral("correctRelation"))) {
                save(dialog, QStringLiteral("correct-relation.png"));
                dialog->close();
            }
            m_window->tabs()->setCurrentWidget(m_window->networkView());
        },
        [this] {
            // The layout runs in the background; the next step waits for it.
            if (m_window->networkView()->figure())
                m_window->networkView()->selectNode(0);
        },
        [this] {
            save(m_window, QStringLiteral("relationships.png"));
            // The link of the confirmed relation with the sentences behind it.
            NetworkView *network = m_window->networkView();
            auto row = RelationRepository(m_window->database()).relation(m_reviewed);
            if (!network->figure() || !row || !row->has_value())
                return;
            const auto &edges = network->figure()->network().edges;
            for (size_t k = 0; k < edges.size(); ++k) {
                if (edges[k].source == (**row).sourceId && edges[k].target == (**row).targetId
                    && !edges[k].isCoMention()) {
                    network->selectEdge(int(k));
                    network->detailList()->setCurrentRow(0);
                    break;
                }
            }
        },
        [this] {
            save(m_window, QStringLiteral("relationships-review.png"));
            m_window->tabs()->setCurrentWidget(m_window->figuresView());
            // The largest group, plotted below the list.
            QTreeView *figures = m_window->figuresView()->view();
            figures->setCurrentIndex(figures->model()->index(0, 0));
        },
        [this] {
            save(m_window, QStringLiteral("figures.png"));
            QApplication::quit();
        },
    };
}

void ScreenshotTour::start()
{
    QTimer::singleShot(settleMs, this, &ScreenshotTour::next);
}

void ScreenshotTour::next()
{
    if (m_step >= m_steps.size())
        return;
    m_steps[m_step++]();
    QTimer::singleShot(settleMs, this, &ScreenshotTour::next);
}

void ScreenshotTour::save(QWidget *widget, const QString &name)
{
    widget->grab().save(QDir(m_folder).filePath(name));
}

} // namespace Lagebild
