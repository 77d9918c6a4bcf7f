// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL backend of ArticleEditor (store/articleeditor.h): ArticleStore's hand work on
// tags and notes in PostgreSQL's dialect, each change with its history row in one transaction.
// `edits.made_by` is left to its default, the server's current_user (postgresql/0013).

#include "store/articleeditor.h"

#include "store/postgres/channels.h"
#include "store/postgres/connection.h"
#include "store/postgres/schema.h"
#include "store/postgres/transaction.h"
#include "store/transact.h"
#include "text/locale.h"

#include <QDateTime>

namespace Lagebild {

namespace {

using Postgres::Params;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

/// The first column's names in German collation order.
Expected<QStringList> tagNames(const Expected<Postgres::Result> &rows)
{
    if (!rows)
        return rows.error();
    QStringList tags;
    for (int r = 0; r < rows->rows(); ++r)
        tags.append(rows->text(r, 0));
    Text::sortGerman(tags);
    return tags;
}

class PostgresArticleEditor final : public ArticleEditor
{
public:
    explicit PostgresArticleEditor(std::unique_ptr<Postgres::Connection> connection)
        : m_connection(std::move(connection))
    { }

    QString location() const override { return m_connection->target(); }

    // One try is one transaction (the ...Once functions below): a rollback after a conflict with
    // another analyst or a worker leaves nothing behind, so the edit is tried again.
    Expected<void> addTags(ArticleId id, const QStringList &tags) override
    {
        return retryWhenBusy([&] { return addTagsOnce(id, tags); }, !m_connection->inTransaction());
    }

    Expected<void> removeTags(ArticleId id, const QStringList &tags) override
    {
        return retryWhenBusy([&] { return removeTagsOnce(id, tags); }, !m_connection->inTransaction());
    }

    Expected<void> setNote(ArticleId id, const QString &text) override
    {
        return retryWhenBusy([&] { return setNoteOnce(id, text); }, !m_connection->inTransaction());
    }

    Expected<void> setPublished(ArticleId id, const PublicationDate &date) override
    {
        return retryWhenBusy([&] { return setPublishedOnce(id, date); }, !m_connection->inTransaction());
    }

    Expected<void> renameTag(const QString &from, const QString &to) override
    {
        return retryWhenBusy([&] { return renameTagOnce(from, to); }, !m_connection->inTransaction());
    }

    Expected<void> deleteTag(const QString &tag) override
    {
        return retryWhenBusy([&] { return deleteTagOnce(tag); }, !m_connection->inTransaction());
    }

    Expected<void> addTagsOnce(ArticleId id, const QStringList &tags)
    {
        Postgres::Transaction transaction(*m_connection);
        if (auto exists = requireArticle(id); !exists)
            return exists;
        for (const QString &tag : cleanTags(tags)) {
            // Two analysts adding the same new tag: the second INSERT waits for the first's
            // commit and then does nothing; the link below reads the committed row.
            if (auto r = m_connection->execute(
                    u"INSERT INTO tags(name) VALUES ($1) ON CONFLICT (name) DO NOTHING", Params().add(tag));
                !r)
                return r;
            if (auto r = m_connection->execute(
                    u"WITH linked AS (INSERT INTO article_tags(article_id, tag_id, tagged_at) "
                    u"SELECT $1, id, $3 FROM tags WHERE name = $2 ON CONFLICT DO NOTHING "
                    u"RETURNING article_id, tag_id) INSERT INTO edits(article_id, made_at, kind, detail) "
                    u"SELECT l.article_id, $3, $4, t.name FROM linked l JOIN tags t ON t.id = l.tag_id",
                    Params().add(id).add(tag).add(now()).add(editKindName(EditKind::TagAdded)));
                !r)
                return r;
        }
        if (auto told = announce({id}); !told)
            return told;
        return transaction.commit();
    }

    Expected<void> removeTagsOnce(ArticleId id, const QStringList &tags)
    {
        Postgres::Transaction transaction(*m_connection);
        if (auto exists = requireArticle(id); !exists)
            return exists;
        for (const QString &tag : cleanTags(tags)) {
            if (auto r = m_connection->execute(
                    u"WITH unlinked AS (DELETE FROM article_tags WHERE article_id = $1 "
                    u"AND tag_id = (SELECT id FROM tags WHERE name = $2) RETURNING article_id, tag_id) "
                    u"INSERT INTO edits(article_id, made_at, kind, detail) "
                    u"SELECT u.article_id, $3, $4, t.name FROM unlinked u JOIN tags t ON t.id = u.tag_id",
                    Params().add(id).add(tag).add(now()).add(editKindName(EditKind::TagRemoved)));
                !r)
                return r;
        }
        if (auto told = announce({id}); !told)
            return told;
        return transaction.commit();
    }

    Expected<QStringList> tagsOf(ArticleId id) override
    {
        return tagNames(m_connection->query(
            u"SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = $1",
            Params().add(id)));
    }

    Expected<void> setNoteOnce(ArticleId id, const QString &text)
    {
        Postgres::Transaction transaction(*m_connection);
        if (auto exists = requireArticle(id); !exists)
            return exists;
        // The same text again changes nothing, and so is no edit in the history.
        auto done = text.trimmed().isEmpty()
            ? m_connection->execute(
                u"WITH removed AS (DELETE FROM notes WHERE article_id = $1 RETURNING article_id) "
                u"INSERT INTO edits(article_id, made_at, kind) "
                u"SELECT article_id, $2, $3 FROM removed",
                Params().add(id).add(now()).add(editKindName(EditKind::NoteRemoved)))
            : m_connection->execute(
                u"WITH written AS (INSERT INTO notes(article_id, text, updated_at) VALUES ($1, $2, $3) "
                u"ON CONFLICT (article_id) DO UPDATE SET text = excluded.text, updated_at = "
                u"excluded.updated_at "
                u"WHERE notes.text IS DISTINCT FROM excluded.text RETURNING article_id) "
                u"INSERT INTO edits(article_id, made_at, kind, detail) "
                u"SELECT article_id, $3, $4, $2 FROM written",
                Params().add(id).add(text).add(now()).add(editKindName(EditKind::NoteSet)));
        if (!done)
            return done;
        if (auto told = announce({id}); !told)
            return told;
        return transaction.commit();
    }

    Expected<std::vector<ArticleEdit>> history(ArticleId id) override
    {
        auto rows = m_connection->query(
            u"SELECT id, made_at, made_by, kind, detail FROM edits WHERE article_id = $1 ORDER BY id",
            Params().add(id));
        if (!rows)
            return rows.error();
        std::vector<ArticleEdit> edits;
        edits.reserve(rows->rows());
        for (int r = 0; r < rows->rows(); ++r) {
            edits.push_back(articleEdit(rows->int64(r, 0), id, rows->text(r, 1), rows->text(r, 2),
                rows->text(r, 3), rows->text(r, 4)));
        }
        return edits;
    }

    Expected<void> setPublishedOnce(ArticleId id, const PublicationDate &date)
    {
        Postgres::Transaction transaction(*m_connection);
        if (auto exists = requireArticle(id); !exists)
            return exists;
        const bool dated = date.isValid();
        if (auto r = m_connection->execute(
                u"UPDATE articles SET published = $2, published_day = $3, published_precision = $4, "
                u"published_origin = $5, published_uncertain = $6, analysis_version = NULL WHERE id = $1",
                Params()
                    .add(id)
                    .add(dated ? date.toIsoString() : QString())
                    .add(dated ? date.date.toString(Qt::ISODate) : QString())
                    .add(precisionName(dated ? date.precision : DatePrecision::None))
                    .add(originName(dated ? date.origin : DateOrigin::None))
                    .add(qint64(dated && date.uncertain ? 1 : 0)));
            !r)
            return r;
        if (auto r = m_connection->execute(
                u"INSERT INTO edits(article_id, made_at, kind, detail) VALUES ($1, $2, $3, coalesce($4, ''))",
                Params()
                    .add(id)
                    .add(now())
                    .add(editKindName(dated ? EditKind::DateSet : EditKind::DateCleared))
                    .add(dated ? date.toIsoString() : QString()));
            !r)
            return r;
        // The article is due again: a following worker hears of it at the commit.
        if (auto r = m_connection->execute(QStringLiteral("NOTIFY %1").arg(Postgres::dueChannel)); !r)
            return r;
        if (auto told = announce({id}); !told)
            return told;
        return transaction.commit();
    }

    Expected<QStringList> allTags() override
    {
        return tagNames(m_connection->query(u"SELECT name FROM tags"));
    }

    Expected<void> renameTagOnce(const QString &from, const QString &to)
    {
        const QString oldName = from.simplified();
        const QString newName = to.simplified();
        Postgres::Transaction transaction(*m_connection);
        // The row is locked: a teammate's rename or deletion of the same tag waits for this one.
        // A missing tag is named before an empty new name, as on SQLite.
        auto fromId = lockTag(oldName);
        if (!fromId)
            return fromId.error();
        if (newName.isEmpty())
            return Error {QStringLiteral("a tag needs a new, non-empty name")};
        // The history names the tag as stored, whatever case the analyst typed.
        if (auto r = m_connection->execute(u"INSERT INTO edits(article_id, made_at, kind, detail) "
                                           u"SELECT at.article_id, $2, $4, t.name || ' → ' || $3 "
                                           u"FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                                           u"WHERE at.tag_id = $1",
                Params().add(*fromId).add(now()).add(newName).add(editKindName(EditKind::TagRenamed)));
            !r)
            return r;
        // Tag names compare without case (the column's collation), so "usa" → "USA" finds its own
        // row and only renames it.
        auto toId = m_connection->queryInt64(u"SELECT id FROM tags WHERE name = $1 AND id <> $2 FOR UPDATE",
            Params().add(newName).add(*fromId));
        if (!toId)
            return toId.error();
        if (toId->has_value()) {
            // Into an existing tag: move the links (articles that had both keep one), then drop
            // the old tag with its remaining links.
            if (auto r = m_connection->execute(u"INSERT INTO article_tags(article_id, tag_id, tagged_at) "
                                               u"SELECT article_id, $2, tagged_at FROM article_tags WHERE "
                                               u"tag_id = $1 ON CONFLICT DO NOTHING",
                    Params().add(*fromId).add(**toId));
                !r)
                return r;
            if (auto r = m_connection->execute(u"DELETE FROM tags WHERE id = $1", Params().add(*fromId)); !r)
                return r;
        } else if (auto r = m_connection->execute(
                       u"UPDATE tags SET name = $2 WHERE id = $1", Params().add(*fromId).add(newName));
                   !r) {
            return r;
        }
        if (auto told = announce({}); !told)
            return told;
        return transaction.commit();
    }

    Expected<void> deleteTagOnce(const QString &tag)
    {
        Postgres::Transaction transaction(*m_connection);
        auto id = lockTag(tag.simplified());
        if (!id)
            return id.error();
        // article_tags rows go with it (ON DELETE CASCADE); each article's history keeps the removal.
        if (auto r = m_connection->execute(u"INSERT INTO edits(article_id, made_at, kind, detail) "
                                           u"SELECT at.article_id, $2, $3, t.name FROM article_tags at "
                                           u"JOIN tags t ON t.id = at.tag_id WHERE at.tag_id = $1",
                Params().add(*id).add(now()).add(editKindName(EditKind::TagRemoved)));
            !r)
            return r;
        if (auto r = m_connection->execute(u"DELETE FROM tags WHERE id = $1", Params().add(*id)); !r)
            return r;
        if (auto told = announce({}); !told)
            return told;
        return transaction.commit();
    }

    Expected<std::vector<ArticleId>> articlesTagged(const QString &tag) override
    {
        // The name column compares without case, as renameTag() and deleteTag() find the tag.
        auto rows = m_connection->query(u"SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = "
                                        u"at.tag_id WHERE t.name = $1 ORDER BY at.article_id",
            Params().add(tag.simplified()));
        if (!rows)
            return rows.error();
        std::vector<ArticleId> ids;
        ids.reserve(rows->rows());
        for (int r = 0; r < rows->rows(); ++r)
            ids.push_back(rows->int64(r, 0));
        return ids;
    }

    Expected<std::optional<ArticleEdit>> lastEdit(
        ArticleId id, std::initializer_list<EditKind> kinds) override
    {
        // Newest first by id, in the order the rows were written; kinds as stored, one parameter each.
        QStringList placeholders;
        Params params;
        params.add(id);
        for (const EditKind kind : kinds) {
            params.add(editKindName(kind));
            placeholders << QStringLiteral("$%1").arg(params.size());
        }
        if (placeholders.isEmpty())
            return std::optional<ArticleEdit> {};
        auto rows = m_connection->query(
            QStringLiteral("SELECT id, made_at, made_by, kind, detail FROM edits WHERE article_id = $1 AND "
                           "kind IN (%1) ORDER BY id DESC LIMIT 1")
                .arg(placeholders.join(QLatin1String(", "))),
            params);
        if (!rows)
            return rows.error();
        if (rows->rows() == 0)
            return std::optional<ArticleEdit> {};
        return std::optional<ArticleEdit> {articleEdit(
            rows->int64(0, 0), id, rows->text(0, 1), rows->text(0, 2), rows->text(0, 3), rows->text(0, 4))};
    }

    Expected<QString> author() override
    {
        // Asked once: the role a session authenticates as does not change while it lives, and a
        // session made again after a loss connects with the same URI.
        if (m_author.isEmpty()) {
            auto rows = m_connection->query(QStringLiteral("SELECT current_user"));
            if (!rows)
                return rows.error();
            m_author = rows->text(0, 0);
        }
        return m_author;
    }

    Expected<void> transact(const std::function<Expected<void>()> &work) override
    {
        return retryWhenBusy([&] { return runInTransaction<Postgres::Transaction>(*m_connection, work); },
            !m_connection->inTransaction());
    }

private:
    /// Tells the open windows of the team (Postgres::editsChannel) that these articles were edited
    /// (none named: too many to name); the server delivers it at the commit, and not at all when
    /// the transaction rolls back. The same payload twice in one transaction arrives once.
    Expected<void> announce(std::initializer_list<ArticleId> ids)
    {
        QStringList named;
        for (const ArticleId id : ids)
            named.append(QString::number(id));
        // Not a null string, which would travel as NULL.
        const QString payload = named.isEmpty() ? QStringLiteral("") : named.join(QLatin1Char(','));
        return m_connection->execute(
            u"SELECT pg_notify($1, $2)", Params().add(Postgres::editsChannel.toString()).add(payload));
    }

    /// The tag's id, its row locked until the transaction ends; NotFound when there is none.
    Expected<qint64> lockTag(const QString &name)
    {
        auto id
            = m_connection->queryInt64(u"SELECT id FROM tags WHERE name = $1 FOR UPDATE", Params().add(name));
        if (!id)
            return id.error();
        if (!id->has_value())
            return Error {QStringLiteral("no tag “%1”").arg(name), ErrorKind::NotFound};
        return **id;
    }

    Expected<void> requireArticle(ArticleId id)
    {
        auto found = m_connection->queryInt64(u"SELECT 1 FROM articles WHERE id = $1", Params().add(id));
        if (!found)
            return found.error();
        if (!found.value())
            return Error {QStringLiteral("no article with id %1").arg(id), ErrorKind::NotFound};
        return {};
    }

    std::unique_ptr<Postgres::Connection> m_connection;
    QString m_author; // current_user, once asked
};

} // namespace

Expected<std::unique_ptr<ArticleEditor>> openPostgresArticleEditor(const QString &uri)
{
    auto connection = Postgres::Schema::openCorpus(uri);
    if (!connection)
        return connection.error();
    return std::unique_ptr<ArticleEditor>(new PostgresArticleEditor(std::move(connection.value())));
}

} // namespace Lagebild
