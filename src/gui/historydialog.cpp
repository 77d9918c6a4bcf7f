// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/historydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lagebild {

HistoryDialog::HistoryDialog(
    const QString &articleTitle, const std::vector<ArticleEdit> &edits, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of “%1”").arg(articleTitle.left(60)));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(edits.empty()
            ? tr("Nobody has changed this article's tags, note or date by hand yet.")
            : tr("Changes made by hand to this article's tags, note and date, newest first."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("Change"), tr("Detail")});
    m_list->setAlternatingRowColors(true);
    const QLocale locale;
    for (auto edit = edits.rbegin(); edit != edits.rend(); ++edit) {
        const QString detail = edit->detail.simplified();
        auto *item = new QTreeWidgetItem(m_list,
            {locale.toString(edit->madeAt.toLocalTime(), QLocale::ShortFormat), edit->madeBy, kindText(*edit),
                detail.size() > 120 ? detail.left(119) + QChar(0x2026) : detail});
        item->setToolTip(3, edit->detail); // the whole note
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 360);
}

QString HistoryDialog::kindText(const ArticleEdit &edit)
{
    if (!edit.kind)
        return edit.kindName; // written by a newer Lagebild
    switch (*edit.kind) {
    case EditKind::TagAdded:
        return tr("Tag added");
    case EditKind::TagRemoved:
        return tr("Tag removed");
    case EditKind::TagRenamed:
        return tr("Tag renamed");
    case EditKind::NoteSet:
        return tr("Note written");
    case EditKind::NoteRemoved:
        return tr("Note removed");
    case EditKind::DateSet:
        return tr("Publication date set");
    case EditKind::DateCleared:
        return tr("Publication date cleared");
    }
    return edit.kindName;
}

} // namespace Lagebild
