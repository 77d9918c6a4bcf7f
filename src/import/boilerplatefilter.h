// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace Lagebild {

/// Removes web page furniture (credits, share bars, newsletter and ad lines, comment forms)
/// from article text, line by line, by rules kept as data in resources/import/boilerplate.tsv.
/// Whole lines only: a rule never cuts into a sentence.
class BoilerplateFilter
{
public:
    /// The rules compiled into the program; parsed once, shared read-only by all threads.
    static const BoilerplateFilter &standard();
    /// Parses rules in the TSV format above; malformed lines are reported in `problems`.
    static BoilerplateFilter fromRules(const QString &tsv, QStringList *problems = nullptr);

    [[nodiscard]] bool isBoilerplate(QStringView line) const;
    /// The text without furniture lines; paragraph breaks kept, runs of blank lines collapsed.
    [[nodiscard]] QString clean(const QString &text) const;

private:
    enum class Kind { Line, Prefix, Regex, Cut };
    struct Rule
    {
        Kind kind;
        QString pattern;
    };
    [[nodiscard]] bool matches(const Rule &rule, QStringView line) const;

    std::vector<Rule> m_rules;
    /// Every regex rule as one alternation: a match costs a fixed setup each, and every line of
    /// every imported article was matched against each rule in turn (a tenth of an import).
    QRegularExpression m_anyRegex;
};

/// Normalises line ends and spacing without touching words: \r\n → \n, control characters and
/// trailing spaces gone,
/// at most one blank line between paragraphs, no leading or trailing blank lines.
[[nodiscard]] QString tidyParagraphs(const QString &text);

} // namespace Lagebild
