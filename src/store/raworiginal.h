// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Lagebild {

/// `articles.raw_original` as stored since schema 8: the decoded file content (UTF-8) deflated
/// with the article's cleaned body as the preset dictionary, a BLOB. The original mostly
/// repeats the body, which the database holds anyway, so the repeats cost a few bytes each;
/// stored as text it doubled the database (issue 13), and deflated alone it still took half.
/// It is read only when an article is opened. Packing costs about as much as decoding, so the
/// import does it on its pool, not on the writing thread.
[[nodiscard]] QByteArray packRawOriginal(const QString &text, const QString &body);

/// The text back from the stored value: a BLOB is unpacked with the same body, TEXT (rows
/// stored before schema 8) is as it was written. Empty when the BLOB is damaged.
[[nodiscard]] QString unpackRawOriginal(const QByteArray &stored, bool isBlob, const QString &body);

} // namespace Lagebild
