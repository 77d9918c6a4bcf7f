// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace Lagebild {

class ArticleImporter;

/// Every importer the program knows, in the order they are asked.
[[nodiscard]] const std::vector<const ArticleImporter *> &allImporters();
/// The importer that takes this file, or nullptr.
[[nodiscard]] const ArticleImporter *importerFor(const QString &fileName, const QByteArray &head);
/// All importers' name filters, for folder walks and file dialogs.
[[nodiscard]] QStringList importableNameFilters();

} // namespace Lagebild
