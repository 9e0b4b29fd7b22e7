#include "CliEngagement.h"
#include "CliSupport.h"

#include "analytics/EngagementReport.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace kindred::cli {
namespace {

QJsonObject toJson(const AnalyticsSource &source, const EngagementReportData &d)
{
    QJsonArray series;
    for (const DailyEngagement &r : d.series)
        series.append(QJsonObject{
            {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
            {QStringLiteral("dau"), r.dau},
            {QStringLiteral("wau"), r.wau},
            {QStringLiteral("mau"), r.mau},
            {QStringLiteral("stickiness"), rounded(EngagementReport::dayStickiness(r), 6)}});
    QJsonArray channels;
    for (qsizetype i = 0; i < d.channels.size(); ++i) {
        QJsonArray perDay;
        for (const QList<qint64> &day : d.messagesPerDay)
            perDay.append(day.at(i));
        channels.append(QJsonObject{{QStringLiteral("id"), d.channels.at(i).channelId},
                                    {QStringLiteral("name"), d.channels.at(i).name},
                                    {QStringLiteral("messages"), d.channels.at(i).messages},
                                    {QStringLiteral("per_day"), perDay}});
    }
    QJsonArray weeks;
    for (const WeekActivity &w : d.weeks)
        weeks.append(QJsonObject{{QStringLiteral("from"), w.from.toString(Qt::ISODate)},
                                 {QStringLiteral("to"), w.to.toString(Qt::ISODate)},
                                 {QStringLiteral("new"), w.newMembers},
                                 {QStringLiteral("returning"), w.returningMembers}});
    QJsonArray heatmap;
    qint64 heatmapTotal = 0;
    for (const auto &row : d.heatmap) {
        QJsonArray hours;
        for (qint64 n : row) {
            hours.append(n);
            heatmapTotal += n;
        }
        heatmap.append(hours);
    }
    QJsonArray cafMembers;
    for (const MemberMessages &m : d.caf.members)
        cafMembers.append(QJsonObject{{QStringLiteral("id"), m.memberId},
                                      {QStringLiteral("name"), m.name},
                                      {QStringLiteral("messages"), m.messages}});
    QJsonArray filter;
    for (qint64 id : source.channelFilter())
        filter.append(id);
    const ReplyTimes &q = d.replies;
    return QJsonObject{
        {QStringLiteral("community"), source.communityName()},
        {QStringLiteral("timezone"), QString::fromUtf8(source.clock().zone().id())},
        {QStringLiteral("from"), d.period.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), d.period.to.toString(Qt::ISODate)},
        {QStringLiteral("channel_filter"), filter},
        {QStringLiteral("dau_mean"), rounded(d.dauMean, 6)},
        {QStringLiteral("mau"), d.mau},
        {QStringLiteral("stickiness"), rounded(d.stickiness, 6)},
        {QStringLiteral("messages"), d.messages},
        {QStringLiteral("series"), series},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("weeks"), weeks},
        {QStringLiteral("heatmap"), heatmap},
        {QStringLiteral("heatmap_total"), heatmapTotal},
        {QStringLiteral("questions"),
         QJsonObject{{QStringLiteral("count"), q.questions},
                     {QStringLiteral("answered"), q.answered()},
                     {QStringLiteral("unanswered"), q.unanswered()},
                     {QStringLiteral("median_seconds"), std::isfinite(q.medianSeconds)
                                                            ? QJsonValue(q.medianSeconds)
                                                            : QJsonValue()}}},
        {QStringLiteral("caf"),
         QJsonObject{{QStringLiteral("factor"), d.caf.factor()},
                     {QStringLiteral("total_messages"), d.caf.totalMessages},
                     {QStringLiteral("covered_messages"), d.caf.coveredMessages()},
                     {QStringLiteral("members"), cafMembers}}},
    };
}

void printText(const AnalyticsSource &source, const EngagementReportData &d)
{
    printLine(QStringLiteral("%1  (%2, %3)")
                  .arg(source.communityName(), d.period.toString(),
                       QString::fromUtf8(source.clock().zone().id()))
                  .toUtf8());
    printLine(QStringLiteral("DAU mean %1, MAU %2, stickiness %3")
                  .arg(d.dauMean, 0, 'f', 2)
                  .arg(d.mau)
                  .arg(d.stickiness, 0, 'f', 4)
                  .toUtf8());
    printLine(QStringLiteral("messages %1").arg(d.messages).toUtf8());
    for (const ChannelMessages &c : d.channels)
        printLine(QStringLiteral("  %1 %2").arg(c.messages, 8).arg(c.name).toUtf8());
    const ReplyTimes &q = d.replies;
    printLine(QStringLiteral("questions %1, answered %2, unanswered %3, median time to first "
                             "reply %4 s")
                  .arg(q.questions)
                  .arg(q.answered())
                  .arg(q.unanswered())
                  .arg(std::isfinite(q.medianSeconds) ? QString::number(q.medianSeconds, 'f', 1)
                                                      : QStringLiteral("-"))
                  .toUtf8());
    printLine(QStringLiteral("contributor absence factor %1 (%2 of %3 messages)")
                  .arg(d.caf.factor())
                  .arg(d.caf.coveredMessages())
                  .arg(d.caf.totalMessages)
                  .toUtf8());
    for (const MemberMessages &m : d.caf.members)
        printLine(QStringLiteral("  %1 %2  %3")
                      .arg(m.memberId, 6)
                      .arg(m.messages, 6)
                      .arg(m.name)
                      .toUtf8());
    printLine(QByteArrayLiteral("week        new  returning"));
    for (const WeekActivity &w : d.weeks)
        printLine(QStringLiteral("%1 %2 %3%4")
                      .arg(w.from.toString(Qt::ISODate))
                      .arg(w.newMembers, 5)
                      .arg(w.returningMembers, 10)
                      .arg(w.isPartial() ? QStringLiteral("  (partial)") : QString())
                      .toUtf8());
}

} // namespace

int runEngagement(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption(
        {QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD)."), QStringLiteral("D")});
    p.addOption(
        {QStringLiteral("to"), QStringLiteral("Last day (YYYY-MM-DD)."), QStringLiteral("D")});
    p.addOption({QStringLiteral("channel"),
                 QStringLiteral("Only this channel id (repeat for several)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    Database db;
    QString error;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    AnalyticsSource source(db);
    if (!source.load(&error))
        return fail(error);
    QList<qint64> channels;
    for (const QString &value : p.values(QStringLiteral("channel"))) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(
                QStringLiteral("engagement: invalid --channel '%1' (a channel id)").arg(value));
        channels.append(id);
    }
    source.setChannelFilter(channels);
    QDate last = source.lastMessageDate();
    if (!last.isValid())
        last = QDate::currentDate();
    Period period;
    if (!Period::parse(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")),
                       Period::ending(last, 30), &period, &error))
        return fail(error);
    EngagementReportData data;
    if (!EngagementReport(source).compute(period, &data, &error))
        return fail(error);
    if (p.isSet(QStringLiteral("json")))
        printLine(QJsonDocument(toJson(source, data)).toJson(QJsonDocument::Compact));
    else
        printText(source, data);
    return 0;
}

} // namespace kindred::cli
