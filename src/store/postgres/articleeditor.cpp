// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL backend of ArticleEditor (store/articleeditor.h): ArticleStore's hand work on
// tags and notes in PostgreSQL's dialect, each change with its history row in one transaction.
// `edits.made_by` is left to its default, the server's current_user (postgresql/0013).

#include "store/articleeditor.h"

#include "store/postgres/connection.h"
#include "store/postgres/schema.h"
#include "store/postgres/transaction.h"
#include "text/locale.h"

#include <QDateTime>

namespace Lagebild {

namespace {

using Postgres::Params;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

class PostgresArticleEditor final : public ArticleEditor
{
public:
    explicit PostgresArticleEditor(std::unique_ptr<Postgres::Connection> connection)
        : m_connection(std::move(connection))
    { }

    QString location() const override { return m_connection->target(); }

    Expected<void> addTags(ArticleId id, const QStringList &tags) override
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
                    u"SELECT l.article_id, $3, 'tag_added', t.name FROM linked l JOIN tags t ON t.id = "
                    u"l.tag_id",
                    Params().add(id).add(tag).add(now()));
                !r)
                return r;
        }
        return transaction.commit();
    }

    Expected<void> removeTags(ArticleId id, const QStringList &tags) override
    {
        Postgres::Transaction transaction(*m_connection);
        if (auto exists = requireArticle(id); !exists)
            return exists;
        for (const QString &tag : cleanTags(tags)) {
            if (auto r = m_connection->execute(
                    u"WITH unlinked AS (DELETE FROM article_tags WHERE article_id = $1 "
                    u"AND tag_id = (SELECT id FROM tags WHERE name = $2) RETURNING article_id, tag_id) "
                    u"INSERT INTO edits(article_id, made_at, kind, detail) "
                    u"SELECT u.article_id, $3, 'tag_removed', t.name FROM unlinked u JOIN tags t ON t.id = "
                    u"u.tag_id",
                    Params().add(id).add(tag).add(now()));
                !r)
                return r;
        }
        return transaction.commit();
    }

    Expected<QStringList> tagsOf(ArticleId id) override
    {
        auto rows = m_connection->query(
            u"SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = $1",
            Params().add(id));
        if (!rows)
            return rows.error();
        QStringList tags;
        for (int r = 0; r < rows->rows(); ++r)
            tags.append(rows->text(r, 0));
        Text::sortGerman(tags);
        return tags;
    }

    Expected<void> setNote(ArticleId id, const QString &text) override
    {
        Postgres::Transaction transaction(*m_connection);
        if (auto exists = requireArticle(id); !exists)
            return exists;
        // The same text again changes nothing, and so is no edit in the history.
        auto done = text.trimmed().isEmpty()
            ? m_connection->execute(
                u"WITH removed AS (DELETE FROM notes WHERE article_id = $1 RETURNING article_id) "
                u"INSERT INTO edits(article_id, made_at, kind) "
                u"SELECT article_id, $2, 'note_removed' FROM removed",
                Params().add(id).add(now()))
            : m_connection->execute(
                u"WITH written AS (INSERT INTO notes(article_id, text, updated_at) VALUES ($1, $2, $3) "
                u"ON CONFLICT (article_id) DO UPDATE SET text = excluded.text, updated_at = "
                u"excluded.updated_at "
                u"WHERE notes.text IS DISTINCT FROM excluded.text RETURNING article_id) "
                u"INSERT INTO edits(article_id, made_at, kind, detail) "
                u"SELECT article_id, $3, 'note_set', $2 FROM written",
                Params().add(id).add(text).add(now()));
        if (!done)
            return done;
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

private:
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
