// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/languagedetector.h"

#include <cld2/public/compact_lang_det.h>

namespace Lagebild {

DetectedLanguage detectLanguage(const QString &text)
{
    // CLD2 is as sure after a couple of thousand characters as after the whole text, and
    // it is a tenth of the import's time: the opening of an article decides.
    const QByteArray utf8 = text.left(2000).toUtf8();
    bool reliable = false;
    const CLD2::Language language = CLD2::DetectLanguage(utf8.constData(), int(utf8.size()), true, &reliable);
    DetectedLanguage result;
    result.reliable = reliable;
    result.code = language == CLD2::UNKNOWN_LANGUAGE ? QStringLiteral("un")
                                                     : QString::fromLatin1(CLD2::LanguageCode(language));
    return result;
}

} // namespace Lagebild
