// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Lagebild {

/// A learned model as the project ships it (resources/analysis/*-model.bin): comment lines
/// starting with '#' (licence, provenance, figures), one header line whose first word is the
/// format's magic, then the weights. Files of version 2 hold the weights zlib-compressed
/// (qCompress); version 3 holds them as they are, because inflating both shipped models took
/// about 67 million instructions at every start of `extract`, for 0.7 MB saved.
struct ModelFile
{
    QByteArray header; ///< the header line without its newline: "LBNER3 22 8 0.001"
    /// The weights, inflated when the file held them compressed. Of an uncompressed resource it
    /// refers to the program's own bytes in place (read-only; writing to it makes a copy).
    QByteArray payload;

    /// Reads `path` (a file or a resource). `compressedMagic` and `rawMagic` are the first words
    /// of the header that mean compressed and plain weights; nullopt for any other file, and for
    /// compressed weights that do not inflate.
    static std::optional<ModelFile> read(
        const QString &path, const QByteArray &compressedMagic, const QByteArray &rawMagic);

    /// Writes comment lines (one per line of `note`, empty ones skipped), the header line and
    /// the payload as it is; false when the file cannot be written.
    static bool write(
        const QString &path, const QByteArray &note, const QByteArray &header, const QByteArray &payload);
};

} // namespace Lagebild
