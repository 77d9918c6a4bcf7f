// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntax/words.h"

#include <QFile>

#include <algorithm>

namespace Lagebild::Syntax {

namespace {

quint64 mix(quint64 h, quint64 v)
{
    return (h ^ v) * 0x100000001b3ull;
}

quint64 hashLower(QStringView s)
{
    quint64 h = 0xcbf29ce484222325ull;
    for (const QChar c : s)
        h = mix(h, c.isDigit() ? u'0' : c.toLower().unicode()); // all numbers of a length alike
    return mix(h, quint64(s.size()));
}

quint64 shapeOf(QStringView s, bool first)
{
    bool upper = false, lower = false, digit = false, hyphen = false, dot = false;
    for (const QChar c : s) {
        upper |= c.isUpper();
        lower |= c.isLower();
        digit |= c.isDigit();
        hyphen |= c == u'-';
        dot |= c == u'.';
    }
    const bool initialUpper = !s.isEmpty() && s.front().isUpper();
    return quint64(initialUpper) | quint64(upper && !lower) << 1 | quint64(digit) << 2 | quint64(hyphen) << 3
        | quint64(dot) << 4 | quint64(first) << 5 | quint64(std::min<qsizetype>(s.size(), 10) / 3) << 6;
}

} // namespace

QStringView namePlaceholder()
{
    return u"Eigenname";
}

WordFeatures noWord()
{
    WordFeatures w;
    w.lower = w.suffix1 = w.suffix2 = w.suffix3 = w.suffix4 = w.prefix2 = 0x5eed;
    w.shape = 0xff;
    return w;
}

void wordFeatures(const std::vector<QStringView> &words, std::vector<WordFeatures> &out)
{
    out.resize(words.size());
    for (size_t i = 0; i < words.size(); ++i) {
        const QStringView w = words[i];
        WordFeatures &f = out[i];
        f.lower = hashLower(w);
        f.suffix1 = hashLower(w.right(1)) + 1;
        f.suffix2 = hashLower(w.right(2)) + 2;
        f.suffix3 = hashLower(w.right(3)) + 3;
        f.suffix4 = hashLower(w.right(4)) + 4;
        f.prefix2 = hashLower(w.left(2)) + 5;
        f.shape = shapeOf(w, i == 0);
    }
}

const ClosedWords &ClosedWords::bundled()
{
    static const ClosedWords words = [] {
        ClosedWords out;
        QFile file(QStringLiteral(":/analysis/syntax-words.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QString all = QString::fromUtf8(file.readAll());
        for (const QStringView line : QStringView(all).split(u'\n')) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const qsizetype tab = line.indexOf(u'\t');
            if (tab < 0)
                continue;
            const QStringView name = line.left(tab);
            QStringView form = line.mid(tab + 1).trimmed();
            const Class c = name == u"numeral-t" ? NumeralT
                : name == u"haben"               ? Haben
                : name == u"werden"              ? Werden
                : name == u"relative"            ? Relative
                : name == u"relative-accusative" ? RelativeAccusative
                : name == u"relative-dative"     ? RelativeDative
                : name == u"relative-genitive"   ? RelativeGenitive
                : name == u"modal"               ? Modal
                : name == u"adverb"              ? Adverb
                : name == u"hyphen-noun"         ? HyphenNoun
                                                 : ClassCount;
            // A hyphen-noun's ending keeps its hyphen: "-up" ends "Start-up", not "Setup".
            const bool ending = form.startsWith(u'-');
            if (ending && c != HyphenNoun)
                form = form.mid(1);
            if (c == ClassCount || form.isEmpty() || (ending && form.size() > 4))
                continue;
            std::vector<WordFeatures> f;
            wordFeatures({form}, f);
            if (ending)
                out.m_endings[c].push_back(form.size() == 4 ? f[0].suffix4
                        : form.size() == 3                  ? f[0].suffix3
                        : form.size() == 2                  ? f[0].suffix2
                                                            : f[0].suffix1);
            else
                out.m_whole[c].push_back(f[0].lower);
        }
        // Sorted, so that a class is looked up by halves: the adverb class is asked of most words.
        for (std::vector<quint64> &whole : out.m_whole)
            std::sort(whole.begin(), whole.end());
        return out;
    }();
    return words;
}

bool isParticleNoun(QStringView word)
{
    if (word.isEmpty() || !word.front().isUpper() || !word.contains(u'-'))
        return false;
    std::vector<WordFeatures> f;
    wordFeatures({word}, f);
    return ClosedWords::bundled().is(f.front(), ClosedWords::HyphenNoun);
}

bool ClosedWords::is(const WordFeatures &w, Class c) const
{
    const auto has = [](const std::vector<quint64> &v, quint64 x) {
        return std::find(v.begin(), v.end(), x) != v.end();
    };
    return std::binary_search(m_whole[c].begin(), m_whole[c].end(), w.lower) || has(m_endings[c], w.suffix4)
        || has(m_endings[c], w.suffix3) || has(m_endings[c], w.suffix2) || has(m_endings[c], w.suffix1);
}

} // namespace Lagebild::Syntax
