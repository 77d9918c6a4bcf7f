// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where this checkout's test data, the shared folder and the build live. The paths are compiled
// into testpaths.cpp alone: as definitions on every test they made each test's object differ
// between two checkouts, and a second worktree recompiled all of them instead of using ccache.
namespace Lagebild::Testing {

QString testDataDir(); ///< tests/data of this checkout
QString sharedDir(); ///< ../shared beside the checkout (may be absent: tests then skip)
QString sourceDir(); ///< the checkout
QString binaryDir(); ///< the build folder (bin/lagebild-cli, tests/…)

} // namespace Lagebild::Testing
