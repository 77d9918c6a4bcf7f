// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/flowlayout.h"

#include <QWidget>

#include <algorithm>

namespace Lagebild {

FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent), m_hSpacing(hSpacing), m_vSpacing(vSpacing)
{
    if (parent)
        setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addExpandingWidget(QWidget *widget)
{
    addWidget(widget);
    m_expanding = m_items.constLast();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    if (item == m_expanding)
        m_expanding = nullptr;
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One line when there is room for it.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? m_hSpacing : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Lines first, then their geometry: the expanding item needs to know what is left of its line.
    QList<QList<QLayoutItem *>> lines(1);
    int x = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = std::min(item->sizeHint().width(), area.width());
        if (x > 0 && x + width > area.width()) {
            lines.append(QList<QLayoutItem *>());
            x = 0;
        }
        lines.last().append(item);
        x += width + m_hSpacing;
    }
    int y = area.top();
    for (const QList<QLayoutItem *> &line : lines) {
        if (line.isEmpty())
            continue;
        int used = 0;
        int height = 0;
        for (const QLayoutItem *item : line) {
            used += std::min(item->sizeHint().width(), area.width());
            height = std::max(height, item->sizeHint().height());
        }
        used += m_hSpacing * int(line.size() - 1);
        int left = area.left();
        for (QLayoutItem *item : line) {
            int width = std::min(item->sizeHint().width(), area.width());
            if (item == m_expanding)
                width += std::max(0, area.width() - used);
            width = std::max(width, std::min(item->minimumSize().width(), area.width()));
            if (apply) {
                const int h = item->sizeHint().height();
                item->setGeometry(QRect(left, y + (height - h) / 2, width, h));
            }
            left += width + m_hSpacing;
        }
        y += height + m_vSpacing;
    }
    const QMargins m = contentsMargins();
    return y - m_vSpacing - area.top() + m.top() + m.bottom();
}

} // namespace Lagebild
