// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace Lagebild {

// A row of controls that wraps onto further rows when the space is narrower than the row: the
// toolbars of the tabs and the reader's legend would otherwise make the whole window at least as
// wide as their longest row (issue 15: 1,553 px). Items keep their size hints; a stretch factor
// is not supported (the row is left-aligned), except that one item may be marked as the one that
// takes what is left of its line (the entity field of a toolbar).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = 6, int vSpacing = 4);
    ~FlowLayout() override;

    // Adds a widget that takes the rest of its line, at least its minimum width.
    void addExpandingWidget(QWidget *widget);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    QLayoutItem *m_expanding = nullptr;
    int m_hSpacing;
    int m_vSpacing;
};

} // namespace Lagebild
