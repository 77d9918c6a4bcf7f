// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/relationtrust.h"

namespace Lagebild {

RelationTrust relationTrust(bool manual, std::optional<double> confidence)
{
    if (manual)
        return RelationTrust::Confirmed;
    return confidence && *confidence >= highConfidence ? RelationTrust::High : RelationTrust::Doubtful;
}

QString relationTrustName(RelationTrust trust)
{
    switch (trust) {
    case RelationTrust::Confirmed:
        return QStringLiteral("confirmed");
    case RelationTrust::High:
        return QStringLiteral("high");
    case RelationTrust::Doubtful:
        return QStringLiteral("doubtful");
    }
    return {};
}

QString doubtfulRelationsName(DoubtfulRelations doubtful)
{
    return doubtful == DoubtfulRelations::Hidden ? QStringLiteral("hidden") : QStringLiteral("faint");
}

std::optional<DoubtfulRelations> doubtfulRelationsFromName(QStringView name)
{
    if (name == QLatin1String("faint"))
        return DoubtfulRelations::Faint;
    if (name == QLatin1String("hidden"))
        return DoubtfulRelations::Hidden;
    return std::nullopt;
}

} // namespace Lagebild
