// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/figureexport.h"

#include "render/figure.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace Lagebild {

namespace {

constexpr double titleSize = 17;
constexpr double subtitleSize = 9.5;
constexpr double sourceSize = 8;
constexpr double footerHeight = 16;
constexpr int pointsPerMeter = int(72 / 0.0254);

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

/// Title and subtitle at the top of `area`; returns the height used.
double paintHeader(QPainter &p, const QRectF &area, const Figure &figure)
{
    p.save();
    p.setPen(Qt::black);
    p.setFont(font(titleSize, true));
    const QRectF title = p.boundingRect(area, Qt::TextWordWrap, figure.title());
    p.drawText(area, Qt::TextWordWrap, figure.title());
    p.setFont(font(subtitleSize));
    p.setPen(QColor(0x44, 0x44, 0x44));
    const QRectF below(area.left(), title.bottom() + 4, area.width(), area.height());
    const QRectF subtitle = p.boundingRect(below, Qt::TextWordWrap, figure.subtitle());
    p.drawText(below, Qt::TextWordWrap, figure.subtitle());
    p.restore();
    return subtitle.bottom() - area.top() + 12;
}

QString sourceLine(const std::vector<Citation> &entries, size_t i)
{
    return QStringLiteral("[%1] %2").arg(i + 1).arg(SourceList::describe(entries[i]));
}

/// Heights of the source list's lines at this width.
std::vector<double> sourceHeights(QPainter &p, const std::vector<Citation> &entries, double width)
{
    p.save();
    p.setFont(font(sourceSize));
    std::vector<double> heights;
    for (size_t i = 0; i < entries.size(); ++i)
        heights.push_back(
            p.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, sourceLine(entries, i)).height()
            + 2);
    p.restore();
    return heights;
}

double paintSourcesHeading(QPainter &p, const QRectF &area)
{
    p.save();
    p.setFont(font(11, true));
    p.setPen(Qt::black);
    const QString heading = QCoreApplication::translate("FigureExport", "Sources");
    p.drawText(area, Qt::AlignLeft | Qt::AlignTop, heading);
    const double h = p.fontMetrics().height() + 6;
    p.restore();
    return h;
}

void paintFooter(QPainter &p, const QRectF &page, int number, int total)
{
    p.save();
    p.setFont(font(7.5));
    p.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF footer(page.left(), page.bottom() - footerHeight + 4, page.width(), footerHeight - 4);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("Lagebild"));
    p.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
        QCoreApplication::translate("FigureExport", "Page %1 of %2").arg(number).arg(total));
    p.restore();
}

/// The whole sheet for SVG and PNG: header, figure, sources below it.
void paintSheet(
    QPainter &p, const QSizeF &size, const Figure &figure, const SourceList &collected, double figureHeight)
{
    const QRectF area(24, 20, size.width() - 48, size.height() - 40);
    p.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    const double header = paintHeader(p, area, figure);
    SourceList sources;
    figure.paint(p, QRectF(area.left(), area.top() + header, area.width(), figureHeight), sources);
    double y = area.top() + header + figureHeight + 14;
    if (sources.entries().empty())
        return;
    y += paintSourcesHeading(p, QRectF(area.left(), y, area.width(), 30));
    p.setFont(font(sourceSize));
    p.setPen(Qt::black);
    const auto heights = sourceHeights(p, sources.entries(), area.width());
    for (size_t i = 0; i < sources.entries().size(); ++i) {
        p.drawText(QRectF(area.left(), y, area.width(), heights[i]), Qt::TextWordWrap,
            sourceLine(sources.entries(), i));
        y += heights[i];
    }
    Q_UNUSED(collected)
}

/// The sheet size for SVG and PNG: the figure's preferred size plus room for header and sources.
QSizeF sheetSize(const Figure &figure, SourceList &sources, double &figureHeight)
{
    const QSizeF preferred = figure.preferredSize();
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
    probe.setDotsPerMeterX(pointsPerMeter);
    probe.setDotsPerMeterY(pointsPerMeter);
    QPainter p(&probe);
    figure.paint(p, QRectF(QPointF(0, 0), preferred), sources);
    const double header = paintHeader(p, QRectF(0, 0, preferred.width() - 48, 400), figure);
    double extra = 0;
    if (!sources.entries().empty()) {
        extra += 14 + 24;
        for (double h : sourceHeights(p, sources.entries(), preferred.width() - 48))
            extra += h;
    }
    p.end();
    figureHeight = preferred.height();
    return {preferred.width(), 40 + header + preferred.height() + extra};
}

Error cannotWrite(const QString &path, const QString &why)
{
    return Error {QStringLiteral("%1: cannot write (%2)").arg(QFileInfo(path).fileName(), why)};
}

} // namespace

Expected<int> writePdf(const Figure &figure, const QString &path, const PageSetup &setup)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(setup.size));
    writer.setPageOrientation(setup.orientation);
    writer.setPageMargins(QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter);
    writer.setResolution(72); // one unit is one point
    writer.setTitle(figure.title());
    writer.setCreator(QStringLiteral("Lagebild"));
    auto pages = writePages(figure, writer);
    if (!pages)
        return cannotWrite(path, pages.errorMessage());
    return pages;
}

Expected<int> writePages(const Figure &figure, QPagedPaintDevice &writer)
{
    QPainter p;
    if (!p.begin(&writer))
        return Error {QStringLiteral("the pages could not be started")};
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF page(0, 0, writer.width(), writer.height());
    const QRectF content(page.left(), page.top(), page.width(), page.height() - footerHeight);
    const double header = paintHeader(p, content, figure);
    SourceList sources;
    figure.paint(p,
        QRectF(content.left(), content.top() + header, content.width(), content.height() - header), sources);

    // The source list on the following pages: lay it out first, so page numbers know the total.
    const auto heights = sourceHeights(p, sources.entries(), content.width());
    std::vector<std::vector<size_t>> pages;
    double y = 1e9;
    double available = content.height() - 30;
    for (size_t i = 0; i < heights.size(); ++i) {
        if (y + heights[i] > available) {
            pages.emplace_back();
            y = 0;
        }
        pages.back().push_back(i);
        y += heights[i];
    }
    const int total = 1 + int(pages.size());
    paintFooter(p, page, 1, total);
    for (size_t n = 0; n < pages.size(); ++n) {
        writer.newPage();
        double top = content.top();
        if (n == 0)
            top += paintSourcesHeading(p, content);
        p.setFont(font(sourceSize));
        p.setPen(Qt::black);
        for (size_t i : pages[n]) {
            p.drawText(QRectF(content.left(), top, content.width(), heights[i]), Qt::TextWordWrap,
                sourceLine(sources.entries(), i));
            top += heights[i];
        }
        paintFooter(p, page, int(n) + 2, total);
    }
    if (!p.end())
        return Error {QStringLiteral("the pages could not be finished")};
    return total;
}

Expected<void> writeSvg(const Figure &figure, const QString &path)
{
    SourceList sources;
    double figureHeight = 0;
    const QSizeF size = sheetSize(figure, sources, figureHeight);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setResolution(72);
    svg.setTitle(figure.title());
    svg.setDescription(figure.subtitle());
    QPainter p;
    if (!p.begin(&svg))
        return cannotWrite(path, QStringLiteral("the SVG could not be created"));
    paintSheet(p, size, figure, sources, figureHeight);
    p.end();
    if (!QFileInfo::exists(path))
        return cannotWrite(path, QStringLiteral("nothing was written"));
    return {};
}

Expected<void> writePng(const Figure &figure, const QString &path, double scale)
{
    SourceList sources;
    double figureHeight = 0;
    const QSizeF size = sheetSize(figure, sources, figureHeight);
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    // 72 dpi, so a point is a pixel before the scale: the same layout as the PDF and SVG.
    image.setDotsPerMeterX(pointsPerMeter);
    image.setDotsPerMeterY(pointsPerMeter);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    paintSheet(p, size, figure, sources, figureHeight);
    p.end();
    if (!image.save(path, "PNG"))
        return cannotWrite(path, QStringLiteral("the PNG could not be saved"));
    return {};
}

} // namespace Lagebild
