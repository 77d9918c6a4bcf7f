// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/figuresquery.h"

#include <QString>

namespace Lagebild {

/// A reported figure as readers of the interface's language write it: "zwei Drittel",
/// "rund 421.000 Stück", "15 %", "4,5 Mrd. US-Dollar" in German; numbers in the current locale.
/// (formatFigure() stays the plain form for exports.)
[[nodiscard]] QString readableFigure(const ReportedFigure &figure);
/// The name of a unit in a group's title: "Anteil" for percent and fraction, "US-Dollar";
/// empty for plain counts.
[[nodiscard]] QString readableUnit(const QString &unit);
/// "zwei Drittel", "die Hälfte" for a fraction close to one with a small denominator; empty
/// otherwise.
[[nodiscard]] QString fractionInWords(double value);

} // namespace Lagebild
