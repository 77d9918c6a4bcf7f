// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/mentiontype.h"

#include "store/sqlite/statement.h"

#include <array>

namespace Lagebild {

namespace {

// Index = code, ordered by how often the type occurs: SQLite stores 0 and 1 in the record header
// alone. Must match the generated column `mentions.type` of 0011_mention_type_codes.sql
// (tst_store, typeCodesMatchTheSchema).
constexpr std::array<QLatin1String, 9> codedTypes {QLatin1String("LOCATION"), QLatin1String("QUANTITY"),
    QLatin1String("DATE"), QLatin1String("PERSON"), QLatin1String("COMPANY"), QLatin1String("ORGANIZATION"),
    QLatin1String("AGENCY"), QLatin1String("MEDIA"), QLatin1String("PRODUCT")};

} // namespace

int mentionTypeCode(const QString &type)
{
    for (std::size_t i = 0; i < codedTypes.size(); ++i) {
        if (type == codedTypes[i])
            return int(i);
    }
    return -1;
}

void bindMentionType(Sqlite::Statement &st, int codeParameter, int nameParameter, const QString &type)
{
    if (const int code = mentionTypeCode(type); code >= 0)
        st.bind(codeParameter, code).bindNull(nameParameter);
    else
        st.bindNull(codeParameter).bind(nameParameter, type);
}

} // namespace Lagebild
