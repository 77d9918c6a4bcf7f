// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lagebild {

struct DetectedLanguage
{
    QString code; ///< ISO 639-1 ("de", "en"), "un" when undetermined
    bool reliable = false;
};

/// Compact Language Detector 2 (Debian's libcld2) over plain text.
[[nodiscard]] DetectedLanguage detectLanguage(const QString &text);

} // namespace Lagebild
