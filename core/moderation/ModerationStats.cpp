#include "ModerationStats.h"

#include "ModerationStore.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kindred {
namespace {

/// Surviving member of every member id of the community (merges followed).
QHash<qint64, qint64> survivors(Database &db, qint64 communityId, QHash<qint64, QString> *names,
                                QHash<qint64, QString> *statuses)
{
    QHash<qint64, qint64> parent;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, COALESCE(merged_into, 0), display_name, status FROM "
                             "member WHERE community_id = ?"));
    q.addBindValue(communityId);
    if (q.exec()) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            parent.insert(id, q.value(1).toLongLong());
            names->insert(id, q.value(2).toString());
            statuses->insert(id, q.value(3).toString());
        }
    }
    QHash<qint64, qint64> root;
    for (auto it = parent.constBegin(); it != parent.constEnd(); ++it) {
        qint64 id = it.key();
        for (int hops = 0; hops < 64 && parent.value(id) != 0; ++hops)
            id = parent.value(id);
        root.insert(it.key(), parent.value(id) == 0 ? id : it.key());
    }
    return root;
}

QString isoUtc(qint64 secs)
{
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate)
                    : QString();
}

} // namespace

ModerationStats::ModerationStats(Database &db) : m_db(db) {}

ModerationStatsResult ModerationStats::compute(qint64 fromUtc, qint64 toUtc) const
{
    ModerationStatsResult r;
    r.fromUtc = fromUtc;
    r.toUtc = toUtc;
    r.medianHandleSeconds = std::numeric_limits<double>::quiet_NaN();
    const qint64 community = m_db.defaultCommunityId();
    QHash<qint64, QString> names;
    QHash<qint64, QString> statuses;
    const QHash<qint64, qint64> root = survivors(m_db, community, &names, &statuses);

    const auto range = [&](const QString &column) {
        QString clause;
        if (fromUtc > 0)
            clause += QStringLiteral(" AND %1 >= %2").arg(column).arg(fromUtc);
        if (toUtc > 0)
            clause += QStringLiteral(" AND %1 < %2").arg(column).arg(toUtc);
        return clause;
    };

    // Flags of the period (by occurred_at).
    QHash<QString, RuleCount> perRule;
    QHash<qint64, ChannelCount> perChannel;
    QHash<qint64, RepeatOffender> offenders;
    QList<qint64> handleTimes;
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT f.rule, COALESCE(f.channel_id, m.channel_id, 0), "
                              "COALESCE(c.name, ''), f.status, f.raised_at, f.handled_at, "
                              "f.member_id FROM flag f LEFT JOIN message m ON m.id = f.message_id "
                              "LEFT JOIN channel c ON c.id = COALESCE(f.channel_id, m.channel_id) "
                              "WHERE f.community_id = %1")
                   .arg(community) +
               range(QStringLiteral("f.occurred_at")))) {
        while (q.next()) {
            const QString rule = q.value(0).toString();
            const qint64 channel = q.value(1).toLongLong();
            const QString status = q.value(3).toString();
            ++r.flags;
            RuleCount &rc = perRule[rule];
            rc.rule = rule;
            ++rc.flags;
            ChannelCount &cc = perChannel[channel];
            cc.channelId = channel;
            cc.channelName = q.value(2).toString();
            ++cc.flags;
            if (status == QLatin1String("open")) {
                ++r.open;
                ++rc.open;
                continue;
            }
            if (status == QLatin1String("dismissed"))
                ++rc.dismissed;
            else if (status == QLatin1String("actioned")) {
                ++rc.actioned;
                const qint64 member = root.value(q.value(6).toLongLong(), q.value(6).toLongLong());
                RepeatOffender &o = offenders[member];
                o.memberId = member;
                ++o.actionedFlags;
            }
            if (!q.value(5).isNull()) {
                ++r.handled;
                handleTimes.append(q.value(5).toLongLong() - q.value(4).toLongLong());
            }
        }
    }
    q.finish();
    r.medianHandleSeconds = median(handleTimes);

    // Actions of the period (by acted_at).
    QHash<QString, QHash<QString, int>> byActor;
    if (q.exec(QStringLiteral("SELECT actor, action, member_id FROM moderation_action WHERE "
                              "community_id = %1")
                   .arg(community) +
               range(QStringLiteral("acted_at")))) {
        while (q.next()) {
            const QString actor = q.value(0).toString();
            const QString action = q.value(1).toString();
            ++r.actions;
            ++byActor[actor][action];
            if (action == QLatin1String("warn") || action == QLatin1String("mute") ||
                action == QLatin1String("ban")) {
                const qint64 member = root.value(q.value(2).toLongLong(), q.value(2).toLongLong());
                RepeatOffender &o = offenders[member];
                o.memberId = member;
                ++o.sanctions;
            }
        }
    }
    q.finish();

    r.perRule = perRule.values();
    std::sort(r.perRule.begin(), r.perRule.end(), [](const RuleCount &a, const RuleCount &b) {
        return a.flags != b.flags ? a.flags > b.flags : a.rule < b.rule;
    });
    r.perChannel = perChannel.values();
    std::sort(r.perChannel.begin(), r.perChannel.end(),
              [](const ChannelCount &a, const ChannelCount &b) {
                  if (a.flags != b.flags)
                      return a.flags > b.flags;
                  if (a.channelName != b.channelName)
                      return a.channelName < b.channelName;
                  return a.channelId < b.channelId;
              });
    for (RepeatOffender &o : offenders) {
        if (o.actionedFlags < 2 && o.sanctions < 2)
            continue;
        o.name = names.value(o.memberId);
        o.status = statuses.value(o.memberId);
        r.repeatOffenders.append(o);
    }
    std::sort(r.repeatOffenders.begin(), r.repeatOffenders.end(),
              [](const RepeatOffender &a, const RepeatOffender &b) {
                  const int sa = a.sanctions + a.actionedFlags;
                  const int sb = b.sanctions + b.actionedFlags;
                  return sa != sb ? sa > sb : a.memberId < b.memberId;
              });
    for (auto it = byActor.constBegin(); it != byActor.constEnd(); ++it) {
        ModeratorActivity m;
        m.actor = it.key();
        for (ModerationAction a : ModerationStore::allActions()) {
            const int n = it.value().value(ModerationStore::key(a));
            m.perAction.append({ModerationStore::key(a), n});
            m.total += n;
        }
        r.moderators.append(m);
    }
    std::sort(r.moderators.begin(), r.moderators.end(),
              [](const ModeratorActivity &a, const ModeratorActivity &b) {
                  return a.total != b.total ? a.total > b.total : a.actor < b.actor;
              });
    return r;
}

double ModerationStats::median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return double(values[n / 2]);
    return (double(values[n / 2 - 1]) + double(values[n / 2])) / 2.0;
}

QByteArray ModerationStats::toJson(const ModerationStatsResult &r)
{
    QJsonArray rules;
    for (const RuleCount &c : r.perRule) {
        rules.append(QJsonObject{{QStringLiteral("rule"), c.rule},
                                 {QStringLiteral("flags"), c.flags},
                                 {QStringLiteral("open"), c.open},
                                 {QStringLiteral("dismissed"), c.dismissed},
                                 {QStringLiteral("actioned"), c.actioned}});
    }
    QJsonArray channels;
    for (const ChannelCount &c : r.perChannel) {
        channels.append(QJsonObject{{QStringLiteral("channel_id"), c.channelId},
                                    {QStringLiteral("channel_name"), c.channelName},
                                    {QStringLiteral("flags"), c.flags}});
    }
    QJsonArray offenders;
    for (const RepeatOffender &o : r.repeatOffenders) {
        offenders.append(QJsonObject{{QStringLiteral("member_id"), o.memberId},
                                     {QStringLiteral("name"), o.name},
                                     {QStringLiteral("status"), o.status},
                                     {QStringLiteral("actioned_flags"), o.actionedFlags},
                                     {QStringLiteral("sanctions"), o.sanctions}});
    }
    QJsonArray moderators;
    for (const ModeratorActivity &m : r.moderators) {
        QJsonObject per;
        for (const auto &p : m.perAction)
            per.insert(p.first, p.second);
        moderators.append(QJsonObject{{QStringLiteral("actor"), m.actor},
                                      {QStringLiteral("total"), m.total},
                                      {QStringLiteral("per_action"), per}});
    }
    const QJsonObject root{
        {QStringLiteral("from"), r.fromUtc > 0 ? QJsonValue(isoUtc(r.fromUtc)) : QJsonValue()},
        {QStringLiteral("to"), r.toUtc > 0 ? QJsonValue(isoUtc(r.toUtc)) : QJsonValue()},
        {QStringLiteral("flags"), r.flags},
        {QStringLiteral("open"), r.open},
        {QStringLiteral("handled"), r.handled},
        {QStringLiteral("median_handle_seconds"),
         std::isnan(r.medianHandleSeconds) ? QJsonValue() : QJsonValue(r.medianHandleSeconds)},
        {QStringLiteral("actions"), r.actions},
        {QStringLiteral("per_rule"), rules},
        {QStringLiteral("per_channel"), channels},
        {QStringLiteral("repeat_offenders"), offenders},
        {QStringLiteral("moderators"), moderators}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace kindred
