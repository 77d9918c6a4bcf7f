// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lagebild {

class MainWindow;

/// Opens the database at `path` in a new main window that deletes itself on close and follows
/// File → New/Open/Recent by opening the next database in a new window and closing itself.
/// Shows why and returns nullptr when the database cannot be opened.
MainWindow *openWorkbench(const QString &path);

/// On the first start with an empty default database, asks whether to load the bundled sample
/// corpus (once; the answer is remembered).
void offerSampleCorpus(MainWindow *window);

} // namespace Lagebild
