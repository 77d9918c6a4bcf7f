// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace Lagebild {

namespace {

// The catalogues installed now, so that a change of language can take them out again.
QPointer<QTranslator> &ownCatalogue()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtCatalogue()
{
    static QPointer<QTranslator> translator;
    return translator;
}

} // namespace

QString languageSetting()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void setLanguageSetting(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

QString interfaceLanguage()
{
    const QString chosen = languageSetting();
    const bool german
        = chosen.isEmpty() ? QLocale::system().language() == QLocale::German : chosen == QLatin1String("de");
    return german ? QStringLiteral("de") : QStringLiteral("en");
}

QString installTranslations(QCoreApplication &app)
{
    const QString chosen = languageSetting();
    const bool german = interfaceLanguage() == QLatin1String("de");
    // An explicit choice formats dates and numbers the same way as the words; "as the system"
    // goes back to the system's formats.
    if (!chosen.isEmpty())
        QLocale::setDefault(german ? QLocale(QLocale::German, QLocale::Germany)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom));
    else
        QLocale::setDefault(QLocale::system());
    for (QPointer<QTranslator> *installed : {&ownCatalogue(), &qtCatalogue()}) {
        if (*installed) {
            QCoreApplication::removeTranslator(*installed);
            delete installed->data();
        }
    }
    const QString language = german ? QStringLiteral("de") : QStringLiteral("en");
    // An installed catalogue (PREFIX/share/lagebild/translations, beside PREFIX/bin) wins over the
    // built-in copy; a build tree has none and uses the built-in one.
    auto *own = new QTranslator(&app);
    const QString installed
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/lagebild/translations");
    if (own->load(QStringLiteral("lagebild_") + language, installed)
        || own->load(QStringLiteral(":/i18n/lagebild_") + language)) {
        QCoreApplication::installTranslator(own);
        ownCatalogue() = own;
    } else {
        delete own;
    }
    if (german) {
        // Qt's own dialogs (file dialogs, message box buttons), from qt6-translations-l10n.
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            qtCatalogue() = qt;
        } else {
            delete qt;
        }
    }
    return language;
}

QString switchLanguage(const QString &language)
{
    setLanguageSetting(language);
    return installTranslations(*QCoreApplication::instance());
}

} // namespace Lagebild
