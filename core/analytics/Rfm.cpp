// RFM scores of the paying members (see Rfm.h for the definitions and the segment table).
#include "Rfm.h"

#include "AnalyticsSource.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace kindred {
namespace {

constexpr double kNeverActive = 1e12; ///< ranking value of "never active" (least recent)

/// Non-service messages per member (resolved) sent in [start, end).
QHash<qint64, qint64> messageCounts(const AnalyticsSource &source, qint64 start, qint64 end)
{
    QHash<qint64, qint64> out;
    QSqlQuery q(source.database().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.member_id, count(*) FROM message m JOIN channel c ON "
                             "c.id = +m.channel_id WHERE c.community_id = :c AND "
                             "m.is_service = 0 AND m.member_id IS NOT NULL AND m.sent_at >= :s "
                             "AND m.sent_at < :e%1 GROUP BY m.member_id")
                  .arg(source.channelClause(QStringLiteral("+m.channel_id"))));
    q.bindValue(QStringLiteral(":c"), source.communityId());
    q.bindValue(QStringLiteral(":s"), start);
    q.bindValue(QStringLiteral(":e"), end);
    if (q.exec())
        while (q.next())
            if (const qint64 id = source.resolve(q.value(0).toLongLong()); id > 0)
                out[id] += q.value(1).toLongLong();
    return out;
}

} // namespace

std::vector<int> Rfm::quintileScores(const std::vector<double> &values, bool higherIsBetter)
{
    const size_t n = values.size();
    std::vector<int> scores(n, 0);
    if (n == 0)
        return scores;
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    // Worst first: ascending when higher is better, descending otherwise.
    auto worse = [&](size_t a, size_t b) {
        return higherIsBetter ? values[a] < values[b] : values[a] > values[b];
    };
    std::stable_sort(order.begin(), order.end(), worse);
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j + 1 < n && values[order[j + 1]] == values[order[i]])
            ++j;
        // Ranks i+1 .. j+1 share the mid-rank.
        const double midRank = (double(i + 1) + double(j + 1)) / 2.0;
        const int score = std::min(5, 1 + int(std::floor(5.0 * (midRank - 1.0) / double(n))));
        for (size_t k = i; k <= j; ++k)
            scores[order[k]] = score;
        i = j + 1;
    }
    return scores;
}

RfmSegment Rfm::segmentFor(int r, int f, int m)
{
    r = std::clamp(r, 1, 5);
    f = std::clamp(f, 1, 5);
    m = std::clamp(m, 1, 5);
    if (r >= 4 && f >= 4 && m >= 4)
        return RfmSegment::Champions;
    if (r >= 3 && f >= 4)
        return RfmSegment::Loyal;
    if (r >= 3 && f >= 2)
        return RfmSegment::PotentialLoyalists;
    if (r >= 4)
        return RfmSegment::New; // f == 1
    if (f >= 4 && m >= 4)
        return RfmSegment::CantLoseThem; // r <= 2
    if (f >= 3)
        return RfmSegment::AtRisk; // r <= 2
    if (r >= 2)
        return RfmSegment::Hibernating; // r 2..3, f <= 2
    return RfmSegment::Lost;            // r == 1, f <= 2
}

QString Rfm::name(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return QCoreApplication::translate("Rfm", "Champions");
    case RfmSegment::Loyal:
        return QCoreApplication::translate("Rfm", "Loyal");
    case RfmSegment::PotentialLoyalists:
        return QCoreApplication::translate("Rfm", "Potential loyalists");
    case RfmSegment::New:
        return QCoreApplication::translate("Rfm", "New");
    case RfmSegment::CantLoseThem:
        return QCoreApplication::translate("Rfm", "Can't lose them");
    case RfmSegment::AtRisk:
        return QCoreApplication::translate("Rfm", "At risk");
    case RfmSegment::Hibernating:
        return QCoreApplication::translate("Rfm", "Hibernating");
    case RfmSegment::Lost:
        return QCoreApplication::translate("Rfm", "Lost");
    }
    return {};
}

QString Rfm::key(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return QStringLiteral("champions");
    case RfmSegment::Loyal:
        return QStringLiteral("loyal");
    case RfmSegment::PotentialLoyalists:
        return QStringLiteral("potential_loyalists");
    case RfmSegment::New:
        return QStringLiteral("new");
    case RfmSegment::CantLoseThem:
        return QStringLiteral("cant_lose_them");
    case RfmSegment::AtRisk:
        return QStringLiteral("at_risk");
    case RfmSegment::Hibernating:
        return QStringLiteral("hibernating");
    case RfmSegment::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

QList<RfmSegment> Rfm::all()
{
    return {RfmSegment::Champions,   RfmSegment::Loyal,        RfmSegment::PotentialLoyalists,
            RfmSegment::New,         RfmSegment::CantLoseThem, RfmSegment::AtRisk,
            RfmSegment::Hibernating, RfmSegment::Lost};
}

RfmResult Rfm::compute(const AnalyticsSource &source, const PaidMetrics &paid, const QDate &asOf,
                       const RfmOptions &options)
{
    RfmResult result;
    result.asOf = asOf;
    result.options = options;
    if (!asOf.isValid() || options.windowDays < 1 || options.windowDays > 3650) {
        result.error = QCoreApplication::translate(
            "Rfm", "RFM needs a valid as-of day and a frequency window of 1 to 3650 days");
        return result;
    }
    const CommunityClock &clock = source.clock();
    const qint64 asOfDay = asOf.toJulianDay();
    const qint64 dayEnd = clock.startOf(asOf.addDays(1));
    const auto &records = paid.memberships();

    // Population: paying members of the 365 days ending on asOf (PaidMetrics terms).
    const PaidReport pr = PaidMetrics::compute(records, 0, Period{asOf.addDays(-364), asOf}, clock,
                                               paid.settings(), dayEnd);

    // Money per member and currency.
    QHash<qint64, QHash<QString, qint64>> money;
    QHash<QString, qint64> membersPerCurrency;
    for (const MembershipRecord &m : records) {
        if (!m.isPaid() || m.startedAt >= dayEnd || !pr.payingMemberIds.contains(m.memberId))
            continue;
        auto &mine = money[m.memberId];
        if (!mine.contains(m.currency))
            ++membersPerCurrency[m.currency];
        mine[m.currency] += m.amountMinor;
    }
    if (options.rates.isEnabled()) {
        result.currency = options.rates.base;
    } else if (!options.currency.isEmpty()) {
        result.currency = options.currency.toUpper();
    } else {
        qint64 best = -1;
        for (auto it = membersPerCurrency.cbegin(); it != membersPerCurrency.cend(); ++it)
            if (it.value() > best || (it.value() == best && it.key() < result.currency)) {
                best = it.value();
                result.currency = it.key();
            }
    }

    // Activity: last active day up to asOf, active days in the window.
    QHash<qint64, qint64> lastActive;
    QHash<qint64, qint64> activeDays;
    const qint64 windowFrom = asOfDay - options.windowDays + 1;
    qint64 firstDay = asOfDay - 3650;
    if (const QDate first = source.firstMessageDate(); first.isValid())
        firstDay = std::max(firstDay, qint64(first.toJulianDay()) - 1);
    for (const auto &[day, member] : source.activity(std::min(firstDay, windowFrom), asOfDay)) {
        qint64 &last = lastActive[member];
        last = std::max(last, day);
        if (day >= windowFrom)
            ++activeDays[member];
    }
    QHash<qint64, qint64> messages;
    if (options.frequency == RfmOptions::Frequency::Messages)
        messages = messageCounts(source, clock.startOf(QDate::fromJulianDay(windowFrom)), dayEnd);

    QHash<qint64, QString> names;
    for (const MemberFacts &m : source.members())
        names.insert(m.id, m.name);

    struct Raw
    {
        qint64 member;
        int recency;
        qint64 frequency;
        qint64 money;
    };
    std::vector<Raw> raws;
    for (qint64 member : pr.payingMemberIds) {
        qint64 amount = 0;
        const auto mine = money.value(member);
        for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
            if (options.rates.isEnabled()) {
                qint64 converted = 0;
                if (options.rates.convert(it.value(), it.key(), &converted))
                    amount += converted;
            } else if (it.key() == result.currency) {
                amount += it.value();
            }
        }
        if (amount <= 0)
            continue;
        const qint64 last = lastActive.value(member, 0);
        const int recency = last > 0 ? int(asOfDay - last) : -1;
        const qint64 freq = options.frequency == RfmOptions::Frequency::Messages
                                ? messages.value(member, 0)
                                : activeDays.value(member, 0);
        raws.push_back({member, recency, freq, amount});
    }
    std::vector<double> rv, fv, mv;
    for (const Raw &r : raws) {
        rv.push_back(r.recency < 0 ? kNeverActive : double(r.recency));
        fv.push_back(double(r.frequency));
        mv.push_back(double(r.money));
    }
    const std::vector<int> rs = quintileScores(rv, false);
    const std::vector<int> fs = quintileScores(fv, true);
    const std::vector<int> ms = quintileScores(mv, true);
    const QString freqUnit = options.frequency == RfmOptions::Frequency::Messages
                                 ? QCoreApplication::translate("Rfm", "messages")
                                 : QCoreApplication::translate("Rfm", "active days");
    for (size_t i = 0; i < raws.size(); ++i) {
        RfmRow row;
        row.memberId = raws[i].member;
        row.name = names.value(row.memberId);
        row.recencyDays = raws[i].recency;
        row.frequency = raws[i].frequency;
        row.moneyMinor = raws[i].money;
        row.r = rs[i];
        row.f = fs[i];
        row.m = ms[i];
        row.segment = segmentFor(row.r, row.f, row.m);
        const QString recency =
            row.recencyDays < 0 ? QCoreApplication::translate("Rfm", "never active")
                                : QCoreApplication::translate("Rfm", "%n day(s) since last active",
                                                              nullptr, row.recencyDays);
        row.why = QCoreApplication::translate(
                      "Rfm", "R %1 (%2), F %3 (%4 %5 in %6 days), M %7 (%8 %9 minor units) "
                             "of %10 paying members, quintiles by rank: %11")
                      .arg(row.r)
                      .arg(recency)
                      .arg(row.f)
                      .arg(row.frequency)
                      .arg(freqUnit)
                      .arg(options.windowDays)
                      .arg(row.m)
                      .arg(row.moneyMinor)
                      .arg(result.currency)
                      .arg(raws.size())
                      .arg(name(row.segment));
        result.rows.append(row);
    }
    std::sort(result.rows.begin(), result.rows.end(), [](const RfmRow &a, const RfmRow &b) {
        if (a.segment != b.segment)
            return int(a.segment) < int(b.segment);
        const int sa = a.r + a.f + a.m, sb = b.r + b.f + b.m;
        if (sa != sb)
            return sa > sb;
        return a.memberId < b.memberId;
    });
    return result;
}

} // namespace kindred
