// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Lagebild {

/// What a news page says about itself and its main text, read with a real HTML5 parser
/// (gumbo), so broken markup parses the way browsers parse it.
struct HtmlArticle
{
    QString title;
    QString siteName;
    QString author;
    QString url;
    QString published; ///< raw metadata value, parsed by the caller
    bool publishedFromMetadata = false; ///< false: only a <time> element in the text
    QString language; ///< <html lang>
    QString text; ///< main text, paragraphs separated by blank lines
};

/// Parses a whole page: metadata from <meta>, OpenGraph, JSON-LD and <time>; main text
/// without navigation, ads, cookie banners, comment sections, scripts and styles.
[[nodiscard]] HtmlArticle parseHtmlPage(const QByteArray &utf8Html);

/// The text of an HTML fragment (a feed item's content), paragraphs separated by blank lines.
[[nodiscard]] QString htmlFragmentToText(const QString &html);

} // namespace Lagebild
