// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/edithistory.h"

#include <QDialog>

#include <vector>

class QTreeWidget;

namespace Lagebild {

/// Edit → Article History: who changed the article's tags, note, date, mentions or relations by
/// hand, and when
/// (ArticleStore::history), newest first. Read-only; the window opens it without blocking.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(
        const QString &articleTitle, const std::vector<ArticleEdit> &edits, QWidget *parent = nullptr);

    /// The kind as the analyst reads it, in the interface's language.
    [[nodiscard]] static QString kindText(const ArticleEdit &edit);
    /// The detail as the analyst reads it: entity and relation types in the interface's
    /// language ("Nvidia (Unternehmen)", "liefert an: Nvidia → Huawei").
    [[nodiscard]] static QString detailText(const ArticleEdit &edit);

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace Lagebild
