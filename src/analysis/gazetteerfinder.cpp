// SPDX-License-Identifier: GPL-3.0-or-later
// Known names from the gazetteers: companies, agencies, media, organisations, people,
// places and products, with genitive and all-caps variants and hyphenated prefixes.

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

namespace Lagebild::Analysis {

namespace {

// "US-Exportkontrollen", "China-Geschäft": a place as the first part of a compound acts as an
// adjective and is no mention (annotation guide); other names are ("Nvidia-Chips").
bool isCompoundPrefix(const TokenizedText &text, int end)
{
    return end + 1 < text.size() && text.is(end, u"-") && !text.at(end).spaceBefore
        && !text.at(end + 1).spaceBefore && text.at(end + 1).kind == Token::Word;
}

} // namespace

void findGazetteerNames(FinderContext &c)
{
    const TokenizedText &text = c.text;
    const Gazetteer &gazetteer = c.resources.gazetteer;
    for (int i = 0; i < text.size(); ++i) {
        const Token &t = text.at(i);
        if (t.kind == Token::Punct)
            continue;
        // A name starts a word: not the tail of a compound ("Staats-Nvidia" is rare, "KI-Chips" common).
        if (i > 0 && !t.spaceBefore && text.is(i - 1, u"-") && i > 1 && !text.at(i - 1).spaceBefore
            && text.at(i - 2).kind == Token::Word)
            continue;
        const auto &match = c.gazetteerAt(i);
        if (!match)
            continue;
        const Gazetteer::Entry &entry = gazetteer.entry(match->entry);
        if (entry.capitalised && !t.upper && !t.hasDigit)
            continue; // "orange", "essen": lower case is the ordinary word
        if (entry.acronym && !t.allUpper && match->endToken == i + 1)
            continue; // "Mit" at a sentence start is no "MIT"
        if (entry.ambiguous && match->endToken == i + 1)
            continue; // single-word names that are also ordinary words need a longer form
        if (entry.type == EntityType::Location && isCompoundPrefix(text, match->endToken))
            continue;
        // A word the text continues without space is not this name ("Chinareise" never matched,
        // but "Huaweis" did via the genitive rule; "Intel" in "Intelligenz" cannot match either).
        int end = match->endToken;
        // "Carl Zeiss SMT GmbH", "Nvidia Corp.": a legal form after a known company belongs to it.
        if (entry.type == EntityType::Company) {
            for (const QStringList &form : c.resources.legalForms) {
                bool same = end + form.size() <= text.size() && form.first() != QLatin1String("e");
                for (int k = 0; k < form.size() && same; ++k)
                    same = text.view(end + k) == form[k];
                if (same) {
                    end += int(form.size());
                    break;
                }
            }
        }
        Mention m;
        m.type = entry.type;
        m.canonical = entry.canonical;
        m.start = t.start;
        m.end = text.at(end - 1).end;
        const int tokens = end - i;
        c.add(i, end, m, tokens > 1 ? Priority::GazetteerLong : Priority::Gazetteer);
        i = end - 1;
    }
}

} // namespace Lagebild::Analysis
