// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/correctionactions.h"

#include "gui/correctioncommands.h"
#include "gui/entitymanagerdialog.h"
#include "gui/entitystyle.h"
#include "gui/readerview.h"
#include "gui/undocommands.h"
#include "models/articlementionsmodel.h"
#include "store/articlestore.h"
#include "text/locale.h"
#include "ui_datedialog.h"
#include "ui_mentiondialog.h"

#include <QAction>
#include <QCompleter>
#include <QMenu>
#include <QStringListModel>
#include <QUndoStack>

namespace Lagebild {

namespace {

bool isValueType(const QString &type)
{
    return type == QLatin1String("QUANTITY") || type == QLatin1String("DATE");
}

QStringList entityNames(ArticleStore &store, const QString &type)
{
    QStringList names;
    AnalysisRepository repository(store.database());
    if (auto list = repository.entities(type)) {
        for (const EntitySummary &e : list.value())
            names.append(e.canonical);
    }
    Text::sortGerman(names);
    return names;
}

} // namespace

CorrectionActions::CorrectionActions(ArticleStore &store, QUndoStack *undo, ReaderView *reader,
    ArticleMentionsModel *mentions, QWidget *window)
    : QObject(window), m_store(store), m_undo(undo), m_reader(reader), m_mentions(mentions), m_window(window)
{
    m_mark = new QAction(tr("&Mark as Mention…"), this);
    m_mark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_mark->setToolTip(tr("Mark the selected text as a mention of an entity"));
    connect(m_mark, &QAction::triggered, this, &CorrectionActions::askToMark);

    m_typeMenu = new QMenu(tr("Change Mention &Type"), window);
    for (const QString &type : entityTypes()) {
        if (isValueType(type))
            continue;
        m_typeMenu->addAction(entityStyle(type).label, this, [this, type] {
            if (auto m = currentMention())
                changeMentionType(*m, type);
        });
    }
    m_link = new QAction(tr("&Link Mention to Entity…"), this);
    m_link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_link, &QAction::triggered, this, &CorrectionActions::askToLink);
    m_remove = new QAction(tr("&Remove Mention"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    // Delete belongs to the reader; elsewhere it may mean something else.
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    reader->addAction(m_remove);
    connect(m_remove, &QAction::triggered, this, [this] {
        if (auto m = currentMention())
            removeMention(*m);
    });
    m_manager = new QAction(tr("&Entity Manager…"), this);
    m_manager->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_manager, &QAction::triggered, this, &CorrectionActions::openEntityManager);
    m_date = new QAction(tr("Set Publication &Date…"), this);
    m_date->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_date, &QAction::triggered, this, &CorrectionActions::askForDate);

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
    m_mark->setEnabled(article && m_reader->selectedBodyRange().has_value());
    m_typeMenu->setEnabled(mention && !isValueType(mention->type));
    m_link->setEnabled(mention && !isValueType(mention->type));
    m_remove->setEnabled(mention.has_value());
    m_date->setEnabled(article);
}

void CorrectionActions::markMention(int start, int end, const QString &type, const QString &canonical,
    const QString &value, const QString &unit)
{
    const ArticleId article = m_mentions->article();
    const QString &body = m_reader->body();
    if (!article || start < 0 || end > body.size() || end <= start)
        return;
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
    auto *command = new MentionCommand(m_store, article, m_mentions->mentionAt(start), m,
        tr("Mark “%1” as %2").arg(m.text, entityStyle(type).label),
        [this](ArticleId id) { Q_EMIT articleChanged(id); });
    m_undo->push(command);
}

void CorrectionActions::changeMentionType(const StoredMention &mention, const QString &type)
{
    if (mention.type == type)
        return;
    StoredMention after = mention;
    after.type = type;
    after.manual = true;
    m_undo->push(new MentionCommand(m_store, m_mentions->article(), mention, after,
        tr("Make “%1” a %2").arg(mention.text, entityStyle(type).label),
        [this](ArticleId id) { Q_EMIT articleChanged(id); }));
}

void CorrectionActions::linkMention(const StoredMention &mention, const QString &canonical)
{
    if (canonical.isEmpty() || canonical == mention.canonical)
        return;
    StoredMention after = mention;
    after.canonical = canonical;
    after.manual = true;
    m_undo->push(new MentionCommand(m_store, m_mentions->article(), mention, after,
        tr("Link “%1” to %2").arg(mention.text, canonical),
        [this](ArticleId id) { Q_EMIT articleChanged(id); }));
}

void CorrectionActions::removeMention(const StoredMention &mention)
{
    m_undo->push(new MentionCommand(m_store, m_mentions->article(), mention, std::nullopt,
        tr("Remove mention “%1”").arg(mention.text), [this](ArticleId id) { Q_EMIT articleChanged(id); }));
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
    m_undo->push(
        new CorrectionCommand(m_store, kind, entity, type, value, text, [this] { Q_EMIT rulesChanged(); }));
}

void CorrectionActions::setPublicationDate(ArticleId article, const PublicationDate &date)
{
    auto current = m_store.article(article);
    if (!current || !current->has_value() || (**current).published == date)
        return;
    m_undo->push(new PublicationDateCommand(
        m_store, article, (**current).published, date, [this](ArticleId id) { Q_EMIT articleChanged(id); }));
}

EntityManagerDialog *CorrectionActions::entityManager() const
{
    return m_dialog;
}

void CorrectionActions::openEntityManager()
{
    if (!m_dialog) {
        m_dialog = new EntityManagerDialog(m_store, m_window);
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
    const auto range = m_reader->selectedBodyRange();
    if (!range || !m_mentions->article())
        return;
    QDialog dialog(m_window);
    Ui::MentionDialog form;
    form.setupUi(&dialog);
    const QString text = m_reader->body().mid(range->first, range->second - range->first);
    form.text->setText(text);
    for (const QString &type : entityTypes())
        form.type->addItem(entityStyle(type).label, type);
    const auto existing = m_mentions->mentionAt(range->first);
    if (existing)
        form.type->setCurrentIndex(form.type->findData(existing->type));
    form.entity->setText(text);
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
            completer->setModel(new QStringListModel(entityNames(m_store, type), completer));
    };
    connect(form.type, &QComboBox::currentIndexChanged, &dialog, typeChanged);
    typeChanged();
    if (dialog.exec() != QDialog::Accepted)
        return;
    markMention(range->first, range->second, form.type->currentData().toString(),
        form.entity->text().simplified(), form.value->text().simplified(), form.unit->text().simplified());
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
    auto *completer = new QCompleter(entityNames(m_store, mention->type), &dialog);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    form.entity->setCompleter(completer);
    if (dialog.exec() == QDialog::Accepted)
        linkMention(*mention, form.entity->text().simplified());
}

void CorrectionActions::askForDate()
{
    const ArticleId id = m_mentions->article();
    auto article = id ? m_store.article(id) : Expected<std::optional<Article>>(std::optional<Article> {});
    if (!article || !article->has_value())
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
    form.date->setDate(current.isValid() ? current.date : QDate::currentDate());
    connect(form.precision, &QComboBox::currentIndexChanged, &dialog,
        [&] { form.date->setEnabled(form.precision->currentData().toInt() != int(DatePrecision::None)); });
    form.date->setEnabled(current.isValid());
    form.origin->setText(current.isValid()
            ? tr("Found in: %1%2")
                  .arg(originName(current.origin), current.uncertain ? tr(" (uncertain)") : QString())
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
    setPublicationDate(id, date);
}

} // namespace Lagebild
