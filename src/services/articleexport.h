// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"
#include "store/articlefilter.h"

#include <QIODevice>

#include <functional>

namespace Lagebild {

class ArticleStore;
class CorpusReader;
class SqlReader;

enum class ArticleExportFormat { Csv, JsonLines };

/// Told after each article how many are written of how many; returning false stops the export,
/// which then fails with ErrorKind::Cancelled.
using ExportProgress = std::function<bool(qint64 written, qint64 total)>;

/// Writes the filtered articles with what the analyst added and what the analysis found: id,
/// date, outlet, title, URL, language, near-duplicate link, tags, note, and the entities with
/// their types (CSV: "Nvidia [COMPANY]; Huawei [COMPANY]"; JSON Lines: a list of objects, plus
/// the body). Returns the number of articles written.
/// The order is the browser's by date, oldest first (undated last). All reads of the list and the
/// entities happen in one snapshot of `sql` (SqlReader::snapshot).
Expected<qint64> exportArticles(ArticleStore &store, const ArticleFilter &filter, ArticleExportFormat format,
    QIODevice &out, const ExportProgress &progress = {});
/// The same on either backend: `articles` and `sql` read the same corpus (the CLI opens both on
/// a file or on a PostgreSQL URI); the same corpus gives the same bytes.
Expected<qint64> exportArticles(CorpusReader &articles, SqlReader &sql, const ArticleFilter &filter,
    ArticleExportFormat format, QIODevice &out, const ExportProgress &progress = {});

} // namespace Lagebild
