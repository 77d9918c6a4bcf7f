// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/readerview.h"

#include "gui/entitystyle.h"
#include "gui/flowlayout.h"
#include "models/roles.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Lagebild {

namespace {

QString formatDate(const PublicationDate &date)
{
    if (!date.isValid())
        return ReaderView::tr("no publication date found");
    QString text;
    switch (date.precision) {
    case DatePrecision::Year:
        text = QString::number(date.date.year());
        break;
    case DatePrecision::Month:
        text = QLocale().toString(date.date, QStringLiteral("MMMM yyyy"));
        break;
    case DatePrecision::Minute:
        text = QLocale().toString(date.date, QLocale::LongFormat) + QLatin1String(", ")
            + QLocale().toString(date.time, QLocale::ShortFormat);
        break;
    default:
        text = QLocale().toString(date.date, QLocale::LongFormat);
    }
    if (date.uncertain)
        text += ReaderView::tr(" (uncertain)");
    return text;
}

} // namespace

ReaderView::ReaderView(QWidget *parent) : QWidget(parent)
{
    // The legend wraps in a narrow window instead of widening it.
    auto *legendWidget = new QWidget;
    auto *legend = new FlowLayout(legendWidget, 12, 2);
    for (const QString &type : entityTypes()) {
        const EntityStyle style = entityStyle(type);
        auto *label = new QLabel;
        m_texts.add([label, type] { label->setText(entityStyle(type).label); });
        QColor tint = style.color;
        tint.setAlpha(type == QLatin1String("DATE") ? 110 : 55);
        label->setStyleSheet(
            QStringLiteral(
                "QLabel { background: rgba(%1,%2,%3,%4); border-bottom: 2px %5 %6; padding: 1px 4px; }")
                .arg(tint.red())
                .arg(tint.green())
                .arg(tint.blue())
                .arg(tint.alpha())
                .arg(style.underline == QTextCharFormat::DashUnderline
                            || style.underline == QTextCharFormat::DashDotLine
                        ? QStringLiteral("dashed")
                        : style.underline == QTextCharFormat::DotLine ? QStringLiteral("dotted")
                                                                      : QStringLiteral("solid"))
                .arg(type == QLatin1String("DATE") ? style.color.darker(160).name() : style.color.name()));
        legend->addWidget(label);
    }
    m_browser = new QTextBrowser;
    m_browser->setOpenExternalLinks(true);
    m_texts.add([this] { m_browser->setPlaceholderText(tr("Select an article to read it.")); });
    // Keyboard selection too: marking a mention must not need a mouse.
    m_browser->setTextInteractionFlags(m_browser->textInteractionFlags() | Qt::TextSelectableByKeyboard);
    m_browser->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_browser, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        // A right-click without a selection acts on the mention under the mouse.
        if (!m_browser->textCursor().hasSelection())
            m_browser->setTextCursor(m_browser->cursorForPosition(at));
        QMenu *menu = m_browser->createStandardContextMenu(at);
        if (!m_contextActions.isEmpty()) {
            menu->addSeparator();
            menu->addActions(m_contextActions);
        }
        menu->exec(m_browser->viewport()->mapToGlobal(at));
        delete menu;
    });
    connect(m_browser, &QTextBrowser::cursorPositionChanged, this, &ReaderView::cursorMoved);
    connect(m_browser, &QTextBrowser::selectionChanged, this, &ReaderView::cursorMoved);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(legendWidget);
    layout->addWidget(m_browser);
}

std::optional<std::pair<int, int>> ReaderView::selectedBodyRange() const
{
    const QTextCursor cursor = m_browser->textCursor();
    if (!cursor.hasSelection() || m_bodyStart <= 0 || cursor.selectionStart() < m_bodyStart)
        return std::nullopt;
    int start = cursor.selectionStart() - m_bodyStart;
    int end = cursor.selectionEnd() - m_bodyStart;
    // A double-click or a sloppy drag takes spaces and punctuation along; a mention has none.
    const QString &body = m_body;
    if (end > body.size())
        return std::nullopt;
    while (start < end && !body.at(start).isLetterOrNumber())
        ++start;
    while (end > start && !body.at(end - 1).isLetterOrNumber() && body.at(end - 1) != QLatin1Char('.')
        && body.at(end - 1) != QLatin1Char('%'))
        --end;
    if (start >= end)
        return std::nullopt;
    return std::pair {start, end};
}

int ReaderView::cursorBodyOffset() const
{
    const int position = m_browser->textCursor().position();
    return m_bodyStart > 0 && position >= m_bodyStart ? position - m_bodyStart : -1;
}

void ReaderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
    }
    QWidget::changeEvent(event);
}

void ReaderView::clear()
{
    m_browser->clear();
    m_bodyStart = 0;
    m_body.clear();
}

void ReaderView::setSearchHits(const std::vector<std::pair<int, int>> &hits)
{
    QList<QTextEdit::ExtraSelection> selections;
    const int length = m_browser->document()->characterCount() - m_bodyStart;
    QTextCharFormat format;
    format.setBackground(QColor(0x20, 0x20, 0x20));
    format.setForeground(Qt::white);
    for (const auto &[start, end] : hits) {
        if (start < 0 || end > length || end <= start)
            continue;
        QTextEdit::ExtraSelection hit;
        hit.cursor = QTextCursor(m_browser->document());
        hit.cursor.setPosition(m_bodyStart + start);
        hit.cursor.setPosition(m_bodyStart + end, QTextCursor::KeepAnchor);
        hit.format = format;
        selections.append(hit);
    }
    m_browser->setExtraSelections(selections);
    if (!selections.isEmpty()) {
        // Bring the first hit into view without moving the analyst's own cursor.
        m_browser->setTextCursor(QTextCursor(selections.first().cursor.block()));
        m_browser->ensureCursorVisible();
    }
}

void ReaderView::showArticle(const Article &a, const QAbstractItemModel *mentions)
{
    QString header = QStringLiteral("<h2>%1</h2><p><b>%2</b> · %3")
                         .arg(a.title.toHtmlEscaped(),
                             (a.source.isEmpty() ? tr("unknown outlet") : a.source).toHtmlEscaped(),
                             formatDate(a.published).toHtmlEscaped());
    if (!a.author.isEmpty())
        header += QStringLiteral(" · ") + a.author.toHtmlEscaped();
    header += QStringLiteral("</p>");
    if (!a.url.isEmpty())
        header += QStringLiteral("<p><a href=\"%1\">%1</a></p>").arg(a.url.toHtmlEscaped());
    if (!a.tags.isEmpty())
        header += QStringLiteral("<p>%1 %2</p>")
                      .arg(tr("Tags:"), a.tags.join(QLatin1String(", ")).toHtmlEscaped());
    if (a.duplicateOf)
        header += QStringLiteral("<p><i>%1</i></p>")
                      .arg(tr("Near-duplicate of article %1 (%2% shared)")
                               .arg(a.duplicateOf)
                               .arg(qRound(a.duplicateSimilarity * 100)));
    if (!a.note.isEmpty())
        header += QStringLiteral("<p><i>%1 %2</i></p>").arg(tr("Note:"), a.note.toHtmlEscaped());
    m_browser->setHtml(header);

    // The body goes in as plain text after the header, so a body offset is a document position
    // counted from bodyStart: stored mention offsets apply unchanged.
    QTextCursor cursor(m_browser->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    m_bodyStart = cursor.position();
    m_body = a.body;
    cursor.insertText(a.body, QTextCharFormat());

    if (mentions) {
        for (int row = 0; row < mentions->rowCount(); ++row) {
            const QModelIndex index = mentions->index(row, 0);
            const int start = index.data(MentionStartRole).toInt();
            const int end = index.data(MentionEndRole).toInt();
            if (start < 0 || end > a.body.size() || end <= start)
                continue;
            QTextCharFormat format = mentionFormat(index.data(EntityTypeRole).toString());
            format.setToolTip(index.data(Qt::ToolTipRole).toString());
            QTextCursor mark(m_browser->document());
            mark.setPosition(m_bodyStart + start);
            mark.setPosition(m_bodyStart + end, QTextCursor::KeepAnchor);
            mark.mergeCharFormat(format);
        }
    }
    m_browser->moveCursor(QTextCursor::Start);
}

} // namespace Lagebild
