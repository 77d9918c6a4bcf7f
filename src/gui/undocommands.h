// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "gui/editstack.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <map>

namespace Lagebild {

class ArticleEditor;

/// Ids of the undo commands that merge with their successor (Tiled keeps them in one place too).
enum UndoCommandId { NoteCommandId = 1 };

// Every command edits through ArticleEditor, the same on every backend (store/articleeditor.h).

/// Adds or removes tags on several articles. Every step is written to the database at once;
/// undo restores exactly the tags each article had before, so a tag it already carried survives
/// undoing an "add".
class TagCommand final : public EditCommand
{
public:
    enum Mode { Add, Remove };
    TagCommand(ArticleEditor &editor, QList<ArticleId> articles, QStringList tags, Mode mode,
        std::function<void(const QList<ArticleId> &)> changed);

    void redoEdit() override;
    void undoEdit() override;
    void changed() override { m_changed(m_articles); }
    [[nodiscard]] QJsonObject journalEntry() const override;

private:
    friend EditCommand *journalledArticleEdit(
        ArticleEditor &, const QJsonObject &, std::function<void(const QList<ArticleId> &)>);

    ArticleEditor &m_editor;
    QList<ArticleId> m_articles;
    QStringList m_tags;
    Mode m_mode;
    std::function<void(const QList<ArticleId> &)> m_changed;
    std::map<ArticleId, QStringList> m_before;
    bool m_beforeRead = false;
};

/// Sets an article's note; consecutive edits of the same note merge into one undo step.
class NoteCommand final : public EditCommand
{
public:
    NoteCommand(ArticleEditor &editor, ArticleId article, QString before, QString after,
        std::function<void(ArticleId)> changed);

    void redoEdit() override;
    void undoEdit() override;
    void changed() override { m_changed(m_article); }
    [[nodiscard]] int id() const override { return NoteCommandId; }
    bool mergeWith(const QUndoCommand *other) override;
    [[nodiscard]] QJsonObject journalEntry() const override;

private:
    void write(const QString &text, Step step);

    ArticleEditor &m_editor;
    ArticleId m_article;
    QString m_before;
    QString m_after;
    std::function<void(ArticleId)> m_changed;
};

/// Renames a tag, or merges it into another when the new name exists. Undo gives the old tag
/// back to exactly the articles that had it and takes the new one from those that did not.
class RenameTagCommand final : public EditCommand
{
public:
    RenameTagCommand(ArticleEditor &editor, QString from, QString to,
        std::function<void(const QList<ArticleId> &)> changed);

    void redoEdit() override;
    void undoEdit() override;
    void changed() override { m_changed(m_hadFrom + m_hadTo); }
    [[nodiscard]] QJsonObject journalEntry() const override;

private:
    friend EditCommand *journalledArticleEdit(
        ArticleEditor &, const QJsonObject &, std::function<void(const QList<ArticleId> &)>);

    /// Renaming into a tag that exists (other than by case) merges the two.
    [[nodiscard]] bool mergesInto(const QStringList &known) const;
    void describe(bool merge);

    ArticleEditor &m_editor;
    QString m_from;
    QString m_to;
    bool m_merge = false;
    bool m_read = false; ///< m_merge, m_hadFrom and m_hadTo were read at the first write
    QList<ArticleId> m_hadFrom;
    QList<ArticleId> m_hadTo;
    std::function<void(const QList<ArticleId> &)> m_changed;
};

/// Deletes a tag everywhere; undo tags the same articles again.
class DeleteTagCommand final : public EditCommand
{
public:
    DeleteTagCommand(
        ArticleEditor &editor, QString tag, std::function<void(const QList<ArticleId> &)> changed);

    void redoEdit() override;
    void undoEdit() override;
    void changed() override { m_changed(m_articles); }
    [[nodiscard]] QJsonObject journalEntry() const override;

private:
    friend EditCommand *journalledArticleEdit(
        ArticleEditor &, const QJsonObject &, std::function<void(const QList<ArticleId> &)>);

    ArticleEditor &m_editor;
    QString m_tag;
    bool m_read = false; ///< m_articles was read at the first write
    QList<ArticleId> m_articles;
    std::function<void(const QList<ArticleId> &)> m_changed;
};

/// Sets an article's publication date by hand (or marks it as having none).
class PublicationDateCommand final : public EditCommand
{
public:
    PublicationDateCommand(ArticleEditor &editor, ArticleId article, PublicationDate before,
        PublicationDate after, std::function<void(ArticleId)> changed);

    void redoEdit() override;
    void undoEdit() override;
    void changed() override { m_changed(m_article); }
    [[nodiscard]] QJsonObject journalEntry() const override;

private:
    void write(const PublicationDate &date, Step step);

    ArticleEditor &m_editor;
    ArticleId m_article;
    PublicationDate m_before;
    PublicationDate m_after;
    std::function<void(ArticleId)> m_changed;
};

/// A tag, note or date edit (tags added or removed, a tag renamed, merged or deleted) made again from what a
/// journal kept of it (EditCommand:: journalEntry(): its `kind` "tags", "renameTag", "deleteTag", "note" or
/// "date"), for a window that writes the edits an earlier one left waiting (EditJournal); nullptr for another
/// kind or an entry that makes no sense. `changed` is told the articles it changed.
[[nodiscard]] EditCommand *journalledArticleEdit(
    ArticleEditor &editor, const QJsonObject &edit, std::function<void(const QList<ArticleId> &)> changed);

} // namespace Lagebild
