// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lagebild::Cli {

/// Before a command works on a team database (docs/cli.md, "A refused password"): logs in once to
/// `location` when it is a postgresql:// URI (a password written into it is held for the process,
/// never shown). Where the server refuses the password and the command runs on an interactive
/// terminal, asks for it there once, without echo, and holds the answer for every connection of
/// the run; without a terminal (a script, cron, systemd), or refused again, prints one line
/// naming the database and the reason. False when the command must not run; a file, or a server
/// that fails otherwise (out of reach: the command says it its way, a following worker waits), is
/// true.
[[nodiscard]] bool logInToTeamDatabase(const QString &location);

} // namespace Lagebild::Cli
