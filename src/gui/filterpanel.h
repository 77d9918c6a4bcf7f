// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/translatedtexts.h"
#include "services/facetcounter.h"
#include "store/articlefilter.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTimer;
class QTreeView;

namespace Lagebild {

class FacetModel;

/// The browser's filter panel: search as you type, a date range, and the outlet, tag and entity
/// facets with counts that follow the other filters. Emits the whole filter on every change.
class FilterPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(QWidget *parent = nullptr);

    [[nodiscard]] ArticleFilter filter() const;
    void setCounts(const FacetCounts &counts);
    /// Shows why the search text cannot be used (an unclosed quote), or nothing.
    void setSearchProblem(const QString &message);
    void setSearchText(const QString &text);
    /// Adds an entity to the filter (from the Entities dock) and applies it.
    void filterByEntity(qint64 id, const QString &name, const QString &type);
    void clear();
    /// Narrows to a period (a click on a timeline bucket) and applies it.
    void setPeriod(const QDate &from, const QDate &to);
    /// The earliest and latest publication day, as the date editors' range.
    void setDateRange(const QDate &earliest, const QDate &latest);

    /// Whether the tag list offers renaming and deleting (not to a reader of the corpus).
    void setTagsEditable(bool editable) { m_tagsEditable = editable; }

    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] FacetModel *outletModel() const { return m_outlets; }
    [[nodiscard]] FacetModel *tagModel() const { return m_tags; }
    [[nodiscard]] FacetModel *entityModel() const { return m_entities; }
    [[nodiscard]] QTreeView *tagView() const { return m_tagView; }

Q_SIGNALS:
    void filterChanged(const Lagebild::ArticleFilter &filter);
    void renameTagRequested(const QString &tag);
    void deleteTagRequested(const QString &tag);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *facetPage(FacetModel *model, bool showType, QTreeView **view);
    void emitChange();

    QLineEdit *m_search = nullptr;
    QLabel *m_searchProblem = nullptr;
    QTimer *m_typing = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_hideDuplicates = nullptr;
    QTabWidget *m_facets = nullptr;
    FacetModel *m_outlets = nullptr;
    FacetModel *m_tags = nullptr;
    FacetModel *m_entities = nullptr;
    QTreeView *m_tagView = nullptr;
    bool m_quiet = false; // true while set programmatically
    bool m_tagsEditable = true;
    TranslatedTexts m_texts;
};

} // namespace Lagebild
