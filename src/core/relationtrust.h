// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Lagebild {

/// How far a stored relation can be believed, for drawing it and for dating events by it.
enum class RelationTrust : quint8 {
    Confirmed, ///< made or confirmed by the analyst (origin 'manual')
    High, ///< found by the engine with a confidence of at least highConfidence
    Doubtful, ///< found by the engine less surely, or stored before confidences were (schema < 6)
};

/// The engine's threshold (Analysis::relationThreshold; the analysis service checks they agree):
/// an automatic relation below it is no claim the views date as an event.
inline constexpr double trustedConfidence = 0.65;
/// From here on a relation the engine found is drawn like a confirmed one, not faint.
inline constexpr double highConfidence = 0.8;

[[nodiscard]] RelationTrust relationTrust(bool manual, std::optional<double> confidence);
/// The identifier in exports: "confirmed", "high", "doubtful".
[[nodiscard]] QString relationTrustName(RelationTrust trust);

/// What the network and the event lanes do with doubtful relations (View → Doubtful Relations).
enum class DoubtfulRelations : quint8 { Faint, Hidden };

[[nodiscard]] QString doubtfulRelationsName(DoubtfulRelations doubtful);
[[nodiscard]] std::optional<DoubtfulRelations> doubtfulRelationsFromName(QStringView name);

} // namespace Lagebild
