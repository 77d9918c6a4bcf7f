// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/mentiontext.h"

#include <algorithm>

namespace Lagebild {

QString mentionTextSql(QLatin1String alias)
{
    // A correlated sub-select rather than a join: most readers do not otherwise need the body.
    return QStringLiteral("coalesce(%1.text, (SELECT substr(mb.body, %1.start + 1, %1.\"end\" - %1.start) "
                          "FROM articles mb WHERE mb.id = %1.article_id))")
        .arg(alias);
}

BodySlices::BodySlices(const QString &body)
    : m_body(body)
    , m_firstSurrogate(
          std::find_if(body.begin(), body.end(), [](QChar c) { return c.isSurrogate(); }) - body.begin())
{ }

bool BodySlices::recovers(int start, int end, const QString &text) const
{
    // Up to the slice's end every code point must be one UTF-16 unit, so substr() counts alike.
    return start >= 0 && end > start && end <= m_firstSurrogate
        && QStringView(m_body).mid(start, end - start) == text;
}

} // namespace Lagebild
