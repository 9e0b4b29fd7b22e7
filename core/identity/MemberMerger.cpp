#include "MemberMerger.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kindred {
namespace {

/// Runs `body` in one transaction; rolls back when it returns false.
template <typename Body> bool inTransaction(Database &db, QString *error, Body body)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = QCoreApplication::translate("MemberMerger", "the workspace is busy: %1")
                     .arg(q.lastError().text());
        return false;
    }
    if (!body()) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

} // namespace

qint64 MemberMerger::survivor(Database &db, qint64 memberId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT merged_into FROM member WHERE id = ?"));
    qint64 id = memberId;
    for (int hops = 0; hops < 64; ++hops) {
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return 0;
        const QVariant next = q.value(0);
        q.finish();
        if (next.isNull())
            return id;
        id = next.toLongLong();
    }
    return 0; // a cycle: never produced by merge(), which refuses it
}

bool MemberMerger::merge(Database &db, qint64 sourceId, qint64 targetId, const QString &reason,
                         const QString &actor, qint64 *mergeId, QString *error)
{
    return inTransaction(db, error, [&]() {
        const qint64 source = survivor(db, sourceId);
        const qint64 target = survivor(db, targetId);
        if (source == 0 || target == 0) {
            *error = QCoreApplication::translate("MemberMerger", "there is no member %1")
                         .arg(source == 0 ? sourceId : targetId);
            return false;
        }
        if (source == target) {
            *error = QCoreApplication::translate("MemberMerger",
                                                 "members %1 and %2 are already the same person")
                         .arg(sourceId)
                         .arg(targetId);
            return false;
        }
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("UPDATE member SET merged_into = ? WHERE id = ?"));
        q.addBindValue(target);
        q.addBindValue(source);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        q.prepare(QStringLiteral(
            "INSERT INTO member_merge(community_id, source_member_id, target_member_id, reason, "
            "actor, merged_at) SELECT community_id, ?, ?, ?, ?, ? FROM member WHERE id = ?"));
        q.addBindValue(source);
        q.addBindValue(target);
        q.addBindValue(reason.isNull() ? QStringLiteral("") : reason);
        q.addBindValue(actor.isNull() ? QStringLiteral("") : actor);
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        q.addBindValue(target);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        if (mergeId)
            *mergeId = q.lastInsertId().toLongLong();
        return true;
    });
}

bool MemberMerger::unmerge(Database &db, qint64 mergeId, QString *error)
{
    return inTransaction(db, error, [&]() {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT source_member_id, target_member_id, undone_at FROM "
                                 "member_merge WHERE id = ?"));
        q.addBindValue(mergeId);
        if (!q.exec() || !q.next()) {
            *error =
                QCoreApplication::translate("MemberMerger", "there is no merge %1").arg(mergeId);
            return false;
        }
        const qint64 source = q.value(0).toLongLong();
        const qint64 target = q.value(1).toLongLong();
        if (!q.value(2).isNull()) {
            *error = QCoreApplication::translate("MemberMerger", "merge %1 was already undone")
                         .arg(mergeId);
            return false;
        }
        q.finish();
        q.prepare(QStringLiteral(
            "UPDATE member SET merged_into = NULL WHERE id = ? AND merged_into = ?"));
        q.addBindValue(source);
        q.addBindValue(target);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        q.prepare(QStringLiteral("UPDATE member_merge SET undone_at = ? WHERE id = ?"));
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        q.addBindValue(mergeId);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    });
}

bool MemberMerger::log(Database &db, bool inForceOnly, QList<MergeRecord> *out, QString *error)
{
    out->clear();
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT g.id, g.source_member_id, g.target_member_id, "
                           "s.display_name, t.display_name, g.reason, g.actor, g.merged_at, "
                           "coalesce(g.undone_at, 0), (SELECT group_concat(DISTINCT platform) FROM "
                           "identity WHERE member_id = s.id), (SELECT group_concat(DISTINCT "
                           "platform) FROM identity WHERE member_id = t.id) "
                           "FROM member_merge g JOIN member s ON "
                           "s.id = g.source_member_id JOIN member t ON t.id = "
                           "g.target_member_id %1 ORDER BY g.merged_at DESC, g.id DESC")
                .arg(inForceOnly ? QStringLiteral("WHERE g.undone_at IS NULL") : QString()))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        MergeRecord r;
        r.id = q.value(0).toLongLong();
        r.sourceId = q.value(1).toLongLong();
        r.targetId = q.value(2).toLongLong();
        r.sourceName = q.value(3).toString();
        r.targetName = q.value(4).toString();
        r.reason = q.value(5).toString();
        r.actor = q.value(6).toString();
        r.mergedAt = q.value(7).toLongLong();
        r.undoneAt = q.value(8).toLongLong();
        r.sourcePlatforms = q.value(9).toString();
        r.targetPlatforms = q.value(10).toString();
        out->append(r);
    }
    return true;
}

} // namespace kindred
