// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entitytypes.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>

namespace Lagebild {

/// How each entity type looks wherever it is shown: an Okabe–Ito colour (readable for
/// colour-blind readers) and an underline style as a second cue for greyscale (docs/ux.md).
struct EntityStyle
{
    QColor color;
    QTextCharFormat::UnderlineStyle underline = QTextCharFormat::SingleUnderline;
    QString label; ///< translated type name
};

[[nodiscard]] EntityStyle entityStyle(const QString &type);
/// The reader's format for a mention: a light tint of the colour as background, the full colour
/// as underline.
[[nodiscard]] QTextCharFormat mentionFormat(const QString &type);

} // namespace Lagebild
