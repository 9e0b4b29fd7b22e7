#include "FlagEngine.h"
#include "FlagMessageRules.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

namespace kindred {

qint64 FlagRunCounts::totalRaised() const
{
    qint64 n = 0;
    for (qint64 v : raised)
        n += v;
    return n;
}

QJsonObject FlagRunCounts::toJson() const
{
    QJsonObject r, m;
    for (FlagRule rule : FlagRules::all()) {
        r.insert(FlagRules::key(rule), raised.at(size_t(rule)));
        m.insert(FlagRules::key(rule), matched.at(size_t(rule)));
    }
    return QJsonObject{{QStringLiteral("raised"), r},
                       {QStringLiteral("matched"), m},
                       {QStringLiteral("messages_checked"), messagesChecked},
                       {QStringLiteral("reports_checked"), reportsChecked}};
}

QString FlagRunCounts::summary() const
{
    QStringList parts;
    for (FlagRule rule : FlagRules::all())
        parts.append(FlagRules::key(rule) + QLatin1Char(' ') +
                     QString::number(raised.at(size_t(rule))));
    return parts.join(QStringLiteral(", "));
}

namespace {

/// A prepared statement finalized on scope exit.
class Stmt final
{
    Q_DISABLE_COPY_MOVE(Stmt)
public:
    Stmt(sqlite3 *db, const QByteArray &sql)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    bool ok() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }
    void text(int i, const QString &s)
    {
        const QByteArray u = s.toUtf8();
        sqlite3_bind_text(m_stmt, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    }
    qint64 i64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    QString str(int col) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col)),
                                 sqlite3_column_bytes(m_stmt, col));
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

bool exec(sqlite3 *db, const QByteArray &sql, QString *error)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &msg) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    return false;
}

struct MemberInfo
{
    qint64 survivor = 0;
    bool excluded = false; ///< bot or the exporting account
    qint64 joinedAt = 0;
};

} // namespace

FlagEngine::FlagEngine(Database &db) : m_db(db), m_rules(FlagRules::load(db)) {}

QString FlagEngine::messageKey(const QString &platform, const QString &channelExternalId,
                               const QString &messageExternalId)
{
    return platform + QLatin1Char(':') + channelExternalId + QLatin1Char(':') + messageExternalId;
}

qint64 FlagEngine::runAfterImport(Database &db, qint64 batchId, QStringList *warnings)
{
    if (batchId <= 0)
        return 0;
    FlagEngine engine(db);
    FlagRunCounts counts;
    QString error;
    if (!engine.runBatches({batchId}, &counts, &error)) {
        warnings->append(
            QCoreApplication::translate("FlagEngine",
                                        "the import is stored, but the flag rules did not run: %1")
                .arg(error));
        return 0;
    }
    return counts.totalRaised();
}

bool FlagEngine::runBatches(const QList<qint64> &batchIds, FlagRunCounts *counts, QString *error)
{
    return run(&batchIds, counts, error);
}

bool FlagEngine::runAll(FlagRunCounts *counts, QString *error)
{
    return run(nullptr, counts, error);
}

bool FlagEngine::run(const QList<qint64> *batchIds, FlagRunCounts *counts, QString *error)
{
    *counts = FlagRunCounts{};
    sqlite3 *db = m_db.handle();
    QString why;
    auto failed = [&](const QString &what) {
        *error = QCoreApplication::translate("FlagEngine", "flag rules failed: %1").arg(what);
        sqlite3_exec(db, "ROLLBACK TO kindred_flags; RELEASE kindred_flags", nullptr, nullptr,
                     nullptr);
        return false;
    };
    if (!exec(db, "SAVEPOINT kindred_flags", &why)) {
        *error = QCoreApplication::translate("FlagEngine", "flag rules failed: %1").arg(why);
        return false;
    }
    const qint64 now = m_now > 0 ? m_now : QDateTime::currentSecsSinceEpoch();
    const FlagMatcher matcher(m_rules);

    // Members: survivor of merges, excluded (bot / exporting account), joined.
    QHash<qint64, MemberInfo> members;
    QHash<qint64, qint64> mergedInto;
    {
        Stmt q(db, "SELECT id, is_bot OR is_self, coalesce(merged_into, 0), "
                   "coalesce(joined_at, 0) FROM member");
        if (!q.ok())
            return failed(QString::fromUtf8(sqlite3_errmsg(db)));
        while (sqlite3_step(q.get()) == SQLITE_ROW) {
            members.insert(q.i64(0), MemberInfo{q.i64(0), q.i64(1) != 0, q.i64(3)});
            if (q.i64(2) > 0)
                mergedInto.insert(q.i64(0), q.i64(2));
        }
    }
    QSet<qint64> hasSources;
    for (auto it = members.begin(); it != members.end(); ++it) {
        qint64 s = it.key();
        for (int hop = 0; hop < 64 && mergedInto.contains(s); ++hop)
            s = mergedInto.value(s);
        it->survivor = s;
        if (s != it.key())
            hasSources.insert(s);
    }
    auto survivorOf = [&](qint64 id) {
        return members.value(id, MemberInfo{id, false, 0}).survivor;
    };
    auto excluded = [&](qint64 id) {
        return members.value(id).excluded || members.value(survivorOf(id)).excluded;
    };

    // Scope.
    QByteArray batchList;
    if (batchIds) {
        QStringList ids;
        for (qint64 b : *batchIds)
            ids.append(QString::number(b));
        if (ids.isEmpty())
            ids.append(QStringLiteral("0"));
        batchList = ids.join(QLatin1Char(',')).toLatin1();
    }
    qint64 textFrom = 0, textTo = 0;
    QByteArray memberFilter;
    if (batchIds) {
        QSet<qint64> survivors;
        {
            // One scan: the batch's authors and the time span of its messages.
            Stmt q(db, "SELECT member_id, min(sent_at), max(sent_at) FROM message WHERE "
                       "import_batch_id IN (" +
                           batchList +
                           ") AND is_service = 0 AND member_id IS NOT NULL GROUP BY member_id");
            if (!q.ok())
                return failed(QString::fromUtf8(sqlite3_errmsg(db)));
            qint64 lo = 0, hi = 0;
            while (sqlite3_step(q.get()) == SQLITE_ROW) {
                survivors.insert(survivorOf(q.i64(0)));
                lo = lo == 0 ? q.i64(1) : std::min(lo, q.i64(1));
                hi = std::max(hi, q.i64(2));
            }
            const qint64 margin = qint64(m_rules.repeatHours) * 3600;
            textFrom = lo - margin;
            textTo = hi + margin;
        }
        if (!exec(db, "CREATE TEMP TABLE IF NOT EXISTS kindred_flag_member(id INTEGER PRIMARY KEY)",
                  &why) ||
            !exec(db, "DELETE FROM kindred_flag_member", &why))
            return failed(why);
        Stmt ins(db, "INSERT INTO kindred_flag_member(id) VALUES (?1)");
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            if (!survivors.contains(it->survivor))
                continue;
            sqlite3_bind_int64(ins.get(), 1, it.key());
            if (sqlite3_step(ins.get()) != SQLITE_DONE)
                return failed(QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_reset(ins.get());
        }
        memberFilter = " AND m.member_id IN (SELECT id FROM kindred_flag_member)";
    }

    // Flood and repeated-text flags stored before: a burst or cluster holding one of them is
    // not flagged again.
    QHash<qint64, quint8> earlier;
    {
        Stmt q(db, "SELECT message_id, rule FROM flag WHERE rule IN ('flood', 'repeated_text') "
                   "AND message_id IS NOT NULL" +
                       (batchIds ? QByteArray(" AND member_id IN (SELECT id FROM "
                                              "kindred_flag_member)")
                                 : QByteArray()));
        if (!q.ok())
            return failed(QString::fromUtf8(sqlite3_errmsg(db)));
        while (sqlite3_step(q.get()) == SQLITE_ROW)
            earlier[q.i64(0)] |=
                q.str(1) == QLatin1String("flood") ? kEarlierFlood : kEarlierRepeat;
    }

    Stmt insert(db, "INSERT OR IGNORE INTO flag(community_id, rule, member_id, message_id, "
                    "channel_id, occurred_at, raised_at, severity, score, why, dedup_key) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!insert.ok())
        return failed(QString::fromUtf8(sqlite3_errmsg(db)));
    auto store = [&](FlagRule rule, qint64 community, qint64 member, qint64 messageId,
                     qint64 channelId, qint64 occurredAt, double score, const QString &text,
                     const QString &key, int severityBump) {
        sqlite3_stmt *s = insert.get();
        sqlite3_bind_int64(s, 1, community);
        insert.text(2, FlagRules::key(rule));
        sqlite3_bind_int64(s, 3, member);
        messageId > 0 ? sqlite3_bind_int64(s, 4, messageId) : sqlite3_bind_null(s, 4);
        channelId > 0 ? sqlite3_bind_int64(s, 5, channelId) : sqlite3_bind_null(s, 5);
        sqlite3_bind_int64(s, 6, occurredAt);
        sqlite3_bind_int64(s, 7, now);
        sqlite3_bind_int64(s, 8, std::min(3, m_rules.severityOf(rule) + severityBump));
        sqlite3_bind_double(s, 9, score);
        insert.text(10, text);
        insert.text(11, key);
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc != SQLITE_DONE)
            return false;
        ++counts->matched.at(size_t(rule));
        counts->raised.at(size_t(rule)) += sqlite3_changes(db);
        return true;
    };

    // Messages, one member at a time.
    const bool messageRules =
        m_rules.isEnabled(FlagRule::Flood) || m_rules.isEnabled(FlagRule::LinkSpam) ||
        m_rules.isEnabled(FlagRule::BlockedWord) || m_rules.isEnabled(FlagRule::RepeatedText) ||
        m_rules.isEnabled(FlagRule::MassMention);
    if (messageRules) {
        const QByteArray textExpr =
            batchIds ? "CASE WHEN m.import_batch_id IN (" + batchList + ") OR m.sent_at BETWEEN " +
                           QByteArray::number(textFrom) + " AND " + QByteArray::number(textTo) +
                           " THEN m.text ELSE '' END"
                     : QByteArray("m.text");
        const QByteArray targetExpr =
            batchIds ? "m.import_batch_id IN (" + batchList + ")" : QByteArray("1");
        // Channels: community and the "platform:external id:" prefix of the dedup keys.
        struct ChannelInfo
        {
            qint64 community;
            QString keyPrefix;
        };
        QHash<qint64, ChannelInfo> channels;
        {
            Stmt c(db, "SELECT id, community_id, platform, external_id FROM channel");
            if (!c.ok())
                return failed(QString::fromUtf8(sqlite3_errmsg(db)));
            while (sqlite3_step(c.get()) == SQLITE_ROW)
                channels.insert(c.i64(0),
                                ChannelInfo{c.i64(1), messageKey(c.str(2), c.str(3), {})});
        }
        Stmt q(db, "SELECT m.id, m.member_id, m.channel_id, m.external_id, m.sent_at, " + textExpr +
                       ", " + targetExpr +
                       " FROM message m WHERE m.is_service = 0 AND m.member_id IS NOT NULL" +
                       memberFilter + " ORDER BY m.member_id, m.sent_at, m.id");
        if (!q.ok())
            return failed(QString::fromUtf8(sqlite3_errmsg(db)));
        const FlagMessageRules rules(m_rules, matcher);
        std::map<qint64, std::vector<FlagMessage>> deferred; // merged members, evaluated at the end
        std::vector<FlagMessage> group;
        qint64 groupMember = 0;
        auto evaluate = [&](qint64 survivor, std::vector<FlagMessage> &msgs) {
            QList<FlagHit> hits;
            rules.evaluate(msgs, members.value(survivor).joinedAt, &hits);
            for (const FlagHit &h : hits) {
                if (!store(h.rule, h.msg->communityId, survivor, h.msg->id, h.msg->channelId,
                           h.msg->sentAt, h.score, h.why, h.msg->key, h.severityBump))
                    return false;
            }
            return true;
        };
        auto flush = [&] {
            if (group.empty() || excluded(groupMember)) {
                group.clear();
                return true;
            }
            const qint64 survivor = survivorOf(groupMember);
            if (survivor != groupMember || hasSources.contains(groupMember)) {
                auto &d = deferred[survivor];
                d.insert(d.end(), std::make_move_iterator(group.begin()),
                         std::make_move_iterator(group.end()));
                group.clear();
                return true;
            }
            const bool ok = evaluate(survivor, group);
            group.clear();
            return ok;
        };
        int rc;
        while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
            const qint64 member = q.i64(1);
            if (member != groupMember) {
                if (!flush())
                    return failed(QString::fromUtf8(sqlite3_errmsg(db)));
                groupMember = member;
            }
            const bool target = q.i64(6) != 0;
            if (target)
                ++counts->messagesChecked;
            const ChannelInfo &channel = channels[q.i64(2)];
            group.push_back(FlagMessage{q.i64(0), q.i64(2), channel.community, q.i64(4),
                                        channel.keyPrefix + q.str(3), q.str(5), target,
                                        earlier.value(q.i64(0), 0)});
        }
        if (rc != SQLITE_DONE || !flush())
            return failed(QString::fromUtf8(sqlite3_errmsg(db)));
        for (auto &[survivor, msgs] : deferred) {
            std::stable_sort(msgs.begin(), msgs.end(),
                             [](const FlagMessage &a, const FlagMessage &b) {
                                 return a.sentAt != b.sentAt ? a.sentAt < b.sentAt : a.id < b.id;
                             });
            qint64 joined = members.value(survivor).joinedAt;
            for (auto it = members.cbegin(); it != members.cend(); ++it) {
                if (it->survivor == survivor && it->joinedAt > 0)
                    joined = joined > 0 ? std::min(joined, it->joinedAt) : it->joinedAt;
            }
            members[survivor].joinedAt = joined;
            if (!evaluate(survivor, msgs))
                return failed(QString::fromUtf8(sqlite3_errmsg(db)));
        }
    }

    // Member reports: one flag each.
    if (m_rules.isEnabled(FlagRule::MemberReport)) {
        Stmt q(db,
               "SELECT r.community_id, r.reported_member_id, coalesce(r.message_id, 0), "
               "coalesce(m.channel_id, 0), r.reported_at, r.reason, r.external_id, "
               "coalesce(rep.display_name, '') FROM member_report r "
               "LEFT JOIN member rep ON rep.id = r.reporter_member_id "
               "LEFT JOIN message m ON m.id = r.message_id" +
                   (batchIds ? " WHERE r.import_batch_id IN (" + batchList + ")" : QByteArray()) +
                   " ORDER BY r.id");
        if (!q.ok())
            return failed(QString::fromUtf8(sqlite3_errmsg(db)));
        while (sqlite3_step(q.get()) == SQLITE_ROW) {
            ++counts->reportsChecked;
            const qint64 member = q.i64(1);
            if (excluded(member))
                continue;
            const QString reporter = q.str(7).isEmpty()
                                         ? QCoreApplication::translate("FlagEngine", "unknown")
                                         : q.str(7);
            const QString date =
                QDateTime::fromSecsSinceEpoch(q.i64(4), Qt::UTC).toString(Qt::ISODate);
            const QString text =
                QCoreApplication::translate("FlagEngine", "reported by %1 at %2: %3")
                    .arg(reporter, date,
                         q.str(5).isEmpty()
                             ? QCoreApplication::translate("FlagEngine", "(no reason given)")
                             : q.str(5));
            if (!store(FlagRule::MemberReport, q.i64(0), survivorOf(member), q.i64(2), q.i64(3),
                       q.i64(4), 1.0, text, QStringLiteral("report:") + q.str(6), 0))
                return failed(QString::fromUtf8(sqlite3_errmsg(db)));
        }
    }

    if (!exec(db, "RELEASE kindred_flags", &why))
        return failed(why);
    return true;
}

} // namespace kindred
