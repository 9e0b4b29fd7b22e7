#include "Levels.h"

#include "ContributionScore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace kindred {
namespace {

/// What one member did on one local day.
struct DayRow
{
    qint64 day = 0;
    int active = 0;
    int messages = 0; ///< not replies
    int replies = 0;
    int contributions = 0;
    int reactions = 0;
};

/// One member's days, with prefix sums for window counts.
struct Series
{
    std::vector<qint64> days;
    std::vector<int> active{0}, messages{0}, replies{0}, contributions{0}, reactions{0};

    /// Sum of `cum` over the days in [from, to].
    int sum(const std::vector<int> &cum, qint64 from, qint64 to) const
    {
        const auto lo = std::lower_bound(days.begin(), days.end(), from) - days.begin();
        const auto hi = std::upper_bound(days.begin(), days.end(), to) - days.begin();
        return cum[size_t(hi)] - cum[size_t(lo)];
    }
};

/// The per-day activity of every member over a range of days, and the evidence of a day.
class LevelData
{
public:
    LevelData(const AnalyticsSource &source, const LevelRules &rules)
        : m_source(source), m_rules(rules)
    {
    }

    /// Loads days [fromDay - 89, toDay], enough to evaluate the days [fromDay, toDay].
    void load(qint64 fromDay, qint64 toDay, int longPostChars);
    /// The evidence of member `id` on `day` (topThreshold included).
    LevelEvidence evidence(qint64 id, qint64 day) const;
    bool hasData(qint64 id) const { return m_index.contains(id); }

private:
    int topThreshold(qint64 day) const;

    const AnalyticsSource &m_source;
    const LevelRules &m_rules;
    QHash<qint64, size_t> m_index;
    std::vector<Series> m_series;
    mutable std::map<qint64, int> m_thresholds;
};

void LevelData::load(qint64 fromDay, qint64 toDay, int longPostChars)
{
    const qint64 first = fromDay - LevelRules::kQuarterDays + 1;
    const CommunityClock &clock = m_source.clock();
    const qint64 start = clock.startOf(QDate::fromJulianDay(first));
    const qint64 end = clock.startOf(QDate::fromJulianDay(toDay + 1));
    std::unordered_map<qint64, std::unordered_map<qint64, DayRow>> rows; // member -> day -> row
    auto row = [&](qint64 member, qint64 day) -> DayRow & {
        DayRow &r = rows[member][day];
        r.day = day;
        return r;
    };
    for (const auto &[day, member] : m_source.activity(first, toDay))
        row(member, day).active = 1;

    const QString channels = m_source.channelClause(QStringLiteral("+m.channel_id"));
    {
        QSqlQuery q(m_source.database().sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT m.member_id, m.sent_at, m.reply_to_external_id IS NOT "
                                 "NULL, m.text, coalesce(m.attachment_kind, '') <> '' FROM "
                                 "message m JOIN channel c ON c.id = +m.channel_id WHERE "
                                 "c.community_id = :c AND m.is_service = 0 AND m.member_id IS "
                                 "NOT NULL AND m.sent_at >= :s AND m.sent_at < :e%1")
                      .arg(channels));
        q.bindValue(QStringLiteral(":c"), m_source.communityId());
        q.bindValue(QStringLiteral(":s"), start);
        q.bindValue(QStringLiteral(":e"), end);
        if (!q.exec())
            qWarning("levels: message query failed: %s", qPrintable(q.lastError().text()));
        while (q.next()) {
            const qint64 member = m_source.resolve(q.value(0).toLongLong());
            if (member == 0)
                continue;
            DayRow &r = row(member, clock.dayOf(q.value(1).toLongLong()));
            if (q.value(2).toBool()) {
                ++r.replies;
                ++r.contributions;
                continue;
            }
            ++r.messages;
            if (ContributionScore::knowledgeFlags(q.value(3).toString(), q.value(4).toBool(),
                                                  longPostChars) != 0)
                ++r.contributions;
        }
    }
    {
        QSqlQuery q(m_source.database().sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT rm.member_id, rm.reacted_at FROM reaction_member rm "
                                 "JOIN reaction r ON r.id = rm.reaction_id JOIN message m ON "
                                 "m.id = r.message_id JOIN channel c ON c.id = +m.channel_id "
                                 "WHERE c.community_id = :c AND m.is_service = 0 AND "
                                 "rm.reacted_at >= :s AND rm.reacted_at < :e%1")
                      .arg(channels));
        q.bindValue(QStringLiteral(":c"), m_source.communityId());
        q.bindValue(QStringLiteral(":s"), start);
        q.bindValue(QStringLiteral(":e"), end);
        if (!q.exec())
            qWarning("levels: reaction query failed: %s", qPrintable(q.lastError().text()));
        while (q.next()) {
            const qint64 member = m_source.resolve(q.value(0).toLongLong());
            if (member != 0)
                ++row(member, clock.dayOf(q.value(1).toLongLong())).reactions;
        }
    }

    m_index.clear();
    m_series.clear();
    m_thresholds.clear();
    m_series.reserve(rows.size());
    for (auto &[member, days] : rows) {
        std::vector<DayRow> sorted;
        sorted.reserve(days.size());
        for (const auto &entry : days)
            sorted.push_back(entry.second);
        std::sort(sorted.begin(), sorted.end(),
                  [](const DayRow &a, const DayRow &b) { return a.day < b.day; });
        Series s;
        for (const DayRow &r : sorted) {
            s.days.push_back(r.day);
            s.active.push_back(s.active.back() + r.active);
            s.messages.push_back(s.messages.back() + r.messages);
            s.replies.push_back(s.replies.back() + r.replies);
            s.contributions.push_back(s.contributions.back() + r.contributions);
            s.reactions.push_back(s.reactions.back() + r.reactions);
        }
        m_index.insert(member, m_series.size());
        m_series.push_back(std::move(s));
    }
}

int LevelData::topThreshold(qint64 day) const
{
    const auto cached = m_thresholds.find(day);
    if (cached != m_thresholds.end())
        return cached->second;
    std::vector<int> counts;
    for (const Series &s : m_series) {
        const int n = s.sum(s.contributions, day - LevelRules::kQuarterDays + 1, day);
        if (n > 0)
            counts.push_back(n);
    }
    int threshold = 0;
    if (!counts.empty()) {
        // K = ceil(N * p / 100) >= 1; the K-th largest count.
        const size_t k =
            std::max<size_t>(1, (counts.size() * size_t(m_rules.leadingTopPercent) + 99) / 100);
        std::nth_element(counts.begin(), counts.begin() + qsizetype(k - 1), counts.end(),
                         std::greater<int>());
        threshold = counts[k - 1];
    }
    m_thresholds.emplace(day, threshold);
    return threshold;
}

LevelEvidence LevelData::evidence(qint64 id, qint64 day) const
{
    LevelEvidence e;
    e.topThreshold = topThreshold(day);
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return e;
    const Series &s = m_series[it.value()];
    const qint64 from30 = day - LevelRules::kMonthDays + 1;
    e.minWeekActiveDays = LevelRules::kWeekDays;
    for (int w = 0; w < m_rules.weeks; ++w) {
        const qint64 weekEnd = day - qint64(w) * LevelRules::kWeekDays;
        e.minWeekActiveDays = std::min(
            e.minWeekActiveDays, s.sum(s.active, weekEnd - LevelRules::kWeekDays + 1, weekEnd));
    }
    e.activeDays30 = s.sum(s.active, from30, day);
    e.activeDays90 = s.sum(s.active, day - LevelRules::kQuarterDays + 1, day);
    e.contributions30 = s.sum(s.contributions, from30, day);
    e.contributions90 = s.sum(s.contributions, day - LevelRules::kQuarterDays + 1, day);
    e.messages30 = s.sum(s.messages, from30, day);
    e.replies30 = s.sum(s.replies, from30, day);
    e.reactions30 = s.sum(s.reactions, from30, day);
    e.weight30 = m_rules.messageWeight * e.messages30 + m_rules.replyWeight * e.replies30 +
                 m_rules.reactionWeight * e.reactions30;
    return e;
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

QString weightReason(const LevelEvidence &e, const LevelRules &rules, double threshold)
{
    return QCoreApplication::translate("Levels",
                                       "activity weight %1 in 30 days (≥ %2) = %3 messages × %4 "
                                       "+ %5 replies × %6 + %7 reactions × %8")
        .arg(number(e.weight30), number(threshold), QString::number(e.messages30),
             number(rules.messageWeight), QString::number(e.replies30), number(rules.replyWeight),
             QString::number(e.reactions30), number(rules.reactionWeight));
}

bool isMonthEnd(const QDate &d)
{
    return d.addDays(1).day() == 1;
}

/// Held levels on `day` of every member seen by its end, from data loaded for
/// [previous month end, day].
QHash<qint64, MemberLevel> heldLevels(const AnalyticsSource &source, const LevelRules &rules,
                                      const LevelData &data, const QDate &day)
{
    QHash<qint64, MemberLevel> out;
    const qint64 d = day.toJulianDay();
    const qint64 end = source.clock().startOf(day.addDays(1));
    const QDate review = QDate(day.year(), day.month(), 1).addDays(-1);
    const qint64 firstDay = isMonthEnd(day) ? d : review.toJulianDay();
    for (const MemberFacts &m : source.members()) {
        if (m.firstSeen >= end)
            continue;
        MemberLevel ml;
        ml.evidence = data.evidence(m.id, d);
        QString reason;
        const Level today = LevelCalculator::earned(ml.evidence, rules, &reason);
        Level held = today;
        qint64 since = d;
        QString sinceReason = reason;
        if (data.hasData(m.id)) {
            held = Level::Exploring;
            for (qint64 t = firstDay; t <= d; ++t) {
                QString why;
                const LevelEvidence e = t == d ? ml.evidence : data.evidence(m.id, t);
                const Level l = LevelCalculator::earned(e, rules, &why);
                if (int(l) > int(held) || t == firstDay) {
                    held = l;
                    since = t;
                    sinceReason = why;
                }
            }
        }
        ml.level = int(held);
        ml.earned = int(today);
        ml.name = LevelCalculator::name(held);
        ml.since = QDate::fromJulianDay(since);
        if (held == today) {
            ml.why = QCoreApplication::translate("Levels", "%1: %2").arg(ml.name, reason);
        } else if (since == review.toJulianDay()) {
            ml.why =
                QCoreApplication::translate("Levels", "%1, kept from the month-end review of %2 "
                                                      "until the next one (%3); today earns %4: %5")
                    .arg(ml.name, review.toString(Qt::ISODate), sinceReason,
                         LevelCalculator::name(today), reason);
        } else {
            ml.why =
                QCoreApplication::translate("Levels", "%1 since %2 (%3), held until the month-end "
                                                      "review; today earns %4: %5")
                    .arg(ml.name, ml.since.toString(Qt::ISODate), sinceReason,
                         LevelCalculator::name(today), reason);
        }
        out.insert(m.id, ml);
    }
    return out;
}

} // namespace

LevelCalculator::LevelCalculator(const AnalyticsSource &source, const LevelRules &rules)
    : m_source(source), m_rules(rules),
      m_longPostChars(ContributionRules::load(source.database()).longPostChars)
{
}

QHash<qint64, MemberLevel> LevelCalculator::levelsAt(QDate day) const
{
    if (!day.isValid())
        return {};
    LevelData data(m_source, m_rules);
    const QDate review = QDate(day.year(), day.month(), 1).addDays(-1);
    data.load((isMonthEnd(day) ? day : review).toJulianDay(), day.toJulianDay(), m_longPostChars);
    return heldLevels(m_source, m_rules, data, day);
}

QList<LevelMonth> LevelCalculator::monthly(QDate from, QDate to) const
{
    QList<LevelMonth> out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    const QDate firstMonth(from.year(), from.month(), 1);
    LevelData data(m_source, m_rules);
    data.load(firstMonth.addDays(-1).toJulianDay(), to.toJulianDay(), m_longPostChars);
    QHash<qint64, MemberLevel> previous =
        heldLevels(m_source, m_rules, data, firstMonth.addDays(-1));
    for (QDate month = firstMonth; month <= to; month = month.addMonths(1)) {
        LevelMonth row;
        row.month = month;
        const QDate last = month.addMonths(1).addDays(-1);
        row.end = std::min(last, to);
        row.complete = row.end == last;
        const QHash<qint64, MemberLevel> current = heldLevels(m_source, m_rules, data, row.end);
        row.counts = counts(current);
        for (auto it = current.cbegin(); it != current.cend(); ++it) {
            const auto before = previous.constFind(it.key());
            if (before == previous.constEnd())
                continue;
            ++row.members;
            if (it->level > before->level)
                ++row.up;
            else if (it->level < before->level)
                ++row.down;
            else
                ++row.held;
        }
        out.append(row);
        if (!row.complete)
            break;
        previous = current;
    }
    return out;
}

Level LevelCalculator::earned(const LevelEvidence &e, const LevelRules &rules, QString *why)
{
    auto set = [why](const QString &text) {
        if (why != nullptr)
            *why = text;
    };
    const bool topOk = e.activeDays90 >= rules.leadingActiveDays && e.isTop();
    if (topOk) {
        set(QCoreApplication::translate("Levels", "active %1 of the last 90 days (≥ %2) and %3 "
                                                  "contributions in 90 days, in the top %4% (≥ %5)")
                .arg(e.activeDays90)
                .arg(rules.leadingActiveDays)
                .arg(e.contributions90)
                .arg(rules.leadingTopPercent)
                .arg(e.topThreshold));
        return Level::Leading;
    }
    if (rules.leadingWeight > 0 && e.weight30 >= rules.leadingWeight) {
        set(weightReason(e, rules, rules.leadingWeight));
        return Level::Leading;
    }
    if (e.activeDays30 >= rules.contributingActiveDays &&
        e.contributions30 >= rules.contributingContributions) {
        set(QCoreApplication::translate("Levels", "active %1 of the last 30 days (≥ %2) and %3 "
                                                  "contributions in 30 days (≥ %4)")
                .arg(e.activeDays30)
                .arg(rules.contributingActiveDays)
                .arg(e.contributions30)
                .arg(rules.contributingContributions));
        return Level::Contributing;
    }
    if (rules.contributingWeight > 0 && e.weight30 >= rules.contributingWeight) {
        set(weightReason(e, rules, rules.contributingWeight));
        return Level::Contributing;
    }
    if (e.minWeekActiveDays >= rules.weekActiveDays) {
        set(QCoreApplication::translate("Levels",
                                        "active on ≥ %1 days in each of the last %2 weeks "
                                        "(fewest: %3)")
                .arg(rules.weekActiveDays)
                .arg(rules.weeks)
                .arg(e.minWeekActiveDays));
        return Level::Participating;
    }
    if (e.activeDays30 >= rules.monthActiveDays) {
        set(QCoreApplication::translate("Levels", "active %1 of the last 30 days (≥ %2)")
                .arg(e.activeDays30)
                .arg(rules.monthActiveDays));
        return Level::Participating;
    }
    if (rules.participatingWeight > 0 && e.weight30 >= rules.participatingWeight) {
        set(weightReason(e, rules, rules.participatingWeight));
        return Level::Participating;
    }
    set(QCoreApplication::translate("Levels", "no milestone met: active %1 of the last 30 days, %2 "
                                              "contributions, activity weight %3")
            .arg(e.activeDays30)
            .arg(e.contributions30)
            .arg(number(e.weight30)));
    return Level::Exploring;
}

LevelCounts LevelCalculator::counts(const QHash<qint64, MemberLevel> &levels)
{
    LevelCounts c{};
    for (const MemberLevel &l : levels)
        if (l.level >= 1 && l.level <= kLevelCount)
            ++c[size_t(l.level - 1)];
    return c;
}

QString LevelCalculator::name(Level level)
{
    switch (level) {
    case Level::Exploring:
        return QCoreApplication::translate("Levels", "Exploring");
    case Level::Participating:
        return QCoreApplication::translate("Levels", "Participating");
    case Level::Contributing:
        return QCoreApplication::translate("Levels", "Contributing");
    case Level::Leading:
        return QCoreApplication::translate("Levels", "Leading");
    }
    return {};
}

QString LevelCalculator::key(Level level)
{
    switch (level) {
    case Level::Exploring:
        return QStringLiteral("exploring");
    case Level::Participating:
        return QStringLiteral("participating");
    case Level::Contributing:
        return QStringLiteral("contributing");
    case Level::Leading:
        return QStringLiteral("leading");
    }
    return {};
}

} // namespace kindred
