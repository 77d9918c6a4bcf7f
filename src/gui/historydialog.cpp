// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/historydialog.h"

#include "core/entitytypes.h"
#include "core/relationtypes.h"

#include <QCoreApplication>
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
            ? tr("Nobody has changed this article by hand yet.")
            : tr("Changes made by hand to this article's tags, note, date, mentions and relations, newest "
                 "first."),
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
        const QString detail = detailText(*edit).simplified();
        auto *item = new QTreeWidgetItem(m_list,
            {locale.toString(edit->madeAt.toLocalTime(), QLocale::ShortFormat), edit->madeBy, kindText(*edit),
                detail.size() > 120 ? detail.left(119) + QChar(0x2026) : detail});
        item->setToolTip(3, detailText(*edit)); // the whole note
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
    // The labels live with the kinds (edithistory.cpp), where lupdate finds them too.
    const char *label = edit.kind ? editKindLabel(*edit.kind) : nullptr;
    return label ? QCoreApplication::translate("EditKind", label)
                 : edit.kindName; // written by a newer Lagebild
}

namespace {

/// "COMPANY" → "Company", "COMPANY 3 EUR" → "Company 3 EUR": the stored identifier in front.
QString typeShown(const QString &stored)
{
    const qsizetype space = stored.indexOf(QLatin1Char(' '));
    const QString type = space < 0 ? stored : stored.left(space);
    return entityTypes().contains(type) ? entityTypeLabel(type) + stored.mid(type.size()) : stored;
}

/// "owns: Nvidia → H100" → "besitzt: Nvidia → H100".
QString claimShown(const QString &stored)
{
    const qsizetype colon = stored.indexOf(QStringLiteral(": "));
    return colon > 0 && relationTypeFromName(stored.left(colon))
        ? relationTypeLabel(stored.left(colon)) + stored.mid(colon)
        : stored;
}

} // namespace

QString HistoryDialog::detailText(const ArticleEdit &edit)
{
    // The stored detail is data, alike in every language (mentionEditDetail(),
    // relationEditDetail()); only its type identifiers are the analyst's words here.
    if (!edit.kind)
        return edit.detail;
    const QString &detail = edit.detail;
    switch (*edit.kind) {
    case EditKind::MentionAdded:
    case EditKind::MentionRemoved:
    case EditKind::MentionConfirmed:
    case EditKind::MentionReset: {
        const qsizetype open = detail.lastIndexOf(QStringLiteral(" ("));
        if (open < 0 || !detail.endsWith(QLatin1Char(')')))
            return detail;
        return detail.left(open + 2) + typeShown(detail.mid(open + 2, detail.size() - open - 3))
            + QLatin1Char(')');
    }
    case EditKind::MentionRetyped: {
        const qsizetype colon = detail.lastIndexOf(QStringLiteral(": "));
        if (colon < 0)
            return detail;
        QStringList types = detail.mid(colon + 2).split(QStringLiteral(" → "));
        for (QString &type : types)
            type = typeShown(type);
        return detail.left(colon + 2) + types.join(QStringLiteral(" → "));
    }
    case EditKind::RelationConfirmed:
    case EditKind::RelationRejected:
    case EditKind::RelationCorrected:
    case EditKind::RelationReset: {
        QStringList claims = detail.split(QStringLiteral(" ⇒ "));
        for (QString &claim : claims)
            claim = claimShown(claim);
        return claims.join(QStringLiteral(" ⇒ "));
    }
    case EditKind::TagAdded:
    case EditKind::TagRemoved:
    case EditKind::TagRenamed:
    case EditKind::NoteSet:
    case EditKind::NoteRemoved:
    case EditKind::DateSet:
    case EditKind::DateCleared:
    case EditKind::MentionLinked:
        break;
    }
    return detail;
}

} // namespace Lagebild
