// SPDX-License-Identifier: GPL-3.0-or-later
// A company's division named after the company: "Bosch Thermotechnik", "Siemens Mobility", "Bayer
// Pharma". The lists know the company; the word after it, ending in a division's word of
// resources/analysis/company-divisions.txt, makes the longer company name. Runs once per proposed
// one-word list company, never per token.

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

namespace Lagebild::Analysis {

namespace {

bool divisionWord(const FinderContext &c, int q, int sentence)
{
    if (!nameWordAfter(c.text, q, sentence) || !c.text.at(q).spaceBefore || listedName(c, q))
        return false;
    const QStringView folded = c.text.folded(q);
    for (const QString &end : c.resources.companyDivisions)
        if (folded.endsWith(end))
            return true;
    return false;
}

} // namespace

void findCompanyDivisions(FinderContext &c)
{
    const TokenizedText &text = c.text;
    const size_t proposed = c.candidates.size();
    for (size_t k = 0; k < proposed; ++k) {
        const Candidate company = c.candidates[k]; // a copy: addName grows the vector
        const int q = company.endToken;
        if (company.mention.type != EntityType::Company || company.priority != Priority::Gazetteer
            || company.endToken - company.firstToken != 1 || q >= text.size()
            || !divisionWord(c, q, text.at(company.firstToken).sentence))
            continue;
        bool claimed = false;
        for (size_t o = 0; o < proposed && !claimed; ++o)
            claimed = c.candidates[o].firstToken <= q && c.candidates[o].endToken > q
                && c.candidates[o].priority >= Priority::Product;
        if (!claimed)
            c.addName(company.firstToken, q + 1, EntityType::Company, Priority::GazetteerLong);
    }
}

} // namespace Lagebild::Analysis
