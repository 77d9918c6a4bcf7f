// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/clirun.h"
#include "support/testpaths.h"

#include <QProcess>

namespace Lagebild::Testing {

CliRun runCli(const QStringList &arguments)
{
    QProcess p;
    p.start(Lagebild::Testing::binaryDir() + QStringLiteral("/bin/lagebild-cli"), arguments);
    if (!p.waitForFinished(600000))
        qFatal("lagebild-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace Lagebild::Testing
