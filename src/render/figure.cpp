#include "render/figure.h"

#include <QDate>
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

QString SourceList::describe(const Citation &c)
{
    QString text = c.outlet.isEmpty() ? QStringLiteral("?") : c.outlet;
    const QDate day = QDate::fromString(c.published.left(10), Qt::ISODate);
    if (day.isValid())
        text += QStringLiteral(", ") + QLocale().toString(day, QLocale::ShortFormat);
    else if (!c.published.isEmpty())
        text += QStringLiteral(", ") + c.published;
    text += QStringLiteral(": ") + c.title;
    if (!c.url.isEmpty())
        text += QStringLiteral(". ") + c.url;
    return text;
}

} // namespace Lagebild
