// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/exportformat.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace Lagebild {

QString exportSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::TimelineJs:
        return QStringLiteral("json");
    case ExportFormat::GraphMl:
        return QStringLiteral("graphml");
    case ExportFormat::Gexf:
        return QStringLiteral("gexf");
    case ExportFormat::JsonLines:
        return QStringLiteral("jsonl");
    }
    return {};
}

QString exportFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QCoreApplication::translate("ExportFormat", "PDF (*.pdf)");
    case ExportFormat::Svg:
        return QCoreApplication::translate("ExportFormat", "SVG (*.svg)");
    case ExportFormat::Png:
        return QCoreApplication::translate("ExportFormat", "PNG (*.png)");
    case ExportFormat::Csv:
        return QCoreApplication::translate("ExportFormat", "CSV (*.csv)");
    case ExportFormat::TimelineJs:
        return QCoreApplication::translate("ExportFormat", "TimelineJS (*.json)");
    case ExportFormat::GraphMl:
        return QCoreApplication::translate("ExportFormat", "GraphML (*.graphml)");
    case ExportFormat::Gexf:
        return QCoreApplication::translate("ExportFormat", "GEXF for Gephi (*.gexf)");
    case ExportFormat::JsonLines:
        return QCoreApplication::translate("ExportFormat", "JSON Lines (*.jsonl)");
    }
    return {};
}

ExportTarget exportTarget(
    const QString &path, const QString &chosenFilter, const QList<ExportFormat> &offered)
{
    ExportTarget target {path, offered.value(0, ExportFormat::Pdf)};
    for (ExportFormat format : offered) {
        if (exportFilter(format) == chosenFilter)
            target.format = format;
    }
    // The filter decides, whatever the name ends with: "net.csv" under PDF becomes
    // "net.csv.pdf", so the file never pretends to be what it is not.
    const QString suffix = QLatin1Char('.') + exportSuffix(target.format);
    if (!target.path.endsWith(suffix, Qt::CaseInsensitive))
        target.path += suffix;
    return target;
}

ExportTarget askForExportTarget(QWidget *parent, const QString &title, const QList<ExportFormat> &offered)
{
    QStringList filters;
    for (ExportFormat format : offered)
        filters.append(exportFilter(format));
    QString chosen = filters.value(0);
    const QString path
        = QFileDialog::getSaveFileName(parent, title, QString(), filters.join(QLatin1String(";;")), &chosen);
    if (path.isEmpty())
        return {};
    return exportTarget(path, chosen, offered);
}

} // namespace Lagebild
