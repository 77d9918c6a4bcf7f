// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;

namespace Lagebild {

/// A stored publication date (ISO, as precise as known) for readers, in the current locale with
/// four-digit years: "14.10.2025", "Oktober 2025", "2025"; empty when unknown.
[[nodiscard]] QString readableDate(const QString &iso);
/// The non-empty parts joined by ", ": an unknown outlet or date leaves no stray comma.
[[nodiscard]] QString joinKnown(const QStringList &parts);

/// An article a figure rests on, listed under the figure with its number.
struct Citation
{
    ArticleId article = 0;
    QString outlet;
    QString published; ///< ISO
    QString title;
    QString url;
};

/// The numbered source list of one figure: citing the same article twice gives the same number.
class SourceList
{
public:
    int cite(const Citation &citation);
    [[nodiscard]] const std::vector<Citation> &entries() const { return m_entries; }
    /// "Outlet, 14.10.2025: Title. URL"; what is unknown is left out, not marked.
    [[nodiscard]] static QString describe(const Citation &citation);

private:
    std::vector<Citation> m_entries;
};

/// Something drawn the same way on screen, in PDF, SVG and PNG: a timeline or a network. Paints
/// in logical points; the exporters put title, subtitle, page furniture and the source list
/// around it.
class Figure
{
public:
    virtual ~Figure() = default;
    [[nodiscard]] virtual QString title() const = 0;
    /// The filters and the date range the figure shows.
    [[nodiscard]] virtual QString subtitle() const = 0;
    /// Draws the figure into `area`; the articles it cites go to `sources`.
    virtual void paint(QPainter &painter, const QRectF &area, SourceList &sources) const = 0;
    /// The size the figure reads best at, for SVG and PNG.
    [[nodiscard]] virtual QSizeF preferredSize() const { return {1120, 680}; }
};

} // namespace Lagebild
