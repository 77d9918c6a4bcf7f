// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

namespace Lagebild {

class MainWindow;

/// Walks through the workbench's screens and saves a picture of each to a folder, then quits:
/// the README's screenshots, taken by the application itself so they show what a user sees.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, QString folder);

    void start();

private:
    void next();
    void save(QWidget *widget, const QString &name);

    MainWindow *m_window;
    QString m_folder;
    std::vector<std::function<void()>> m_steps;
    size_t m_step = 0;
    qint64 m_reviewed = 0; ///< the relation confirmed for the pictures of reviewing
};

} // namespace Lagebild
