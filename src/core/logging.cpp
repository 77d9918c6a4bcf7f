// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

namespace Lagebild {
Q_LOGGING_CATEGORY(lcStore, "lagebild.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "lagebild.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServices, "lagebild.services", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGui, "lagebild.gui", QtWarningMsg)
} // namespace Lagebild
