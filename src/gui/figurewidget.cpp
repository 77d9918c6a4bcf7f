// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/figurewidget.h"

#include "render/figure.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

namespace Lagebild {

FigureWidget::FigureWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
}

FigureWidget::~FigureWidget() = default;

void FigureWidget::setFigure(std::shared_ptr<Figure> figure)
{
    m_figure = std::move(figure);
    m_message.clear();
    updateSize();
    update();
}

void FigureWidget::setMessage(const QString &message)
{
    m_message = message;
    update();
}

void FigureWidget::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 1.0, 8.0);
    updateSize();
    update();
}

void FigureWidget::updateSize()
{
    // Zooming widens the canvas; the scroll area around it pans.
    auto *area = qobject_cast<QScrollArea *>(parentWidget() ? parentWidget()->parentWidget() : nullptr);
    if (!area)
        return;
    const QSize viewport = area->viewport()->size();
    setMinimumSize(int(viewport.width() * m_zoom), viewport.height());
    resize(minimumSize());
}

QRectF FigureWidget::figureArea() const
{
    return QRectF(rect()).adjusted(12, 10, -12, -10);
}

void FigureWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(rect(), Qt::white);
    if (!m_message.isEmpty() || !m_figure) {
        p.setPen(Qt::darkGray);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    SourceList sources;
    m_figure->paint(p, figureArea(), sources);
}

bool FigureWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text
            = toolTipAt && m_figure && m_message.isEmpty() ? toolTipAt(help->pos()) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void FigureWidget::mousePressEvent(QMouseEvent *event)
{
    // The right button opens a menu (contextMenuEvent); it neither drags nor clicks.
    if (event->button() == Qt::RightButton && contextMenuAt) {
        m_pressedAt = QPointF(-100, -100);
        return;
    }
    m_pressedAt = event->position();
    m_last = event->position();
    m_lastGlobal = event->globalPosition();
    m_dragging = pressed && m_figure && pressed(event->position());
    m_panning = !m_dragging;
    if (m_panning)
        setCursor(Qt::ClosedHandCursor);
}

void FigureWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging && moved) {
        moved(m_last, event->position());
        m_last = event->position();
        update();
        return;
    }
    if (m_panning && (event->buttons() & Qt::LeftButton)) {
        if (auto *area
            = qobject_cast<QScrollArea *>(parentWidget() ? parentWidget()->parentWidget() : nullptr)) {
            const QPointF delta = event->globalPosition() - m_lastGlobal;
            m_lastGlobal = event->globalPosition();
            area->horizontalScrollBar()->setValue(area->horizontalScrollBar()->value() - int(delta.x()));
            area->verticalScrollBar()->setValue(area->verticalScrollBar()->value() - int(delta.y()));
        }
    }
}

void FigureWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const bool click = (event->position() - m_pressedAt).manhattanLength() < 4;
    if (m_dragging && released)
        released(event->position());
    else if (click && clicked && m_figure)
        clicked(event->position());
    m_dragging = false;
    m_panning = false;
    unsetCursor();
}

void FigureWidget::contextMenuEvent(QContextMenuEvent *event)
{
    if (!contextMenuAt || !m_figure || !m_message.isEmpty()) {
        QWidget::contextMenuEvent(event);
        return;
    }
    contextMenuAt(QPointF(event->pos()), event->globalPos());
}

void FigureWidget::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        event->ignore(); // the scroll area scrolls
        return;
    }
    const int steps = event->angleDelta().y() > 0 ? 1 : -1;
    if (wheeled && m_figure && m_message.isEmpty() && wheeled(event->position(), steps)) {
        event->accept();
        return;
    }
    setZoom(m_zoom * (steps > 0 ? 1.25 : 0.8));
    event->accept();
}

} // namespace Lagebild
