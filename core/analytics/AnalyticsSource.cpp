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
    // Rows first, then merges resolved: a surviving member carries the earliest first-seen
    // and join and the latest last-seen of everyone merged into it, and is counted when any
    // of them was seen.
    std::vector<MemberFacts> rows;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (q.value(7).toInt() != 0)
            continue;
        if (const qint64 merged = q.value(8).toLongLong(); merged > 0)
            mergedInto.insert(id, merged);
        MemberFacts f;
        f.id = id;
        f.name = q.value(1).toString();
        f.firstSeen = q.value(2).toLongLong();
        f.lastSeen = q.value(3).toLongLong();
        f.joinedAt = q.value(4).toLongLong();
        f.leftAt = q.value(5).toLongLong();
        f.status = q.value(6).toString();
        rows.push_back(std::move(f));
    }
    auto rootOf = [&](qint64 id) {
        for (int hops = 0; hops < 32 && mergedInto.contains(id); ++hops)
            id = mergedInto.value(id);
        return id;
    };
    QHash<qint64, size_t> survivorIndex;
    for (size_t i = 0; i < rows.size(); ++i)
        if (!mergedInto.contains(rows[i].id))
            survivorIndex.insert(rows[i].id, i);
    auto minPositive = [](qint64 a, qint64 b) {
        return a == 0 ? b : (b == 0 ? a : std::min(a, b));
    };
    for (const MemberFacts &f : rows) {
        if (!mergedInto.contains(f.id))
            continue;
        const auto it = survivorIndex.constFind(rootOf(f.id));
        if (it == survivorIndex.constEnd())
            continue; // merged into a bot or an unknown member: not counted
        MemberFacts &root = rows[it.value()];
        root.firstSeen = minPositive(root.firstSeen, f.firstSeen);
        root.lastSeen = std::max(root.lastSeen, f.lastSeen);
        root.joinedAt = minPositive(root.joinedAt, f.joinedAt);
        root.leftAt = root.leftAt > 0 && f.leftAt > 0 ? std::max(root.leftAt, f.leftAt) : 0;
    }
    for (const MemberFacts &f : rows) {
        const qint64 root = rootOf(f.id);
        const auto it = survivorIndex.constFind(root);
        if (it == survivorIndex.constEnd() || rows[it.value()].firstSeen == 0)
            continue; // known only by name (e.g. a system line): not a member yet
        if (size_t(f.id) >= m_rootOf.size())
            m_rootOf.resize(size_t(f.id) + 1, 0);
        m_rootOf[size_t(f.id)] = root;
    }
    for (const MemberFacts &f : rows)
        if (!mergedInto.contains(f.id) && f.firstSeen > 0)
            m_members.push_back(f);
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
