// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/summaryrow.h"

#include "store/sqlite/statement.h"

namespace Lagebild {

namespace {

// A statement's current row as summaryFromRow reads it.
struct StatementRow
{
    const Sqlite::Statement &st;
    [[nodiscard]] QString text(int column) const { return st.columnText(column); }
    [[nodiscard]] qint64 int64(int column) const { return st.columnInt64(column); }
    [[nodiscard]] double real(int column) const { return st.columnDouble(column); }
};

} // namespace

PublicationDate readDate(const Sqlite::Statement &st, int first)
{
    return dateFromRow(StatementRow {st}, first);
}

ArticleSummary readSummary(const Sqlite::Statement &st)
{
    return summaryFromRow(StatementRow {st});
}

Article readArticle(const Sqlite::Statement &st)
{
    return articleFromRow(StatementRow {st});
}

} // namespace Lagebild
