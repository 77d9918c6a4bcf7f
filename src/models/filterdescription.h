// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/articlefilter.h"

#include <QString>
#include <QStringList>

namespace Lagebild {

/// The active filters in words, for subtitles of figures and exports, the same in the window and
/// the CLI: "Search: “Zoll” · 01.07.2025 – 30.09.2025 · Outlets: A, B · Tags: x · Entities: Nvidia".
[[nodiscard]] QString describeFilter(const ArticleFilter &filter, const QStringList &entityNames = {});

} // namespace Lagebild
