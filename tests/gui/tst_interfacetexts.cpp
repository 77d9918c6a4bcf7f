// SPDX-License-Identifier: GPL-3.0-or-later
// The interface's words (issue 15, point 8): the German window has no English left in its
// menus, actions, buttons, labels, headers and tooltips; a window switched to German while open
// says what a window opened in German says; dates, periods and the TimelineJS export are written
// as a German reader writes them.

#include "core/dateformat.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "store/articlestore.h"
#include "timeline/timelineexport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDockWidget>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Lagebild;

namespace {

// Qt's own parts of a widget (scroll area viewports, a date edit's calendar) are named "qt_…";
// their words come from Qt's catalogue, not from ours.
bool qtInternal(const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent()) {
        if (o->objectName().startsWith(QLatin1String("qt_")))
            return true;
    }
    return false;
}

// Every word the window shows or can show (menus, tooltips, headers), in a fixed order: two
// windows built the same way give lists that line up item by item.
QStringList interfaceTexts(QWidget *window)
{
    QStringList texts;
    auto add = [&](const QString &where, const QString &text) {
        // Only what has letters: "…", "%", numbers and empty fields say nothing in a language.
        if (text.contains(QRegularExpression(QStringLiteral("[A-Za-zÄÖÜäöüß]{2}"))))
            texts.append(where + QStringLiteral(": ") + text);
    };
    for (QAction *action : window->findChildren<QAction *>()) {
        if (qtInternal(action))
            continue;
        add(QStringLiteral("action"), action->text());
        add(QStringLiteral("action tooltip"), action->toolTip());
        add(QStringLiteral("status tip"), action->statusTip());
        if (QMenu *menu = action->menu())
            add(QStringLiteral("menu"), menu->title());
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        // A widget hidden on purpose (the import issues button while there are none) gets its
        // words when it is shown.
        if (qtInternal(widget)
            || (widget->testAttribute(Qt::WA_WState_ExplicitShowHide) && widget->isHidden()))
            continue;
        add(QStringLiteral("tooltip"), widget->toolTip());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(QStringLiteral("button"), button->text());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(QStringLiteral("label"), label->text());
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            add(QStringLiteral("placeholder"), line->placeholderText());
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(QStringLiteral("group"), group->title());
        if (auto *dock = qobject_cast<QDockWidget *>(widget))
            add(QStringLiteral("dock"), dock->windowTitle());
        if (auto *date = qobject_cast<QDateTimeEdit *>(widget))
            texts.append(QStringLiteral("date format: ") + date->displayFormat());
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(QStringLiteral("choice"), combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(QStringLiteral("tab"), tabs->tabText(i));
                add(QStringLiteral("tab tooltip"), tabs->tabToolTip(i));
            }
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            for (int column = 0; column < view->model()->columnCount(); ++column) {
                for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    add(QStringLiteral("header"),
                        view->model()->headerData(column, Qt::Horizontal, role).toString());
            }
        }
    }
    return texts;
}

// Words that are the same in both languages, each for its reason.
bool sameInBothLanguages(const QString &entry)
{
    // Names of formats and programs, wherever they occur.
    static const QStringList names {QStringLiteral("CSV"), QStringLiteral("PDF"), QStringLiteral("SVG"),
        QStringLiteral("PNG"), QStringLiteral("GraphML"), QStringLiteral("GEXF"),
        QStringLiteral("TimelineJS"), QStringLiteral("JSON"), QStringLiteral("Lagebild")};
    // Whole texts: entity types spelt alike ("Person", "Organisation"), and each language's
    // name in itself in View → Language.
    static const QStringList whole {QStringLiteral("Person"), QStringLiteral("Organisation"),
        QStringLiteral("Deutsch"), QStringLiteral("English")};
    const QString text = entry.section(QStringLiteral(": "), 1);
    return whole.contains(text)
        || std::any_of(names.begin(), names.end(), [&](const QString &name) { return text.contains(name); });
}

class TestInterfaceTexts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_before = languageSetting(); }
    void cleanupTestCase() { switchLanguage(m_before); }

    void germanWindowHasNoEnglishLeft()
    {
        QTemporaryDir dir;
        auto texts = [&](const QString &language) {
            switchLanguage(language);
            MainWindow window(ArticleStore::open(dir.filePath(language + QStringLiteral(".sqlite"))).value());
            return interfaceTexts(&window);
        };
        const QStringList english = texts(QStringLiteral("en"));
        const QStringList german = texts(QStringLiteral("de"));
        QCOMPARE(german.size(), english.size());
        QVERIFY(german.size() > 150);
        QStringList leftovers;
        for (qsizetype i = 0; i < german.size(); ++i) {
            if (german.at(i) == english.at(i) && !german.at(i).startsWith(QLatin1String("date format"))
                && !sameInBothLanguages(german.at(i)))
                leftovers.append(german.at(i));
        }
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char('\n'))));
    }

    void switchedWindowSaysWhatAGermanWindowSays()
    {
        QTemporaryDir dir;
        switchLanguage(QStringLiteral("de"));
        QStringList fresh;
        {
            MainWindow window(ArticleStore::open(dir.filePath(QStringLiteral("de.sqlite"))).value());
            fresh = interfaceTexts(&window);
        }
        switchLanguage(QStringLiteral("en"));
        MainWindow window(ArticleStore::open(dir.filePath(QStringLiteral("en.sqlite"))).value());
        switchLanguage(QStringLiteral("de"));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QStringList switched = interfaceTexts(&window);
        // The menus are built again on a switch, so their actions come later in the list.
        fresh.sort();
        switched.sort();
        QStringList missing;
        QStringList extra;
        for (const QString &text : std::as_const(fresh)) {
            if (!switched.contains(text))
                missing.append(text);
        }
        for (const QString &text : std::as_const(switched)) {
            if (!fresh.contains(text))
                extra.append(text);
        }
        QVERIFY2(missing.isEmpty() && extra.isEmpty(),
            qPrintable(QStringLiteral("still in English after the switch:\n%1\nexpected:\n%2")
                           .arg(extra.join(QLatin1Char('\n')), missing.join(QLatin1Char('\n')))));
    }

    void datesAndPeriodsInGerman()
    {
        switchLanguage(QStringLiteral("de"));
        QCOMPARE(shortDateFormat(), QStringLiteral("dd.MM.yyyy"));
        QCOMPARE(readableNorm(QStringLiteral("2025-10-14")), QStringLiteral("14.10.2025"));
        QCOMPARE(readableNorm(QStringLiteral("2025-10")), QStringLiteral("Oktober 2025"));
        QCOMPARE(readableNorm(QStringLiteral("2025-Q3")), QStringLiteral("3. Quartal 2025"));
        QCOMPARE(readableNorm(QStringLiteral("2025-H1")), QStringLiteral("1. Halbjahr 2025"));
        QCOMPARE(readableNorm(QStringLiteral("2025-W42")), QStringLiteral("KW 42/2025"));
        QCOMPARE(readableNorm(QStringLiteral("195X")), QStringLiteral("die 1950er"));
        QCOMPARE(readableNorm(QStringLiteral("2025")), QStringLiteral("2025"));
        QCOMPARE(
            readableNorm(QStringLiteral("2025-10-11/2025-10-12")), QStringLiteral("11.10.2025 – 12.10.2025"));
        QCOMPARE(readableNorm(QStringLiteral("morgen")), QStringLiteral("morgen"));

        // TimelineJS shows display_date, the headline and the group as they are: in German.
        TimelineEvent event;
        event.id = 7;
        event.day = QDate(2025, 7, 1);
        event.norm = QStringLiteral("2025-Q3");
        event.precision = DatePrecisionKind::Quarter;
        event.relation = QStringLiteral("supplies");
        event.source = QStringLiteral("Nvidia");
        event.target = QStringLiteral("Huawei");
        event.label = QStringLiteral("supplies: Nvidia → Huawei");
        event.outlet = QStringLiteral("Chipmarkt Aktuell");
        event.published = QStringLiteral("2025-10-14T08:30:00+02:00");
        event.title = QStringLiteral("Titel");
        const QJsonObject json = QJsonDocument::fromJson(timelineJs({event}, QStringLiteral("T"), QString()))
                                     .object()
                                     .value(QStringLiteral("events"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(json.value(QStringLiteral("display_date")).toString(),
            QStringLiteral("3. Quartal 2025 (Veröffentlichungsdatum)"));
        QCOMPARE(json.value(QStringLiteral("group")).toString(), QStringLiteral("beliefert"));
        const QJsonObject text = json.value(QStringLiteral("text")).toObject();
        QCOMPARE(
            text.value(QStringLiteral("headline")).toString(), QStringLiteral("beliefert: Nvidia → Huawei"));
        QVERIFY2(text.value(QStringLiteral("text"))
                     .toString()
                     .contains(QStringLiteral("Chipmarkt Aktuell, 14.10.2025")),
            qPrintable(text.value(QStringLiteral("text")).toString()));
        switchLanguage(QStringLiteral("en"));
        QCOMPARE(readableNorm(QStringLiteral("2025-Q3")), QStringLiteral("Q3 2025"));
    }

private:
    QString m_before;
};

} // namespace

QTEST_MAIN(TestInterfaceTexts)
#include "tst_interfacetexts.moc"
