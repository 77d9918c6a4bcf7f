// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the application's SVG icon to the PNG sizes desktop environments and
// the Debian package want (hicolor 16…256), with Qt's own SVG renderer so no other converter is
// needed.
//
//   lagebild-iconrender ICON.svg OUTDIR SIZE...   writes OUTDIR/SIZExSIZE/lagebild.png

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: lagebild-iconrender ICON.svg OUTDIR SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "lagebild-iconrender: " << args.at(1) << ": not a readable SVG file\n";
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << "lagebild-iconrender: " << args.at(i) << ": not an icon size\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2").arg(args.at(2)).arg(size);
        QDir().mkpath(dir);
        const QString file = dir + QStringLiteral("/lagebild.png");
        if (!image.save(file, "PNG")) {
            err << "lagebild-iconrender: " << file << ": cannot write\n";
            return 1;
        }
    }
    return 0;
}
