#include "BatchRemover.h"

#include "search/SearchIndex.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

#include <sqlite3.h>

namespace kindred {
namespace {

bool exec(sqlite3 *db, const QByteArray &sql, QString *error)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &msg) == SQLITE_OK)
        return true;
    *error = QCoreApplication::translate("BatchRemover", "cannot remove the import batch: %1")
                 .arg(QString::fromUtf8(msg ? msg : sqlite3_errmsg(db)));
    sqlite3_free(msg);
    return false;
}

// The oldest batch, other than the one going, that still uses member `id` (an expression over
// the outer `x.id`). NULL when none does.
constexpr const char *kMemberUsers =
    "(SELECT min(b) FROM ("
    " SELECT min(import_batch_id) AS b FROM message WHERE member_id = x.id"
    " UNION ALL SELECT min(import_batch_id) FROM event WHERE member_id = x.id"
    " UNION ALL SELECT min(import_batch_id) FROM event WHERE actor_member_id = x.id"
    " UNION ALL SELECT min(import_batch_id) FROM reaction_member WHERE member_id = x.id"
    " UNION ALL SELECT min(import_batch_id) FROM membership WHERE member_id = x.id"
    " UNION ALL SELECT min(import_batch_id) FROM feedback WHERE member_id = x.id"
    " UNION ALL SELECT min(import_batch_id) FROM activity_attendance WHERE member_id = x.id))";

// First/last seen as the ImportWriter records them: every message of the member (service
// lines too), every reaction (its time, else the message's), every event as member or actor.
constexpr const char *kSeenUnion =
    " SELECT sent_at AS t FROM message WHERE member_id = member.id AND sent_at > 0"
    " UNION ALL SELECT CASE WHEN rm.reacted_at > 0 THEN rm.reacted_at ELSE m.sent_at END"
    "  FROM reaction_member rm JOIN reaction r ON r.id = rm.reaction_id"
    "  JOIN message m ON m.id = r.message_id WHERE rm.member_id = member.id"
    " UNION ALL SELECT occurred_at FROM event WHERE member_id = member.id AND occurred_at > 0"
    " UNION ALL SELECT occurred_at FROM event WHERE actor_member_id = member.id"
    "  AND occurred_at > 0";

} // namespace

bool BatchRemover::remove(Database &db, qint64 batchId, QString *error)
{
    sqlite3 *h = db.handle();
    if (!exec(h, "BEGIN IMMEDIATE", error))
        return false;
    if (!removeInTransaction(db, batchId, error)) {
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    if (!exec(h, "COMMIT", error)) {
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    return true;
}

bool BatchRemover::removeInTransaction(Database &db, qint64 batchId, QString *error)
{
    sqlite3 *h = db.handle();
    {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(h, "SELECT 1 FROM import_batch WHERE id = ?1", -1, &st, nullptr);
        sqlite3_bind_int64(st, 1, batchId);
        const bool exists = sqlite3_step(st) == SQLITE_ROW;
        sqlite3_finalize(st);
        if (!exists) {
            *error = QCoreApplication::translate("BatchRemover", "there is no import batch %1")
                         .arg(batchId);
            return false;
        }
    }
    const QByteArray b = QByteArray::number(batchId);
    const QByteArray steps[] = {
        // Who the batch touched (their seen/joined times are recomputed at the end).
        "CREATE TEMP TABLE IF NOT EXISTS kindred_touched(id INTEGER PRIMARY KEY)",
        "CREATE TEMP TABLE IF NOT EXISTS kindred_evented(id INTEGER PRIMARY KEY)",
        "DELETE FROM kindred_touched",
        "DELETE FROM kindred_evented",
        "INSERT OR IGNORE INTO kindred_touched SELECT member_id FROM message WHERE "
        "import_batch_id = " +
            b + " AND member_id IS NOT NULL",
        "INSERT OR IGNORE INTO kindred_evented SELECT member_id FROM event WHERE "
        "import_batch_id = " +
            b + " AND member_id IS NOT NULL",
        "INSERT OR IGNORE INTO kindred_touched SELECT id FROM kindred_evented",
        "INSERT OR IGNORE INTO kindred_touched SELECT actor_member_id FROM event WHERE "
        "import_batch_id = " +
            b + " AND actor_member_id IS NOT NULL",
        "INSERT OR IGNORE INTO kindred_touched SELECT rm.member_id FROM reaction_member rm "
        "WHERE rm.import_batch_id = " +
            b +
            " OR rm.reaction_id IN (SELECT r.id FROM reaction r JOIN message m ON m.id = "
            "r.message_id WHERE m.import_batch_id = " +
            b + ")",
        // Flags on the batch's messages (a report's flag only loses its message), member
        // reports of the batch and their flags (explicit: a re-import runs with foreign keys
        // off, so ON DELETE CASCADE would not fire).
        "DELETE FROM flag WHERE rule <> 'member_report' AND message_id IN (SELECT id FROM "
        "message WHERE import_batch_id = " +
            b + ")",
        "UPDATE flag SET message_id = NULL, channel_id = NULL WHERE message_id IN (SELECT id "
        "FROM message WHERE import_batch_id = " +
            b + ")",
        "UPDATE member_report SET message_id = NULL WHERE message_id IN (SELECT id FROM "
        "message WHERE import_batch_id = " +
            b + ")",
        "DELETE FROM flag WHERE rule = 'member_report' AND dedup_key IN (SELECT 'report:' || "
        "external_id FROM member_report WHERE import_batch_id = " +
            b + ")",
        "DELETE FROM member_report WHERE import_batch_id = " + b,
        // Essence marks of the batch's messages (explicit for the same reason).
        "DELETE FROM essence WHERE message_id IN (SELECT id FROM message WHERE import_batch_id "
        "= " +
            b + ")",
        // Reactors, reactions, messages, events.
        "DELETE FROM reaction_member WHERE import_batch_id = " + b +
            " OR reaction_id IN (SELECT r.id FROM reaction r WHERE r.import_batch_id = " + b +
            " OR r.message_id IN (SELECT id FROM message WHERE import_batch_id = " + b + "))",
        "DELETE FROM reaction WHERE import_batch_id = " + b +
            " OR message_id IN (SELECT id FROM message WHERE import_batch_id = " + b + ")",
        "DELETE FROM message WHERE import_batch_id = " + b,
        "DELETE FROM event WHERE import_batch_id = " + b,
        // Spreadsheet rows.
        "DELETE FROM activity_attendance WHERE import_batch_id = " + b,
        "UPDATE membership SET renewal_of = NULL WHERE renewal_of IN (SELECT id FROM "
        "membership WHERE import_batch_id = " +
            b + ")",
        "DELETE FROM membership WHERE import_batch_id = " + b,
        "DELETE FROM feedback WHERE import_batch_id = " + b,
        "DELETE FROM activity WHERE import_batch_id = " + b +
            " AND NOT EXISTS (SELECT 1 FROM activity_attendance WHERE activity_id = activity.id)",
        "UPDATE activity AS x SET import_batch_id = (SELECT min(import_batch_id) FROM "
        "activity_attendance WHERE activity_id = x.id) WHERE import_batch_id = " +
            b,
        "DELETE FROM plan WHERE import_batch_id = " + b +
            " AND NOT EXISTS (SELECT 1 FROM membership WHERE plan_id = plan.id)",
        "UPDATE plan AS x SET import_batch_id = (SELECT min(import_batch_id) FROM membership "
        "WHERE plan_id = x.id) WHERE import_batch_id = " +
            b,
        // Members the batch created: kept (handed on) while another batch uses them.
        "CREATE TEMP TABLE IF NOT EXISTS kindred_created(id INTEGER PRIMARY KEY, heir INTEGER)",
        "DELETE FROM kindred_created",
        "INSERT INTO kindred_created SELECT x.id, " + QByteArray(kMemberUsers) +
            " FROM member x WHERE x.import_batch_id = " + b,
        "UPDATE member SET import_batch_id = (SELECT heir FROM kindred_created c WHERE c.id = "
        "member.id) WHERE id IN (SELECT id FROM kindred_created WHERE heir IS NOT NULL)",
        "UPDATE member SET merged_into = NULL WHERE merged_into IN (SELECT id FROM "
        "kindred_created WHERE heir IS NULL)",
        "DELETE FROM member_merge WHERE source_member_id IN (SELECT id FROM kindred_created "
        "WHERE heir IS NULL) OR target_member_id IN (SELECT id FROM kindred_created WHERE heir "
        "IS NULL)",
        "DELETE FROM flag WHERE member_id IN (SELECT id FROM kindred_created WHERE heir IS NULL)",
        "DELETE FROM member_report WHERE reported_member_id IN (SELECT id FROM kindred_created "
        "WHERE heir IS NULL)",
        "UPDATE member_report SET reporter_member_id = NULL WHERE reporter_member_id IN (SELECT "
        "id FROM kindred_created WHERE heir IS NULL)",
        "DELETE FROM identity WHERE member_id IN (SELECT id FROM kindred_created WHERE heir IS "
        "NULL)",
        "DELETE FROM member WHERE id IN (SELECT id FROM kindred_created WHERE heir IS NULL)",
        // Identities the batch added to an older member (a spreadsheet naming a platform id).
        "DELETE FROM identity WHERE import_batch_id = " + b +
            " AND member_id NOT IN (SELECT id FROM kindred_created)",
        "UPDATE identity SET import_batch_id = (SELECT import_batch_id FROM member WHERE "
        "member.id = identity.member_id) WHERE import_batch_id = " +
            b,
        // Channels: kept while messages or events of another batch are in them.
        "DELETE FROM channel WHERE import_batch_id = " + b +
            " AND NOT EXISTS (SELECT 1 FROM message WHERE channel_id = channel.id) AND NOT "
            "EXISTS (SELECT 1 FROM event WHERE channel_id = channel.id)",
        "UPDATE channel AS x SET import_batch_id = (SELECT min(bb) FROM (SELECT "
        "min(import_batch_id) AS bb FROM message WHERE channel_id = x.id UNION ALL SELECT "
        "min(import_batch_id) FROM event WHERE channel_id = x.id)) WHERE import_batch_id = " +
            b,
        // What is left decides first/last seen and joined/left of the members touched.
        "UPDATE member SET first_seen = (SELECT min(t) FROM (" + QByteArray(kSeenUnion) +
            ")), last_seen = (SELECT max(t) FROM (" + QByteArray(kSeenUnion) +
            ")) WHERE id IN (SELECT id FROM kindred_touched)",
        "UPDATE member SET joined_at = (SELECT min(occurred_at) FROM event WHERE member_id = "
        "member.id AND kind IN ('join','invite')), left_at = (SELECT max(e.occurred_at) FROM "
        "event e WHERE e.member_id = member.id AND e.kind IN ('leave','remove') AND "
        "e.occurred_at >= coalesce((SELECT max(occurred_at) FROM event WHERE member_id = "
        "member.id AND kind IN ('join','invite')), 0)) WHERE id IN (SELECT id FROM "
        "kindred_evented)",
        "DELETE FROM import_batch WHERE id = " + b,
        "DELETE FROM kindred_touched",
        "DELETE FROM kindred_evented",
        "DELETE FROM kindred_created",
    };
    // KINDRED_REMOVE_TRACE=1 prints each step's time to stderr (for bench/).
    const bool trace = qEnvironmentVariableIsSet("KINDRED_REMOVE_TRACE");
    QElapsedTimer clock;
    // The full-text index follows the message deletes (triggers), or is rebuilt from what
    // stays when most messages go.
    SearchIndexBulkDelete searchIndex(h);
    QString indexError;
    if (!searchIndex.begin(
            QByteArray("SELECT count(*) FROM message WHERE import_batch_id = " + b).constData(),
            &indexError)) {
        *error = QCoreApplication::translate("BatchRemover", "cannot remove the import batch: %1")
                     .arg(indexError);
        return false;
    }
    for (const QByteArray &sql : steps) {
        clock.start();
        if (!exec(h, sql, error))
            return false;
        if (trace)
            std::fprintf(stderr, "remove %8lld ms  %.90s\n", clock.elapsed(), sql.constData());
    }
    clock.start();
    if (!searchIndex.finish(&indexError)) {
        *error = QCoreApplication::translate("BatchRemover", "cannot remove the import batch: %1")
                     .arg(indexError);
        return false;
    }
    if (trace)
        std::fprintf(stderr, "remove %8lld ms  search index%s\n", clock.elapsed(),
                     searchIndex.rebuilds() ? " rebuilt" : "");
    return true;
}

} // namespace kindred
