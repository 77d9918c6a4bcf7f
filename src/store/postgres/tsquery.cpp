// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/tsquery.h"

#include "store/searchquery.h"

#include <QStringList>

namespace Lagebild::Postgres {

namespace {

// A quoted tsquery operand: inside '…' a quote is doubled and a backslash escapes.
QString operand(const QString &text, bool prefix)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'')
        + (prefix ? QLatin1String(":*") : QLatin1String(""));
}

QString render(const SearchTerm &term)
{
    // A quoted operand of several words is a phrase already; with a prefix, to_tsquery would
    // make every word of it a prefix, where FTS5 makes only the last one (`"Zoll in Shen"*`).
    if (!term.phrase || !term.prefix)
        return operand(term.text, term.prefix);
    QStringList words = term.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return operand(term.text, true);
    QStringList operands;
    for (qsizetype i = 0; i < words.size(); ++i)
        operands.append(operand(words[i], i + 1 == words.size()));
    return QLatin1Char('(') + operands.join(QLatin1String(" <-> ")) + QLatin1Char(')');
}

} // namespace

Expected<QString> toTsQueryText(const QString &userQuery)
{
    auto parsed = parseSearch(userQuery);
    if (!parsed)
        return parsed.error();
    QStringList groups;
    for (const auto &group : std::as_const(parsed->groups)) {
        QStringList alternatives;
        for (const SearchTerm &term : group)
            alternatives.append(render(term));
        groups.append(QLatin1Char('(') + alternatives.join(QLatin1String(" | ")) + QLatin1Char(')'));
    }
    for (const SearchTerm &excluded : std::as_const(parsed->exclusions))
        groups.append(QLatin1String("!(") + render(excluded) + QLatin1Char(')'));
    return groups.join(QLatin1String(" & "));
}

QString searchMatchSql(QLatin1String parameter)
{
    return QLatin1String("a.search @@ (SELECT to_tsquery('lagebild_german', lagebild_fold(") + parameter
        + QLatin1String(")))");
}

} // namespace Lagebild::Postgres
