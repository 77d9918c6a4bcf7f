// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Lagebild {

/// The locale's short date format ("dd.MM.yyyy", "dd/MM/yyyy"), but with the year in four
/// digits: a list of sources or a date field reaching back decades must not say "08.10.22".
[[nodiscard]] QString shortDateFormat(const QLocale &locale = QLocale());

/// A normalised date of the analysis (TIMEX-like: "2025-10-14", "2025-10", "2025-Q3",
/// "2025-H1", "2025-W42", "195X", ranges "a/b") as the interface language writes it:
/// "14.10.2025", "Oktober 2025", "3. Quartal 2025", "1. Halbjahr 2025", "KW 42/2025",
/// "die 1950er", ranges with a dash; a form it does not know as it is.
[[nodiscard]] QString readableNorm(const QString &norm);

} // namespace Lagebild
