// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Lagebild {

/// The entity types in the order the workbench lists them.
[[nodiscard]] QStringList entityTypes();
/// The analyst's word for a type ("Company" / "Unternehmen"), translated.
[[nodiscard]] QString entityTypeLabel(const QString &type);

} // namespace Lagebild
