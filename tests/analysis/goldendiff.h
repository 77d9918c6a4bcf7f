// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/testpaths.h"

#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QString>

/// For golden-file tests: writes what the engine gave to `failName` in the build's test folder
/// and prints `diff -u` of the expected file against it (- expected, + found). Returns false when
/// the file could not be written.
inline bool printGoldenDiff(const QString &expectedPath, const QByteArray &actual, const QString &failName)
{
    const QString failPath = Lagebild::Testing::binaryDir() + QStringLiteral("/tests/") + failName;
    QFile fail(failPath);
    if (!fail.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    fail.write(actual);
    fail.close();
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), expectedPath, failPath});
    diff.waitForFinished();
    qWarning().noquote() << QString::fromUtf8(diff.readAllStandardOutput());
    return true;
}
