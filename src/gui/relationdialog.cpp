// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/relationdialog.h"

#include "core/entitytypes.h"
#include "core/relationtypes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lagebild {

RelationDialog::RelationDialog(const RelationRow &relation,
    const std::vector<std::tuple<qint64, QString, QString>> &entities, QWidget *parent)
    : QDialog(parent), m_relation(relation)
{
    setWindowTitle(tr("Correct Relation"));
    auto *sentence = new QLabel(QStringLiteral("<i>%1</i>").arg(relation.sentence.toHtmlEscaped()));
    sentence->setWordWrap(true);
    sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sentence->setMinimumWidth(sentence->fontMetrics().averageCharWidth() * 60);
    // What is corrected: the engine's reading, or what the analyst made of it before.
    const QString stated = relation.verdict == RelationVerdict::Unreviewed ? tr("The analysis read: %1 %2 %3")
                                                                           : tr("As it stands: %1 %2 %3");
    auto *found = new QLabel(stated.arg(relation.source.toHtmlEscaped(),
        relationTypeLabel(relation.type).toHtmlEscaped(), relation.target.toHtmlEscaped()));
    found->setWordWrap(true);

    m_type = new QComboBox;
    for (int k = 0; k < relationTypeCount; ++k) {
        const QString name = relationTypeName(RelationType(k));
        m_type->addItem(relationTypeLabel(name), name);
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(relation.type)));
    auto entityBox = [&](qint64 chosen) {
        auto *box = new QComboBox;
        for (const auto &[id, name, type] : entities)
            box->addItem(QStringLiteral("%1 (%2)").arg(name, entityTypeLabel(type)), id);
        // An end no longer mentioned in the article (changed by hand since) is still offered.
        if (box->findData(chosen) < 0)
            box->addItem(chosen == relation.sourceId ? relation.source : relation.target, chosen);
        box->setCurrentIndex(box->findData(chosen));
        return box;
    };
    m_source = entityBox(relation.sourceId);
    m_target = entityBox(relation.targetId);
    m_swap = new QPushButton(tr("&Swap Direction"));
    m_swap->setToolTip(tr("Make the target the one who acts"));
    connect(m_swap, &QPushButton::clicked, this, &RelationDialog::swap);

    auto *form = new QFormLayout;
    form->addRow(tr("&Who acts:"), m_source);
    form->addRow(tr("&Relation:"), m_type);
    form->addRow(tr("&On or with whom:"), m_target);
    form->addRow(QString(), m_swap);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    okButton()->setText(tr("C&orrect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *box : {m_type, m_source, m_target})
        connect(box, &QComboBox::currentIndexChanged, this, &RelationDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sentence);
    layout->addWidget(found);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    updateState();
}

QString RelationDialog::type() const
{
    return m_type->currentData().toString();
}

qint64 RelationDialog::source() const
{
    return m_source->currentData().toLongLong();
}

qint64 RelationDialog::target() const
{
    return m_target->currentData().toLongLong();
}

QPushButton *RelationDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void RelationDialog::swap()
{
    const int source = m_source->currentIndex();
    const int target = m_target->currentIndex();
    const QString sourceText = m_source->itemText(source), targetText = m_target->itemText(target);
    const QVariant sourceId = m_source->itemData(source), targetId = m_target->itemData(target);
    // Each box gets the other's entity, added when it only had its own extra entry.
    auto choose = [](QComboBox *box, const QString &text, const QVariant &id) {
        const QSignalBlocker block(box);
        if (box->findData(id) < 0)
            box->addItem(text, id);
        box->setCurrentIndex(box->findData(id));
    };
    choose(m_source, targetText, targetId);
    choose(m_target, sourceText, sourceId);
    updateState();
}

void RelationDialog::updateState()
{
    QString problem;
    if (source() == target())
        problem = tr("Who acts and on whom must be two different entities.");
    else if (type() == m_relation.type && source() == m_relation.sourceId && target() == m_relation.targetId)
        problem
            = tr("Change the type, the direction or an entity; to keep the relation as it is, confirm it.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());
}

} // namespace Lagebild
