// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"
#include "core/publicationdate.h"
#include "store/edithistory.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <vector>

namespace Lagebild {

class ArticleStore;

/// The analyst's hand work on an article's tags and note, the same on every backend: what
/// `lagebild-cli tag`, `untag`, `note` and `history` need, and the window's undo commands
/// (gui/undocommands.h). Each call is one transaction that writes the change and its row of the
/// article's history together (edithistory.h): on SQLite through ArticleStore, with the login
/// name as the author; on PostgreSQL with the role the server authenticated. An unknown article
/// is an error of kind NotFound; nothing is changed then.
class ArticleEditor
{
public:
    virtual ~ArticleEditor() = default;

    /// The database as messages show it: a file's path, a URI without its password.
    [[nodiscard]] virtual QString location() const = 0;
    virtual Expected<void> addTags(ArticleId id, const QStringList &tags) = 0;
    virtual Expected<void> removeTags(ArticleId id, const QStringList &tags) = 0;
    /// German collation order.
    virtual Expected<QStringList> tagsOf(ArticleId id) = 0;
    /// Blank text removes the note. Two analysts writing one note: the later write wins, and the
    /// history keeps both texts.
    virtual Expected<void> setNote(ArticleId id, const QString &text) = 0;
    /// Oldest first.
    virtual Expected<std::vector<ArticleEdit>> history(ArticleId id) = 0;
    /// Sets the publication date (the window and the CLI give it origin Manual), or clears it with
    /// an invalid date. Relative dates in the text are resolved against it, so the article becomes
    /// due for analysis (on PostgreSQL the workers hear of it at the commit).
    virtual Expected<void> setPublished(ArticleId id, const PublicationDate &date) = 0;
    /// Every tag name of the corpus, German collation order.
    virtual Expected<QStringList> allTags() = 0;
    /// Renames a tag for the whole corpus; when `to` names another tag already, the two are merged
    /// into `to` (an article that had both keeps one). A change of case only renames. Every article
    /// that carried `from` gets a history row. A tag that does not exist is an error of kind
    /// NotFound, an empty new name an error; nothing is changed then.
    virtual Expected<void> renameTag(const QString &from, const QString &to) = 0;
    /// Removes a tag from every article (each gets a history row) and from the tag list. A tag that
    /// does not exist is an error of kind NotFound.
    virtual Expected<void> deleteTag(const QString &tag) = 0;
    /// The articles carrying `tag` (compared without case), by id: whom a rename or a deletion
    /// touches, so that its undo gives the tag back to exactly them.
    virtual Expected<std::vector<ArticleId>> articlesTagged(const QString &tag) = 0;
    /// The article's newest edit of one of `kinds`; nullopt when it has none. The window names
    /// who wrote the note an analyst is about to replace.
    virtual Expected<std::optional<ArticleEdit>> lastEdit(ArticleId id, std::initializer_list<EditKind> kinds)
        = 0;
    /// The name this editor's hand edits are recorded under (ArticleEdit::madeBy): the login name
    /// on SQLite, the role the server authenticated on PostgreSQL. The window tells the analyst's
    /// own earlier work from another's by it.
    virtual Expected<QString> author() = 0;
    /// Runs `work` (calls of this editor) as one transaction: an undo step of several articles is
    /// stored whole, or, when `work` or the commit fails, not at all. The calls' own transactions
    /// become parts of it.
    virtual Expected<void> transact(const std::function<Expected<void>()> &work) = 0;

protected:
    ArticleEditor() = default;
    ArticleEditor(const ArticleEditor &) = delete;
    ArticleEditor &operator=(const ArticleEditor &) = delete;
};

/// Tags as both backends store them: spaces simplified, blanks dropped, one of each name
/// whatever its case (tag names compare without case), in the order given.
[[nodiscard]] QStringList cleanTags(const QStringList &tags);

/// The SQLite backend: edits through `store`, which it keeps.
[[nodiscard]] std::unique_ptr<ArticleEditor> sqliteArticleEditor(std::unique_ptr<ArticleStore> store);
/// The SQLite backend over a store someone else keeps, which must outlive the editor: the window
/// edits through the one connection its list and reader read from.
[[nodiscard]] std::unique_ptr<ArticleEditor> sqliteArticleEditor(ArticleStore &store);

/// The PostgreSQL backend (src/store/postgres/articleeditor.cpp): connects to the libpq URI; a
/// database without a Lagebild corpus or with a newer schema is refused on one line, an older
/// one migrated (Postgres::Schema::openCorpus).
Expected<std::unique_ptr<ArticleEditor>> openPostgresArticleEditor(const QString &uri);

} // namespace Lagebild
