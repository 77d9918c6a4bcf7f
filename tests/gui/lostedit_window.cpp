// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window as a process of its own for tst_lostedit, which drives it one line at a
// time over stdin/stdout and ends it with SIGKILL, the way the analyst's session ended:
//   "dialog"        File → Import, then "Add Files…": the file dialog lists the working folder
//                   (the database's); answered "listed TYPES" (the types shown for the database,
//                   -wal and -shm files, which the dialog only knows after reading them), then
//                   closed.
//   "tag ID TAG"    the window tags the article; answered "tagged TAGS" as the table shows them.

#include "gui/importdialog.h"
#include "gui/mainwindow.h"
#include "models/articletablemodel.h"
#include "models/roles.h"
#include "store/articlestore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QPushButton>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Lagebild;

namespace {

void answer(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

/// Waits (polling: the dialog runs its own event loop) until the modal file dialog shows a type
/// for each of the database's files, which it only knows after reading them, then closes it.
void closeOnceListed(const QString &db, int attemptsLeft)
{
    auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
    auto *model = dialog ? dialog->findChild<QFileSystemModel *>() : nullptr;
    if (dialog && !model)
        qFatal("the import dialog is a native one; run with QT_QPA_PLATFORM=offscreen");
    if (dialog && dialog->nameFilters().size() > 1
        && dialog->selectedNameFilter() != dialog->nameFilters().last())
        dialog->selectNameFilter(dialog->nameFilters().last()); // All files (*)
    QStringList types;
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString type = model ? model->type(model->index(db + QLatin1String(suffix))) : QString();
        if (!type.isEmpty())
            types.append(type);
    }
    if (types.size() == 3 || attemptsLeft == 0) {
        // A moment more for whatever else the dialog does with the listing, then close it.
        QTimer::singleShot(300, qApp, [types] {
            if (auto *open = qobject_cast<QFileDialog *>(QApplication::activeModalWidget()))
                open->reject();
            answer(
                QStringLiteral("listed ") + (types.isEmpty() ? QStringLiteral("nothing") : types.join(u',')));
        });
        return;
    }
    QTimer::singleShot(50, qApp, [db, attemptsLeft] { closeOnceListed(db, attemptsLeft - 1); });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2)
        qFatal("usage: lostedit_window DATABASE");
    const QString db = QFile::decodeName(argv[1]);
    auto store = ArticleStore::open(db);
    if (!store)
        qFatal("%s", qPrintable(store.errorMessage()));
    MainWindow window(std::move(store.value()));
    window.show();

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &window, [&] {
        char buffer[256];
        if (!std::fgets(buffer, sizeof buffer, stdin)) {
            input.setEnabled(false);
            return;
        }
        const QStringList words = QString::fromUtf8(buffer).simplified().split(u' ');
        if (words.value(0) == QLatin1String("dialog")) {
            window.openImportDialog();
            auto *add = window.importDialog()->findChild<QPushButton *>(QStringLiteral("addFiles"));
            QTimer::singleShot(0, qApp, [db] { closeOnceListed(db, 400); });
            add->click(); // returns once closeOnceListed has closed the dialog
            window.importDialog()->close();
        } else if (words.value(0) == QLatin1String("tag") && words.size() == 3) {
            const ArticleId id = words.at(1).toLongLong();
            window.tagArticles({id}, {words.at(2)});
            QString shown;
            for (int row = 0; row < window.articleModel()->rowCount(); ++row) {
                const QModelIndex index = window.articleModel()->index(row, ArticleTableModel::TagsColumn);
                if (index.data(ArticleIdRole).toLongLong() == id)
                    shown = index.data().toString();
            }
            answer(QStringLiteral("tagged ") + shown);
        }
    });
    answer(QStringLiteral("ready"));
    return app.exec();
}
