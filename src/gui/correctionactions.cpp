// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/correctionactions.h"

#include "core/dateformat.h"
#include "gui/conflictnotice.h"
#include "gui/correctioncommands.h"
#include "gui/entitymanagerdialog.h"
#include "gui/entitystyle.h"
#include "gui/mentionconflict.h"
#include "gui/mentionguess.h"
#include "gui/readerview.h"
#include "gui/undocommands.h"
#include "models/articlementionsmodel.h"
#include "models/issuemodel.h"
#include "store/articleeditor.h"
#include "store/articlequery.h"
#include "store/corpusreader.h"
#include "store/corpussource.h"
#include "store/edithistory.h"
#include "store/entityrules.h"
#include "store/mentioncorrections.h"
#include "store/mentionreads.h"
#include "text/locale.h"
#include "ui_datedialog.h"
#include "ui_mentiondialog.h"

#include "gui/editstack.h"
#include <QAction>
#include <QCompleter>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStringListModel>
#include <QTimer>

#include <memory>

namespace Lagebild {

namespace {

bool isValueType(const QString &type)
{
    return type == QLatin1String("QUANTITY") || type == QLatin1String("DATE");
}

QStringList entityNames(SqlReader &sql, const QString &type)
{
    QStringList names;
    if (auto list = listEntities(sql, type)) {
        for (const EntitySummary &e : list.value())
            names.append(e.canonical);
    }
    Text::sortGerman(names);
    return names;
}

// Where a publication date was read, in the analyst's words.
QString originText(DateOrigin origin)
{
    switch (origin) {
    case DateOrigin::Metadata:
        return CorrectionActions::tr("Read from the page's metadata");
    case DateOrigin::FileName:
        return CorrectionActions::tr("Read from the file name");
    case DateOrigin::Text:
        return CorrectionActions::tr("Read from the text");
    case DateOrigin::Manual:
        return CorrectionActions::tr("Set by hand");
    case DateOrigin::None:
        break;
    }
    return CorrectionActions::tr("Origin unknown");
}

} // namespace

CorrectionActions::CorrectionActions(CorpusSource &source, CorpusReader &articles, ArticleEditor &editor,
    AnalyseArticle analyse, EditStack *undo, ReaderView *reader, ArticleMentionsModel *mentions,
    QWidget *window)
    : QObject(window)
    , m_source(source)
    , m_articles(articles)
    , m_editor(editor)
    , m_analyse(std::move(analyse))
    , m_undo(undo)
    , m_reader(reader)
    , m_mentions(mentions)
    , m_window(window)
{
    m_mark = new QAction(this);
    m_mark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_mark, &QAction::triggered, this, &CorrectionActions::askToMark);

    m_typeMenu = new QMenu(window);
    for (const QString &type : entityTypes()) {
        if (isValueType(type))
            continue;
        QAction *typeAction = m_typeMenu->addAction(entityStyle(type).label, this, [this, type] {
            if (auto m = currentMention())
                changeMentionType(*m, type);
        });
        m_texts.add([typeAction, type] { typeAction->setText(entityStyle(type).label); });
    }
    m_link = new QAction(this);
    m_link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_link, &QAction::triggered, this, &CorrectionActions::askToLink);
    m_remove = new QAction(this);
    m_remove->setShortcut(QKeySequence::Delete);
    // Delete belongs to the reader; elsewhere it may mean something else.
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    reader->addAction(m_remove);
    connect(m_remove, &QAction::triggered, this, [this] {
        if (auto m = currentMention())
            removeMention(*m);
    });
    m_manager = new QAction(this);
    m_manager->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_manager, &QAction::triggered, this, &CorrectionActions::openEntityManager);
    m_date = new QAction(this);
    m_date->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_date, &QAction::triggered, this, &CorrectionActions::askForDate);
    m_texts.add([this] {
        m_mark->setText(tr("&Mark as Mention…"));
        m_mark->setToolTip(tr("Mark the selected text as a mention of an entity"));
        m_typeMenu->setTitle(tr("Change Mention &Type"));
        m_link->setText(tr("&Link Mention to Entity…"));
        m_remove->setText(tr("&Remove Mention"));
        m_manager->setText(tr("&Entity Manager…"));
        m_date->setText(tr("Set Publication &Date…"));
    });

    reader->setContextActions(readerActions());
    connect(reader, &ReaderView::cursorMoved, this, &CorrectionActions::updateActions);
    connect(mentions, &QAbstractItemModel::modelReset, this, &CorrectionActions::updateActions);
    updateActions();
}

QList<QAction *> CorrectionActions::readerActions() const
{
    return {m_mark, m_typeMenu->menuAction(), m_link, m_remove, m_date};
}

std::optional<StoredMention> CorrectionActions::currentMention() const
{
    if (auto range = m_reader->selectedBodyRange())
        return m_mentions->mentionAt(range->first);
    const int offset = m_reader->cursorBodyOffset();
    if (offset < 0)
        return std::nullopt;
    // The cursor sits between characters: after the last letter of a mention counts too.
    if (auto m = m_mentions->mentionAt(offset))
        return m;
    return offset > 0 ? m_mentions->mentionAt(offset - 1) : std::nullopt;
}

void CorrectionActions::updateActions()
{
    const bool article = m_mentions->article() != 0;
    const auto mention = currentMention();
    m_mark->setEnabled(article && markRange().has_value());
    m_typeMenu->setEnabled(mention && !isValueType(mention->type));
    m_link->setEnabled(mention && !isValueType(mention->type));
    m_remove->setEnabled(mention.has_value());
    m_date->setEnabled(article);
}

StoredMention CorrectionActions::newMention(int start, int end, const QString &body, const QString &type,
    const QString &canonical, const QString &value, const QString &unit) const
{
    StoredMention m;
    m.start = start;
    m.end = end;
    m.type = type;
    m.text = body.mid(start, end - start);
    m.canonical = canonical.isEmpty() ? m.text : canonical;
    m.manual = true;
    if (type == QLatin1String("QUANTITY")) {
        m.value = value;
        m.unit = unit;
    } else if (type == QLatin1String("DATE")) {
        m.norm = value;
    }
    return m;
}

void CorrectionActions::pushMentionChange(ArticleId article, const std::optional<StoredMention> &before,
    const std::optional<StoredMention> &after, const QString &text, WriteNotice notice)
{
    auto *command = new MentionCommand(
        m_source.sql(), article, before, after, text, [this](ArticleId id) { Q_EMIT articleChanged(id); },
        m_analyse);
    if (notice)
        command->setFirstWriteNotice(std::move(notice));
    m_undo->push(command);
}

void CorrectionActions::replaceMentions(ArticleId article, const std::vector<StoredMention> &overlapping,
    const StoredMention &mention, const QString &text, WriteNotice notice)
{
    // Every mention the new span touches gives way; the first one is replaced (one step to undo
    // when there is only one), the others removed.
    if (!m_undo->beginMacro(text)) {
        tellEditsWait();
        return;
    }
    for (size_t i = 1; i < overlapping.size(); ++i)
        pushMentionChange(article, overlapping[i], std::nullopt, text);
    // The notice goes with the write of the new mention: the one that replaces what stood there.
    pushMentionChange(article,
        overlapping.empty() ? std::nullopt : std::optional<StoredMention>(overlapping.front()), mention, text,
        std::move(notice));
    m_undo->endMacro();
}

namespace {

std::vector<StoredMention> overlappingMentions(SqlReader &sql, ArticleId article, int start, int end)
{
    std::vector<StoredMention> found;
    if (auto mentions = articleMentions(sql, article)) {
        for (const StoredMention &m : mentions.value()) {
            if (m.start < end && start < m.end)
                found.push_back(m);
        }
    }
    return found;
}

bool isWordCharacter(const QString &text, qsizetype at)
{
    return at >= 0 && at < text.size() && text.at(at).isLetterOrNumber();
}

} // namespace

void CorrectionActions::markMention(int start, int end, const QString &type, const QString &canonical,
    const QString &value, const QString &unit)
{
    const ArticleId article = m_mentions->article();
    const QString &body = m_reader->body();
    if (!article || start < 0 || end > body.size() || end <= start)
        return;
    const StoredMention m = newMention(start, end, body, type, canonical, value, unit);
    const std::vector<StoredMention> overlapping
        = overlappingMentions(m_source.reader(), article, start, end);
    // What stands there now is replaced, whoever wrote it; another writer's hand work is said
    // once the write has gone.
    WriteNotice notice;
    if (auto conflict = mentionConflict(
            m_mentions->mentionsIn(start, end), overlapping, removedMentionsIn(article, start, end)))
        notice = mentionConflictNotice(article, *conflict);
    replaceMentions(article, overlapping, m, tr("Mark “%1” as %2").arg(m.text, entityStyle(type).label),
        std::move(notice));
}

int CorrectionActions::markAllOccurrences(const QString &text, const QString &type, const QString &canonical,
    const QString &value, const QString &unit)
{
    const QString needle = text.simplified();
    if (needle.isEmpty())
        return 0;
    // The search index narrows the corpus to the articles that can contain the phrase; the
    // bodies decide where exactly, as whole words.
    ArticleFilter filter;
    filter.text = QLatin1Char('"') + QString(needle).remove(QLatin1Char('"')) + QLatin1Char('"');
    auto ids = ArticleQuery(m_source.reader()).ids(filter, ArticleOrder::Date, true);
    if (!ids)
        return 0;
    struct Occurrence
    {
        ArticleId article;
        std::vector<StoredMention> overlapping;
        StoredMention mention;
    };
    std::vector<Occurrence> found;
    for (const ArticleId id : ids.value()) {
        auto article = m_articles.article(id);
        if (!article || !article->has_value())
            continue;
        const QString &body = (**article).body;
        for (qsizetype at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + needle.size())) {
            const int start = int(at);
            const int end = int(at + needle.size());
            if (isWordCharacter(body, start - 1) || isWordCharacter(body, end))
                continue;
            StoredMention m = newMention(start, end, body, type, canonical, value, unit);
            std::vector<StoredMention> overlapping = overlappingMentions(m_source.reader(), id, start, end);
            // Already marked the same way: nothing to do there.
            if (overlapping.size() == 1 && overlapping.front().start == start
                && overlapping.front().end == end && overlapping.front().type == m.type
                && overlapping.front().canonical == m.canonical && overlapping.front().manual)
                continue;
            found.push_back({id, std::move(overlapping), std::move(m)});
        }
    }
    if (found.empty())
        return 0;
    if (!m_undo->beginMacro(tr("Mark %n occurrence(s) of “%1” as %2", nullptr, int(found.size()))
                                .arg(needle, entityStyle(type).label))) {
        tellEditsWait();
        return 0;
    }
    // Hand work replaced is said as for one mention, but in one notice for all occurrences, once
    // their writes have gone (a macro writes at once or not at all: it never waits).
    auto replaced = std::make_shared<QStringList>();
    const auto author = m_editor.author();
    const QString me = author ? author.value() : QString();
    for (const Occurrence &o : found) {
        // The article the reader shows: what it showed there. Any other: the window showed
        // nothing of it, so the hand-made mentions the marking replaces there are said when
        // another analyst made them — the article's newest hand change of a mention is not this
        // one's author's. The analyst's own earlier work is hers to mark over.
        const bool shownHere = o.article == m_mentions->article();
        const std::vector<StoredMention> shown = shownHere
            ? m_mentions->mentionsIn(o.mention.start, o.mention.end)
            : std::vector<StoredMention> {};
        const auto conflict = mentionConflict(
            shown, o.overlapping, removedMentionsIn(o.article, o.mention.start, o.mention.end));
        const bool own = conflict && !shownHere && !me.isEmpty() && lastMentionEdit(o.article).first == me;
        WriteNotice notice;
        if (conflict && !own) {
            notice = [replaced, part = conflictSummaryPart(o.article, *conflict)](
                         EditCommand::FirstWrite) { replaced->append(part); };
        }
        replaceMentions(o.article, o.overlapping, o.mention,
            tr("Mark “%1” as %2").arg(needle, entityStyle(type).label), std::move(notice));
    }
    m_undo->endMacro();
    if (!replaced->isEmpty()) {
        Issue issue {IssueSeverity::Warning, IssueSource::Edit,
            tr("Marking “%1” replaced %n mention(s) changed by hand elsewhere: %2. Undo brings them back; "
               "the changes are in the articles' history.",
                nullptr, int(replaced->size()))
                .arg(needle, replaced->join(QStringLiteral("; ")))};
        Q_EMIT issueFound(issue);
    }
    return int(found.size());
}

std::optional<std::pair<int, int>> CorrectionActions::markRange() const
{
    if (auto range = m_reader->selectedBodyRange())
        return range;
    if (auto m = currentMention())
        return std::pair {m->start, m->end};
    return std::nullopt;
}

QString CorrectionActions::suggestedType(int start, int end) const
{
    return guessMentionType(
        m_source.reader(), m_mentions->article(), start, end, m_reader->body().mid(start, end - start));
}

std::vector<StoredMention> CorrectionActions::removedMentionsIn(ArticleId article, int start, int end)
{
    std::vector<StoredMention> found;
    if (auto markers = MentionCorrections(m_source.sql()).removedMentions(article)) {
        for (const StoredMention &m : markers.value()) {
            if (m.start < end && start < m.end)
                found.push_back(m);
        }
    }
    return found;
}

std::optional<std::optional<StoredMention>> CorrectionActions::replacedMention(
    ArticleId article, const StoredMention &shown, bool removing, WriteNotice &notice)
{
    const auto conflict
        = mentionConflict({shown}, overlappingMentions(m_source.reader(), article, shown.start, shown.end),
            removedMentionsIn(article, shown.start, shown.end));
    if (!conflict)
        return std::optional<StoredMention>(shown);
    // Removing what another writer removed already replaces nothing of theirs.
    if (removing && !conflict->stored)
        return std::nullopt;
    // The stored mention is what the correction replaces, so that undo brings it back. One of
    // another span would stay beside the correction, two hand-made mentions over one place: the
    // analyst sees theirs first and corrects that.
    if (conflict->stored && (conflict->stored->start != shown.start || conflict->stored->end != shown.end)) {
        reportUnwrittenConflict(article, *conflict);
        return std::nullopt;
    }
    notice = mentionConflictNotice(article, *conflict);
    if (conflict->stored)
        return conflict->stored;
    return std::optional<std::optional<StoredMention>>(std::in_place, std::nullopt);
}

void CorrectionActions::changeMentionType(const StoredMention &mention, const QString &type)
{
    if (mention.type == type)
        return;
    const ArticleId article = m_mentions->article();
    WriteNotice notice;
    const auto before = replacedMention(article, mention, false, notice);
    if (!before) {
        Q_EMIT articleChanged(article);
        return;
    }
    StoredMention after = mention;
    after.type = type;
    after.manual = true;
    pushMentionChange(article, *before, after,
        tr("Make “%1” a %2").arg(mention.text, entityStyle(type).label), std::move(notice));
}

void CorrectionActions::linkMention(const StoredMention &mention, const QString &canonical)
{
    if (canonical.isEmpty() || canonical == mention.canonical)
        return;
    const ArticleId article = m_mentions->article();
    WriteNotice notice;
    const auto before = replacedMention(article, mention, false, notice);
    if (!before) {
        Q_EMIT articleChanged(article);
        return;
    }
    StoredMention after = mention;
    after.canonical = canonical;
    after.manual = true;
    pushMentionChange(
        article, *before, after, tr("Link “%1” to %2").arg(mention.text, canonical), std::move(notice));
}

void CorrectionActions::removeMention(const StoredMention &mention)
{
    const ArticleId article = m_mentions->article();
    WriteNotice notice;
    const auto before = replacedMention(article, mention, true, notice);
    if (!before || !*before) {
        // Gone already: nothing to write; the reader shows the article as it is now.
        Q_EMIT articleChanged(article);
        return;
    }
    pushMentionChange(
        article, *before, std::nullopt, tr("Remove mention “%1”").arg(mention.text), std::move(notice));
}

std::pair<QString, QDateTime> CorrectionActions::lastMentionEdit(ArticleId article)
{
    if (auto edit = m_editor.lastEdit(article,
            {EditKind::MentionAdded, EditKind::MentionRemoved, EditKind::MentionRetyped,
                EditKind::MentionLinked, EditKind::MentionConfirmed, EditKind::MentionReset});
        edit && *edit)
        return {(*edit)->madeBy, (*edit)->madeAt.toLocalTime()};
    return {};
}

QString CorrectionActions::conflictNow(const MentionConflict &conflict)
{
    return conflict.stored
        ? tr("now %1: %2")
              .arg(entityStyle(conflict.stored->type).label, ArticleMentionsModel::describe(*conflict.stored))
        : tr("now removed");
}

Issue CorrectionActions::mentionConflictIssue(
    ArticleId article, const MentionConflict &conflict, bool &historyKnown)
{
    // Who changed the mention last, from the article's history: its newest hand change of a
    // mention, which the one found here is as a rule (two analysts seldom correct one article at
    // the same minute at two places).
    const auto [who, when] = lastMentionEdit(article);
    historyKnown = !who.isEmpty();
    const QString now = conflictNow(conflict);
    const QString text = conflict.shown.text.simplified();
    Issue issue {IssueSeverity::Warning, IssueSource::Edit,
        who.isEmpty()
            ? tr("The mention “%1” was changed elsewhere after this window read it (%2).").arg(text, now)
            : tr("The mention “%1” was changed by %2 at %3 after this window read it (%4).")
                  .arg(text, who, QLocale().toString(when, QLocale::ShortFormat), now)};
    issue.article = article;
    if (auto read = m_articles.article(article); read && read->has_value())
        issue.articleTitle = (**read).title;
    return issue;
}

QString CorrectionActions::conflictSummaryPart(ArticleId article, const MentionConflict &conflict)
{
    // As mentionConflictIssue(), short, for one notice over several articles.
    const auto [who, when] = lastMentionEdit(article);
    const QString now = conflictNow(conflict);
    QString title = tr("article %1").arg(article);
    if (auto read = m_articles.article(article); read && read->has_value())
        title = QStringLiteral("“%1”").arg((**read).title);
    return who.isEmpty()
        ? tr("in %1 (%2)").arg(title, now)
        : tr("in %1 by %2 at %3 (%4)").arg(title, who, QLocale().toString(when, QLocale::ShortFormat), now);
}

CorrectionActions::WriteNotice CorrectionActions::mentionConflictNotice(
    ArticleId article, const MentionConflict &conflict)
{
    // Read now: once written, the article's newest hand change in the history is this one.
    bool historyKnown = false;
    Issue issue = mentionConflictIssue(article, conflict, historyKnown);
    return conflictNotice(this, std::move(issue), ConflictEdit::Correction, historyKnown,
        [this](const Issue &said) { Q_EMIT issueFound(said); });
}

void CorrectionActions::reportUnwrittenConflict(ArticleId article, const MentionConflict &conflict)
{
    bool historyKnown = false;
    Issue issue = mentionConflictIssue(article, conflict, historyKnown);
    issue.message += QLatin1Char(' ')
        + tr("Your correction was not written: the reader shows the article as it "
             "is now; correct it there if it is still wrong.");
    Q_EMIT issueFound(issue);
}

void CorrectionActions::correctEntity(
    const QString &kind, const QString &entity, const QString &type, const QString &value)
{
    QString text;
    if (kind == QLatin1String("merge"))
        text = tr("Rename or merge %1 into %2").arg(entity, value);
    else if (kind == QLatin1String("retype"))
        text = tr("Make %1 a %2").arg(entity, entityStyle(value).label);
    else if (kind == QLatin1String("alias"))
        text = tr("Split “%1” off as %2").arg(value, entity);
    else
        text = tr("Ignore %1").arg(entity);
    m_undo->push(new CorrectionCommand(
        m_source.sql(), kind, entity, type, value, text, [this] { Q_EMIT rulesChanged(); }));
}

void CorrectionActions::tellEditsWait()
{
    QMessageBox::information(m_window, tr("Edits Waiting"),
        tr("Edits wait for the team database to answer. A mention is marked once they are written; "
           "nothing of this one was stored."));
}

void CorrectionActions::setPublicationDate(
    ArticleId article, const PublicationDate &date, const std::optional<PublicationDate> &shown)
{
    // A date the analyst set is never dropped unseen: when it cannot be written, the issues panel
    // says which.
    const auto notSaved = [&](const QString &reason) {
        Issue issue {IssueSeverity::Error, IssueSource::Edit,
            tr("The publication date %1 of article %2 was not saved: %3.")
                .arg(date.toIsoString())
                .arg(article)
                .arg(reason)};
        issue.article = article;
        Q_EMIT issueFound(issue);
    };
    auto current = m_articles.article(article);
    std::optional<PublicationDate> before;
    if (!current) {
        // The article could not be read again (a team server gone away while the dialog was open,
        // a disk error): the date shown is what the edit replaces, and the edit is written, waits
        // for the server (EditStack) or is reported as failed like any edit.
        if (!shown) {
            notSaved(tr("the article could not be read (%1)").arg(current.errorMessage()));
            return;
        }
        before = shown;
    } else if (!current->has_value()) {
        notSaved(tr("the article is no longer in the database"));
        return;
    } else {
        before = (**current).published;
    }
    if (*before == date)
        return;
    auto *command = new PublicationDateCommand(
        m_editor, article, *before, date, [this](ArticleId id) { Q_EMIT articleChanged(id); });
    if (current && current->has_value() && shown && *shown != *before)
        command->setFirstWriteNotice(dateConflictNotice(**current));
    m_undo->push(command);
}

CorrectionActions::WriteNotice CorrectionActions::dateConflictNotice(const Article &article)
{
    // Who set the date the analyst is about to replace, from the article's history: read now, as
    // once written the newest date there is this one. Said as the write goes (conflictnotice.h).
    QString who;
    QDateTime when;
    if (auto edit = m_editor.lastEdit(article.id, {EditKind::DateSet, EditKind::DateCleared});
        edit && *edit) {
        who = (*edit)->madeBy;
        when = (*edit)->madeAt.toLocalTime();
    }
    Issue issue {IssueSeverity::Warning, IssueSource::Edit,
        who.isEmpty() ? tr("The publication date was changed elsewhere while you edited it.")
                      : tr("The publication date was changed by %1 at %2 while you edited it.")
                            .arg(who, QLocale().toString(when, QLocale::ShortFormat))};
    issue.article = article.id;
    issue.articleTitle = article.title;
    return conflictNotice(this, std::move(issue), ConflictEdit::Date, !who.isEmpty(),
        [this](const Issue &said) { Q_EMIT issueFound(said); });
}

EntityManagerDialog *CorrectionActions::entityManager() const
{
    return m_dialog;
}

void CorrectionActions::openEntityManager()
{
    if (!m_dialog) {
        m_dialog = new EntityManagerDialog(m_source.reader(), m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &EntityManagerDialog::correctionRequested, this, &CorrectionActions::correctEntity);
        connect(m_dialog, &EntityManagerDialog::filterRequested, this, &CorrectionActions::filterRequested);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void CorrectionActions::analysisFinished()
{
    if (m_dialog)
        m_dialog->reload();
}

void CorrectionActions::askToMark()
{
    const auto range = markRange();
    if (!range || !m_mentions->article())
        return;
    QDialog dialog(m_window);
    Ui::MentionDialog form;
    form.setupUi(&dialog);
    // The mention inside its surroundings, selected: Shift+arrows (or the mouse) move its ends.
    const QString &body = m_reader->body();
    constexpr int around = 80;
    const int contextStart = std::max(0, range->first - around);
    const int contextEnd = std::min(int(body.size()), range->second + around);
    QString context = body.mid(contextStart, contextEnd - contextStart);
    context.replace(QLatin1Char('\n'), QLatin1Char(' ')); // same length: offsets stay
    form.text->setText(context);
    auto selectSpan = [&form, contextStart, range] {
        form.text->setSelection(range->first - contextStart, range->second - range->first);
    };
    selectSpan();
    // Tabbing into a line edit selects all of it; here that would lose the span.
    struct KeepSpan : QObject
    {
        std::function<void()> restore;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::FocusIn)
                QTimer::singleShot(0, this, restore);
            return false;
        }
    } keepSpan;
    std::pair<int, int> span = *range;
    keepSpan.restore = [&form, &span, contextStart] {
        form.text->setSelection(span.first - contextStart, span.second - span.first);
    };
    form.text->installEventFilter(&keepSpan);
    connect(form.text, &QLineEdit::selectionChanged, &dialog, [&] {
        if (form.text->hasSelectedText() && form.text->selectedText().size() < context.size()) {
            span = {contextStart + form.text->selectionStart(),
                contextStart + form.text->selectionStart() + int(form.text->selectedText().size())};
            form.allOccurrences->setText(tr("Apply to &all occurrences of “%1” in the corpus")
                                             .arg(body.mid(span.first, span.second - span.first)));
        }
    });
    for (const QString &type : entityTypes())
        form.type->addItem(entityStyle(type).label, type);
    // The engine's best guess first, so a known person is not offered as a company.
    const QString guess = suggestedType(range->first, range->second);
    if (!guess.isEmpty())
        form.type->setCurrentIndex(std::max(0, form.type->findData(guess)));
    const auto existing = m_mentions->mentionAt(range->first);
    form.entity->setText(existing && existing->start == range->first && existing->end == range->second
            ? existing->canonical
            : body.mid(range->first, range->second - range->first));
    form.allOccurrences->setText(tr("Apply to &all occurrences of “%1” in the corpus")
                                     .arg(body.mid(range->first, range->second - range->first)));
    auto *completer = new QCompleter(&dialog);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    form.entity->setCompleter(completer);
    auto typeChanged = [&] {
        const QString type = form.type->currentData().toString();
        const bool value = isValueType(type);
        form.entity->setEnabled(!value);
        form.value->setEnabled(value);
        form.unit->setEnabled(type == QLatin1String("QUANTITY"));
        if (!value)
            completer->setModel(new QStringListModel(entityNames(m_source.reader(), type), completer));
    };
    connect(form.type, &QComboBox::currentIndexChanged, &dialog, typeChanged);
    typeChanged();
    // The span has the focus: its selection shows which words are the mention (an unfocused
    // line edit does not show it), Shift+arrows adjust it at once, Enter accepts the guessed type.
    form.text->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString type = form.type->currentData().toString();
    const QString marked = body.mid(span.first, span.second - span.first);
    // The entity name follows a widened or narrowed span unless the analyst typed another one.
    QString canonical = form.entity->text().simplified();
    if (canonical == body.mid(range->first, range->second - range->first).simplified())
        canonical = marked.simplified();
    if (form.allOccurrences->isChecked())
        markAllOccurrences(
            marked, type, canonical, form.value->text().simplified(), form.unit->text().simplified());
    else
        markMention(span.first, span.second, type, canonical, form.value->text().simplified(),
            form.unit->text().simplified());
}

void CorrectionActions::askToLink()
{
    const auto mention = currentMention();
    if (!mention)
        return;
    QDialog dialog(m_window);
    Ui::MentionDialog form;
    form.setupUi(&dialog);
    dialog.setWindowTitle(tr("Link Mention to Entity"));
    form.text->setText(mention->text);
    form.type->addItem(entityStyle(mention->type).label, mention->type);
    form.type->setEnabled(false);
    for (QWidget *w :
        std::initializer_list<QWidget *> {form.value, form.valueLabel, form.unit, form.unitLabel})
        w->hide();
    form.entity->setText(mention->canonical);
    auto *completer = new QCompleter(entityNames(m_source.reader(), mention->type), &dialog);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    form.entity->setCompleter(completer);
    if (dialog.exec() == QDialog::Accepted)
        linkMention(*mention, form.entity->text().simplified());
}

void CorrectionActions::askForDate()
{
    const ArticleId id = m_mentions->article();
    auto article = id ? m_articles.article(id) : Expected<std::optional<Article>>(std::optional<Article> {});
    if (!article) {
        QMessageBox::warning(m_window, tr("Publication Date"),
            tr("The article could not be read: %1").arg(article.errorMessage()));
        return;
    }
    if (!article->has_value())
        return;
    const PublicationDate current = (**article).published;
    QDialog dialog(m_window);
    Ui::DateDialog form;
    form.setupUi(&dialog);
    form.precision->addItem(tr("No date"), int(DatePrecision::None));
    form.precision->addItem(tr("Year"), int(DatePrecision::Year));
    form.precision->addItem(tr("Month"), int(DatePrecision::Month));
    form.precision->addItem(tr("Day"), int(DatePrecision::Day));
    const DatePrecision shown
        = current.precision == DatePrecision::Minute ? DatePrecision::Day : current.precision;
    form.precision->setCurrentIndex(form.precision->findData(int(shown)));
    form.date->setDisplayFormat(shortDateFormat());
    form.date->setDate(current.isValid() ? current.date : QDate::currentDate());
    connect(form.precision, &QComboBox::currentIndexChanged, &dialog,
        [&] { form.date->setEnabled(form.precision->currentData().toInt() != int(DatePrecision::None)); });
    form.date->setEnabled(current.isValid());
    form.origin->setText(current.isValid()
            ? originText(current.origin) + (current.uncertain ? tr(" (uncertain)") : QString())
            : tr("No publication date was found in the file."));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate day = form.date->date();
    PublicationDate date;
    switch (DatePrecision(form.precision->currentData().toInt())) {
    case DatePrecision::Year:
        date = PublicationDate::year(day.year(), DateOrigin::Manual);
        break;
    case DatePrecision::Month:
        date = PublicationDate::month(day.year(), day.month(), DateOrigin::Manual);
        break;
    case DatePrecision::Day:
        date = PublicationDate::day(day, DateOrigin::Manual);
        break;
    default:
        date.origin = DateOrigin::Manual;
        break;
    }
    setPublicationDate(id, date, current);
}

} // namespace Lagebild
