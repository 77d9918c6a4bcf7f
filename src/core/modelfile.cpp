// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modelfile.h"

#include <QFile>
#include <QResource>

namespace Lagebild {

std::optional<ModelFile> ModelFile::read(
    const QString &path, const QByteArray &compressedMagic, const QByteArray &rawMagic)
{
    // A shipped model is an uncompressed resource: it is read where it lies in the program,
    // without copying its megabyte (a file on disk is read into memory).
    const QResource resource(path);
    const bool inPlace = resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression;
    QByteArray all;
    if (inPlace) {
        all = QByteArray::fromRawData(
            reinterpret_cast<const char *>(resource.data()), qsizetype(resource.size()));
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        all = file.readAll();
    }
    qsizetype at = 0;
    while (at < all.size() && all.at(at) == '#') {
        at = all.indexOf('\n', at);
        if (at < 0)
            return std::nullopt;
        ++at;
    }
    const qsizetype lineEnd = all.indexOf('\n', at);
    if (lineEnd < 0)
        return std::nullopt;
    ModelFile model;
    model.header = all.mid(at, lineEnd - at);
    const QByteArray magic
        = model.header.left(model.header.indexOf(' ') < 0 ? model.header.size() : model.header.indexOf(' '));
    if (magic == rawMagic) {
        model.payload = inPlace
            ? QByteArray::fromRawData(all.constData() + lineEnd + 1, all.size() - lineEnd - 1)
            : all.mid(lineEnd + 1);
    } else if (magic == compressedMagic) {
        model.payload = qUncompress(all.mid(lineEnd + 1));
        if (model.payload.isEmpty())
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    return model;
}

bool ModelFile::write(
    const QString &path, const QByteArray &note, const QByteArray &header, const QByteArray &payload)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const QByteArray &line : note.split('\n'))
        if (!line.isEmpty())
            file.write("# " + line + '\n');
    file.write(header + '\n');
    file.write(payload);
    return file.error() == QFileDevice::NoError;
}

} // namespace Lagebild
