// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <memory>

namespace Lagebild {

class Figure;

/// Shows a Figure — the same drawing the PDF, SVG and PNG exports get — and turns mouse
/// movement into positions within it. Zoom with Ctrl+wheel or Ctrl +/−, pan with the scroll
/// bars of the surrounding scroll area or by dragging the background.
class FigureWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit FigureWidget(QWidget *parent = nullptr);
    ~FigureWidget() override;

    void setFigure(std::shared_ptr<Figure> figure);
    [[nodiscard]] Figure *figure() const { return m_figure.get(); }
    /// Where the figure is painted, in widget coordinates.
    [[nodiscard]] QRectF figureArea() const;
    void setZoom(double zoom);
    [[nodiscard]] double zoom() const { return m_zoom; }
    /// A message shown instead of the figure (while it is computed, or why there is none).
    void setMessage(const QString &message);

    /// Hooks for the view that owns the widget: hover text, clicks, drags of figure items.
    std::function<QString(const QPointF &)> toolTipAt;
    std::function<void(const QPointF &)> clicked;
    /// Returns true when the press starts dragging an item; then moved() follows.
    std::function<bool(const QPointF &)> pressed;
    std::function<void(const QPointF &from, const QPointF &to)> moved;
    /// The drag that pressed() started ends here.
    std::function<void(const QPointF &at)> released;
    /// Ctrl+wheel over the figure: returns true when the view handled it (an event chart zooms
    /// its time axis), else the canvas magnifies. `steps` is positive towards zooming in.
    std::function<bool(const QPointF &at, int steps)> wheeled;
    /// A right click (or the menu key): the view offers what can be done with the item there.
    std::function<void(const QPointF &at, const QPoint &global)> contextMenuAt;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
public:
    /// Fits the canvas to the scroll area's viewport at the current zoom (after resizes).
    void updateSize();

private:
    std::shared_ptr<Figure> m_figure;
    QString m_message;
    double m_zoom = 1.0;
    bool m_dragging = false;
    bool m_panning = false;
    QPointF m_last;
    QPointF m_pressedAt;
    QPointF m_lastGlobal;
};

} // namespace Lagebild
