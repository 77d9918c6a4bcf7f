// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lagebild::Sqlite {
class Statement;
}

namespace Lagebild {

/// A mention's type is stored as a small integer (schema 0011): `mentions.type_code` for the
/// types the engine knows, `mentions.type_name` for any other; `mentions.type` is a generated
/// column that gives the string back. The codes are those of resources/sql/0011_mention_type_codes.sql.

/// The code of `type`, or -1 for a type without one (stored in `type_name`).
[[nodiscard]] int mentionTypeCode(const QString &type);

/// Binds `type` to an INSERT's parameters for `type_code` and `type_name`, one of them NULL.
void bindMentionType(Sqlite::Statement &st, int codeParameter, int nameParameter, const QString &type);

} // namespace Lagebild
