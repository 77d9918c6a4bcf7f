#pragma once

#include <Qt>

namespace Lagebild {

/// Custom item data roles of every Lagebild model, in one place (as Zeal's itemdatarole.h).
enum ItemDataRole {
    ArticleIdRole = Qt::UserRole + 1, ///< qint64
    SortRole, ///< value for sorting a column (ISO date, lower-case title)
    PublishedUncertainRole, ///< bool
};

} // namespace Lagebild
