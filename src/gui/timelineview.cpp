// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/timelineview.h"

#include "core/dateformat.h"
#include "core/relationtypes.h"
#include "gui/exportformat.h"
#include "gui/figurewidget.h"
#include "gui/flowlayout.h"
#include "gui/pagesetupbox.h"
#include "gui/relationreview.h"
#include "render/figure.h"
#include "render/figureexport.h"
#include "render/timelinefigures.h"
#include "store/analysisrepository.h"
#include "store/corpussource.h"
#include "store/relationrepository.h"
#include "timeline/timelineexport.h"
#include "timeline/timelinequery.h"

#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace Lagebild {

TimelineView::TimelineView(CorpusSource &corpus, QWidget *parent) : QWidget(parent), m_source(corpus)
{
    m_mode = new QComboBox;
    m_mode->addItem(QString());
    m_mode->addItem(QString());
    m_entityField = new QLineEdit;
    m_entityField->setClearButtonEnabled(true);
    auto *completer = new QCompleter(this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_entityField->setCompleter(completer);
    connect(m_entityField, &QLineEdit::returnPressed, this, &TimelineView::addTypedEntity);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
        [this] { QMetaObject::invokeMethod(this, &TimelineView::addTypedEntity, Qt::QueuedConnection); });
    m_entityList = new QListWidget;
    m_entityList->setFlow(QListView::LeftToRight);
    m_entityList->setMaximumHeight(m_entityList->fontMetrics().height() * 2 + 8);

    connect(m_entityList, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const int row = m_entityList->row(item);
        m_entities.erase(m_entities.begin() + row);
        delete item;
        rememberEntities();
        refresh();
    });
    m_bucket = new QComboBox;
    m_bucket->addItem(QString());
    for (const Bucket bucket : {Bucket::Day, Bucket::Week, Bucket::Month, Bucket::Quarter})
        m_bucket->addItem(QString(), int(bucket));
    m_style = new QComboBox;
    m_style->addItems({QString(), QString()});
    m_scale = new QComboBox;
    m_scale->addItems({QString(), QString()});
    m_lanes = new QComboBox;
    m_lanes->addItems({QString(), QString()});
    auto *exportButton = new QPushButton;
    connect(exportButton, &QPushButton::clicked, this, &TimelineView::askToExport);
    m_wholePeriod = new QPushButton;
    m_wholePeriod->setEnabled(false);
    connect(m_wholePeriod, &QPushButton::clicked, this, [this] { setEventPeriod({}, {}); });
    m_page = new PageSetupBox;
    for (QComboBox *box : {m_mode, m_bucket, m_style, m_scale, m_lanes})
        connect(box, &QComboBox::currentIndexChanged, this, &TimelineView::refresh);

    m_canvas = new FigureWidget;
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_evidence = new QLabel;
    m_evidence->setWordWrap(true);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open = new QPushButton;
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_evidenceArticle)
            Q_EMIT articleRequested(m_evidenceArticle);
    });

    m_canvas->toolTipAt = [this](const QPointF &at) -> QString {
        if (auto *chart = dynamic_cast<MentionChart *>(m_canvas->figure())) {
            const int b = chart->bucketAt(m_canvas->figureArea(), at);
            if (b < 0)
                return {};
            const MentionTimeline &t = chart->timeline();
            QStringList lines {QStringLiteral("<b>%1</b>").arg(bucketLabel(t.starts[size_t(b)], t.bucket)),
                tr("%1 articles under the filters").arg(t.totals[size_t(b)])};
            for (const MentionSeries &s : t.series)
                lines.append(QStringLiteral("%1: %2 (%3%)")
                                 .arg(s.name.toHtmlEscaped())
                                 .arg(s.articles[size_t(b)])
                                 .arg(QLocale().toString(t.totals[size_t(b)]
                                         ? 100.0 * double(s.articles[size_t(b)]) / double(t.totals[size_t(b)])
                                         : 0.0,
                                     'f', 1)));
            lines.append(tr("<i>Click to read these articles</i>"));
            return lines.join(QLatin1String("<br>"));
        }
        if (auto *chart = dynamic_cast<EventChart *>(m_canvas->figure())) {
            const int e = chart->eventAt(m_canvas->figureArea(), at);
            if (e < 0)
                return {};
            const TimelineEvent &ev = chart->events()[size_t(e)];
            return QStringLiteral("<b>%1</b><br>%2 (%3)<br>%4<br><i>%5</i>")
                .arg(ev.caption().toHtmlEscaped(), readableNorm(ev.norm),
                    ev.dateFromText ? tr("date from the text") : tr("publication date only"),
                    ev.evidence.toHtmlEscaped(),
                    joinKnown({ev.outlet, readableDate(ev.published)}).toHtmlEscaped());
        }
        return {};
    };
    m_canvas->clicked = [this](const QPointF &at) {
        if (auto *chart = dynamic_cast<MentionChart *>(m_canvas->figure())) {
            const int b = chart->bucketAt(m_canvas->figureArea(), at);
            if (b >= 0) {
                const MentionTimeline &t = chart->timeline();
                const QDate from = t.starts[size_t(b)];
                // With one entity charted, the browser shows the articles that mention it.
                const bool one = t.series.size() == 1;
                Q_EMIT periodRequested(from, nextBucket(from, t.bucket).addDays(-1),
                    one ? t.series.front().entity : 0, one ? t.series.front().name : QString(),
                    one ? t.series.front().type : QString());
            }
        } else if (auto *events = dynamic_cast<EventChart *>(m_canvas->figure())) {
            int e = events->eventAt(m_canvas->figureArea(), at);
            if (e < 0) {
                // A "+n" badge opens: its events, to pick one.
                const std::vector<int> cluster = events->clusterAt(m_canvas->figureArea(), at);
                if (cluster.empty())
                    return;
                e = chooseFromCluster(*events, cluster, m_canvas->mapToGlobal(at.toPoint()));
                if (e < 0)
                    return;
            }
            selectEvent(events->events()[size_t(e)]);
        }
    };
    // Zoom to a period: drag over the overview strip or the axis labels, or Ctrl+wheel.
    m_canvas->pressed = [this](const QPointF &at) {
        auto *chart = dynamic_cast<EventChart *>(m_canvas->figure());
        m_periodDrag = PeriodDrag::None;
        if (!chart)
            return false;
        const QRectF area = m_canvas->figureArea();
        if (chart->overviewStrip(area).adjusted(0, -4, 0, 4).contains(at)) {
            m_periodDrag = PeriodDrag::Strip;
            m_dragStart = chart->overviewDay(area, at.x());
        } else if (chart->axisBand(area).contains(at)) {
            m_periodDrag = PeriodDrag::Axis;
            m_dragStart = chart->axisDay(area, at.x());
        }
        return m_periodDrag != PeriodDrag::None;
    };
    m_canvas->moved = [this](const QPointF &, const QPointF &to) {
        // The strip maps the whole span whatever the period, so it can follow the mouse.
        auto *chart = dynamic_cast<EventChart *>(m_canvas->figure());
        if (chart && m_periodDrag == PeriodDrag::Strip) {
            const QDate day = chart->overviewDay(m_canvas->figureArea(), to.x());
            if (std::abs(m_dragStart.daysTo(day)) >= 1)
                setEventPeriod(m_dragStart, day);
        }
    };
    m_canvas->released = [this](const QPointF &at) {
        auto *chart = dynamic_cast<EventChart *>(m_canvas->figure());
        const PeriodDrag drag = std::exchange(m_periodDrag, PeriodDrag::None);
        if (!chart || drag == PeriodDrag::None)
            return;
        const QRectF area = m_canvas->figureArea();
        const QDate day
            = drag == PeriodDrag::Strip ? chart->overviewDay(area, at.x()) : chart->axisDay(area, at.x());
        if (m_dragStart.daysTo(day) != 0) {
            setEventPeriod(m_dragStart, day);
        } else if (drag == PeriodDrag::Strip && m_period.first.isValid()) {
            // A click on the strip moves the chosen period there, keeping its length.
            const qint64 length = m_period.first.daysTo(m_period.second);
            setEventPeriod(day.addDays(-length / 2), day.addDays(length - length / 2));
        }
    };
    m_canvas->wheeled = [this](const QPointF &at, int steps) { return zoomEvents(at, steps); };
    // Right click on an event: what can be done with it, its relation's verdicts first.
    m_canvas->contextMenuAt = [this](const QPointF &at, const QPoint &global) {
        auto *chart = dynamic_cast<EventChart *>(m_canvas->figure());
        const int e = chart ? chart->eventAt(m_canvas->figureArea(), at) : -1;
        if (e < 0)
            return;
        const TimelineEvent ev = chart->events()[size_t(e)];
        selectEvent(ev);
        QMenu menu(this);
        if (m_review && ev.relationId) {
            m_review->addActions(&menu, ev.relationId);
            menu.addSeparator();
        }
        menu.addAction(
            tr("Open Article"), this, [this, article = ev.article] { Q_EMIT articleRequested(article); });
        menu.exec(global);
    };
    // The verdicts on the shown event's relation; hidden until an event with a relation is shown.
    m_confirm = new QPushButton;
    m_correct = new QPushButton;
    m_reject = new QPushButton;
    m_texts.add([this, exportButton] {
        m_mode->setItemText(0, tr("Mentions over time"));
        m_mode->setItemText(1, tr("Events"));
        m_entityField->setPlaceholderText(tr("Add an entity…"));
        m_entityList->setToolTip(tr("Double-click an entity to remove it"));
        m_bucket->setItemText(0, tr("Automatic"));
        m_bucket->setItemText(1, tr("Days"));
        m_bucket->setItemText(2, tr("Weeks"));
        m_bucket->setItemText(3, tr("Months"));
        m_bucket->setItemText(4, tr("Quarters"));
        m_style->setItemText(0, tr("Lines"));
        m_style->setItemText(1, tr("Bars"));
        m_scale->setItemText(0, tr("Articles"));
        m_scale->setItemText(1, tr("Share of articles"));
        m_lanes->setItemText(0, tr("Lanes by relation"));
        m_lanes->setItemText(1, tr("Lanes by entity"));
        exportButton->setText(tr("E&xport…"));
        m_wholePeriod->setText(tr("&Whole Period"));
        m_wholePeriod->setToolTip(tr("Show every event again after zooming to a period (drag over the strip "
                                     "below the events or over the axis, or Ctrl+wheel)"));
        m_open->setText(tr("Open Article"));
        m_confirm->setText(tr("Confirm"));
        m_confirm->setToolTip(
            tr("The sentence states this relation: draw it solid and keep it through every analysis"));
        m_correct->setText(tr("Correct…"));
        m_correct->setToolTip(tr("The sentence states another type, direction or entity"));
        m_reject->setText(tr("Reject"));
        m_reject->setToolTip(
            tr("The sentence does not state this relation: no event, no link, also after an analysis"));
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_review && m_evidenceRelation)
            m_review->confirm(m_evidenceRelation, m_evidenceVerdict);
    });
    connect(m_correct, &QPushButton::clicked, this, [this] {
        if (m_review && m_evidenceRelation)
            m_review->askToCorrect(m_evidenceRelation, m_evidenceVerdict);
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (m_review && m_evidenceRelation)
            m_review->reject(m_evidenceRelation, m_evidenceVerdict);
    });

    // Controls wrap onto a second line in a narrow window instead of widening it.
    auto *controlsWidget = new QWidget;
    auto *controls = new FlowLayout(controlsWidget);
    controls->addWidget(m_mode);
    m_entityField->setMinimumWidth(m_entityField->fontMetrics().averageCharWidth() * 18);
    controls->addExpandingWidget(m_entityField);
    controls->addWidget(m_bucket);
    controls->addWidget(m_style);
    controls->addWidget(m_scale);
    controls->addWidget(m_lanes);
    controls->addWidget(m_wholePeriod);
    controls->addWidget(m_page);
    controls->addWidget(exportButton);
    auto *evidence = new QHBoxLayout;
    evidence->addWidget(m_evidence, 1);
    for (QPushButton *button : {m_confirm, m_correct, m_reject}) {
        button->hide();
        evidence->addWidget(button);
    }
    evidence->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(controlsWidget);
    layout->addWidget(m_entityList);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(evidence);
    showEvents(false);
    restoreEntities();
}

TimelineView::~TimelineView() = default;

void TimelineView::setRelationReview(RelationReview *review)
{
    m_review = review;
    // The sentence shown now stands for the correction: show that one.
    connect(review, &RelationReview::relationCorrected, this, [this](qint64 original, qint64 correction) {
        if (m_evidenceRelation != original)
            return;
        m_evidenceRelation = correction;
        if (auto row = RelationRepository(m_source.sql()).relation(correction); row && row->has_value())
            m_evidenceLabel = relationEventCaption((**row).type, (**row).source, (**row).target);
        updateEvidence();
    });
    updateEvidence();
}

void TimelineView::setDoubtfulRelations(DoubtfulRelations doubtful)
{
    if (m_doubtful == doubtful)
        return;
    m_doubtful = doubtful;
    m_stale = true;
    if (isVisible())
        refresh();
}

void TimelineView::selectEvent(const TimelineEvent &ev)
{
    m_evidenceLabel = ev.caption();
    m_evidenceText = QStringLiteral(" — %1<br>%2 <i>(%3)</i>")
                         .arg(readableNorm(ev.norm), ev.evidence.toHtmlEscaped(),
                             joinKnown({ev.outlet, ev.title}).toHtmlEscaped());
    m_evidenceArticle = ev.article;
    m_evidenceRelation = ev.relationId;
    m_open->setEnabled(true);
    updateEvidence();
}

void TimelineView::updateEvidence()
{
    std::optional<RelationRow> row;
    if (m_evidenceRelation) {
        if (auto found = RelationRepository(m_source.sql()).relation(m_evidenceRelation))
            row = std::move(found.value());
    }
    m_evidenceVerdict = row ? std::optional<RelationVerdict>(row->verdict) : std::nullopt;
    const bool reviewable = m_review && row;
    m_confirm->setVisible(reviewable);
    m_correct->setVisible(reviewable);
    m_reject->setVisible(reviewable);
    const QString text = m_evidenceLabel.isEmpty()
        ? QString()
        : QStringLiteral("<b>%1</b>").arg(m_evidenceLabel.toHtmlEscaped()) + m_evidenceText;
    if (!row) {
        m_evidence->setText(text);
        return;
    }
    m_confirm->setEnabled(row->verdict != RelationVerdict::Confirmed);
    m_reject->setEnabled(row->verdict != RelationVerdict::Rejected);
    m_evidence->setText(
        text + QStringLiteral(" — <b>%1</b>").arg(RelationReview::describe(row->verdict, row->confidence)));
}

void TimelineView::relationsChanged()
{
    m_stale = true;
    if (isVisible() && m_mode->currentIndex() == 1)
        refresh();
    updateEvidence();
}

int TimelineView::chooseFromCluster(
    const EventChart &chart, const std::vector<int> &cluster, const QPoint &at)
{
    QMenu menu(this);
    for (const int k : cluster) {
        const TimelineEvent &ev = chart.events()[size_t(k)];
        menu.addAction(QStringLiteral("%1 — %2").arg(readableNorm(ev.norm), ev.caption()))->setData(k);
    }
    const QAction *chosen = menu.exec(at);
    return chosen ? chosen->data().toInt() : -1;
}

void TimelineView::setEventPeriod(QDate first, QDate last)
{
    auto *chart = dynamic_cast<EventChart *>(m_canvas->figure());
    if (chart) {
        // The chart clamps to its events and drops a period that covers them all.
        chart->setPeriod(first, last);
        m_period = chart->period();
        m_canvas->update();
    } else {
        m_period = {};
        if (first.isValid() && last.isValid())
            m_period = {std::min(first, last), std::max(first, last)};
    }
    m_wholePeriod->setEnabled(m_period.first.isValid());
}

bool TimelineView::zoomEvents(const QPointF &at, int steps)
{
    auto *chart = dynamic_cast<EventChart *>(m_canvas->figure());
    if (!chart || chart->events().empty())
        return false;
    const QRectF area = m_canvas->figureArea();
    const auto [first, last] = chart->shownPeriod(area);
    const QDate centre = chart->axisDay(area, at.x());
    const double factor = steps > 0 ? 0.7 : 1.0 / 0.7;
    // The day under the mouse stays where it is.
    const qint64 before = qMax<qint64>(1, qRound64(double(first.daysTo(centre)) * factor));
    const qint64 after = qMax<qint64>(1, qRound64(double(centre.daysTo(last)) * factor));
    setEventPeriod(centre.addDays(-before), centre.addDays(after));
    return true;
}

Figure *TimelineView::figure() const
{
    return m_canvas->figure();
}

void TimelineView::setEntityNames(QAbstractItemModel *names)
{
    m_entityField->completer()->setModel(names);
}

void TimelineView::setFilter(const ArticleFilter &filter, const QString &description)
{
    m_filter = filter;
    m_filterText = description;
    m_stale = true;
    if (isVisible())
        refresh();
}

void TimelineView::addEntity(qint64 id, const QString &name)
{
    for (const auto &[known, label] : m_entities) {
        if (known == id)
            return;
    }
    m_entities.emplace_back(id, name);
    m_entityList->addItem(name);
    rememberEntities();
    showEvents(m_mode->currentIndex() == 1);
    refresh();
}

QString TimelineView::settingsKey() const
{
    // Per database: another corpus has other entities. Hashed, as a path is no settings key.
    return QStringLiteral("timeline/entities-")
        + QString::fromLatin1(QCryptographicHash::hash(m_source.location().toUtf8(), QCryptographicHash::Sha1)
                                  .toHex()
                                  .left(16));
}

void TimelineView::rememberEntities()
{
    QSettings().setValue(settingsKey(), entityNames());
}

void TimelineView::restoreEntities()
{
    TimelineQuery query(m_source.reader());
    for (const QString &name : QSettings().value(settingsKey()).toStringList()) {
        auto ids = query.findEntities(name);
        if (ids && !ids->empty() && std::none_of(m_entities.begin(), m_entities.end(), [&](const auto &e) {
                return e.first == ids->front();
            })) {
            m_entities.emplace_back(ids->front(), name);
            m_entityList->addItem(name);
        }
    }
}

QStringList TimelineView::entityNames() const
{
    QStringList names;
    for (const auto &[id, name] : m_entities)
        names.append(name);
    return names;
}

void TimelineView::addTypedEntity()
{
    const QString name = m_entityField->text().simplified();
    if (name.isEmpty())
        return;
    TimelineQuery query(m_source.reader());
    auto ids = query.findEntities(name);
    if (!ids || ids->empty()) {
        m_evidence->setText(tr("No entity named “%1”.").arg(name.toHtmlEscaped()));
        return;
    }
    m_entityField->clear();
    addEntity(ids->front(), name);
}

void TimelineView::showEvents(bool events)
{
    const QSignalBlocker block(m_mode);
    m_mode->setCurrentIndex(events ? 1 : 0);
    m_bucket->setVisible(!events);
    m_style->setVisible(!events);
    m_scale->setVisible(!events);
    m_lanes->setVisible(events);
    m_wholePeriod->setVisible(events);
}

QString TimelineView::title() const
{
    const QString names = entityNames().join(QLatin1String(", "));
    if (m_mode->currentIndex() == 1)
        return names.isEmpty() ? tr("Events") : tr("Events: %1").arg(names);
    return tr("Mentions over time: %1").arg(names);
}

void TimelineView::refresh()
{
    m_bucket->setVisible(m_mode->currentIndex() == 0);
    m_style->setVisible(m_mode->currentIndex() == 0);
    m_scale->setVisible(m_mode->currentIndex() == 0);
    m_lanes->setVisible(m_mode->currentIndex() == 1);
    m_wholePeriod->setVisible(m_mode->currentIndex() == 1);
    m_stale = false;
    TimelineQuery query(m_source.reader());
    std::vector<qint64> ids;
    for (const auto &[id, name] : m_entities)
        ids.push_back(id);
    if (m_mode->currentIndex() == 1) {
        auto events = query.events(m_filter, ids, 2000, m_doubtful);
        if (!events) {
            m_canvas->setMessage(events.errorMessage());
            return;
        }
        QStringList subtitle {tr("%n dated event(s)", nullptr, int(events->size()))};
        if (!m_filterText.isEmpty())
            subtitle.append(m_filterText);
        auto chart
            = std::make_shared<EventChart>(events.value(), title(), subtitle.join(QStringLiteral(" · ")),
                m_lanes->currentIndex() == 1 ? EventChart::Lanes::ByEntity : EventChart::Lanes::ByRelation);
        chart->setPeriod(m_period.first, m_period.second);
        m_canvas->setFigure(std::move(chart));
        return;
    }
    if (m_entities.empty()) {
        m_canvas->setFigure(nullptr);
        m_canvas->setMessage(
            tr("Add entities above (or double-click one in the Entities dock with the Timeline "
               "open) to see how often they are mentioned over time."));
        return;
    }
    std::optional<Bucket> bucket;
    if (m_bucket->currentIndex() > 0)
        bucket = Bucket(m_bucket->currentData().toInt());
    auto timeline = query.mentions(m_filter, ids, bucket);
    if (!timeline) {
        m_canvas->setMessage(timeline.errorMessage());
        return;
    }
    QStringList subtitle;
    if (!timeline->starts.empty())
        subtitle.append(
            QStringLiteral("%1 – %2").arg(QLocale().toString(timeline->starts.front(), shortDateFormat()),
                QLocale().toString(
                    nextBucket(timeline->starts.back(), timeline->bucket).addDays(-1), shortDateFormat())));
    if (!m_filterText.isEmpty())
        subtitle.append(m_filterText);
    m_canvas->setFigure(
        std::make_shared<MentionChart>(timeline.value(), title(), subtitle.join(QStringLiteral(" · ")),
            m_style->currentIndex() == 1 ? MentionChart::Style::Bars : MentionChart::Style::Lines,
            m_scale->currentIndex() == 1 ? MentionChart::Scale::Share : MentionChart::Scale::Articles));
}

QList<ExportFormat> TimelineView::exportFormats() const
{
    if (m_mode->currentIndex() == 1)
        return {ExportFormat::Pdf, ExportFormat::Svg, ExportFormat::Png, ExportFormat::Csv,
            ExportFormat::TimelineJs};
    return {ExportFormat::Pdf, ExportFormat::Svg, ExportFormat::Png, ExportFormat::Csv};
}

bool TimelineView::exportTo(const ExportTarget &target)
{
    Figure *current = m_canvas->figure();
    if (!current || !exportFormats().contains(target.format))
        return false;
    Expected<void> written;
    if (target.format == ExportFormat::Pdf) {
        auto pages = writePdf(*current, target.path, m_page->setup());
        written = pages ? Expected<void>() : Expected<void>(pages.error());
    } else if (target.format == ExportFormat::Svg) {
        written = writeSvg(*current, target.path);
    } else if (target.format == ExportFormat::Png) {
        written = writePng(*current, target.path);
    } else {
        QByteArray bytes;
        if (auto *chart = dynamic_cast<MentionChart *>(current))
            bytes = mentionTimelineCsv(chart->timeline());
        else if (auto *events = dynamic_cast<EventChart *>(current))
            bytes = target.format == ExportFormat::TimelineJs
                ? timelineJs(events->events(), current->title(), current->subtitle())
                : eventsCsv(events->events());
        QSaveFile file(target.path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            written = Error {file.errorString()};
    }
    if (!written) {
        Q_EMIT exportFailed(target.path, written.errorMessage());
        QMessageBox::warning(
            this, tr("Export failed"), tr("%1: %2").arg(target.path, written.errorMessage()));
    }
    return bool(written);
}

void TimelineView::askToExport()
{
    const ExportTarget target = askForExportTarget(this, tr("Export Timeline"), exportFormats());
    if (!target.path.isEmpty())
        exportTo(target);
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        // The figure's title and subtitle are written when it is computed.
        m_stale = true;
        if (isVisible())
            refresh();
    }
    QWidget::changeEvent(event);
}

void TimelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
    m_canvas->updateSize();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_canvas->updateSize();
}

} // namespace Lagebild
