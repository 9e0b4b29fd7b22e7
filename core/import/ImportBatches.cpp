#include "ImportBatches.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kindred {
namespace {

QString databaseError(const QSqlQuery &q)
{
    return QCoreApplication::translate("ImportBatches", "cannot read the import batches: %1")
        .arg(q.lastError().text());
}

/// The single number `sql` selects (with every "%1" replaced by the batch id).
bool count(Database &db, const QString &sql, qint64 batchId, qint64 *out, QString *error)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QString(sql).replace(QStringLiteral("%1"), QString::number(batchId))) ||
        !q.next()) {
        *error = databaseError(q);
        return false;
    }
    *out = q.value(0).toLongLong();
    return true;
}

// Members batch %1 created that no row of another batch uses: BatchRemover deletes exactly
// these (a member some other batch still uses is handed on to it). Rows that go with the
// batch (reactors on its messages or reactions) do not count as uses.
const QString kMembersOnlyThisBatch = QStringLiteral(
    "SELECT count(*) FROM member x WHERE x.import_batch_id = %1 AND NOT EXISTS ("
    " SELECT 1 FROM message WHERE member_id = x.id AND import_batch_id <> %1"
    " UNION ALL SELECT 1 FROM event WHERE member_id = x.id AND import_batch_id <> %1"
    " UNION ALL SELECT 1 FROM event WHERE actor_member_id = x.id AND import_batch_id <> %1"
    " UNION ALL SELECT 1 FROM reaction_member rm WHERE rm.member_id = x.id"
    "  AND rm.import_batch_id <> %1 AND rm.reaction_id NOT IN (SELECT r.id FROM reaction r"
    "  LEFT JOIN message m ON m.id = r.message_id WHERE r.import_batch_id = %1"
    "  OR m.import_batch_id = %1)"
    " UNION ALL SELECT 1 FROM membership WHERE member_id = x.id AND import_batch_id <> %1"
    " UNION ALL SELECT 1 FROM feedback WHERE member_id = x.id AND import_batch_id <> %1"
    " UNION ALL SELECT 1 FROM activity_attendance WHERE member_id = x.id"
    "  AND import_batch_id <> %1)");

} // namespace

bool ImportBatches::list(Database &db, QList<ImportBatchInfo> *out, QString *error)
{
    out->clear();
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, file_name, format, imported_at, size_bytes, messages_added, "
            "messages_skipped, members_added, events_added, people_in_export, warnings, "
            "source_path FROM import_batch ORDER BY imported_at, id"))) {
        *error = databaseError(q);
        return false;
    }
    while (q.next()) {
        ImportBatchInfo b;
        b.id = q.value(0).toLongLong();
        b.fileName = q.value(1).toString();
        b.format = q.value(2).toString();
        b.importedAt = q.value(3).toLongLong();
        b.sizeBytes = q.value(4).toLongLong();
        b.messagesAdded = q.value(5).toLongLong();
        b.messagesSkipped = q.value(6).toLongLong();
        b.membersAdded = q.value(7).toLongLong();
        b.eventsAdded = q.value(8).toLongLong();
        b.peopleInExport = q.value(9).toLongLong();
        const QString warnings = q.value(10).toString();
        if (!warnings.isEmpty())
            b.warnings = warnings.split(QLatin1Char('\n'));
        b.sourcePath = q.value(11).toString();
        b.sourceExists = !b.sourcePath.isEmpty() && QFileInfo(b.sourcePath).isFile();
        out->append(b);
    }
    return true;
}

bool ImportBatches::removalPreview(Database &db, qint64 batchId, BatchRemovalPreview *out,
                                   QString *error)
{
    *out = BatchRemovalPreview{};
    qint64 exists = 0;
    if (!count(db, QStringLiteral("SELECT count(*) FROM import_batch WHERE id = %1"), batchId,
               &exists, error))
        return false;
    if (exists == 0) {
        *error = QCoreApplication::translate("ImportBatches", "there is no import batch %1")
                     .arg(batchId);
        return false;
    }
    return count(db,
                 QStringLiteral("SELECT count(*) FROM message WHERE import_batch_id = %1 AND "
                                "is_service = 0"),
                 batchId, &out->messages, error) &&
           count(db, QStringLiteral("SELECT count(*) FROM event WHERE import_batch_id = %1"),
                 batchId, &out->events, error) &&
           count(db, kMembersOnlyThisBatch, batchId, &out->members, error);
}

} // namespace kindred
