#include "ContributionScore.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <utility>

namespace kindred {
namespace {

constexpr int kStreakDays = 30;
constexpr int kRepliesBadge = 100;

bool startsWithNoCase(QStringView s, qsizetype i, QLatin1StringView lit)
{
    if (s.size() - i < lit.size())
        return false;
    for (qsizetype k = 0; k < lit.size(); ++k) {
        char16_t c = s[i + k].unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c - u'A' + u'a');
        if (c != lit[k].unicode())
            return false;
    }
    return true;
}

bool hasCode(QStringView text)
{
    if (text.contains(u"```"))
        return true;
    qsizetype lineStart = 0;
    const qsizetype n = text.size();
    while (lineStart <= n) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        const QStringView line = text.sliced(lineStart, lineEnd - lineStart);
        // An indented code line: four spaces or a tab, then a non-blank character.
        qsizetype indent = -1;
        if (line.startsWith(u"    "))
            indent = 4;
        else if (line.startsWith(u'\t'))
            indent = 1;
        if (indent > 0) {
            for (qsizetype i = indent; i < line.size(); ++i) {
                const QChar c = line[i];
                if (c != u' ' && c != u'\t' && c != u'\r')
                    return true;
            }
        }
        // Inline code: a backtick, one or more characters that are not backticks, a backtick.
        int state = 0;
        for (const QChar c : line) {
            if (state == 0 && c == u'`')
                state = 1;
            else if (state == 1)
                state = c == u'`' ? 1 : 2;
            else if (state == 2 && c == u'`')
                return true;
        }
        lineStart = lineEnd + 1;
    }
    return false;
}

/// Per-member tallies while replaying the history.
struct Tally
{
    qint64 repliesTotal = 0;
    qint64 lastAward = -1; ///< UTC seconds of the last awarded message, -1 = none
    bool firstLink = false;
    bool firstCode = false;
    ContributionRow row;
};

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString number(double v)
{
    return QString::number(v, 'g', 6);
}

} // namespace

qsizetype ContributionScore::characters(QStringView text)
{
    qsizetype n = 0;
    for (const QChar c : text)
        if (!c.isLowSurrogate())
            ++n;
    return n;
}

bool ContributionScore::isQuestion(QStringView text)
{
    return text.contains(u'?') || text.contains(u'\uFF1F');
}

int ContributionScore::knowledgeFlags(QStringView text, bool hasAttachment, int longPostChars)
{
    int flags = 0;
    if (characters(text) >= longPostChars)
        flags |= LongPost;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if ((c == u'h' || c == u'H') &&
            (startsWithNoCase(text, i, QLatin1StringView("http://")) ||
             startsWithNoCase(text, i, QLatin1StringView("https://")))) {
            flags |= LinkPost;
            break;
        }
    }
    if (hasCode(text))
        flags |= CodePost;
    if (hasAttachment)
        flags |= FilePost;
    return flags;
}

double ContributionScore::score(double interactionShare, double contentShare, double knowledgeShare,
                                const ContributionRules &rules)
{
    return rules.k1 * interactionShare + rules.k2 * contentShare + rules.k3 * knowledgeShare;
}

ContributionScore::ContributionScore(const AnalyticsSource &source, const ContributionRules &rules)
    : m_source(source), m_rules(rules)
{
}

bool ContributionScore::compute(const Period &period, ContributionBoard *out, QString *error) const
{
    *out = ContributionBoard{};
    out->period = period;
    out->rules = m_rules;
    if (!period.isValid()) {
        *error = QCoreApplication::translate("ContributionScore", "the period is not valid");
        return false;
    }
    const CommunityClock &clock = m_source.clock();
    const qint64 start = m_source.startOf(period);
    const qint64 end = m_source.endOf(period);

    std::vector<Tally> tally;
    QHash<qint64, size_t> indexOf;
    qint64 firstSeen = 0;
    for (const MemberFacts &m : m_source.members()) {
        if (m.firstSeen >= end)
            continue;
        firstSeen = firstSeen == 0 ? m.firstSeen : std::min(firstSeen, m.firstSeen);
        indexOf.insert(m.id, tally.size());
        Tally t;
        t.row.memberId = m.id;
        t.row.name = m.name;
        tally.push_back(std::move(t));
    }
    auto find = [&](qint64 rawId) -> Tally * {
        const qint64 id = m_source.resolve(rawId);
        const auto it = indexOf.constFind(id);
        return it == indexOf.constEnd() ? nullptr : &tally[it.value()];
    };
    auto fail = [&](const QSqlQuery &q) {
        *error = QCoreApplication::translate("ContributionScore", "cannot read messages: %1")
                     .arg(q.lastError().text());
        return false;
    };
    const QString channels = m_source.channelClause(QStringLiteral("+m.channel_id"));

    // Messages of all history up to the end: content, knowledge, replies, points, badges.
    QSet<std::pair<qint64, qint64>> repliers;              // (replied message id, replier)
    std::map<std::pair<qint64, qint64>, int> helperCounts; // ((month julian day, member), n)
    {
        QSqlQuery q(m_source.database().sql());
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral(
                           "SELECT m.member_id, m.sent_at, m.text, m.reply_to_external_id IS NOT "
                           "NULL, coalesce(m.attachment_kind, '') <> '', t.id, t.member_id, "
                           "coalesce(instr(t.text, :hq) > 0 OR instr(t.text, :fq) > 0, 0) "
                           "FROM message m JOIN channel c ON c.id = +m.channel_id "
                           "LEFT JOIN message t ON t.channel_id = m.channel_id AND t.external_id "
                           "= m.reply_to_external_id AND t.is_service = 0 "
                           "WHERE c.community_id = :c AND m.is_service = 0 AND m.member_id IS "
                           "NOT NULL AND m.sent_at < :e%1 ORDER BY m.sent_at, m.id")
                           .arg(channels)))
            return fail(q);
        q.bindValue(QStringLiteral(":hq"), QStringLiteral("?"));
        q.bindValue(QStringLiteral(":fq"), QString(QChar(0xFF1F)));
        q.bindValue(QStringLiteral(":c"), m_source.communityId());
        q.bindValue(QStringLiteral(":e"), end);
        if (!q.exec())
            return fail(q);
        while (q.next()) {
            Tally *author = find(q.value(0).toLongLong());
            if (author == nullptr)
                continue;
            ContributionRow &row = author->row;
            const qint64 at = q.value(1).toLongLong();
            const bool inPeriod = at >= start;
            const QString text = q.value(2).toString();
            const bool isReply = q.value(3).toBool();
            const int flags = knowledgeFlags(text, q.value(4).toBool(), m_rules.longPostChars);
            const QDate date = clock.dateOf(at);

            if (inPeriod) {
                ++row.messages;
                if (flags != 0) {
                    ++row.knowledge;
                    row.longPosts += (flags & LongPost) ? 1 : 0;
                    row.links += (flags & LinkPost) ? 1 : 0;
                    row.code += (flags & CodePost) ? 1 : 0;
                    row.files += (flags & FilePost) ? 1 : 0;
                }
                if (isReply)
                    ++row.repliesGiven;
            }
            if ((flags & LinkPost) && !author->firstLink) {
                author->firstLink = true;
                row.badges.append(Badge{BadgeKind::FirstLink, date, {}, 0});
            }
            if ((flags & CodePost) && !author->firstCode) {
                author->firstCode = true;
                row.badges.append(Badge{BadgeKind::FirstCode, date, {}, 0});
            }
            if (isReply) {
                ++author->repliesTotal;
                if (author->repliesTotal == 1)
                    row.badges.append(Badge{BadgeKind::FirstReply, date, {}, 0});
                if (author->repliesTotal == kRepliesBadge)
                    row.badges.append(Badge{BadgeKind::Replies100, date, {}, kRepliesBadge});
                Tally *target = q.value(5).isNull() ? nullptr : find(q.value(6).toLongLong());
                if (target != nullptr && target != author) {
                    if (!repliers.contains({q.value(5).toLongLong(), row.memberId})) {
                        repliers.insert({q.value(5).toLongLong(), row.memberId});
                        target->row.pointsTotal += m_rules.pointsPerReplier;
                        if (inPeriod) {
                            target->row.points += m_rules.pointsPerReplier;
                            ++target->row.distinctRepliers;
                        }
                    }
                    if (q.value(7).toInt() != 0) {
                        const QDate month(date.year(), date.month(), 1);
                        ++helperCounts[{month.toJulianDay(), row.memberId}];
                    }
                }
            }
            if (characters(text) >= m_rules.minMessageChars &&
                (author->lastAward < 0 || at - author->lastAward >= m_rules.cooldownSecs)) {
                author->lastAward = at;
                row.pointsTotal += m_rules.pointsPerMessage;
                if (inPeriod) {
                    row.points += m_rules.pointsPerMessage;
                    ++row.awardedMessages;
                }
            }
        }
    }

    // Reactions with a time: reactions given (period) and distinct reactors (points).
    {
        QSqlQuery q(m_source.database().sql());
        q.setForwardOnly(true);
        if (!q.prepare(
                QStringLiteral("SELECT rm.member_id, rm.reacted_at, m.id, m.member_id FROM "
                               "reaction_member rm JOIN reaction r ON r.id = rm.reaction_id JOIN "
                               "message m ON m.id = r.message_id JOIN channel c ON c.id = "
                               "+m.channel_id WHERE c.community_id = :c AND m.is_service = 0 AND "
                               "rm.reacted_at IS NOT NULL AND rm.reacted_at < :e%1 "
                               "ORDER BY rm.reacted_at, m.id, rm.member_id")
                    .arg(channels)))
            return fail(q);
        q.bindValue(QStringLiteral(":c"), m_source.communityId());
        q.bindValue(QStringLiteral(":e"), end);
        if (!q.exec())
            return fail(q);
        QSet<std::pair<qint64, qint64>> reactors; // (message id, reactor)
        while (q.next()) {
            Tally *reactor = find(q.value(0).toLongLong());
            if (reactor == nullptr)
                continue;
            const bool inPeriod = q.value(1).toLongLong() >= start;
            if (inPeriod)
                ++reactor->row.reactionsGiven;
            Tally *author = q.value(3).isNull() ? nullptr : find(q.value(3).toLongLong());
            if (author == nullptr || author == reactor)
                continue;
            const std::pair<qint64, qint64> pair{q.value(2).toLongLong(), reactor->row.memberId};
            if (reactors.contains(pair))
                continue;
            reactors.insert(pair);
            author->row.pointsTotal += m_rules.pointsPerReactor;
            if (inPeriod) {
                author->row.points += m_rules.pointsPerReactor;
                ++author->row.distinctReactors;
            }
        }
    }

    // 30-day streaks over the active days of all history.
    if (firstSeen > 0) {
        const ActivityDays act = m_source.activity(clock.dayOf(firstSeen), period.to.toJulianDay());
        QHash<qint64, std::pair<qint64, int>> run; // member -> (last day, run length)
        QSet<qint64> done;
        for (const auto &[day, member] : act) {
            if (done.contains(member))
                continue;
            auto &[last, length] = run[member];
            length = (length > 0 && last == day - 1) ? length + 1 : 1;
            last = day;
            if (length == kStreakDays) {
                done.insert(member);
                if (Tally *t = find(member))
                    t->row.badges.append(
                        Badge{BadgeKind::Streak30, QDate::fromJulianDay(day), {}, kStreakDays});
            }
        }
    }

    // Helper of the month: months that ended by the period's last day.
    {
        std::map<qint64, int> best; // month -> most replies to questions
        for (const auto &[key, n] : helperCounts)
            best[key.first] = std::max(best[key.first], n);
        for (const auto &[key, n] : helperCounts) {
            const QDate month = QDate::fromJulianDay(key.first);
            const QDate last = month.addMonths(1).addDays(-1);
            if (last > period.to || n != best[key.first])
                continue;
            if (Tally *t = find(key.second))
                t->row.badges.append(Badge{BadgeKind::HelperOfMonth, last, month, n});
        }
    }

    for (const Tally &t : tally) {
        out->totalInteractions += t.row.interactions();
        out->totalMessages += t.row.messages;
        out->totalKnowledge += t.row.knowledge;
    }
    auto share = [](qint64 part, qint64 total) {
        return total > 0 ? double(part) / double(total) : 0.0;
    };
    out->rows.reserve(qsizetype(tally.size()));
    for (Tally &t : tally) {
        ContributionRow &row = t.row;
        row.interactionShare = share(row.interactions(), out->totalInteractions);
        row.contentShare = share(row.messages, out->totalMessages);
        row.knowledgeShare = share(row.knowledge, out->totalKnowledge);
        row.q = score(row.interactionShare, row.contentShare, row.knowledgeShare, m_rules);
        std::stable_sort(row.badges.begin(), row.badges.end(),
                         [](const Badge &a, const Badge &b) { return a.earned < b.earned; });
        out->rows.append(std::move(row));
    }
    std::sort(out->rows.begin(), out->rows.end(),
              [](const ContributionRow &a, const ContributionRow &b) {
                  if (a.q != b.q)
                      return a.q > b.q;
                  if (a.points != b.points)
                      return a.points > b.points;
                  return a.memberId < b.memberId;
              });
    for (qsizetype i = 0; i < out->rows.size(); ++i) {
        ContributionRow &row = out->rows[i];
        row.rank =
            (i > 0 && out->rows.at(i - 1).q == row.q) ? out->rows.at(i - 1).rank : int(i) + 1;
    }
    return true;
}

const ContributionRow *ContributionBoard::row(qint64 memberId) const
{
    for (const ContributionRow &r : rows)
        if (r.memberId == memberId)
            return &r;
    return nullptr;
}

QString ContributionBoard::why(const ContributionRow &row, bool withBadges) const
{
    QStringList lines;
    lines.append(QCoreApplication::translate(
                     "ContributionScore",
                     "Q = k1 × interactions + k2 × content + k3 × knowledge = %1 × %2 + %3 × %4 "
                     "+ %5 × %6 = %7")
                     .arg(number(rules.k1), percent(row.interactionShare), number(rules.k2),
                          percent(row.contentShare), number(rules.k3), percent(row.knowledgeShare),
                          QString::number(row.q, 'f', 4)));
    lines.append(QCoreApplication::translate("ContributionScore",
                                             "interactions: %1 of %2 (%3 replies + %4 "
                                             "reactions given)")
                     .arg(row.interactions())
                     .arg(totalInteractions)
                     .arg(row.repliesGiven)
                     .arg(row.reactionsGiven));
    lines.append(QCoreApplication::translate("ContributionScore", "content: %1 of %2 messages")
                     .arg(row.messages)
                     .arg(totalMessages));
    lines.append(QCoreApplication::translate("ContributionScore",
                                             "knowledge: %1 of %2 posts (%3 long, %4 with "
                                             "links, %5 with code, %6 with files)")
                     .arg(row.knowledge)
                     .arg(totalKnowledge)
                     .arg(row.longPosts)
                     .arg(row.links)
                     .arg(row.code)
                     .arg(row.files));
    lines.append(QCoreApplication::translate("ContributionScore",
                                             "points: %1 in the period (%2 in all) = %3 "
                                             "messages × %4 + %5 repliers × %6 + %7 reactors × "
                                             "%8")
                     .arg(row.points)
                     .arg(row.pointsTotal)
                     .arg(row.awardedMessages)
                     .arg(rules.pointsPerMessage)
                     .arg(row.distinctRepliers)
                     .arg(rules.pointsPerReplier)
                     .arg(row.distinctReactors)
                     .arg(rules.pointsPerReactor));
    if (!withBadges)
        return lines.join(QLatin1Char('\n'));
    QStringList badges;
    for (const Badge &b : row.badges)
        badges.append(b.text());
    lines.append(
        QCoreApplication::translate("ContributionScore", "badges: %1")
            .arg(badges.isEmpty() ? QStringLiteral("-") : badges.join(QStringLiteral("; "))));
    return lines.join(QLatin1Char('\n'));
}

QString Badge::key(BadgeKind kind)
{
    switch (kind) {
    case BadgeKind::FirstReply:
        return QStringLiteral("first_reply");
    case BadgeKind::Replies100:
        return QStringLiteral("replies_100");
    case BadgeKind::FirstLink:
        return QStringLiteral("first_link");
    case BadgeKind::FirstCode:
        return QStringLiteral("first_code");
    case BadgeKind::Streak30:
        return QStringLiteral("streak_30");
    case BadgeKind::HelperOfMonth:
        return QStringLiteral("helper_of_month");
    }
    return {};
}

QString Badge::label(BadgeKind kind)
{
    switch (kind) {
    case BadgeKind::FirstReply:
        return QCoreApplication::translate("ContributionScore", "First reply");
    case BadgeKind::Replies100:
        return QCoreApplication::translate("ContributionScore", "100 replies");
    case BadgeKind::FirstLink:
        return QCoreApplication::translate("ContributionScore", "First link shared");
    case BadgeKind::FirstCode:
        return QCoreApplication::translate("ContributionScore", "First code shared");
    case BadgeKind::Streak30:
        return QCoreApplication::translate("ContributionScore", "30-day streak");
    case BadgeKind::HelperOfMonth:
        return QCoreApplication::translate("ContributionScore", "Helper of the month");
    }
    return {};
}

QString Badge::text() const
{
    if (kind == BadgeKind::HelperOfMonth)
        return QCoreApplication::translate("ContributionScore",
                                           "%1 %2 (%3 replies to questions), %4")
            .arg(label(kind), month.toString(QStringLiteral("yyyy-MM")))
            .arg(count)
            .arg(earned.toString(Qt::ISODate));
    return QStringLiteral("%1, %2").arg(label(kind), earned.toString(Qt::ISODate));
}

} // namespace kindred
