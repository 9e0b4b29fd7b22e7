#include "Rankings.h"

#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace kindred {

Rankings::Rankings(const AnalyticsSource &source) : m_source(source) {}

double Rankings::score(const ContentRanking &c, const ContentWeights &w, double ageDays)
{
    double s = w.reactions * double(c.reactions) + w.replies * double(c.replies) +
               w.forwards * double(c.forwards);
    if (w.halfLifeDays > 0)
        s *= std::pow(0.5, std::max(0.0, ageDays) / w.halfLifeDays);
    return s;
}

QList<MemberRanking> Rankings::topMembers(const Period &period, MemberOrder order, int limit) const
{
    const qint64 start = m_source.startOf(period);
    const qint64 end = m_source.endOf(period);
    const QString filter = m_source.channelClause(QStringLiteral("+m.channel_id"));
    QHash<qint64, MemberRanking> rows;
    auto row = [&](qint64 raw) -> MemberRanking * {
        const qint64 id = m_source.resolve(raw);
        if (id == 0)
            return nullptr;
        MemberRanking &r = rows[id];
        r.memberId = id;
        return &r;
    };
    QSqlQuery q(m_source.database().sql());
    q.setForwardOnly(true);
    const QString base = QStringLiteral(" FROM message m JOIN channel c ON c.id = +m.channel_id "
                                        "WHERE c.community_id = ? AND m.is_service = 0 AND "
                                        "m.sent_at >= ? AND m.sent_at < ?") +
                         filter;
    auto run = [&](const QString &sql, auto apply) {
        q.prepare(sql);
        q.addBindValue(m_source.communityId());
        q.addBindValue(start);
        q.addBindValue(end);
        if (!q.exec())
            return;
        while (q.next())
            if (MemberRanking *r = row(q.value(0).toLongLong()))
                apply(r, q.value(1).toLongLong());
    };
    run(QStringLiteral("SELECT m.member_id, count(*)") + base +
            QStringLiteral(" AND m.member_id IS NOT NULL GROUP BY m.member_id"),
        [](MemberRanking *r, qint64 n) { r->messages += n; });
    run(QStringLiteral("SELECT p.member_id, count(*) FROM message m JOIN channel c ON c.id = "
                       "+m.channel_id JOIN message p ON p.channel_id = m.channel_id AND "
                       "p.external_id = m.reply_to_external_id WHERE c.community_id = ? AND "
                       "m.is_service = 0 AND m.sent_at >= ? AND m.sent_at < ? AND "
                       "m.reply_to_external_id IS NOT NULL AND p.member_id IS NOT NULL AND "
                       "(m.member_id IS NULL OR m.member_id <> p.member_id)") +
            filter + QStringLiteral(" GROUP BY p.member_id"),
        [](MemberRanking *r, qint64 n) { r->repliesReceived += n; });
    run(QStringLiteral("SELECT m.member_id, sum(r.count) FROM reaction r JOIN message m ON m.id = "
                       "r.message_id JOIN channel c ON c.id = +m.channel_id WHERE c.community_id = "
                       "? AND m.is_service = 0 AND m.sent_at >= ? AND m.sent_at < ? AND "
                       "m.member_id IS NOT NULL") +
            filter + QStringLiteral(" GROUP BY m.member_id"),
        [](MemberRanking *r, qint64 n) { r->reactionsReceived += n; });

    QHash<qint64, QString> names;
    for (const MemberFacts &m : m_source.members())
        names.insert(m.id, m.name);
    QList<MemberRanking> out;
    out.reserve(rows.size());
    for (MemberRanking &r : rows) {
        r.name = names.value(r.memberId);
        out.append(r);
    }
    auto key = [order](const MemberRanking &r) {
        switch (order) {
        case MemberOrder::RepliesReceived:
            return std::make_tuple(r.repliesReceived, r.messages, r.reactionsReceived);
        case MemberOrder::ReactionsReceived:
            return std::make_tuple(r.reactionsReceived, r.messages, r.repliesReceived);
        case MemberOrder::Messages:
            break;
        }
        return std::make_tuple(r.messages, r.repliesReceived, r.reactionsReceived);
    };
    std::sort(out.begin(), out.end(), [&](const MemberRanking &a, const MemberRanking &b) {
        const auto ka = key(a), kb = key(b);
        return ka != kb ? ka > kb : a.memberId < b.memberId;
    });
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

QList<ContentRanking> Rankings::topContent(const Period &period, const ContentWeights &w,
                                           int limit) const
{
    const qint64 start = m_source.startOf(period);
    const qint64 end = m_source.endOf(period);
    const QString filter = m_source.channelClause(QStringLiteral("+m.channel_id"));
    // Candidates: messages of the period that received at least one reaction, reply or forward.
    const QString sql =
        QStringLiteral(
            "WITH posts AS (SELECT m.id, m.channel_id, m.external_id, m.member_id, m.sent_at, "
            "m.text "
            "  FROM message m JOIN channel c ON c.id = +m.channel_id LEFT JOIN member b ON b.id = "
            "  m.member_id WHERE c.community_id = :c AND m.is_service = 0 AND coalesce(b.is_bot, "
            "0) "
            "  = 0 AND m.sent_at >= :s AND m.sent_at < :e%1), "
            "rx AS (SELECT r.message_id, sum(r.count) AS n FROM reaction r JOIN posts p ON p.id = "
            "  r.message_id GROUP BY r.message_id), "
            "rp AS (SELECT p.id, count(*) AS n FROM posts p JOIN message m ON m.channel_id = "
            "  p.channel_id AND m.reply_to_external_id = p.external_id WHERE m.is_service = 0 "
            "  GROUP BY p.id) "
            "SELECT p.id, ch.name, coalesce(mb.display_name, ''), p.sent_at, p.text, "
            "  coalesce(rx.n, 0), coalesce(rp.n, 0), p.member_id FROM posts p JOIN channel ch "
            "  ON ch.id = "
            "  p.channel_id LEFT JOIN member mb ON mb.id = p.member_id LEFT JOIN rx ON "
            "rx.message_id "
            "  = p.id LEFT JOIN rp ON rp.id = p.id WHERE rx.n IS NOT NULL OR rp.n IS NOT NULL")
            .arg(filter);
    QSqlQuery q(m_source.database().sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":c"), m_source.communityId());
    q.bindValue(QStringLiteral(":s"), start);
    q.bindValue(QStringLiteral(":e"), end);
    QList<ContentRanking> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        ContentRanking c;
        c.messageId = q.value(0).toLongLong();
        c.channel = q.value(1).toString();
        c.author = q.value(2).toString();
        c.sentAt = q.value(3).toLongLong();
        c.text = q.value(4).toString();
        c.reactions = q.value(5).toLongLong();
        c.replies = q.value(6).toLongLong();
        c.authorId = q.value(7).toLongLong();
        c.score = score(c, w, double(end - c.sentAt) / 86400.0);
        out.append(c);
    }
    std::sort(out.begin(), out.end(), [](const ContentRanking &a, const ContentRanking &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.sentAt > b.sentAt;
    });
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace kindred
