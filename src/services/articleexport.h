// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"
#include "store/articlefilter.h"

#include <QIODevice>

namespace Lagebild {

class ArticleStore;

enum class ArticleExportFormat { Csv, JsonLines };

/// Writes the filtered articles with what the analyst added and what the analysis found: id,
/// date, outlet, title, URL, language, near-duplicate link, tags, note, and the entities with
/// their types (CSV: "Nvidia [COMPANY]; Huawei [COMPANY]"; JSON Lines: a list of objects, plus
/// the body). Returns the number of articles written.
Expected<qint64> exportArticles(
    ArticleStore &store, const ArticleFilter &filter, ArticleExportFormat format, QIODevice &out);

} // namespace Lagebild
