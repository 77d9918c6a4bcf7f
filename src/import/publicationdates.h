// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/publicationdate.h"

#include <QString>

namespace Lagebild {

/// Publication dates as importers meet them. Each returns an invalid date when the input
/// holds none: an article without a date is stored undated, never with a made-up one.

/// "2025-10-14_zoll.txt", "20251014-zoll.html", "2025-10_rueckblick.txt" → day or month.
[[nodiscard]] PublicationDate dateFromFileName(const QString &fileName);

/// A header line of a text article that carries its date: "14.10.2025",
/// "Veröffentlicht am 14. Oktober 2025", "Stand: 03.02.2024, 09:15 Uhr", "Dienstag, 4. März 2025".
/// Lines that are prose with a date inside are not date lines. Update stamps ("Stand",
/// "Aktualisiert") are marked uncertain: the article may be older.
[[nodiscard]] PublicationDate dateFromHeaderLine(QStringView line);

/// Metadata values: ISO 8601 / RFC 3339, RFC 822 (RSS pubDate), or German "14.10.2025".
[[nodiscard]] PublicationDate dateFromMetadata(const QString &value);

} // namespace Lagebild
