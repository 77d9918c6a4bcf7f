// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/relationtrust.h"

namespace Lagebild {

RelationTrust relationTrust(bool manual, std::optional<double> confidence)
{
    if (manual)
        return RelationTrust::Confirmed;
    return confidence && *confidence >= highConfidence ? RelationTrust::High : RelationTrust::Doubtful;
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
