// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/translatedtexts.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Lagebild {

class CorpusSource;
class LearnJob;

/// Analysis → Learn from My Corrections and Forget Learned Corrections: adapting the name
/// tagger to this database from the articles the analyst corrected (services/learnservice.h),
/// in the background with progress and cancel, on a file or a team database. Either way every
/// article becomes due: on a file the window then runs its analysis, on a team database the
/// workers do.
class LearnActions final : public QObject
{
    Q_OBJECT
public:
    /// `source` (the window's corpus) must outlive the actions.
    LearnActions(CorpusSource &source, QWidget *window);
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
    /// Enables Forget as the database says now: on a team database another analyst may have
    /// learned or forgotten meanwhile (the window calls it when its menu opens).
    void updateActions();

Q_SIGNALS:
    /// Learning or forgetting failed; nothing changed.
    void failed(const QString &message);
    void progress(int done, int total);
    void finished();
    /// Learned or forgotten: every article is due for analysis (on a team database the workers
    /// have been told).
    void analysisDue();
    void message(const QString &text);

private:
    void jobFinished();
    void askToForget();
    [[nodiscard]] bool isTeamDatabase() const;

    CorpusSource &m_source;
    QWidget *m_window;
    TranslatedTexts m_texts;
    QAction *m_learn;
    QAction *m_forget;
    LearnJob *m_job = nullptr;
    bool m_running = false;
};

} // namespace Lagebild
