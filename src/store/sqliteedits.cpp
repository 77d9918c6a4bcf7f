// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqliteedits.h"

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <QDateTime>

namespace Lagebild {

Expected<void> recordEdits(Sqlite::Database &db, ArticleId article, const std::vector<EditRecord> &edits)
{
    if (edits.empty())
        return {};
    static const QString user = localUserName();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Sqlite::Statement st(
        db, u"INSERT INTO edits(article_id, made_at, made_by, kind, detail) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const EditRecord &edit : edits) {
        // A null QString binds as NULL; the column holds '' for "no detail".
        st.bind(1, article)
            .bind(2, now)
            .bind(3, user)
            .bind(4, editKindName(edit.kind))
            .bind(5, edit.detail.isNull() ? QStringLiteral("") : edit.detail);
        if (auto r = st.execute(); !r)
            return r;
    }
    return {};
}

} // namespace Lagebild
