// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/summaryrow.h"

#include "store/sqlite/statement.h"
#include "text/locale.h"

namespace Lagebild {

PublicationDate readDate(const Sqlite::Statement &st, int first)
{
    PublicationDate date = PublicationDate::fromIsoString(st.columnText(first));
    date.precision = date.date.isValid() ? precisionFromName(st.columnText(first + 1)) : DatePrecision::None;
    date.origin = originFromName(st.columnText(first + 2));
    date.uncertain = st.columnInt(first + 3) != 0;
    return date;
}

ArticleSummary readSummary(const Sqlite::Statement &st)
{
    ArticleSummary s;
    s.id = st.columnInt64(0);
    s.title = st.columnText(1);
    s.source = st.columnText(2);
    s.published = readDate(st, 3);
    s.language = st.columnText(7);
    s.duplicateOf = st.columnInt64(8);
    const QString tags = st.columnText(9);
    if (!tags.isEmpty()) {
        s.tags = tags.split(QChar(31));
        Text::sortGerman(s.tags);
    }
    s.mentionCount = st.columnInt(10);
    return s;
}

} // namespace Lagebild
