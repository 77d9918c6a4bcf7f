// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lagebild {

/// A mention's surface text is stored only where the body cannot give it back (schema 0009):
/// `mentions.text` is NULL when the text is the body's slice [start, end) and SQL's substr(),
/// which counts code points, cuts exactly that slice from the body (no character beyond U+FFFF
/// before it; the offsets count UTF-16 units). The analyst's rows always keep their text.

/// The SQL expression for the surface text of the mention row `alias` (its table's alias).
[[nodiscard]] QString mentionTextSql(QLatin1String alias);

/// Which mentions of one body may be stored without their text.
class BodySlices
{
public:
    explicit BodySlices(const QString &body);
    /// Whether mentionTextSql() gives `text` back for the span [start, end) of the body.
    [[nodiscard]] bool recovers(int start, int end, const QString &text) const;

private:
    const QString &m_body;
    qsizetype m_firstSurrogate; ///< up to here every code point is one UTF-16 unit
};

} // namespace Lagebild
