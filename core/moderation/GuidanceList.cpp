#include "GuidanceList.h"

#include "analytics/AnalyticsSource.h"
#include "analytics/KpiCalculator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace kindred {

GuidanceList::GuidanceList(const AnalyticsSource &source, const SegmentRules &rules)
    : m_source(source), m_rules(rules)
{
}

QList<GuidanceEntry> GuidanceList::compute(QDate day) const
{
    if (!day.isValid())
        return {};
    const qint64 endDay = day.toJulianDay();
    const int w = m_rules.windowDays;
    const Period period{day, day};
    const qint64 end = m_source.endOf(period);
    const QHash<qint64, SegmentInput> inputs =
        KpiCalculator(m_source, m_rules).segmentInputs(period);

    // Members with an open flag (after merges), and chat messages sent by the end of the day.
    QSet<qint64> flagged;
    QHash<qint64, int> messages;
    {
        Database &db = m_source.database();
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral(
            "SELECT DISTINCT member_id FROM flag WHERE status = 'open' AND community_id = ?"));
        q.addBindValue(m_source.communityId());
        if (q.exec()) {
            while (q.next())
                flagged.insert(m_source.resolve(q.value(0).toLongLong()));
        }
        q.finish();
        q.prepare(QStringLiteral("SELECT m.member_id, COUNT(*) FROM message m JOIN channel c ON "
                                 "c.id = m.channel_id WHERE c.community_id = ? AND "
                                 "m.is_service = 0 AND m.member_id IS NOT NULL AND m.sent_at < ?") +
                  m_source.channelClause(QStringLiteral("m.channel_id")) +
                  QStringLiteral(" GROUP BY m.member_id"));
        q.addBindValue(m_source.communityId());
        q.addBindValue(end);
        if (q.exec()) {
            while (q.next())
                messages[m_source.resolve(q.value(0).toLongLong())] += q.value(1).toInt();
        }
        q.finish();
    }

    // Active days per member over everything a silent member's history can need:
    // back to day - churnDays - W.
    const qint64 firstDay = endDay - std::max(m_rules.churnDays, 2 * w) - w + 1;
    const ActivityDays act = m_source.activity(firstDay, endDay);
    QHash<qint64, QList<qint64>> daysOf; // ascending
    for (const auto &[d, member] : act)
        daysOf[member].append(d);
    const auto countIn = [&](qint64 member, qint64 from, qint64 to) {
        int n = 0;
        for (qint64 d : daysOf.value(member)) {
            if (d >= from && d <= to)
                ++n;
        }
        return n;
    };

    QList<GuidanceEntry> out;
    for (const MemberFacts &m : m_source.members()) {
        const auto it = inputs.constFind(m.id);
        if (it == inputs.constEnd())
            continue;
        if (m.status != QLatin1String("active") || flagged.contains(m.id))
            continue;
        const Segment segment = Segmentation::classify(*it, endDay, m_rules);
        GuidanceEntry e;
        e.memberId = m.id;
        e.name = m.name;
        e.segment = segment;
        e.joined = QDate::fromJulianDay(it->joinDay);
        if (it->lastActiveDay > 0) {
            e.lastActive = QDate::fromJulianDay(it->lastActiveDay);
            e.daysSinceActive = int(endDay - it->lastActiveDay);
        }
        e.activeDaysLast = countIn(m.id, endDay - w + 1, endDay);
        e.activeDaysPrevious = countIn(m.id, endDay - 2 * w + 1, endDay - w);
        e.messages = messages.value(m.id);
        if (segment == Segment::Newcomer && e.messages == 0) {
            e.reason = GuidanceReason::NewcomerNotPosted;
            e.why = QCoreApplication::translate("GuidanceList",
                                                "Joined on %1 (%2 days ago) and has not posted "
                                                "a message yet.")
                        .arg(e.joined.toString(Qt::ISODate))
                        .arg(endDay - it->joinDay);
        } else if (segment == Segment::Occasional && e.activeDaysLast < e.activeDaysPrevious) {
            e.reason = GuidanceReason::ActivityDropped;
            e.why = QCoreApplication::translate("GuidanceList",
                                                "Active on %1 of the last %3 days, down from %2 "
                                                "of the %3 days before.")
                        .arg(e.activeDaysLast)
                        .arg(e.activeDaysPrevious)
                        .arg(w);
        } else if (segment == Segment::Silent && it->lastActiveDay > 0) {
            e.activeDaysBeforeStop = countIn(m.id, it->lastActiveDay - w + 1, it->lastActiveDay);
            if (e.activeDaysBeforeStop < m_rules.activeMinDays)
                continue;
            e.reason = GuidanceReason::WentSilent;
            e.why = QCoreApplication::translate("GuidanceList",
                                                "Silent for %1 days (last active %2); active on "
                                                "%3 of the %4 days before that (active member "
                                                "threshold: %5).")
                        .arg(e.daysSinceActive)
                        .arg(e.lastActive.toString(Qt::ISODate))
                        .arg(e.activeDaysBeforeStop)
                        .arg(w)
                        .arg(m_rules.activeMinDays);
        } else {
            continue;
        }
        out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const GuidanceEntry &a, const GuidanceEntry &b) {
        if (a.reason != b.reason)
            return int(a.reason) < int(b.reason);
        switch (a.reason) {
        case GuidanceReason::NewcomerNotPosted:
            if (a.joined != b.joined)
                return a.joined < b.joined;
            break;
        case GuidanceReason::ActivityDropped: {
            const int da = a.activeDaysPrevious - a.activeDaysLast;
            const int dbb = b.activeDaysPrevious - b.activeDaysLast;
            if (da != dbb)
                return da > dbb;
            break;
        }
        case GuidanceReason::WentSilent:
            if (a.activeDaysBeforeStop != b.activeDaysBeforeStop)
                return a.activeDaysBeforeStop > b.activeDaysBeforeStop;
            break;
        }
        const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.memberId < b.memberId;
    });
    return out;
}

QString GuidanceList::key(GuidanceReason reason)
{
    switch (reason) {
    case GuidanceReason::NewcomerNotPosted:
        return QStringLiteral("newcomer_not_posted");
    case GuidanceReason::ActivityDropped:
        return QStringLiteral("activity_dropped");
    case GuidanceReason::WentSilent:
        return QStringLiteral("went_silent");
    }
    return {};
}

QString GuidanceList::label(GuidanceReason reason)
{
    switch (reason) {
    case GuidanceReason::NewcomerNotPosted:
        return QCoreApplication::translate("GuidanceList", "Newcomer who has not posted yet");
    case GuidanceReason::ActivityDropped:
        return QCoreApplication::translate("GuidanceList", "Activity dropped");
    case GuidanceReason::WentSilent:
        return QCoreApplication::translate("GuidanceList", "Went silent");
    }
    return {};
}

} // namespace kindred
