// Moderation, part B (issue 7): the review queue, the actions and their append-only audit log,
// statistics, the guidance list and the ban/mute list, on small hand-made communities (flag
// rows inserted directly, as the flag rules would write them) and on the demo community.
#include "analytics/AnalyticsSource.h"
#include "demo/DemoGenerator.h"
#include "moderation/GuidanceList.h"
#include "moderation/ModerationStats.h"
#include "moderation/ModerationStore.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace kindred;

namespace {

/// 2024-06-01T00:00:00Z: the base time of the hand-made community (timezone UTC).
constexpr qint64 kT0 = 1717200000;
constexpr qint64 kDay = 86400;

bool exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// "id:value,id:value" of a two-column query.
QString pairs(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        return QStringLiteral("error: ") + q.lastError().text();
    while (q.next())
        out.append(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
    return out.join(QLatin1Char(','));
}

/// Digest of everything moderation can change: flags, member statuses, the audit log.
QByteArray moderationDigest(Database &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QStringList queries{
        QStringLiteral("SELECT id, status, coalesce(handled_at, -1) FROM flag ORDER BY id"),
        QStringLiteral("SELECT id, status, 0 FROM member ORDER BY id"),
        QStringLiteral("SELECT id, action, reason FROM moderation_action ORDER BY id")};
    for (const QString &sql : queries) {
        QSqlQuery q(db.sql());
        q.exec(sql);
        while (q.next())
            for (int c = 0; c < 3; ++c)
                h.addData(QByteArray(q.value(c).toString().toUtf8() + '\x1f'));
        h.addData(QByteArrayLiteral("\x1e"));
    }
    return h.result().toHex();
}

bool addMember(Database &db, qint64 id, const QString &name, qint64 joinedAt,
               const QString &status = QStringLiteral("active"), qint64 mergedInto = 0)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO member (id, community_id, display_name, first_seen, "
                             "last_seen, joined_at, status, merged_into) VALUES (?, 1, ?, ?, ?, "
                             "?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(joinedAt);
    q.addBindValue(joinedAt);
    q.addBindValue(joinedAt);
    q.addBindValue(status);
    q.addBindValue(mergedInto > 0 ? QVariant(mergedInto) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec()) {
        qWarning("member %lld: %s", id, qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

bool addIdentity(Database &db, qint64 member, const QString &platform, const QString &externalId,
                 const QString &username)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO identity (community_id, member_id, platform, "
                             "external_id, username, display_name) VALUES (1, ?, ?, ?, ?, '')"));
    q.addBindValue(member);
    q.addBindValue(platform);
    q.addBindValue(externalId);
    q.addBindValue(username);
    return q.exec();
}

bool addMessage(Database &db, qint64 id, qint64 channel, qint64 member, qint64 sentAt,
                const QString &text = {})
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO message (id, channel_id, external_id, member_id, "
                             "sent_at, text) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(channel);
    q.addBindValue(QString::number(id));
    q.addBindValue(member);
    q.addBindValue(sentAt);
    q.addBindValue(text.isEmpty() ? QStringLiteral("message %1").arg(id) : text);
    if (!q.exec()) {
        qWarning("message %lld: %s", id, qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

struct FlagRow
{
    qint64 id;
    QString rule;
    qint64 member;
    qint64 message; // 0 = none
    qint64 channel; // 0 = none
    int severity;
    qint64 occurredAt;
    qint64 raisedAt;
    QString status = QStringLiteral("open");
    qint64 handledAt = 0;
};

bool addFlag(Database &db, const FlagRow &f)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO flag (id, community_id, rule, member_id, message_id, channel_id, "
        "occurred_at, raised_at, severity, why, status, handled_at, dedup_key) VALUES (?, 1, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant nullId(QMetaType::fromType<qint64>());
    q.addBindValue(f.id);
    q.addBindValue(f.rule);
    q.addBindValue(f.member);
    q.addBindValue(f.message > 0 ? QVariant(f.message) : nullId);
    q.addBindValue(f.channel > 0 ? QVariant(f.channel) : nullId);
    q.addBindValue(f.occurredAt);
    q.addBindValue(f.raisedAt);
    q.addBindValue(f.severity);
    q.addBindValue(QStringLiteral("test flag %1").arg(f.id));
    q.addBindValue(f.status);
    q.addBindValue(f.handledAt > 0 ? QVariant(f.handledAt) : nullId);
    q.addBindValue(QStringLiteral("key-%1").arg(f.id));
    if (!q.exec()) {
        qWarning("flag %lld: %s", f.id, qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

/// "member:flag,flag|member:flag" of a queue.
QString queueString(const QList<QueueEntry> &queue)
{
    QStringList groups;
    for (const QueueEntry &e : queue) {
        QStringList ids;
        for (const FlagInfo &f : e.flags)
            ids.append(QString::number(f.id));
        groups.append(QString::number(e.memberId) + QLatin1Char(':') + ids.join(QLatin1Char(',')));
    }
    return groups.join(QLatin1Char('|'));
}

} // namespace

class TestModerationStore : public QObject
{
    Q_OBJECT

    // The hand-made community (timezone UTC), channels 1 "general" and 2 "off-topic":
    //   1 Alice (telegram 111), 2 Bob (telegram 222), 3 Carol "CJ", Jr. (discord 333),
    //   4 Dave (telegram 444), 5 Eve = Bob's second identity (slack U5), merged into 2.
    //   Messages 1..20 in channel 1 at kT0 + i*60 s, sent by member (i % 4) + 1;
    //   messages 21..24 in channel 2 at kT0 + 2000 + i s by Eve (21, 22) and Alice (23, 24).
    // Flags (raised at kT0 + 10000 + offset):
    //   1 flood         Alice msg 10 ch 1 sev 2 raised +100
    //   2 blocked_word  Alice msg 23 ch 2 sev 3 raised +300
    //   3 link_spam     Bob   msg 6  ch 1 sev 3 raised +200
    //   4 mass_mention  Carol msg 3  ch 1 sev 1 raised +50
    //   5 blocked_word  Carol msg 7  ch 1 sev 3 raised +20, already dismissed
    //   6 flood         Eve   msg 21 ch 2 sev 1 raised +10 (counts for Bob)
    // Open queue: Bob (max 3, oldest +10) 3,6 | Alice (3, +100) 2,1 | Carol (1, +50) 4.
    void buildCommunity(Database &db)
    {
        QVERIFY(exec(db, QStringLiteral("INSERT INTO community (id, name, timezone) VALUES (1, "
                                        "'t', 'UTC')")));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO channel (id, community_id, platform, "
                                        "external_id, name) VALUES (1, 1, 'telegram', 'c1', "
                                        "'general'), (2, 1, 'telegram', 'c2', 'off-topic')")));
        const qint64 joined = kT0 - 100 * kDay;
        QVERIFY(addMember(db, 1, QStringLiteral("Alice"), joined));
        QVERIFY(addMember(db, 2, QStringLiteral("Bob"), joined));
        QVERIFY(addMember(db, 3, QStringLiteral("Carol \"CJ\", Jr."), joined));
        QVERIFY(addMember(db, 4, QStringLiteral("Dave"), joined));
        QVERIFY(addMember(db, 5, QStringLiteral("Eve"), joined, QStringLiteral("active"), 2));
        QVERIFY(addIdentity(db, 1, QStringLiteral("telegram"), QStringLiteral("111"),
                            QStringLiteral("alice")));
        QVERIFY(addIdentity(db, 2, QStringLiteral("telegram"), QStringLiteral("222"),
                            QStringLiteral("bob")));
        QVERIFY(addIdentity(db, 3, QStringLiteral("discord"), QStringLiteral("333"),
                            QStringLiteral("carol")));
        QVERIFY(addIdentity(db, 4, QStringLiteral("telegram"), QStringLiteral("444"),
                            QStringLiteral("dave")));
        QVERIFY(addIdentity(db, 5, QStringLiteral("slack"), QStringLiteral("U5"),
                            QStringLiteral("eve")));
        for (int i = 1; i <= 20; ++i)
            QVERIFY(addMessage(db, i, 1, (i % 4) + 1, kT0 + i * 60));
        QVERIFY(addMessage(db, 21, 2, 5, kT0 + 2021));
        QVERIFY(addMessage(db, 22, 2, 5, kT0 + 2022));
        QVERIFY(addMessage(db, 23, 2, 1, kT0 + 2023));
        QVERIFY(addMessage(db, 24, 2, 1, kT0 + 2024));
        const qint64 r = kT0 + 10000;
        QVERIFY(addFlag(db, {1, QStringLiteral("flood"), 1, 10, 1, 2, kT0 + 600, r + 100}));
        QVERIFY(addFlag(db, {2, QStringLiteral("blocked_word"), 1, 23, 2, 3, kT0 + 2023, r + 300}));
        QVERIFY(addFlag(db, {3, QStringLiteral("link_spam"), 2, 6, 1, 3, kT0 + 360, r + 200}));
        QVERIFY(addFlag(db, {4, QStringLiteral("mass_mention"), 3, 3, 1, 1, kT0 + 180, r + 50}));
        QVERIFY(addFlag(db, {5, QStringLiteral("blocked_word"), 3, 7, 1, 3, kT0 + 420, r + 20,
                             QStringLiteral("dismissed"), r + 30}));
        QVERIFY(addFlag(db, {6, QStringLiteral("flood"), 5, 21, 2, 1, kT0 + 2021, r + 10}));
    }

    QString flagStatuses(Database &db)
    {
        return pairs(db, QStringLiteral("SELECT id, status FROM flag ORDER BY id"));
    }
    QString memberStatuses(Database &db)
    {
        return pairs(db, QStringLiteral("SELECT id, status FROM member WHERE id <= 4 ORDER BY id"));
    }

    ActionRequest request(ModerationAction action, QList<qint64> members, QList<qint64> flags,
                          const QString &reason = QStringLiteral("rule 3 of the group"))
    {
        ActionRequest r;
        r.action = action;
        r.memberIds = std::move(members);
        r.flagIds = std::move(flags);
        r.reason = reason;
        r.actor = QStringLiteral("mod-anna");
        r.actedAt = kT0 + 20000;
        return r;
    }

    QTemporaryDir m_dir;
    Database m_db;
    int m_serial = 0;

private slots:
    void init()
    {
        m_db.close();
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("w%1.kindred").arg(++m_serial)), &error),
                 qPrintable(error));
        buildCommunity(m_db);
    }

    void auditLogRejectsUpdateAndDelete()
    {
        ModerationStore store(m_db);
        QString error;
        QVERIFY2(store.apply(request(ModerationAction::Note, {4}, {}, QStringLiteral("first")),
                             nullptr, &error),
                 qPrintable(error));
        const QString before = pairs(m_db, QStringLiteral("SELECT id, actor || '/' || action || "
                                                          "'/' || reason || '/' || member_id "
                                                          "FROM moderation_action"));
        QCOMPARE(before, QStringLiteral("1:mod-anna/note/first/4"));

        QSqlQuery q(m_db.sql());
        QVERIFY(!q.exec(QStringLiteral("UPDATE moderation_action SET reason = 'rewritten'")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only: entries cannot be "
                                                              "changed")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("UPDATE moderation_action SET actor = 'x' WHERE id = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM moderation_action WHERE id = 1")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only: entries cannot be "
                                                              "deleted")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM moderation_action")));
        q.finish();
        QCOMPARE(pairs(m_db, QStringLiteral("SELECT id, actor || '/' || action || '/' || reason "
                                            "|| '/' || member_id FROM moderation_action")),
                 before);
        // Inserting stays possible: the log grows.
        QVERIFY(store.apply(request(ModerationAction::Note, {4}, {}, QStringLiteral("second")),
                            nullptr, &error));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM moderation_action")), 2);
    }

    void queueGroupingAndOrder_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<qint64>("channel");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("maxSeverities");
        // Severity first, then the longest-waiting flag (Bob's merged identity Eve: +10).
        QTest::newRow("open") << QStringLiteral("open") << QString() << qint64(0)
                              << QStringLiteral("2:3,6|1:2,1|3:4") << QStringLiteral("3,3,1");
        QTest::newRow("flood only")
            << QStringLiteral("open") << QStringLiteral("flood") << qint64(0)
            << QStringLiteral("1:1|2:6") << QStringLiteral("2,1");
        QTest::newRow("channel 2") << QStringLiteral("open") << QString() << qint64(2)
                                   << QStringLiteral("1:2|2:6") << QStringLiteral("3,1");
        QTest::newRow("dismissed") << QStringLiteral("dismissed") << QString() << qint64(0)
                                   << QStringLiteral("3:5") << QStringLiteral("3");
        QTest::newRow("all statuses")
            << QString() << QString() << qint64(0) << QStringLiteral("2:3,6|3:5,4|1:2,1")
            << QStringLiteral("3,3,3");
        QTest::newRow("no match") << QStringLiteral("open") << QStringLiteral("nope") << qint64(0)
                                  << QString() << QString();
    }

    void queueGroupingAndOrder()
    {
        QFETCH(QString, status);
        QFETCH(QString, rule);
        QFETCH(qint64, channel);
        QFETCH(QString, expected);
        QFETCH(QString, maxSeverities);
        QueueFilter filter;
        filter.status = status;
        filter.rule = rule;
        filter.channelId = channel;
        const QList<QueueEntry> queue = ModerationStore(m_db).queue(filter, kT0 + 20000);
        QCOMPARE(queueString(queue), expected);
        QStringList sev;
        for (const QueueEntry &e : queue)
            sev.append(QString::number(e.maxSeverity));
        QCOMPARE(sev.join(QLatin1Char(',')), maxSeverities);
    }

    void queueDetails()
    {
        const QList<QueueEntry> queue = ModerationStore(m_db).queue({}, kT0 + 20000);
        QCOMPARE(queue.size(), 3);
        const QueueEntry &bob = queue.at(0);
        QCOMPARE(bob.memberName, QStringLiteral("Bob"));
        QCOMPARE(bob.memberStatus, QStringLiteral("active"));
        QCOMPARE(bob.oldestRaisedAt, kT0 + 10010);
        QCOMPARE(bob.oldestAgeSeconds, qint64(20000 - 10010));
        const FlagInfo &eve = bob.flags.at(1);
        QCOMPARE(eve.id, 6);
        QCOMPARE(eve.memberId, 2); // resolved through the merge
        QCOMPARE(eve.rule, QStringLiteral("flood"));
        QCOMPARE(eve.channelName, QStringLiteral("off-topic"));
        QCOMPARE(eve.messageText, QStringLiteral("message 21"));
        QCOMPARE(eve.occurredAt, kT0 + 2021);
        QCOMPARE(eve.status, QStringLiteral("open"));
    }

    void context()
    {
        ModerationStore store(m_db);
        QString error;
        QVERIFY(store.apply(request(ModerationAction::Note, {1}, {}, QStringLiteral("watch")),
                            nullptr, &error));
        ModerationContext ctx;
        QVERIFY2(store.contextForFlag(1, &ctx, &error, 5, 5, QDate(2024, 6, 1)), qPrintable(error));
        QCOMPARE(ctx.memberId, 1);
        QCOMPARE(ctx.focusFlagId, 1);
        QCOMPARE(ctx.focusMessageId, 10);
        QCOMPARE(ctx.channelName, QStringLiteral("general"));
        QStringList ids;
        for (const ContextMessage &m : std::as_const(ctx.messages))
            ids.append(QString::number(m.id) + (m.isFocus ? QStringLiteral("*") : QString()));
        QCOMPARE(ids.join(QLatin1Char(',')), QStringLiteral("5,6,7,8,9,10*,11,12,13,14,15"));
        QCOMPARE(ctx.messages.at(0).memberName, QStringLiteral("Bob")); // 5 % 4 + 1 = 2
        QCOMPARE(ctx.previousFlags.size(), 1);
        QCOMPARE(ctx.previousFlags.first().id, 2);
        QCOMPARE(ctx.previousActions.size(), 1);
        QCOMPARE(ctx.previousActions.first().reason, QStringLiteral("watch"));
        QCOMPARE(ctx.asOf, QDate(2024, 6, 1));
        QVERIFY(ctx.hasSegment);
        QCOMPARE(ctx.segment, Segment::Occasional); // active on 2024-06-01 only: 1 day of 30
        QVERIFY(ctx.hasLevel);

        // Near the start of the channel: fewer earlier messages.
        QVERIFY(store.contextForFlag(4, &ctx, &error, 5, 2, QDate(2024, 6, 1)));
        ids.clear();
        for (const ContextMessage &m : std::as_const(ctx.messages))
            ids.append(QString::number(m.id) + (m.isFocus ? QStringLiteral("*") : QString()));
        QCOMPARE(ids.join(QLatin1Char(',')), QStringLiteral("1,2,3*,4,5"));

        // By member: Bob's first queue flag is 3 (severity 3); Eve's flag is a previous flag.
        QVERIFY(store.contextForMember(5, &ctx, &error, 1, 1, QDate(2024, 6, 1)));
        QCOMPARE(ctx.memberId, 2);
        QCOMPARE(ctx.focusFlagId, 3);
        QCOMPARE(ctx.focusMessageId, 6);
        QCOMPARE(ctx.messages.size(), 3);
        QCOMPARE(ctx.previousFlags.size(), 1);
        QCOMPARE(ctx.previousFlags.first().id, 6);

        QVERIFY(!store.contextForFlag(99, &ctx, &error));
        QVERIFY(error.contains(QStringLiteral("99")));
        QVERIFY(!store.contextForMember(99, &ctx, &error));
        QVERIFY(error.contains(QStringLiteral("99")));
    }

    void actionEffects_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QList<qint64>>("members");
        QTest::addColumn<QList<qint64>>("flags");
        QTest::addColumn<QString>("flagStatuses");
        QTest::addColumn<QString>("memberStatuses");
        QTest::addColumn<QString>("log"); // member:flag_id/flag_rule per new audit row
        QTest::addColumn<int>("flagsChanged");

        const QString active = QStringLiteral("1:active,2:active,3:active,4:active");
        QTest::newRow("dismiss one flag")
            << int(ModerationAction::Dismiss) << QList<qint64>{} << QList<qint64>{1}
            << QStringLiteral("1:dismissed,2:open,3:open,4:open,5:dismissed,6:open") << active
            << QStringLiteral("1:1/flood") << 1;
        QTest::newRow("dismiss a member")
            << int(ModerationAction::Dismiss) << QList<qint64>{1} << QList<qint64>{}
            << QStringLiteral("1:dismissed,2:dismissed,3:open,4:open,5:dismissed,6:open") << active
            << QStringLiteral("1:0/") << 2;
        QTest::newRow("warn") << int(ModerationAction::Warn) << QList<qint64>{1} << QList<qint64>{}
                              << QStringLiteral(
                                     "1:actioned,2:actioned,3:open,4:open,5:dismissed,6:open")
                              << active << QStringLiteral("1:0/") << 2;
        QTest::newRow("mute (one open flag)")
            << int(ModerationAction::Mute) << QList<qint64>{3} << QList<qint64>{}
            << QStringLiteral("1:open,2:open,3:open,4:actioned,5:dismissed,6:open")
            << QStringLiteral("1:active,2:active,3:muted,4:active")
            << QStringLiteral("3:4/mass_mention") << 1;
        QTest::newRow("ban from a flag (merged identity's flag too)")
            << int(ModerationAction::Ban) << QList<qint64>{} << QList<qint64>{3}
            << QStringLiteral("1:open,2:open,3:actioned,4:open,5:dismissed,6:actioned")
            << QStringLiteral("1:active,2:banned,3:active,4:active")
            << QStringLiteral("2:3/link_spam") << 2;
        QTest::newRow("ban the merged identity = the member")
            << int(ModerationAction::Ban) << QList<qint64>{5} << QList<qint64>{}
            << QStringLiteral("1:open,2:open,3:actioned,4:open,5:dismissed,6:actioned")
            << QStringLiteral("1:active,2:banned,3:active,4:active") << QStringLiteral("2:0/") << 2;
        QTest::newRow("note") << int(ModerationAction::Note) << QList<qint64>{4} << QList<qint64>{}
                              << QStringLiteral("1:open,2:open,3:open,4:open,5:dismissed,6:open")
                              << active << QStringLiteral("4:0/") << 0;
        QTest::newRow("bulk warn")
            << int(ModerationAction::Warn) << QList<qint64>{3, 1} << QList<qint64>{}
            << QStringLiteral("1:actioned,2:actioned,3:open,4:actioned,5:dismissed,6:open")
            << active << QStringLiteral("3:4/mass_mention,1:0/") << 3;
        QTest::newRow("bulk dismiss of flags of two members")
            << int(ModerationAction::Dismiss) << QList<qint64>{} << QList<qint64>{2, 4, 1}
            << QStringLiteral("1:dismissed,2:dismissed,3:open,4:dismissed,5:dismissed,6:open")
            << active << QStringLiteral("1:0/,3:4/mass_mention") << 3;
    }

    void actionEffects()
    {
        QFETCH(int, action);
        QFETCH(QList<qint64>, members);
        QFETCH(QList<qint64>, flags);
        QFETCH(QString, flagStatuses);
        QFETCH(QString, memberStatuses);
        QFETCH(QString, log);
        QFETCH(int, flagsChanged);
        ModerationStore store(m_db);
        ActionResult result;
        QString error;
        QVERIFY2(store.apply(request(ModerationAction(action), members, flags), &result, &error),
                 qPrintable(error));
        QCOMPARE(this->flagStatuses(m_db), flagStatuses);
        QCOMPARE(this->memberStatuses(m_db), memberStatuses);
        QCOMPARE(result.flagsChanged, flagsChanged);
        QCOMPARE(pairs(m_db, QStringLiteral("SELECT member_id, coalesce(flag_id, 0) || '/' || "
                                            "flag_rule FROM moderation_action ORDER BY id")),
                 log);
        QCOMPARE(result.actionIds.size(), log.split(QLatin1Char(',')).size());
        // Every row: actor, reason, action key, time, the member's name as it is now.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM moderation_action a JOIN "
                                             "member m ON m.id = a.member_id WHERE a.actor = "
                                             "'mod-anna' AND a.reason = 'rule 3 of the group' "
                                             "AND a.acted_at = %1 AND a.action = '%2' AND "
                                             "a.member_name = m.display_name")
                                  .arg(kT0 + 20000)
                                  .arg(ModerationStore::key(ModerationAction(action)))),
                 qint64(result.actionIds.size()));
        // Handled flags carry the decision time.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM flag WHERE handled_at = %1")
                                  .arg(kT0 + 20000)),
                 qint64(flagsChanged));
    }

    void bulkIsOneTransaction_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QList<qint64>>("members");
        QTest::addColumn<QList<qint64>>("flags");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("unknown member last")
            << int(ModerationAction::Ban) << QList<qint64>{1, 2, 999} << QList<qint64>{}
            << QStringLiteral("no member 999");
        QTest::newRow("unknown flag") << int(ModerationAction::Warn) << QList<qint64>{}
                                      << QList<qint64>{1, 3, 777} << QStringLiteral("no flag 777");
        QTest::newRow("dismiss a handled flag")
            << int(ModerationAction::Dismiss) << QList<qint64>{} << QList<qint64>{1, 5}
            << QStringLiteral("flag 5 is not open");
        QTest::newRow("dismiss a member without open flags")
            << int(ModerationAction::Dismiss) << QList<qint64>{1, 4} << QList<qint64>{}
            << QStringLiteral("no open flag");
        QTest::newRow("unban an active member after a valid one")
            << int(ModerationAction::Unban) << QList<qint64>{4} << QList<qint64>{}
            << QStringLiteral("neither muted nor banned");
        QTest::newRow("empty selection") << int(ModerationAction::Ban) << QList<qint64>{}
                                         << QList<qint64>{} << QStringLiteral("select");
    }

    void bulkIsOneTransaction()
    {
        QFETCH(int, action);
        QFETCH(QList<qint64>, members);
        QFETCH(QList<qint64>, flags);
        QFETCH(QString, errorPart);
        QString error;
        ModerationStore store(m_db);
        if (ModerationAction(action) == ModerationAction::Unban) {
            // Member 3 is muted first, so the selection {3, 4} fails on 4 after 3 was undone.
            QVERIFY(store.apply(request(ModerationAction::Mute, {3}, {}), nullptr, &error));
            members = {3, 4};
        }
        const QByteArray before = moderationDigest(m_db);
        ActionResult result;
        result.flagsChanged = 42;
        QVERIFY(!store.apply(request(ModerationAction(action), members, flags), &result, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QCOMPARE(moderationDigest(m_db), before);
        QVERIFY(result.actionIds.isEmpty());
        // The connection is usable afterwards (no transaction left open).
        QVERIFY2(store.apply(request(ModerationAction::Note, {4}, {}), nullptr, &error),
                 qPrintable(error));
    }

    void reasonAndActorRequired_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("actor");
        QTest::newRow("empty reason") << QString() << QStringLiteral("mod");
        QTest::newRow("blank reason") << QStringLiteral("  \t ") << QStringLiteral("mod");
        QTest::newRow("empty actor") << QStringLiteral("spam") << QString();
        QTest::newRow("blank actor") << QStringLiteral("spam") << QStringLiteral("   ");
    }

    void reasonAndActorRequired()
    {
        QFETCH(QString, reason);
        QFETCH(QString, actor);
        const QByteArray before = moderationDigest(m_db);
        ActionRequest r = request(ModerationAction::Ban, {1}, {}, reason);
        r.actor = actor;
        QString error;
        QVERIFY(!ModerationStore(m_db).apply(r, nullptr, &error));
        QVERIFY(error.contains(reason.trimmed().isEmpty() ? QStringLiteral("reason")
                                                          : QStringLiteral("actor")));
        QCOMPARE(moderationDigest(m_db), before);
    }

    void banThenUnban_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("status");
        QTest::newRow("ban") << int(ModerationAction::Ban) << QStringLiteral("banned");
        QTest::newRow("mute") << int(ModerationAction::Mute) << QStringLiteral("muted");
    }

    void banThenUnban()
    {
        QFETCH(int, action);
        QFETCH(QString, status);
        ModerationStore store(m_db);
        QString error;
        ActionRequest r = request(ModerationAction(action), {4}, {});
        r.actedAt = kT0 + 30000;
        ActionResult result;
        QVERIFY(store.apply(r, &result, &error));
        QCOMPARE(result.membersChanged, 1);
        QCOMPARE(memberStatuses(m_db), QStringLiteral("1:active,2:active,3:active,4:") + status);
        QList<BanEntry> list = store.banList();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().memberId, 4);
        QCOMPARE(list.first().status, status);
        QCOMPARE(list.first().since, kT0 + 30000);
        QCOMPARE(list.first().reason, QStringLiteral("rule 3 of the group"));

        r = request(ModerationAction::Unban, {4}, {}, QStringLiteral("appeal accepted"));
        QVERIFY2(store.apply(r, &result, &error), qPrintable(error));
        QCOMPARE(memberStatuses(m_db), QStringLiteral("1:active,2:active,3:active,4:active"));
        QVERIFY(store.banList().isEmpty());
        QVERIFY(!store.apply(r, &result, &error)); // already active
        QCOMPARE(
            pairs(m_db, QStringLiteral("SELECT id, action FROM moderation_action")),
            QStringLiteral("1:%1,2:unban").arg(ModerationStore::key(ModerationAction(action))));
    }

    void auditLogFilterAndCsv()
    {
        ModerationStore store(m_db);
        QString error;
        ActionRequest r =
            request(ModerationAction::Warn, {1}, {}, QStringLiteral("line 1\nline 2"));
        r.actedAt = kT0 + 100;
        QVERIFY(store.apply(r, nullptr, &error));
        r = request(ModerationAction::Note, {5}, {}, QStringLiteral("alt of Bob, \"maybe\""));
        r.actor = QStringLiteral("mod-ben");
        r.actedAt = kT0 + 200;
        QVERIFY(store.apply(r, nullptr, &error));
        r = request(ModerationAction::Dismiss, {}, {4});
        r.actedAt = kT0 + 300;
        QVERIFY(store.apply(r, nullptr, &error));

        QList<AuditEntry> log = store.auditLog();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).action, QStringLiteral("dismiss")); // newest first
        QCOMPARE(log.at(0).flagId, 4);
        QCOMPARE(log.at(2).action, QStringLiteral("warn"));
        AuditFilter f;
        f.actor = QStringLiteral("mod-ben");
        log = store.auditLog(f);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().memberId, 2); // Eve resolved to Bob
        QCOMPARE(log.first().memberName, QStringLiteral("Bob"));
        f = {};
        f.memberId = 5; // the merged identity finds the survivor's entries
        QCOMPARE(store.auditLog(f).size(), 1);
        f = {};
        f.action = QStringLiteral("warn");
        QCOMPARE(store.auditLog(f).size(), 1);
        f = {};
        f.fromUtc = kT0 + 200;
        f.toUtc = kT0 + 300;
        log = store.auditLog(f);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().actor, QStringLiteral("mod-ben"));

        const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY2(store.exportAuditCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QByteArray expected =
            "\xEF\xBB\xBF"
            "id,acted_at,actor,action,member_id,member_name,flag_id,flag_rule,reason\r\n"
            "3,2024-06-01T00:05:00Z,mod-anna,dismiss,3,\"Carol \"\"CJ\"\", Jr.\",4,mass_mention,"
            "rule 3 of the group\r\n"
            "2,2024-06-01T00:03:20Z,mod-ben,note,2,Bob,,,\"alt of Bob, \"\"maybe\"\"\"\r\n"
            "1,2024-06-01T00:01:40Z,mod-anna,warn,1,Alice,,,\"line 1\nline 2\"\r\n";
        QCOMPARE(csv, expected);
        QVERIFY(!store.exportAuditCsv(m_dir.filePath(QStringLiteral("no/such/dir/a.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("no/such/dir")));
    }

    void banListExports()
    {
        ModerationStore store(m_db);
        QString error;
        ActionRequest r = request(ModerationAction::Mute, {3}, {}, QStringLiteral("cool down"));
        r.actedAt = kT0 + 3600;
        QVERIFY(store.apply(r, nullptr, &error));
        r = request(ModerationAction::Ban, {2}, {}, QStringLiteral("link spam"));
        r.actedAt = kT0 + 7200;
        QVERIFY(store.apply(r, nullptr, &error));
        r = request(ModerationAction::Note, {2}, {}, QStringLiteral("a later note"));
        r.actedAt = kT0 + 9000;
        QVERIFY(store.apply(r, nullptr, &error));

        const QList<BanEntry> list = store.banList();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).memberId, 2);                         // banned first
        QCOMPARE(list.at(0).identities.size(), 2);                // Bob's own and Eve's
        QCOMPARE(list.at(0).reason, QStringLiteral("link spam")); // the ban, not the note
        const QByteArray csv = ModerationStore::banListCsv(list);
        const QByteArray expected =
            "\xEF\xBB\xBF"
            "member_id,name,status,platform,external_id,username,since,actor,reason\r\n"
            "2,Bob,banned,slack,U5,eve,2024-06-01T02:00:00Z,mod-anna,link spam\r\n"
            "2,Bob,banned,telegram,222,bob,2024-06-01T02:00:00Z,mod-anna,link spam\r\n"
            "3,\"Carol \"\"CJ\"\", Jr.\",muted,discord,333,carol,2024-06-01T01:00:00Z,mod-anna,"
            "cool down\r\n";
        QCOMPARE(csv, expected);

        const QJsonObject json =
            QJsonDocument::fromJson(ModerationStore::banListJson(list, kT0 + 10000)).object();
        QCOMPARE(json.value(QStringLiteral("generated_at")).toString(),
                 QStringLiteral("2024-06-01T02:46:40Z"));
        const QJsonArray members = json.value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 2);
        const QJsonObject carol = members.at(1).toObject();
        QCOMPARE(carol.value(QStringLiteral("member_id")).toInteger(), 3);
        QCOMPARE(carol.value(QStringLiteral("status")).toString(), QStringLiteral("muted"));
        QCOMPARE(carol.value(QStringLiteral("since")).toString(),
                 QStringLiteral("2024-06-01T01:00:00Z"));
        const QJsonObject id =
            carol.value(QStringLiteral("identities")).toArray().first().toObject();
        QCOMPARE(id.value(QStringLiteral("platform")).toString(), QStringLiteral("discord"));
        QCOMPARE(id.value(QStringLiteral("external_id")).toString(), QStringLiteral("333"));
    }

    // Statistics on a hand-computed queue. Flags are given as
    // "rule/channel/member/status/raised/handled" (times in seconds after kT0; occurred_at =
    // kT0 + 1000 unless the row's rule ends in "@old", occurred 100 days before), actions as
    // "actor/action/member" (acted at kT0 + 5000). The period is [kT0, kT0 + 10 days).
    void statistics_data()
    {
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QString>("actions");
        QTest::addColumn<QString>("perRule");
        QTest::addColumn<QString>("perChannel");
        QTest::addColumn<double>("median");
        QTest::addColumn<QString>("offenders");
        QTest::addColumn<QString>("moderators");

        // Handled: 60, 600, 120 -> sorted 60, 120, 600 -> median 120.
        QTest::newRow("odd count")
            << QStringLiteral("flood/1/1/actioned/0/60;flood/1/1/actioned/100/700;"
                              "link/2/2/dismissed/0/120;words/2/3/open/0/0")
            << QStringLiteral("anna/warn/1;anna/mute/1;ben/dismiss/2")
            << QStringLiteral("flood=2(0/0/2),link=1(0/1/0),words=1(1/0/0)")
            << QStringLiteral("1=2,2=2") << 120.0 << QStringLiteral("1:2/2")
            << QStringLiteral("anna=2(warn 1,mute 1),ben=1(dismiss 1)");
        // Handled: 60, 120, 600, 1000 -> (120 + 600) / 2 = 360; the old flag is outside.
        QTest::newRow("even count")
            << QStringLiteral("flood/1/1/actioned/0/60;flood/2/2/actioned/0/120;"
                              "link/2/2/actioned/0/600;words/0/3/dismissed/0/1000;"
                              "flood@old/1/3/actioned/0/50")
            << QStringLiteral("anna/ban/3;anna/warn/3;ben/note/1")
            << QStringLiteral("flood=2(0/0/2),link=1(0/0/1),words=1(0/1/0)")
            << QStringLiteral("2=2,0=1,1=1") << 360.0 << QStringLiteral("2:2/0,3:0/2")
            << QStringLiteral("anna=2(warn 1,ban 1),ben=1(note 1)");
        QTest::newRow("nothing handled")
            << QStringLiteral("flood/1/1/open/0/0") << QString() << QStringLiteral("flood=1(1/0/0)")
            << QStringLiteral("1=1") << std::numeric_limits<double>::quiet_NaN() << QString()
            << QString();
        // One actioned flag + one warn is not a repeat offender (neither count reaches 2).
        QTest::newRow("one of each")
            << QStringLiteral("flood/1/1/actioned/0/30") << QStringLiteral("anna/warn/1")
            << QStringLiteral("flood=1(0/0/1)") << QStringLiteral("1=1") << 30.0 << QString()
            << QStringLiteral("anna=1(warn 1)");
    }

    void statistics()
    {
        QFETCH(QString, flags);
        QFETCH(QString, actions);
        QFETCH(QString, perRule);
        QFETCH(QString, perChannel);
        QFETCH(double, median);
        QFETCH(QString, offenders);
        QFETCH(QString, moderators);
        QVERIFY(exec(m_db, QStringLiteral("DELETE FROM flag")));
        qint64 id = 100;
        for (const QString &spec : flags.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList p = spec.split(QLatin1Char('/'));
            QString rule = p.at(0);
            qint64 occurred = kT0 + 1000;
            if (rule.endsWith(QLatin1String("@old"))) {
                rule.chop(4);
                occurred = kT0 - 100 * kDay;
            }
            FlagRow f{++id,
                      rule,
                      p.at(2).toLongLong(),
                      0,
                      p.at(1).toLongLong(),
                      1,
                      occurred,
                      kT0 + 10000 + p.at(4).toLongLong(),
                      p.at(3),
                      p.at(5).toLongLong() > 0 ? kT0 + 10000 + p.at(5).toLongLong() : 0};
            QVERIFY(addFlag(m_db, f));
        }
        for (const QString &spec : actions.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList p = spec.split(QLatin1Char('/'));
            QVERIFY(exec(m_db, QStringLiteral("INSERT INTO moderation_action (community_id, "
                                              "acted_at, actor, action, reason, member_id) "
                                              "VALUES (1, %1, '%2', '%3', 'r', %4)")
                                   .arg(kT0 + 5000)
                                   .arg(p.at(0), p.at(1), p.at(2))));
        }
        // An action outside the period is not counted.
        QVERIFY(exec(m_db, QStringLiteral("INSERT INTO moderation_action (community_id, acted_at, "
                                          "actor, action, reason, member_id) VALUES (1, %1, "
                                          "'old', 'ban', 'r', 1)")
                               .arg(kT0 - kDay)));

        const ModerationStatsResult r = ModerationStats(m_db).compute(kT0, kT0 + 10 * kDay);
        QStringList rules;
        for (const RuleCount &c : r.perRule)
            rules.append(QStringLiteral("%1=%2(%3/%4/%5)")
                             .arg(c.rule)
                             .arg(c.flags)
                             .arg(c.open)
                             .arg(c.dismissed)
                             .arg(c.actioned));
        QCOMPARE(rules.join(QLatin1Char(',')), perRule);
        QStringList channels;
        for (const ChannelCount &c : r.perChannel)
            channels.append(QStringLiteral("%1=%2").arg(c.channelId).arg(c.flags));
        QCOMPARE(channels.join(QLatin1Char(',')), perChannel);
        if (std::isnan(median))
            QVERIFY(std::isnan(r.medianHandleSeconds));
        else
            QCOMPARE(r.medianHandleSeconds, median);
        QStringList rep;
        for (const RepeatOffender &o : r.repeatOffenders)
            rep.append(
                QStringLiteral("%1:%2/%3").arg(o.memberId).arg(o.actionedFlags).arg(o.sanctions));
        QCOMPARE(rep.join(QLatin1Char(',')), offenders);
        QStringList mods;
        for (const ModeratorActivity &m : r.moderators) {
            QStringList per;
            for (const auto &a : m.perAction)
                if (a.second > 0)
                    per.append(QStringLiteral("%1 %2").arg(a.first).arg(a.second));
            mods.append(QStringLiteral("%1=%2(%3)")
                            .arg(m.actor)
                            .arg(m.total)
                            .arg(per.join(QLatin1Char(','))));
        }
        QCOMPARE(mods.join(QLatin1Char(',')), moderators);
        int total = 0;
        for (const RuleCount &c : r.perRule)
            total += c.flags;
        QCOMPARE(r.flags, total);
        // JSON carries the same figures (median null when NaN).
        const QJsonObject json = QJsonDocument::fromJson(ModerationStats::toJson(r)).object();
        QCOMPARE(json.value(QStringLiteral("flags")).toInt(), r.flags);
        QCOMPARE(json.value(QStringLiteral("median_handle_seconds")).isNull(), std::isnan(median));
    }

    void median_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<double>("expected");
        QTest::newRow("one") << QList<qint64>{7} << 7.0;
        QTest::newRow("odd unsorted") << QList<qint64>{9, 1, 5} << 5.0;
        QTest::newRow("even") << QList<qint64>{4, 1, 3, 2} << 2.5;
        QTest::newRow("even equal middles") << QList<qint64>{10, 10} << 10.0;
    }

    void median()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(double, expected);
        QCOMPARE(ModerationStats::median(values), expected);
        QVERIFY(std::isnan(ModerationStats::median({})));
    }

    // The guidance list on day D = 2024-06-30 (UTC), window 30 days ([D-29, D] and the 30
    // before), active member threshold 4 days. Members joined D-200 unless said otherwise; one
    // message at noon on each active day (channel 1). Ids 11..20:
    //   11 N1 joined D-3, no message                   -> newcomer_not_posted
    //   12 N2 joined D-3, one message on D-1           -> newcomer who posted: not listed
    //   13 O1 active D-2, D-5 | D-35, D-40, D-45, D-50, D-55 -> activity_dropped (2 < 5)
    //   14 O2 active D-2, D-5, D-9 | D-40              -> occasional, rising: not listed
    //   15 S1 last active D-40; active D-40..D-45 (6 days) -> went_silent
    //   16 S2 last active D-40 only                    -> silent, never active: not listed
    //   17 S3 as S1 but banned                         -> excluded
    //   18 O3 as O1 but with an open flag              -> excluded (until the flag is handled)
    //   19 N3 as N1 but muted                          -> excluded
    void guidanceList()
    {
        const QDate D(2024, 6, 30);
        const auto noon = [&](int daysBefore) {
            return QDateTime(D.addDays(-daysBefore), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        };
        // The base community's members were active on 2024-06-01 (D-29): keep them apart by
        // making them muted/banned or ignoring them in the expected list below.
        const qint64 old = noon(200);
        QVERIFY(addMember(m_db, 11, QStringLiteral("N1"), noon(3)));
        QVERIFY(addMember(m_db, 12, QStringLiteral("N2"), noon(3)));
        QVERIFY(addMember(m_db, 13, QStringLiteral("O1"), old));
        QVERIFY(addMember(m_db, 14, QStringLiteral("O2"), old));
        QVERIFY(addMember(m_db, 15, QStringLiteral("S1"), old));
        QVERIFY(addMember(m_db, 16, QStringLiteral("S2"), old));
        QVERIFY(addMember(m_db, 17, QStringLiteral("S3"), old, QStringLiteral("banned")));
        QVERIFY(addMember(m_db, 18, QStringLiteral("O3"), old));
        QVERIFY(addMember(m_db, 19, QStringLiteral("N3"), noon(3), QStringLiteral("muted")));
        qint64 msg = 1000;
        const auto active = [&](qint64 member, QList<int> daysBefore) {
            for (int d : daysBefore)
                QVERIFY(addMessage(m_db, ++msg, 1, member, noon(d)));
        };
        active(12, {1});
        active(13, {2, 5, 35, 40, 45, 50, 55});
        active(14, {2, 5, 9, 40});
        active(15, {40, 41, 42, 43, 44, 45});
        active(16, {40});
        active(17, {40, 41, 42, 43, 44, 45});
        active(18, {2, 5, 35, 40, 45, 50, 55});
        QVERIFY(addFlag(m_db, {50, QStringLiteral("flood"), 18, msg, 1, 1, noon(2), noon(2)}));

        AnalyticsSource source(m_db);
        QString error;
        QVERIFY2(source.load(&error), qPrintable(error));
        const auto listed = [&]() {
            QStringList out;
            for (const GuidanceEntry &e : GuidanceList(source, SegmentRules{}).compute(D)) {
                if (e.memberId < 10)
                    continue; // the base community (active on 2024-06-01 only)
                out.append(
                    QStringLiteral("%1:%2").arg(e.memberId).arg(GuidanceList::key(e.reason)));
            }
            return out.join(QLatin1Char(','));
        };
        QCOMPARE(listed(), QStringLiteral("11:newcomer_not_posted,13:activity_dropped,"
                                          "15:went_silent"));

        const QList<GuidanceEntry> entries = GuidanceList(source, SegmentRules{}).compute(D);
        for (const GuidanceEntry &e : entries) {
            QVERIFY(!e.why.isEmpty());
            if (e.memberId == 13) {
                QCOMPARE(e.activeDaysLast, 2);
                QCOMPARE(e.activeDaysPrevious, 5);
                QCOMPARE(e.segment, Segment::Occasional);
                QVERIFY2(e.why.contains(QStringLiteral("2 of the last 30 days")),
                         qPrintable(e.why));
            } else if (e.memberId == 15) {
                QCOMPARE(e.daysSinceActive, 40);
                QCOMPARE(e.activeDaysBeforeStop, 6);
                QCOMPARE(e.lastActive, D.addDays(-40));
            } else if (e.memberId == 11) {
                QCOMPARE(e.messages, 0);
                QCOMPARE(e.joined, D.addDays(-3));
            }
            // Never banned, muted or flagged.
            QVERIFY(e.memberId != 17 && e.memberId != 18 && e.memberId != 19);
        }

        // Once O3's flag is dismissed O3 is a guidance case like O1.
        QVERIFY2(ModerationStore(m_db).apply(request(ModerationAction::Dismiss, {}, {50}), nullptr,
                                             &error),
                 qPrintable(error));
        QCOMPARE(listed(), QStringLiteral("11:newcomer_not_posted,13:activity_dropped,"
                                          "18:activity_dropped,15:went_silent"));
    }

    void actionKeys()
    {
        for (ModerationAction a : ModerationStore::allActions()) {
            ModerationAction back = ModerationAction::Note;
            QVERIFY(ModerationStore::fromKey(ModerationStore::key(a), &back));
            QCOMPARE(back, a);
            QVERIFY(!ModerationStore::label(a).isEmpty());
        }
        QVERIFY(!ModerationStore::fromKey(QStringLiteral("kick"), nullptr));
        QVERIFY(!ModerationStore::osUserName().isEmpty());
    }

    // On the demo community: every guidance entry is an active-status member without open
    // flags, and its reason agrees with its numbers; the queue is ordered as promised; a ban
    // from the queue lands in the log and the ban list.
    void demoCommunity()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_dir.filePath(QStringLiteral("demo.kindred")), &error),
                 qPrintable(error));
        QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
        AnalyticsSource source(db);
        QVERIFY2(source.load(&error), qPrintable(error));
        const QDate day = source.lastMessageDate();
        const QList<GuidanceEntry> guidance =
            GuidanceList(source, SegmentRules::load(db)).compute(day);
        QVERIFY(!guidance.isEmpty());
        int previousReason = 0;
        for (const GuidanceEntry &e : guidance) {
            QVERIFY(int(e.reason) >= previousReason);
            previousReason = int(e.reason);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM member WHERE id = %1 AND "
                                               "status = 'active'")
                                    .arg(e.memberId)),
                     1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM flag WHERE member_id = %1 "
                                               "AND status = 'open'")
                                    .arg(e.memberId)),
                     0);
            switch (e.reason) {
            case GuidanceReason::NewcomerNotPosted:
                QCOMPARE(e.segment, Segment::Newcomer);
                QCOMPARE(e.messages, 0);
                break;
            case GuidanceReason::ActivityDropped:
                QCOMPARE(e.segment, Segment::Occasional);
                QVERIFY(e.activeDaysLast < e.activeDaysPrevious);
                break;
            case GuidanceReason::WentSilent:
                QCOMPARE(e.segment, Segment::Silent);
                QVERIFY(e.activeDaysBeforeStop >= SegmentRules::load(db).activeMinDays);
                break;
            }
        }

        ModerationStore store(db);
        const QList<QueueEntry> queue = store.queue();
        for (int i = 1; i < queue.size(); ++i) {
            const QueueEntry &a = queue.at(i - 1);
            const QueueEntry &b = queue.at(i);
            QVERIFY(a.maxSeverity > b.maxSeverity ||
                    (a.maxSeverity == b.maxSeverity && a.oldestRaisedAt <= b.oldestRaisedAt));
        }
        if (queue.isEmpty())
            QSKIP("the demo has no open flags (flag rules not run)");
        const qint64 member = queue.first().memberId;
        ActionRequest r;
        r.action = ModerationAction::Ban;
        r.memberIds = {member};
        r.reason = QStringLiteral("demo ban");
        r.actor = QStringLiteral("tester");
        QVERIFY2(store.apply(r, nullptr, &error), qPrintable(error));
        QVERIFY(store.auditLog().first().memberId == member);
        bool inList = false;
        for (const BanEntry &e : store.banList())
            inList = inList || (e.memberId == member && e.reason == QLatin1String("demo ban"));
        QVERIFY(inList);
        for (const QueueEntry &e : store.queue())
            QVERIFY(e.memberId != member);
    }
};

QTEST_GUILESS_MAIN(TestModerationStore)
#include "tst_moderation_store.moc"
