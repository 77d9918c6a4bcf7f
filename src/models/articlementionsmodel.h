// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "store/analysisrepository.h"

#include <QAbstractListModel>

#include <optional>
#include <vector>

namespace Lagebild {

class SqlReader;

/// The entity mentions of one article, in text order, for the reader's highlighting and the
/// entities panel. Display text: the mention and what it stands for. Reads either backend.
class ArticleMentionsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    /// Reads through `reader`, of either backend, which must outlive the model.
    explicit ArticleMentionsModel(SqlReader &reader, QObject *parent = nullptr);

    void setArticle(ArticleId id);
    [[nodiscard]] ArticleId article() const { return m_article; }
    /// Reads the mentions again (after an analysis).
    void reload();
    /// The last read's error, empty when it worked (the list is then empty).
    [[nodiscard]] QString lastError() const { return m_lastError; }
    /// The mention covering this body offset, if any.
    [[nodiscard]] std::optional<StoredMention> mentionAt(int offset) const;
    /// The mentions as last read that overlap [start, end): what the analyst saw there.
    [[nodiscard]] std::vector<StoredMention> mentionsIn(int start, int end) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// "421.000 (count, approx.)", "2025-10-14", "Nvidia": what a mention stands for, for tooltips.
    [[nodiscard]] static QString describe(const StoredMention &mention);

private:
    SqlReader &m_sql;
    ArticleId m_article = 0;
    std::vector<StoredMention> m_mentions;
    QString m_lastError;
};

} // namespace Lagebild
