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
/// ("de" or "en"). Call before the first window is created; calling it again replaces the
/// catalogues installed before.
QString installTranslations(QCoreApplication &app);

/// View → Language: stores the choice and installs its catalogues at once. Qt then sends every
/// widget a QEvent::LanguageChange, on which the open windows retranslate themselves (no restart).
QString switchLanguage(const QString &language);

} // namespace Lagebild
