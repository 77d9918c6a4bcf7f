#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Lagebild {

/// A CSV field (RFC 4180), quoted when it holds a comma, a quote or a line break.
[[nodiscard]] inline QString csvField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// One CSV record in UTF-8, CRLF-terminated.
[[nodiscard]] inline QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(csvField(f));
    return (quoted.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
}

} // namespace Lagebild
