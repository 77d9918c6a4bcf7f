// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/arrayliteral.h"

namespace Lagebild::Postgres {

void ArrayLiteral::separate()
{
    if (m_size++)
        m_text += QLatin1Char(',');
}

void ArrayLiteral::add(qint64 value)
{
    separate();
    m_text += QString::number(value);
}

void ArrayLiteral::add(double value)
{
    separate();
    // 17 significant digits give back the very same double, as Params::add(double).
    m_text += QString::number(value, 'g', 17);
}

void ArrayLiteral::add(const QString &value)
{
    if (value.isNull()) {
        addNull();
        return;
    }
    separate();
    m_text += QLatin1Char('"');
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            m_text += QLatin1Char('\\');
        m_text += c;
    }
    m_text += QLatin1Char('"');
}

void ArrayLiteral::addBytes(const QByteArray &value)
{
    separate();
    // "\\x…" in the array's quotes is \x… to bytea's input: its hex form, which takes any byte.
    m_text += QLatin1String("\"\\\\x") + QLatin1String(value.toHex()) + QLatin1Char('"');
}

void ArrayLiteral::addNull()
{
    separate();
    m_text += QLatin1String("NULL");
}

} // namespace Lagebild::Postgres
