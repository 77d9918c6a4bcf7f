// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Lagebild::Postgres {

/// The channel (LISTEN/NOTIFY) on which a team database's clients say that articles may have
/// fallen due for analysis: an import committed new ones, an entity rule was added or removed.
/// Following workers listen on it and start at once instead of at their next look (--poll).
inline constexpr QStringView dueChannel = u"lagebild_due";

} // namespace Lagebild::Postgres
