// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "store/articlefilter.h"
#include "store/articlequery.h"
#include "store/sqlreader.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Lagebild {

class CorpusSource;
class SqlReader;

/// The stored articles that pass the browser's filter, fetched in pages as the view scrolls
/// (canFetchMore / fetchMore), so a corpus of 100,000 articles opens at once. Filtering and
/// sorting happen in the store's query, not in a proxy: a proxy sees only the rows loaded so far.
/// A search for a frequent term shows its first page as soon as it is found (ArticleQuery::firstIds)
/// and reads the full list of hits, and so their number, on its own connection in the
/// background: at a million articles that list takes longer than a keystroke should.
class ArticleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        SourceColumn,
        TitleColumn,
        TagsColumn,
        MentionsColumn,
        FlagsColumn,
        ColumnCount
    };

    /// Opens another reader of the model's database, for the background read of a frequent
    /// term's full list (a thread of its own needs a connection of its own). The reader's
    /// statements stop soon after `stop` is set (Sqlite::Database::stopWhen) or its interrupt is
    /// called (a cancel request on PostgreSQL, which has no flag to look at), so that a closed
    /// window or a newer filter need not wait for an old list.
    using ReaderOpener = std::function<Expected<InterruptibleSqlReader>(const std::atomic_bool *stop)>;

    /// Reads the source's connection, of either backend; the background read opens another
    /// (CorpusSource::openReader). The source must outlive the model.
    explicit ArticleTableModel(CorpusSource &source, QObject *parent = nullptr);
    /// Reads through `reader`, of either backend, which must outlive the model. Without
    /// `openReader` a full list the first page did not hold is read at once. (On PostgreSQL the
    /// first page comes alone for the newest-first list without a text; see
    /// ArticleQuery::firstIds.)
    ArticleTableModel(SqlReader &reader, ReaderOpener openReader, QObject *parent = nullptr);
    /// Stops the background read (stopCounting()) instead of letting the exit wait for it.
    ~ArticleTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const ArticleFilter &filter);
    [[nodiscard]] const ArticleFilter &filter() const { return m_filter; }
    /// Articles passing the filter (all of them, not only the rows loaded); while isCounting(),
    /// the ones found so far, which are at least a page.
    [[nodiscard]] qint64 matchingCount() const { return qint64(m_ids.size()); }
    /// The full list of hits is still being read in the background; matchingCountChanged()
    /// follows when it is in.
    [[nodiscard]] bool isCounting() const { return m_counting; }
    /// Stops the background read of the full list and waits for it, which takes moments, not
    /// the seconds the read would: true when it was stopped before it ended. The list then ends
    /// with the rows shown, and counting is over.
    bool stopCounting();

    /// Drops what was loaded and reads the first page again (after an import).
    void reload();
    [[nodiscard]] ArticleId articleId(int row) const;
    /// Re-reads these articles and updates their rows in place (after an edit of their tags,
    /// date or mentions), keeping the view's selection and scroll position.
    void refreshRows(const QList<ArticleId> &ids);
    /// The last error of the store, empty when reading worked.
    [[nodiscard]] QString lastError() const { return m_lastError; }

    static constexpr int pageSize = 500;
    /// ArticleQuery::setWalkAbove for this model's reads, for tests, which cannot store enough
    /// articles for a search to count as frequent.
    void setSearchWalkAbove(qsizetype hits) { m_query.setWalkAbove(hits); }

Q_SIGNALS:
    /// The number of matching articles became known, or changed without a reset.
    void matchingCountChanged();

private:
    struct AllIds
    {
        quint64 generation = 0;
        std::vector<ArticleId> ids;
        QString error;
        bool stopped = false; ///< by stopCounting() or a newer read, before the end
    };
    std::vector<ArticleSummary> nextPage();
    /// Starts reading the full id list on its own connection; false when there is none to open.
    bool readAllIdsInBackground();
    void takeAllIds(AllIds all);
    /// Asks the background read to stop and waits for it: whether it stopped before the end.
    bool stopAllIds();

    ReaderOpener m_openReader;
    ArticleQuery m_query;
    ArticleFilter m_filter;
    ArticleOrder m_order = ArticleOrder::Date;
    bool m_descending = true;
    std::vector<ArticleId> m_ids; // every article passing the filter, in display order
    std::vector<ArticleSummary> m_rows;
    bool m_fetching = false; // views and testers may call back into fetchMore while rows are inserted
    QString m_lastError;
    bool m_counting = false;
    /// Counts reloads: a full list read for an earlier filter or order is dropped.
    quint64 m_generation = 0;
    QFutureWatcher<AllIds> m_allIds;
    /// The background read's stop: the window's thread would wait for its statement otherwise.
    std::shared_ptr<SqlReadStop> m_stopAllIds;
};

} // namespace Lagebild
