// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publicationdate.h"

#include <QTest>

using namespace Lagebild;

class TestPublicationDate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("expected");
        QTest::newRow("year") << QStringLiteral("2024") << int(DatePrecision::Year) << QStringLiteral("2024");
        QTest::newRow("month") << QStringLiteral("2025-10") << int(DatePrecision::Month)
                               << QStringLiteral("2025-10");
        QTest::newRow("day") << QStringLiteral("2025-10-14") << int(DatePrecision::Day)
                             << QStringLiteral("2025-10-14");
        QTest::newRow("timestamp") << QStringLiteral("2025-10-14T08:30:00+02:00")
                                   << int(DatePrecision::Minute)
                                   << QStringLiteral("2025-10-14T08:30:00+02:00");
        QTest::newRow("rfc3339 space") << QStringLiteral("2024-03-05 10:00:00Z") << int(DatePrecision::Minute)
                                       << QStringLiteral("2024-03-05T10:00:00Z");
        QTest::newRow("garbage") << QStringLiteral("gestern") << int(DatePrecision::None) << QString();
        QTest::newRow("impossible day")
            << QStringLiteral("2025-02-30") << int(DatePrecision::None) << QString();
    }
    void roundTrip()
    {
        QFETCH(QString, iso);
        QFETCH(int, precision);
        QFETCH(QString, expected);
        const PublicationDate date = PublicationDate::fromIsoString(iso);
        QCOMPARE(int(date.precision), precision);
        QCOMPARE(date.toIsoString(), expected);
    }
    void names()
    {
        for (auto p : {DatePrecision::None, DatePrecision::Year, DatePrecision::Month, DatePrecision::Day,
                 DatePrecision::Minute})
            QCOMPARE(precisionFromName(precisionName(p)), p);
        for (auto o : {DateOrigin::None, DateOrigin::Metadata, DateOrigin::FileName, DateOrigin::Text,
                 DateOrigin::Manual})
            QCOMPARE(originFromName(originName(o)), o);
    }
};

QTEST_GUILESS_MAIN(TestPublicationDate)
#include "tst_publicationdate.moc"
