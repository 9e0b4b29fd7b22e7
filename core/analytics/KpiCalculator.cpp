#include "KpiCalculator.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <limits>

namespace kindred {

double relativeChange(double current, double previous)
{
    if (previous == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return (current - previous) / previous;
}

KpiCalculator::KpiCalculator(const AnalyticsSource &source, const SegmentRules &rules)
    : m_source(source), m_rules(rules)
{
}

QHash<qint64, SegmentInput> KpiCalculator::segmentInputs(const Period &period) const
{
    const CommunityClock &clock = m_source.clock();
    const qint64 end = m_source.endOf(period);
    const qint64 endDay = period.to.toJulianDay();
    QHash<qint64, SegmentInput> inputs;
    for (const MemberFacts &m : m_source.members()) {
        if (m.firstSeen >= end)
            continue;
        SegmentInput in;
        in.joinDay = clock.dayOf(m.joinTime());
        in.leftDay = (m.leftAt > 0 && m.leftAt < end) ? clock.dayOf(m.leftAt) : 0;
        inputs.insert(m.id, in);
    }
    const int span = std::max(m_rules.churnDays, m_rules.windowDays);
    const ActivityDays act = m_source.activity(endDay - span + 1, endDay);
    for (const auto &[day, member] : act) {
        auto it = inputs.find(member);
        if (it == inputs.end())
            continue;
        it->lastActiveDay = std::max(it->lastActiveDay, day);
        if (day > endDay - m_rules.windowDays)
            ++it->activeDaysInWindow;
    }
    return inputs;
}

KpiSet KpiCalculator::compute(const Period &period) const
{
    KpiSet k;
    k.period = period;
    const qint64 start = m_source.startOf(period);
    const qint64 end = m_source.endOf(period);
    for (const MemberFacts &m : m_source.members()) {
        if (m.firstSeen < end)
            ++k.membersAtEnd;
        if (m.firstSeen < start)
            ++k.membersAtStart;
        const qint64 joined = m.joinTime();
        if (joined >= start && joined < end)
            ++k.joined;
    }

    QSqlQuery q(m_source.database().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*), count(m.reply_to_external_id) FROM message m "
                             "JOIN channel c ON c.id = +m.channel_id JOIN member mb ON mb.id = "
                             "m.member_id WHERE c.community_id = ? AND m.is_service = 0 AND "
                             "mb.is_bot = 0 AND m.sent_at >= ? AND m.sent_at < ?") +
              m_source.channelClause(QStringLiteral("+m.channel_id")));
    q.addBindValue(m_source.communityId());
    q.addBindValue(start);
    q.addBindValue(end);
    if (q.exec() && q.next()) {
        k.messages = q.value(0).toLongLong();
        k.replies = q.value(1).toLongLong();
    }
    q.prepare(QStringLiteral("SELECT coalesce(sum(r.count), 0) FROM reaction r JOIN message m ON "
                             "m.id = r.message_id JOIN channel c ON c.id = +m.channel_id WHERE "
                             "c.community_id = ? AND m.is_service = 0 AND m.sent_at >= ? AND "
                             "m.sent_at < ?") +
              m_source.channelClause(QStringLiteral("+m.channel_id")));
    q.addBindValue(m_source.communityId());
    q.addBindValue(start);
    q.addBindValue(end);
    if (q.exec() && q.next())
        k.reactions = q.value(0).toLongLong();

    const qint64 fromDay = period.from.toJulianDay();
    const qint64 toDay = period.to.toJulianDay();
    const ActivityDays act = m_source.activity(fromDay - 29, toDay);
    k.series = Engagement::series(act, fromDay, toDay);
    k.dauMean = Engagement::meanDau(k.series);
    k.mau = k.series.isEmpty() ? 0 : k.series.last().mau;
    k.stickiness = Engagement::stickiness(k.series);
    k.activityRate = k.membersAtEnd > 0 ? double(k.interactions()) / double(k.membersAtEnd) : 0.0;
    k.growthRate = k.membersAtStart > 0 ? double(k.joined) / double(k.membersAtStart) : 0.0;

    const QHash<qint64, SegmentInput> inputs = segmentInputs(period);
    for (const SegmentInput &in : inputs)
        ++k.segments[size_t(Segmentation::classify(in, toDay, m_rules))];
    return k;
}

} // namespace kindred
