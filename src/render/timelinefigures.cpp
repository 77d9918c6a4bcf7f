// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/timelinefigures.h"

#include "core/relationtypes.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>

namespace Lagebild {

namespace {

QFont chartFont(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

/// A round step for about `count` ticks up to `maximum`: 1, 2, 5 × 10^k.
double niceStep(double maximum, int count)
{
    if (maximum <= 0)
        return 1;
    const double raw = maximum / count;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * power)
            return m * power;
    }
    return 10 * power;
}

/// The figures' words, in their own translation context.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(TimelineFigures)
};

QString perBucket(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return Words::tr("per day");
    case Bucket::Week:
        return Words::tr("per week");
    case Bucket::Month:
        return Words::tr("per month");
    case Bucket::Quarter:
        return Words::tr("per quarter");
    }
    return {};
}

const Qt::PenStyle seriesDashes[] = {Qt::SolidLine, Qt::DashLine, Qt::DashDotLine, Qt::DotLine};

QDate periodEnd(const TimelineEvent &e)
{
    switch (e.precision) {
    case DatePrecisionKind::Day:
        return e.day;
    case DatePrecisionKind::Week:
        return e.day.addDays(6);
    case DatePrecisionKind::Month:
        return e.day.addMonths(1).addDays(-1);
    case DatePrecisionKind::Quarter:
        return e.day.addMonths(3).addDays(-1);
    case DatePrecisionKind::Half:
        return e.day.addMonths(6).addDays(-1);
    case DatePrecisionKind::Year:
        return e.day.addYears(1).addDays(-1);
    }
    return e.day;
}

} // namespace

QColor seriesColor(int index)
{
    static const QColor palette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
        QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00),
        QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x00, 0x00), QColor(0x99, 0x99, 0x99)};
    return palette[index % 8];
}

// ---------------------------------------------------------------------------------------------

MentionChart::MentionChart(
    MentionTimeline timeline, QString title, QString subtitle, Style style, Scale scale)
    : m_timeline(std::move(timeline))
    , m_title(std::move(title))
    , m_subtitle(std::move(subtitle))
    , m_style(style)
    , m_scale(scale)
{
    // Articles without a date sit in no bucket: say how many the lines leave out.
    if (m_timeline.undated > 0) {
        const QString note = Words::tr("%n undated article(s) not shown", nullptr, int(m_timeline.undated));
        m_subtitle = m_subtitle.isEmpty() ? note : m_subtitle + QStringLiteral(" · ") + note;
    }
}

double MentionChart::value(const MentionSeries &series, size_t bucket) const
{
    const double count = double(series.articles[bucket]);
    if (m_scale == Scale::Articles)
        return count;
    const double total = double(m_timeline.totals[bucket]);
    return total > 0 ? 100.0 * count / total : 0.0;
}

QRectF MentionChart::plotArea(const QRectF &area) const
{
    const double legend = 16.0 * std::ceil(double(m_timeline.series.size()) / 3.0) + 8;
    return area.adjusted(52, legend, -12, -40);
}

int MentionChart::bucketAt(const QRectF &area, const QPointF &position) const
{
    const QRectF plot = plotArea(area);
    if (m_timeline.starts.empty() || !plot.contains(position))
        return -1;
    const double width = plot.width() / double(m_timeline.starts.size());
    return std::clamp(int((position.x() - plot.left()) / width), 0, int(m_timeline.starts.size()) - 1);
}

void MentionChart::paint(QPainter &p, const QRectF &area, SourceList &sources) const
{
    p.save();
    p.setFont(chartFont(8));
    const QFontMetricsF metrics(p.font());
    if (m_timeline.starts.empty() || m_timeline.series.empty()) {
        p.setPen(Qt::darkGray);
        p.drawText(area, Qt::AlignCenter,
            m_timeline.starts.empty() ? Words::tr("No dated articles match the filters.")
                                      : Words::tr("Choose entities to compare."));
        p.restore();
        return;
    }
    const size_t buckets = m_timeline.starts.size();
    const QRectF plot = plotArea(area);

    // Legend: three entries a row, above the plot.
    for (size_t s = 0; s < m_timeline.series.size(); ++s) {
        const MentionSeries &series = m_timeline.series[s];
        qint64 total = 0;
        for (qint64 n : series.articles)
            total += n;
        const double x = area.left() + 52 + double(s % 3) * (area.width() - 64) / 3.0;
        const double y = area.top() + 16.0 * double(s / 3);
        QPen pen(seriesColor(int(s)), 2.2, seriesDashes[(s / 8) % 4]);
        p.setPen(pen);
        p.drawLine(QPointF(x, y + 7), QPointF(x + 22, y + 7));
        p.setPen(Qt::black);
        p.drawText(QPointF(x + 28, y + 7 + metrics.ascent() / 2 - 1),
            metrics.elidedText(QStringLiteral("%1 (%2)")
                                   .arg(series.name)
                                   .arg(Words::tr("%n article(s)", nullptr, int(total))),
                Qt::ElideRight, (area.width() - 64) / 3.0 - 36));
    }

    // Axes and grid.
    double maximum = 0;
    for (const MentionSeries &series : m_timeline.series)
        for (size_t b = 0; b < buckets; ++b)
            maximum = std::max(maximum, value(series, b));
    const double step = niceStep(std::max(maximum, m_scale == Scale::Share ? 1.0 : 1.0), 5);
    const double top = std::max(step, std::ceil(maximum / step) * step);
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / top; };
    p.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 0.6));
    for (double v = 0; v <= top + step / 2; v += step) {
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
    }
    p.setPen(Qt::black);
    for (double v = 0; v <= top + step / 2; v += step) {
        const QString label = m_scale == Scale::Share
            ? QLocale().toString(v, 'f', step < 1 ? 1 : 0) + QLatin1Char('%')
            : QLocale().toString(qint64(v));
        p.drawText(QRectF(area.left(), yOf(v) - 8, 46, 16), Qt::AlignRight | Qt::AlignVCenter, label);
    }
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.save();
    p.translate(area.left() + 8, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -8, plot.height(), 12), Qt::AlignCenter,
        m_scale == Scale::Share ? Words::tr("share of the filtered articles") : Words::tr("articles"));
    p.restore();

    const double slot = plot.width() / double(buckets);
    auto xOf = [&](size_t b) { return plot.left() + (double(b) + 0.5) * slot; };
    // Bucket labels, thinned so they never overlap.
    double widest = 0;
    for (size_t b = 0; b < buckets; ++b)
        widest = std::max(
            widest, metrics.horizontalAdvance(bucketLabel(m_timeline.starts[b], m_timeline.bucket)));
    const size_t every = std::max<size_t>(1, size_t(std::ceil((widest + 8) / slot)));
    for (size_t b = 0; b < buckets; b += every) {
        p.drawLine(QPointF(xOf(b), plot.bottom()), QPointF(xOf(b), plot.bottom() + 3));
        p.drawText(QRectF(xOf(b) - widest / 2 - 4, plot.bottom() + 5, widest + 8, 14),
            Qt::AlignHCenter | Qt::AlignTop, bucketLabel(m_timeline.starts[b], m_timeline.bucket));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 22, plot.width(), 14), Qt::AlignHCenter,
        perBucket(m_timeline.bucket));

    // Series.
    const size_t count = m_timeline.series.size();
    for (size_t s = 0; s < count; ++s) {
        const MentionSeries &series = m_timeline.series[s];
        const QColor color = seriesColor(int(s));
        if (m_style == Style::Bars) {
            const double width = slot * 0.8 / double(count);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            for (size_t b = 0; b < buckets; ++b) {
                const double x = plot.left() + double(b) * slot + slot * 0.1 + double(s) * width;
                p.drawRect(QRectF(x, yOf(value(series, b)), std::max(width - 0.5, 0.5),
                    plot.bottom() - yOf(value(series, b))));
            }
        } else {
            QPainterPath path;
            for (size_t b = 0; b < buckets; ++b) {
                const QPointF point(xOf(b), yOf(value(series, b)));
                b == 0 ? path.moveTo(point) : path.lineTo(point);
            }
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(color, 1.8, seriesDashes[(s / 8) % 4], Qt::RoundCap, Qt::RoundJoin));
            p.drawPath(path);
            if (buckets <= 60) {
                p.setBrush(color);
                p.setPen(Qt::NoPen);
                for (size_t b = 0; b < buckets; ++b)
                    p.drawEllipse(QPointF(xOf(b), yOf(value(series, b))), 2.2, 2.2);
            }
        }
        // The peak cites the article that carried it.
        if (series.peak >= 0 && series.peakArticle.id) {
            const int n = sources.cite({series.peakArticle.id, series.peakArticle.outlet,
                series.peakArticle.published, series.peakArticle.title, series.peakArticle.url});
            const QPointF at(xOf(size_t(series.peak)), yOf(value(series, size_t(series.peak))));
            p.setPen(color.darker(130));
            p.setFont(chartFont(7.5, true));
            p.drawText(QRectF(at.x() - 20, at.y() - 16 - double(s % 2) * 9, 40, 12), Qt::AlignCenter,
                QStringLiteral("[%1]").arg(n));
            p.setFont(chartFont(8));
        }
    }
    p.restore();
}

// ---------------------------------------------------------------------------------------------

EventChart::EventChart(std::vector<TimelineEvent> events, QString title, QString subtitle, Lanes lanes)
    : m_events(std::move(events)), m_title(std::move(title)), m_subtitle(std::move(subtitle)), m_lanes(lanes)
{ }

QSizeF EventChart::preferredSize() const
{
    return {1120, std::clamp(260.0 + 16.0 * double(m_events.size()), 420.0, 1400.0)};
}

QString EventChart::laneOf(const TimelineEvent &e) const
{
    if (m_lanes == Lanes::ByEntity)
        return e.source.isEmpty() ? Words::tr("other") : e.source;
    return e.relation.isEmpty() ? Words::tr("dated sentences") : relationTypeLabel(e.relation);
}

EventChart::Layout EventChart::layout(const QRectF &area, const QFontMetricsF &metrics) const
{
    Layout l;
    if (m_events.empty())
        return l;
    // Lanes, biggest first; beyond twelve, one "other" lane.
    std::map<QString, int> counts;
    for (const TimelineEvent &e : m_events)
        ++counts[laneOf(e)];
    std::vector<std::pair<int, QString>> ranked;
    for (const auto &[lane, n] : counts)
        ranked.emplace_back(-n, lane);
    std::sort(ranked.begin(), ranked.end());
    for (size_t i = 0; i < ranked.size() && i < 12; ++i)
        l.lanes.append(ranked[i].second);
    const bool other = ranked.size() > 12;
    if (other)
        l.lanes.append(Words::tr("other"));
    auto laneIndex = [&](const TimelineEvent &e) {
        const qsizetype i = l.lanes.indexOf(laneOf(e));
        return i >= 0 ? int(i) : int(l.lanes.size()) - 1;
    };

    l.first = m_events.front().day;
    l.last = m_events.front().day;
    for (const TimelineEvent &e : m_events) {
        l.first = std::min(l.first, e.day);
        l.last = std::max(l.last, periodEnd(e));
    }
    const qint64 span = std::max<qint64>(l.first.daysTo(l.last), 30);
    l.first = l.first.addDays(-span / 40 - 1);
    l.last = l.last.addDays(span / 40 + 1);
    l.plot = area.adjusted(150, 4, -12, -52);
    const double days = double(l.first.daysTo(l.last));
    auto xOf = [&](QDate d) { return l.plot.left() + l.plot.width() * double(l.first.daysTo(d)) / days; };

    // Rows per lane: share the height by the lanes' event counts, at least one row each.
    const double rowHeight = metrics.height() + 3;
    constexpr double lanePadding = 6;
    const double forRows = l.plot.height() - lanePadding * double(l.lanes.size());
    const int totalRows = std::max(int(l.lanes.size()), int(forRows / rowHeight));
    std::vector<int> perLane(size_t(l.lanes.size()), 0);
    for (const TimelineEvent &e : m_events)
        ++perLane[size_t(laneIndex(e))];
    std::vector<int> rows(size_t(l.lanes.size()), 1);
    int spare = totalRows - int(l.lanes.size());
    for (size_t i = 0; i < rows.size() && spare > 0; ++i) {
        const int want
            = std::min(perLane[i] - 1, int(double(totalRows) * double(perLane[i]) / double(m_events.size())));
        const int extra = std::clamp(want, 0, spare);
        rows[i] += extra;
        spare -= extra;
    }
    double top = l.plot.top();
    for (size_t i = 0; i < rows.size(); ++i) {
        l.laneTop.push_back(top);
        l.laneHeight.push_back(double(rows[i]) * rowHeight + lanePadding);
        top += l.laneHeight.back();
    }
    l.plot.setBottom(top);
    l.hidden.assign(size_t(l.lanes.size()), 0);

    // Greedy rows: each label takes the first row whose last label ends before it starts.
    std::vector<std::vector<double>> rowEnds(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        rowEnds[i].assign(size_t(rows[i]), -1e9);
    for (size_t k = 0; k < m_events.size(); ++k) {
        const TimelineEvent &e = m_events[k];
        const int lane = laneIndex(e);
        const double x0 = xOf(e.day);
        const double x1 = std::max(xOf(periodEnd(e).addDays(1)), x0 + 6);
        // Labels stay inside the plot: shortened near the right edge, never below 60 points.
        const double room = std::max(60.0, l.plot.right() - x1 - 3);
        const QString text = metrics.elidedText(e.label, Qt::ElideRight, std::min(220.0, room - 30));
        const double width = std::min(room, metrics.horizontalAdvance(QStringLiteral("[999] ") + text));
        bool done = false;
        for (size_t r = 0; r < rowEnds[size_t(lane)].size() && !done; ++r) {
            if (rowEnds[size_t(lane)][r] + 6 > x0)
                continue;
            const double y = l.laneTop[size_t(lane)] + 3 + double(r) * rowHeight;
            Placed placed;
            placed.event = int(k);
            placed.lane = lane;
            placed.marker = QRectF(x0, y + 2, x1 - x0, rowHeight - 5);
            placed.label = QRectF(std::min(x1 + 3, l.plot.right() - width), y, width, rowHeight);
            placed.text = text;
            rowEnds[size_t(lane)][r] = placed.label.right();
            l.placed.push_back(placed);
            done = true;
        }
        if (!done)
            ++l.hidden[size_t(lane)];
    }
    return l;
}

void EventChart::paint(QPainter &p, const QRectF &area, SourceList &sources) const
{
    p.save();
    p.setFont(chartFont(7.5));
    const QFontMetricsF metrics(p.font());
    if (m_events.empty()) {
        p.setPen(Qt::darkGray);
        p.drawText(area, Qt::AlignCenter, Words::tr("No dated events match the filters."));
        p.restore();
        return;
    }
    const Layout l = layout(area, metrics);
    const double days = double(l.first.daysTo(l.last));
    auto xOf = [&](QDate d) { return l.plot.left() + l.plot.width() * double(l.first.daysTo(d)) / days; };

    // Lanes with their names, alternating shade.
    for (qsizetype i = 0; i < l.lanes.size(); ++i) {
        const QRectF lane(
            area.left(), l.laneTop[size_t(i)], l.plot.right() - area.left(), l.laneHeight[size_t(i)]);
        if (i % 2 == 0)
            p.fillRect(lane, QColor(0xF3, 0xF3, 0xF3));
        p.setPen(Qt::black);
        p.setFont(chartFont(8, true));
        // Events that found no room are counted beside the lane's name.
        const QString name = l.hidden[size_t(i)] > 0
            ? Words::tr("%1 (+%2 more)").arg(l.lanes[i]).arg(l.hidden[size_t(i)])
            : l.lanes[i];
        p.drawText(QRectF(area.left() + 2, lane.top() + 2, 144, lane.height() - 4),
            Qt::AlignLeft | Qt::AlignTop, QFontMetricsF(p.font()).elidedText(name, Qt::ElideMiddle, 142));
    }
    p.setFont(chartFont(7.5));

    // Time axis: years, quarters or months depending on the span.
    const qint64 span = l.first.daysTo(l.last);
    p.setPen(QPen(QColor(0xCC, 0xCC, 0xCC), 0.5));
    const int monthStep = span > 5 * 365 ? 12 : span > 2 * 365 ? 3 : 1;
    QDate tick(l.first.year(), 1, 1);
    while (tick < l.first)
        tick = tick.addMonths(monthStep);
    double lastLabelEnd = -1e9;
    for (; tick <= l.last; tick = tick.addMonths(monthStep)) {
        const double x = xOf(tick);
        p.setPen(QPen(QColor(0xCC, 0xCC, 0xCC), 0.5));
        p.drawLine(QPointF(x, l.plot.top()), QPointF(x, l.plot.bottom()));
        const QString label = monthStep == 12 ? QString::number(tick.year())
            : monthStep == 3 ? QStringLiteral("Q%1 %2").arg((tick.month() - 1) / 3 + 1).arg(tick.year())
                             : QLocale().toString(tick, QStringLiteral("MMM yy"));
        const double w = metrics.horizontalAdvance(label);
        if (x - w / 2 > lastLabelEnd + 4) {
            p.setPen(Qt::black);
            p.drawText(QRectF(x - w / 2 - 2, l.plot.bottom() + 3, w + 4, 12), Qt::AlignCenter, label);
            lastLabelEnd = x + w / 2;
        }
    }
    p.setPen(Qt::black);
    p.drawLine(l.plot.bottomLeft(), l.plot.bottomRight());

    // Events.
    for (const Placed &placed : l.placed) {
        const TimelineEvent &e = m_events[size_t(placed.event)];
        const QColor color = seriesColor(placed.lane);
        QPen outline(color.darker(120), 1.1, e.dateFromText ? Qt::SolidLine : Qt::DashLine);
        p.setPen(outline);
        p.setBrush(e.dateFromText ? QBrush(color) : QBrush(Qt::white));
        if (e.precision == DatePrecisionKind::Day)
            p.drawEllipse(QPointF(placed.marker.left(), placed.marker.center().y()), 3.2, 3.2);
        else
            p.drawRoundedRect(placed.marker.adjusted(0, 1, 0, -1), 2, 2);
        const int n = sources.cite({e.article, e.outlet, e.published, e.title, e.url});
        p.setPen(Qt::black);
        p.drawText(placed.label, Qt::AlignLeft | Qt::AlignVCenter,
            QStringLiteral("[%1] %2").arg(n).arg(placed.text));
    }

    // Legend.
    const double y = l.plot.bottom() + 24;
    p.setFont(chartFont(7.5));
    double x = l.plot.left();
    auto legend = [&](bool filled, bool bar, const QString &text) {
        p.setPen(QPen(Qt::darkGray, 1.1, filled ? Qt::SolidLine : Qt::DashLine));
        p.setBrush(filled ? QBrush(Qt::darkGray) : QBrush(Qt::white));
        if (bar)
            p.drawRoundedRect(QRectF(x, y + 2, 22, 7), 2, 2);
        else
            p.drawEllipse(QPointF(x + 4, y + 5.5), 3.2, 3.2);
        p.setPen(Qt::black);
        const double w = metrics.horizontalAdvance(text);
        p.drawText(QRectF(x + (bar ? 26 : 12), y, w + 4, 12), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += (bar ? 26 : 12) + w + 18;
    };
    legend(true, false, Words::tr("day, date from the text"));
    legend(false, false, Words::tr("day, publication date only"));
    legend(true, true, Words::tr("week, month, quarter or year: the bar spans the period"));
    if (std::any_of(l.hidden.begin(), l.hidden.end(), [](int n) { return n > 0; })) {
        p.setPen(Qt::darkGray);
        p.drawText(QRectF(l.plot.left(), y + 14, l.plot.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
            Words::tr(
                "\u201C+n more\u201D: events without room in their lane; the CSV and TimelineJS exports list "
                "every one."));
    }
    p.restore();
}

int EventChart::eventAt(const QRectF &area, const QPointF &position) const
{
    QImage probe(1, 1, QImage::Format_ARGB32);
    QPainter p(&probe);
    p.setFont(chartFont(7.5));
    const Layout l = layout(area, QFontMetricsF(p.font()));
    for (const Placed &placed : l.placed) {
        if (placed.marker.adjusted(-4, -4, 4, 4).contains(position) || placed.label.contains(position))
            return placed.event;
    }
    return -1;
}

} // namespace Lagebild
