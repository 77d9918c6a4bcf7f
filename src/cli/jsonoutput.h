// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QJsonObject>

namespace Lagebild {
struct SearchHit;
}

namespace Lagebild::Cli {

/// The documented JSON shapes of lagebild-cli (docs/cli.md). Field names never change meaning;
/// new fields may be added.
QJsonObject summaryToJson(const ArticleSummary &article);
QJsonObject articleToJson(const Article &article);
QJsonObject hitToJson(const SearchHit &hit);

} // namespace Lagebild::Cli
