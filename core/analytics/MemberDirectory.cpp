#include "MemberDirectory.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace kindred {

MemberDirectory::MemberDirectory(const KpiCalculator &calculator, const AnalyticsSource &source)
    : m_calc(calculator), m_source(source)
{
}

QList<MemberRow> MemberDirectory::rows(const Period &period) const
{
    const qint64 start = m_source.startOf(period);
    const qint64 end = m_source.endOf(period);
    const qint64 endDay = period.to.toJulianDay();
    const QHash<qint64, SegmentInput> inputs = m_calc.segmentInputs(period);

    QHash<qint64, qint64> inPeriod, total;
    QSqlQuery q(m_source.database().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.member_id, count(*), sum(m.sent_at >= ? AND m.sent_at < ?) "
                             "FROM message m JOIN channel c ON c.id = +m.channel_id WHERE "
                             "c.community_id = ? AND m.is_service = 0 AND m.member_id IS NOT NULL "
                             "AND m.sent_at < ?") +
              m_source.channelClause(QStringLiteral("+m.channel_id")) +
              QStringLiteral(" GROUP BY m.member_id"));
    q.addBindValue(start);
    q.addBindValue(end);
    q.addBindValue(m_source.communityId());
    q.addBindValue(end);
    if (q.exec()) {
        while (q.next()) {
            const qint64 id = m_source.resolve(q.value(0).toLongLong());
            total[id] += q.value(1).toLongLong();
            inPeriod[id] += q.value(2).toLongLong();
        }
    }
    QHash<qint64, QStringList> platforms;
    q.prepare(QStringLiteral("SELECT member_id, platform FROM identity WHERE community_id = ? "
                             "ORDER BY platform"));
    q.addBindValue(m_source.communityId());
    if (q.exec()) {
        while (q.next()) {
            QStringList &p = platforms[m_source.resolve(q.value(0).toLongLong())];
            const QString name = q.value(1).toString();
            if (!p.contains(name))
                p.append(name);
        }
    }

    QList<MemberRow> out;
    out.reserve(inputs.size());
    for (const MemberFacts &m : m_source.members()) {
        const auto it = inputs.constFind(m.id);
        if (it == inputs.constEnd())
            continue;
        MemberRow r;
        r.id = m.id;
        r.name = m.name;
        r.platforms = platforms.value(m.id).join(QStringLiteral(", "));
        r.segment = Segmentation::classify(*it, endDay, m_calc.rules());
        r.why = Segmentation::explain(*it, endDay, m_calc.rules());
        r.joinedAt = m.joinTime();
        r.lastSeen = std::min(m.lastSeen, end - 1);
        r.messagesInPeriod = inPeriod.value(m.id);
        r.messagesTotal = total.value(m.id);
        r.activeDays = it->activeDaysInWindow;
        r.status = m.status;
        out.append(r);
    }
    std::sort(out.begin(), out.end(), [](const MemberRow &a, const MemberRow &b) {
        if (a.messagesInPeriod != b.messagesInPeriod)
            return a.messagesInPeriod > b.messagesInPeriod;
        if (a.messagesTotal != b.messagesTotal)
            return a.messagesTotal > b.messagesTotal;
        return a.name < b.name;
    });
    return out;
}

} // namespace kindred
