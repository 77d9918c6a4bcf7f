// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpaths.h"

namespace Lagebild::Testing {

QString testDataDir()
{
    return QStringLiteral(LAGEBILD_TEST_DATA);
}

QString sharedDir()
{
    return QStringLiteral(LAGEBILD_SHARED_DIR);
}

QString sourceDir()
{
    return QStringLiteral(LAGEBILD_SOURCE_DIR);
}

QString binaryDir()
{
    return QStringLiteral(LAGEBILD_BINARY_DIR);
}

} // namespace Lagebild::Testing
