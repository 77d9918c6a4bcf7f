// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Lagebild::Text {

/// NFC normalisation through Boost.Locale (ICU backend): stored text is always NFC so that
/// offsets, hashes and searches agree whichever way a file composed its umlauts.
[[nodiscard]] QString toNfc(const QString &text);

/// Sorts names the way a German reader expects (DIN 5007: "Ärzte" beside "Arzt", case second).
void sortGerman(QStringList &names);

/// The first sentence of `text` by ICU's German sentence rules (Boost.Locale boundary analysis).
[[nodiscard]] QString firstSentence(const QString &text);

/// Compares two strings under German collation; <0, 0, >0.
[[nodiscard]] int compareGerman(const QString &a, const QString &b);

} // namespace Lagebild::Text
