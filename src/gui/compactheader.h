// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHeaderView>
#include <QIcon>

namespace Lagebild {

/// A horizontal table header whose sections, when narrower than their title, show an icon
/// instead of a title cut after a few letters ("Schlagwö", "Erwähnun" on a 1280×720 laptop
/// screen). The title stays whole in the tooltip (the model's Qt::ToolTipRole for the header).
class CompactHeader final : public QHeaderView
{
    Q_OBJECT
public:
    explicit CompactHeader(QWidget *parent = nullptr);

    /// The icon a section shows when its title does not fit; sections without one keep the title.
    void setIcon(int section, const QIcon &icon);
    /// The width that shows the section's title whole, with room for the sort arrow.
    [[nodiscard]] int titleWidth(int section) const;
    /// The narrowest width that still shows the section readably: its icon, or its title.
    [[nodiscard]] int compactWidth(int section) const;
    /// Whether the section shows its icon at its current width.
    [[nodiscard]] bool showsIcon(int section) const;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    [[nodiscard]] bool iconAt(int section, int width) const;

    QHash<int, QIcon> m_icons;
};

/// The pictures of the article table's narrow columns, drawn in `color` (the header's text
/// colour), so that they need no image files and follow the palette.
enum class ColumnIcon { Tags, Mentions, Flags };
[[nodiscard]] QIcon columnIcon(ColumnIcon kind, const QColor &color);

} // namespace Lagebild
