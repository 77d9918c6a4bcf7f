// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/publicationdates.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace Lagebild {

namespace {

int germanMonth(QStringView name)
{
    static const char *const months[][2] = {{"januar", "jan"}, {"februar", "feb"}, {"märz", "mär"},
        {"april", "apr"}, {"mai", "mai"}, {"juni", "jun"}, {"juli", "jul"}, {"august", "aug"},
        {"september", "sep"}, {"oktober", "okt"}, {"november", "nov"}, {"dezember", "dez"}};
    QString n = name.toString().toLower();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n == QStringLiteral("jänner") || n == QStringLiteral("jän"))
        return 1; // Austrian
    if (n == QLatin1String("maerz") || n == QLatin1String("sept"))
        return n == QLatin1String("maerz") ? 3 : 9;
    for (int i = 0; i < 12; ++i) {
        if (n == QString::fromUtf8(months[i][0]) || n == QString::fromUtf8(months[i][1]))
            return i + 1;
    }
    return 0;
}

bool plausibleYear(int year)
{
    return year >= 1990 && year <= 2100;
}

// A date stamp somewhere in the line: numeric or spelled month, optional time.
struct Found
{
    PublicationDate date;
    qsizetype start = -1;
    qsizetype end = -1;
};

Found findDate(QStringView line)
{
    static const QRegularExpression numeric(
        QStringLiteral(R"((?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d))"));
    static const QRegularExpression spelled(
        QStringLiteral(R"((?<!\d)(\d{1,2})\.\s*([A-Za-zÄÖÜäöü]{3,9}\.?)\s+(\d{4})(?!\d))"));
    static const QRegularExpression iso(QStringLiteral(R"((?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d))"));
    static const QRegularExpression time(
        QStringLiteral(R"(^\s*(?:,|um|-|–)?\s*(\d{1,2})[:.](\d{2})\s*(?:Uhr)?)"));
    Found found;
    if (auto m = numeric.match(line); m.hasMatch()) {
        const QDate d(m.capturedView(3).toInt(), m.capturedView(2).toInt(), m.capturedView(1).toInt());
        found = {PublicationDate::day(d, DateOrigin::Text), m.capturedStart(), m.capturedEnd()};
    } else if (auto s = spelled.match(line); s.hasMatch() && germanMonth(s.capturedView(2))) {
        const QDate d(s.capturedView(3).toInt(), germanMonth(s.capturedView(2)), s.capturedView(1).toInt());
        found = {PublicationDate::day(d, DateOrigin::Text), s.capturedStart(), s.capturedEnd()};
    } else if (auto i = iso.match(line); i.hasMatch()) {
        const QDate d(i.capturedView(1).toInt(), i.capturedView(2).toInt(), i.capturedView(3).toInt());
        found = {PublicationDate::day(d, DateOrigin::Text), i.capturedStart(), i.capturedEnd()};
    }
    if (!found.date.isValid() || !plausibleYear(found.date.date.year()))
        return {};
    if (auto t = time.match(line.mid(found.end)); t.hasMatch()) {
        const QTime clock(t.capturedView(1).toInt(), t.capturedView(2).toInt());
        if (clock.isValid()) {
            found.date.time = clock;
            found.date.precision = DatePrecision::Minute;
            // Local German time without a stated zone: CET/CEST by the date.
            const QDateTime local(found.date.date, clock, QTimeZone("Europe/Berlin"));
            found.date.utcOffsetSeconds = local.offsetFromUtc();
            found.end += t.capturedEnd();
        }
    }
    return found;
}

} // namespace

PublicationDate dateFromFileName(const QString &fileName)
{
    static const QRegularExpression day(QStringLiteral(R"(^(\d{4})-?(\d{2})-?(\d{2})(?:[_\-\s.]|$))"));
    static const QRegularExpression month(QStringLiteral(R"(^(\d{4})-(\d{2})(?:[_\-\s.]|$))"));
    const QString base = QFileInfo(fileName).fileName();
    if (auto m = day.match(base); m.hasMatch()) {
        const int y = m.capturedView(1).toInt();
        PublicationDate d = PublicationDate::day(
            QDate(y, m.capturedView(2).toInt(), m.capturedView(3).toInt()), DateOrigin::FileName);
        if (d.isValid() && plausibleYear(y))
            return d;
    }
    if (auto m = month.match(base); m.hasMatch()) {
        const int y = m.capturedView(1).toInt();
        PublicationDate d = PublicationDate::month(y, m.capturedView(2).toInt(), DateOrigin::FileName);
        if (d.isValid() && plausibleYear(y))
            return d;
    }
    return {};
}

PublicationDate dateFromHeaderLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 90)
        return {};
    const Found found = findDate(trimmed);
    if (!found.date.isValid())
        return {};
    // What stands around the date must be a label, a weekday, an author or outlet credit —
    // not a sentence that happens to contain a date.
    static const QRegularExpression label(
        QStringLiteral(
            R"(^(?:(?:veröffentlicht|erschienen|publiziert|datum|erstellt|stand|aktualisiert|zuletzt aktualisiert|update)(?:\s+am)?\s*:?|)\s*)"
            R"((?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so)\.?,?\s*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView before = trimmed.left(found.start).trimmed();
    const QStringView after = trimmed.mid(found.end).trimmed();
    const bool labelled = label.match(before).hasMatch();
    const bool creditBefore = before.contains(QLatin1Char('|')) || before.endsWith(QLatin1Char(','))
        || before.endsWith(QChar(0x00B7)) || before.startsWith(QLatin1String("Von "), Qt::CaseInsensitive);
    // After the date: nothing, a time zone or weekday aside, or further credit fields
    // ("· Outlet · Ressort", "| 3 Min. Lesezeit").
    const bool separatedAfter = after.startsWith(QLatin1Char('|')) || after.startsWith(QChar(0x00B7))
        || after.startsWith(QLatin1Char(',')) || after.startsWith(QLatin1Char('-'))
        || after.startsWith(QChar(0x2013)) || after.startsWith(QLatin1Char('('));
    const bool quietAfter = after.isEmpty() || separatedAfter;
    if (!(labelled || creditBefore) || !quietAfter || (!separatedAfter && after.contains(QLatin1Char('.'))))
        return {};
    PublicationDate date = found.date;
    const QString lower = before.toString().toLower();
    date.uncertain = lower.contains(QLatin1String("stand")) || lower.contains(QLatin1String("aktualisiert"))
        || lower.contains(QLatin1String("update"));
    return date;
}

PublicationDate dateFromMetadata(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    PublicationDate date = PublicationDate::fromIsoString(v);
    if (!date.isValid()) {
        QDateTime rfc = QDateTime::fromString(v, Qt::RFC2822Date);
        if (!rfc.isValid()) {
            // Common deviations: zone names instead of offsets, missing weekday.
            QString fixed = v;
            fixed.replace(
                QRegularExpression(QStringLiteral(R"(\s(GMT|UT|UTC|Z)$)")), QStringLiteral(" +0000"));
            fixed.replace(QRegularExpression(QStringLiteral(R"(\sCEST$)")), QStringLiteral(" +0200"));
            fixed.replace(QRegularExpression(QStringLiteral(R"(\sCET$)")), QStringLiteral(" +0100"));
            fixed.replace(QRegularExpression(QStringLiteral(R"(\sEDT$)")), QStringLiteral(" -0400"));
            fixed.replace(QRegularExpression(QStringLiteral(R"(\sEST$)")), QStringLiteral(" -0500"));
            rfc = QDateTime::fromString(fixed, Qt::RFC2822Date);
        }
        if (rfc.isValid()) {
            date.date = rfc.date();
            date.time = QTime(rfc.time().hour(), rfc.time().minute(), rfc.time().second());
            date.utcOffsetSeconds = rfc.offsetFromUtc();
            date.precision = DatePrecision::Minute;
        } else {
            date = findDate(v).date;
        }
    }
    if (!date.isValid() || !plausibleYear(date.date.year()))
        return {};
    date.origin = DateOrigin::Metadata;
    date.uncertain = false;
    return date;
}

} // namespace Lagebild
