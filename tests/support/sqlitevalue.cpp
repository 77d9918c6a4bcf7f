// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/sqlitevalue.h"

#include "store/sqlite/statement.h"

#include <QStringList>

namespace Lagebild::Testing {

QString describeValue(const Sqlite::Statement &s, int c)
{
    switch (s.columnType(c)) {
    case Sqlite::Statement::ColumnType::Null:
        return QStringLiteral("NULL");
    case Sqlite::Statement::ColumnType::Integer:
        return QStringLiteral("i:%1").arg(s.columnInt64(c));
    case Sqlite::Statement::ColumnType::Real:
        return QStringLiteral("r:%1").arg(s.columnDouble(c), 0, 'g', 17);
    case Sqlite::Statement::ColumnType::Text:
        return QStringLiteral("t:") + s.columnText(c);
    case Sqlite::Statement::ColumnType::Blob:
        return QStringLiteral("b:") + QString::fromLatin1(s.columnBlob(c).toHex());
    }
    return {};
}

QString firstColumnLines(Sqlite::Database &db, const QString &sql)
{
    Sqlite::Statement st(db, sql);
    QStringList lines;
    for (;;) {
        auto row = st.step();
        if (!row)
            return QStringLiteral("error: ") + row.errorMessage();
        if (!row.value())
            break;
        lines << st.columnText(0);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Lagebild::Testing
