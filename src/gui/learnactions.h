// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/translatedtexts.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Lagebild {

class ArticleStore;
class LearnJob;

/// Analysis → Learn from My Corrections and Forget Learned Corrections: adapting the name
/// tagger to this database from the articles the analyst corrected (services/learnservice.h),
/// in the background with progress and cancel. Either way every article becomes due; the window
/// then runs its analysis.
class LearnActions final : public QObject
{
    Q_OBJECT
public:
    LearnActions(ArticleStore &store, QWidget *window);
    ~LearnActions() override;

    [[nodiscard]] QAction *learnAction() const { return m_learn; }
    /// The actions' texts in the interface language now (the window calls it on a change).
    void retranslate() { m_texts.retranslate(); }
    [[nodiscard]] QAction *forgetAction() const { return m_forget; }
    [[nodiscard]] bool isRunning() const;

    /// Starts learning on a worker thread; progress() while it runs, finished() after.
    void learn();
    void cancel();
    /// Removes what was learned (the corrections themselves stay), without asking.
    void forget();

Q_SIGNALS:
    /// Learning or forgetting failed; nothing changed.
    void failed(const QString &message);
    void progress(int done, int total);
    void finished();
    /// Learned or forgotten: every article is due for analysis.
    void analysisDue();
    void message(const QString &text);

private:
    void jobFinished();
    void askToForget();
    void updateActions();

    ArticleStore &m_store;
    QWidget *m_window;
    TranslatedTexts m_texts;
    QAction *m_learn;
    QAction *m_forget;
    LearnJob *m_job = nullptr;
    bool m_running = false;
};

} // namespace Lagebild
