#include "CliSegments.h"
#include "CliSupport.h"

#include "analytics/SegmentFlow.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace kindred::cli {
namespace {

QString originKey(int origin)
{
    return origin == kNewOrigin ? QStringLiteral("new") : Segmentation::key(Segment(origin));
}

QJsonObject countsJson(const SegmentCounts &counts)
{
    QJsonObject o;
    for (Segment s : Segmentation::all())
        o.insert(Segmentation::key(s), counts.at(size_t(s)));
    return o;
}

QJsonObject rulesJson(const SegmentRules &r)
{
    return QJsonObject{{QStringLiteral("churn_days"), r.churnDays},
                       {QStringLiteral("newcomer_days"), r.newcomerDays},
                       {QStringLiteral("window_days"), r.windowDays},
                       {QStringLiteral("active_min_days"), r.activeMinDays}};
}

QJsonObject breakdownJson(const SegmentBreakdown &b)
{
    QJsonObject segments;
    for (Segment s : Segmentation::all()) {
        const double rel = b.relativeChange(s);
        segments.insert(
            Segmentation::key(s),
            QJsonObject{{QStringLiteral("count"), b.current.at(size_t(s))},
                        {QStringLiteral("previous"), b.previous.at(size_t(s))},
                        {QStringLiteral("change"), b.change(s)},
                        {QStringLiteral("change_pct"),
                         std::isnan(rel) ? QJsonValue() : QJsonValue(rounded(rel * 100.0, 2))},
                        {QStringLiteral("banned"), b.banned.at(size_t(s))},
                        {QStringLiteral("muted"), b.muted.at(size_t(s))},
                        {QStringLiteral("flagged"), b.flagged.at(size_t(s))}});
    }
    return QJsonObject{
        {QStringLiteral("from"), b.period.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), b.period.to.toString(Qt::ISODate)},
        {QStringLiteral("previous_from"), b.previousPeriod.from.toString(Qt::ISODate)},
        {QStringLiteral("previous_to"), b.previousPeriod.to.toString(Qt::ISODate)},
        {QStringLiteral("members"), b.total()},
        {QStringLiteral("previous_members"), b.previousTotal()},
        {QStringLiteral("banned"), b.bannedTotal()},
        {QStringLiteral("muted"), b.mutedTotal()},
        {QStringLiteral("flagged"), b.flaggedTotal()},
        {QStringLiteral("segments"), segments}};
}

QJsonArray flowJson(const QList<MonthFlow> &months)
{
    QJsonArray out;
    for (const MonthFlow &f : months) {
        QJsonObject matrix;
        for (int o = 0; o < kFlowOrigins; ++o)
            matrix.insert(originKey(o), countsJson(f.cells.at(size_t(o))));
        out.append(QJsonObject{{QStringLiteral("month"), f.label()},
                               {QStringLiteral("before"), f.before.toString(Qt::ISODate)},
                               {QStringLiteral("after"), f.after.toString(Qt::ISODate)},
                               {QStringLiteral("complete"), f.complete},
                               {QStringLiteral("new_members"), f.newMembers()},
                               {QStringLiteral("counts_before"), countsJson(f.countsBefore)},
                               {QStringLiteral("counts_after"), countsJson(f.countsAfter)},
                               {QStringLiteral("matrix"), matrix}});
    }
    return out;
}

void printText(const AnalyticsSource &source, const SegmentRules &rules, const SegmentBreakdown &b,
               const QList<MonthFlow> &months, bool flow)
{
    printLine(QStringLiteral("%1  (%2, compared with %3, %4)")
                  .arg(source.communityName(), b.period.toString(), b.previousPeriod.toString(),
                       QString::fromUtf8(source.clock().zone().id()))
                  .toUtf8());
    printLine(QStringLiteral("rules: churned after %1 days without activity or on leaving; "
                             "newcomer within %2 days of joining; active on >= %3 of the last "
                             "%4 days")
                  .arg(rules.churnDays)
                  .arg(rules.newcomerDays)
                  .arg(rules.activeMinDays)
                  .arg(rules.windowDays)
                  .toUtf8());
    printLine(QByteArrayLiteral(
        "segment       members  previous  change   change%  banned  muted  flagged"));
    for (Segment s : Segmentation::all()) {
        const double rel = b.relativeChange(s);
        printLine(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                      .arg(Segmentation::key(s), -12)
                      .arg(b.current.at(size_t(s)), 8)
                      .arg(b.previous.at(size_t(s)), 9)
                      .arg(QStringLiteral("%1%2")
                               .arg(b.change(s) > 0 ? QStringLiteral("+") : QString())
                               .arg(b.change(s)),
                           7)
                      .arg(std::isnan(rel)
                               ? QStringLiteral("-")
                               : QString::number(rel * 100.0, 'f', 1) + QLatin1Char('%'),
                           9)
                      .arg(b.banned.at(size_t(s)), 7)
                      .arg(b.muted.at(size_t(s)), 6)
                      .arg(b.flagged.at(size_t(s)), 8)
                      .toUtf8());
    }
    printLine(QStringLiteral("%1 %2 %3")
                  .arg(QStringLiteral("total"), -12)
                  .arg(b.total(), 8)
                  .arg(b.previousTotal(), 9)
                  .toUtf8());
    if (!flow)
        return;
    for (const MonthFlow &f : months) {
        printLine(QStringLiteral("\nflow %1 (end of %2 -> end of %3%4): rows from, columns to")
                      .arg(f.label(), f.before.toString(Qt::ISODate), f.after.toString(Qt::ISODate),
                           f.complete ? QString() : QStringLiteral(", month not over"))
                      .toUtf8());
        QString header = QStringLiteral("%1").arg(QString(), -12);
        for (Segment s : Segmentation::all())
            header += QStringLiteral(" %1").arg(Segmentation::key(s), 10);
        printLine((header + QStringLiteral(" %1").arg(QStringLiteral("total"), 8)).toUtf8());
        for (int o = 0; o < kFlowOrigins; ++o) {
            QString line = QStringLiteral("%1").arg(originKey(o), -12);
            for (Segment s : Segmentation::all())
                line += QStringLiteral(" %1").arg(f.cell(o, s), 10);
            printLine((line + QStringLiteral(" %1").arg(f.rowSum(o), 8)).toUtf8());
        }
        QString total = QStringLiteral("%1").arg(QStringLiteral("total"), -12);
        for (Segment s : Segmentation::all())
            total += QStringLiteral(" %1").arg(f.columnSum(s), 10);
        printLine((total + QStringLiteral(" %1").arg(f.membersAfter(), 8)).toUtf8());
    }
}

} // namespace

int runSegments(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption(
        {QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD)."), QStringLiteral("D")});
    p.addOption(
        {QStringLiteral("to"), QStringLiteral("Last day (YYYY-MM-DD)."), QStringLiteral("D")});
    p.addOption({QStringLiteral("flow"),
                 QStringLiteral("Also the flow between segments, month by month.")});
    p.addOption({QStringLiteral("months"),
                 QStringLiteral("With --flow: calendar months ending with the period's last "
                                "day (default 12)."),
                 QStringLiteral("N"), QStringLiteral("12")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    bool monthsOk = false;
    const int monthCount = p.value(QStringLiteral("months")).toInt(&monthsOk);
    if (!monthsOk || monthCount < 1 || monthCount > 240)
        return fail(QStringLiteral("segments: --months must be a number from 1 to 240, not '%1'")
                        .arg(p.value(QStringLiteral("months"))));
    Database db;
    QString error;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    AnalyticsSource source(db);
    if (!source.load(&error))
        return fail(error);
    QDate last = source.lastMessageDate();
    if (!last.isValid())
        last = QDate::currentDate();
    Period period;
    if (!Period::parse(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")),
                       Period::ending(last, 30), &period, &error))
        return fail(error);
    const SegmentRules rules = SegmentRules::load(db);
    const SegmentFlow flow(source, rules);
    const SegmentBreakdown b = flow.breakdown(period);
    const bool withFlow = p.isSet(QStringLiteral("flow"));
    const QList<MonthFlow> months =
        withFlow ? flow.monthly(SegmentFlow::monthsEnding(period.to, monthCount))
                 : QList<MonthFlow>();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = breakdownJson(b);
        o.insert(QStringLiteral("community"), source.communityName());
        o.insert(QStringLiteral("timezone"), QString::fromUtf8(source.clock().zone().id()));
        o.insert(QStringLiteral("rules"), rulesJson(rules));
        if (withFlow)
            o.insert(QStringLiteral("flow"), flowJson(months));
        printLine(QJsonDocument(o).toJson(QJsonDocument::Compact));
        return 0;
    }
    printText(source, rules, b, months, withFlow);
    return 0;
}

} // namespace kindred::cli
