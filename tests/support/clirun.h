// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Lagebild::Testing {

/// What a run of the built lagebild-cli printed and returned.
struct CliRun
{
    int exitCode = -1; ///< -1 when it crashed
    QString out;
    QString err;
};

/// Runs the lagebild-cli of this build with `arguments` and waits for it (qFatal after 10 min).
CliRun runCli(const QStringList &arguments);

} // namespace Lagebild::Testing
