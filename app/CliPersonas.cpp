#include "CliPersonas.h"
#include "CliSupport.h"

#include "analytics/ActivityPrediction.h"
#include "analytics/Personas.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace kindred::cli {
namespace {

QJsonValue number(double v, int digits = 6)
{
    return std::isfinite(v) ? QJsonValue(rounded(v, digits)) : QJsonValue();
}

QJsonObject featureObject(const FeatureValues &values)
{
    QJsonObject o;
    for (int f = 0; f < kMemberFeatureCount; ++f)
        o.insert(MemberFeatures::key(MemberFeature(f)), number(values[size_t(f)]));
    return o;
}

QJsonObject personasJson(const AnalyticsSource &source, const Period &period,
                         const PersonasResult &r, const std::vector<MemberFeatureRow> *dump)
{
    QJsonArray scores;
    for (const KScore &s : r.scores)
        scores.append(QJsonObject{{QStringLiteral("k"), s.k},
                                  {QStringLiteral("silhouette"), number(s.silhouette)},
                                  {QStringLiteral("inertia"), number(s.inertia)},
                                  {QStringLiteral("chosen"), s.k == r.k}});
    QJsonArray personas;
    QHash<qint64, int> clusterOf;
    for (size_t i = 0; i < r.personas.size(); ++i) {
        const Persona &p = r.personas[i];
        QJsonArray members;
        for (qint64 m : p.members) {
            members.append(m);
            clusterOf.insert(m, int(i));
        }
        personas.append(QJsonObject{{QStringLiteral("key"), p.key},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("size"), p.size},
                                    {QStringLiteral("centroid"), featureObject(p.centroid)},
                                    {QStringLiteral("centroid_z"), featureObject(p.centroidZ)},
                                    {QStringLiteral("why"), p.why},
                                    {QStringLiteral("members"), members}});
    }
    QJsonArray logScaled;
    for (int f = 0; f < kMemberFeatureCount; ++f)
        if (Personas::isLogScaled(MemberFeature(f)))
            logScaled.append(MemberFeatures::key(MemberFeature(f)));
    QJsonObject o{{QStringLiteral("community"), source.communityName()},
                  {QStringLiteral("timezone"), QString::fromUtf8(source.clock().zone().id())},
                  {QStringLiteral("from"), period.from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
                  {QStringLiteral("members"), r.memberCount},
                  {QStringLiteral("k"), r.k},
                  {QStringLiteral("silhouette"), number(r.silhouette)},
                  {QStringLiteral("why"), r.why},
                  {QStringLiteral("scores"), scores},
                  {QStringLiteral("log_scaled"), logScaled},
                  {QStringLiteral("overall_mean"), featureObject(r.overallMean)},
                  {QStringLiteral("scale_mean"), featureObject(r.scaleMean)},
                  {QStringLiteral("scale_sd"), featureObject(r.scaleSd)},
                  {QStringLiteral("personas"), personas}};
    if (dump) {
        QJsonArray keys;
        for (int f = 0; f < kMemberFeatureCount; ++f)
            keys.append(MemberFeatures::key(MemberFeature(f)));
        QJsonArray rows;
        for (const MemberFeatureRow &row : *dump) {
            QJsonArray values;
            for (double v : row.values)
                values.append(number(v, 12));
            rows.append(QJsonArray{row.member, clusterOf.value(row.member, -1), row.messages,
                                   row.presenceDays, values});
        }
        o.insert(QStringLiteral("feature_keys"), keys);
        o.insert(QStringLiteral("feature_rows_columns"),
                 QJsonArray{QStringLiteral("member"), QStringLiteral("cluster"),
                            QStringLiteral("messages"), QStringLiteral("presence_days"),
                            QStringLiteral("values")});
        o.insert(QStringLiteral("feature_rows"), rows);
    }
    return o;
}

void printPersonas(const AnalyticsSource &source, const Period &period, const PersonasResult &r)
{
    printLine(QStringLiteral("%1  (%2, %3 members clustered on 6 features)")
                  .arg(source.communityName(), period.toString())
                  .arg(r.memberCount)
                  .toUtf8());
    printLine(QByteArrayLiteral("k  silhouette   inertia"));
    for (const KScore &s : r.scores)
        printLine(QStringLiteral("%1  %2 %3%4")
                      .arg(s.k)
                      .arg(s.silhouette, 10, 'f', 3)
                      .arg(s.inertia, 9, 'f', 1)
                      .arg(s.k == r.k ? QStringLiteral("  <- chosen") : QString())
                      .toUtf8());
    QString header =
        QStringLiteral("%1 %2 ").arg(QStringLiteral("persona"), -34).arg(QStringLiteral("size"), 6);
    for (int f = 0; f < kMemberFeatureCount; ++f)
        header += QStringLiteral(" %1").arg(MemberFeatures::key(MemberFeature(f)).left(12), 12);
    printLine(header.toUtf8());
    for (const Persona &p : r.personas) {
        QString line = QStringLiteral("%1 %2 ").arg(p.name.left(34), -34).arg(p.size, 6);
        for (double z : p.centroidZ)
            line += QStringLiteral(" %1").arg(z, 12, 'f', 2);
        printLine(line.toUtf8());
    }
    printLine(QByteArrayLiteral("(centroids in standard deviations from everyone's mean)"));
    for (const Persona &p : r.personas)
        printLine(QStringLiteral("- %1").arg(p.why).toUtf8());
    printLine(r.why.toUtf8());
}

QJsonObject windowJson(const PredictionWindow &w)
{
    return QJsonObject{
        {QStringLiteral("cutoff"), w.cutoff.toString(Qt::ISODate)},
        {QStringLiteral("features_from"), w.featuresFrom.toString(Qt::ISODate)},
        {QStringLiteral("labels_from"),
         w.labelsFrom.isValid() ? QJsonValue(w.labelsFrom.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("labels_to"),
         w.labelsTo.isValid() ? QJsonValue(w.labelsTo.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("rows"), w.rows},
        {QStringLiteral("churned"), w.churned}};
}

QJsonArray termsJson(const std::vector<PredictionTerm> &terms)
{
    QJsonArray a;
    for (const PredictionTerm &t : terms)
        a.append(QJsonObject{{QStringLiteral("feature"), PredictionFeatures::key(t.feature)},
                             {QStringLiteral("value"), number(t.value)},
                             {QStringLiteral("contribution"), number(t.contribution)}});
    return a;
}

QJsonObject predictionJson(const AnalyticsSource &source, const PredictionReport &r,
                           double threshold, bool atRiskOnly, bool evaluation)
{
    QJsonObject o{{QStringLiteral("community"), source.communityName()},
                  {QStringLiteral("ok"), r.ok},
                  {QStringLiteral("first_day"), r.firstDay.toString(Qt::ISODate)},
                  {QStringLiteral("as_of"), r.lastDay.toString(Qt::ISODate)}};
    if (!r.ok) {
        o.insert(QStringLiteral("error"), r.error);
        return o;
    }
    o.insert(QStringLiteral("windows"), QJsonObject{{QStringLiteral("train"), windowJson(r.train)},
                                                    {QStringLiteral("eval"), windowJson(r.eval)},
                                                    {QStringLiteral("live"), windowJson(r.live)}});
    o.insert(QStringLiteral("held_out"),
             QJsonObject{{QStringLiteral("mae"), number(r.mae)},
                         {QStringLiteral("rmse"), number(r.rmse)},
                         {QStringLiteral("baseline_mae"), number(r.baselineMae)},
                         {QStringLiteral("baseline_rmse"), number(r.baselineRmse)},
                         {QStringLiteral("auc"), number(r.auc)},
                         {QStringLiteral("baseline_auc"), number(r.baselineAuc)},
                         {QStringLiteral("log_loss"), number(r.logLoss)},
                         {QStringLiteral("accuracy"), number(r.accuracy)},
                         {QStringLiteral("majority_accuracy"), number(r.majorityAccuracy)}});
    QJsonArray coefficients;
    for (const PredictionCoefficient &c : r.coefficients)
        coefficients.append(
            QJsonObject{{QStringLiteral("feature"), PredictionFeatures::key(c.feature)},
                        {QStringLiteral("mean"), number(c.mean)},
                        {QStringLiteral("sd"), number(c.sd)},
                        {QStringLiteral("activity"), number(c.activity)},
                        {QStringLiteral("churn"), number(c.churn)}});
    o.insert(QStringLiteral("activity_intercept"), number(r.activityIntercept));
    o.insert(QStringLiteral("churn_intercept"), number(r.churnIntercept));
    o.insert(QStringLiteral("coefficients"), coefficients);
    o.insert(QStringLiteral("threshold"), threshold);
    QJsonArray members;
    int atRisk = 0;
    for (const MemberPrediction &p : r.members) {
        const bool risky = p.churnProbability >= threshold;
        atRisk += risky ? 1 : 0;
        if (atRiskOnly && !risky)
            continue;
        members.append(
            QJsonObject{{QStringLiteral("id"), p.memberId},
                        {QStringLiteral("name"), p.name},
                        {QStringLiteral("active_days_next_30"), number(p.activeDaysNext)},
                        {QStringLiteral("churn_probability"), number(p.churnProbability)},
                        {QStringLiteral("at_risk"), risky},
                        {QStringLiteral("active_days_30"), p.activeDays30},
                        {QStringLiteral("days_since_active"), p.daysSinceActive},
                        {QStringLiteral("activity_why"), termsJson(p.activityWhy)},
                        {QStringLiteral("churn_why"), termsJson(p.churnWhy)}});
    }
    o.insert(QStringLiteral("at_risk"), atRisk);
    o.insert(QStringLiteral("members"), members);
    if (evaluation) {
        QJsonArray rows;
        for (const PredictionEvalRow &e : r.evaluation)
            rows.append(QJsonArray{e.memberId, e.activeDaysNext, number(e.predictedActiveDays, 9),
                                   e.baselineActiveDays, e.churned ? 1 : 0,
                                   number(e.churnProbability, 12), e.daysSinceActive});
        o.insert(QStringLiteral("evaluation_columns"),
                 QJsonArray{QStringLiteral("member"), QStringLiteral("active_days_next"),
                            QStringLiteral("predicted"), QStringLiteral("baseline"),
                            QStringLiteral("churned"), QStringLiteral("churn_probability"),
                            QStringLiteral("days_since_active")});
        o.insert(QStringLiteral("evaluation"), rows);
    }
    return o;
}

void printPrediction(const AnalyticsSource &source, const PredictionReport &r, double threshold,
                     bool atRiskOnly)
{
    printLine(QStringLiteral("%1  (predictions as of %2 for the next 30 days)")
                  .arg(source.communityName(), r.lastDay.toString(Qt::ISODate))
                  .toUtf8());
    printLine(
        QStringLiteral("held-out error (trained at cut-off %1 on %2 members, evaluated at "
                       "%3 on %4 members, labels %5..%6):")
            .arg(r.train.cutoff.toString(Qt::ISODate))
            .arg(r.train.rows)
            .arg(r.eval.cutoff.toString(Qt::ISODate))
            .arg(r.eval.rows)
            .arg(r.eval.labelsFrom.toString(Qt::ISODate), r.eval.labelsTo.toString(Qt::ISODate))
            .toUtf8());
    printLine(QStringLiteral("  active days next 30: MAE %1 (baseline 'same as last 30 days' %2), "
                             "RMSE %3 (baseline %4)")
                  .arg(r.mae, 0, 'f', 3)
                  .arg(r.baselineMae, 0, 'f', 3)
                  .arg(r.rmse, 0, 'f', 3)
                  .arg(r.baselineRmse, 0, 'f', 3)
                  .toUtf8());
    printLine(QStringLiteral("  churn risk: AUC %1 (baseline 'days since last active' %2), "
                             "log-loss %3, accuracy %4 (majority %5); %6 of %7 churned")
                  .arg(r.auc, 0, 'f', 3)
                  .arg(r.baselineAuc, 0, 'f', 3)
                  .arg(r.logLoss, 0, 'f', 3)
                  .arg(r.accuracy, 0, 'f', 3)
                  .arg(r.majorityAccuracy, 0, 'f', 3)
                  .arg(r.eval.churned)
                  .arg(r.eval.rows)
                  .toUtf8());
    int atRisk = 0;
    for (const MemberPrediction &p : r.members)
        atRisk += p.churnProbability >= threshold ? 1 : 0;
    printLine(QStringLiteral("%1 members, %2 at risk (churn probability >= %3)%4")
                  .arg(r.members.size())
                  .arg(atRisk)
                  .arg(threshold, 0, 'f', 2)
                  .arg(atRiskOnly ? QStringLiteral(", listed below:") : QStringLiteral(":"))
                  .toUtf8());
    printLine(QByteArrayLiteral("      id  risk  days_next30  active_30  days_since  name"));
    for (const MemberPrediction &p : r.members) {
        if (atRiskOnly && p.churnProbability < threshold)
            continue;
        printLine(QStringLiteral("%1 %2 %3 %4 %5  %6")
                      .arg(p.memberId, 8)
                      .arg(p.churnProbability, 5, 'f', 3)
                      .arg(p.activeDaysNext, 12, 'f', 1)
                      .arg(p.activeDays30, 10)
                      .arg(p.daysSinceActive, 11)
                      .arg(p.name)
                      .toUtf8());
    }
}

bool parseDate(const QCommandLineParser &p, const QString &name, QDate *out, QString *error)
{
    if (!p.isSet(name))
        return true;
    *out = QDate::fromString(p.value(name), Qt::ISODate);
    if (!out->isValid())
        *error =
            QStringLiteral("invalid --%1 date '%2' (expected YYYY-MM-DD)").arg(name, p.value(name));
    return out->isValid();
}

} // namespace

int runPersonas(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("from"),
                 QStringLiteral("First day (YYYY-MM-DD); default: 89 days before --to."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("to"),
                 QStringLiteral("Last day (YYYY-MM-DD); default: the last message day."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("json"), QStringLiteral("One JSON object.")});
    p.addOption({QStringLiteral("dump-features"),
                 QStringLiteral("With --json: every member's features and cluster.")});
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
    QDate from, to = source.lastMessageDate();
    if (!parseDate(p, QStringLiteral("from"), &from, &error) ||
        !parseDate(p, QStringLiteral("to"), &to, &error))
        return fail(QStringLiteral("personas: ") + error);
    if (!to.isValid())
        return fail(QStringLiteral("personas: the workspace has no messages"));
    const Period period{from.isValid() ? from : to.addDays(-89), to};
    if (!period.isValid())
        return fail(QStringLiteral("personas: the period %1 is empty").arg(period.toString()));
    std::vector<MemberFeatureRow> rows;
    PersonasResult result;
    if (!MemberFeatures::compute(source, period, &rows, &error) ||
        !Personas::cluster(rows, PersonasOptions{}, &result, &error))
        return fail(QStringLiteral("personas: ") + error);
    if (p.isSet(QStringLiteral("json")))
        printLine(
            QJsonDocument(personasJson(source, period, result,
                                       p.isSet(QStringLiteral("dump-features")) ? &rows : nullptr))
                .toJson(QJsonDocument::Compact));
    else
        printPersonas(source, period, result);
    return 0;
}

int runPredict(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("as-of"),
                 QStringLiteral("Last data day L (YYYY-MM-DD); default: the last message day."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("json"), QStringLiteral("One JSON object.")});
    p.addOption({QStringLiteral("at-risk"),
                 QStringLiteral("List only the members whose churn risk is >= the threshold.")});
    p.addOption({QStringLiteral("threshold"),
                 QStringLiteral("Churn probability of --at-risk, 0..1 (default 0.5)."),
                 QStringLiteral("P"), QStringLiteral("0.5")});
    p.addOption({QStringLiteral("evaluation"),
                 QStringLiteral("With --json: the evaluation rows (label, predictions).")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    bool ok = false;
    const double threshold = p.value(QStringLiteral("threshold")).toDouble(&ok);
    if (!ok || threshold < 0.0 || threshold > 1.0)
        return fail(QStringLiteral("predict: --threshold must be a number from 0 to 1, not '%1'")
                        .arg(p.value(QStringLiteral("threshold"))));
    Database db;
    QString error;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    AnalyticsSource source(db);
    if (!source.load(&error))
        return fail(error);
    PredictionOptions options;
    if (!parseDate(p, QStringLiteral("as-of"), &options.asOf, &error))
        return fail(QStringLiteral("predict: ") + error);
    const PredictionReport report = ActivityPrediction::run(source, options);
    const bool atRiskOnly = p.isSet(QStringLiteral("at-risk"));
    if (p.isSet(QStringLiteral("json")))
        printLine(QJsonDocument(predictionJson(source, report, threshold, atRiskOnly,
                                               p.isSet(QStringLiteral("evaluation"))))
                      .toJson(QJsonDocument::Compact));
    if (!report.ok)
        return fail(QStringLiteral("predict: the workspace cannot be modelled: ") + report.error);
    if (!p.isSet(QStringLiteral("json")))
        printPrediction(source, report, threshold, atRiskOnly);
    return 0;
}

} // namespace kindred::cli
