// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QString>

namespace Lagebild {

struct DecodedText
{
    QString text; ///< NFC, without a byte order mark
    QString encoding; ///< "UTF-8", "UTF-16LE", "windows-1252", ...
};

/// Turns the bytes of a text file into text. UTF-8 (with or without BOM) and UTF-16 with BOM
/// are taken as they are; bytes that are not UTF-8 at all are identified by ICU's charset
/// detector among the legacy 8-bit encodings of German archives (ISO-8859-1/-15,
/// Windows-1252) and converted. Refused with a reason: binary data, and files that are UTF-8
/// in places and broken in others (a guess there would corrupt the good part).
/// `declaredCharset` (from <meta charset> or an XML declaration) wins over detection.
Expected<DecodedText> decodeText(const QByteArray &data, const QString &declaredCharset = {});

} // namespace Lagebild
