#include "PredictionFeatures.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace kindred {

namespace {
struct Tally
{
    int active7 = 0;
    int active30 = 0;
    int active90 = 0;
    int activePrev30 = 0;
    qint64 lastActive = 0;
    int activeNext = 0;
    int messages30 = 0;
    int messages90 = 0;
    int replied90 = 0;
};
} // namespace

bool PredictionFeatures::load(const AnalyticsSource &source, qint64 fromDay, qint64 toDay,
                              QString *error)
{
    m_fromDay = fromDay;
    m_toDay = toDay;
    const CommunityClock &clock = source.clock();
    m_members.clear();
    for (const MemberFacts &f : source.members()) {
        Member m;
        m.id = f.id;
        m.firstDay = clock.dayOf(f.firstSeen);
        m.joinDay = clock.dayOf(f.joinTime());
        m.leftDay = f.leftAt > 0 ? clock.dayOf(f.leftAt) : 0;
        m_members.push_back(m);
    }
    m_activity = source.activity(fromDay, toDay);

    // One query for every message of the range; the first reply by another non-bot member is
    // found through the message_reply index (channel_id, reply_to_external_id).
    const qint64 start = clock.startOf(QDate::fromJulianDay(fromDay));
    const qint64 end = clock.startOf(QDate::fromJulianDay(toDay + 1));
    const QString sql =
        QStringLiteral(
            "SELECT m.member_id, m.sent_at, (SELECT min(r.sent_at) FROM message r JOIN member rb "
            "ON rb.id = r.member_id WHERE r.channel_id = m.channel_id AND "
            "r.reply_to_external_id = m.external_id AND r.is_service = 0 AND r.sent_at < :e "
            "AND r.member_id <> m.member_id AND rb.is_bot = 0 AND rb.is_self = 0) "
            "FROM message m JOIN channel c ON c.id = +m.channel_id WHERE c.community_id = :c "
            "AND m.is_service = 0 AND m.member_id IS NOT NULL AND m.sent_at >= :s AND "
            "m.sent_at < :e%1")
            .arg(source.channelClause(QStringLiteral("+m.channel_id")));
    QSqlQuery q(source.database().sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":c"), source.communityId());
    q.bindValue(QStringLiteral(":s"), start);
    q.bindValue(QStringLiteral(":e"), end);
    if (!q.exec()) {
        *error = QCoreApplication::translate("PredictionFeatures", "cannot read messages: %1")
                     .arg(q.lastError().text());
        return false;
    }
    m_messages.clear();
    while (q.next()) {
        const qint64 member = source.resolve(q.value(0).toLongLong());
        if (member == 0)
            continue;
        Message msg;
        msg.member = member;
        msg.day = clock.dayOf(q.value(1).toLongLong());
        msg.firstReplyDay = q.value(2).isNull() ? 0 : clock.dayOf(q.value(2).toLongLong());
        m_messages.push_back(msg);
    }
    std::sort(m_messages.begin(), m_messages.end(),
              [](const Message &a, const Message &b) { return a.day < b.day; });
    return true;
}

std::vector<PredictionRow> PredictionFeatures::rowsAt(qint64 cutoff) const
{
    const qint64 c = cutoff;
    const bool labelled = c + kPredictionHorizonDays <= m_toDay;
    QHash<qint64, Tally> tally;
    const auto first = std::lower_bound(m_activity.begin(), m_activity.end(),
                                        std::make_pair(c - kPredictionLookbackDays + 1, qint64(0)));
    for (auto it = first; it != m_activity.end() && it->first <= c + kPredictionHorizonDays; ++it) {
        const qint64 day = it->first;
        Tally &t = tally[it->second];
        if (day > c) {
            t.activeNext += labelled ? 1 : 0;
            continue;
        }
        ++t.active90;
        t.lastActive = std::max(t.lastActive, day);
        if (day > c - 7)
            ++t.active7;
        if (day > c - 30)
            ++t.active30;
        else if (day > c - 60)
            ++t.activePrev30;
    }
    const auto firstMessage =
        std::lower_bound(m_messages.begin(), m_messages.end(), c - kPredictionLookbackDays + 1,
                         [](const Message &m, qint64 day) { return m.day < day; });
    for (auto it = firstMessage; it != m_messages.end() && it->day <= c; ++it) {
        const auto t = tally.find(it->member);
        if (t == tally.end())
            continue; // not active in the lookback: outside the population
        ++t->messages90;
        if (it->day > c - 30)
            ++t->messages30;
        if (it->firstReplyDay > 0 && it->firstReplyDay <= c)
            ++t->replied90;
    }

    std::vector<PredictionRow> rows;
    for (const Member &m : m_members) {
        if (m.firstDay > c || (m.leftDay > 0 && m.leftDay <= c))
            continue;
        const auto it = tally.constFind(m.id);
        if (it == tally.constEnd() || it->active90 == 0)
            continue;
        const Tally &t = *it;
        PredictionRow row;
        row.member = m.id;
        row.activeDays30 = t.active30;
        row.daysSinceActive = int(c - t.lastActive);
        row.features = {double(t.active7),
                        double(t.active30),
                        double(t.active90),
                        std::log1p(double(t.messages30)),
                        double(row.daysSinceActive),
                        double(std::clamp<qint64>(c - m.joinDay, 0, kPredictionLookbackDays)),
                        t.messages90 > 0 ? double(t.replied90) / double(t.messages90) : 0.0,
                        double(t.active30 - t.activePrev30)};
        if (labelled) {
            row.activeNext = t.activeNext;
            row.churned = t.activeNext == 0;
        }
        rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end(),
              [](const PredictionRow &a, const PredictionRow &b) { return a.member < b.member; });
    return rows;
}

QString PredictionFeatures::key(int feature)
{
    static const char *const keys[kPredictionFeatureCount] = {
        "active_7d",  "active_30d", "active_90d",  "messages_30d",
        "days_since", "tenure",     "reply_share", "trend_30d"};
    return feature >= 0 && feature < kPredictionFeatureCount ? QString::fromLatin1(keys[feature])
                                                             : QString();
}

QString PredictionFeatures::label(int feature)
{
    switch (feature) {
    case 0:
        return QCoreApplication::translate("PredictionFeatures", "active days, last 7");
    case 1:
        return QCoreApplication::translate("PredictionFeatures", "active days, last 30");
    case 2:
        return QCoreApplication::translate("PredictionFeatures", "active days, last 90");
    case 3:
        return QCoreApplication::translate("PredictionFeatures", "messages, last 30 days (log)");
    case 4:
        return QCoreApplication::translate("PredictionFeatures", "days since last active");
    case 5:
        return QCoreApplication::translate("PredictionFeatures", "tenure in days (capped at 90)");
    case 6:
        return QCoreApplication::translate("PredictionFeatures", "share of posts replied to");
    case 7:
        return QCoreApplication::translate("PredictionFeatures",
                                           "trend: active days vs the previous 30");
    default:
        return {};
    }
}

} // namespace kindred
