#include "ReportData.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace kindred {

bool ReportData::build(AnalyticsSource &source, const Period &period, int topN, ReportData *out,
                       QString *error)
{
    if (source.communityId() == 0 && !source.load(error))
        return false;
    ReportData d;
    d.communityName = source.communityName();
    d.timezone = QString::fromUtf8(source.clock().zone().id());
    d.generatedAt = QDateTime::currentDateTimeUtc();
    d.rules = SegmentRules::load(source.database());
    KpiCalculator calc(source, d.rules);
    d.current = calc.compute(period);
    d.previous = calc.compute(period.previous());
    Rankings rankings(source);
    d.topContent = rankings.topContent(period, ContentWeights{}, topN);
    {
        const ContentInsights insights(source);
        d.topThreads = insights.topThreads(period, ContentWeights{}, topN);
        d.topLinks = insights.topLinks(period, topN);
    }
    d.topMembers = rankings.topMembers(period, Rankings::MemberOrder::Messages, topN);
    const Retention retention(source);
    d.retention = retention.cohorts(RetentionGrain::Month, period);
    d.periodRetention =
        retention.periodRetention(RetentionGrain::Month, {period.from.addMonths(-1), period.to});
    d.segmentFlow = SegmentFlow(source, d.rules).monthly(period);
    d.moderation = ModerationStats(source.database())
                       .compute(source.clock().startOf(period.from),
                                source.clock().startOf(period.to.addDays(1)));
    {
        TopicOptions topicOptions;
        topicOptions.maxKeywords = 15;
        topicOptions.maxPhrases = 15;
        topicOptions.clusters = 0; // the report lists terms only
        QString topicsError; // text that cannot be read leaves the section's lists empty
        if (!Topics::load(source, period, topicOptions, &d.topics, &topicsError))
            d.topics = TopicsResult{};
    }
    {
        QString influenceError; // a graph that cannot be read leaves the section empty
        if (Influence::compute(source, period, InfluenceOptions{}, &d.influence,
                               &influenceError)) {
            std::vector<InfluenceMember> kept; // already highest PageRank first
            for (size_t i = 0; i < d.influence.members.size(); ++i) {
                const InfluenceMember &m = d.influence.members[i];
                if (i < 15 || m.kolRank > 0 || m.bridgeRank > 0)
                    kept.push_back(m);
            }
            d.influence.members = std::move(kept);
            d.influence.edgeList.clear();
        } else {
            d.influence = InfluenceResult{};
        }
    }
    d.totalMembers = qint64(source.members().size());
    QString paidError; // a paid side that cannot be read leaves its section out
    if (!buildPaid(source, period, &d, &paidError))
        d.hasPaid = false;
    QSqlQuery q(source.database().sql());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM message m JOIN channel c ON c.id = "
                             "+m.channel_id WHERE c.community_id = :c AND m.is_service = 0), "
                             "(SELECT count(*) FROM channel WHERE community_id = :c)"));
    q.bindValue(QStringLiteral(":c"), source.communityId());
    if (q.exec() && q.next()) {
        d.totalMessages = q.value(0).toLongLong();
        d.channels = q.value(1).toLongLong();
    }
    *out = std::move(d);
    return true;
}

} // namespace kindred
