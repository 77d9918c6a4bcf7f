// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/relationtrust.h"
#include "gui/exportformat.h"
#include "gui/translatedtexts.h"
#include "store/articlefilter.h"
#include "store/relationrepository.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace Lagebild {

class CorpusSource;
class FigureWidget;
class EventChart;
class Figure;
class PageSetupBox;
class RelationReview;
struct TimelineEvent;

/// The Timeline tab: mentions over time for chosen entities (lines or bars, counts or shares,
/// bucket chosen by the span or by hand) or the dated events of the filtered articles in lanes.
/// Follows the browser's filters. Hover shows a bucket's figures or an event's sentence; a click
/// on a bucket filters the browser to its articles, a click on an event shows its evidence and
/// opens the article. Exports what it shows (PDF, SVG, PNG, CSV, TimelineJS).
class TimelineView final : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(CorpusSource &corpus, QWidget *parent = nullptr);
    ~TimelineView() override;

    void setFilter(const ArticleFilter &filter, const QString &description);
    /// The names the entity field completes (shared with the other tabs; the window keeps it).
    void setEntityNames(QAbstractItemModel *names);
    /// Adds an entity to chart (from the completion or the Entities dock).
    void addEntity(qint64 id, const QString &name);
    [[nodiscard]] QStringList entityNames() const;
    /// Recomputes the figure (after filters, analysis or choices changed).
    void refresh();
    /// Shows events instead of mention counts, or back.
    void showEvents(bool events);
    [[nodiscard]] Figure *figure() const;
    /// What the current figure can be exported as (TimelineJS only for events).
    [[nodiscard]] QList<ExportFormat> exportFormats() const;
    /// Writes the current figure or its data in the target's format.
    bool exportTo(const ExportTarget &target);
    /// Confirm, Correct… and Reject below the chart act on the clicked event's relation.
    void setRelationReview(RelationReview *review);
    /// Doubtful relations' events drawn faint or left out (View → Doubtful Relations).
    void setDoubtfulRelations(DoubtfulRelations doubtful);
    /// Shows an event's sentence below the chart as a click does, with the review buttons.
    void selectEvent(const TimelineEvent &event);
    /// The relation of the event shown below the chart, 0 for none.
    [[nodiscard]] qint64 selectedRelation() const { return m_evidenceRelation; }
    /// A verdict changed: redraw the events, and say what became of the shown one.
    void relationsChanged();
    /// Zooms the event chart's time axis to a period (kept through refreshes until reset); an
    /// invalid date shows the whole span again. The same as a drag over the overview strip or the
    /// axis, Ctrl+wheel over the chart, or the Whole Period button.
    void setEventPeriod(QDate first, QDate last);
    /// The period the event chart is zoomed to, invalid dates when it shows everything.
    [[nodiscard]] std::pair<QDate, QDate> eventPeriod() const { return m_period; }

Q_SIGNALS:
    void articleRequested(Lagebild::ArticleId id);
    /// An export could not be written (also shown in a message box where the analyst asked).
    void exportFailed(const QString &path, const QString &message);
    /// The analyst clicked a bucket: show these articles in the browser.
    void periodRequested(QDate from, QDate to, qint64 entity, const QString &name, const QString &type);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void addTypedEntity();
    /// The charted entities are remembered per database (QSettings) and come back after a restart.
    [[nodiscard]] QString settingsKey() const;
    void rememberEntities();
    void restoreEntities();
    void askToExport();
    [[nodiscard]] QString title() const;
    /// The shown event's sentence and its relation's standing; the review buttons to match.
    void updateEvidence();
    /// Lists the events of a "+n" badge in a menu at `at`; the chosen one, or -1.
    int chooseFromCluster(const EventChart &chart, const std::vector<int> &cluster, const QPoint &at);
    /// Ctrl+wheel over the event chart: narrows (steps > 0) or widens the period around the day
    /// under the mouse.
    bool zoomEvents(const QPointF &at, int steps);

    CorpusSource &m_source;
    ArticleFilter m_filter;
    QString m_filterText;
    std::vector<std::pair<qint64, QString>> m_entities;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_entityField = nullptr;
    QListWidget *m_entityList = nullptr;
    QComboBox *m_bucket = nullptr;
    QComboBox *m_style = nullptr;
    QComboBox *m_scale = nullptr;
    QComboBox *m_lanes = nullptr;
    PageSetupBox *m_page = nullptr;
    QScrollArea *m_scroll = nullptr;
    FigureWidget *m_canvas = nullptr;
    QLabel *m_evidence = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_wholePeriod = nullptr;
    std::pair<QDate, QDate> m_period;
    /// A drag choosing a period: where it started and on which band.
    enum class PeriodDrag { None, Strip, Axis };
    PeriodDrag m_periodDrag = PeriodDrag::None;
    QDate m_dragStart;
    RelationReview *m_review = nullptr;
    DoubtfulRelations m_doubtful = DoubtfulRelations::Faint;
    ArticleId m_evidenceArticle = 0;
    qint64 m_evidenceRelation = 0;
    std::optional<RelationVerdict> m_evidenceVerdict; ///< as shown, what a verdict replaces
    QString m_evidenceLabel;
    QString m_evidenceText; ///< after the label: date, sentence, source
    bool m_stale = true;
    TranslatedTexts m_texts;
};

} // namespace Lagebild
