// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/compactheader.h"

#include <QPainter>
#include <QPixmap>
#include <QPolygonF>
#include <QStyleOptionHeader>

namespace Lagebild {

namespace {

constexpr int iconPixels = 16;
// Left and right padding of a section plus the sort arrow beside its title or icon.
constexpr int sectionRoom = 28;

} // namespace

CompactHeader::CompactHeader(QWidget *parent) : QHeaderView(Qt::Horizontal, parent) { }

void CompactHeader::setIcon(int section, const QIcon &icon)
{
    m_icons.insert(section, icon);
    viewport()->update();
}

int CompactHeader::titleWidth(int section) const
{
    const QString title
        = model() ? model()->headerData(section, orientation(), Qt::DisplayRole).toString() : QString();
    return fontMetrics().horizontalAdvance(title) + sectionRoom;
}

int CompactHeader::compactWidth(int section) const
{
    return m_icons.contains(section) ? std::min(titleWidth(section), iconPixels + sectionRoom)
                                     : titleWidth(section);
}

bool CompactHeader::showsIcon(int section) const
{
    return iconAt(section, sectionSize(section));
}

bool CompactHeader::iconAt(int section, int width) const
{
    return m_icons.contains(section) && width < titleWidth(section);
}

void CompactHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid() || !iconAt(logicalIndex, rect.width())) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    QStyleOptionHeader option;
    initStyleOptionForIndex(&option, logicalIndex);
    option.rect = rect;
    option.text.clear();
    option.icon = m_icons.value(logicalIndex);
    option.iconAlignment = Qt::AlignCenter;
    const QPointF origin = painter->brushOrigin();
    painter->setBrushOrigin(rect.topLeft());
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->setBrushOrigin(origin);
}

QIcon columnIcon(ColumnIcon kind, const QColor &color)
{
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(int(iconPixels * ratio), int(iconPixels * ratio));
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color, 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        switch (kind) {
        case ColumnIcon::Tags: {
            // A luggage label pointing left, with its hole.
            p.drawPolygon(QPolygonF({{1.5, 8}, {6, 3.5}, {14.5, 3.5}, {14.5, 12.5}, {6, 12.5}}));
            p.drawEllipse(QPointF(6.2, 8), 1.2, 1.2);
            break;
        }
        case ColumnIcon::Mentions: {
            // Lines of text with one marked word, as the reader marks a mention.
            p.drawLine(QPointF(1.5, 3.5), QPointF(14.5, 3.5));
            p.drawLine(QPointF(1.5, 12.5), QPointF(10.5, 12.5));
            QColor tint = color;
            tint.setAlphaF(0.35);
            p.fillRect(QRectF(5, 5.8, 7, 4), tint);
            p.drawLine(QPointF(1.5, 8), QPointF(3.5, 8));
            p.drawLine(QPointF(5, 10), QPointF(12, 10));
            p.drawLine(QPointF(13.5, 8), QPointF(14.5, 8));
            break;
        }
        case ColumnIcon::Flags: {
            // A pennant on its pole.
            p.drawLine(QPointF(3, 1.5), QPointF(3, 14.5));
            p.setBrush(color);
            p.drawPolygon(QPolygonF({{3, 2.5}, {13.5, 2.5}, {10.5, 5.75}, {13.5, 9}, {3, 9}}));
            break;
        }
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Lagebild
