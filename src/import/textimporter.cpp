// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textimporter.h"

#include "import/boilerplatefilter.h"
#include "import/publicationdates.h"
#include "import/textdecoder.h"
#include "text/locale.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Lagebild {

namespace {

constexpr qsizetype maxTitleLength = 200;

bool looksLikeTitle(const QString &line)
{
    if (line.size() < 3 || line.size() > maxTitleLength)
        return false;
    // Headlines don't end like prose and hold one statement.
    static const QRegularExpression proseEnd(QStringLiteral(R"([.,;:]$)"));
    static const QRegularExpression innerSentence(QStringLiteral(R"([.!?]\s+\p{Lu})"));
    if (proseEnd.match(line).hasMatch() && !line.endsWith(QLatin1String("..."))
        && !line.endsWith(QChar(0x2026)))
        return false;
    return !innerSentence.match(line).hasMatch();
}

QString sameText(const QString &s)
{
    return s.simplified().toCaseFolded();
}

/// Whether sameText(line) can be `folded` (sameText of another line) at all. Simplifying keeps
/// every character that is not whitespace and case folding never makes a text shorter, so a
/// line with more of them than `folded` has units is another text: the header's first
/// paragraph of prose is told apart from the title without folding it.
bool mayBeSameText(QStringView line, const QString &folded)
{
    qsizetype kept = 0;
    for (const QChar c : line) {
        if (!c.isSpace() && ++kept > folded.size())
            return false;
    }
    return true;
}

/// A dated credit line such as "14. Oktober 2025 · Redaktion Elbufer Nachrichten · Wirtschaft" or
/// "Von Maria Berger | Chipmarkt Aktuell | 14.10.2025": a byline gives the author, the first
/// other field the outlet; sections and reading times are passed over.
void creditFields(const QString &line, Article &article)
{
    static const QRegularExpression separators(QStringLiteral(R"(\s*[|\x{00B7}]\s*)"));
    static const QRegularExpression byline(QStringLiteral(R"(^(?:Von|By)\s+(.+)$)"));
    static const QRegularExpression readingTime(QStringLiteral(R"(^\d+\s*Min)"));
    const QStringList fields = line.split(separators, Qt::SkipEmptyParts);
    if (fields.size() < 2)
        return;
    bool outletTaken = !article.source.isEmpty();
    for (const QString &raw : fields) {
        const QString field = raw.trimmed();
        if (dateFromHeaderLine(field).isValid() || readingTime.match(field).hasMatch())
            continue;
        if (auto m = byline.match(field); m.hasMatch()) {
            QString rest = m.captured(1);
            const qsizetype comma = rest.indexOf(QLatin1Char(','));
            article.author = (comma > 0 ? rest.left(comma) : rest).trimmed();
            if (comma > 0 && !outletTaken) {
                article.source = rest.mid(comma + 1).trimmed();
                outletTaken = true;
            }
            continue;
        }
        if (!outletTaken) {
            QString outlet = field;
            if (outlet.startsWith(QLatin1String("Redaktion ")))
                outlet = outlet.mid(10);
            article.source = outlet;
            outletTaken = true;
        }
    }
}

} // namespace

QString titleFromText(const QString &text)
{
    QString title = Text::firstSentence(text.section(QLatin1Char('\n'), 0, 0)).simplified();
    if (title.endsWith(QLatin1Char('.')))
        title.chop(1);
    if (title.size() > 150) {
        const qsizetype cut = title.lastIndexOf(QLatin1Char(' '), 150);
        title = title.left(cut > 60 ? cut : 150) + QChar(0x2026);
    }
    return title;
}

bool TextImporter::canRead(const QString &fileName, const QByteArray &) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("text");
}

Expected<ImportBatch> TextImporter::read(const QString &fileName, const QByteArray &data) const
{
    auto decoded = decodeText(data);
    if (!decoded)
        return decoded.error();
    const QString text = tidyParagraphs(decoded->text);
    if (text.trimmed().isEmpty())
        return Error {QStringLiteral("empty file (no text)")};

    Article article;
    article.rawOriginal = decoded->text;
    article.originalFormat = shortName();
    QStringList lines = text.split(QLatin1Char('\n'));

    const QString first = lines.first().trimmed();
    if (looksLikeTitle(first) && lines.size() > 1) {
        article.title = first;
        lines.removeFirst();
    } else {
        article.title = titleFromText(text);
    }

    // The header: the few lines under the title may hold the date, author and outlet,
    // or repeat the title (pages copied from the web do).
    static const QRegularExpression byline(QStringLiteral(
        R"(^(?:Von|By)\s+([\p{Lu}][\p{L}.'-]+(?:\s+[\p{Lu}][\p{L}.'-]+){0,3})(?:\s*[,|/]\s*(.+))?$)"));
    static const QRegularExpression sourceLine(
        QStringLiteral(R"(^(?:Quelle|Source|Medium)\s*:\s*(.{2,60})$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authorLine(
        QStringLiteral(R"(^(?:Autor|Autorin|Author)\s*:\s*(.{2,60})$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString foldedTitle = sameText(article.title);
    int examined = 0;
    for (qsizetype i = 0; i < lines.size() && examined < 5;) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty()) {
            ++i;
            continue;
        }
        ++examined;
        bool consumed = false;
        if (mayBeSameText(line, foldedTitle) && sameText(line) == foldedTitle) {
            consumed = true;
        } else if (const PublicationDate date = dateFromHeaderLine(line);
                   date.isValid() && !article.published.isValid()) {
            article.published = date;
            consumed = true;
            creditFields(line, article);
        } else if (auto m = byline.match(line); m.hasMatch() && line.size() < 90) {
            article.author = m.captured(1);
            QString rest = m.captured(2).trimmed();
            if (const PublicationDate stamp = dateFromHeaderLine(rest); stamp.isValid()) {
                article.published = stamp;
                rest = rest.section(QLatin1Char(','), 0, 0).trimmed();
            }
            if (!rest.isEmpty() && article.source.isEmpty())
                article.source = rest;
            consumed = true;
        } else if (auto s = sourceLine.match(line); s.hasMatch()) {
            article.source = s.captured(1).trimmed();
            consumed = true;
        } else if (auto a = authorLine.match(line); a.hasMatch()) {
            article.author = a.captured(1).trimmed();
            consumed = true;
        }
        if (!consumed)
            break;
        lines.removeAt(i);
    }

    article.body = BoilerplateFilter::standard().clean(lines.join(QLatin1Char('\n')));
    if (article.body.isEmpty())
        return Error {QStringLiteral("no article text besides the title")};
    if (!article.published.isValid())
        article.published = dateFromFileName(fileName);
    if (article.published.origin == DateOrigin::FileName)
        article.published.uncertain = true; // a file name may carry the download date
    ImportBatch batch;
    batch.articles.push_back(std::move(article));
    return batch;
}

} // namespace Lagebild
