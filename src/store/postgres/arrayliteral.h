// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Lagebild::Postgres {

/// One array parameter in PostgreSQL's text form ({1,NULL,"a \"b\""}), built value by value, so
/// that a whole batch of rows travels as a few bound parameters (`unnest($1::bigint[], …)`) in
/// one statement, where a VALUES list would need a parameter per cell (at most 65,535) and a row
/// per statement a round trip per row. The values stay bound, never spliced into SQL.
class ArrayLiteral
{
public:
    void add(qint64 value);
    void add(int value) { add(qint64(value)); }
    void add(double value);
    /// A null QString is NULL; every other text is quoted, so "NULL" stays a word.
    void add(const QString &value);
    /// Bytes for a bytea[] parameter, in bytea's hex form; never NULL (as Params::addBytes):
    /// an empty blob, which SQLite hands out as a null QByteArray, stays an empty one.
    void addBytes(const QByteArray &value);
    void addNull();
    [[nodiscard]] qsizetype size() const { return m_size; }
    [[nodiscard]] QString text() const { return m_text + QLatin1Char('}'); }

private:
    void separate();

    QString m_text = QStringLiteral("{");
    qsizetype m_size = 0;
};

} // namespace Lagebild::Postgres
