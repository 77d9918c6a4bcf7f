#pragma once

#include "core/article.h"

#include <QAbstractTableModel>

#include <vector>

namespace Lagebild {

class ArticleStore;

/// The stored articles, newest first, fetched in pages as the view scrolls (canFetchMore /
/// fetchMore), so a corpus of 100,000 articles opens at once. Reads through the store only.
class ArticleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, SourceColumn, TitleColumn, TagsColumn, FlagsColumn, ColumnCount };

    explicit ArticleTableModel(ArticleStore &store, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Drops what was loaded and starts again from the first page (after an import).
    void reload();
    [[nodiscard]] ArticleId articleId(int row) const;
    /// Re-reads the tags of these articles and updates their rows in place (after an edit),
    /// keeping the view's selection and scroll position.
    void refreshTags(const QList<ArticleId> &ids);
    /// The last error of the store, empty when reading worked.
    [[nodiscard]] QString lastError() const { return m_lastError; }

    static constexpr int pageSize = 500;

private:
    ArticleStore &m_store;
    std::vector<ArticleSummary> m_rows;
    bool m_complete = false;
    bool m_fetching = false; // views and testers may call back into fetchMore while rows are inserted
    QString m_lastError;
};

} // namespace Lagebild
