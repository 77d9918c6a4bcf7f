// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/networkfigure.h"

#include "core/entitycolors.h"
#include "core/entitytypes.h"
#include "core/relationtypes.h"
#include "network/networklayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Lagebild {

namespace {

constexpr int labelledNodes = 45; // more names than this turn the picture into text

QFont figureFont(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

constexpr double legendPoints = 7.5;
constexpr double legendRowHeight = 14;

// One item of the legend: a type's dot or a kind of link's line, and its words.
struct LegendEntry
{
    QColor dot; ///< invalid for a line
    QPen line;
    QString text;
};

double markWidth(const LegendEntry &entry)
{
    return entry.dot.isValid() ? 10 : 22;
}

double entryWidth(const LegendEntry &entry, const QFontMetricsF &metrics)
{
    return markWidth(entry) + 4 + metrics.horizontalAdvance(entry.text) + 14;
}

std::vector<LegendEntry> legendEntries(const Network &network)
{
    std::vector<LegendEntry> entries;
    QStringList types;
    for (const NetworkNode &n : network.nodes) {
        if (!types.contains(n.type))
            types.append(n.type);
    }
    for (const QString &type : types)
        entries.push_back({QColor(entityTypeColor(type)), {}, entityTypeLabel(type)});
    entries.push_back({{}, QPen(QColor(0x88, 0x88, 0x88), 2),
        QCoreApplication::translate("NetworkFigure", "named in the same sentence")});
    entries.push_back({{}, QPen(QColor(0x33, 0x33, 0x33), 1.4),
        QCoreApplication::translate("NetworkFigure", "relation found by the analysis (arrow: who acts)")});
    const auto has = [&](RelationTrust trust) {
        return std::any_of(network.edges.begin(), network.edges.end(),
            [&](const NetworkEdge &e) { return !e.isCoMention() && e.trust == trust; });
    };
    if (has(RelationTrust::Confirmed))
        entries.push_back({{}, QPen(Qt::black, 2.0),
            QCoreApplication::translate("NetworkFigure", "\u2713 confirmed by the analyst")});
    if (has(RelationTrust::Doubtful))
        entries.push_back({{}, QPen(QColor(0x66, 0x66, 0x66, 110), 1.4, Qt::DashLine),
            QCoreApplication::translate("NetworkFigure", "doubtful (confidence below %1 %)")
                .arg(qRound(highConfidence * 100))});
    return entries;
}

// The entries in rows no wider than `width`; an entry wider than that gets a row of its own.
std::vector<std::vector<const LegendEntry *>> legendRows(
    const std::vector<LegendEntry> &entries, double width)
{
    const QFontMetricsF metrics(figureFont(legendPoints));
    std::vector<std::vector<const LegendEntry *>> rows(1);
    double used = 0;
    for (const LegendEntry &entry : entries) {
        const double w = entryWidth(entry, metrics);
        if (used > 0 && used + w > width) {
            rows.emplace_back();
            used = 0;
        }
        rows.back().push_back(&entry);
        used += w;
    }
    return rows;
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double length = QPointF::dotProduct(ab, ab);
    const double t = length > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length, 0.0, 1.0) : 0.0;
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

} // namespace

NetworkFigure::NetworkFigure(Network network, QString title, QString subtitle)
    : m_network(std::move(network)), m_title(std::move(title)), m_subtitle(std::move(subtitle))
{
    for (const NetworkNode &n : m_network.nodes)
        m_maxMentions = std::max(m_maxMentions, n.mentions);
    for (const NetworkEdge &e : m_network.edges)
        m_maxWeight = std::max(m_maxWeight, e.weight);
}

QRectF NetworkFigure::graphArea(const QRectF &area) const
{
    // Room for the names below the lowest nodes and for the legend's rows.
    const auto rows = legendRows(legendEntries(m_network), area.width());
    return area.adjusted(30, 30, -30, -(16 + legendRowHeight * double(rows.size())));
}

double NetworkFigure::scale(const QRectF &area) const
{
    const QRectF g = graphArea(area);
    if (m_network.width <= 0 || m_network.height <= 0)
        return 1;
    return std::min(g.width() / m_network.width, g.height() / m_network.height);
}

QPointF NetworkFigure::nodePosition(const QRectF &area, size_t index) const
{
    const QRectF g = graphArea(area);
    const double s = scale(area);
    const double offsetX = (g.width() - m_network.width * s) / 2;
    const double offsetY = (g.height() - m_network.height * s) / 2;
    const NetworkNode &n = m_network.nodes[index];
    return {g.left() + offsetX + n.x * s, g.top() + offsetY + n.y * s};
}

double NetworkFigure::nodeRadius(const QRectF &area, size_t index) const
{
    // Sizes shrink with the drawing, but never below legibility.
    const double s = std::clamp(scale(area), 0.45, 1.0);
    return nodeDiameter(m_network.nodes[index].mentions, m_maxMentions) * s / 2;
}

void NetworkFigure::moveNode(size_t index, const QRectF &area, const QPointF &delta)
{
    const double s = scale(area);
    if (index >= m_network.nodes.size() || s <= 0)
        return;
    m_network.nodes[index].x += delta.x() / s;
    m_network.nodes[index].y += delta.y() / s;
}

bool NetworkFigure::dimmed(qint64 id) const
{
    return !m_highlight.empty() && std::find(m_highlight.begin(), m_highlight.end(), id) == m_highlight.end();
}

int NetworkFigure::nodeAt(const QRectF &area, const QPointF &position) const
{
    for (size_t i = m_network.nodes.size(); i-- > 0;) {
        const QPointF c = nodePosition(area, i);
        if (std::hypot(position.x() - c.x(), position.y() - c.y()) <= nodeRadius(area, i) + 2)
            return int(i);
    }
    return -1;
}

int NetworkFigure::edgeAt(const QRectF &area, const QPointF &position) const
{
    int best = -1;
    double bestDistance = 5;
    for (size_t k = 0; k < m_network.edges.size(); ++k) {
        const int s = m_network.indexOf(m_network.edges[k].source);
        const int t = m_network.indexOf(m_network.edges[k].target);
        if (s < 0 || t < 0)
            continue;
        const double d
            = distanceToSegment(position, nodePosition(area, size_t(s)), nodePosition(area, size_t(t)));
        if (d < bestDistance) {
            bestDistance = d;
            best = int(k);
        }
    }
    return best;
}

void NetworkFigure::paint(QPainter &p, const QRectF &area, SourceList &) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (m_network.nodes.empty() || !m_network.laidOut) {
        p.setFont(figureFont(9));
        p.setPen(Qt::darkGray);
        p.drawText(area, Qt::AlignCenter,
            QCoreApplication::translate("NetworkFigure", "No entities match the filters."));
        p.restore();
        return;
    }
    // Edges under the nodes: co-mentions first, relations over them.
    for (int pass = 0; pass < 2; ++pass) {
        for (const NetworkEdge &e : m_network.edges) {
            if (e.isCoMention() != (pass == 0))
                continue;
            const int s = m_network.indexOf(e.source);
            const int t = m_network.indexOf(e.target);
            if (s < 0 || t < 0)
                continue;
            const QPointF a = nodePosition(area, size_t(s));
            const QPointF b = nodePosition(area, size_t(t));
            const double strength = std::log1p(double(e.weight)) / std::log1p(double(m_maxWeight));
            const bool faint = dimmed(e.source) || dimmed(e.target);
            if (e.isCoMention()) {
                QColor grey(0x88, 0x88, 0x88, faint ? 30 : int(70 + 120 * strength));
                p.setPen(QPen(grey, 0.4 + 3.2 * strength, Qt::SolidLine, Qt::RoundCap));
                p.drawLine(a, b);
                continue;
            }
            // A relation: an arrow that stops at the target's rim, its type written along it.
            const QPointF direction = b - a;
            const double length = std::hypot(direction.x(), direction.y());
            if (length < 1)
                continue;
            const QPointF unit = direction / length;
            const QPointF tip = b - unit * (nodeRadius(area, size_t(t)) + 1);
            // Confirmed by the analyst: solid black and a little wider; found surely: dark grey;
            // doubtful: faint and dashed, so it reads as doubt in print too, where faint is weak.
            const bool doubtful = e.trust == RelationTrust::Doubtful;
            QColor dark = e.trust == RelationTrust::Confirmed ? QColor(0, 0, 0, faint ? 60 : 255)
                                                              : QColor(0x33, 0x33, 0x33, faint ? 50 : 220);
            if (doubtful)
                dark = QColor(0x66, 0x66, 0x66, faint ? 30 : 110);
            const double width = 0.8 + 1.6 * strength + (e.trust == RelationTrust::Confirmed ? 0.6 : 0.0);
            p.setPen(QPen(dark, width, doubtful ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
            p.drawLine(a, tip);
            const QPointF normal(-unit.y(), unit.x());
            QPainterPath head;
            head.moveTo(tip);
            head.lineTo(tip - unit * 7 + normal * 3);
            head.lineTo(tip - unit * 7 - normal * 3);
            head.closeSubpath();
            p.fillPath(head, dark);
            // Only long arrows carry their type in writing; short ones would bury the nodes.
            if (length > 90 && !faint) {
                p.setFont(figureFont(6.5));
                p.setPen(dark);
                const QString type = e.trust == RelationTrust::Confirmed
                    ? QStringLiteral("\u2713 ") + relationTypeLabel(e.kind)
                    : relationTypeLabel(e.kind);
                p.drawText(QRectF((a + b) / 2 - QPointF(50, 10), QSizeF(100, 10)), Qt::AlignCenter,
                    e.weight > 1 ? QStringLiteral("%1 \u00D7%2").arg(type).arg(e.weight) : type);
            }
        }
    }
    // Nodes, the largest drawn last so they stay on top.
    std::vector<size_t> order(m_network.nodes.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
        [&](size_t x, size_t y) { return m_network.nodes[x].mentions < m_network.nodes[y].mentions; });
    for (size_t i : order) {
        const NetworkNode &n = m_network.nodes[i];
        QColor fill(entityTypeColor(n.type));
        if (dimmed(n.id))
            fill.setAlpha(60);
        p.setPen(QPen(Qt::white, 1.2));
        p.setBrush(fill);
        p.drawEllipse(nodePosition(area, i), nodeRadius(area, i), nodeRadius(area, i));
    }
    // Names of the biggest nodes (the ranking is by articles), with a white halo for legibility.
    p.setFont(figureFont(7.5));
    const QFontMetricsF metrics(p.font());
    std::vector<QRectF> taken;
    for (size_t i = 0; i < m_network.nodes.size() && int(i) < labelledNodes; ++i) {
        const NetworkNode &n = m_network.nodes[i];
        if (dimmed(n.id))
            continue;
        const QPointF c = nodePosition(area, i);
        const double w = metrics.horizontalAdvance(n.name);
        const QRectF box(c.x() - w / 2, c.y() + nodeRadius(area, i) + 1, w, metrics.height());
        if (std::any_of(taken.begin(), taken.end(), [&](const QRectF &r) { return r.intersects(box); }))
            continue;
        taken.push_back(box);
        QPainterPath text;
        text.addText(box.left(), box.top() + metrics.ascent(), p.font(), n.name);
        p.strokePath(text, QPen(QColor(255, 255, 255, 220), 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        // The name itself as text, so PDF readers can search and copy it.
        p.setPen(Qt::black);
        p.drawText(QPointF(box.left(), box.top() + metrics.ascent()), n.name);
    }
    // Legend: the types present, the two kinds of links and the kinds of trust, in rows that
    // wrap at the picture's width (a 1280×720 screen cut it after "Person").
    const std::vector<LegendEntry> entries = legendEntries(m_network);
    const auto rows = legendRows(entries, area.width());
    const QFontMetricsF legendMetrics(figureFont(legendPoints));
    double y = area.bottom() - legendRowHeight * double(rows.size());
    for (const auto &row : rows) {
        double x = area.left();
        for (const LegendEntry *entry : row) {
            if (entry->dot.isValid()) {
                p.setPen(Qt::NoPen);
                p.setBrush(entry->dot);
                p.drawEllipse(QPointF(x + 5, y + 6), 5, 5);
            } else {
                p.setPen(entry->line);
                p.drawLine(QPointF(x, y + 6), QPointF(x + 22, y + 6));
            }
            p.setPen(Qt::black);
            p.drawText(
                QPointF(x + markWidth(*entry) + 4, y + 6 + legendMetrics.ascent() / 2 - 1), entry->text);
            x += entryWidth(*entry, legendMetrics);
        }
        y += legendRowHeight;
    }
    p.restore();
}

} // namespace Lagebild
