#pragma once

#include "core/article.h"

#include <QWidget>

#include <utility>
#include <vector>

class QAbstractItemModel;
class QTextBrowser;

namespace Lagebild {

/// The article reader: title, outlet, date (or that none was found), URL, note and the body
/// with every mention highlighted by entity type, a legend above it, and the canonical entity
/// or normalised value in the tooltip. Mentions come from a model (ArticleMentionsModel roles).
class ReaderView final : public QWidget
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    /// Shows the article; the mentions model must hold this article's mentions.
    void showArticle(const Article &article, const QAbstractItemModel *mentions);
    void clear();
    /// Marks where the search matched, as [start, end) body offsets (white on black: no entity
    /// colour looks like that).
    void setSearchHits(const std::vector<std::pair<int, int>> &hits);
    [[nodiscard]] QTextBrowser *browser() const { return m_browser; }
    /// Document position where the body starts (body offsets are relative to it).
    [[nodiscard]] int bodyStart() const { return m_bodyStart; }

private:
    QTextBrowser *m_browser = nullptr;
    int m_bodyStart = 0;
};

} // namespace Lagebild
