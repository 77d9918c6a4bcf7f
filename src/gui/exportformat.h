// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace Lagebild {

/// The file formats the export dialogs offer.
enum class ExportFormat { Pdf, Svg, Png, Csv, TimelineJs, GraphMl, Gexf, JsonLines };

/// The extension a format writes, without the dot ("pdf").
[[nodiscard]] QString exportSuffix(ExportFormat format);
/// Its name filter in the save dialog ("PDF (*.pdf)"), translated.
[[nodiscard]] QString exportFilter(ExportFormat format);

/// Where and how to write an export the analyst chose.
struct ExportTarget
{
    QString path;
    ExportFormat format = ExportFormat::Pdf;
};

/// The save dialog's answer made definite: the chosen name filter decides the format (the first
/// offered when it names none of them), and its extension is appended unless the name ends
/// with it, so "Bericht" under "PDF (*.pdf)" is written as "Bericht.pdf", a PDF. `offered`
/// must not be empty.
[[nodiscard]] ExportTarget exportTarget(
    const QString &path, const QString &chosenFilter, const QList<ExportFormat> &offered);

/// Asks for a file to export to, offering these formats; an empty path when cancelled.
[[nodiscard]] ExportTarget askForExportTarget(
    QWidget *parent, const QString &title, const QList<ExportFormat> &offered);

} // namespace Lagebild
