// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "store/analysisrepository.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace Lagebild {

class ArticleMentionsModel;
class ArticleStore;
class EntityManagerDialog;
class ReaderView;

/// The analyst's corrections of what the engine found: marking text as a mention, changing a
/// mention's type or entity, removing it (in the reader), the entity manager's rules, and the
/// publication date. Every correction is one undo step, written at once.
class CorrectionActions final : public QObject
{
    Q_OBJECT
public:
    CorrectionActions(ArticleStore &store, QUndoStack *undo, ReaderView *reader,
        ArticleMentionsModel *mentions, QWidget *window);

    /// Actions on the reader's selection or the mention under its cursor, for menus.
    [[nodiscard]] QList<QAction *> readerActions() const;
    [[nodiscard]] QAction *entityManagerAction() const { return m_manager; }
    [[nodiscard]] QAction *dateAction() const { return m_date; }
    [[nodiscard]] EntityManagerDialog *entityManager() const;

    void markMention(int start, int end, const QString &type, const QString &canonical,
        const QString &value = {}, const QString &unit = {});
    void changeMentionType(const StoredMention &mention, const QString &type);
    void linkMention(const StoredMention &mention, const QString &canonical);
    void removeMention(const StoredMention &mention);
    void correctEntity(const QString &kind, const QString &entity, const QString &type, const QString &value);
    void setPublicationDate(ArticleId article, const PublicationDate &date);
    void openEntityManager();
    /// After an analysis: the manager lists the entities anew.
    void analysisFinished();

Q_SIGNALS:
    /// An article's mentions or date changed; it is shown and counted again.
    void articleChanged(Lagebild::ArticleId id);
    /// The rules changed: every article is due for analysis.
    void rulesChanged();
    void filterRequested(const QString &type, const QString &canonical);

private:
    void updateActions();
    [[nodiscard]] std::optional<StoredMention> currentMention() const;
    void askToMark();
    void askToLink();
    void askForDate();

    ArticleStore &m_store;
    QUndoStack *m_undo;
    ReaderView *m_reader;
    ArticleMentionsModel *m_mentions;
    QWidget *m_window;
    QAction *m_mark = nullptr;
    QMenu *m_typeMenu = nullptr;
    QAction *m_link = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_manager = nullptr;
    QAction *m_date = nullptr;
    QPointer<EntityManagerDialog> m_dialog;
};

} // namespace Lagebild
