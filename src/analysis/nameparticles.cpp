// SPDX-License-Identifier: GPL-3.0-or-later
// Particles inside a person's name ("Ole von Beust", "Ursula von der Leyen", "Osama bin Laden"):
// one list (resources/analysis/name-particles.txt) for the person finder and the tagger's person
// spans, so that the two agree on what may stand between given names and surname.

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

namespace Lagebild::Analysis {

bool isNameParticle(const FinderContext &c, int token)
{
    if (token < 0 || token >= c.text.size())
        return false;
    const Token &t = c.text.at(token);
    // "Von" and "Der" open sentences; inside a name the particles are written in lower case.
    return t.kind == Token::Word && !t.upper && c.resources.nameParticles.count(c.text.hash(token));
}

int nameParticlesEnd(const FinderContext &c, int token)
{
    int end = token;
    while (isNameParticle(c, end) && c.text.at(end).sentence == c.text.at(token).sentence
        && !(end == token && c.resources.innerNameParticles.count(c.text.hash(end))))
        ++end;
    return end;
}

} // namespace Lagebild::Analysis
