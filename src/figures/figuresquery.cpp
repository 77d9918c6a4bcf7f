// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figuresquery.h"

#include "store/filtercondition.h"
#include "store/sqldialect.h"
#include "store/sqlreader.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace Lagebild {

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
        QStringLiteral("Eine"), QStringLiteral("Einen"), QStringLiteral("Einer"), QStringLiteral("Einheiten"),
        QStringLiteral("Einheit"), QStringLiteral("Exemplare"), QStringLiteral("Stücke"),
        QStringLiteral("Stückzahl")};
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
    std::vector<QRegularExpressionMatch> words;
    for (auto it = word.globalMatch(after); it.hasNext() && words.size() < 5;)
        words.push_back(it.next());
    for (size_t n = 0; n < words.size() && n < 4; ++n) {
        const QString w = usable(words[n].captured());
        if (w.isEmpty())
            continue;
        // A capitalised adjective belongs to the noun after it: "zwei Drittel der Seltenen Erden"
        // measures "Seltene Erden", not "Seltenen".
        if (n + 1 < words.size() && words[n + 1].capturedStart() == words[n].capturedEnd() + 1) {
            const QString noun = usable(words[n + 1].captured());
            const bool adjective = w.endsWith(QLatin1String("en")) || w.endsWith(QLatin1String("er"))
                || w.endsWith(QLatin1String("es")) || w.endsWith(QLatin1Char('e'));
            if (adjective && !noun.isEmpty())
                return (w.endsWith(QLatin1String("en")) ? w.chopped(1) : w) + QLatin1Char(' ') + noun;
        }
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

FiguresQuery::FiguresQuery(Sqlite::Database &db) : m_owned(sqliteSqlReader(db)), m_sql(*m_owned) { }

FiguresQuery::FiguresQuery(SqlReader &reader) : m_sql(reader) { }

FiguresQuery::~FiguresQuery() = default;

Expected<std::vector<FigureGroup>> FiguresQuery::groups(const ArticleFilter &filter, int limit)
{
    // One read transaction: the view's statements agree although others commit meanwhile.
    const auto snapshot = m_sql.snapshot();
    if (!snapshot)
        return snapshot.error();
    const SqlDialect dialect = m_sql.dialect();
    auto condition = filterCondition(filter, Facet::None, EntityTest::Set, dialect);
    if (!condition)
        return condition.error();
    // Every mention in a sentence that holds a quantity, sentence by sentence: mentions in article
    // order, each sentence tested in mentions_article (article, sentence, entity, removed, type:
    // migration 0012) without reading a row — hence `type_code = 1 AND removed = 0`, not the
    // generated `type` and `status`. On SQLite `+m.status` (noIndexSql) keeps the planner off the
    // (entity, article) index, whose order would need a sort of every mention.
    // Without a filter the join with articles is pure cost.
    const bool all = condition->isEmpty();
    const QString sql
        = QString(QLatin1String("SELECT m.article_id, m.sentence_start, m.sentence_end, m.type, "))
        // Only a quantity's own text is reported. Where it is not stored (mentiontext.h) it
        // is cut below from the body, which is read for the sentence anyway: one unpacking of
        // the article's text (schema 12) instead of one per quantity.
        + QLatin1String("CASE WHEN m.type = 'QUANTITY' THEN m.text END, coalesce(e.canonical, ''), "
                        "coalesce(m.value, ''), coalesce(m.unit, ''), "
                        "coalesce(m.approx, 0), coalesce(m.norm, ''), m.start, m.\"end\" FROM ")
        + (all ? QLatin1String("mentions m ")
               : QLatin1String("articles a JOIN mentions m ON m.article_id = a.id "))
        + QLatin1String("LEFT JOIN entities e ON e.id = m.entity_id WHERE ")
        + noIndexSql(dialect, QLatin1String("m.status"))
        + QLatin1String(
            " = 'active' AND m.sentence_start IS NOT NULL AND EXISTS (SELECT 1 FROM mentions q WHERE "
            "q.article_id = m.article_id AND q.sentence_start = m.sentence_start AND q.type_code = 1 "
            "AND q.removed = 0) AND ")
        + (all ? QStringLiteral("1 = 1 ORDER BY m.article_id, m.start, m.id")
               : condition->sql + QLatin1String(" ORDER BY a.id, m.start, m.id"))
        + QLatin1String(" LIMIT ?");
    std::vector<SqlValue> values = condition->values;
    values.emplace_back(qint64(limit) * 8);
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
        bool textStored;
    };
    std::vector<Row> rows;
    auto r = m_sql.forEachRow(sql, values, [&](const SqlRow &row) {
        rows.push_back(
            {row.int64(0), row.int32(1), row.int32(2), row.text(3), row.text(4), row.text(5), row.text(6),
                row.text(7), row.int32(8) != 0, row.text(9), row.int32(10), row.int32(11), !row.isNull(4)});
    });
    if (!r)
        return r.error();

    // Articles: outlet, date, title, body for the sentences.
    const QString articleSql = QStringLiteral(
        "SELECT a.body, a.title, coalesce(s.name, ''), coalesce(a.published, ''), coalesce(a.url, ''), "
        "a.published_day, coalesce(a.duplicate_of, a.id) FROM articles a LEFT JOIN sources s ON s.id = "
        "a.source_id WHERE a.id = ?1");
    std::map<std::pair<QString, QString>, FigureGroup> grouped;
    ArticleId loadedArticle = 0;
    QString body, title, outlet, published, url;
    QDate publishedDay;
    ArticleId story = 0;
    size_t i = 0;
    while (i < rows.size()) {
        size_t j = i;
        while (j < rows.size() && rows[j].article == rows[i].article
            && rows[j].sentenceStart == rows[i].sentenceStart)
            ++j;
        // One sentence: its entities, its date, its quantities.
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
        }
        // Consecutive sentences are mostly of one article: read it once.
        if (rows[i].article != loadedArticle) {
            body.clear();
            title.clear();
            outlet.clear();
            published.clear();
            url.clear();
            publishedDay = QDate();
            story = rows[i].article;
            auto found = m_sql.forEachRow(articleSql, {rows[i].article}, [&](const SqlRow &row) {
                body = row.text(0);
                title = row.text(1);
                outlet = row.text(2);
                published = row.text(3);
                url = row.text(4);
                publishedDay = QDate::fromString(row.text(5).left(10), Qt::ISODate);
                story = row.int64(6);
            });
            if (!found)
                return found.error();
            loadedArticle = rows[i].article;
        }
        const QString sentence
            = body.mid(rows[i].sentenceStart, rows[i].sentenceEnd - rows[i].sentenceStart).simplified();
        // What a figure is about: the sentence's most specific kind of entity, and of those the
        // one nearest the figure within its clause ("Der Anteil des H20 fiel auf 15 Prozent, der
        // H200 bleibt gefragt": the 15 % are the H20's, though the H200 is closer).
        auto subjectOf = [&](const Row &q) -> std::pair<QString, QString> {
            const Row *best = nullptr;
            int bestDistance = 0;
            for (size_t k = i; k < j; ++k) {
                const Row &m = rows[k];
                if (m.type == QLatin1String("QUANTITY") || m.type == QLatin1String("DATE")
                    || m.canonical.isEmpty())
                    continue;
                const int from = std::min(m.end, q.end);
                const int to = std::max(m.start, q.start);
                const QStringView between
                    = to > from ? QStringView(body).mid(from, to - from) : QStringView();
                const bool otherClause
                    = between.contains(QLatin1Char(',')) || between.contains(QLatin1Char(';'));
                const int distance = std::max(0, to - from) + (otherClause ? 100000 : 0);
                if (!best || specificity(m.type) < specificity(best->type)
                    || (specificity(m.type) == specificity(best->type) && distance < bestDistance)) {
                    best = &m;
                    bestDistance = distance;
                }
            }
            return best ? std::pair {best->canonical, best->type} : std::pair<QString, QString> {};
        };
        for (size_t k = i; k < j; ++k) {
            const Row &m = rows[k];
            if (m.type != QLatin1String("QUANTITY"))
                continue;
            ReportedFigure f;
            f.article = m.article;
            // NULL: the body's slice [start, end), which the body gives back exactly.
            f.text = m.textStored ? m.text : body.mid(m.start, m.end - m.start);
            bool ok = false;
            const double v = m.value.toDouble(&ok);
            if (ok)
                f.value = v;
            else
                f.range = m.value;
            f.unit = m.unit;
            f.approx = m.approx;
            const auto [subject, subjectType] = subjectOf(m);
            f.subject = subject;
            f.subjectType = subjectType;
            f.others = names;
            f.others.removeAll(subject);
            f.dateFromText = date.isValid();
            f.date = date.isValid() ? date : publishedDay;
            f.sentence = sentence;
            f.measure = measureNear(body, m.start, m.end, rows[i].sentenceStart, rows[i].sentenceEnd, names);
            // A number of a product counts the product, whichever noun says so: "421.000
            // H200-Chips" and "421.000 Einheiten des H200" are one figure.
            if (m.unit == QLatin1String("count") && subjectType == QLatin1String("PRODUCT"))
                f.measure.clear();
            f.outlet = outlet;
            f.title = title;
            f.published = published;
            f.url = url;
            f.story = story;
            const QString unit = m.unit == QLatin1String("fraction") ? QStringLiteral("percent") : m.unit;
            FigureGroup &g = grouped[{subject + QChar(31) + f.measure, unit}];
            g.subject = subject;
            g.subjectType = subjectType;
            g.measure = f.measure;
            g.unit = unit;
            g.figures.push_back(std::move(f));
        }
        i = j;
    }

    std::vector<FigureGroup> result;
    for (auto &[key, g] : grouped) {
        std::sort(g.figures.begin(), g.figures.end(),
            [](const ReportedFigure &a, const ReportedFigure &b) { return a.date < b.date; });
        // A near-duplicate repeating its original's value is the same report, not a second outlet
        // agreeing: it is counted once.
        std::vector<ReportedFigure> distinct;
        for (ReportedFigure &f : g.figures) {
            const auto v = comparableValue(f);
            const bool copy = std::any_of(distinct.begin(), distinct.end(), [&](const ReportedFigure &d) {
                const auto w = comparableValue(d);
                return d.story == f.story && d.article != f.article
                    && (v && w ? std::abs(*v - *w) <= 1e-6 * std::max(1.0, std::abs(*v))
                               : d.range == f.range);
            });
            if (copy)
                ++g.nearDuplicates;
            else
                distinct.push_back(std::move(f));
        }
        g.figures = std::move(distinct);
        QSet<QString> outlets;
        bool first = true;
        for (const ReportedFigure &f : g.figures) {
            outlets.insert(f.outlet);
            const auto v = comparableValue(f);
            if (!v)
                continue;
            g.minimum = first ? *v : std::min(g.minimum, *v);
            g.maximum = first ? *v : std::max(g.maximum, *v);
            first = false;
        }
        g.outlets = int(outlets.size());
        // Outlets disagree when, within two weeks, one reports a value more than 10 % away from
        // another's: figures months apart may both be right.
        for (size_t a = 0; a < g.figures.size() && !g.disagreement; ++a) {
            for (size_t b = a + 1; b < g.figures.size(); ++b) {
                const ReportedFigure &x = g.figures[a];
                const ReportedFigure &y = g.figures[b];
                const auto xv = comparableValue(x);
                const auto yv = comparableValue(y);
                if (!xv || !yv || x.outlet == y.outlet || x.story == y.story || !x.date.isValid()
                    || !y.date.isValid() || std::abs(x.date.daysTo(y.date)) > 14)
                    continue;
                const double high = std::max(std::abs(*xv), std::abs(*yv));
                if (high > 0 && std::abs(*xv - *yv) / high > 0.10) {
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

std::optional<double> comparableValue(const ReportedFigure &f)
{
    if (!f.value)
        return std::nullopt;
    return f.unit == QLatin1String("fraction") ? *f.value * 100.0 : *f.value;
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
