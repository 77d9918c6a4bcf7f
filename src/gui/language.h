// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace Lagebild {

/// The interface language: "" follows the system (German on a German system, else English),
/// "de" or "en" as chosen in View → Language (QSettings key "language").
[[nodiscard]] QString languageSetting();
void setLanguageSetting(const QString &language);

/// The language the interface is in: "de" or "en" (the setting, else the system's language).
[[nodiscard]] QString interfaceLanguage();

/// Loads Lagebild's and Qt's own catalogues for the chosen language; returns the language used
/// ("de" or "en"). Call once, before the first window is created.
QString installTranslations(QCoreApplication &app);

} // namespace Lagebild
