#include "CliPaid.h"
#include "CliSupport.h"

#include "analytics/AnalyticsSource.h"
#include "analytics/PaidMetrics.h"
#include "analytics/RenewalRisk.h"
#include "analytics/Rfm.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace kindred::cli {
namespace {

QJsonObject moneyJson(const QMap<QString, qint64> &amounts)
{
    QJsonObject o;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject renewalJson(const RenewalMonth &m, bool withMonth)
{
    QJsonObject o{{QStringLiteral("expiring"), m.expiring},
                  {QStringLiteral("renewed"), m.renewed},
                  {QStringLiteral("cancelled"), m.cancelled},
                  {QStringLiteral("pending"), m.pending},
                  {QStringLiteral("refunded_excluded"), m.refundedExcluded},
                  {QStringLiteral("rate"), rounded(m.rate())}};
    if (withMonth)
        o.insert(QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM")));
    return o;
}

QJsonValue nullable(double v)
{
    return std::isfinite(v) ? QJsonValue(rounded(v)) : QJsonValue();
}

QJsonObject reportJson(const AnalyticsSource &source, const PaidReport &r)
{
    QJsonArray byMonth;
    for (const RenewalMonth &m : r.renewalsByMonth)
        byMonth.append(renewalJson(m, true));
    QJsonArray revenue;
    for (const RevenueCell &c : r.revenueByMonth)
        revenue.append(
            QJsonObject{{QStringLiteral("month"), c.month.toString(QStringLiteral("yyyy-MM"))},
                        {QStringLiteral("plan"), c.planName},
                        {QStringLiteral("currency"), c.currency},
                        {QStringLiteral("amount_minor"), c.amountMinor},
                        {QStringLiteral("memberships"), c.memberships}});
    QJsonObject arppu;
    for (auto it = r.arppu.cbegin(); it != r.arppu.cend(); ++it)
        arppu.insert(it.key(), rounded(it.value(), 2));
    QJsonObject o{
        {QStringLiteral("community"), source.communityName()},
        {QStringLiteral("from"), r.period.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), r.period.to.toString(Qt::ISODate)},
        {QStringLiteral("as_of"), isoUtc(r.asOf)},
        {QStringLiteral("grace_days"), r.settings.graceDays},
        {QStringLiteral("trial_conversion_days"), r.settings.trialConversionDays},
        {QStringLiteral("members"), r.members},
        {QStringLiteral("paying_members"), r.payingMembers},
        {QStringLiteral("paying_outside_community"), r.payingOutsideCommunity},
        {QStringLiteral("conversion_rate"), rounded(r.conversionRate)},
        {QStringLiteral("trials"),
         QJsonObject{{QStringLiteral("started"), r.trials},
                     {QStringLiteral("converted"), r.trialsConverted},
                     {QStringLiteral("pending"), r.trialsPending},
                     {QStringLiteral("rate"), rounded(r.trialConversionRate)}}},
        {QStringLiteral("renewals"), renewalJson(r.renewalsInPeriod, false)},
        {QStringLiteral("renewal_rate"), rounded(r.renewalRate)},
        {QStringLiteral("renewals_by_month"), byMonth},
        {QStringLiteral("revenue"), moneyJson(r.revenue)},
        {QStringLiteral("revenue_by_month"), revenue},
        {QStringLiteral("payers_by_currency"), moneyJson(r.payersByCurrency)},
        {QStringLiteral("arppu"), arppu},
        {QStringLiteral("refunds"),
         QJsonObject{{QStringLiteral("count"), r.refunds.count},
                     {QStringLiteral("amount"), moneyJson(r.refunds.amountMinor)}}},
    };
    if (r.rates.isEnabled())
        o.insert(QStringLiteral("converted"),
                 QJsonObject{{QStringLiteral("base"), r.rates.base},
                             {QStringLiteral("revenue_minor"), r.revenueConverted},
                             {QStringLiteral("missing_rates"),
                              QJsonArray::fromStringList(r.missingRates)}});
    return o;
}

QJsonObject rfmJson(const RfmResult &rfm)
{
    QJsonObject counts;
    for (RfmSegment s : Rfm::all())
        counts.insert(Rfm::key(s), 0);
    QJsonArray rows;
    for (const RfmRow &row : rfm.rows) {
        counts.insert(Rfm::key(row.segment), counts.value(Rfm::key(row.segment)).toInt() + 1);
        rows.append(QJsonObject{{QStringLiteral("member_id"), row.memberId},
                                {QStringLiteral("name"), row.name},
                                {QStringLiteral("recency_days"), row.recencyDays},
                                {QStringLiteral("frequency"), row.frequency},
                                {QStringLiteral("money_minor"), row.moneyMinor},
                                {QStringLiteral("r"), row.r},
                                {QStringLiteral("f"), row.f},
                                {QStringLiteral("m"), row.m},
                                {QStringLiteral("segment"), Rfm::key(row.segment)}});
    }
    return QJsonObject{{QStringLiteral("as_of"), rfm.asOf.toString(Qt::ISODate)},
                       {QStringLiteral("currency"), rfm.currency},
                       {QStringLiteral("segments"), counts},
                       {QStringLiteral("rows"), rows}};
}

QJsonObject riskJson(const RenewalRiskReport &risk)
{
    const RenewalRiskQuality &q = risk.quality;
    QJsonArray rows;
    for (const RenewalRiskRow &row : risk.rows)
        rows.append(
            QJsonObject{{QStringLiteral("membership_id"), row.membershipId},
                        {QStringLiteral("member_id"), row.memberId},
                        {QStringLiteral("name"), row.name},
                        {QStringLiteral("plan"), row.planName},
                        {QStringLiteral("expires"), row.expiryDate.toString(Qt::ISODate)},
                        {QStringLiteral("days_to_expiry"), row.daysToExpiry},
                        {QStringLiteral("recent_active_days"), row.features.recentActiveDays},
                        {QStringLiteral("before_active_days"), row.features.beforeActiveDays},
                        {QStringLiteral("days_since_active"), row.features.daysSinceActive},
                        {QStringLiteral("level"), row.features.level},
                        {QStringLiteral("segment"), row.features.segmentKey},
                        {QStringLiteral("risk"), rounded(row.risk)}});
    return QJsonObject{
        {QStringLiteral("as_of"), risk.asOf.toString(Qt::ISODate)},
        {QStringLiteral("horizon_days"), risk.options.horizonDays},
        {QStringLiteral("model"),
         QJsonObject{{QStringLiteral("cutoff"), q.cutoff.toString(Qt::ISODate)},
                     {QStringLiteral("usable"), q.usable},
                     {QStringLiteral("reason"), q.reason},
                     {QStringLiteral("training_rows"), q.trainingRows},
                     {QStringLiteral("training_not_renewed"), q.trainingNotRenewed},
                     {QStringLiteral("evaluation_rows"), q.evaluationRows},
                     {QStringLiteral("evaluation_not_renewed"), q.evaluationNotRenewed},
                     {QStringLiteral("auc"), nullable(q.auc)},
                     {QStringLiteral("accuracy"), nullable(q.accuracy)},
                     {QStringLiteral("baseline_auc"), nullable(q.baselineAuc)},
                     {QStringLiteral("baseline_accuracy"), nullable(q.baselineAccuracy)}}},
        {QStringLiteral("rows"), rows}};
}

QString money(qint64 minor, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(double(minor) / 100.0, 0, 'f', 2).arg(currency);
}

QString moneyList(const QMap<QString, qint64> &amounts)
{
    QStringList parts;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        parts.append(money(it.value(), it.key()));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

void printText(const AnalyticsSource &source, const PaidReport &r)
{
    printLine(QStringLiteral("%1  (%2, renewal grace %3 days)")
                  .arg(source.communityName(), r.period.toString())
                  .arg(r.settings.graceDays)
                  .toUtf8());
    printLine(QStringLiteral("paying members %1 of %2 members: conversion %3%  (%4 paying people "
                             "never seen in the community)")
                  .arg(r.payingMembers)
                  .arg(r.members)
                  .arg(r.conversionRate * 100.0, 0, 'f', 1)
                  .arg(r.payingOutsideCommunity)
                  .toUtf8());
    printLine(QStringLiteral("trials %1, converted within %2 days %3 (%4%), pending %5")
                  .arg(r.trials)
                  .arg(r.settings.trialConversionDays)
                  .arg(r.trialsConverted)
                  .arg(r.trialConversionRate * 100.0, 0, 'f', 1)
                  .arg(r.trialsPending)
                  .toUtf8());
    printLine(QStringLiteral("renewals: %1 of %2 expiring renewed (%3%), %4 cancelled, %5 pending, "
                             "%6 refunded left out")
                  .arg(r.renewalsInPeriod.renewed)
                  .arg(r.renewalsInPeriod.expiring)
                  .arg(r.renewalRate * 100.0, 0, 'f', 1)
                  .arg(r.renewalsInPeriod.cancelled)
                  .arg(r.renewalsInPeriod.pending)
                  .arg(r.renewalsInPeriod.refundedExcluded)
                  .toUtf8());
    for (const RenewalMonth &m : r.renewalsByMonth)
        if (m.expiring > 0)
            printLine(QStringLiteral("  expiring %1: %2 / %3 renewed (%4%)")
                          .arg(m.month.toString(QStringLiteral("yyyy-MM")))
                          .arg(m.renewed)
                          .arg(m.expiring)
                          .arg(m.rate() * 100.0, 0, 'f', 1)
                          .toUtf8());
    printLine(QStringLiteral("revenue: %1").arg(moneyList(r.revenue)).toUtf8());
    for (const RevenueCell &c : r.revenueByMonth)
        printLine(QStringLiteral("  %1 %2: %3 (%4 memberships)")
                      .arg(c.month.toString(QStringLiteral("yyyy-MM")),
                           c.planName.isEmpty() ? QStringLiteral("(no plan)") : c.planName,
                           money(c.amountMinor, c.currency))
                      .arg(c.memberships)
                      .toUtf8());
    QStringList arppu;
    for (auto it = r.arppu.cbegin(); it != r.arppu.cend(); ++it)
        arppu.append(money(qint64(std::llround(it.value())), it.key()));
    printLine(QStringLiteral("ARPPU: %1").arg(arppu.join(QStringLiteral(", "))).toUtf8());
    printLine(QStringLiteral("refunds: %1 (%2)")
                  .arg(r.refunds.count)
                  .arg(moneyList(r.refunds.amountMinor))
                  .toUtf8());
    if (r.rates.isEnabled())
        printLine(QStringLiteral("revenue in %1: %2%3")
                      .arg(r.rates.base, money(r.revenueConverted, r.rates.base),
                           r.missingRates.isEmpty()
                               ? QString()
                               : QStringLiteral(" (no rate for %1)")
                                     .arg(r.missingRates.join(QStringLiteral(", "))))
                      .toUtf8());
}

} // namespace

QJsonObject paidStatsJson(const AnalyticsSource &source, const Period &period)
{
    PaidMetrics paid(source);
    QString error;
    if (!paid.load(&error))
        return {};
    const PaidReport r = paid.compute(period);
    return QJsonObject{{QStringLiteral("paying_members"), r.payingMembers},
                       {QStringLiteral("conversion_rate"), rounded(r.conversionRate)},
                       {QStringLiteral("renewal_rate"), rounded(r.renewalRate)},
                       {QStringLiteral("revenue"), moneyJson(r.revenue)}};
}

int runPaid(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption(
        {QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD)."), QStringLiteral("D")});
    p.addOption(
        {QStringLiteral("to"), QStringLiteral("Last day (YYYY-MM-DD)."), QStringLiteral("D")});
    p.addOption({QStringLiteral("grace"),
                 QStringLiteral("Renewal grace in days (default: the stored setting, 7)."),
                 QStringLiteral("DAYS")});
    p.addOption({QStringLiteral("save"), QStringLiteral("With --grace: store it.")});
    p.addOption({QStringLiteral("base"), QStringLiteral("Convert revenue into this currency."),
                 QStringLiteral("CUR")});
    p.addOption({QStringLiteral("rates"),
                 QStringLiteral("With --base: CUR=RATE,... (base minor units per minor unit)."),
                 QStringLiteral("RATES")});
    p.addOption({QStringLiteral("rfm"), QStringLiteral("Add the RFM segments of the paying "
                                                       "members on the last day.")});
    p.addOption({QStringLiteral("risk"),
                 QStringLiteral("Add the renewal-risk list of memberships expiring after the "
                                "last day.")});
    p.addOption({QStringLiteral("horizon"), QStringLiteral("With --risk: days ahead (30 or 60)."),
                 QStringLiteral("DAYS"), QStringLiteral("30")});
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
    QDate last = source.lastMessageDate();
    if (!last.isValid())
        last = QDate::currentDate();
    Period period;
    if (!Period::parse(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")),
                       Period::ending(last, 30), &period, &error))
        return fail(QStringLiteral("paid: %1").arg(error));
    PaidSettings settings = PaidSettings::load(db);
    if (p.isSet(QStringLiteral("grace"))) {
        bool ok = false;
        settings.graceDays = p.value(QStringLiteral("grace")).toInt(&ok);
        if (!ok || !settings.validate(&error))
            return fail(QStringLiteral("paid: --grace: %1")
                            .arg(ok ? error : QStringLiteral("not a number of days")));
        if (p.isSet(QStringLiteral("save")) && !settings.save(db, &error))
            return fail(error);
    }
    ExchangeRates rates;
    if (p.isSet(QStringLiteral("base")) &&
        !ExchangeRates::parse(p.value(QStringLiteral("base")), p.value(QStringLiteral("rates")),
                              &rates, &error))
        return fail(QStringLiteral("paid: %1").arg(error));
    bool horizonOk = false;
    const int horizon = p.value(QStringLiteral("horizon")).toInt(&horizonOk);
    if (!horizonOk || horizon < 1 || horizon > 366)
        return fail(QStringLiteral("paid: --horizon must be 1..366 days"));

    PaidMetrics paid(source, settings);
    if (!paid.load(&error))
        return fail(error);
    const PaidReport report = paid.compute(period, rates);
    QJsonObject o = reportJson(source, report);
    RfmResult rfm;
    RenewalRiskReport risk;
    if (p.isSet(QStringLiteral("rfm"))) {
        RfmOptions opt;
        opt.rates = rates;
        rfm = Rfm::compute(source, paid, period.to, opt);
        o.insert(QStringLiteral("rfm"), rfmJson(rfm));
    }
    if (p.isSet(QStringLiteral("risk"))) {
        RenewalRiskOptions opt;
        opt.horizonDays = horizon;
        risk = RenewalRisk::compute(source, paid, period.to, opt);
        o.insert(QStringLiteral("renewal_risk"), riskJson(risk));
    }
    if (p.isSet(QStringLiteral("json"))) {
        printLine(QJsonDocument(o).toJson(QJsonDocument::Compact));
        return 0;
    }
    printText(source, report);
    if (p.isSet(QStringLiteral("rfm"))) {
        QStringList parts;
        const QJsonObject counts =
            o.value(QStringLiteral("rfm")).toObject().value(QStringLiteral("segments")).toObject();
        for (RfmSegment s : Rfm::all())
            parts.append(
                QStringLiteral("%1 %2").arg(Rfm::name(s)).arg(counts.value(Rfm::key(s)).toInt()));
        printLine(
            QStringLiteral("RFM on %1 (money in %2): %3")
                .arg(rfm.asOf.toString(Qt::ISODate), rfm.currency, parts.join(QStringLiteral(", ")))
                .toUtf8());
    }
    if (p.isSet(QStringLiteral("risk"))) {
        const RenewalRiskQuality &q = risk.quality;
        printLine(QStringLiteral("renewal risk, expiring in the %1 days after %2: %3 memberships")
                      .arg(horizon)
                      .arg(risk.asOf.toString(Qt::ISODate))
                      .arg(risk.rows.size())
                      .toUtf8());
        if (q.usable)
            printLine(QStringLiteral("  model trained on %1 expiries before %2, evaluated on %3 "
                                     "after: AUC %4 (baseline %5), accuracy %6 (baseline %7)")
                          .arg(q.trainingRows)
                          .arg(q.cutoff.toString(Qt::ISODate))
                          .arg(q.evaluationRows)
                          .arg(q.auc, 0, 'f', 3)
                          .arg(q.baselineAuc, 0, 'f', 3)
                          .arg(q.accuracy, 0, 'f', 3)
                          .arg(q.baselineAccuracy, 0, 'f', 3)
                          .toUtf8());
        else
            printLine(QStringLiteral("  no model: %1").arg(q.reason).toUtf8());
        for (const RenewalRiskRow &row : risk.rows)
            printLine(
                QStringLiteral("  %1%  %2  %3  expires %4: %5")
                    .arg(row.risk * 100.0, 3, 'f', 0)
                    .arg(row.name, row.planName, row.expiryDate.toString(Qt::ISODate), row.why)
                    .toUtf8());
    }
    return 0;
}

} // namespace kindred::cli
