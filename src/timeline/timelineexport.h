// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timeline.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Lagebild {

/// Mentions over time as CSV (RFC 4180, UTF-8): bucket start, bucket label, filtered articles,
/// then one column per entity.
[[nodiscard]] QByteArray mentionTimelineCsv(const MentionTimeline &timeline);
/// Events as CSV: date, norm, precision, date source, label, relation, source, target, outlet,
/// title, URL, evidence.
[[nodiscard]] QByteArray eventsCsv(const std::vector<TimelineEvent> &events);
/// Events in Knight Lab's TimelineJS JSON format: a title slide, and per event start_date (year,
/// month, day as precise as known), display_date, text (headline, evidence with its source),
/// group (the relation type) and unique_id. What TimelineJS shows as text (display_date, the
/// headline's relation, the group, the source's date) is in the interface's language.
[[nodiscard]] QByteArray timelineJs(
    const std::vector<TimelineEvent> &events, const QString &title, const QString &subtitle);

} // namespace Lagebild
