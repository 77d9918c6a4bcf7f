// SPDX-License-Identifier: GPL-3.0-or-later
// PRODUCT names no list holds: model designators near chip words or a vendor ("B40",
// "MI355X", "H20-Chips"), and model numbers after a known product family ("Ascend 920",
// "Kirin 9010"). A designator once seen as a product is one throughout the article.

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

#include <QRegularExpression>
#include <QSet>

namespace Lagebild::Analysis {

namespace {

bool designator(QStringView word)
{
    // Letters then digits, optional letters: H20, H200, B30A, MI355X, A800, L20, RTX4090.
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Z]{1,4}\d{1,5}[A-Za-z]{0,3}$)"));
    static const QRegularExpression excluded(
        QStringLiteral(R"(^(Q[1-4]|H[12]|G\d{1,2}|COVID\d*|CO2|P\d|S\d|A\d|M\d|E\d+|B\d|K\d|N\d)$)"));
    // Memory and interface standards are technologies, not products (annotation guide).
    static const QRegularExpression technology(
        QStringLiteral(R"(^(HBM|GDDR|LPDDR|DDR|PCIE|PCIe|USB|LTE|WIFI|NVME|SXM|EUV|DUV)\d*[A-Za-z]?$)"));
    return pattern.match(word).hasMatch() && !excluded.match(word).hasMatch()
        && !technology.match(word).hasMatch();
}

bool modelNumber(QStringView word)
{
    // After a family: 910C, 950PR, 6000D, 9000S, 4090, Pro, Max.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{2,5}[A-Za-z]{0,3}|[A-Z]{1,3}\d{1,4}[A-Za-z]{0,2})$)"));
    return pattern.match(word).hasMatch();
}

// A model word of letters with digits after a family: "Fold7", "Flip7", "S25" (a capital alone
// before it is the series': "Galaxy Z Fold7").
bool modelWord(QStringView word)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Z][A-Za-z]{0,5}\d{1,4}[A-Za-z]{0,2}$)"));
    return pattern.match(word).hasMatch();
}

bool isYearToken(QStringView word)
{
    bool ok = false;
    const int v = word.toInt(&ok);
    return ok && word.size() == 4 && v >= 1950 && v <= 2100;
}

} // namespace

void findProducts(FinderContext &c)
{
    const TokenizedText &text = c.text;
    const Resources &r = c.resources;
    QSet<QString> known; // designators accepted in this article
    std::vector<std::pair<int, int>> pending;

    // A word that ends a model's name, written with its capital (edition-words.txt).
    const auto edition = [&](int k) {
        return k < text.size() && text.at(k).upper && r.editionWords.contains(text.folded(k).toString());
    };
    // Families from the gazetteer: a PRODUCT name followed by a model number.
    for (int i = 0; i < text.size(); ++i) {
        const auto &match = c.gazetteerAt(i);
        if (!match || r.gazetteer.entry(match->entry).type != EntityType::Product) {
            continue;
        }
        int end = match->endToken;
        int k = end;
        // "Ascend 910C", "Ascend-950", "RTX Pro 6000D", "Mate 60 Pro"
        // "Ascend-950", "TWINSCAN NXT:1970i": a glued hyphen or colon before the model number.
        if (k + 1 < text.size() && (text.is(k, u"-") || text.is(k, u":")) && !text.at(k).spaceBefore
            && modelNumber(text.view(k + 1)))
            k += 1;
        // "Galaxy Z Fold7": a series' capital before the model word.
        const bool series = k + 1 < text.size() && text.view(k).size() == 1 && text.view(k).front().isUpper()
            && modelWord(text.view(k + 1)) && text.at(k + 1).sentence == text.at(i).sentence;
        const int model = series ? k + 1 : k;
        // "737 Max 9", "Pixel 9": one digit is a model number too, unless it counts what follows
        // ("Golf 2 Stunden").
        const bool digit = k < text.size() && text.view(k).size() == 1 && text.view(k).front().isDigit()
            && !c.has(k + 1, WordInfo::UnitWord)
            && !(k + 1 < text.size() && text.at(k + 1).kind == Token::Number);
        if (k < text.size()
            && (modelNumber(text.view(model)) || digit || (series && modelWord(text.view(model))))
            && !isYearToken(text.view(k)) && text.at(k).sentence == text.at(i).sentence) {
            end = model + 1;
            while (edition(end))
                ++end;
            known.insert(text.view(model).toString());
            c.addName(i, end, EntityType::Product, Priority::Product + 5);
            // "Ascend 950, 960 und 970": the family holds for the enumerated model numbers.
            int e = end;
            while (e + 1 < text.size()
                && (text.is(e, u",") || text.folded(e) == QLatin1String("und")
                    || text.folded(e) == QLatin1String("oder") || text.folded(e) == QLatin1String("sowie"))
                && modelNumber(text.view(e + 1)) && !isYearToken(text.view(e + 1))) {
                Mention more;
                more.type = EntityType::Product;
                more.start = text.at(e + 1).start;
                more.end = text.at(e + 1).end;
                known.insert(text.view(e + 1).toString());
                c.add(e + 1, e + 2, more, Priority::Product);
                e += 2;
            }
        }
        // "iPhone 17 Pro" after the listed "iPhone 17".
        else if (end > i + 1 && edition(end) && text.at(end).sentence == text.at(i).sentence) {
            while (edition(end))
                ++end;
            c.addName(i, end, EntityType::Product, Priority::Product + 5);
        }
        i = end - 1;
    }

    // Designators with product context.
    for (int i = 0; i < text.size(); ++i) {
        const Token &t = text.at(i);
        if (t.kind != Token::Word || !t.hasDigit || !designator(text.view(i)))
            continue;
        bool context = known.contains(text.view(i).toString());
        // "H20-Chips", "H200-KI-Chips"
        if (!context && i + 2 < text.size() && text.is(i + 1, u"-") && !text.at(i + 1).spaceBefore) {
            for (int k = i + 2; k < std::min(text.size(), i + 5) && !context; ++k)
                context = c.has(k, WordInfo::ProductCue);
        }
        // a vendor or a chip word nearby in the sentence
        const int sentence = t.sentence;
        for (int k = std::max(0, i - 6); k < std::min(text.size(), i + 7) && !context; ++k) {
            if (text.at(k).sentence != sentence || k == i)
                continue;
            if (c.has(k, WordInfo::ProductCue))
                context = true;
            else if (auto m = c.gazetteerAt(k); m && m->endToken <= i + 1 && k < i
                     && (r.gazetteer.entry(m->entry).type == EntityType::Company
                         || r.gazetteer.entry(m->entry).type == EntityType::Product))
                context = true;
        }
        if (!context) {
            pending.emplace_back(i, i + 1);
            continue;
        }
        known.insert(text.view(i).toString());
        Mention m;
        m.type = EntityType::Product;
        m.start = t.start;
        m.end = t.end;
        c.add(i, i + 1, m, Priority::Product);
    }
    // Model numbers of a family seen earlier, standing alone later: "der 910C".
    for (int i = 0; i < text.size(); ++i) {
        const Token &t = text.at(i);
        if (t.kind != Token::Word || !t.hasDigit || designator(text.view(i))
            || !known.contains(text.view(i).toString()))
            continue;
        Mention m;
        m.type = EntityType::Product;
        m.start = t.start;
        m.end = t.end;
        c.add(i, i + 1, m, Priority::Product - 5);
    }
    // Designators seen without context, but elsewhere in the article with it.
    for (const auto &[first, end] : pending) {
        if (!known.contains(text.view(first).toString()))
            continue;
        c.addName(first, end, EntityType::Product, Priority::Product);
    }
}

} // namespace Lagebild::Analysis
