// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/windowcorpus.h"

#include "store/articleeditor.h"
#include "store/articlestore.h"
#include "store/corpusreader.h"
#include "store/corpussource.h"
#include "store/databaselocation.h"

namespace Lagebild {

WindowCorpus sqliteWindowCorpus(std::unique_ptr<ArticleStore> store)
{
    WindowCorpus corpus;
    corpus.source = sqliteCorpusSource(*store);
    corpus.articles = sqliteCorpusReader(*store);
    corpus.editor = sqliteArticleEditor(*store);
    corpus.store = std::move(store);
    return corpus;
}

Expected<WindowCorpus> openWindowCorpus(const QString &location)
{
    if (backendOf(location) == Backend::Sqlite) {
        auto store = ArticleStore::open(location);
        if (!store)
            return store.error();
        return sqliteWindowCorpus(std::move(store.value()));
    }
    // Three connections: the views' (the main thread's statements), the articles' and the
    // editor's, each as the CLI opens it; the first also migrates an older schema.
    WindowCorpus corpus;
    auto source = openPostgresCorpusSource(location);
    if (!source)
        return source.error();
    auto articles = openPostgresCorpusReader(location);
    if (!articles)
        return articles.error();
    auto editor = openPostgresArticleEditor(location);
    if (!editor)
        return editor.error();
    corpus.source = std::move(source.value());
    corpus.articles = std::move(articles.value());
    corpus.editor = std::move(editor.value());
    return corpus;
}

} // namespace Lagebild
