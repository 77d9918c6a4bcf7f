// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/correctioncommands.h"

#include "store/analysiswriter.h"
#include "store/edithistory.h"
#include "store/entityrules.h"
#include "store/mentioncorrections.h"
#include "store/mentionreads.h"
#include "store/recordedits.h"
#include "store/sqlreader.h"

namespace Lagebild {

MentionCommand::MentionCommand(SqlWriter &sql, ArticleId article, std::optional<StoredMention> before,
    std::optional<StoredMention> after, const QString &text, std::function<void(ArticleId)> changed,
    AnalyseArticle analyse)
    : m_sql(sql)
    , m_article(article)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
    , m_analyse(std::move(analyse))
{
    setText(text);
    setArticle(m_article);
}

void MentionCommand::redoEdit()
{
    if (mayBeStoredAlready()) {
        // Not found, or the reading failed: write; a server still away fails the write alike.
        if (auto stored = storedEarlier(); stored && stored->has_value()) {
            m_afterId = (*stored)->afterId;
            if (m_before)
                m_before->id = (*stored)->beforeId;
            finish(Step::Redo, {});
            return;
        }
    }
    auto done = MentionCorrections(m_sql).replace(m_article, m_before, m_after);
    if (done) {
        // After an undo the engine stored the mention under a new id: the next undo needs it.
        if (m_before && done->removed)
            m_before->id = done->removed->id;
        m_afterId = done->madeId;
    }
    finish(Step::Redo, done ? Expected<void>() : Expected<void>(done.error()));
}

// Whether `found` is the hand-made mention `wanted` describes (its id aside).
static bool isHandMade(const StoredMention &found, const StoredMention &wanted)
{
    if (!found.manual || found.type != wanted.type)
        return false;
    if (typeHasEntity(wanted.type)) {
        const QString name = wanted.canonical.isEmpty() ? wanted.text : wanted.canonical;
        return found.canonical.simplified() == name.simplified();
    }
    return found.value == wanted.value && found.unit == wanted.unit && found.norm == wanted.norm;
}

bool MentionCommand::isAfter(const StoredMention &found) const
{
    // Not the hand-made row this correction replaces (a link changes only the name).
    if (m_before && m_before->manual && found.id == m_before->id)
        return false;
    return isHandMade(found, *m_after);
}

Expected<std::optional<MentionCommand::EarlierWrite>> MentionCommand::storedEarlier()
{
    using Found = std::optional<EarlierWrite>;
    const StoredMention &place = m_after ? *m_after : *m_before;
    auto current = articleMentionAt(m_sql, m_article, place.start, place.end);
    if (!current)
        return current.error();
    EarlierWrite earlier;
    if (m_after) {
        // The hand-made mention stands where the analyst marked it.
        if (!current->has_value() || !isAfter(**current))
            return Found();
        earlier.afterId = (*current)->id;
    } else if (current->has_value()) {
        return Found(); // a removal, and something still stands there
    }
    if (!m_before)
        return Found(earlier);
    earlier.beforeId = m_before->id;
    if (m_before->manual)
        return Found(earlier);
    // The engine's mention became a marker at its place, which undo turns back; without one
    // (the engine's mention was not stored when the correction was written) the id stays.
    auto markers = MentionCorrections(m_sql).removedMentions(m_article);
    if (!markers)
        return markers.error();
    for (const StoredMention &marker : *markers) {
        if (marker.start == m_before->start && marker.end == m_before->end) {
            earlier.beforeId = marker.id;
            return Found(earlier);
        }
    }
    // A removal leaves a marker whatever it found; without one it did not reach the server.
    return m_after ? Found(earlier) : Found();
}

void MentionCommand::undoEdit()
{
    // The undo of a removal gives the hand-made mention back; tried again after a lost answer it
    // may stand there already, and a second one would be a duplicate. (An undo that removes the
    // new mention first finds it gone, which counts as done.)
    if (undoMayBeStoredAlready() && !m_after && m_before && m_before->manual) {
        auto current = articleMentionAt(m_sql, m_article, m_before->start, m_before->end);
        if (current && current->has_value() && isHandMade(**current, *m_before)) {
            m_before->id = (*current)->id;
            finish(Step::Undo, {});
            if (m_analyse)
                m_analyse(m_article);
            return;
        }
    }
    MentionCorrections corrections(m_sql);
    const Expected<void> result = m_sql.transact([&]() -> Expected<void> {
        std::optional<StoredMention> removed; // the hand-made mention taken back, for the history
        if (m_after && m_afterId) {
            if (auto r = corrections.removeMention(m_afterId); !r)
                return r;
            removed = m_after;
            // What the engine had found under the new mention was deleted with it.
            if (auto r = corrections.markForAnalysis(m_article); !r)
                return r;
        }
        if (m_before) {
            if (m_before->manual) {
                auto id = corrections.addManualMention(m_article, *m_before);
                if (!id)
                    return id.error();
                m_before->id = id.value();
            } else if (auto r = corrections.restoreAutomaticMention(m_before->id); !r) {
                return r;
            }
        }
        // The engine's mention comes back with the analysis below; the history says so now, in
        // the transaction that makes room for it.
        return recordEdits(m_sql, m_article, mentionEdits(removed, m_before));
    });
    finish(Step::Undo, result);
    // Bring back what the engine finds there now, before anyone looks.
    if (result && m_analyse)
        m_analyse(m_article);
}

CorrectionCommand::CorrectionCommand(SqlWriter &sql, QString kind, QString entity, QString entityType,
    QString value, const QString &text, std::function<void()> changed)
    : m_sql(sql)
    , m_kind(std::move(kind))
    , m_entity(std::move(entity))
    , m_entityType(std::move(entityType))
    , m_value(std::move(value))
    , m_changed(std::move(changed))
{
    setText(text);
}

void CorrectionCommand::redoEdit()
{
    qint64 made = 0;
    const bool again = mayBeStoredAlready();
    if (!again)
        m_created = QDateTime::currentDateTimeUtc();
    const Expected<void> result = m_sql.transact([&]() -> Expected<void> {
        EntityRules rules(m_sql);
        if (again) {
            auto stored = rules.find(m_kind, m_entity, m_entityType, m_value, m_created);
            if (!stored)
                return stored.error();
            if (*stored) {
                made = **stored;
                return {};
            }
        }
        auto id = rules.add(m_kind, m_entity, m_entityType, m_value, m_created);
        if (!id)
            return id.error();
        made = id.value();
        return {};
    });
    m_id = result ? made : 0;
    finish(Step::Redo, result);
}

void CorrectionCommand::undoEdit()
{
    if (!m_id)
        return;
    const Expected<void> result = m_sql.transact([&] { return EntityRules(m_sql).remove(m_id); });
    if (result)
        m_id = 0;
    finish(Step::Undo, result);
}

namespace {

QJsonValue mentionToJson(const std::optional<StoredMention> &mention)
{
    if (!mention)
        return QJsonValue::Null;
    QJsonObject json {{QStringLiteral("id"), QString::number(mention->id)},
        {QStringLiteral("manual"), mention->manual}, {QStringLiteral("start"), mention->start},
        {QStringLiteral("end"), mention->end}, {QStringLiteral("type"), mention->type},
        {QStringLiteral("text"), mention->text}, {QStringLiteral("canonical"), mention->canonical},
        {QStringLiteral("value"), mention->value}, {QStringLiteral("unit"), mention->unit},
        {QStringLiteral("norm"), mention->norm}, {QStringLiteral("sentenceStart"), mention->sentenceStart},
        {QStringLiteral("sentenceEnd"), mention->sentenceEnd}};
    if (mention->approx)
        json.insert(QStringLiteral("approx"), *mention->approx);
    return json;
}

std::optional<StoredMention> mentionFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject json = value.toObject();
    StoredMention mention;
    mention.id = json.value(QStringLiteral("id")).toString().toLongLong();
    mention.manual = json.value(QStringLiteral("manual")).toBool();
    mention.start = json.value(QStringLiteral("start")).toInt();
    mention.end = json.value(QStringLiteral("end")).toInt();
    mention.type = json.value(QStringLiteral("type")).toString();
    mention.text = json.value(QStringLiteral("text")).toString();
    mention.canonical = json.value(QStringLiteral("canonical")).toString();
    mention.value = json.value(QStringLiteral("value")).toString();
    mention.unit = json.value(QStringLiteral("unit")).toString();
    if (json.contains(QStringLiteral("approx")))
        mention.approx = json.value(QStringLiteral("approx")).toBool();
    mention.norm = json.value(QStringLiteral("norm")).toString();
    mention.sentenceStart = json.value(QStringLiteral("sentenceStart")).toInt(-1);
    mention.sentenceEnd = json.value(QStringLiteral("sentenceEnd")).toInt(-1);
    return mention;
}

} // namespace

QJsonObject MentionCommand::journalEntry() const
{
    return {{QStringLiteral("kind"), QStringLiteral("mention")},
        {QStringLiteral("article"), QString::number(m_article)},
        {QStringLiteral("before"), mentionToJson(m_before)},
        {QStringLiteral("after"), mentionToJson(m_after)},
        {QStringLiteral("afterId"), QString::number(m_afterId)}};
}

EditCommand *journalledMention(
    SqlWriter &sql, const QJsonObject &edit, const QString &text, std::function<void(ArticleId)> changed)
{
    if (edit.value(QStringLiteral("kind")).toString() != QLatin1String("mention"))
        return nullptr;
    const ArticleId article = edit.value(QStringLiteral("article")).toString().toLongLong();
    auto before = mentionFromJson(edit.value(QStringLiteral("before")));
    auto after = mentionFromJson(edit.value(QStringLiteral("after")));
    if (article <= 0 || (!before && !after))
        return nullptr;
    auto *command = new MentionCommand(
        sql, article, std::move(before), std::move(after), text, std::move(changed), AnalyseArticle {});
    command->m_afterId = edit.value(QStringLiteral("afterId")).toString().toLongLong();
    return command;
}

QJsonObject CorrectionCommand::journalEntry() const
{
    return {{QStringLiteral("kind"), QStringLiteral("rule")}, {QStringLiteral("rule"), m_kind},
        {QStringLiteral("entity"), m_entity}, {QStringLiteral("entityType"), m_entityType},
        {QStringLiteral("value"), m_value},
        {QStringLiteral("created"), m_created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("id"), QString::number(m_id)}};
}

EditCommand *journalledRule(
    SqlWriter &sql, const QJsonObject &edit, const QString &text, std::function<void()> changed)
{
    if (edit.value(QStringLiteral("kind")).toString() != QLatin1String("rule"))
        return nullptr;
    const QString kind = edit.value(QStringLiteral("rule")).toString();
    const QString entity = edit.value(QStringLiteral("entity")).toString();
    if (kind.isEmpty() || entity.isEmpty())
        return nullptr;
    auto *command
        = new CorrectionCommand(sql, kind, entity, edit.value(QStringLiteral("entityType")).toString(),
            edit.value(QStringLiteral("value")).toString(), text, std::move(changed));
    command->m_created
        = QDateTime::fromString(edit.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    command->m_id = edit.value(QStringLiteral("id")).toString().toLongLong();
    return command;
}

} // namespace Lagebild
