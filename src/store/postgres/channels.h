// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Lagebild::Postgres {

/// The channel (LISTEN/NOTIFY) on which a team database's clients say that articles may have
/// fallen due for analysis: an import committed new ones, an entity rule was added or removed.
/// Following workers listen on it and start at once instead of at their next look (--poll).
inline constexpr QStringView dueChannel = u"lagebild_due";

/// The channel on which hand edits of articles (tags, notes, dates, corrections of mentions,
/// verdicts on relations) and the workers' new analyses are announced at their commit, so that
/// other analysts' open windows show them within a moment. The payload is the
/// edited articles' ids, comma-separated, or empty when an edit touched too many to name (a tag
/// renamed or deleted for the whole corpus): then a window reads its list again.
inline constexpr QStringView editsChannel = u"lagebild_edits";

} // namespace Lagebild::Postgres
