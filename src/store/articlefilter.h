// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace Lagebild {

/// What the analyst narrowed the article browser to. Facets combine with AND; within a facet,
/// outlets and tags match any of the chosen names, entities must all be mentioned (an analyst
/// picking Nvidia and Huawei wants the articles that mention both).
struct ArticleFilter
{
    QString text; ///< search syntax of toFtsQuery(); empty: no text condition
    QDate from; ///< inclusive; invalid: open. A date range leaves out undated articles.
    QDate to;
    QStringList outlets;
    QStringList tags;
    std::vector<qint64> entities; ///< entity ids
    bool hideDuplicates = false; ///< leave out near-duplicates of another stored article

    [[nodiscard]] bool isEmpty() const
    {
        return text.trimmed().isEmpty() && !from.isValid() && !to.isValid() && outlets.isEmpty()
            && tags.isEmpty() && entities.empty() && !hideDuplicates;
    }
    bool operator==(const ArticleFilter &) const = default;
};

enum class ArticleOrder { Date, Outlet, Title, Tags, Mentions };

} // namespace Lagebild
