// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "gui/translatedtexts.h"
#include "store/articlequery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTreeView;

namespace Lagebild {

class CorpusSource;
class EntityTreeModel;
class OccurrenceModel;

/// The Entities dock: the entities of the current article or of the whole corpus, grouped by
/// type with counts, and the keyword-in-context list of the selected one; double-clicking a
/// line asks for its article.
class EntitiesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit EntitiesPanel(CorpusSource &corpus, QWidget *parent = nullptr);

    /// The current article changed, or its analysis did.
    void showArticle(ArticleId id);
    /// The stored analysis changed (after `analyze`).
    void refresh();
    /// The entities of the articles passing the browser's filters, with article counts.
    void setFilteredEntities(const std::vector<FacetCount> &entities);
    [[nodiscard]] bool showsWholeCorpus() const;
    [[nodiscard]] EntityTreeModel *entityModel() const { return m_entities; }
    [[nodiscard]] OccurrenceModel *occurrenceModel() const { return m_occurrences; }
    [[nodiscard]] QTreeView *entityView() const { return m_tree; }
    /// The keyword-in-context list.
    [[nodiscard]] QTableView *occurrenceView() const { return m_kwic; }

Q_SIGNALS:
    void articleRequested(Lagebild::ArticleId id);
    /// The analyst wants the browser narrowed to articles mentioning this entity.
    void filterRequested(const QString &type, const QString &canonical);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    /// Sizes the context columns so the keyword column sits in the middle of the view.
    void centreKeyword();
    /// The context list's title: the entity shown, or how to choose one.
    void updateContextTitle();

    CorpusSource &m_source;
    ArticleId m_article = 0;
    std::vector<FacetCount> m_filtered;
    QComboBox *m_scope = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_kwic = nullptr;
    QLabel *m_kwicTitle = nullptr;
    int m_keywordWidth = 0; ///< the widest mention of the entity shown
    EntityTreeModel *m_entities = nullptr;
    OccurrenceModel *m_occurrences = nullptr;
    TranslatedTexts m_texts;
};

} // namespace Lagebild
