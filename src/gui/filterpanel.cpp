// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/filterpanel.h"

#include "core/dateformat.h"
#include "models/facetmodel.h"
#include "models/roles.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lagebild {

namespace {

// Long enough to skip the intermediate states of a word being typed, short enough to feel live.
constexpr int typingPauseMs = 220;

} // namespace

FilterPanel::FilterPanel(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit;
    m_search->setClearButtonEnabled(true);
    m_texts.add([this] {
        m_search->setPlaceholderText(tr("Search the articles…"));
        m_search->setToolTip(tr("All words must occur. \"Quoted phrase\", a OR b, -excluded, prefix*"));
    });
    m_searchProblem = new QLabel;
    m_searchProblem->setWordWrap(true);
    m_searchProblem->setStyleSheet(QStringLiteral("color: #B00020"));
    m_searchProblem->hide();
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(typingPauseMs);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        emitChange();
    });
    connect(m_typing, &QTimer::timeout, this, &FilterPanel::emitChange);

    auto dateEdit = [](QCheckBox *use) {
        auto *edit = new QDateEdit;
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        QObject::connect(use, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        return edit;
    };
    m_useFrom = new QCheckBox;
    m_useTo = new QCheckBox;
    m_from = dateEdit(m_useFrom);
    m_to = dateEdit(m_useTo);
    for (auto *box : {m_useFrom, m_useTo})
        connect(box, &QCheckBox::toggled, this, &FilterPanel::emitChange);
    for (auto *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &FilterPanel::emitChange);
    m_hideDuplicates = new QCheckBox;
    connect(m_hideDuplicates, &QCheckBox::toggled, this, &FilterPanel::emitChange);

    m_outlets = new FacetModel(this);
    m_tags = new FacetModel(this);
    m_entities = new FacetModel(this);
    for (auto *model : {m_outlets, m_tags, m_entities})
        connect(model, &FacetModel::checkedChanged, this, &FilterPanel::emitChange);
    m_facets = new QTabWidget;
    m_facets->setDocumentMode(true);
    m_facets->addTab(facetPage(m_entities, true, nullptr), QString());
    m_facets->addTab(facetPage(m_outlets, false, nullptr), QString());
    m_facets->addTab(facetPage(m_tags, false, &m_tagView), QString());
    m_tagView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tagView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_tagView->indexAt(at);
        if (!index.isValid() || !m_tagsEditable)
            return;
        const QString tag = index.data(CanonicalRole).toString();
        QMenu menu;
        menu.addAction(
            tr("Rename or Merge “%1”…").arg(tag), this, [this, tag] { Q_EMIT renameTagRequested(tag); });
        menu.addAction(tr("Delete “%1”").arg(tag), this, [this, tag] { Q_EMIT deleteTagRequested(tag); });
        menu.exec(m_tagView->viewport()->mapToGlobal(at));
    });

    auto *clearButton = new QPushButton;
    m_texts.add([this, clearButton] {
        m_useFrom->setText(tr("From"));
        m_useTo->setText(tr("To"));
        m_hideDuplicates->setText(tr("Hide near-duplicates"));
        // Dates as the interface language writes them, also after a change of language.
        for (QDateEdit *edit : {m_from, m_to}) {
            edit->setLocale(QLocale());
            edit->setDisplayFormat(shortDateFormat());
        }
        m_facets->setTabText(0, tr("&Entities"));
        m_facets->setTabText(1, tr("&Outlets"));
        m_facets->setTabText(2, tr("T&ags"));
        clearButton->setText(tr("Clear Filters"));
    });
    connect(clearButton, &QPushButton::clicked, this, &FilterPanel::clear);

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_useFrom);
    dates->addWidget(m_from, 1);
    dates->addWidget(m_useTo);
    dates->addWidget(m_to, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_searchProblem);
    layout->addLayout(dates);
    auto *options = new QHBoxLayout;
    options->addWidget(m_hideDuplicates, 1);
    options->addWidget(clearButton);
    layout->addLayout(options);
    layout->addWidget(m_facets, 1);
}

void FilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QWidget::changeEvent(event);
}

QWidget *FilterPanel::facetPage(FacetModel *model, bool showType, QTreeView **viewOut)
{
    auto *proxy = new QSortFilterProxyModel(model);
    proxy->setSourceModel(model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(FacetModel::NameColumn);
    proxy->setSortRole(SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    auto *find = new QLineEdit;
    m_texts.add([find] { find->setPlaceholderText(tr("Find in the list…")); });
    find->setClearButtonEnabled(true);
    connect(find, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *view = new QTreeView;
    view->setModel(proxy);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->sortByColumn(FacetModel::CountColumn, Qt::DescendingOrder);
    view->setColumnHidden(FacetModel::TypeColumn, !showType);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(FacetModel::NameColumn, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(FacetModel::TypeColumn, QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(FacetModel::CountColumn, QHeaderView::ResizeToContents);
    // Space toggles the check box of the current line, as in any list of options.
    connect(view, &QTreeView::activated, this, [proxy](const QModelIndex &index) {
        const QModelIndex name = proxy->index(index.row(), FacetModel::NameColumn);
        const bool checked = name.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        proxy->setData(name, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    if (viewOut)
        *viewOut = view;
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(find);
    layout->addWidget(view, 1);
    return page;
}

ArticleFilter FilterPanel::filter() const
{
    ArticleFilter f;
    f.text = m_search->text().trimmed();
    if (m_useFrom->isChecked())
        f.from = m_from->date();
    if (m_useTo->isChecked())
        f.to = m_to->date();
    f.outlets = m_outlets->checkedNames();
    f.tags = m_tags->checkedNames();
    f.entities = m_entities->checkedIds();
    f.hideDuplicates = m_hideDuplicates->isChecked();
    return f;
}

void FilterPanel::emitChange()
{
    if (!m_quiet)
        Q_EMIT filterChanged(filter());
}

void FilterPanel::setCounts(const FacetCounts &counts)
{
    m_outlets->setCounts(counts.outlets);
    m_tags->setCounts(counts.tags);
    m_entities->setCounts(counts.entities);
}

void FilterPanel::setSearchProblem(const QString &message)
{
    m_searchProblem->setText(message);
    m_searchProblem->setVisible(!message.isEmpty());
}

void FilterPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_typing->stop();
    emitChange();
}

void FilterPanel::filterByEntity(qint64 id, const QString &name, const QString &type)
{
    std::vector<FacetCount> checked;
    for (qint64 existing : m_entities->checkedIds())
        if (existing == id)
            return;
    const std::vector<qint64> ids = m_entities->checkedIds();
    const QStringList names = m_entities->checkedNames();
    for (size_t i = 0; i < ids.size(); ++i)
        checked.push_back({ids[i], names[int(i)], {}, 0});
    checked.push_back({id, name, type, 0});
    m_entities->setChecked(checked);
    m_facets->setCurrentIndex(0);
    emitChange();
}

void FilterPanel::clear()
{
    {
        const QScopedValueRollback quiet(m_quiet, true);
        m_search->clear();
        m_typing->stop();
        m_useFrom->setChecked(false);
        m_useTo->setChecked(false);
        m_hideDuplicates->setChecked(false);
        m_outlets->clearChecked();
        m_tags->clearChecked();
        m_entities->clearChecked();
    }
    emitChange();
}

void FilterPanel::setPeriod(const QDate &from, const QDate &to)
{
    {
        const QScopedValueRollback quiet(m_quiet, true);
        m_useFrom->setChecked(true);
        m_useTo->setChecked(true);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    emitChange();
}

void FilterPanel::setDateRange(const QDate &earliest, const QDate &latest)
{
    if (!earliest.isValid() || !latest.isValid())
        return;
    const QScopedValueRollback quiet(m_quiet, true);
    for (auto *edit : {m_from, m_to})
        edit->setDateRange(earliest, latest);
    if (!m_useFrom->isChecked())
        m_from->setDate(earliest);
    if (!m_useTo->isChecked())
        m_to->setDate(latest);
}

} // namespace Lagebild
