// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/figure.h"

#include "core/dateformat.h"

#include <QLocale>

namespace Lagebild {

int SourceList::cite(const Citation &citation)
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].article == citation.article)
            return int(i) + 1;
    }
    m_entries.push_back(citation);
    return int(m_entries.size());
}

QString readableDate(const QString &iso)
{
    const PublicationDate date = PublicationDate::fromIsoString(iso);
    if (!date.isValid())
        return {};
    const QLocale locale;
    switch (date.precision) {
    case DatePrecision::None:
        return {};
    case DatePrecision::Year:
        return QString::number(date.date.year());
    case DatePrecision::Month:
        return locale.toString(date.date, QStringLiteral("MMMM yyyy"));
    case DatePrecision::Day:
    case DatePrecision::Minute:
        break;
    }
    // The locale's short form, but never a two-digit year in a list of sources.
    return locale.toString(date.date, shortDateFormat(locale));
}

QString joinKnown(const QStringList &parts)
{
    QStringList known;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            known.append(part);
    }
    return known.join(QLatin1String(", "));
}

QString SourceList::describe(const Citation &c)
{
    const QString where = joinKnown({c.outlet, readableDate(c.published)});
    QString text = where.isEmpty() ? c.title : where + QStringLiteral(": ") + c.title;
    if (!c.url.isEmpty())
        text += QStringLiteral(". ") + c.url;
    return text;
}

} // namespace Lagebild
