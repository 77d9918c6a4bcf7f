// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the libFuzzer targets: Qt wants an application object for some of what the engine
// touches (resources, locale), made once before the first input.

#include <QCoreApplication>

namespace Lagebild::Fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "lagebild-fuzz";
    static char *argv[] = {name, nullptr};
    static auto *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

} // namespace Lagebild::Fuzz
