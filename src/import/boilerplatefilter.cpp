// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/boilerplatefilter.h"

#include <QFile>

#include <cstring>

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
    // One pass, writing straight into the result (it is never longer than the text): each line
    // is copied without its control characters, then taken back when it holds only whitespace.
    // Runs three times per imported text file; splitting into a list of lines and rejoining them
    // cost as much as the rest of the cleaning.
    QString out(text.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
    char16_t *o = begin;
    const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = p + text.size();
    int blank = 0; // whitespace-only lines since the last line written
    while (true) {
        char16_t *const mark = o;
        if (o != begin) {
            *o++ = u'\n';
            if (blank > 0)
                *o++ = u'\n';
        }
        char16_t *const content = o;
        while (p != end) {
            // Runs of units from U+0020 up are copied four at a time: the test below finds any
            // unit under U+0020 among four (a borrow only ever follows a unit that is under it).
            while (end - p >= 4) {
                quint64 units;
                std::memcpy(&units, p, sizeof units);
                if (((units - 0x0020002000200020ull) & ~units & 0x8000800080008000ull) != 0)
                    break;
                std::memcpy(o, p, sizeof units);
                o += 4;
                p += 4;
            }
            if (p == end || *p == u'\n' || *p == u'\r')
                break;
            // Control characters other than tabs carry nothing readable.
            if (*p >= 0x20 || *p == u'\t')
                *o++ = *p;
            ++p;
        }
        while (o != content && QChar::isSpace(o[-1]))
            --o;
        if (o == content) {
            o = mark;
            ++blank;
        } else {
            blank = 0;
        }
        if (p == end)
            break;
        // \r\n is one line end, and so is a lone \r.
        if (*p++ == u'\r' && p != end && *p == u'\n')
            ++p;
    }
    out.truncate(o - begin);
    return out;
}

} // namespace Lagebild
