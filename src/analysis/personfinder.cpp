// PERSON names no list holds, from German news conventions: a known given name before a
// capitalised word ("Petra Lindqvist"), a role before a name ("Analystin Mara Feld",
// "CEO Jensen Huang"), a verb of saying beside a name ("sagte Capri").

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

namespace Lagebild::Analysis {

namespace {

// A capitalised word that can be part of a name: not a word the German lexicon knows in
// lower case (sentence-initial "Die"), not a role word.
bool nameLike(const TokenizedText &text, int i, const Resources &r, bool allowKnownNouns)
{
    if (i >= text.size())
        return false;
    const Token &t = text.at(i);
    if (t.kind != Token::Word || !t.upper || t.hasDigit || t.allUpper || t.length() < 2)
        return false;
    const QString &f = text.folded(i);
    if (r.personRoles.contains(f) || r.lowercaseWords.contains(f))
        return false;
    return allowKnownNouns || !r.capitalizedWords.contains(f) || r.givenNames.contains(f);
}

// Name particles inside names: "von der Leyen", "de Gaulle", "van Dijk".
bool particle(const QString &f)
{
    static const QStringList particles{QStringLiteral("von"), QStringLiteral("van"), QStringLiteral("de"),
                                       QStringLiteral("der"), QStringLiteral("den"), QStringLiteral("da"),
                                       QStringLiteral("di"),  QStringLiteral("le"),  QStringLiteral("bin")};
    return particles.contains(f);
}

void addPerson(FinderContext &c, int first, int end, int priority)
{
    Mention m;
    m.type = EntityType::Person;
    m.start = c.text.at(first).start;
    m.end = c.text.at(end - 1).end;
    c.add(first, end, m, priority);
}

} // namespace

void findPersons(FinderContext &c)
{
    const TokenizedText &text = c.text;
    const Resources &r = c.resources;
    for (int i = 0; i < text.size(); ++i) {
        const Token &t = text.at(i);
        if (t.kind != Token::Word)
            continue;
        const QString &f = text.folded(i);

        // Given name + surname(s): "Petra Lindqvist", "Jens-Uwe Maas", "Ursula von der Leyen".
        if (t.upper && r.givenNames.contains(f) && !(t.sentenceStart && r.lowercaseWords.contains(f))) {
            int end = i + 1;
            // double given names and hyphenated ones: "Jens-Uwe", "Hans Peter"
            while (end + 1 < text.size() && text.is(end, u"-") && !text.at(end).spaceBefore && r.givenNames.contains(text.folded(end + 1)))
                end += 2;
            while (end < text.size() && r.givenNames.contains(text.folded(end)) && nameLike(text, end + 1, r, true))
                ++end;
            while (end < text.size() && particle(text.folded(end)) && !text.at(end).upper)
                ++end;
            if (nameLike(text, end, r, true)) {
                ++end;
                // hyphenated surnames: "Müller-Lüdenscheidt"
                if (end + 1 < text.size() && text.is(end, u"-") && !text.at(end).spaceBefore && nameLike(text, end + 1, r, true)
                    && !text.at(end + 1).spaceBefore)
                    end += 2;
                addPerson(c, i, end, Priority::Person);
                i = end - 1;
                continue;
            }
        }

        // Role + name: "Analystin Petra Lindqvist", "Konzernchef Huang", "Präsident Xi".
        if (r.personRoles.contains(f) || f.endsWith(QLatin1String("chef")) || f.endsWith(QLatin1String("chefin"))) {
            int k = i + 1;
            if (k < text.size() && nameLike(text, k, r, false)) {
                int end = k + 1;
                while (end < text.size() && nameLike(text, end, r, true) && end - k < 3)
                    ++end;
                addPerson(c, k, end, Priority::Person - 5);
                i = end - 1;
                continue;
            }
            // short East Asian surnames the lexicon does not know: "Präsident Xi", "Premier Li"
            if (k < text.size() && text.at(k).upper && text.at(k).length() <= 3 && !text.at(k).allUpper
                && !r.lowercaseWords.contains(text.folded(k)) && !r.capitalizedWords.contains(text.folded(k))) {
                addPerson(c, k, k + 1, Priority::Person - 5);
                continue;
            }
        }

        // "sagte Capri", "erklärte Lindqvist": an unknown capitalised word after a verb of saying.
        if (r.speechVerbs.contains(f) && nameLike(text, i + 1, r, false)) {
            int end = i + 2;
            while (end < text.size() && nameLike(text, end, r, true) && end - i < 4)
                ++end;
            if (end < text.size() && (text.is(end, u".") || text.is(end, u",") || text.is(end, u";") || text.is(end, u"("))) {
                addPerson(c, i + 1, end, Priority::Person - 10);
                i = end - 1;
            }
        }
    }
}

} // namespace Lagebild::Analysis
