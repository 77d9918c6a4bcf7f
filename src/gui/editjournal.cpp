// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editjournal.h"

#include "core/logging.h"
#include "store/postgres/credentials.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace Lagebild {

namespace {

const auto formatKey = QLatin1String("lagebild-waiting-edits");
constexpr int formatVersion = 1;

QString lockPathOf(const QString &journal)
{
    return journal.left(journal.size() - int(qstrlen(".json"))) + QLatin1String(".lock");
}

} // namespace

QString EditJournal::folderFor(const QString &uri)
{
    const Postgres::LoginKey key = Postgres::loginKeyOf(uri);
    const QByteArray login
        = QStringList {key.host, key.port, key.database, key.user}.join(QLatin1Char('\n')).toUtf8();
    const QString name
        = QString::fromLatin1(QCryptographicHash::hash(login, QCryptographicHash::Sha256).toHex().left(24));
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QLatin1String("/waiting-edits/") + name;
}

EditJournal::EditJournal(const QString &uri) : m_folder(folderFor(uri))
{
    QDir().mkpath(m_folder);
    m_path = m_folder + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces)
        + QLatin1String(".json");
    m_lock = std::make_unique<QLockFile>(lockPathOf(m_path));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        qCWarning(lcGui) << "cannot lock the journal of waiting edits" << m_lock->fileName();
}

EditJournal::~EditJournal()
{
    dropLeft();
    m_lock.reset();
    // Only when nothing is left in it: a journal still waiting stays for the next window.
    QDir().rmdir(m_folder);
}

Expected<void> EditJournal::write(const QJsonArray &edits)
{
    if (edits.isEmpty()) {
        if (QFile::exists(m_path) && !QFile::remove(m_path))
            return Error {QStringLiteral("cannot remove %1").arg(m_path), ErrorKind::Io};
        return {};
    }
    QDir().mkpath(m_folder);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("%1: %2").arg(m_path, file.errorString()), ErrorKind::Io};
    const QJsonObject journal {{formatKey, formatVersion}, {QStringLiteral("edits"), edits}};
    file.write(QJsonDocument(journal).toJson(QJsonDocument::Compact));
    // QSaveFile renames a complete file into place; commit() flushes it to the disk first.
    if (!file.commit())
        return Error {QStringLiteral("%1: %2").arg(m_path, file.errorString()), ErrorKind::Io};
    return {};
}

std::vector<EditJournal::Left> EditJournal::takeLeft(QStringList &damaged)
{
    std::vector<Left> left;
    QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    std::sort(files.begin(), files.end(),
        [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() < b.lastModified(); });
    for (const QFileInfo &info : files) {
        const QString path = info.absoluteFilePath();
        if (path == QFileInfo(m_path).absoluteFilePath())
            continue;
        // A window still open holds its lock; one that crashed or was killed left it stale.
        auto lock = std::make_unique<QLockFile>(lockPathOf(path));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue;
        QFile file(path);
        QString problem;
        QJsonArray edits;
        if (!file.open(QIODevice::ReadOnly)) {
            problem = file.errorString();
        } else {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
            file.close();
            if (error.error != QJsonParseError::NoError)
                problem = error.errorString();
            else if (!document.isObject() || document.object().value(formatKey).toInt() != formatVersion
                || !document.object().value(QStringLiteral("edits")).isArray())
                problem = QStringLiteral("not a journal of waiting edits of this version");
            else
                edits = document.object().value(QStringLiteral("edits")).toArray();
        }
        if (!problem.isEmpty()) {
            // Kept aside for the analyst to look at, never deleted.
            const QString aside = path + QLatin1String(".damaged");
            QFile::remove(aside);
            QFile::rename(path, aside);
            damaged.append(QStringLiteral("%1 (%2)").arg(aside, problem));
            continue;
        }
        left.push_back({path, edits});
        m_left.emplace_back(path, std::move(lock));
    }
    return left;
}

void EditJournal::dropLeft()
{
    for (auto &[path, lock] : m_left) {
        QFile::remove(path);
        lock->unlock();
    }
    m_left.clear();
}

} // namespace Lagebild
