// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace Lagebild {

/// How much of a publication date is known. Coarser dates are stored as the first
/// day of their period, so sorting and bucketing work, but never shown as a day.
enum class DatePrecision { None, Year, Month, Day, Minute };

/// Where a publication date came from; a date line in the body or a file name is
/// weaker evidence than page metadata, and the analyst may set one by hand.
enum class DateOrigin { None, Metadata, FileName, Text, Manual };

struct PublicationDate
{
    QDate date;
    QTime time; ///< valid only with DatePrecision::Minute
    int utcOffsetSeconds = 0;
    DatePrecision precision = DatePrecision::None;
    DateOrigin origin = DateOrigin::None;
    bool uncertain = false;

    [[nodiscard]] bool isValid() const { return precision != DatePrecision::None && date.isValid(); }

    /// "2025", "2025-10", "2025-10-14" or "2025-10-14T08:30:00+02:00", empty when unknown.
    [[nodiscard]] QString toIsoString() const;
    /// Parses what toIsoString() writes, and any ISO 8601 / RFC 3339 timestamp.
    [[nodiscard]] static PublicationDate fromIsoString(QStringView text);

    static PublicationDate day(QDate d, DateOrigin origin);
    static PublicationDate month(int year, int month, DateOrigin origin);
    static PublicationDate year(int year, DateOrigin origin);

    friend bool operator==(const PublicationDate &, const PublicationDate &) = default;
};

[[nodiscard]] QString precisionName(DatePrecision precision);
[[nodiscard]] DatePrecision precisionFromName(QStringView name);
[[nodiscard]] QString originName(DateOrigin origin);
[[nodiscard]] DateOrigin originFromName(QStringView name);

} // namespace Lagebild
