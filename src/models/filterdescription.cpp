// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/filterdescription.h"

#include "core/dateformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace Lagebild {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(FilterDescription)
};

} // namespace

QString describeFilter(const ArticleFilter &f, const QStringList &entityNames)
{
    QStringList parts;
    if (!f.text.trimmed().isEmpty())
        parts.append(Words::tr("Search: “%1”").arg(f.text.trimmed()));
    const QLocale locale;
    if (f.from.isValid() && f.to.isValid())
        parts.append(QStringLiteral("%1 – %2").arg(locale.toString(f.from, shortDateFormat(locale)),
            locale.toString(f.to, shortDateFormat(locale))));
    else if (f.from.isValid())
        parts.append(Words::tr("from %1").arg(locale.toString(f.from, shortDateFormat(locale))));
    else if (f.to.isValid())
        parts.append(Words::tr("until %1").arg(locale.toString(f.to, shortDateFormat(locale))));
    if (!f.outlets.isEmpty())
        parts.append(Words::tr("Outlets: %1").arg(f.outlets.join(QLatin1String(", "))));
    if (!f.tags.isEmpty())
        parts.append(Words::tr("Tags: %1").arg(f.tags.join(QLatin1String(", "))));
    if (!entityNames.isEmpty())
        parts.append(Words::tr("Entities: %1").arg(entityNames.join(QLatin1String(", "))));
    if (f.hideDuplicates)
        parts.append(Words::tr("without near-duplicates"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace Lagebild
