// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Lagebild {

/// True for a plain decimal number ("-3.5", "+49", "1e6"): a spreadsheet reads it as a number,
/// never as a formula.
[[nodiscard]] inline bool isPlainNumber(QStringView text)
{
    qsizetype i = 0;
    auto digits = [&] {
        const qsizetype from = i;
        while (i < text.size() && text[i] >= u'0' && text[i] <= u'9')
            ++i;
        return i - from;
    };
    if (i < text.size() && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    qsizetype mantissa = digits();
    if (i < text.size() && text[i] == u'.') {
        ++i;
        mantissa += digits();
    }
    if (mantissa == 0)
        return false;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < text.size() && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == text.size();
}

/// A cell LibreOffice or Excel would run as a formula (it starts with =, +, -, @, a tab or a
/// carriage return, and is not just a number) gets a leading apostrophe, as OWASP advises
/// against CSV injection: a note or a feed title "=HYPERLINK(…)" stays text.
[[nodiscard]] inline QString csvNeutralised(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    const bool formula = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
    return formula && !isPlainNumber(field) ? QLatin1Char('\'') + field : field;
}

/// A CSV field (RFC 4180): neutralised, then quoted when it holds a comma, a quote or a line break.
[[nodiscard]] inline QString csvField(const QString &field)
{
    const QString safe = csvNeutralised(field);
    if (!safe.contains(QLatin1Char(',')) && !safe.contains(QLatin1Char('"'))
        && !safe.contains(QLatin1Char('\n')) && !safe.contains(QLatin1Char('\r')))
        return safe;
    QString quoted = safe;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// One CSV record in UTF-8, CRLF-terminated. Every CSV file Lagebild writes goes through here.
[[nodiscard]] inline QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(csvField(f));
    return (quoted.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
}

/// Several values in one cell, separated by "; ". A value's own backslash and semicolon are
/// escaped ("\\", "\;"), so a tag "A; B" stays one tag. Read left to right: a backslash takes
/// the next character as it is; an unescaped ";" (and the space after it) ends a value.
[[nodiscard]] inline QString csvList(const QStringList &values)
{
    QStringList escaped;
    escaped.reserve(values.size());
    for (QString v : values) {
        v.replace(QLatin1String("\\"), QLatin1String("\\\\"));
        v.replace(QLatin1String(";"), QLatin1String("\\;"));
        escaped.append(v);
    }
    return escaped.join(QLatin1String("; "));
}

} // namespace Lagebild
