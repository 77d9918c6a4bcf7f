// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mentionguess.h"

#include "analysis/analyzer.h"
#include "core/entitytypes.h"
#include "store/entityrules.h"
#include "store/mentionreads.h"

namespace Lagebild {

QString guessMentionType(SqlReader &sql, ArticleId article, int start, int end, const QString &text)
{
    auto mentions = articleMentions(sql, article);
    // What the engine (or an earlier correction) found at exactly this place.
    if (mentions) {
        for (const StoredMention &m : mentions.value()) {
            if (m.start == start && m.end == end)
                return m.type;
        }
    }
    // A name the corpus knows, as the type it is known under most often.
    const QString name = text.simplified();
    qint64 most = -1;
    QString known;
    for (const QString &type : entityTypes()) {
        if (type == QLatin1String("QUANTITY") || type == QLatin1String("DATE"))
            continue;
        auto id = findEntity(sql, type, name);
        if (!id || !id->has_value())
            continue;
        qint64 count = 0;
        if (auto spellings = entitySurfaceForms(sql, type, name)) {
            for (const auto &[spelling, n] : spellings.value())
                count += n;
        }
        if (count > most) {
            most = count;
            known = type;
        }
    }
    if (!known.isEmpty())
        return known;
    // The engine on the text alone: the mention covering most of it.
    static const Analysis::Analyzer analyzer;
    int longest = 0;
    QString guessed;
    for (const Analysis::Mention &m : analyzer.analyze(name).mentions) {
        if (m.length() > longest) {
            longest = m.length();
            guessed = Analysis::typeName(m.type);
        }
    }
    if (!guessed.isEmpty())
        return guessed;
    // Part of a longer or shorter mention: the type of the one sharing the most text.
    int shared = 0;
    if (mentions) {
        for (const StoredMention &m : mentions.value()) {
            const int common = std::min(end, m.end) - std::max(start, m.start);
            if (common > shared) {
                shared = common;
                guessed = m.type;
            }
        }
    }
    return guessed;
}

} // namespace Lagebild
