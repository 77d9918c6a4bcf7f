// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/entitiespanel.h"

#include "gui/entitystyle.h"
#include "models/entitytreemodel.h"
#include "models/occurrencemodel.h"
#include "models/roles.h"
#include "store/analysisrepository.h"
#include "store/articlestore.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <map>

namespace Lagebild {

EntitiesPanel::EntitiesPanel(ArticleStore &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_scope = new QComboBox;
    m_scope->addItem(QString());
    m_scope->addItem(QString());
    m_entities = new EntityTreeModel(this);
    m_occurrences = new OccurrenceModel(store, this);
    m_tree = new QTreeView;
    m_tree->setModel(m_entities);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_kwic = new QTableView;
    m_kwic->setModel(m_occurrences);
    m_kwic->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kwic->setWordWrap(false);
    m_kwic->verticalHeader()->hide();
    m_kwic->verticalHeader()->setDefaultSectionSize(m_kwic->fontMetrics().height() + 6);
    m_kwic->setAlternatingRowColors(true);

    m_kwic->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Columns that grow or a dock that narrows change the scroll range: keep the keyword centred.
    connect(m_kwic->horizontalScrollBar(), &QScrollBar::rangeChanged, this, &EntitiesPanel::centreKeyword);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tree);
    auto *kwicBox = new QWidget;
    auto *kwicLayout = new QVBoxLayout(kwicBox);
    kwicLayout->setContentsMargins(0, 0, 0, 0);
    auto *kwicTitle = new QLabel;
    kwicLayout->addWidget(kwicTitle);
    kwicLayout->addWidget(m_kwic);
    splitter->addWidget(kwicBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_scope);
    layout->addWidget(splitter);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            m_occurrences->setEntity(
                current.data(EntityTypeRole).toString(), current.data(CanonicalRole).toString());
            m_kwic->resizeColumnsToContents();
            centreKeyword();
        });
    // Enter or a double-click on an entity narrows the browser to the articles mentioning it.
    m_texts.add([this, kwicTitle] {
        m_scope->setItemText(0, tr("Entities of this article"));
        m_scope->setItemText(1, tr("Entities of the filtered articles"));
        m_kwic->setToolTip(tr("Double-click a line to open its article"));
        kwicTitle->setText(tr("Mentions in context"));
        m_tree->setToolTip(tr("Double-click an entity to show only the articles that mention it"));
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString canonical = index.data(CanonicalRole).toString();
        if (!canonical.isEmpty())
            Q_EMIT filterRequested(index.data(EntityTypeRole).toString(), canonical);
    });
    connect(m_kwic, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const ArticleId id = index.data(ArticleIdRole).toLongLong())
            Q_EMIT articleRequested(id);
    });
}

void EntitiesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        reload(); // the model's column title comes from here
    }
    QWidget::changeEvent(event);
}

void EntitiesPanel::centreKeyword()
{
    // The left context is right-aligned against the keyword; in a narrow dock the columns before
    // it would fill the view and push the keyword out of sight, so scroll it to the middle.
    const int start = m_kwic->horizontalHeader()->sectionPosition(OccurrenceModel::MentionColumn);
    const int width = m_kwic->columnWidth(OccurrenceModel::MentionColumn);
    m_kwic->horizontalScrollBar()->setValue(start + width / 2 - m_kwic->viewport()->width() / 2);
}

bool EntitiesPanel::showsWholeCorpus() const
{
    return m_scope->currentIndex() == 1;
}

void EntitiesPanel::showArticle(ArticleId id)
{
    m_article = id;
    if (!showsWholeCorpus())
        reload();
}

void EntitiesPanel::refresh()
{
    reload();
}

void EntitiesPanel::setFilteredEntities(const std::vector<FacetCount> &entities)
{
    m_filtered = entities;
    if (showsWholeCorpus())
        reload();
}

void EntitiesPanel::reload()
{
    std::vector<EntityTreeModel::Row> rows;
    AnalysisRepository repository(m_store.database());
    if (showsWholeCorpus()) {
        for (const FacetCount &e : m_filtered)
            rows.push_back({e.type, e.name, e.articles});
    } else if (m_article) {
        if (auto mentions = repository.mentionsOf(m_article)) {
            std::map<std::pair<QString, QString>, qint64> counts;
            for (const StoredMention &m : mentions.value()) {
                if (m.type != QLatin1String("QUANTITY") && m.type != QLatin1String("DATE"))
                    ++counts[{m.type, m.canonical}];
            }
            for (const auto &[key, count] : counts)
                rows.push_back({key.first, key.second, count});
        }
    }
    QStringList order = entityTypes();
    order.removeAll(QStringLiteral("QUANTITY"));
    order.removeAll(QStringLiteral("DATE"));
    m_entities->setEntities(std::move(rows), order, showsWholeCorpus() ? tr("Articles") : tr("Mentions"));
    m_tree->expandAll();
    m_occurrences->setEntity({}, {});
}

} // namespace Lagebild
