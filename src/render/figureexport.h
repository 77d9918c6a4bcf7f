// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QString>

namespace Lagebild {

class Figure;

struct PageSetup
{
    QPageSize::PageSizeId size = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
};

/// Print-ready vector PDF: the figure on the first page under its title and subtitle, then the
/// numbered source list on as many pages as it takes; page numbers on every page.
Expected<int> writePdf(const Figure &figure, const QString &path, const PageSetup &setup = {});
/// The same pages on any paged device (a printer, a PDF writer) set to 72 dpi, so one unit is
/// one point. Returns the number of pages.
Expected<int> writePages(const Figure &figure, QPagedPaintDevice &device);
/// Vector SVG of the figure with its title, subtitle and source list below.
Expected<void> writeSvg(const Figure &figure, const QString &path);
/// PNG at `scale` × the figure's preferred size (2: sharp on high-density screens and in print).
Expected<void> writePng(const Figure &figure, const QString &path, double scale = 2.0);

} // namespace Lagebild
