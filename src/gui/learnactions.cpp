// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/learnactions.h"

#include "services/learnjob.h"
#include "services/learnservice.h"
#include "store/adaptationrepository.h"
#include "store/corpussource.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

namespace Lagebild {

LearnActions::LearnActions(CorpusSource &source, QWidget *window)
    : QObject(window), m_source(source), m_window(window)
{
    m_learn = new QAction(this);
    connect(m_learn, &QAction::triggered, this, &LearnActions::learn);
    m_forget = new QAction(this);
    connect(m_forget, &QAction::triggered, this, &LearnActions::askToForget);
    m_texts.add([this] {
        m_learn->setText(tr("&Learn from My Corrections"));
        m_learn->setStatusTip(isTeamDatabase()
                ? tr("Adapt the name finder to this team database from the articles whose names were marked, "
                     "changed or removed by hand; the workers then analyse all articles again")
                : tr("Adapt the name finder to this database from the articles whose names you marked, "
                     "changed or removed, then analyse all articles again"));
        m_forget->setText(tr("&Forget Learned Corrections"));
        m_forget->setStatusTip(tr("Analyse with the name finder as shipped again; your corrections stay"));
    });
    updateActions();
}

LearnActions::~LearnActions() = default; // the job, a child, cancels and waits

bool LearnActions::isRunning() const
{
    return m_running;
}

bool LearnActions::isTeamDatabase() const
{
    return m_source.backend() == Backend::Postgres;
}

void LearnActions::learn()
{
    if (isRunning())
        return;
    delete m_job;
    m_job = new LearnJob(m_source.connectionLocation(), this);
    connect(m_job, &LearnJob::progress, this, &LearnActions::progress);
    connect(m_job, &LearnJob::finished, this, &LearnActions::jobFinished);
    m_running = true; // until jobFinished(), however fast the job is
    updateActions();
    Q_EMIT progress(0, 1);
    m_job->start();
}

void LearnActions::cancel()
{
    if (m_job)
        m_job->cancel();
}

void LearnActions::jobFinished()
{
    const LearnSummary s = m_job->summary();
    m_running = false;
    updateActions();
    Q_EMIT finished();
    if (!s.error.isEmpty()) {
        Q_EMIT failed(tr("Learning from corrections failed; nothing changed: %1").arg(s.error));
        return;
    }
    if (s.cancelled) {
        Q_EMIT message(tr("Learning cancelled; nothing changed."));
        return;
    }
    if (s.articles == 0) {
        Q_EMIT message(tr("Nothing to learn from yet: mark, change or remove names in the reader first."));
        return;
    }
    Q_EMIT message(isTeamDatabase()
            ? tr("Learned from %n corrected article(s); the workers analyse all articles again with it.",
                nullptr, s.articles)
            : tr("Learned from %n corrected article(s); analysing all articles again.", nullptr, s.articles));
    Q_EMIT analysisDue();
}

void LearnActions::askToForget()
{
    if (QMessageBox::question(m_window, tr("Forget Learned Corrections"),
            tr("Analyse with the name finder as shipped again? The names you corrected by hand stay; you "
               "can learn from them again at any time."))
        == QMessageBox::Yes)
        forget();
}

void LearnActions::forget()
{
    // One short transaction on the window's connection: a row deleted and the rules version raised.
    auto forgot = LearnService(m_source.sql(), {}).forget();
    updateActions();
    if (!forgot) {
        Q_EMIT failed(
            tr("Forgetting the learned corrections failed; nothing changed: %1").arg(forgot.errorMessage()));
        return;
    }
    if (!forgot.value())
        return;
    Q_EMIT message(isTeamDatabase()
            ? tr("Forgot what was learned; the workers analyse all articles again without it.")
            : tr("Forgot what was learned; analysing all articles again."));
    Q_EMIT analysisDue();
}

void LearnActions::updateActions()
{
    const bool running = isRunning();
    m_learn->setEnabled(!running);
    auto stored = AdaptationRepository(m_source.sql()).hasAdaptation();
    m_forget->setEnabled(!running && stored && stored.value());
}

} // namespace Lagebild
