// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "gui/translatedtexts.h"

#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QAbstractItemModel;
class QAction;
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
    /// The selected part of the body as [start, end) offsets, if the selection lies in it.
    [[nodiscard]] std::optional<std::pair<int, int>> selectedBodyRange() const;
    /// The body offset of the text cursor, -1 when it is in the header.
    [[nodiscard]] int cursorBodyOffset() const;
    [[nodiscard]] const QString &body() const { return m_body; }
    /// Actions offered in the body's context menu after the standard ones (copy, select all).
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

Q_SIGNALS:
    /// The text cursor or the selection moved (correction actions follow it).
    void cursorMoved();

protected:
    void changeEvent(QEvent *event) override;

private:
    QTextBrowser *m_browser = nullptr;
    QList<QAction *> m_contextActions;
    QString m_body;
    int m_bodyStart = 0;
    TranslatedTexts m_texts;
};

} // namespace Lagebild
