#include "ImportService.h"

#include "BatchRemover.h"
#include "ImportWriter.h"
#include "ImporterRegistry.h"
#include "PipelinedSink.h"
#include "moderation/FlagEngine.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QJsonArray>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/evp.h>
#include <sqlite3.h>

#include <memory>

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

ImportService::ImportService(Database &db) : m_db(db) {}

QString ImportService::sha256Of(const QString &path, const std::atomic_bool *cancel)
{
    // OpenSSL's libcrypto: SHA-NI/AVX2 code paths, ~7x QCryptographicHash on a 450 MB export.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return {};
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return {};
        const qint64 n = f.read(chunk.data(), chunk.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        if (EVP_DigestUpdate(ctx.get(), chunk.constData(), size_t(n)) != 1)
            return {};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &len) != 1)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(len)).toHex());
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

/// Id and message count of an earlier batch with this content, or 0.
qint64 findBatch(Database &db, qint64 communityId, const QString &sha, qint64 *messages)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, messages_added + messages_skipped FROM import_batch "
                             "WHERE community_id = ? AND sha256 = ?"));
    q.addBindValue(communityId);
    q.addBindValue(sha);
    if (!q.exec() || !q.next())
        return 0;
    *messages = q.value(1).toLongLong();
    return q.value(0).toLongLong();
}

bool hasBatchOfSize(Database &db, qint64 size)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM import_batch WHERE size_bytes = ? LIMIT 1"));
    q.addBindValue(size);
    return q.exec() && q.next();
}

/// Secondary indexes of the bulk tables, when the workspace holds no message yet: they are
/// dropped and built once after the load (a sorted build instead of a million random B-tree
/// inserts), inside the same transaction, so a failure restores them with everything else.
QList<QPair<QString, QString>> deferrableIndexes(Database &db)
{
    QList<QPair<QString, QString>> out;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM message)")) || !q.next() ||
        !q.value(0).toBool())
        return out;
    q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                          "tbl_name IN ('message', 'reaction_member') AND sql IS NOT NULL"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
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
            // detect() says "<path>: <message>"; the path goes to error->file.
            const QString prefix = path + QStringLiteral(": ");
            error->message = why.startsWith(prefix) ? why.mid(prefix.size()) : why;
            return false;
        }
    }
    std::unique_ptr<Importer> importer = ImporterRegistry::create(fmt);
    if (!importer) {
        error->message =
            QCoreApplication::translate("ImportService", "unknown format '%1' (supported: %2)")
                .arg(fmt, ImporterRegistry::formats().join(QStringLiteral(", ")));
        return false;
    }
    result->format = fmt;
    const qint64 size = QFileInfo(path).size();
    // KINDRED_IMPORT_TRACE=1 prints the phases' times to stderr (for bench/).
    const bool trace = qEnvironmentVariableIsSet("KINDRED_IMPORT_TRACE");
    QElapsedTimer clock;
    clock.start();
    auto phase = [&](const char *name) {
        if (trace)
            qInfo("import phase %-14s %8lld ms", name, clock.restart());
    };

    sqlite3 *db = m_db.handle();
    QString dbError;
    // A larger page cache keeps the indexes in memory during a bulk insert.
    exec(db, "PRAGMA cache_size = -131072", &dbError);
    exec(db, "PRAGMA threads = 2", &dbError); // parallel sorter for the deferred index builds
    // Foreign keys are enforced on every other path. The bulk writer only references rows it
    // read or inserted itself in this transaction, so checking each of the millions of
    // references would cost ~20% of the import without protecting anything
    // (tst_import_service runs PRAGMA foreign_key_check after imports to prove it).
    exec(db, "PRAGMA foreign_keys = OFF", &dbError);
    struct RestoreForeignKeys
    {
        sqlite3 *db;
        ~RestoreForeignKeys()
        {
            sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        }
    } restoreForeignKeys{db};
    if (!exec(db, "BEGIN IMMEDIATE", &dbError)) {
        error->message =
            QCoreApplication::translate("ImportService", "database busy: %1").arg(dbError);
        return false;
    }
    auto rollback = [&](const QString &why) {
        QString ignored;
        exec(db, "ROLLBACK", &ignored);
        if (!why.isEmpty())
            error->message = why;
        return false;
    };
    auto alreadyImported = [&](qint64 batchId, qint64 messages) {
        QString ignored;
        exec(db, "ROLLBACK", &ignored);
        result->alreadyImported = true;
        result->batchId = batchId;
        result->messagesSkippedDuplicate = messages;
        result->warnings = {QCoreApplication::translate("ImportService",
                                                        "identical content was already imported "
                                                        "(batch %1): nothing to add")
                                .arg(batchId)};
        result->messagesAdded = result->membersAdded = result->eventsAdded = 0;
        return true;
    };
    // Inside the transaction: even the community row of a first import is undone on failure.
    const qint64 communityId = m_db.defaultCommunityId();
    if (communityId <= 0)
        return rollback(QCoreApplication::translate(
            "ImportService", "cannot create the community in the workspace"));

    if (m_replaceBatch > 0) {
        // Re-import: the old batch goes in the same transaction, so a failed re-import keeps it.
        if (!BatchRemover::removeInTransaction(m_db, m_replaceBatch, &dbError))
            return rollback(dbError);
    }
    // The content hash decides whether this exact file was imported before. When no earlier
    // batch has the same size it cannot be, so the hash is computed on the second core while
    // the file is imported; otherwise first, to skip the import altogether.
    QFuture<QString> shaFuture;
    // Stops a background hash that is no longer needed (its result is not waited for).
    auto shaStop = std::make_shared<std::atomic_bool>(false);
    struct StopOnExit
    {
        std::shared_ptr<std::atomic_bool> flag;
        ~StopOnExit() { flag->store(true); }
    } stopOnExit{shaStop};
    if (hasBatchOfSize(m_db, size)) {
        result->sha256 = sha256Of(path, m_cancel);
        if (result->sha256.isEmpty())
            return rollback(QCoreApplication::translate("ImportService", "cannot read the file"));
        qint64 messages = 0;
        if (const qint64 batch = findBatch(m_db, communityId, result->sha256, &messages))
            return alreadyImported(batch, messages);
    } else {
        shaFuture =
            QtConcurrent::run([path, stop = shaStop] { return sha256Of(path, stop.get()); });
    }

    QSqlQuery batch(m_db.sql());
    batch.prepare(
        QStringLiteral("INSERT INTO import_batch(community_id, file_name, format, sha256, "
                       "size_bytes, imported_at, source_path) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    batch.addBindValue(communityId);
    batch.addBindValue(QFileInfo(path).fileName());
    batch.addBindValue(fmt);
    batch.addBindValue(result->sha256.isEmpty() ? QStringLiteral("pending") : result->sha256);
    batch.addBindValue(size);
    batch.addBindValue(QDateTime::currentSecsSinceEpoch());
    batch.addBindValue(QFileInfo(path).absoluteFilePath());
    if (!batch.exec())
        return rollback(
            QCoreApplication::translate("ImportService", "cannot record the import batch"));
    result->batchId = batch.lastInsertId().toLongLong();

    const auto deferred = deferrableIndexes(m_db);
    for (const auto &[name, sql] : deferred) {
        if (!exec(db, QByteArray("DROP INDEX " + name.toUtf8()).constData(), &dbError))
            return rollback(dbError);
    }

    // The full-text index is filled once after the load rather than by a trigger per message.
    SearchIndexDeferral searchIndex(db);
    if (!searchIndex.begin(&dbError))
        return rollback(dbError);

    ImportWriter writer(db, communityId, result->batchId);
    writer.setCancelFlag(m_cancel);
    writer.setProgressCallback(m_progress);
    if (!writer.prepare(&dbError))
        return rollback(dbError);
    ImportError readError;
    phase("prepare");
    bool ok = false;
    {
        // Parsing on this thread, storing on a worker: the two overlap on two cores.
        PipelinedSink pipeline(writer);
        ok = importer->read(path, pipeline, readError);
        ok = pipeline.finish() && ok;
    }
    phase("parse+insert");
    if (!ok || writer.isCanceled()) {
        if (writer.isCanceled())
            readError.message =
                QCoreApplication::translate("ImportService", "import canceled; nothing was stored");
        else if (!writer.lastError().isEmpty() && readError.message.isEmpty())
            readError.message = writer.lastError();
        *error = readError;
        if (error->file.isEmpty())
            error->file = path;
        if (error->message.isEmpty())
            error->message = QCoreApplication::translate("ImportService", "import failed");
        return rollback({});
    }
    if (shaFuture.isValid()) {
        result->sha256 = shaFuture.result();
        if (result->sha256.isEmpty())
            return rollback(QCoreApplication::translate("ImportService", "cannot read the file"));
        qint64 messages = 0;
        if (const qint64 earlier = findBatch(m_db, communityId, result->sha256, &messages))
            return alreadyImported(earlier, messages);
    }
    phase("wait sha256");
    if (!writer.finish(&dbError))
        return rollback(dbError);
    phase("member update");
    for (const auto &[name, sql] : deferred) {
        if (!exec(db, sql.toUtf8().constData(), &dbError))
            return rollback(dbError);
        if (trace)
            qInfo("  index %s %lld ms", qPrintable(name), clock.elapsed());
    }
    phase("index build");
    if (!searchIndex.finish(&dbError))
        return rollback(dbError);
    phase("search index");

    result->messagesAdded = writer.messagesAdded();
    result->messagesSkippedDuplicate = writer.messagesSkipped();
    result->membersAdded = writer.membersAdded();
    result->eventsAdded = writer.eventsAdded();
    result->peopleInExport = writer.peopleSeen();
    result->warnings = writer.warnings();
    QSqlQuery upd(m_db.sql());
    upd.prepare(QStringLiteral("UPDATE import_batch SET sha256 = ?, messages_added = ?, "
                               "messages_skipped = ?, members_added = ?, events_added = ?, "
                               "warnings = ?, people_in_export = ? WHERE id = ?"));
    upd.addBindValue(result->sha256);
    upd.addBindValue(result->messagesAdded);
    upd.addBindValue(result->messagesSkippedDuplicate);
    upd.addBindValue(result->membersAdded);
    upd.addBindValue(result->eventsAdded);
    upd.addBindValue(result->warnings.isEmpty() ? QStringLiteral("")
                                                : result->warnings.join(QLatin1Char('\n')));
    upd.addBindValue(result->peopleInExport);
    upd.addBindValue(result->batchId);
    if (!upd.exec())
        return rollback(
            QCoreApplication::translate("ImportService", "cannot record the import batch"));
    if (!exec(db, "COMMIT", &dbError))
        return rollback(dbError);
    phase("commit");
    // The flag rules on what is new, in their own transaction: a failure only warns.
    result->flagsRaised = FlagEngine::runAfterImport(m_db, result->batchId, &result->warnings);
    phase("flag rules");
    return true;
}

} // namespace kindred
