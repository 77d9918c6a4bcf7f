// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/raworiginal.h"

#include <zlib.h>

#include <QtEndian>

namespace Lagebild {

namespace {

constexpr char formatDeflateWithBody = 1;
constexpr int headerBytes = 5; // the format byte, then the text's length in bytes (big-endian)
constexpr qsizetype windowBytes = 32 * 1024; // deflate reaches back no further

/// The end of the body that deflate's window can reach.
QByteArray dictionary(const QString &body)
{
    const QByteArray utf8 = body.toUtf8();
    return utf8.size() > windowBytes ? utf8.right(windowBytes) : utf8;
}

} // namespace

QByteArray packRawOriginal(const QString &text, const QString &body)
{
    const QByteArray input = text.toUtf8();
    const QByteArray dict = dictionary(body);
    z_stream z {};
    if (deflateInit(&z, 6) != Z_OK)
        return {};
    QByteArray out(headerBytes + qsizetype(deflateBound(&z, uLong(input.size()))), Qt::Uninitialized);
    out[0] = formatDeflateWithBody;
    qToBigEndian(quint32(input.size()), out.data() + 1);
    deflateSetDictionary(&z, reinterpret_cast<const Bytef *>(dict.constData()), uInt(dict.size()));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    z.avail_in = uInt(input.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data() + headerBytes);
    z.avail_out = uInt(out.size() - headerBytes);
    const int result = deflate(&z, Z_FINISH);
    out.resize(headerBytes + qsizetype(z.total_out));
    deflateEnd(&z);
    return result == Z_STREAM_END ? out : QByteArray();
}

QString unpackRawOriginal(const QByteArray &stored, bool isBlob, const QString &body)
{
    if (!isBlob)
        return QString::fromUtf8(stored);
    if (stored.size() < headerBytes || stored.at(0) != formatDeflateWithBody)
        return {};
    const quint32 length = qFromBigEndian<quint32>(stored.constData() + 1);
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    z_stream z {};
    if (inflateInit(&z) != Z_OK)
        return {};
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(stored.constData() + headerBytes));
    z.avail_in = uInt(stored.size() - headerBytes);
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    int result = inflate(&z, Z_FINISH);
    if (result == Z_NEED_DICT) {
        const QByteArray dict = dictionary(body);
        inflateSetDictionary(&z, reinterpret_cast<const Bytef *>(dict.constData()), uInt(dict.size()));
        result = inflate(&z, Z_FINISH);
    }
    const bool complete = result == Z_STREAM_END && z.total_out == length;
    inflateEnd(&z);
    return complete ? QString::fromUtf8(out) : QString();
}

} // namespace Lagebild
