// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/figuresview.h"

#include "figures/figuresexport.h"
#include "figures/figuresquery.h"
#include "gui/exportformat.h"
#include "gui/flowlayout.h"
#include "models/figureformat.h"
#include "models/figuresmodel.h"
#include "models/roles.h"
#include "render/timelinefigures.h"
#include "store/corpussource.h"

#include <QChartView>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace Lagebild {

FiguresView::FiguresView(CorpusSource &corpus, QWidget *parent) : QWidget(parent), m_source(corpus)
{
    m_model = new FiguresModel(this);
    m_disagreements = new QSortFilterProxyModel(this);
    m_disagreements->setSourceModel(m_model);
    m_disagreements->setFilterRole(FiguresModel::DisagreementRole);
    m_search = new QSortFilterProxyModel(this);
    m_search->setSourceModel(m_disagreements);
    m_search->setRecursiveFilteringEnabled(true);
    m_search->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setFilterKeyColumn(-1);
    m_find = new QLineEdit;
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::textChanged, m_search, &QSortFilterProxyModel::setFilterFixedString);
    m_onlyDisagreements = new QCheckBox;
    connect(m_onlyDisagreements, &QCheckBox::toggled, this, [this](bool on) {
        m_disagreements->setFilterFixedString(on ? QStringLiteral("yes") : QString());
        m_view->expandAll();
        updateEmptyNote();
    });
    // An empty list says why, instead of looking broken.
    m_emptyNote = new QLabel;
    m_emptyNote->setWordWrap(true);
    m_emptyNote->hide();
    connect(m_find, &QLineEdit::textChanged, this, &FiguresView::updateEmptyNote);
    auto *exportButton = new QPushButton;
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const ExportTarget target = askForExportTarget(this, tr("Export Figures"), {ExportFormat::Csv});
        if (!target.path.isEmpty())
            exportCsv(target.path);
    });
    m_view = new QTreeView;
    m_view->setModel(m_search);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(FiguresModel::FigureColumn, 260);
    m_view->header()->resizeSection(FiguresModel::DateColumn, 140);
    m_view->header()->resizeSection(FiguresModel::OutletColumn, 180);
    m_texts.add([this, exportButton] {
        m_find->setPlaceholderText(tr("Find a subject, outlet or word…"));
        m_onlyDisagreements->setText(tr("Only where outlets disagree"));
        exportButton->setText(tr("E&xport CSV…"));
        m_view->setToolTip(tr("Double-click a figure to open its article"));
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const ArticleId id = index.data(ArticleIdRole).toLongLong())
            Q_EMIT articleRequested(id);
    });
    auto *controlsWidget = new QWidget;
    auto *controls = new FlowLayout(controlsWidget);
    m_find->setMinimumWidth(m_find->fontMetrics().averageCharWidth() * 18);
    controls->addExpandingWidget(m_find);
    controls->addWidget(m_onlyDisagreements);
    controls->addWidget(exportButton);
    // The selected group's figures over time, one series per outlet: a disagreement shows as
    // points at different heights on the same days.
    m_chart = new QChartView;
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            QModelIndex source = m_disagreements->mapToSource(m_search->mapToSource(current));
            if (source.parent().isValid())
                source = source.parent();
            showGroup(source.isValid() ? source.row() : -1);
        });
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(controlsWidget);
    layout->addWidget(m_emptyNote);
    layout->addWidget(splitter, 1);
    showGroup(-1);
}

void FiguresView::showGroup(int index)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    const auto &groups = m_model->groups();
    if (index < 0 || index >= int(groups.size())) {
        chart->setTitle(tr("Select a group to see its figures over time"));
        m_chart->setChart(chart); // the view owns it and deletes the previous one
        return;
    }
    const FigureGroup &g = groups[size_t(index)];
    QString title = g.subject.isEmpty() ? tr("(no entity in the sentence)") : g.subject;
    if (!g.measure.isEmpty())
        title += QStringLiteral(" · ") + g.measure;
    if (const QString unit = readableUnit(g.unit); !unit.isEmpty())
        title += QStringLiteral(" (%1)").arg(unit);
    chart->setTitle(title);
    std::map<QString, QScatterSeries *> byOutlet;
    QDateTime first, last;
    double low = 0, high = 0;
    bool any = false;
    for (const ReportedFigure &f : g.figures) {
        if (!f.value || !f.date.isValid())
            continue;
        QScatterSeries *&series = byOutlet[f.outlet];
        if (!series) {
            series = new QScatterSeries;
            series->setName(f.outlet.isEmpty() ? tr("unknown outlet") : f.outlet);
            series->setMarkerSize(10);
            series->setColor(seriesColor(int(byOutlet.size()) - 1));
        }
        const QDateTime at(f.date.startOfDay());
        const double v = comparableValue(f).value_or(0); // a fraction as a percentage
        series->append(double(at.toMSecsSinceEpoch()), v);
        first = any ? std::min(first, at) : at;
        last = any ? std::max(last, at) : at;
        low = any ? std::min(low, v) : v;
        high = any ? std::max(high, v) : v;
        any = true;
    }
    if (!any) {
        chart->setTitle(title + tr(" — no single values to plot"));
        m_chart->setChart(chart);
        return;
    }
    // Say what is missing, so that one point for a group of three is not a puzzle.
    int plotted = 0;
    for (const auto &[outlet, series] : byOutlet)
        plotted += int(series->count());
    if (plotted < int(g.figures.size())) {
        // The chart's title is HTML: the note on a line of its own keeps a narrow chart readable.
        const QString note = tr(
            "%1 of %n figure(s) plotted (ranges and undated figures are not)", nullptr, int(g.figures.size()))
                                 .arg(plotted);
        chart->setTitle(
            title.toHtmlEscaped() + QStringLiteral("<br><small>%1</small>").arg(note.toHtmlEscaped()));
    }
    auto *x = new QDateTimeAxis;
    x->setRange(first.addDays(-20), last.addDays(20));
    // Ticks a few weeks apart need the day, or the month repeats ("Sept. 2025" three times).
    //: A date on the figures chart's axis (Qt date format); German puts a period after the day.
    const bool days = first.daysTo(last) + 40 < 200;
    x->setFormat(days ? tr("d MMM yyyy") : QStringLiteral("MMM yyyy"));
    x->setTickCount(days ? 4 : 5); // a day with its year is long: fewer ticks keep it whole
    auto *y = new QValueAxis;
    const double margin = std::max((high - low) * 0.1, std::abs(high) * 0.05 + 1e-9);
    y->setRange(std::min(0.0, low - margin), high + margin);
    // Round ticks ("2.000", "4.000"), written as the interface language writes numbers.
    y->applyNiceNumbers();
    chart->setLocalizeNumbers(true);
    // As many decimals as the tick spacing needs, never an exponent ("1E+04").
    const double step = (y->max() - y->min()) / std::max(1, y->tickCount() - 1);
    const int decimals = step > 0 ? std::clamp(int(-std::floor(std::log10(step))), 0, 3) : 0;
    y->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto &[outlet, series] : byOutlet) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    m_chart->setChart(chart);
}

void FiguresView::setFilter(const ArticleFilter &filter)
{
    m_filter = filter;
    m_stale = true;
    if (isVisible())
        refresh();
}

void FiguresView::refresh()
{
    m_stale = false;
    auto groups = FiguresQuery(m_source.reader()).groups(m_filter);
    m_model->setGroups(groups ? std::move(groups.value()) : std::vector<FigureGroup> {});
    // Disagreements are what the analyst came for: open those groups.
    for (int row = 0; row < m_search->rowCount(); ++row) {
        const QModelIndex group = m_search->index(row, 0);
        m_view->setExpanded(
            group, group.data(FiguresModel::DisagreementRole).toString() == QLatin1String("yes"));
    }
    updateEmptyNote();
}

QString FiguresView::emptyNote() const
{
    return m_emptyNote->isVisibleTo(this) ? m_emptyNote->text() : QString();
}

void FiguresView::updateEmptyNote()
{
    QString note;
    if (m_model->rowCount() == 0)
        note = tr("No figures in the filtered articles.");
    else if (m_search->rowCount() == 0 && m_onlyDisagreements->isChecked() && m_find->text().isEmpty())
        note = tr("Outlets agree on every figure here: no group has values from different outlets more than "
                  "10 % apart within two weeks (near-duplicate articles count once). Clear “Only where "
                  "outlets disagree” to see all %n group(s).",
            nullptr, m_model->rowCount());
    else if (m_search->rowCount() == 0)
        note = tr("No group matches “%1”.").arg(m_find->text());
    m_emptyNote->setText(note);
    m_emptyNote->setVisible(!note.isEmpty());
}

bool FiguresView::exportCsv(const QString &path)
{
    const QByteArray csv = figuresCsv(m_model->groups());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        Q_EMIT exportFailed(path, file.errorString());
        QMessageBox::warning(this, tr("Export failed"), tr("%1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void FiguresView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        m_stale = true;
        if (isVisible())
            refresh();
    }
    QWidget::changeEvent(event);
}

void FiguresView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

} // namespace Lagebild
