// Renewal risk of the memberships about to expire (see RenewalRisk.h).
#include "RenewalRisk.h"

#include "AnalyticsSource.h"
#include "Levels.h"
#include "LogisticRegression.h"
#include "Segmentation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kindred {
namespace {

constexpr int kWindow = 30;
constexpr int kMaxSilence = 365;
constexpr int kBaselineSilentDays = 30;

/// One labelled or upcoming membership with the day its features are read on.
struct Case
{
    const MembershipRecord *m = nullptr;
    qint64 featureDay = 0;
    int label = 0; ///< 1 = not renewed
};

/// Active days of every member, sorted ascending.
using DaysByMember = QHash<qint64, std::vector<qint64>>;

int countIn(const std::vector<qint64> &days, qint64 from, qint64 to)
{
    const auto lo = std::lower_bound(days.begin(), days.end(), from);
    const auto hi = std::upper_bound(days.begin(), days.end(), to);
    return int(hi - lo);
}

class FeatureReader
{
public:
    FeatureReader(const AnalyticsSource &source, const DaysByMember &days)
        : m_source(source), m_days(days), m_rules(SegmentRules::load(source.database())),
          m_levels(source, LevelRules::load(source.database()))
    {
        for (const MemberFacts &m : source.members())
            m_facts.insert(m.id, &m);
    }

    /// Features of `member` on local day `day`; `exactLevel` false reads the level held at the
    /// end of the previous month (a month-end review) so that past expiries share few level runs.
    RenewalFeatures read(qint64 member, qint64 day, bool exactLevel)
    {
        RenewalFeatures f;
        static const std::vector<qint64> none;
        const auto it = m_days.constFind(member);
        const std::vector<qint64> &days = it == m_days.constEnd() ? none : it.value();
        f.recentActiveDays = countIn(days, day - kWindow + 1, day);
        f.beforeActiveDays = countIn(days, day - 2 * kWindow + 1, day - kWindow);
        const auto up = std::upper_bound(days.begin(), days.end(), day);
        const qint64 last = up == days.begin() ? 0 : *(up - 1);
        f.daysSinceActive = last > 0 ? int(std::min<qint64>(kMaxSilence, day - last)) : kMaxSilence;

        SegmentInput in;
        if (const MemberFacts *facts = m_facts.value(member, nullptr)) {
            const CommunityClock &clock = m_source.clock();
            const qint64 end = clock.startOf(QDate::fromJulianDay(day + 1));
            in.joinDay = clock.dayOf(facts->joinTime());
            in.leftDay = facts->leftAt > 0 && facts->leftAt < end ? clock.dayOf(facts->leftAt) : 0;
        }
        in.lastActiveDay = last;
        in.activeDaysInWindow = countIn(days, day - m_rules.windowDays + 1, day);
        f.segmentKey = Segmentation::key(Segmentation::classify(in, day, m_rules));

        const QDate date = QDate::fromJulianDay(day);
        const qint64 levelDay =
            exactLevel ? day : QDate(date.year(), date.month(), 1).addDays(-1).toJulianDay();
        auto cached = m_levelCache.find(levelDay);
        if (cached == m_levelCache.end())
            cached =
                m_levelCache.insert(levelDay, m_levels.levelsAt(QDate::fromJulianDay(levelDay)));
        f.level = cached->value(member).level;
        if (f.level < 1)
            f.level = 1;
        return f;
    }

private:
    const AnalyticsSource &m_source;
    const DaysByMember &m_days;
    SegmentRules m_rules;
    LevelCalculator m_levels;
    QHash<qint64, const MemberFacts *> m_facts;
    QHash<qint64, QHash<qint64, MemberLevel>> m_levelCache;
};

double nan()
{
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace

std::vector<double> RenewalFeatures::toVector() const
{
    auto is = [this](const char *key) { return segmentKey == QLatin1String(key) ? 1.0 : 0.0; };
    return {double(recentActiveDays),
            double(beforeActiveDays),
            double(trend()),
            double(daysSinceActive),
            double(level),
            is("churned"),
            is("newcomer"),
            is("occasional"),
            is("silent")};
}

void RenewalRisk::split(const std::vector<MembershipRecord> &records, const CommunityClock &clock,
                        int graceDays, const QDate &asOf, const QDate &cutoff,
                        QList<qint64> *training, QList<qint64> *evaluation)
{
    training->clear();
    evaluation->clear();
    const qint64 cut = cutoff.toJulianDay();
    const qint64 now = asOf.toJulianDay();
    for (const MembershipRecord &m : records) {
        if (!m.isPaid() || m.expiresAt == 0 || m.memberFirstSeen == 0)
            continue;
        const qint64 day = clock.dayOf(m.expiresAt);
        if (day + graceDays < cut)
            training->append(m.id);
        else if (day >= cut && day + graceDays < now)
            evaluation->append(m.id);
    }
}

RenewalRiskReport RenewalRisk::compute(const AnalyticsSource &source, const PaidMetrics &paid,
                                       const QDate &asOf, const RenewalRiskOptions &options)
{
    RenewalRiskReport report;
    report.asOf = asOf;
    report.options = options;
    RenewalRiskQuality &q = report.quality;
    q.auc = q.accuracy = q.baselineAuc = q.baselineAccuracy = nan();
    if (!asOf.isValid() || options.horizonDays < 1 || options.horizonDays > 366) {
        q.reason = QCoreApplication::translate(
            "RenewalRisk", "renewal risk needs a valid as-of day and a horizon of 1 to 366 days");
        return report;
    }
    q.cutoff = options.cutoff.isValid() ? options.cutoff : asOf.addDays(-180);
    const CommunityClock &clock = source.clock();
    const auto &records = paid.memberships();
    const int grace = paid.settings().graceDays;
    const qint64 asOfDay = asOf.toJulianDay();
    const qint64 asOfEnd = clock.startOf(asOf.addDays(1));

    QHash<qint64, const MembershipRecord *> byId;
    for (const MembershipRecord &m : records)
        byId.insert(m.id, &m);
    const QHash<qint64, qint64> renewedBy = PaidMetrics::renewals(records, grace);

    // Activity of the whole history up to asOf.
    DaysByMember days;
    qint64 firstDay = asOfDay - 3650;
    if (const QDate first = source.firstMessageDate(); first.isValid())
        firstDay = std::max(firstDay, qint64(first.toJulianDay()) - 1);
    for (const auto &[day, member] : source.activity(firstDay, asOfDay))
        days[member].push_back(day); // sorted by day already
    FeatureReader reader(source, days);

    // Training and evaluation cases.
    QList<qint64> trainIds, evalIds;
    split(records, clock, grace, asOf, q.cutoff, &trainIds, &evalIds);
    auto makeCase = [&](qint64 id) {
        Case c;
        c.m = byId.value(id);
        c.featureDay = clock.dayOf(c.m->expiresAt) - options.leadDays;
        c.label = renewedBy.contains(id) ? 0 : 1;
        return c;
    };
    FeatureRows trainX, evalX;
    std::vector<int> trainY, evalY;
    std::vector<double> evalBaseline;
    for (qint64 id : trainIds) {
        const Case c = makeCase(id);
        trainX.push_back(reader.read(c.m->memberId, c.featureDay, false).toVector());
        trainY.push_back(c.label);
    }
    for (qint64 id : evalIds) {
        const Case c = makeCase(id);
        const RenewalFeatures f = reader.read(c.m->memberId, c.featureDay, false);
        evalX.push_back(f.toVector());
        evalY.push_back(c.label);
        evalBaseline.push_back(double(f.daysSinceActive));
    }
    q.trainingIds = trainIds;
    q.evaluationIds = evalIds;
    q.trainingRows = int(trainY.size());
    q.trainingNotRenewed = int(std::count(trainY.begin(), trainY.end(), 1));
    q.evaluationRows = int(evalY.size());
    q.evaluationNotRenewed = int(std::count(evalY.begin(), evalY.end(), 1));

    // Baseline on the evaluation set.
    if (!evalY.empty()) {
        q.baselineAuc = LogisticRegression::auc(evalBaseline, evalY);
        std::vector<double> baselineP;
        for (double d : evalBaseline)
            baselineP.push_back(d >= kBaselineSilentDays ? 1.0 : 0.0);
        q.baselineAccuracy = LogisticRegression::accuracy(baselineP, evalY);
    }

    // Standardise on the training set and fit.
    const size_t cols = RenewalFeatures{}.toVector().size();
    std::vector<double> mean(cols, 0.0), sd(cols, 1.0);
    LogisticRegression model;
    const int trainRenewed = q.trainingRows - q.trainingNotRenewed;
    if (q.trainingRows < options.minTrainingRows) {
        q.reason = QCoreApplication::translate(
                       "RenewalRisk", "too few past expiries before %1 to learn from: %2 (at "
                                      "least %3 needed)")
                       .arg(q.cutoff.toString(Qt::ISODate))
                       .arg(q.trainingRows)
                       .arg(options.minTrainingRows);
    } else if (q.trainingNotRenewed < 3 || trainRenewed < 3) {
        q.reason = QCoreApplication::translate(
                       "RenewalRisk", "the past expiries before %1 are almost all of one kind "
                                      "(%2 renewed, %3 not renewed; at least 3 of each needed)")
                       .arg(q.cutoff.toString(Qt::ISODate))
                       .arg(trainRenewed)
                       .arg(q.trainingNotRenewed);
    } else {
        for (size_t j = 0; j < cols; ++j) {
            double s = 0, s2 = 0;
            for (const auto &row : trainX)
                s += row[j];
            mean[j] = s / double(trainX.size());
            for (const auto &row : trainX)
                s2 += (row[j] - mean[j]) * (row[j] - mean[j]);
            const double v = std::sqrt(s2 / double(trainX.size()));
            sd[j] = v > 1e-12 ? v : 1.0;
        }
        auto standardise = [&](FeatureRows rows) {
            for (auto &row : rows)
                for (size_t j = 0; j < cols; ++j)
                    row[j] = (row[j] - mean[j]) / sd[j];
            return rows;
        };
        QString fitError;
        LogisticRegression::Options opt;
        opt.l2 = options.l2;
        if (model.fit(standardise(trainX), trainY, opt, &fitError)) {
            q.usable = true;
            q.coefficients = model.coefficients();
            q.intercept = model.intercept();
            if (!evalY.empty()) {
                const std::vector<double> p = model.probabilities(standardise(evalX));
                q.auc = LogisticRegression::auc(p, evalY);
                q.accuracy = LogisticRegression::accuracy(p, evalY);
            }
        } else {
            q.reason =
                QCoreApplication::translate("RenewalRisk", "the model could not be fitted: %1")
                    .arg(fitError);
        }
    }

    // Upcoming expiries.
    QHash<qint64, QString> names;
    for (const MemberFacts &m : source.members())
        names.insert(m.id, m.name);
    for (const MembershipRecord &m : records) {
        if (!m.isPaid() || m.expiresAt == 0 || m.memberFirstSeen == 0)
            continue;
        const QDate expiry = clock.dateOf(m.expiresAt);
        const qint64 toExpiry = asOf.daysTo(expiry);
        if (toExpiry < 1 || toExpiry > options.horizonDays)
            continue;
        if (const qint64 n = renewedBy.value(m.id, 0); n > 0 && byId.value(n)->startedAt < asOfEnd)
            continue; // already renewed
        RenewalRiskRow row;
        row.membershipId = m.id;
        row.memberId = m.memberId;
        row.name = names.value(m.memberId);
        row.planName = m.planName;
        row.amountMinor = m.amountMinor;
        row.currency = m.currency;
        row.expiresAt = m.expiresAt;
        row.expiryDate = expiry;
        row.daysToExpiry = int(toExpiry);
        row.features = reader.read(m.memberId, asOfDay, true);
        const RenewalFeatures &f = row.features;
        if (q.usable) {
            std::vector<double> x = f.toVector();
            for (size_t j = 0; j < cols; ++j)
                x[j] = (x[j] - mean[j]) / sd[j];
            row.risk = model.probability(x);
        } else {
            row.risk = double(f.daysSinceActive) / double(kMaxSilence);
        }
        row.why = QCoreApplication::translate(
                      "RenewalRisk",
                      "active on %1 of the last 30 days (%2 in the 30 before: trend %3), last "
                      "active %4 days ago, level %5, segment %6; %7 %8%")
                      .arg(f.recentActiveDays)
                      .arg(f.beforeActiveDays)
                      .arg(f.trend())
                      .arg(f.daysSinceActive)
                      .arg(f.level)
                      .arg(f.segmentKey)
                      .arg(q.usable ? QCoreApplication::translate("RenewalRisk", "model risk")
                                    : QCoreApplication::translate(
                                          "RenewalRisk", "baseline risk (days since active / 365)"))
                      .arg(row.risk * 100.0, 0, 'f', 0);
        report.rows.append(row);
    }
    std::sort(report.rows.begin(), report.rows.end(),
              [](const RenewalRiskRow &a, const RenewalRiskRow &b) {
                  if (a.risk != b.risk)
                      return a.risk > b.risk;
                  if (a.expiresAt != b.expiresAt)
                      return a.expiresAt < b.expiresAt;
                  return a.membershipId < b.membershipId;
              });
    return report;
}

} // namespace kindred
