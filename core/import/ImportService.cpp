#include "ImportService.h"

#include "ImportWriter.h"
#include "ImporterRegistry.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>

#include <sqlite3.h>

namespace kindred {

QJsonObject ImportResult::toJson() const
{
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("format"), format},
        {QStringLiteral("messages_added"), messagesAdded},
        {QStringLiteral("messages_skipped_duplicate"), messagesSkippedDuplicate},
        {QStringLiteral("members_added"), membersAdded},
        {QStringLiteral("events_added"), eventsAdded},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

ImportService::ImportService(Database &db)
    : m_db(db)
{
}

QString ImportService::sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

namespace {
bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    return false;
}
} // namespace

bool ImportService::importFile(const QString &path, const QString &format, ImportResult *result,
                               ImportError *error)
{
    *result = ImportResult{};
    result->file = path;
    error->file = path;
    QString fmt = format;
    if (fmt.isEmpty() || fmt == QLatin1String("auto")) {
        QString why;
        fmt = ImporterRegistry::detect(path, &why);
        if (fmt.isEmpty()) {
            error->message = why.section(QStringLiteral(": "), 1);
            return false;
        }
    }
    std::unique_ptr<Importer> importer = ImporterRegistry::create(fmt);
    if (!importer) {
        error->message = QStringLiteral("unknown format '%1' (supported: %2)")
                             .arg(fmt, ImporterRegistry::formats().join(QStringLiteral(", ")));
        return false;
    }
    result->format = fmt;
    result->sha256 = sha256Of(path);
    if (result->sha256.isEmpty()) {
        error->message = QStringLiteral("cannot read the file");
        return false;
    }

    sqlite3 *db = m_db.handle();
    QString dbError;
    // A larger page cache keeps the message indexes in memory during a bulk insert.
    exec(db, "PRAGMA cache_size = -131072", &dbError);
    if (!exec(db, "BEGIN IMMEDIATE", &dbError)) {
        error->message = QStringLiteral("database busy: %1").arg(dbError);
        return false;
    }
    auto rollback = [&](const QString &why) {
        QString ignored;
        exec(db, "ROLLBACK", &ignored);
        if (!why.isEmpty())
            error->message = why;
        return false;
    };
    // Inside the transaction: even the community row of a first import is undone on failure.
    const qint64 communityId = m_db.defaultCommunityId();
    if (communityId <= 0)
        return rollback(QStringLiteral("cannot create the community in the workspace"));
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id, messages_added + messages_skipped FROM import_batch "
                                 "WHERE community_id = ? AND sha256 = ?"));
        q.addBindValue(communityId);
        q.addBindValue(result->sha256);
        if (q.exec() && q.next()) {
            result->alreadyImported = true;
            result->batchId = q.value(0).toLongLong();
            result->messagesSkippedDuplicate = q.value(1).toLongLong();
            result->warnings.append(
                QStringLiteral("identical content was already imported (batch %1): nothing to add")
                    .arg(result->batchId));
            q.finish();
            QString ignored;
            exec(db, "ROLLBACK", &ignored);
            return true;
        }
    }

    QSqlQuery batch(m_db.sql());
    batch.prepare(QStringLiteral("INSERT INTO import_batch(community_id, file_name, format, sha256, "
                                 "size_bytes, imported_at) VALUES (?, ?, ?, ?, ?, ?)"));
    batch.addBindValue(communityId);
    batch.addBindValue(QFileInfo(path).fileName());
    batch.addBindValue(fmt);
    batch.addBindValue(result->sha256);
    batch.addBindValue(QFileInfo(path).size());
    batch.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!batch.exec())
        return rollback(QStringLiteral("cannot record the import batch"));
    result->batchId = batch.lastInsertId().toLongLong();

    // Bulk load into an empty workspace: the secondary message indexes are dropped and built
    // once at the end (a sorted build instead of a million random B-tree inserts), inside the
    // same transaction, so a failure restores them with everything else.
    QList<QPair<QString, QString>> deferredIndexes;
    {
        QSqlQuery q(m_db.sql());
        if (q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM message)")) && q.next()
            && q.value(0).toBool()) {
            q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                  "tbl_name = 'message' AND sql IS NOT NULL"));
            while (q.next())
                deferredIndexes.append({q.value(0).toString(), q.value(1).toString()});
        }
    }
    for (const auto &[name, sql] : deferredIndexes) {
        if (!exec(db, QByteArray("DROP INDEX " + name.toUtf8()).constData(), &dbError))
            return rollback(dbError);
    }

    ImportWriter writer(db, communityId, result->batchId);
    writer.setCancelFlag(m_cancel);
    writer.setProgressCallback(m_progress);
    if (!writer.prepare(&dbError))
        return rollback(dbError);
    ImportError readError;
    const bool ok = importer->read(path, writer, readError);
    if (!ok || writer.isCanceled()) {
        if (writer.isCanceled())
            readError.message = QStringLiteral("import canceled; nothing was stored");
        else if (!writer.lastError().isEmpty() && readError.message.isEmpty())
            readError.message = writer.lastError();
        *error = readError;
        if (error->file.isEmpty())
            error->file = path;
        if (error->message.isEmpty())
            error->message = QStringLiteral("import failed");
        return rollback({});
    }
    if (!writer.finish(&dbError))
        return rollback(dbError);
    for (const auto &[name, sql] : deferredIndexes) {
        if (!exec(db, sql.toUtf8().constData(), &dbError))
            return rollback(dbError);
    }

    result->messagesAdded = writer.messagesAdded();
    result->messagesSkippedDuplicate = writer.messagesSkipped();
    result->membersAdded = writer.membersAdded();
    result->eventsAdded = writer.eventsAdded();
    result->warnings = writer.warnings();
    QSqlQuery upd(m_db.sql());
    upd.prepare(QStringLiteral("UPDATE import_batch SET messages_added = ?, messages_skipped = ?, "
                               "members_added = ?, events_added = ?, warnings = ? WHERE id = ?"));
    upd.addBindValue(result->messagesAdded);
    upd.addBindValue(result->messagesSkippedDuplicate);
    upd.addBindValue(result->membersAdded);
    upd.addBindValue(result->eventsAdded);
    upd.addBindValue(result->warnings.isEmpty() ? QStringLiteral("") : result->warnings.join(QLatin1Char('\n')));
    upd.addBindValue(result->batchId);
    if (!upd.exec())
        return rollback(QStringLiteral("cannot record the import batch"));
    if (!exec(db, "COMMIT", &dbError))
        return rollback(dbError);
    return true;
}

} // namespace kindred
