#include "CliRetention.h"
#include "CliSupport.h"

#include "analytics/Retention.h"
#include "analytics/RetentionCsv.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace kindred::cli {
namespace {

QJsonValue shareValue(bool has, double share)
{
    return has ? QJsonValue(rounded(share)) : QJsonValue();
}

QJsonObject toJson(const AnalyticsSource &source, const CohortTable &table,
                   const QList<PeriodRetentionRow> &rows)
{
    QJsonArray cohorts;
    for (const RetentionCohort &c : table.cohorts) {
        QJsonArray cells;
        for (int k = 0; k < c.cells.size(); ++k) {
            const RetentionCell &cell = c.cells.at(k);
            if (!cell.observable) {
                cells.append(QJsonValue());
                continue;
            }
            cells.append(
                QJsonObject{{QStringLiteral("active"), cell.active},
                            {QStringLiteral("share"), shareValue(c.hasShare(k), c.share(k))},
                            {QStringLiteral("complete"), cell.complete}});
        }
        cohorts.append(QJsonObject{{QStringLiteral("cohort"), c.label},
                                   {QStringLiteral("first_day"), c.start.toString(Qt::ISODate)},
                                   {QStringLiteral("last_day"), c.end.toString(Qt::ISODate)},
                                   {QStringLiteral("size"), c.size},
                                   {QStringLiteral("cells"), cells}});
    }
    QJsonArray periods;
    for (const PeriodRetentionRow &r : rows)
        periods.append(
            QJsonObject{{QStringLiteral("period"), r.label},
                        {QStringLiteral("first_day"), r.start.toString(Qt::ISODate)},
                        {QStringLiteral("next_period"), r.nextLabel},
                        {QStringLiteral("active"), r.base},
                        {QStringLiteral("active_in_both"),
                         r.observable ? QJsonValue(r.retained) : QJsonValue()},
                        {QStringLiteral("retention"), shareValue(r.hasShare(), r.share())},
                        {QStringLiteral("complete"), r.complete}});
    return QJsonObject{{QStringLiteral("community"), source.communityName()},
                       {QStringLiteral("timezone"), QString::fromUtf8(source.clock().zone().id())},
                       {QStringLiteral("by"), RetentionCalendar::key(table.grain)},
                       {QStringLiteral("from"), table.range.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), table.range.to.toString(Qt::ISODate)},
                       {QStringLiteral("members"), table.members()},
                       {QStringLiteral("cohorts"), cohorts},
                       {QStringLiteral("period_retention"), periods}};
}

/// "45.0%", "45.0%*" for a period that has not ended, "-" when not observable, "" for no share.
QString cellText(bool observable, bool complete, bool has, double share)
{
    if (!observable)
        return QStringLiteral("-");
    if (!has)
        return QString();
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%') +
           (complete ? QString() : QStringLiteral("*"));
}

void printText(const AnalyticsSource &source, const CohortTable &table,
               const QList<PeriodRetentionRow> &rows)
{
    printLine(QStringLiteral("%1  (%2, by %3, %4)")
                  .arg(source.communityName(), table.range.toString(),
                       RetentionCalendar::key(table.grain),
                       QString::fromUtf8(source.clock().zone().id()))
                  .toUtf8());
    printLine(QStringLiteral("cohort      size  share active in period k after joining (k = 0..)")
                  .toUtf8());
    for (const RetentionCohort &c : table.cohorts) {
        QString line = QStringLiteral("%1 %2").arg(c.label, -9).arg(c.size, 6);
        for (int k = 0; k < c.cells.size(); ++k) {
            const RetentionCell &cell = c.cells.at(k);
            line += QStringLiteral(" %1").arg(
                cellText(cell.observable, cell.complete, c.hasShare(k), c.share(k)), 7);
        }
        printLine(line.toUtf8());
    }
    printLine(QByteArrayLiteral("period retention (active in both / active in the period):"));
    for (const PeriodRetentionRow &r : rows)
        printLine(QStringLiteral("%1 -> %2 %3 / %4  %5")
                      .arg(r.label, -9)
                      .arg(r.nextLabel, -9)
                      .arg(r.observable ? QString::number(r.retained) : QStringLiteral("-"), 6)
                      .arg(r.base, -6)
                      .arg(cellText(r.observable, r.complete, r.hasShare(), r.share()))
                      .toUtf8());
    printLine(QByteArrayLiteral("* the period has not ended yet; - not observable yet"));
}

} // namespace

int runRetention(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("by"), QStringLiteral("Cohorts by month or (ISO) week."),
                 QStringLiteral("month|week"), QStringLiteral("month")});
    p.addOption({QStringLiteral("from"),
                 QStringLiteral("First day (YYYY-MM-DD); default: the "
                                "first join."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("to"),
                 QStringLiteral("Last observed day (YYYY-MM-DD); default: "
                                "the last message or join."),
                 QStringLiteral("D")});
    p.addOption(
        {QStringLiteral("csv"), QStringLiteral("The cohort table as CSV (UTF-8 with BOM).")});
    p.addOption({QStringLiteral("periods"),
                 QStringLiteral("With --csv: the period retention table instead.")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Both tables as one JSON object.")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    RetentionGrain grain;
    if (!RetentionCalendar::fromKey(p.value(QStringLiteral("by")), &grain))
        return fail(QStringLiteral("retention: --by must be month or week, not '%1'")
                        .arg(p.value(QStringLiteral("by"))));
    if (p.isSet(QStringLiteral("csv")) && p.isSet(QStringLiteral("json")))
        return fail(QStringLiteral("retention: give --csv or --json, not both"));
    Database db;
    QString error;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    AnalyticsSource source(db);
    if (!source.load(&error))
        return fail(error);
    const Retention retention(source);
    Period range = retention.dataRange();
    for (const QString &bound : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!p.isSet(bound))
            continue;
        const QDate d = QDate::fromString(p.value(bound), Qt::ISODate);
        if (!d.isValid())
            return fail(QStringLiteral("retention: invalid --%1 date '%2' (expected YYYY-MM-DD)")
                            .arg(bound, p.value(bound)));
        (bound == QLatin1String("from") ? range.from : range.to) = d;
    }
    if ((range.from.isValid() || range.to.isValid()) && !range.isValid())
        return fail(QStringLiteral("retention: the range %1 is empty").arg(range.toString()));
    const CohortTable table = retention.cohorts(grain, range);
    const QList<PeriodRetentionRow> rows = retention.periodRetention(grain, range);
    if (p.isSet(QStringLiteral("csv"))) {
        const QByteArray csv = p.isSet(QStringLiteral("periods")) ? RetentionCsv::periods(rows)
                                                                  : RetentionCsv::cohorts(table);
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        std::fflush(stdout);
    } else if (p.isSet(QStringLiteral("json"))) {
        printLine(QJsonDocument(toJson(source, table, rows)).toJson(QJsonDocument::Compact));
    } else {
        printText(source, table, rows);
    }
    return 0;
}

} // namespace kindred::cli
