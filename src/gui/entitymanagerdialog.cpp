// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/entitymanagerdialog.h"

#include "core/entitytypes.h"
#include "models/entitylistmodel.h"
#include "models/roles.h"
#include "store/analysisrepository.h"
#include "store/mentionreads.h"
#include "text/locale.h"
#include "ui_entitymanager.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace Lagebild {

EntityManagerDialog::EntityManagerDialog(SqlReader &sql, QWidget *parent)
    : QDialog(parent), m_sql(sql), m_ui(std::make_unique<Ui::EntityManager>())
{
    m_ui->setupUi(this);
    m_model = new EntityListModel(sql, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(EntityListModel::NameColumn);
    m_ui->entities->setModel(m_proxy);
    m_ui->entities->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->entities->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->entities->setSortingEnabled(true);
    m_ui->entities->sortByColumn(EntityListModel::MentionsColumn, Qt::DescendingOrder);
    m_ui->entities->verticalHeader()->hide();
    m_ui->entities->horizontalHeader()->setSectionResizeMode(
        EntityListModel::NameColumn, QHeaderView::Stretch);
    // The other columns as wide as their headers in the language shown, sort arrow included
    // ("Erwähnungen" was cut in German).
    QHeaderView *header = m_ui->entities->horizontalHeader();
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        if (column == EntityListModel::NameColumn)
            continue;
        const QString title = m_proxy->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        header->resizeSection(column,
            std::max(header->sectionSize(column), header->fontMetrics().horizontalAdvance(title) + 32));
    }
    m_ui->entities->setAlternatingRowColors(true);
    connect(m_ui->find, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->entities->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &EntityManagerDialog::updateButtons);
    connect(m_ui->rename, &QPushButton::clicked, this, &EntityManagerDialog::rename);
    connect(m_ui->merge, &QPushButton::clicked, this, &EntityManagerDialog::merge);
    connect(m_ui->retype, &QPushButton::clicked, this, &EntityManagerDialog::retype);
    connect(m_ui->split, &QPushButton::clicked, this, &EntityManagerDialog::split);
    connect(m_ui->ignore, &QPushButton::clicked, this, &EntityManagerDialog::ignore);
    connect(m_ui->showArticles, &QPushButton::clicked, this, [this] {
        if (const EntitySummary *e = current())
            Q_EMIT filterRequested(e->type, e->canonical);
    });
    updateButtons();
}

EntityManagerDialog::~EntityManagerDialog() = default;

void EntityManagerDialog::reload()
{
    const EntitySummary *before = current();
    const QString type = before ? before->type : QString();
    const QString name = before ? before->canonical : QString();
    m_model->reload();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(CanonicalRole).toString() == name && index.data(EntityTypeRole).toString() == type) {
            m_ui->entities->setCurrentIndex(index);
            break;
        }
    }
    updateButtons();
}

const EntitySummary *EntityManagerDialog::current() const
{
    const QModelIndex index = m_ui->entities->currentIndex();
    return index.isValid() ? m_model->entity(m_proxy->mapToSource(index).row()) : nullptr;
}

void EntityManagerDialog::updateButtons()
{
    const EntitySummary *e = current();
    for (auto *button :
        {m_ui->rename, m_ui->merge, m_ui->retype, m_ui->split, m_ui->ignore, m_ui->showArticles})
        button->setEnabled(e != nullptr);
    if (!e) {
        m_ui->spellings->clear();
        return;
    }
    QStringList forms;
    if (auto list = entitySurfaceForms(m_sql, e->type, e->canonical)) {
        for (const auto &[text, count] : list.value())
            forms.append(QStringLiteral("%1 (%2)").arg(text).arg(count));
    }
    m_ui->spellings->setText(tr("Written as: %1").arg(forms.join(QLatin1String(", "))));
}

void EntityManagerDialog::rename()
{
    const EntitySummary *e = current();
    if (!e)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Entity"),
        tr("New name for “%1”:").arg(e->canonical), QLineEdit::Normal, e->canonical, &ok)
                             .simplified();
    if (ok && !name.isEmpty() && name != e->canonical)
        Q_EMIT correctionRequested(QStringLiteral("merge"), e->canonical, e->type, name);
}

void EntityManagerDialog::merge()
{
    const EntitySummary *e = current();
    if (!e)
        return;
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const EntitySummary *other = m_model->entity(row);
        if (other->type == e->type && other->canonical != e->canonical)
            names.append(other->canonical);
    }
    Text::sortGerman(names);
    bool ok = false;
    const QString target = QInputDialog::getItem(this, tr("Merge Entity"),
        tr("Count every mention of “%1” as a mention of:").arg(e->canonical), names, 0, true, &ok)
                               .simplified();
    if (ok && !target.isEmpty() && target != e->canonical)
        Q_EMIT correctionRequested(QStringLiteral("merge"), e->canonical, e->type, target);
}

void EntityManagerDialog::retype()
{
    const EntitySummary *e = current();
    if (!e)
        return;
    QStringList types, labels;
    for (const QString &type : entityTypes()) {
        if (type != QLatin1String("QUANTITY") && type != QLatin1String("DATE")) {
            types.append(type);
            labels.append(entityTypeLabel(type));
        }
    }
    bool ok = false;
    const QString label = QInputDialog::getItem(this, tr("Change Type"), tr("“%1” is a:").arg(e->canonical),
        labels, int(types.indexOf(e->type)), false, &ok);
    const QString type = types.value(int(labels.indexOf(label)));
    if (ok && !type.isEmpty() && type != e->type)
        Q_EMIT correctionRequested(QStringLiteral("retype"), e->canonical, e->type, type);
}

void EntityManagerDialog::split()
{
    const EntitySummary *e = current();
    if (!e)
        return;
    QStringList forms;
    if (auto list = entitySurfaceForms(m_sql, e->type, e->canonical)) {
        for (const auto &[text, count] : list.value())
            forms.append(text);
    }
    if (forms.size() < 2) {
        QMessageBox::information(this, tr("Split Off Spelling"),
            tr("“%1” is written only one way; there is nothing to split off.").arg(e->canonical));
        return;
    }
    bool ok = false;
    const QString spelling = QInputDialog::getItem(
        this, tr("Split Off Spelling"), tr("Which spelling is another entity?"), forms, 0, false, &ok);
    if (!ok)
        return;
    const QString name = QInputDialog::getText(this, tr("Split Off Spelling"),
        tr("Name of the entity “%1” stands for:").arg(spelling), QLineEdit::Normal, spelling, &ok)
                             .simplified();
    if (ok && !name.isEmpty() && name != e->canonical)
        Q_EMIT correctionRequested(QStringLiteral("alias"), name, e->type, spelling);
}

void EntityManagerDialog::ignore()
{
    const EntitySummary *e = current();
    if (!e)
        return;
    if (QMessageBox::question(this, tr("Ignore Entity"),
            tr("Stop marking “%1” in every article? Edit → Undo brings it back.").arg(e->canonical))
        == QMessageBox::Yes)
        Q_EMIT correctionRequested(QStringLiteral("ignore"), e->canonical, e->type, QString());
}

} // namespace Lagebild
