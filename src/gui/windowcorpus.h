// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"
#include "store/articleeditor.h"
#include "store/articlestore.h"
#include "store/corpusreader.h"
#include "store/corpussource.h"

#include <QString>

#include <memory>

namespace Lagebild {

/// What a workbench window works on (docs/team.md, "The window on a team database"): the views'
/// source, the reading of whole articles, the hand work on tags, notes and dates — the same on
/// both backends — and, on an SQLite file, the store that the window's work not yet written for
/// both needs (analysis in the window, entity and relation corrections, learning from them, the
/// search index's upkeep, Save a Copy). On a team database `store` is null: the workers analyse,
/// and the window does not offer what it cannot do there.
struct WindowCorpus
{
    /// Declared first: the others read through it on SQLite, so they go before it.
    std::unique_ptr<ArticleStore> store;
    std::unique_ptr<CorpusSource> source;
    std::unique_ptr<CorpusReader> articles;
    std::unique_ptr<ArticleEditor> editor;
};

/// The window's corpus over an opened SQLite store, which it keeps.
[[nodiscard]] WindowCorpus sqliteWindowCorpus(std::unique_ptr<ArticleStore> store);

/// Opens the corpus at `location`: a file's path as ArticleStore::open does, a libpq URI with the
/// connections of a team database (a database without a corpus, or with a newer schema, is
/// refused on one line; an older one migrated).
Expected<WindowCorpus> openWindowCorpus(const QString &location);

} // namespace Lagebild
