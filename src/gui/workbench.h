// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Lagebild {

class MainWindow;

/// Opens the database at `path` in a new main window that deletes itself on close and follows
/// File → New/Open/Recent by opening the next database in a new window and closing itself.
/// Shows why and returns nullptr when the database cannot be opened. A team server that refuses
/// the login has the connect dialog ask for the password again. `rememberPassword`: set when the
/// analyst chose in the connect dialog whether the keyring keeps the password; it is kept (or
/// forgotten) once the database opened with it, and the keyring's stays until then. `password`:
/// the one typed into the connect dialog, held for the process's connections (never in a URI).
MainWindow *openWorkbench(
    const QString &path, std::optional<bool> rememberPassword = std::nullopt, const QString &password = {});

/// On the first start with an empty default database, asks whether to load the bundled sample
/// corpus (once; the answer is remembered).
void offerSampleCorpus(MainWindow *window);

} // namespace Lagebild
