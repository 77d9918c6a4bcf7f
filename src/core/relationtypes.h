// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lagebild {

/// The analyst's words for a relation type ("partners_with" → "partners with" / "kooperiert
/// mit"), translated, for display only: the database, filters and exports keep the identifier.
/// An identifier without a label is shown with its underscores as spaces.
[[nodiscard]] QString relationTypeLabel(const QString &type);

} // namespace Lagebild
