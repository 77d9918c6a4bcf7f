// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/boilerplatefilter.h"

#include <QFile>

namespace Lagebild {

const BoilerplateFilter &BoilerplateFilter::standard()
{
    static const BoilerplateFilter filter = [] {
        QFile file(QStringLiteral(":/import/boilerplate.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("boilerplate rules are missing from the build");
        QStringList problems;
        BoilerplateFilter f = fromRules(QString::fromUtf8(file.readAll()), &problems);
        for (const QString &p : std::as_const(problems))
            qWarning("boilerplate.tsv: %s", qPrintable(p));
        return f;
    }();
    return filter;
}

BoilerplateFilter BoilerplateFilter::fromRules(const QString &tsv, QStringList *problems)
{
    BoilerplateFilter filter;
    const QStringList lines = tsv.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines[n].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = lines[n].split(QLatin1Char('\t'));
        if (fields.size() < 2 || fields[1].trimmed().isEmpty()) {
            if (problems)
                problems->append(QStringLiteral("line %1: expected kind<TAB>pattern").arg(n + 1));
            continue;
        }
        const QString kind = fields[0].trimmed();
        Rule rule {Kind::Line, fields[1].trimmed()};
        if (kind == QLatin1String("line")) {
            rule.kind = Kind::Line;
        } else if (kind == QLatin1String("prefix")) {
            rule.kind = Kind::Prefix;
        } else if (kind == QLatin1String("cut")) {
            rule.kind = Kind::Cut;
        } else if (kind == QLatin1String("regex")) {
            rule.kind = Kind::Regex;
            // Checked alone, so that a bad rule is named and left out of the alternation.
            const QRegularExpression regex(rule.pattern);
            if (!regex.isValid()) {
                if (problems)
                    problems->append(QStringLiteral("line %1: %2").arg(n + 1).arg(regex.errorString()));
                continue;
            }
        } else {
            if (problems)
                problems->append(QStringLiteral("line %1: unknown kind \"%2\"").arg(n + 1).arg(kind));
            continue;
        }
        filter.m_rules.push_back(std::move(rule));
    }
    QStringList alternatives;
    for (const Rule &rule : filter.m_rules) {
        if (rule.kind == Kind::Regex)
            alternatives.append(QLatin1String("(?:") + rule.pattern + QLatin1Char(')'));
    }
    if (!alternatives.isEmpty()) {
        filter.m_anyRegex = QRegularExpression(alternatives.join(QLatin1Char('|')),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        filter.m_anyRegex.optimize();
    }
    return filter;
}

bool BoilerplateFilter::matches(const Rule &rule, QStringView line) const
{
    switch (rule.kind) {
    case Kind::Line:
    case Kind::Cut:
        return line.compare(rule.pattern, Qt::CaseInsensitive) == 0;
    case Kind::Prefix:
        return line.startsWith(rule.pattern, Qt::CaseInsensitive);
    case Kind::Regex:
        return false; // all at once, m_anyRegex
    }
    return false;
}

bool BoilerplateFilter::isBoilerplate(QStringView line) const
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return false;
    for (const Rule &rule : m_rules) {
        if (rule.kind != Kind::Cut && rule.kind != Kind::Regex && matches(rule, trimmed))
            return true;
    }
    return !m_anyRegex.pattern().isEmpty() && m_anyRegex.match(trimmed).hasMatch();
}

QString BoilerplateFilter::clean(const QString &text) const
{
    QStringList lines = tidyParagraphs(text).split(QLatin1Char('\n'));
    // A comment section begins in the latter half; cut from there.
    for (qsizetype i = lines.size() / 2; i < lines.size(); ++i) {
        const QStringView trimmed = QStringView(lines[i]).trimmed();
        const bool cut = std::any_of(m_rules.begin(), m_rules.end(),
            [&](const Rule &r) { return r.kind == Kind::Cut && matches(r, trimmed); });
        if (cut) {
            lines.resize(i);
            break;
        }
    }
    QStringList kept;
    kept.reserve(lines.size());
    for (const QString &line : std::as_const(lines)) {
        if (!isBoilerplate(line))
            kept.append(line);
    }
    return tidyParagraphs(kept.join(QLatin1Char('\n')));
}

QString tidyParagraphs(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // Control characters other than line breaks and tabs carry nothing readable.
    normalized.removeIf(
        [](QChar c) { return c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'); });
    const QStringList lines = normalized.split(QLatin1Char('\n'));
    QString out;
    out.reserve(normalized.size());
    int blank = 0;
    for (const QString &raw : lines) {
        QStringView line(raw);
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            ++blank;
            continue;
        }
        if (!out.isEmpty())
            out += blank > 0 ? QLatin1String("\n\n") : QLatin1String("\n");
        blank = 0;
        out += line;
    }
    return out;
}

} // namespace Lagebild
