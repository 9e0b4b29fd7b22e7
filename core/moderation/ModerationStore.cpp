#include "ModerationStore.h"

#include "analytics/AnalyticsSource.h"
#include "analytics/KpiCalculator.h"
#include "analytics/Levels.h"
#include "analytics/RetentionCsv.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace kindred {
namespace {

const QByteArray kBom("\xEF\xBB\xBF");

QString isoUtc(qint64 secs)
{
    if (secs <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

/// The members of one community with their merge links, names and statuses.
struct MemberIndex
{
    QHash<qint64, qint64> parent; ///< id -> merged_into (0 when a survivor)
    QHash<qint64, QString> name;
    QHash<qint64, QString> status;

    bool load(Database &db, qint64 communityId)
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT id, COALESCE(merged_into, 0), display_name, status "
                                 "FROM member WHERE community_id = ?"));
        q.addBindValue(communityId);
        if (!q.exec())
            return false;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            parent.insert(id, q.value(1).toLongLong());
            name.insert(id, q.value(2).toString());
            status.insert(id, q.value(3).toString());
        }
        return true;
    }
    bool contains(qint64 id) const { return parent.contains(id); }
    /// Surviving member of id (0 for unknown ids or a cycle).
    qint64 root(qint64 id) const
    {
        for (int hops = 0; hops < 64; ++hops) {
            const auto it = parent.constFind(id);
            if (it == parent.constEnd())
                return 0;
            if (*it == 0)
                return id;
            id = *it;
        }
        return 0;
    }
    /// The survivor and every identity merged into it.
    QList<qint64> group(qint64 survivor) const
    {
        QList<qint64> ids{survivor};
        for (auto it = parent.constBegin(); it != parent.constEnd(); ++it) {
            if (it.key() != survivor && it.value() != 0 && root(it.key()) == survivor)
                ids.append(it.key());
        }
        return ids;
    }
};

const char *kFlagColumns =
    "SELECT f.id, f.rule, f.severity, f.score, f.why, f.member_id, COALESCE(f.message_id, 0), "
    "COALESCE(f.channel_id, m.channel_id, 0), COALESCE(c.name, ''), COALESCE(m.text, ''), "
    "f.occurred_at, f.raised_at, f.status, COALESCE(f.handled_at, 0) "
    "FROM flag f LEFT JOIN message m ON m.id = f.message_id "
    "LEFT JOIN channel c ON c.id = COALESCE(f.channel_id, m.channel_id) ";

FlagInfo readFlag(const QSqlQuery &q, const MemberIndex &members)
{
    FlagInfo f;
    f.id = q.value(0).toLongLong();
    f.rule = q.value(1).toString();
    f.severity = q.value(2).toInt();
    f.score = q.value(3).toDouble();
    f.why = q.value(4).toString();
    f.memberId = members.root(q.value(5).toLongLong());
    f.messageId = q.value(6).toLongLong();
    f.channelId = q.value(7).toLongLong();
    f.channelName = q.value(8).toString();
    f.messageText = q.value(9).toString();
    f.occurredAt = q.value(10).toLongLong();
    f.raisedAt = q.value(11).toLongLong();
    f.status = q.value(12).toString();
    f.handledAt = q.value(13).toLongLong();
    return f;
}

AuditEntry readAudit(const QSqlQuery &q)
{
    AuditEntry a;
    a.id = q.value(0).toLongLong();
    a.actedAt = q.value(1).toLongLong();
    a.actor = q.value(2).toString();
    a.action = q.value(3).toString();
    a.reason = q.value(4).toString();
    a.memberId = q.value(5).toLongLong();
    a.memberName = q.value(6).toString();
    a.flagId = q.value(7).toLongLong();
    a.flagRule = q.value(8).toString();
    return a;
}

bool flagOrder(const FlagInfo &a, const FlagInfo &b)
{
    if (a.severity != b.severity)
        return a.severity > b.severity;
    if (a.raisedAt != b.raisedAt)
        return a.raisedAt < b.raisedAt;
    return a.id < b.id;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ModerationStore", "cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

ModerationStore::ModerationStore(Database &db) : m_db(db) {}

QList<QueueEntry> ModerationStore::queue(const QueueFilter &filter, qint64 nowUtc) const
{
    if (nowUtc <= 0)
        nowUtc = QDateTime::currentSecsSinceEpoch();
    const qint64 community = m_db.defaultCommunityId();
    MemberIndex members;
    if (!members.load(m_db, community))
        return {};

    QString sql = QString::fromLatin1(kFlagColumns) + QStringLiteral("WHERE f.community_id = :c");
    if (!filter.status.isEmpty())
        sql += QStringLiteral(" AND f.status = :status");
    if (!filter.rule.isEmpty())
        sql += QStringLiteral(" AND f.rule = :rule");
    if (filter.channelId > 0)
        sql += QStringLiteral(" AND COALESCE(f.channel_id, m.channel_id) = :channel");
    QSqlQuery q(m_db.sql());
    q.prepare(sql);
    q.bindValue(QStringLiteral(":c"), community);
    if (!filter.status.isEmpty())
        q.bindValue(QStringLiteral(":status"), filter.status);
    if (!filter.rule.isEmpty())
        q.bindValue(QStringLiteral(":rule"), filter.rule);
    if (filter.channelId > 0)
        q.bindValue(QStringLiteral(":channel"), filter.channelId);
    if (!q.exec())
        return {};
    QHash<qint64, QueueEntry> byMember;
    while (q.next()) {
        const FlagInfo f = readFlag(q, members);
        if (f.memberId == 0)
            continue;
        QueueEntry &e = byMember[f.memberId];
        e.memberId = f.memberId;
        e.flags.append(f);
    }
    q.finish();

    QList<QueueEntry> out;
    out.reserve(byMember.size());
    for (QueueEntry &e : byMember) {
        std::sort(e.flags.begin(), e.flags.end(), flagOrder);
        e.memberName = members.name.value(e.memberId);
        e.memberStatus = members.status.value(e.memberId);
        e.maxSeverity = 0;
        e.oldestRaisedAt = e.flags.first().raisedAt;
        for (const FlagInfo &f : std::as_const(e.flags)) {
            e.maxSeverity = std::max(e.maxSeverity, f.severity);
            e.oldestRaisedAt = std::min(e.oldestRaisedAt, f.raisedAt);
        }
        e.oldestAgeSeconds = std::max<qint64>(0, nowUtc - e.oldestRaisedAt);
        out.append(std::move(e));
    }
    std::sort(out.begin(), out.end(), [](const QueueEntry &a, const QueueEntry &b) {
        if (a.maxSeverity != b.maxSeverity)
            return a.maxSeverity > b.maxSeverity;
        if (a.oldestRaisedAt != b.oldestRaisedAt)
            return a.oldestRaisedAt < b.oldestRaisedAt;
        return a.memberId < b.memberId;
    });
    return out;
}

bool ModerationStore::contextForFlag(qint64 flagId, ModerationContext *out, QString *error,
                                     int before, int after, QDate asOf) const
{
    const qint64 community = m_db.defaultCommunityId();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT member_id, COALESCE(message_id, 0) FROM flag "
                             "WHERE id = ? AND community_id = ?"));
    q.addBindValue(flagId);
    q.addBindValue(community);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = QCoreApplication::translate("ModerationStore",
                                                 "there is no flag %1 in this workspace")
                         .arg(flagId);
        return false;
    }
    const qint64 member = q.value(0).toLongLong();
    const qint64 message = q.value(1).toLongLong();
    q.finish();
    return loadContext(member, flagId, message, out, error, before, after, asOf);
}

bool ModerationStore::contextForMember(qint64 memberId, ModerationContext *out, QString *error,
                                       int before, int after, QDate asOf) const
{
    return loadContext(memberId, 0, 0, out, error, before, after, asOf);
}

bool ModerationStore::loadContext(qint64 memberId, qint64 focusFlagId, qint64 focusMessageId,
                                  ModerationContext *out, QString *error, int before, int after,
                                  QDate asOf) const
{
    *out = ModerationContext{};
    const qint64 community = m_db.defaultCommunityId();
    MemberIndex members;
    members.load(m_db, community);
    const qint64 survivor = members.root(memberId);
    if (survivor == 0) {
        if (error)
            *error = QCoreApplication::translate("ModerationStore",
                                                 "there is no member %1 in this workspace")
                         .arg(memberId);
        return false;
    }
    const QList<qint64> group = members.group(survivor);
    const QString groupIds = idList(group);
    out->memberId = survivor;
    out->memberName = members.name.value(survivor);
    out->memberStatus = members.status.value(survivor);

    QSqlQuery q(m_db.sql());
    // All the member's flags, newest first.
    QList<FlagInfo> flags;
    if (q.exec(QString::fromLatin1(kFlagColumns) +
               QStringLiteral("WHERE f.community_id = %1 AND f.member_id IN (%2) "
                              "ORDER BY f.raised_at DESC, f.id DESC")
                   .arg(community)
                   .arg(groupIds))) {
        while (q.next())
            flags.append(readFlag(q, members));
    }
    q.finish();

    if (focusFlagId == 0) {
        // The member's first queue flag naming a message, else their first queue flag.
        QList<FlagInfo> open;
        for (const FlagInfo &f : std::as_const(flags)) {
            if (f.status == QLatin1String("open"))
                open.append(f);
        }
        std::sort(open.begin(), open.end(), flagOrder);
        for (const FlagInfo &f : std::as_const(open)) {
            if (f.messageId > 0) {
                focusFlagId = f.id;
                focusMessageId = f.messageId;
                break;
            }
        }
        if (focusFlagId == 0 && !open.isEmpty())
            focusFlagId = open.first().id;
    }
    for (const FlagInfo &f : std::as_const(flags)) {
        if (f.id != focusFlagId)
            out->previousFlags.append(f);
    }
    out->focusFlagId = focusFlagId;

    if (focusMessageId == 0) {
        // The member's last chat message.
        if (q.exec(QStringLiteral("SELECT id FROM message WHERE member_id IN (%1) AND "
                                  "is_service = 0 ORDER BY sent_at DESC, id DESC LIMIT 1")
                       .arg(groupIds)) &&
            q.next())
            focusMessageId = q.value(0).toLongLong();
        q.finish();
    }

    if (focusMessageId > 0) {
        q.prepare(QStringLiteral("SELECT m.channel_id, m.sent_at, COALESCE(c.name, '') FROM "
                                 "message m JOIN channel c ON c.id = m.channel_id "
                                 "WHERE m.id = ?"));
        q.addBindValue(focusMessageId);
        if (q.exec() && q.next()) {
            const qint64 channel = q.value(0).toLongLong();
            const qint64 sentAt = q.value(1).toLongLong();
            out->channelId = channel;
            out->channelName = q.value(2).toString();
            out->focusMessageId = focusMessageId;
            q.finish();
            const auto readMessages = [&](const QString &sql, int limit) {
                QList<ContextMessage> rows;
                QSqlQuery m(m_db.sql());
                m.prepare(sql);
                m.bindValue(QStringLiteral(":ch"), channel);
                m.bindValue(QStringLiteral(":t"), sentAt);
                m.bindValue(QStringLiteral(":id"), focusMessageId);
                m.bindValue(QStringLiteral(":n"), limit);
                if (m.exec()) {
                    while (m.next()) {
                        ContextMessage row;
                        row.id = m.value(0).toLongLong();
                        row.memberId = members.root(m.value(1).toLongLong());
                        row.memberName = members.name.value(row.memberId);
                        row.sentAt = m.value(2).toLongLong();
                        row.text = m.value(3).toString();
                        row.isFocus = row.id == focusMessageId;
                        rows.append(row);
                    }
                }
                return rows;
            };
            const QString cols = QStringLiteral(
                "SELECT id, COALESCE(member_id, 0), sent_at, text FROM message WHERE ");
            QList<ContextMessage> earlier = readMessages(
                cols + QStringLiteral("channel_id = :ch AND is_service = 0 AND (sent_at < :t OR "
                                      "(sent_at = :t AND id < :id)) ORDER BY sent_at DESC, id "
                                      "DESC LIMIT :n"),
                std::max(0, before));
            std::reverse(earlier.begin(), earlier.end());
            const QList<ContextMessage> focus = readMessages(
                cols + QStringLiteral("id = :id AND channel_id = :ch AND sent_at = :t LIMIT :n"),
                1);
            const QList<ContextMessage> later = readMessages(
                cols + QStringLiteral("channel_id = :ch AND is_service = 0 AND (sent_at > :t OR "
                                      "(sent_at = :t AND id > :id)) ORDER BY sent_at, id "
                                      "LIMIT :n"),
                std::max(0, after));
            out->messages = earlier + focus + later;
        }
        q.finish();
    }

    // Segment and level on asOf, as the member profile computes them.
    AnalyticsSource source(m_db);
    QString sourceError;
    if (source.load(&sourceError)) {
        if (!asOf.isValid())
            asOf = source.clock().dateOf(QDateTime::currentSecsSinceEpoch());
        out->asOf = asOf;
        const SegmentRules rules = SegmentRules::load(m_db);
        const QHash<qint64, SegmentInput> inputs =
            KpiCalculator(source, rules).segmentInputs(Period{asOf, asOf});
        if (const auto it = inputs.constFind(survivor); it != inputs.constEnd()) {
            out->hasSegment = true;
            out->segment = Segmentation::classify(*it, asOf.toJulianDay(), rules);
            out->segmentWhy = Segmentation::explain(*it, asOf.toJulianDay(), rules);
        }
        const QHash<qint64, MemberLevel> levels =
            LevelCalculator(source, LevelRules::load(m_db)).levelsAt(asOf);
        if (const auto it = levels.constFind(survivor); it != levels.constEnd()) {
            out->hasLevel = true;
            out->level = it->level;
            out->levelName = it->name;
            out->levelWhy = it->why;
        }
    }

    AuditFilter filter;
    filter.memberId = survivor;
    out->previousActions = auditLog(filter);
    return true;
}

bool ModerationStore::apply(const ActionRequest &request, ActionResult *result, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    ActionResult local;
    ActionResult &res = result ? *result : local;
    res = ActionResult{};
    const QString reason = request.reason.trimmed();
    const QString actor = request.actor.trimmed();
    if (reason.isEmpty())
        return fail(QCoreApplication::translate("ModerationStore",
                                                "a reason is required for every decision"));
    if (actor.isEmpty())
        return fail(QCoreApplication::translate("ModerationStore",
                                                "the moderator (actor) name is required"));
    if (request.memberIds.isEmpty() && request.flagIds.isEmpty())
        return fail(
            QCoreApplication::translate("ModerationStore", "select at least one member or flag"));

    const qint64 community = m_db.defaultCommunityId();
    const qint64 actedAt =
        request.actedAt > 0 ? request.actedAt : QDateTime::currentSecsSinceEpoch();
    const QString actionKey = key(request.action);

    QSqlQuery tx(m_db.sql());
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(QCoreApplication::translate("ModerationStore", "the workspace is busy: %1")
                        .arg(tx.lastError().text()));
    const auto rollback = [&](const QString &message) {
        tx.exec(QStringLiteral("ROLLBACK"));
        res = ActionResult{};
        return fail(message.isEmpty() ? QCoreApplication::translate(
                                            "ModerationStore",
                                            "the decision could not be written to the workspace")
                                      : message);
    };

    MemberIndex members;
    if (!members.load(m_db, community))
        return rollback(QCoreApplication::translate("ModerationStore",
                                                    "cannot read the members of the workspace"));

    // The selection: members in order, with the flags selected for each.
    QList<qint64> order;
    QHash<qint64, QList<QPair<qint64, QString>>> selectedFlags; // member -> (flag id, rule)
    const auto addMember = [&](qint64 survivor) {
        if (!order.contains(survivor))
            order.append(survivor);
    };
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "SELECT member_id, rule, status FROM flag WHERE id = ? AND community_id = ?"));
        for (qint64 flagId : request.flagIds) {
            q.addBindValue(flagId);
            q.addBindValue(community);
            if (!q.exec() || !q.next())
                return rollback(QCoreApplication::translate("ModerationStore",
                                                            "there is no flag %1 in this workspace")
                                    .arg(flagId));
            const qint64 survivor = members.root(q.value(0).toLongLong());
            const QString rule = q.value(1).toString();
            const QString status = q.value(2).toString();
            q.finish();
            if (request.action == ModerationAction::Dismiss && status != QLatin1String("open"))
                return rollback(
                    QCoreApplication::translate("ModerationStore", "flag %1 is not open (it is %2)")
                        .arg(flagId)
                        .arg(status));
            auto &list = selectedFlags[survivor];
            if (!std::any_of(list.cbegin(), list.cend(),
                             [flagId](const auto &p) { return p.first == flagId; }))
                list.append({flagId, rule});
            addMember(survivor);
        }
    }
    QSet<qint64> selectedMembers; // survivors selected as members (not only through flags)
    for (qint64 memberId : request.memberIds) {
        const qint64 survivor = members.root(memberId);
        if (survivor == 0)
            return rollback(QCoreApplication::translate("ModerationStore",
                                                        "there is no member %1 in this workspace")
                                .arg(memberId));
        selectedMembers.insert(survivor);
        addMember(survivor);
    }

    QSqlQuery q(m_db.sql());
    for (qint64 survivor : std::as_const(order)) {
        const QString groupIds = idList(members.group(survivor));
        const QList<QPair<qint64, QString>> flagsOfMember = selectedFlags.value(survivor);
        // Flags this action closes: (id, rule).
        QList<QPair<qint64, QString>> closing;
        QString newFlagStatus;
        if (request.action == ModerationAction::Dismiss) {
            newFlagStatus = QStringLiteral("dismissed");
            if (!flagsOfMember.isEmpty() && !selectedMembers.contains(survivor)) {
                closing = flagsOfMember;
            } else {
                if (!q.exec(QStringLiteral("SELECT id, rule FROM flag WHERE community_id = %1 "
                                           "AND status = 'open' AND member_id IN (%2) "
                                           "ORDER BY id")
                                .arg(community)
                                .arg(groupIds)))
                    return rollback(q.lastError().text());
                while (q.next())
                    closing.append({q.value(0).toLongLong(), q.value(1).toString()});
                q.finish();
                if (closing.isEmpty())
                    return rollback(
                        QCoreApplication::translate("ModerationStore",
                                                    "member %1 (%2) has no open flag to dismiss")
                            .arg(survivor)
                            .arg(members.name.value(survivor)));
            }
        } else if (request.action == ModerationAction::Warn ||
                   request.action == ModerationAction::Mute ||
                   request.action == ModerationAction::Ban) {
            newFlagStatus = QStringLiteral("actioned");
            if (!q.exec(QStringLiteral("SELECT id, rule FROM flag WHERE community_id = %1 AND "
                                       "status = 'open' AND member_id IN (%2) ORDER BY id")
                            .arg(community)
                            .arg(groupIds)))
                return rollback(q.lastError().text());
            while (q.next())
                closing.append({q.value(0).toLongLong(), q.value(1).toString()});
            q.finish();
        }
        if (!closing.isEmpty()) {
            q.prepare(QStringLiteral("UPDATE flag SET status = :s, handled_at = :t WHERE id = :id "
                                     "AND status = 'open'"));
            for (const auto &f : std::as_const(closing)) {
                q.bindValue(QStringLiteral(":s"), newFlagStatus);
                q.bindValue(QStringLiteral(":t"), actedAt);
                q.bindValue(QStringLiteral(":id"), f.first);
                if (!q.exec())
                    return rollback(q.lastError().text());
                res.flagsChanged += q.numRowsAffected();
            }
        }

        QString newStatus;
        if (request.action == ModerationAction::Mute)
            newStatus = QStringLiteral("muted");
        else if (request.action == ModerationAction::Ban)
            newStatus = QStringLiteral("banned");
        else if (request.action == ModerationAction::Unban) {
            const QString current = members.status.value(survivor);
            if (current != QLatin1String("muted") && current != QLatin1String("banned"))
                return rollback(QCoreApplication::translate(
                                    "ModerationStore", "member %1 (%2) is neither muted nor banned")
                                    .arg(survivor)
                                    .arg(members.name.value(survivor)));
            newStatus = QStringLiteral("active");
        }
        if (!newStatus.isEmpty()) {
            q.prepare(QStringLiteral("UPDATE member SET status = ? WHERE id = ?"));
            q.addBindValue(newStatus);
            q.addBindValue(survivor);
            if (!q.exec())
                return rollback(q.lastError().text());
            if (members.status.value(survivor) != newStatus)
                ++res.membersChanged;
        }

        // The log entry names the flag when exactly one of the member's flags was selected,
        // else when the action closed exactly one flag.
        QPair<qint64, QString> flag{0, QString()};
        if (flagsOfMember.size() == 1)
            flag = flagsOfMember.first();
        else if (flagsOfMember.isEmpty() && closing.size() == 1)
            flag = closing.first();
        q.prepare(QStringLiteral(
            "INSERT INTO moderation_action (community_id, acted_at, actor, action, reason, "
            "member_id, member_name, flag_id, flag_rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "COALESCE(?, ''))"));
        q.addBindValue(community);
        q.addBindValue(actedAt);
        q.addBindValue(actor);
        q.addBindValue(actionKey);
        q.addBindValue(reason);
        q.addBindValue(survivor);
        q.addBindValue(members.name.value(survivor));
        q.addBindValue(flag.first > 0 ? QVariant(flag.first)
                                      : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(flag.second);
        if (!q.exec())
            return rollback(q.lastError().text());
        res.actionIds.append(q.lastInsertId().toLongLong());
        q.finish();
    }
    q.finish();
    if (!tx.exec(QStringLiteral("COMMIT"))) {
        return rollback(tx.lastError().text());
    }
    return true;
}

QList<AuditEntry> ModerationStore::auditLog(const AuditFilter &filter) const
{
    const qint64 community = m_db.defaultCommunityId();
    QString sql = QStringLiteral(
        "SELECT id, acted_at, actor, action, reason, member_id, member_name, "
        "COALESCE(flag_id, 0), flag_rule FROM moderation_action WHERE community_id = :c");
    if (!filter.actor.isEmpty())
        sql += QStringLiteral(" AND actor = :actor");
    if (!filter.action.isEmpty())
        sql += QStringLiteral(" AND action = :action");
    if (filter.fromUtc > 0)
        sql += QStringLiteral(" AND acted_at >= :from");
    if (filter.toUtc > 0)
        sql += QStringLiteral(" AND acted_at < :to");
    if (filter.memberId > 0) {
        MemberIndex members;
        members.load(m_db, community);
        const qint64 survivor = members.root(filter.memberId);
        const QList<qint64> ids =
            survivor > 0 ? members.group(survivor) : QList<qint64>{filter.memberId};
        sql += QStringLiteral(" AND member_id IN (%1)").arg(idList(ids));
    }
    sql += QStringLiteral(" ORDER BY acted_at DESC, id DESC");
    QSqlQuery q(m_db.sql());
    q.prepare(sql);
    q.bindValue(QStringLiteral(":c"), community);
    if (!filter.actor.isEmpty())
        q.bindValue(QStringLiteral(":actor"), filter.actor);
    if (!filter.action.isEmpty())
        q.bindValue(QStringLiteral(":action"), filter.action);
    if (filter.fromUtc > 0)
        q.bindValue(QStringLiteral(":from"), filter.fromUtc);
    if (filter.toUtc > 0)
        q.bindValue(QStringLiteral(":to"), filter.toUtc);
    QList<AuditEntry> out;
    if (q.exec()) {
        while (q.next())
            out.append(readAudit(q));
    }
    return out;
}

QByteArray ModerationStore::auditCsv(const QList<AuditEntry> &entries)
{
    QByteArray out = kBom;
    out += RetentionCsv::line(
        {QStringLiteral("id"), QStringLiteral("acted_at"), QStringLiteral("actor"),
         QStringLiteral("action"), QStringLiteral("member_id"), QStringLiteral("member_name"),
         QStringLiteral("flag_id"), QStringLiteral("flag_rule"), QStringLiteral("reason")});
    for (const AuditEntry &a : entries) {
        out += RetentionCsv::line({QString::number(a.id), isoUtc(a.actedAt), a.actor, a.action,
                                   QString::number(a.memberId), a.memberName,
                                   a.flagId > 0 ? QString::number(a.flagId) : QString(), a.flagRule,
                                   a.reason});
    }
    return out;
}

bool ModerationStore::exportAuditCsv(const QString &path, QString *error,
                                     const AuditFilter &filter) const
{
    return writeFile(path, auditCsv(auditLog(filter)), error);
}

QList<BanEntry> ModerationStore::banList() const
{
    const qint64 community = m_db.defaultCommunityId();
    MemberIndex members;
    members.load(m_db, community);
    QList<BanEntry> out;
    for (auto it = members.parent.constBegin(); it != members.parent.constEnd(); ++it) {
        if (it.value() != 0)
            continue;
        const QString status = members.status.value(it.key());
        if (status != QLatin1String("banned") && status != QLatin1String("muted"))
            continue;
        BanEntry e;
        e.memberId = it.key();
        e.name = members.name.value(it.key());
        e.status = status;
        out.append(e);
    }
    QSqlQuery q(m_db.sql());
    for (BanEntry &e : out) {
        const QString groupIds = idList(members.group(e.memberId));
        if (q.exec(QStringLiteral("SELECT platform, external_id, username, display_name FROM "
                                  "identity WHERE member_id IN (%1) ORDER BY platform, "
                                  "external_id")
                       .arg(groupIds))) {
            while (q.next())
                e.identities.append({q.value(0).toString(), q.value(1).toString(),
                                     q.value(2).toString(), q.value(3).toString()});
        }
        q.finish();
        if (q.exec(QStringLiteral("SELECT acted_at, actor, reason FROM moderation_action WHERE "
                                  "community_id = %1 AND member_id IN (%2) AND action IN "
                                  "('mute', 'ban') ORDER BY acted_at DESC, id DESC LIMIT 1")
                       .arg(community)
                       .arg(groupIds)) &&
            q.next()) {
            e.since = q.value(0).toLongLong();
            e.actor = q.value(1).toString();
            e.reason = q.value(2).toString();
        }
        q.finish();
    }
    std::sort(out.begin(), out.end(), [](const BanEntry &a, const BanEntry &b) {
        if (a.status != b.status)
            return a.status == QLatin1String("banned");
        const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return a.memberId < b.memberId;
    });
    return out;
}

QByteArray ModerationStore::banListCsv(const QList<BanEntry> &entries)
{
    QByteArray out = kBom;
    out += RetentionCsv::line(
        {QStringLiteral("member_id"), QStringLiteral("name"), QStringLiteral("status"),
         QStringLiteral("platform"), QStringLiteral("external_id"), QStringLiteral("username"),
         QStringLiteral("since"), QStringLiteral("actor"), QStringLiteral("reason")});
    for (const BanEntry &e : entries) {
        QList<BanIdentity> ids = e.identities;
        if (ids.isEmpty())
            ids.append(BanIdentity{});
        for (const BanIdentity &i : std::as_const(ids)) {
            out +=
                RetentionCsv::line({QString::number(e.memberId), e.name, e.status, i.platform,
                                    i.externalId, i.username, isoUtc(e.since), e.actor, e.reason});
        }
    }
    return out;
}

QByteArray ModerationStore::banListJson(const QList<BanEntry> &entries, qint64 generatedAtUtc)
{
    QJsonArray list;
    for (const BanEntry &e : entries) {
        QJsonArray ids;
        for (const BanIdentity &i : e.identities) {
            ids.append(QJsonObject{{QStringLiteral("platform"), i.platform},
                                   {QStringLiteral("external_id"), i.externalId},
                                   {QStringLiteral("username"), i.username},
                                   {QStringLiteral("display_name"), i.displayName}});
        }
        list.append(QJsonObject{
            {QStringLiteral("member_id"), e.memberId},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("since"), e.since > 0 ? QJsonValue(isoUtc(e.since)) : QJsonValue()},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("identities"), ids}});
    }
    const QJsonObject root{{QStringLiteral("generated_at"), isoUtc(generatedAtUtc)},
                           {QStringLiteral("members"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ModerationStore::key(ModerationAction action)
{
    switch (action) {
    case ModerationAction::Dismiss:
        return QStringLiteral("dismiss");
    case ModerationAction::Warn:
        return QStringLiteral("warn");
    case ModerationAction::Mute:
        return QStringLiteral("mute");
    case ModerationAction::Ban:
        return QStringLiteral("ban");
    case ModerationAction::Unban:
        return QStringLiteral("unban");
    case ModerationAction::Note:
        return QStringLiteral("note");
    }
    return {};
}

bool ModerationStore::fromKey(const QString &key, ModerationAction *out)
{
    for (ModerationAction a : allActions()) {
        if (ModerationStore::key(a) == key) {
            if (out)
                *out = a;
            return true;
        }
    }
    return false;
}

QString ModerationStore::label(ModerationAction action)
{
    switch (action) {
    case ModerationAction::Dismiss:
        return QCoreApplication::translate("ModerationStore", "Dismiss");
    case ModerationAction::Warn:
        return QCoreApplication::translate("ModerationStore", "Warn");
    case ModerationAction::Mute:
        return QCoreApplication::translate("ModerationStore", "Mute");
    case ModerationAction::Ban:
        return QCoreApplication::translate("ModerationStore", "Ban");
    case ModerationAction::Unban:
        return QCoreApplication::translate("ModerationStore", "Unban");
    case ModerationAction::Note:
        return QCoreApplication::translate("ModerationStore", "Note");
    }
    return {};
}

QList<ModerationAction> ModerationStore::allActions()
{
    return {ModerationAction::Dismiss, ModerationAction::Warn,  ModerationAction::Mute,
            ModerationAction::Ban,     ModerationAction::Unban, ModerationAction::Note};
}

QString ModerationStore::osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
#if defined(Q_OS_UNIX)
    if (name.isEmpty()) {
        if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
            name = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    if (name.isEmpty())
        name = QStringLiteral("unknown");
    return name;
}

} // namespace kindred
