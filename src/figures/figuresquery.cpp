// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figuresquery.h"

#include "store/filtercondition.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace Lagebild {

using Sqlite::Statement;

namespace {

int specificity(const QString &type)
{
    static const QStringList order = {QStringLiteral("PRODUCT"), QStringLiteral("COMPANY"),
        QStringLiteral("ORGANIZATION"), QStringLiteral("AGENCY"), QStringLiteral("PERSON"),
        QStringLiteral("LOCATION"), QStringLiteral("MEDIA")};
    const qsizetype i = order.indexOf(type);
    return i < 0 ? 99 : int(i);
}

QDate dayOfNorm(const QString &norm)
{
    if (norm.size() >= 10)
        return QDate::fromString(norm.left(10), Qt::ISODate);
    if (norm.size() == 7 && norm.at(4) == QLatin1Char('-'))
        return QDate::fromString(norm + QLatin1String("-01"), Qt::ISODate);
    return {};
}

/// The noun a figure measures: the first capitalised word (not an entity's name) right after it —
/// "421.000 H200-Chips" → Chips, "600 Milliarden Dollar Börsenwert" → Börsenwert — else the last one
/// right before it ("Umsatz von 4,5 Milliarden" → Umsatz). Empty when there is none.
QString measureNear(
    const QString &body, int start, int end, int sentenceStart, int sentenceEnd, const QStringList &names)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}][\\p{L}\\-]*"));
    static const QStringList skip = {QStringLiteral("Milliarden"), QStringLiteral("Millionen"),
        QStringLiteral("Milliarde"), QStringLiteral("Million"), QStringLiteral("Billionen"),
        QStringLiteral("Prozent"), QStringLiteral("Dollar"), QStringLiteral("Euro"),
        QStringLiteral("US-Dollar"), QStringLiteral("Yuan"), QStringLiteral("Stück"), QStringLiteral("Mrd"),
        QStringLiteral("Mio"), QStringLiteral("Der"), QStringLiteral("Die"), QStringLiteral("Das"),
        QStringLiteral("Den"), QStringLiteral("Dem"), QStringLiteral("Des"), QStringLiteral("Ein"),
        QStringLiteral("Eine"), QStringLiteral("Einen"), QStringLiteral("Einer")};
    auto usable = [&](QString w) {
        if (w.size() < 3 || !w.at(0).isUpper() || skip.contains(w))
            return QString();
        for (const QString &name : names) {
            if (w.startsWith(name))
                w = w.mid(name.size());
        }
        // The head of a compound names the thing: "H200-Chips" → "Chips".
        const qsizetype hyphen = w.lastIndexOf(QLatin1Char('-'));
        if (hyphen >= 0)
            w = w.mid(hyphen + 1);
        return w.size() >= 3 && w.at(0).isUpper() && !skip.contains(w) ? w : QString();
    };
    const QString after = body.mid(end, std::min(48, sentenceEnd - end));
    auto it = word.globalMatch(after);
    for (int n = 0; it.hasNext() && n < 4; ++n) {
        if (const QString w = usable(it.next().captured()); !w.isEmpty())
            return w;
    }
    const int from = std::max(sentenceStart, start - 40);
    const QString before = body.mid(from, start - from);
    QString last;
    auto back = word.globalMatch(before);
    while (back.hasNext()) {
        if (const QString w = usable(back.next().captured()); !w.isEmpty())
            last = w;
    }
    return last;
}

} // namespace

FiguresQuery::FiguresQuery(Sqlite::Database &db) : m_db(db) { }

Expected<std::vector<FigureGroup>> FiguresQuery::groups(const ArticleFilter &filter, int limit)
{
    auto condition = filterCondition(filter, Facet::None, EntityTest::Set);
    if (!condition)
        return condition.error();
    // Every mention in a sentence that holds a quantity, sentence by sentence.
    Statement st(m_db,
        QString(QLatin1String(
                    "SELECT m.article_id, m.sentence_start, m.sentence_end, m.type, m.text, "
                    "coalesce(e.canonical, ''), coalesce(m.value, ''), coalesce(m.unit, ''), "
                    "coalesce(m.approx, 0), coalesce(m.norm, ''), m.start, m.\"end\" FROM articles a JOIN "
                    "mentions m ON "
                    "m.article_id = a.id LEFT JOIN entities e ON e.id = m.entity_id WHERE m.status = "
                    "'active' AND m.sentence_start IS NOT NULL AND EXISTS (SELECT 1 FROM mentions q WHERE "
                    "q.article_id = m.article_id AND q.sentence_start = m.sentence_start AND q.type = "
                    "'QUANTITY' AND q.status = 'active') AND ")
            + condition->sql + QLatin1String(" ORDER BY a.id, m.start LIMIT ?")));
    const int next = bindCondition(st, condition.value());
    st.bind(next, limit * 8);
    struct Row
    {
        ArticleId article;
        int sentenceStart;
        int sentenceEnd;
        QString type;
        QString text;
        QString canonical;
        QString value;
        QString unit;
        bool approx;
        QString norm;
        int start;
        int end;
    };
    std::vector<Row> rows;
    auto r = Sqlite::forEachRow(st, [&](const Statement &row) {
        rows.push_back({row.columnInt64(0), row.columnInt(1), row.columnInt(2), row.columnText(3),
            row.columnText(4), row.columnText(5), row.columnText(6), row.columnText(7), row.columnInt(8) != 0,
            row.columnText(9), row.columnInt(10), row.columnInt(11)});
    });
    if (!r)
        return r.error();

    // Articles: outlet, date, title, body for the sentences.
    Statement article(m_db,
        u"SELECT a.body, a.title, coalesce(s.name, ''), coalesce(a.published, ''), coalesce(a.url, ''), "
        u"a.published_day FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?1");
    std::map<std::pair<QString, QString>, FigureGroup> grouped;
    size_t i = 0;
    while (i < rows.size()) {
        size_t j = i;
        while (j < rows.size() && rows[j].article == rows[i].article
            && rows[j].sentenceStart == rows[i].sentenceStart)
            ++j;
        // One sentence: its entities, its date, its quantities.
        QString subject, subjectType;
        QStringList names;
        QDate date;
        for (size_t k = i; k < j; ++k) {
            const Row &m = rows[k];
            if (m.type == QLatin1String("DATE")) {
                if (!date.isValid())
                    date = dayOfNorm(m.norm);
                continue;
            }
            if (m.type == QLatin1String("QUANTITY") || m.canonical.isEmpty())
                continue;
            if (!names.contains(m.canonical))
                names.append(m.canonical);
            if (subject.isEmpty() || specificity(m.type) < specificity(subjectType)) {
                subject = m.canonical;
                subjectType = m.type;
            }
        }
        article.bind(1, rows[i].article);
        auto found = article.step();
        if (!found)
            return found.error();
        QString body, title, outlet, published, url;
        QDate publishedDay;
        if (found.value()) {
            body = article.columnText(0);
            title = article.columnText(1);
            outlet = article.columnText(2);
            published = article.columnText(3);
            url = article.columnText(4);
            publishedDay = QDate::fromString(article.columnText(5).left(10), Qt::ISODate);
        }
        article.reset();
        const QString sentence
            = body.mid(rows[i].sentenceStart, rows[i].sentenceEnd - rows[i].sentenceStart).simplified();
        for (size_t k = i; k < j; ++k) {
            const Row &m = rows[k];
            if (m.type != QLatin1String("QUANTITY"))
                continue;
            ReportedFigure f;
            f.article = m.article;
            f.text = m.text;
            bool ok = false;
            const double v = m.value.toDouble(&ok);
            if (ok)
                f.value = v;
            else
                f.range = m.value;
            f.unit = m.unit;
            f.approx = m.approx;
            f.subject = subject.isEmpty() ? QString() : subject;
            f.subjectType = subjectType;
            f.others = names;
            f.others.removeAll(subject);
            f.dateFromText = date.isValid();
            f.date = date.isValid() ? date : publishedDay;
            f.sentence = sentence;
            f.measure = measureNear(body, m.start, m.end, rows[i].sentenceStart, rows[i].sentenceEnd, names);
            f.outlet = outlet;
            f.title = title;
            f.published = published;
            f.url = url;
            FigureGroup &g = grouped[{subject + QChar(31) + f.measure, m.unit}];
            g.subject = subject;
            g.subjectType = subjectType;
            g.measure = f.measure;
            g.unit = m.unit;
            g.figures.push_back(std::move(f));
        }
        i = j;
    }

    std::vector<FigureGroup> result;
    for (auto &[key, g] : grouped) {
        std::sort(g.figures.begin(), g.figures.end(),
            [](const ReportedFigure &a, const ReportedFigure &b) { return a.date < b.date; });
        QSet<QString> outlets;
        bool first = true;
        for (const ReportedFigure &f : g.figures) {
            outlets.insert(f.outlet);
            if (!f.value)
                continue;
            g.minimum = first ? *f.value : std::min(g.minimum, *f.value);
            g.maximum = first ? *f.value : std::max(g.maximum, *f.value);
            first = false;
        }
        g.outlets = int(outlets.size());
        // Outlets disagree when, within two weeks, one reports a value more than 10 % away from
        // another's: figures months apart may both be right.
        for (size_t a = 0; a < g.figures.size() && !g.disagreement; ++a) {
            for (size_t b = a + 1; b < g.figures.size(); ++b) {
                const ReportedFigure &x = g.figures[a];
                const ReportedFigure &y = g.figures[b];
                if (!x.value || !y.value || x.outlet == y.outlet || !x.date.isValid() || !y.date.isValid()
                    || std::abs(x.date.daysTo(y.date)) > 14)
                    continue;
                const double high = std::max(std::abs(*x.value), std::abs(*y.value));
                if (high > 0 && std::abs(*x.value - *y.value) / high > 0.10) {
                    g.disagreement = true;
                    break;
                }
            }
        }
        result.push_back(std::move(g));
    }
    std::sort(result.begin(), result.end(), [](const FigureGroup &a, const FigureGroup &b) {
        if (a.figures.size() != b.figures.size())
            return a.figures.size() > b.figures.size();
        return a.subject < b.subject;
    });
    return result;
}

QString formatFigure(const ReportedFigure &f)
{
    const QLocale locale;
    QString number;
    if (f.value) {
        const double v = *f.value;
        number = std::abs(v - std::round(v)) < 1e-9 && std::abs(v) < 1e15
            ? locale.toString(qint64(std::llround(v)))
            : locale.toString(v, 'g', 12);
    } else {
        number = f.range;
        number.replace(QLatin1Char('-'), QStringLiteral("–"));
    }
    if (f.approx)
        number.prepend(QStringLiteral("≈ "));
    if (!f.unit.isEmpty() && f.unit != QLatin1String("count"))
        number += QLatin1Char(' ') + f.unit;
    return number;
}

} // namespace Lagebild
