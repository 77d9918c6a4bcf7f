// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "gui/exportformat.h"
#include "gui/translatedtexts.h"
#include "network/network.h"
#include "store/articlefilter.h"
#include "store/relationrepository.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace Lagebild {

class CorpusSource;
class FigureWidget;
class NetworkFigure;
class PageSetupBox;
class RelationReview;

/// The Relationships tab: the entity network under the browser's filters, laid out by Graphviz
/// on a pool thread. Filters: entity types, minimum link weight, top N, co-mentions and
/// relations, and one entity's neighbourhood at depth 1 or 2. Selecting a node highlights its
/// neighbours and lists its articles; selecting a link lists the sentences behind it; each line
/// opens its article. Zoom (Ctrl+wheel), pan (drag the background), drag nodes.
class NetworkView final : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkView(CorpusSource &corpus, QWidget *parent = nullptr);
    ~NetworkView() override;

    void setFilter(const ArticleFilter &filter, const QString &description);
    /// The names the "around an entity" field completes (shared; the window keeps it).
    void setEntityNames(QAbstractItemModel *names);
    /// Centres the network on one entity (depth from the spin box).
    void setEgo(qint64 id, const QString &name);
    void refresh();
    [[nodiscard]] bool isBusy() const { return m_watcher.isRunning(); }
    [[nodiscard]] NetworkFigure *figure() const;
    /// Selects a node as a click does: highlights, lists its articles.
    void selectNode(int index);
    void selectEdge(int index);
    [[nodiscard]] QListWidget *detailList() const { return m_details; }
    [[nodiscard]] QLineEdit *egoField() const { return m_egoField; }
    /// PDF, SVG, PNG, GraphML, GEXF, CSV edge list.
    [[nodiscard]] static QList<ExportFormat> exportFormats();
    /// Writes the network or its figure in the target's format.
    bool exportTo(const ExportTarget &target);
    /// The sentences behind a link offer Confirm, Correct… and Reject for their relations
    /// (context menu, and the buttons below the list).
    void setRelationReview(RelationReview *review);
    /// Doubtful relations drawn faint or left out (View → Doubtful Relations).
    void setDoubtfulRelations(DoubtfulRelations doubtful);
    /// The relation of the current line in the list of sentences, 0 for none.
    [[nodiscard]] qint64 currentRelation() const;
    /// A verdict changed: the list of sentences says so at once, the drawing follows.
    void relationsChanged();

Q_SIGNALS:
    void articleRequested(Lagebild::ArticleId id);
    /// An export could not be written (also shown in a message box where the analyst asked).
    void exportFailed(const QString &path, const QString &message);
    void networkReady();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Result
    {
        Network network;
        QString error;
    };
    void askToExport();
    [[nodiscard]] QString title() const;
    /// Lists the sentences behind the link between two entities.
    void listEvidence(qint64 a, qint64 b);
    void updateReviewButtons();

    CorpusSource &m_source;
    ArticleFilter m_filter;
    QString m_filterText;
    qint64 m_ego = 0;
    QString m_egoName;
    std::vector<std::pair<QString, QCheckBox *>> m_types;
    QSpinBox *m_top = nullptr;
    QSpinBox *m_minWeight = nullptr;
    QSpinBox *m_depth = nullptr;
    QCheckBox *m_coMentions = nullptr;
    QCheckBox *m_relations = nullptr;
    QLineEdit *m_egoField = nullptr;
    PageSetupBox *m_page = nullptr;
    QPushButton *m_relationTypes = nullptr;
    QScrollArea *m_scroll = nullptr;
    FigureWidget *m_canvas = nullptr;
    QLabel *m_detailTitle = nullptr;
    QListWidget *m_details = nullptr;
    QWidget *m_reviewButtons = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_reject = nullptr;
    RelationReview *m_review = nullptr;
    std::optional<RelationVerdict> m_shownVerdict; ///< the current line's, as the buttons last read it
    DoubtfulRelations m_doubtful = DoubtfulRelations::Faint;
    std::pair<qint64, qint64> m_listedEdge {0, 0}; ///< the link whose sentences are listed
    QFutureWatcher<Result> m_watcher;
    bool m_again = false;
    bool m_stale = true;
    int m_dragged = -1;
    TranslatedTexts m_texts;
};

} // namespace Lagebild
