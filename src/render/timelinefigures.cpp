// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/timelinefigures.h"

#include "core/dateformat.h"
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
#include <numeric>

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

QString EventChart::subtitle() const
{
    if (!m_period.first.isValid())
        return m_subtitle;
    const QString period = Words::tr("period %1 – %2")
                               .arg(QLocale().toString(m_period.first, shortDateFormat()),
                                   QLocale().toString(m_period.second, shortDateFormat()));
    return m_subtitle.isEmpty() ? period : m_subtitle + QStringLiteral(" · ") + period;
}

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

std::pair<QDate, QDate> EventChart::focusPeriod() const
{
    if (m_events.empty())
        return {};
    std::vector<QDate> starts;
    std::vector<QDate> ends;
    for (const TimelineEvent &e : m_events) {
        starts.push_back(e.day);
        ends.push_back(periodEnd(e));
    }
    std::sort(starts.begin(), starts.end());
    std::sort(ends.begin(), ends.end(), std::greater<>());
    QDate first = starts.front();
    QDate last = ends.front();
    // Lone events far out (at most a tenth of all): a gap longer than the rest of the span and
    // than two months puts them beside the axis instead of on it.
    const size_t few = std::max<size_t>(1, starts.size() / 10);
    for (size_t i = 0; i + 1 < starts.size() && i < few; ++i) {
        const qint64 gap = starts[i].daysTo(starts[i + 1]);
        if (gap > 60 && gap > starts[i + 1].daysTo(last))
            first = starts[i + 1];
    }
    for (size_t i = 0; i + 1 < ends.size() && i < few; ++i) {
        const qint64 gap = ends[i + 1].daysTo(ends[i]);
        if (gap > 60 && gap > first.daysTo(ends[i + 1]))
            last = ends[i + 1];
    }
    return {first, last};
}

double EventChart::Layout::x(QDate day) const
{
    // Three pieces: the margin before the focus period, the period, the margin after it; days in
    // a margin are spread over it, days between a margin and the period sit at the break.
    const double left = plot.left() + leftMargin;
    const double right = plot.right() - rightMargin;
    if (day < first && leftMargin <= 0)
        return left;
    if (day > last && rightMargin <= 0)
        return right;
    if (day < first) {
        const double span = std::max<qint64>(1, outerFirst.daysTo(first));
        return plot.left() + (leftMargin - 14) * std::clamp(double(outerFirst.daysTo(day)) / span, 0.0, 1.0);
    }
    if (day > last) {
        const double span = std::max<qint64>(1, last.daysTo(outerLast));
        return right + 14 + (rightMargin - 14) * std::clamp(double(last.daysTo(day)) / span, 0.0, 1.0);
    }
    return left
        + (right - left) * double(first.daysTo(day)) / double(std::max<qint64>(1, first.daysTo(last)));
}

QRectF EventChart::Layout::strip() const
{
    return QRectF(plot.left(), plot.bottom() + 20, plot.width(), 9);
}

void EventChart::setPeriod(QDate first, QDate last)
{
    const auto [from, to] = fullPeriod();
    if (!first.isValid() || !last.isValid() || !from.isValid()) {
        m_period = {};
        return;
    }
    if (last < first)
        std::swap(first, last);
    first = std::clamp(first, from, to);
    last = std::clamp(last, from, to);
    m_period = first <= from && last >= to ? std::pair<QDate, QDate>() : std::pair {first, last};
}

std::pair<QDate, QDate> EventChart::fullPeriod() const
{
    if (m_events.empty())
        return {};
    QDate first = m_events.front().day;
    QDate last = periodEnd(m_events.front());
    for (const TimelineEvent &e : m_events) {
        first = std::min(first, e.day);
        last = std::max(last, periodEnd(e));
    }
    return {first, last};
}

bool EventChart::isShown(const TimelineEvent &e) const
{
    return !m_period.first.isValid() || (periodEnd(e) >= m_period.first && e.day <= m_period.second);
}

EventChart::Layout EventChart::layout(const QRectF &area) const
{
    QImage probe(1, 1, QImage::Format_ARGB32);
    QPainter p(&probe);
    p.setFont(chartFont(7.5));
    return layout(area, QFontMetricsF(p.font()));
}

std::pair<QDate, QDate> EventChart::shownPeriod(const QRectF &area) const
{
    const Layout l = layout(area);
    return {l.first, l.last};
}

QRectF EventChart::overviewStrip(const QRectF &area) const
{
    return m_events.empty() ? QRectF() : layout(area).strip();
}

QRectF EventChart::axisBand(const QRectF &area) const
{
    if (m_events.empty())
        return {};
    const Layout l = layout(area);
    return QRectF(
        l.plot.left() + l.leftMargin, l.plot.bottom(), l.plot.width() - l.leftMargin - l.rightMargin, 16);
}

QDate EventChart::overviewDay(const QRectF &area, double x) const
{
    if (m_events.empty())
        return {};
    const Layout l = layout(area);
    const QRectF strip = l.strip();
    const double share = std::clamp((x - strip.left()) / std::max(1.0, strip.width()), 0.0, 1.0);
    return l.outerFirst.addDays(qRound64(share * double(l.outerFirst.daysTo(l.outerLast))));
}

QDate EventChart::axisDay(const QRectF &area, double x) const
{
    if (m_events.empty())
        return {};
    const Layout l = layout(area);
    const double left = l.plot.left() + l.leftMargin;
    const double right = l.plot.right() - l.rightMargin;
    const double share = std::clamp((x - left) / std::max(1.0, right - left), 0.0, 1.0);
    return l.first.addDays(qRound64(share * double(l.first.daysTo(l.last))));
}

EventChart::Layout EventChart::layout(const QRectF &area, const QFontMetricsF &metrics) const
{
    Layout l;
    if (m_events.empty())
        return l;
    // Lanes, biggest first; beyond twelve, one "other" lane. Only the events of the chosen
    // period count.
    std::map<QString, int> counts;
    int shown = 0;
    for (const TimelineEvent &e : m_events) {
        if (!isShown(e))
            continue;
        ++counts[laneOf(e)];
        ++shown;
    }
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

    std::tie(l.outerFirst, l.outerLast) = fullPeriod();
    l.plot = area.adjusted(150, 4, -12, -114);
    if (m_period.first.isValid()) {
        // The analyst's period fills the plot; what lies outside is in the overview strip only.
        std::tie(l.first, l.last) = m_period;
        if (l.first == l.last)
            l.last = l.last.addDays(1);
    } else {
        std::tie(l.first, l.last) = focusPeriod();
        const qint64 span = std::max<qint64>(l.first.daysTo(l.last), 30);
        l.first = l.first.addDays(-span / 40 - 1);
        l.last = l.last.addDays(span / 40 + 1);
        l.leftMargin = l.outerFirst < l.first ? 64 : 0;
        l.rightMargin = l.outerLast > l.last ? 64 : 0;
    }

    // Rows per lane: share the height by the lanes' event counts; a lane with more than one
    // event keeps a row for the "+n" badges of the events without room.
    double rowHeight = metrics.height() + 3;
    double lanePadding = 6;
    std::vector<int> perLane(size_t(l.lanes.size()), 0);
    for (const TimelineEvent &e : m_events) {
        if (isShown(e))
            ++perLane[size_t(laneIndex(e))];
    }
    std::vector<int> rows(size_t(l.lanes.size()), 1);
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = perLane[i] > 1 ? 2 : 1;
    const int minimumRows = int(std::accumulate(rows.begin(), rows.end(), 0));
    // Many lanes on a page (fourteen relation types on A4): closer lanes and rows, down to the
    // font's own height, rather than a plot that runs over the legend and the page's footer.
    if (double(minimumRows) * rowHeight + lanePadding * double(l.lanes.size()) > l.plot.height()) {
        lanePadding = 2;
        rowHeight = std::max<double>(metrics.height(),
            (l.plot.height() - lanePadding * double(l.lanes.size())) / double(std::max(1, minimumRows)));
    }
    const double forRows = l.plot.height() - lanePadding * double(l.lanes.size());
    const int totalRows = std::max(minimumRows, int(forRows / rowHeight));
    int spare = totalRows - minimumRows;
    for (size_t i = 0; i < rows.size() && spare > 0; ++i) {
        const int want = std::min(perLane[i] - rows[i],
            int(double(totalRows) * double(perLane[i]) / double(std::max(1, shown))) - rows[i]);
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

    // Each label whole, right of its marker or else left of it, in the first row where it
    // overlaps nothing. A lane with events left over gives its last row to their badges.
    struct Lane
    {
        std::vector<std::vector<std::pair<double, double>>> taken; ///< per row, occupied x ranges
        std::vector<int> left;
    };
    std::vector<Lane> lanes(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        lanes[i].taken.resize(size_t(rows[i]));
    auto isFree = [](const std::vector<std::pair<double, double>> &row, double from, double to) {
        return std::none_of(row.begin(), row.end(),
            [&](const std::pair<double, double> &r) { return from < r.second + 6 && r.first < to + 6; });
    };
    auto place = [&](size_t k, int usableRows) {
        const TimelineEvent &e = m_events[k];
        const int lane = laneIndex(e);
        const double x0 = l.x(e.day);
        const double x1 = std::max(l.x(periodEnd(e).addDays(1)), x0 + 6);
        QString text
            = e.trust == RelationTrust::Confirmed ? QStringLiteral("\u2713 ") + e.caption() : e.caption();
        // "[999] " stands for the source number, drawn later.
        double width = metrics.horizontalAdvance(QStringLiteral("[999] ") + text);
        if (width > l.plot.width() - 20) { // longer than the whole axis: the only case cut short
            text = metrics.elidedText(text, Qt::ElideRight, l.plot.width() - 60);
            width = metrics.horizontalAdvance(QStringLiteral("[999] ") + text);
        }
        for (int r = 0; r < usableRows; ++r) {
            auto &row = lanes[size_t(lane)].taken[size_t(r)];
            const double y = l.laneTop[size_t(lane)] + lanePadding / 2 + double(r) * rowHeight;
            QRectF label;
            if (x1 + 3 + width <= l.plot.right() && isFree(row, x0, x1 + 3 + width))
                label = QRectF(x1 + 3, y, width, rowHeight);
            else if (x0 - 3 - width >= l.plot.left() && isFree(row, x0 - 3 - width, x1))
                label = QRectF(x0 - 3 - width, y, width, rowHeight);
            else
                continue;
            row.emplace_back(std::min(label.left(), x0), std::max(label.right(), x1));
            l.placed.push_back({int(k), QRectF(x0, y + 2, x1 - x0, rowHeight - 5), label, text, lane});
            return true;
        }
        return false;
    };
    for (size_t k = 0; k < m_events.size(); ++k) {
        if (!isShown(m_events[k]))
            continue;
        const int lane = laneIndex(m_events[k]);
        if (!place(k, rows[size_t(lane)]))
            lanes[size_t(lane)].left.push_back(int(k));
    }
    // Lanes with events left over: again, without their last row, which takes the badges.
    for (size_t i = 0; i < lanes.size(); ++i) {
        if (lanes[i].left.empty() || rows[i] < 2)
            continue;
        std::erase_if(l.placed, [&](const Placed &p) { return p.lane == int(i); });
        for (auto &row : lanes[i].taken)
            row.clear();
        lanes[i].left.clear();
        for (size_t k = 0; k < m_events.size(); ++k) {
            if (isShown(m_events[k]) && laneIndex(m_events[k]) == int(i) && !place(k, rows[i] - 1))
                lanes[i].left.push_back(int(k));
        }
    }
    // The events left over, grouped where they happened: one badge per group.
    for (size_t i = 0; i < lanes.size(); ++i) {
        const double y = l.laneTop[i] + lanePadding / 2 + double(rows[i] - 1) * rowHeight;
        for (const int k : lanes[i].left) {
            const double x = l.x(m_events[size_t(k)].day);
            if (!l.clusters.empty() && l.clusters.back().lane == int(i)
                && x < l.clusters.back().badge.right() + 4) {
                l.clusters.back().events.push_back(k);
                continue;
            }
            l.clusters.push_back(
                {int(i), QRectF(std::min(x, l.plot.right() - 30), y, 30, rowHeight - 1), {k}});
        }
    }
    return l;
}

std::vector<EventChart::Placed> EventChart::placedEvents(const QRectF &area) const
{
    return layout(area).placed;
}

std::vector<EventChart::Cluster> EventChart::clusters(const QRectF &area) const
{
    return layout(area).clusters;
}

std::vector<int> EventChart::clusterAt(const QRectF &area, const QPointF &position) const
{
    for (const Cluster &c : clusters(area)) {
        if (c.badge.adjusted(-2, -2, 2, 2).contains(position))
            return c.events;
    }
    return {};
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
    auto xOf = [&](QDate d) { return l.x(d); };

    // Lanes with their names, alternating shade.
    for (qsizetype i = 0; i < l.lanes.size(); ++i) {
        const QRectF lane(
            area.left(), l.laneTop[size_t(i)], l.plot.right() - area.left(), l.laneHeight[size_t(i)]);
        if (i % 2 == 0)
            p.fillRect(lane, QColor(0xF3, 0xF3, 0xF3));
        p.setPen(Qt::black);
        p.setFont(chartFont(8, true));
        p.drawText(QRectF(area.left() + 2, lane.top() + 2, 144, lane.height() - 4),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, l.lanes[i]);
    }
    p.setFont(chartFont(7.5));

    // Time axis: years, quarters or months depending on the span.
    const qint64 span = l.first.daysTo(l.last);
    // The margins for lone events far before or after the period: their years, and a break in
    // the axis.
    auto margin = [&](double from, double to, QDate a, QDate b) {
        p.setPen(Qt::black);
        const QString years = a.year() == b.year() ? QString::number(a.year())
                                                   : QStringLiteral("%1–%2").arg(a.year()).arg(b.year());
        p.drawText(QRectF(from, l.plot.bottom() + 3, to - from, 12), Qt::AlignCenter, years);
        p.drawLine(QPointF(from, l.plot.bottom()), QPointF(to, l.plot.bottom()));
    };
    auto axisBreak = [&](double x) {
        p.setPen(QPen(Qt::black, 1));
        for (const double dx : {-3.0, 2.0})
            p.drawLine(QPointF(x + dx - 2, l.plot.bottom() + 4), QPointF(x + dx + 2, l.plot.bottom() - 4));
    };
    if (l.leftMargin > 0) {
        margin(l.plot.left(), l.plot.left() + l.leftMargin - 14, l.outerFirst, l.first);
        axisBreak(l.plot.left() + l.leftMargin - 7);
    }
    if (l.rightMargin > 0) {
        margin(l.plot.right() - l.rightMargin + 14, l.plot.right(), l.last, l.outerLast);
        axisBreak(l.plot.right() - l.rightMargin + 7);
    }
    p.setPen(QPen(QColor(0xCC, 0xCC, 0xCC), 0.5));
    // A period zoomed to a few weeks gets a tick each Monday.
    const bool weeks = span <= 62;
    const int monthStep = span > 5 * 365 ? 12 : span > 2 * 365 ? 3 : 1;
    QDate tick = weeks ? l.first.addDays((8 - l.first.dayOfWeek()) % 7) : QDate(l.first.year(), 1, 1);
    auto nextTick = [&](QDate d) { return weeks ? d.addDays(7) : d.addMonths(monthStep); };
    while (tick < l.first)
        tick = nextTick(tick);
    double lastLabelEnd = -1e9;
    for (; tick <= l.last; tick = nextTick(tick)) {
        const double x = xOf(tick);
        p.setPen(QPen(QColor(0xCC, 0xCC, 0xCC), 0.5));
        p.drawLine(QPointF(x, l.plot.top()), QPointF(x, l.plot.bottom()));
        const QString label = weeks ? QLocale().toString(tick, QStringLiteral("d MMM"))
            : monthStep == 12       ? QString::number(tick.year())
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
    p.drawLine(QPointF(l.plot.left() + l.leftMargin, l.plot.bottom()),
        QPointF(l.plot.right() - l.rightMargin, l.plot.bottom()));

    // Overview: every event on a plain axis over the whole span, the spread-out period shaded.
    const QRectF strip = l.strip();
    {
        const double all = double(std::max<qint64>(1, l.outerFirst.daysTo(l.outerLast)));
        auto plainX
            = [&](QDate d) { return strip.left() + strip.width() * double(l.outerFirst.daysTo(d)) / all; };
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xE4, 0xE4, 0xE4));
        p.drawRect(strip);
        p.setBrush(QColor(0xC8, 0xD8, 0xE8));
        const double from = plainX(std::max(l.first, l.outerFirst));
        p.drawRect(QRectF(
            from, strip.top(), std::max(2.0, plainX(std::min(l.last, l.outerLast)) - from), strip.height()));
        p.setPen(QPen(QColor(0x44, 0x44, 0x44), 0.8));
        for (const TimelineEvent &e : m_events)
            p.drawLine(QPointF(plainX(e.day), strip.top() + 1), QPointF(plainX(e.day), strip.bottom() - 1));
        // The caption in two lines beside the strip, the count above the dates, so that neither
        // is cut in the label column.
        p.setPen(Qt::darkGray);
        const QString overview = Words::tr("all %n event(s):", nullptr, int(m_events.size())) + u'\n'
            + QStringLiteral("%1 – %2").arg(QLocale().toString(l.outerFirst, shortDateFormat()),
                QLocale().toString(l.outerLast, shortDateFormat()));
        p.drawText(QRectF(area.left() + 2, strip.center().y() - metrics.height(), 144, 2 * metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, overview);
    }

    // Events.
    for (const Placed &placed : l.placed) {
        const TimelineEvent &e = m_events[size_t(placed.event)];
        // A doubtful relation's event is faint, marker and label; a confirmed one carries a tick.
        const bool doubtful = e.trust == RelationTrust::Doubtful;
        QColor color = seriesColor(placed.lane);
        QColor line = color.darker(120);
        if (doubtful) {
            color.setAlpha(80);
            line.setAlpha(100);
        }
        QPen outline(line, 1.1, e.dateFromText ? Qt::SolidLine : Qt::DashLine);
        p.setPen(outline);
        p.setBrush(e.dateFromText ? QBrush(color) : QBrush(Qt::white));
        if (e.precision == DatePrecisionKind::Day)
            p.drawEllipse(QPointF(placed.marker.left(), placed.marker.center().y()), 3.2, 3.2);
        else
            p.drawRoundedRect(placed.marker.adjusted(0, 1, 0, -1), 2, 2);
        const int n = sources.cite({e.article, e.outlet, e.published, e.title, e.url});
        p.setPen(doubtful ? QColor(0x88, 0x88, 0x88) : QColor(Qt::black));
        p.drawText(placed.label, Qt::AlignLeft | Qt::AlignVCenter,
            QStringLiteral("[%1] %2").arg(n).arg(placed.text));
    }
    // Events without room: a badge where they happened, counted; the window lists them on a click.
    for (const Cluster &c : l.clusters) {
        const QColor color = seriesColor(c.lane);
        p.setPen(QPen(color.darker(130), 0.8));
        p.setBrush(QColor(0xFF, 0xFF, 0xFF));
        p.drawRoundedRect(c.badge, 3, 3);
        p.setPen(Qt::black);
        p.drawText(c.badge, Qt::AlignCenter, QStringLiteral("+%1").arg(c.events.size()));
    }

    // Legend, wrapping onto a second line in a narrow window, and the note on the badges.
    double y = l.plot.bottom() + 44;
    p.setFont(chartFont(7.5));
    double x = l.plot.left();
    auto legend = [&](bool filled, bool bar, const QString &text) {
        const double w = metrics.horizontalAdvance(text);
        if (x > l.plot.left() && x + (bar ? 26 : 12) + w > area.right()) {
            x = l.plot.left();
            y += 13;
        }
        p.setPen(QPen(Qt::darkGray, 1.1, filled ? Qt::SolidLine : Qt::DashLine));
        p.setBrush(filled ? QBrush(Qt::darkGray) : QBrush(Qt::white));
        if (bar)
            p.drawRoundedRect(QRectF(x, y + 2, 22, 7), 2, 2);
        else
            p.drawEllipse(QPointF(x + 4, y + 5.5), 3.2, 3.2);
        p.setPen(Qt::black);
        p.drawText(QRectF(x + (bar ? 26 : 12), y, w + 4, 12), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += (bar ? 26 : 12) + w + 18;
    };
    legend(true, false, Words::tr("day, date from the text"));
    legend(false, false, Words::tr("day, publication date only"));
    legend(true, true, Words::tr("week, month, quarter or year: the bar spans the period"));
    const auto has = [&](RelationTrust trust) {
        return std::any_of(m_events.begin(), m_events.end(),
            [&](const TimelineEvent &e) { return e.relationId && e.trust == trust; });
    };
    auto note = [&](const QString &text, bool faint) {
        const double w = metrics.horizontalAdvance(text);
        if (x > l.plot.left() && x + w > area.right()) {
            x = l.plot.left();
            y += 13;
        }
        p.setPen(faint ? QColor(0x88, 0x88, 0x88) : QColor(Qt::black));
        p.drawText(QRectF(x, y, w + 4, 12), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w + 18;
    };
    if (has(RelationTrust::Confirmed))
        note(Words::tr("\u2713 confirmed by the analyst"), false);
    if (has(RelationTrust::Doubtful))
        note(Words::tr("grey: doubtful relation (confidence below %1 %)").arg(qRound(highConfidence * 100)),
            true);
    if (!l.clusters.empty()) {
        p.setPen(Qt::darkGray);
        // Three lines in a narrow window (the German note is longer), so the box is that tall.
        p.drawText(QRectF(l.plot.left(), y + 14, area.right() - l.plot.left(), 40),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
            Words::tr(
                "\u201C+n\u201D: events without room for their label, where they happened (in the window "
                "a click lists them); the CSV and TimelineJS exports list every one."));
    }
    p.restore();
}

int EventChart::eventAt(const QRectF &area, const QPointF &position) const
{
    const Layout l = layout(area);
    for (const Placed &placed : l.placed) {
        if (placed.marker.adjusted(-4, -4, 4, 4).contains(position) || placed.label.contains(position))
            return placed.event;
    }
    return -1;
}

} // namespace Lagebild
