// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/searchquery.h"

#include "store/germantokenizer.h"

#include <QStringList>

namespace Lagebild {

namespace {

bool hasWordCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

QString quoted(const SearchTerm &term, CompoundMatch match)
{
    QString escaped = term.text;
    if (match == CompoundMatch::WholeWordsOnly)
        escaped.prepend(QLatin1Char(wholeWordsOnlyMarker)); // read by the tokenizer, never matched
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"')
        + (term.prefix ? QLatin1String(" *") : QLatin1String(""));
}

} // namespace

Expected<ParsedSearch> parseSearch(const QString &userQuery)
{
    // Tokens: terms, and OR markers between them.
    QList<SearchTerm> terms;
    QList<bool> orBefore; // orBefore[i]: terms[i] is joined to terms[i-1] by OR
    bool pendingOr = false;
    bool pendingNot = false;
    const QString query = userQuery.trimmed();
    qsizetype i = 0;
    while (i < query.size()) {
        if (query.at(i).isSpace()) {
            ++i;
            continue;
        }
        SearchTerm term;
        if (query.at(i) == QLatin1Char('-') && i + 1 < query.size() && !query.at(i + 1).isSpace()) {
            term.negated = true;
            ++i;
        }
        if (query.at(i) == QLatin1Char('"') || query.at(i) == QChar(0x201E) || query.at(i) == QChar(0x201C)) {
            // „German“ and "English" quotes both open a phrase.
            const qsizetype close = [&] {
                for (qsizetype j = i + 1; j < query.size(); ++j) {
                    const QChar c = query.at(j);
                    if (c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D))
                        return j;
                }
                return qsizetype(-1);
            }();
            if (close < 0)
                return Error {QStringLiteral("the search has an opening quote without a closing one")};
            term.text = query.mid(i + 1, close - i - 1);
            term.phrase = true;
            i = close + 1;
            if (i < query.size() && query.at(i) == QLatin1Char('*')) {
                term.prefix = true;
                ++i;
            }
        } else {
            qsizetype end = i;
            while (end < query.size() && !query.at(end).isSpace())
                ++end;
            term.text = query.mid(i, end - i);
            i = end;
            if (!term.negated && term.text == QLatin1String("OR")) {
                if (terms.isEmpty() || pendingOr || pendingNot)
                    return Error {QStringLiteral("OR needs a search term on both sides")};
                pendingOr = true;
                continue;
            }
            if (!term.negated && term.text == QLatin1String("AND"))
                continue;
            if (!term.negated && term.text == QLatin1String("NOT")) {
                pendingNot = true;
                continue;
            }
            if (term.text.endsWith(QLatin1Char('*'))) {
                term.prefix = true;
                term.text.chop(1);
            }
        }
        if (pendingNot) {
            term.negated = true;
            pendingNot = false;
        }
        if (!hasWordCharacter(term.text))
            continue; // punctuation alone matches nothing; ignore it rather than fail
        if (pendingOr && term.negated)
            return Error {QStringLiteral("OR cannot join an excluded term")};
        orBefore.append(pendingOr);
        pendingOr = false;
        terms.append(term);
    }
    if (pendingOr)
        return Error {QStringLiteral("OR needs a search term on both sides")};

    // Positive terms: OR binds tighter than the implicit AND, as in web search engines.
    ParsedSearch parsed;
    for (qsizetype t = 0; t < terms.size(); ++t) {
        if (terms[t].negated)
            parsed.exclusions.push_back(terms[t]);
        else if (orBefore[t] && !parsed.groups.empty())
            parsed.groups.back().push_back(terms[t]);
        else
            parsed.groups.push_back({terms[t]});
    }
    if (parsed.groups.empty()) {
        if (parsed.exclusions.empty())
            return Error {QStringLiteral("the search contains no words")};
        return Error {
            QStringLiteral("a search needs at least one word to look for besides the excluded ones")};
    }
    return parsed;
}

Expected<QString> toFtsQuery(const QString &userQuery, CompoundMatch match)
{
    auto parsed = parseSearch(userQuery);
    if (!parsed)
        return parsed.error();
    QString expression;
    for (const auto &group : std::as_const(parsed->groups)) {
        QStringList alternatives;
        for (const SearchTerm &term : group)
            alternatives.append(quoted(term, match));
        if (!expression.isEmpty())
            expression += QLatin1String(" AND ");
        expression += QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    for (const SearchTerm &excluded : std::as_const(parsed->exclusions))
        expression = QLatin1Char('(') + expression + QLatin1String(") NOT ") + quoted(excluded, match);
    return expression;
}

} // namespace Lagebild
