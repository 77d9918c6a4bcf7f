// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/figuresquery.h"

#include <QByteArray>
#include <QJsonArray>

#include <vector>

namespace Lagebild {

/// Reported figures as CSV (RFC 4180, UTF-8), one row per figure in group order: subject,
/// subject type, unit, value (the range when there is no single value), approx, date, date
/// source, outlet, title, URL, sentence. The columns of the Figures tab's export.
[[nodiscard]] QByteArray figuresCsv(const std::vector<FigureGroup> &groups);
/// The groups as JSON (docs/cli.md "figures"): per group what it is about, the outlets, whether
/// they disagree, the range of comparable values and its figures with their articles.
[[nodiscard]] QJsonArray figuresJson(const std::vector<FigureGroup> &groups);

} // namespace Lagebild
