// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/network.h"
#include "render/figure.h"

namespace Lagebild {

/// A laid-out network: nodes coloured by type and sized by mentions, co-mention edges as grey
/// lines as thick as they are frequent, typed relations as dark arrows with their label. Names
/// of the larger nodes are written out; the rest show on hover in the view.
class NetworkFigure final : public Figure
{
public:
    NetworkFigure(Network network, QString title, QString subtitle);

    [[nodiscard]] QString title() const override { return m_title; }
    [[nodiscard]] QString subtitle() const override { return m_subtitle; }
    void paint(QPainter &painter, const QRectF &area, SourceList &sources) const override;
    [[nodiscard]] QSizeF preferredSize() const override { return {1120, 820}; }

    /// Where node `index` is drawn when painted into `area`.
    [[nodiscard]] QPointF nodePosition(const QRectF &area, size_t index) const;
    [[nodiscard]] double nodeRadius(const QRectF &area, size_t index) const;
    /// The node at `position`, or -1.
    [[nodiscard]] int nodeAt(const QRectF &area, const QPointF &position) const;
    /// The edge nearest `position` within a few points, or -1.
    [[nodiscard]] int edgeAt(const QRectF &area, const QPointF &position) const;
    /// Nodes to draw emphasised (selection and its neighbours); empty: all normal.
    void setHighlight(std::vector<qint64> nodes) { m_highlight = std::move(nodes); }
    [[nodiscard]] const Network &network() const { return m_network; }
    /// Moves a node by `delta` (in the drawing's coordinates when painted into `area`).
    void moveNode(size_t index, const QRectF &area, const QPointF &delta);

private:
    [[nodiscard]] double scale(const QRectF &area) const;
    [[nodiscard]] QRectF graphArea(const QRectF &area) const;
    [[nodiscard]] bool dimmed(qint64 id) const;

    Network m_network;
    QString m_title;
    QString m_subtitle;
    std::vector<qint64> m_highlight;
    qint64 m_maxMentions = 1;
    qint64 m_maxWeight = 1;
};

} // namespace Lagebild
