#include "EngagementReport.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kindred {

namespace {

QString queryError(const AnalyticsSource &source, const QSqlQuery &q)
{
    return QCoreApplication::translate("EngagementReport",
                                       "%1: cannot read the engagement figures (%2)")
        .arg(source.database().path(), q.lastError().text());
}

} // namespace

qint64 ContributorAbsence::coveredMessages() const
{
    qint64 sum = 0;
    for (const MemberMessages &m : members)
        sum += m.messages;
    return sum;
}

double ContributorAbsence::share() const
{
    return totalMessages > 0 ? double(coveredMessages()) / double(totalMessages) : 0.0;
}

EngagementReport::EngagementReport(const AnalyticsSource &source) : m_source(source) {}

double EngagementReport::dayStickiness(const DailyEngagement &row)
{
    return row.mau > 0 ? double(row.dau) / double(row.mau) : 0.0;
}

bool EngagementReport::isQuestion(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("https?://\\S+"),
                                        QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QChar fullWidth(0xFF1F);
    if (!text.contains(QLatin1Char('?')) && !text.contains(fullWidth))
        return false;
    QString stripped = text;
    stripped.remove(url);
    return stripped.contains(QLatin1Char('?')) || stripped.contains(fullWidth);
}

double EngagementReport::median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return double(values.at(n / 2));
    return (double(values.at(n / 2 - 1)) + double(values.at(n / 2))) / 2.0;
}

ContributorAbsence EngagementReport::contributorAbsence(QList<MemberMessages> counts)
{
    ContributorAbsence caf;
    counts.removeIf([](const MemberMessages &m) { return m.messages <= 0; });
    std::sort(counts.begin(), counts.end(), [](const MemberMessages &a, const MemberMessages &b) {
        return a.messages != b.messages ? a.messages > b.messages : a.memberId < b.memberId;
    });
    for (const MemberMessages &m : counts)
        caf.totalMessages += m.messages;
    qint64 covered = 0;
    for (const MemberMessages &m : counts) {
        if (2 * covered > caf.totalMessages)
            break;
        caf.members.append(m);
        covered += m.messages;
    }
    return caf;
}

QList<WeekActivity> EngagementReport::weeklyNewReturning(const ActivityDays &activity,
                                                         const QSet<qint64> &activeBefore,
                                                         qint64 fromDay, qint64 toDay)
{
    QList<WeekActivity> weeks;
    if (toDay < fromDay)
        return weeks;
    // First active day of every member inside the range (pairs are sorted by day).
    QHash<qint64, qint64> firstDay;
    for (const auto &[day, member] : activity)
        if (day >= fromDay && day <= toDay && !firstDay.contains(member))
            firstDay.insert(member, day);
    auto it =
        std::lower_bound(activity.begin(), activity.end(), std::make_pair(fromDay, qint64(0)));
    for (qint64 start = fromDay; start <= toDay;) {
        const QDate first = QDate::fromJulianDay(start);
        const qint64 end = std::min(toDay, start + (7 - first.dayOfWeek()));
        WeekActivity w{first, QDate::fromJulianDay(end), 0, 0};
        QSet<qint64> seen;
        for (; it != activity.end() && it->first <= end; ++it) {
            const qint64 member = it->second;
            if (seen.contains(member))
                continue;
            seen.insert(member);
            if (!activeBefore.contains(member) && firstDay.value(member) >= start)
                ++w.newMembers;
            else
                ++w.returningMembers;
        }
        weeks.append(w);
        start = end + 1;
    }
    return weeks;
}

bool EngagementReport::compute(const Period &period, EngagementReportData *out,
                               QString *error) const
{
    if (!period.isValid()) {
        *error = QCoreApplication::translate("EngagementReport", "The period %1 is empty.")
                     .arg(period.toString());
        return false;
    }
    *out = EngagementReportData{};
    out->period = period;
    const qint64 fromDay = period.from.toJulianDay();
    const qint64 toDay = period.to.toJulianDay();
    const ActivityDays activity = m_source.activity(fromDay - 29, toDay);
    out->series = Engagement::series(activity, fromDay, toDay);
    out->dauMean = Engagement::meanDau(out->series);
    out->mau = out->series.isEmpty() ? 0 : out->series.last().mau;
    out->stickiness = Engagement::stickiness(out->series);

    QSet<qint64> activeBefore;
    if (!readActiveBefore(m_source.startOf(period), &activeBefore, error) ||
        !readMessages(period, out, error) || !readReplies(period, &out->replies, error))
        return false;
    out->weeks = weeklyNewReturning(activity, activeBefore, fromDay, toDay);
    return true;
}

bool EngagementReport::readActiveBefore(qint64 start, QSet<qint64> *out, QString *error) const
{
    const QString filter = m_source.channelClause(QStringLiteral("+m.channel_id"));
    const QString sql =
        QStringLiteral(
            "SELECT DISTINCT m.member_id FROM message m JOIN channel c ON c.id = "
            "+m.channel_id WHERE c.community_id = :c AND m.is_service = 0 AND "
            "m.member_id IS NOT NULL AND m.sent_at < :s%1 "
            "UNION SELECT DISTINCT rm.member_id FROM reaction_member rm JOIN reaction r "
            "ON r.id = rm.reaction_id JOIN message m ON m.id = r.message_id JOIN channel "
            "c ON c.id = +m.channel_id WHERE c.community_id = :c AND rm.reacted_at < "
            ":s%1")
            .arg(filter);
    QSqlQuery q(m_source.database().sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":c"), m_source.communityId());
    q.bindValue(QStringLiteral(":s"), start);
    if (!q.exec()) {
        *error = queryError(m_source, q);
        return false;
    }
    while (q.next())
        if (const qint64 member = m_source.resolve(q.value(0).toLongLong()); member != 0)
            out->insert(member);
    return true;
}

bool EngagementReport::readMessages(const Period &period, EngagementReportData *out,
                                    QString *error) const
{
    const CommunityClock &clock = m_source.clock();
    const qint64 fromDay = period.from.toJulianDay();
    const int days = period.days();
    QSqlQuery q(m_source.database().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.member_id, m.channel_id, m.sent_at FROM message m JOIN "
                             "channel c ON c.id = +m.channel_id WHERE c.community_id = :c AND "
                             "m.is_service = 0 AND m.member_id IS NOT NULL AND m.sent_at >= :s "
                             "AND m.sent_at < :e") +
              m_source.channelClause(QStringLiteral("+m.channel_id")));
    q.bindValue(QStringLiteral(":c"), m_source.communityId());
    q.bindValue(QStringLiteral(":s"), m_source.startOf(period));
    q.bindValue(QStringLiteral(":e"), m_source.endOf(period));
    if (!q.exec()) {
        *error = queryError(m_source, q);
        return false;
    }
    QHash<qint64, qint64> perMember;
    QHash<qint64, QList<qint64>> perChannelDay; // channel id -> messages per day index
    while (q.next()) {
        const qint64 member = m_source.resolve(q.value(0).toLongLong());
        if (member == 0)
            continue;
        const qint64 channel = q.value(1).toLongLong();
        const qint64 sentAt = q.value(2).toLongLong();
        const qint64 day = clock.dayOf(sentAt);
        if (day < fromDay || day >= fromDay + days)
            continue; // cannot happen with a consistent clock; keeps the indexes safe
        ++out->messages;
        ++perMember[member];
        QList<qint64> &series = perChannelDay[channel];
        if (series.isEmpty())
            series.resize(days, 0);
        ++series[day - fromDay];
        const int weekday = QDate::fromJulianDay(day).dayOfWeek() - 1;
        ++out->heatmap.at(size_t(weekday)).at(size_t(clock.hourOf(sentAt)));
    }
    q.finish();

    // Channel names, then channels by messages (most first), ties by name.
    QHash<qint64, QString> names;
    if (!q.exec(QStringLiteral("SELECT id, name, external_id FROM channel WHERE community_id = %1")
                    .arg(m_source.communityId()))) {
        *error = queryError(m_source, q);
        return false;
    }
    while (q.next()) {
        const QString name = q.value(1).toString();
        names.insert(q.value(0).toLongLong(), name.isEmpty() ? q.value(2).toString() : name);
    }
    q.finish();
    for (auto it = perChannelDay.cbegin(); it != perChannelDay.cend(); ++it) {
        qint64 total = 0;
        for (qint64 n : it.value())
            total += n;
        out->channels.append({it.key(), names.value(it.key()), total});
    }
    std::sort(out->channels.begin(), out->channels.end(),
              [](const ChannelMessages &a, const ChannelMessages &b) {
                  if (a.messages != b.messages)
                      return a.messages > b.messages;
                  return a.name != b.name ? a.name < b.name : a.channelId < b.channelId;
              });
    out->messagesPerDay.resize(days);
    for (int d = 0; d < days; ++d) {
        QList<qint64> &row = out->messagesPerDay[d];
        row.reserve(out->channels.size());
        for (const ChannelMessages &c : std::as_const(out->channels))
            row.append(perChannelDay.value(c.channelId).value(d));
    }

    QHash<qint64, QString> memberNames;
    for (const MemberFacts &m : m_source.members())
        memberNames.insert(m.id, m.name);
    QList<MemberMessages> counts;
    counts.reserve(perMember.size());
    for (auto it = perMember.cbegin(); it != perMember.cend(); ++it)
        counts.append({it.key(), memberNames.value(it.key()), it.value()});
    out->caf = contributorAbsence(counts);
    return true;
}

bool EngagementReport::readReplies(const Period &period, ReplyTimes *out, QString *error) const
{
    // Candidates: messages of the period holding '?' or '？' (char(65311)); isQuestion() decides.
    // Every reply of the same channel comes with its question (NULL when there is none).
    const QString filter = m_source.channelClause(QStringLiteral("+q.channel_id"));
    QSqlQuery q(m_source.database().sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT q.id, q.member_id, q.sent_at, q.text, r.member_id, r.sent_at FROM message q "
            "JOIN channel c ON c.id = +q.channel_id LEFT JOIN message r ON r.channel_id = "
            "q.channel_id AND r.reply_to_external_id IS NOT NULL AND r.reply_to_external_id = "
            "q.external_id AND r.is_service = 0 WHERE c.community_id = :c AND q.is_service = 0 "
            "AND q.member_id IS NOT NULL AND q.sent_at >= :s AND q.sent_at < :e AND "
            "(instr(q.text, '?') > 0 OR instr(q.text, char(65311)) > 0)%1 ORDER BY q.id")
            .arg(filter));
    q.bindValue(QStringLiteral(":c"), m_source.communityId());
    q.bindValue(QStringLiteral(":s"), m_source.startOf(period));
    q.bindValue(QStringLiteral(":e"), m_source.endOf(period));
    if (!q.exec()) {
        *error = queryError(m_source, q);
        return false;
    }
    qint64 current = 0;
    bool counted = false; // the current message is a question of a member
    qint64 asker = 0;
    qint64 askedAt = 0;
    qint64 best = -1; // seconds to the first reply so far, -1 = none
    auto close = [&] {
        if (counted && best >= 0)
            out->delays.append(best);
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != current) {
            close();
            current = id;
            asker = m_source.resolve(q.value(1).toLongLong());
            askedAt = q.value(2).toLongLong();
            counted = asker != 0 && isQuestion(q.value(3).toString());
            best = -1;
            if (counted)
                ++out->questions;
        }
        if (!counted || q.value(4).isNull())
            continue;
        const qint64 replier = m_source.resolve(q.value(4).toLongLong());
        if (replier == 0 || replier == asker)
            continue;
        const qint64 delay = std::max<qint64>(0, q.value(5).toLongLong() - askedAt);
        if (best < 0 || delay < best)
            best = delay;
    }
    close();
    std::sort(out->delays.begin(), out->delays.end());
    out->medianSeconds = median(out->delays);
    return true;
}

} // namespace kindred
