// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/entitiespanel.h"

#include "gui/entitystyle.h"
#include "models/entitytreemodel.h"
#include "models/occurrencemodel.h"
#include "models/roles.h"
#include "store/corpussource.h"
#include "store/mentionreads.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace Lagebild {

namespace {

// Below this a context says too little; the list scrolls instead.
constexpr int minContextWidth = 60;

class LeftElidingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideLeft;
    }
};

} // namespace

EntitiesPanel::EntitiesPanel(CorpusSource &corpus, QWidget *parent) : QWidget(parent), m_source(corpus)
{
    m_scope = new QComboBox;
    m_scope->addItem(QString());
    m_scope->addItem(QString());
    m_entities = new EntityTreeModel(this);
    m_occurrences = new OccurrenceModel(corpus.reader(), this);
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
    // The left context is cut at its start, so that the words next to the keyword stay.
    m_kwic->setItemDelegateForColumn(OccurrenceModel::LeftColumn, new LeftElidingDelegate(m_kwic));
    // Columns that grow or a dock that narrows change the scroll range: keep the keyword centred.
    connect(m_kwic->horizontalScrollBar(), &QScrollBar::rangeChanged, this, &EntitiesPanel::centreKeyword);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tree);
    auto *kwicBox = new QWidget;
    auto *kwicLayout = new QVBoxLayout(kwicBox);
    kwicLayout->setContentsMargins(0, 0, 0, 0);
    m_kwicTitle = new QLabel;
    m_kwicTitle->setWordWrap(true); // a long entity name must not widen the dock
    kwicLayout->addWidget(m_kwicTitle);
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
            m_keywordWidth = m_kwic->columnWidth(OccurrenceModel::MentionColumn);
            centreKeyword();
            updateContextTitle();
        });
    m_texts.add([this] {
        m_scope->setItemText(0, tr("Entities of this article"));
        m_scope->setItemText(1, tr("Entities of the filtered articles"));
        m_kwic->setToolTip(tr("Double-click a line to open its article"));
        updateContextTitle();
        m_tree->setToolTip(tr("Double-click an entity to show only the articles that mention it"));
    });
    // Enter or a double-click on an entity narrows the browser to the articles mentioning it.
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
    // The contexts share the width beside the keyword, so that it sits in the middle of the view
    // and the list starts at its left edge, headers whole; date and article follow on the right.
    // A keyword wider than half the view gets half, and the view scrolls it to the middle.
    QHeaderView *header = m_kwic->horizontalHeader();
    const int view = m_kwic->viewport()->width();
    const int wanted = std::max(m_keywordWidth, header->sectionSizeHint(OccurrenceModel::MentionColumn));
    const int keyword = std::min(wanted, std::max(view / 2, 40));
    const int side = std::max(minContextWidth, (view - keyword) / 2);
    header->resizeSection(OccurrenceModel::MentionColumn, keyword);
    header->resizeSection(OccurrenceModel::LeftColumn, side);
    header->resizeSection(OccurrenceModel::RightColumn, side);
    const int start = header->sectionPosition(OccurrenceModel::MentionColumn);
    m_kwic->horizontalScrollBar()->setValue(start + keyword / 2 - view / 2);
}

void EntitiesPanel::updateContextTitle()
{
    // An empty list says how to fill it.
    const QString entity = m_tree->currentIndex().data(CanonicalRole).toString();
    m_kwicTitle->setText(entity.isEmpty() ? tr("Mentions in context: choose an entity above")
                                          : tr("Mentions of %1 in context").arg(entity));
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
    if (showsWholeCorpus()) {
        for (const FacetCount &e : m_filtered)
            rows.push_back({e.type, e.name, e.articles});
    } else if (m_article) {
        if (auto mentions = articleMentions(m_source.reader(), m_article)) {
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
    updateContextTitle();
}

} // namespace Lagebild
