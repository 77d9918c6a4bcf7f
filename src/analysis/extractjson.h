// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/mention.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Lagebild::Analysis {

/// The JSON object of ../shared/docs/extract-contract.md for one analysed text: entities with
/// code point offsets (Python str indices), text slices, canonical names, QUANTITY value/unit/
/// approx, DATE norm, and relations with code point evidence spans.
/// The object as one compact JSON line (no newline), written directly: building it through
/// QJsonObject cost a third of `extract`'s time.
[[nodiscard]] QByteArray toContractJsonLine(
    const QString &source, const QString &text, const AnalysisResult &result);

/// The same, parsed (for tests and callers that inspect it).
[[nodiscard]] QJsonObject toContractJson(
    const QString &source, const QString &text, const AnalysisResult &result);

} // namespace Lagebild::Analysis
