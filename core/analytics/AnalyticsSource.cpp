#include "AnalyticsSource.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace kindred {

AnalyticsSource::AnalyticsSource(Database &db) : m_db(db) {}

bool AnalyticsSource::load(QString *error)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, timezone FROM community ORDER BY id LIMIT 1")) ||
        !q.next()) {
        *error = QCoreApplication::translate(
                     "AnalyticsSource",
                     "%1: the workspace holds no community yet (import an export first)")
                     .arg(m_db.path());
        return false;
    }
    m_communityId = q.value(0).toLongLong();
    m_communityName = q.value(1).toString();
    m_clock = CommunityClock(QTimeZone(q.value(2).toString().toUtf8()));

    m_members.clear();
    m_rootOf.clear();
    QHash<qint64, qint64> mergedInto;
    q.prepare(
        QStringLiteral("SELECT id, display_name, coalesce(first_seen, 0), "
                       "coalesce(last_seen, 0), coalesce(joined_at, 0), coalesce(left_at, 0), "
                       "status, is_bot OR is_self, coalesce(merged_into, 0) FROM member "
                       "WHERE community_id = ? ORDER BY id"));
    q.addBindValue(m_communityId);
    if (!q.exec()) {
        *error = QCoreApplication::translate("AnalyticsSource", "%1: cannot read members")
                     .arg(m_db.path());
        return false;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const bool bot = q.value(7).toInt() != 0;
        const qint64 merged = q.value(8).toLongLong();
        if (bot)
            continue;
        if (merged > 0) {
            mergedInto.insert(id, merged);
            continue;
        }
        MemberFacts f;
        f.id = id;
        f.name = q.value(1).toString();
        f.firstSeen = q.value(2).toLongLong();
        f.lastSeen = q.value(3).toLongLong();
        f.joinedAt = q.value(4).toLongLong();
        f.leftAt = q.value(5).toLongLong();
        f.status = q.value(6).toString();
        if (f.firstSeen == 0) // known only by name (e.g. a system line): not a member yet
            continue;
        if (size_t(id) >= m_rootOf.size())
            m_rootOf.resize(size_t(id) + 1, 0);
        m_rootOf[size_t(id)] = id;
        m_members.push_back(std::move(f));
    }
    for (auto it = mergedInto.cbegin(); it != mergedInto.cend(); ++it) {
        qint64 root = it.value();
        for (int hops = 0; hops < 32 && mergedInto.contains(root); ++hops)
            root = mergedInto.value(root);
        if (resolve(root) == root && root > 0) {
            if (size_t(it.key()) >= m_rootOf.size())
                m_rootOf.resize(size_t(it.key()) + 1, 0);
            m_rootOf[size_t(it.key())] = root;
        }
    }
    return true;
}

QString AnalyticsSource::channelClause(const QString &column) const
{
    if (m_channels.isEmpty())
        return {};
    QStringList ids;
    for (qint64 id : m_channels)
        ids.append(QString::number(id));
    return QStringLiteral(" AND %1 IN (%2)").arg(column, ids.join(QLatin1Char(',')));
}

ActivityDays AnalyticsSource::activity(qint64 fromDay, qint64 toDay) const
{
    ActivityDays out;
    const qint64 start = m_clock.startOf(QDate::fromJulianDay(fromDay));
    const qint64 end = m_clock.startOf(QDate::fromJulianDay(toDay + 1));
    const QString sql =
        QStringLiteral("SELECT m.member_id, m.sent_at FROM message m JOIN channel c ON c.id = "
                       "+m.channel_id WHERE c.community_id = :c AND m.is_service = 0 AND "
                       "m.member_id IS NOT NULL AND m.sent_at >= :s AND m.sent_at < :e%1 "
                       "UNION ALL "
                       "SELECT rm.member_id, rm.reacted_at FROM reaction_member rm JOIN reaction r "
                       "ON r.id = rm.reaction_id JOIN message m ON m.id = r.message_id JOIN "
                       "channel c ON c.id = +m.channel_id WHERE c.community_id = :c AND "
                       "rm.reacted_at >= :s AND rm.reacted_at < :e%1")
            .arg(channelClause(QStringLiteral("+m.channel_id")));
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":c"), m_communityId);
    q.bindValue(QStringLiteral(":s"), start);
    q.bindValue(QStringLiteral(":e"), end);
    if (!q.exec()) {
        qWarning("activity query failed: %s", qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        const qint64 member = resolve(q.value(0).toLongLong());
        if (member == 0)
            continue;
        out.emplace_back(m_clock.dayOf(q.value(1).toLongLong()), member);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QDate AnalyticsSource::firstMessageDate() const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT min(sent_at) FROM message m JOIN channel c ON c.id = "
                             "+m.channel_id WHERE c.community_id = ? AND m.is_service = 0") +
              channelClause(QStringLiteral("+m.channel_id")));
    q.addBindValue(m_communityId);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return m_clock.dateOf(q.value(0).toLongLong());
    return {};
}

QDate AnalyticsSource::lastMessageDate() const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT max(sent_at) FROM message m JOIN channel c ON c.id = "
                             "+m.channel_id WHERE c.community_id = ? AND m.is_service = 0") +
              channelClause(QStringLiteral("+m.channel_id")));
    q.addBindValue(m_communityId);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return m_clock.dateOf(q.value(0).toLongLong());
    return {};
}

} // namespace kindred
