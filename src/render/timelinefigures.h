// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/figure.h"
#include "timeline/timeline.h"

#include <QColor>
#include <QFontMetricsF>

namespace Lagebild {

/// Mentions over time: one line (or group of bars) per entity, absolute article counts or the
/// share of the filtered articles per bucket; each series' peak cites its leading article.
class MentionChart final : public Figure
{
public:
    enum class Style { Lines, Bars };
    enum class Scale { Articles, Share };

    MentionChart(MentionTimeline timeline, QString title, QString subtitle, Style style = Style::Lines,
        Scale scale = Scale::Articles);

    [[nodiscard]] QString title() const override { return m_title; }
    [[nodiscard]] QString subtitle() const override { return m_subtitle; }
    void paint(QPainter &painter, const QRectF &area, SourceList &sources) const override;
    /// The bucket under `position` when painted into `area`, or -1 (for hover and clicks).
    [[nodiscard]] int bucketAt(const QRectF &area, const QPointF &position) const;
    [[nodiscard]] const MentionTimeline &timeline() const { return m_timeline; }
    [[nodiscard]] double value(const MentionSeries &series, size_t bucket) const;

private:
    [[nodiscard]] QRectF plotArea(const QRectF &area) const;

    MentionTimeline m_timeline;
    QString m_title;
    QString m_subtitle;
    Style m_style;
    Scale m_scale;
};

/// Dated events on a time axis, in lanes per relation type or per entity. A filled marker: the
/// date is in the sentence; hollow and dashed: only the publication date dates it. Periods
/// (month, quarter, year) are drawn as bars over their span. Labels are stacked in rows so none
/// overlaps; what does not fit is counted at the lane's end. Each label cites its article.
class EventChart final : public Figure
{
public:
    enum class Lanes { ByRelation, ByEntity };

    EventChart(
        std::vector<TimelineEvent> events, QString title, QString subtitle, Lanes lanes = Lanes::ByRelation);

    [[nodiscard]] QString title() const override { return m_title; }
    /// The subtitle given, and the chosen period when the axis is zoomed to one.
    [[nodiscard]] QString subtitle() const override;
    void paint(QPainter &painter, const QRectF &area, SourceList &sources) const override;
    [[nodiscard]] QSizeF preferredSize() const override;
    /// The event whose marker or label is at `position` when painted into `area`, or -1.
    [[nodiscard]] int eventAt(const QRectF &area, const QPointF &position) const;
    /// The events of the "+n" cluster at `position` (events without room for a label), in date
    /// order; empty when there is none. The window lists them on a click.
    [[nodiscard]] std::vector<int> clusterAt(const QRectF &area, const QPointF &position) const;
    [[nodiscard]] const std::vector<TimelineEvent> &events() const { return m_events; }

    /// Zooms the time axis to a period the analyst chose: it spans the whole plot, and events
    /// outside it leave the lanes (the overview strip below still shows every one, the chosen
    /// period shaded). Dates are clamped to the events' span; an invalid date, or a period
    /// covering the whole span, returns to the automatic axis. The PDF, SVG and PNG exports draw
    /// the same figure, so they show the same period.
    void setPeriod(QDate first, QDate last);
    /// The chosen period, or a pair of invalid dates for the automatic axis.
    [[nodiscard]] std::pair<QDate, QDate> period() const { return m_period; }
    /// The first and last day of every event.
    [[nodiscard]] std::pair<QDate, QDate> fullPeriod() const;
    /// The days the time axis spreads out when painted into `area`: the chosen period, or the
    /// automatic focus period with its small padding.
    [[nodiscard]] std::pair<QDate, QDate> shownPeriod(const QRectF &area) const;
    /// The overview strip (every event over the whole span) when painted into `area`, and the
    /// band of the time axis's labels; a drag over either chooses a period.
    [[nodiscard]] QRectF overviewStrip(const QRectF &area) const;
    [[nodiscard]] QRectF axisBand(const QRectF &area) const;
    /// The day at horizontal position `x` on the overview strip, or on the time axis's spread-out
    /// period (clamped to it).
    [[nodiscard]] QDate overviewDay(const QRectF &area, double x) const;
    [[nodiscard]] QDate axisDay(const QRectF &area, double x) const;

    /// An event drawn with its label.
    struct Placed
    {
        int event = -1;
        QRectF marker;
        QRectF label;
        QString text;
        int lane = 0;
    };
    /// Events without room for a label, shown as one "+n" badge where they happened.
    struct Cluster
    {
        int lane = 0;
        QRectF badge;
        std::vector<int> events;
    };
    /// Where the events go when painted into `area` (for tests and hit testing).
    [[nodiscard]] std::vector<Placed> placedEvents(const QRectF &area) const;
    [[nodiscard]] std::vector<Cluster> clusters(const QRectF &area) const;
    /// The period the time axis spreads out: where the events are. Lone events far before or
    /// after it sit in a narrow margin beside it, so one old event does not squeeze the rest.
    [[nodiscard]] std::pair<QDate, QDate> focusPeriod() const;

private:
    struct Layout
    {
        QStringList lanes;
        std::vector<double> laneTop;
        std::vector<double> laneHeight;
        std::vector<Placed> placed;
        std::vector<Cluster> clusters;
        QRectF plot;
        QDate outerFirst; ///< the first day shown at all (in the left margin when before `first`)
        QDate first; ///< the focus period, spread over the plot between the margins
        QDate last;
        QDate outerLast;
        double leftMargin = 0; ///< width given to the events before `first`
        double rightMargin = 0;
        [[nodiscard]] double x(QDate day) const;
        [[nodiscard]] QRectF strip() const;
    };
    [[nodiscard]] Layout layout(const QRectF &area, const QFontMetricsF &metrics) const;
    /// The layout with the chart's own font, for hit testing and tests.
    [[nodiscard]] Layout layout(const QRectF &area) const;
    [[nodiscard]] bool isShown(const TimelineEvent &event) const;
    [[nodiscard]] QString laneOf(const TimelineEvent &event) const;

    std::vector<TimelineEvent> m_events;
    QString m_title;
    QString m_subtitle;
    Lanes m_lanes;
    std::pair<QDate, QDate> m_period;
};

/// The colour of the n-th series in charts: Okabe–Ito in an order that keeps neighbours apart.
[[nodiscard]] QColor seriesColor(int index);

} // namespace Lagebild
