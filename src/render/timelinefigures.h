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
    [[nodiscard]] QString subtitle() const override { return m_subtitle; }
    void paint(QPainter &painter, const QRectF &area, SourceList &sources) const override;
    [[nodiscard]] QSizeF preferredSize() const override;
    /// The event whose marker or label is at `position` when painted into `area`, or -1.
    [[nodiscard]] int eventAt(const QRectF &area, const QPointF &position) const;
    [[nodiscard]] const std::vector<TimelineEvent> &events() const { return m_events; }

private:
    struct Placed
    {
        int event = -1;
        QRectF marker;
        QRectF label;
        QString text;
        int lane = 0;
    };
    struct Layout
    {
        QStringList lanes;
        std::vector<double> laneTop;
        std::vector<double> laneHeight;
        std::vector<int> hidden; ///< per lane, events that did not fit
        std::vector<Placed> placed;
        QRectF plot;
        QDate first;
        QDate last;
    };
    [[nodiscard]] Layout layout(const QRectF &area, const QFontMetricsF &metrics) const;
    [[nodiscard]] QString laneOf(const TimelineEvent &event) const;

    std::vector<TimelineEvent> m_events;
    QString m_title;
    QString m_subtitle;
    Lanes m_lanes;
};

/// The colour of the n-th series in charts: Okabe–Ito in an order that keeps neighbours apart.
[[nodiscard]] QColor seriesColor(int index);

} // namespace Lagebild
