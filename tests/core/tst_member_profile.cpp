// MemberProfile: what the member detail panel shows, on a small hand-computed community and on
// the demo community.
#include "analytics/MemberProfile.h"
#include "demo/DemoGenerator.h"
#include "identity/MemberMerger.h"
#include "import/ImportWriter.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

PersonRef person(const char *id, const char *name, bool bot = false)
{
    return PersonRef{QString::fromLatin1(id), QString::fromUtf8(name), bot};
}

/// A list from comma-separated UTF-8 text ("" = empty list).
QStringList list(const char *csv)
{
    return QString::fromUtf8(csv).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 memberOf(Database &db, const char *platform, const char *externalId)
{
    return scalar(db, QStringLiteral("SELECT member_id FROM identity WHERE platform = '%1' AND "
                                     "external_id = '%2'")
                          .arg(QString::fromLatin1(platform), QString::fromLatin1(externalId)));
}

/// Digest of every member row (tags, notes and the rest): equal digests = nothing changed.
QByteArray memberDigest(Database &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT id, display_name, status, tags, notes, coalesce(merged_into, 0) "
                          "FROM member ORDER BY id"));
    while (q.next())
        for (int c = 0; c < 6; ++c)
            h.addData(QByteArray(q.value(c).toString().toUtf8() + '\x1f'));
    return h.result().toHex();
}

} // namespace

class TestMemberProfile : public QObject
{
    Q_OBJECT

    // A small community in Asia/Shanghai (UTC+8), computed by hand. Telegram channel "g":
    //   A (user1) joins 02-20 00:00Z (local Tue 02-20 → week of Mon 02-19);
    //     10  03-03 15:30Z  local Sun 03-03 23:30 → week 02-26
    //     11  03-03 16:30Z  local Mon 03-04 00:30 → week 03-04
    //     12  03-05 02:00Z  reply to B's 20          → week 03-04
    //     13  03-20 02:00Z  reply to C's 30          → week 03-18
    //     14  03-20 03:00Z  service line (not counted)
    //     15  03-20 04:00Z  reply to A's own 10 (no partner)
    //     16  03-20 05:00Z  reply to the bot's 40 (no partner)
    //   B (user2): 20 03-01 02:00Z; 21 03-05 03:00Z reply to 11; 22 03-06 03:00Z reply to 12.
    //   C (user3): 30 03-19 02:00Z; 31 03-20 06:00Z reply to 13.
    //   bot (user4): 40 03-19 03:00Z; 41 03-20 07:00Z reply to 10 (no partner).
    //   F (user6): 25 messages 200..224 from 03-10 00:00Z, one a minute.
    // Discord channel "d": A's second account dA ("A (Discord)"), merged into A in the test:
    //     100 03-21 02:00Z reply to E's 101; E (dE): 101 03-21 01:00Z, 102 03-21 03:00Z reply
    //     to 100.
    // A after the merge: 7 messages (5 replies); weeks 02-19: 0, 02-26: 1, 03-04: 2, 03-11: 0,
    // 03-18: 4; partners B (to 1, from 2), C (1, 1), E (1, 1) — C before E by name.
    void buildCommunity(Database &db)
    {
        QString error;
        const qint64 community = db.defaultCommunityId(QStringLiteral("t"));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE community SET timezone = 'Asia/Shanghai'")));
        ImportWriter w(db.handle(), community, 0);
        QVERIFY(w.prepare(&error));
        auto msg = [&](const char *id, PersonRef who, const char *at, const char *replyTo = "") {
            MessageInfo m;
            m.externalId = QString::fromLatin1(id);
            m.author = who;
            m.sentAt = utc(at);
            m.text = QStringLiteral("text %1").arg(m.externalId);
            m.replyToExternalId = QString::fromLatin1(replyTo);
            return m;
        };
        const auto A = person("user1", "A"), B = person("user2", "B"), C = person("user3", "C"),
                   bot = person("user4", "bot", true), F = person("user6", "F");
        QVERIFY(w.beginChannel(
            {QStringLiteral("telegram"), QStringLiteral("1"), QStringLiteral("g"), {}}));
        EventInfo join;
        join.kind = EventInfo::Kind::Join;
        join.member = A;
        join.at = utc("2024-02-20T00:00:00Z");
        QVERIFY(w.addEvent(join));
        QVERIFY(w.addMessage(msg("20", B, "2024-03-01T02:00:00Z")));
        QVERIFY(w.addMessage(msg("10", A, "2024-03-03T15:30:00Z")));
        QVERIFY(w.addMessage(msg("11", A, "2024-03-03T16:30:00Z")));
        QVERIFY(w.addMessage(msg("12", A, "2024-03-05T02:00:00Z", "20")));
        QVERIFY(w.addMessage(msg("21", B, "2024-03-05T03:00:00Z", "11")));
        QVERIFY(w.addMessage(msg("22", B, "2024-03-06T03:00:00Z", "12")));
        for (int i = 0; i < 25; ++i) {
            MessageInfo m = msg("0", F, "2024-03-10T00:00:00Z");
            m.externalId = QString::number(200 + i);
            m.text = QStringLiteral("text %1").arg(m.externalId);
            m.sentAt += i * 60;
            QVERIFY(w.addMessage(m));
        }
        QVERIFY(w.addMessage(msg("30", C, "2024-03-19T02:00:00Z")));
        QVERIFY(w.addMessage(msg("40", bot, "2024-03-19T03:00:00Z")));
        QVERIFY(w.addMessage(msg("13", A, "2024-03-20T02:00:00Z", "30")));
        MessageInfo service = msg("14", A, "2024-03-20T03:00:00Z");
        service.isService = true;
        QVERIFY(w.addMessage(service));
        QVERIFY(w.addMessage(msg("15", A, "2024-03-20T04:00:00Z", "10")));
        QVERIFY(w.addMessage(msg("16", A, "2024-03-20T05:00:00Z", "40")));
        QVERIFY(w.addMessage(msg("31", C, "2024-03-20T06:00:00Z", "13")));
        QVERIFY(w.addMessage(msg("41", bot, "2024-03-20T07:00:00Z", "10")));
        QVERIFY(w.beginChannel(
            {QStringLiteral("discord"), QStringLiteral("9"), QStringLiteral("d"), {}}));
        const auto dA = person("dA", "A (Discord)"), E = person("dE", "E");
        QVERIFY(w.addMessage(msg("101", E, "2024-03-21T01:00:00Z")));
        QVERIFY(w.addMessage(msg("100", dA, "2024-03-21T02:00:00Z", "101")));
        QVERIFY(w.addMessage(msg("102", E, "2024-03-21T03:00:00Z", "100")));
        QVERIFY(w.finish(&error));
    }

    bool loadProfile(Database &db, qint64 id, MemberProfile *out, QString *error,
                     const Period &period = kPeriod)
    {
        AnalyticsSource source(db);
        if (!source.load(error))
            return false;
        return MemberProfile::load(source, SegmentRules{}, LevelRules{}, id, period, out, error);
    }

    static inline const Period kPeriod{QDate(2024, 3, 15), QDate(2024, 3, 21)};

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_a = 0, m_dA = 0, m_b = 0, m_c = 0, m_e = 0, m_f = 0, m_bot = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("p.kindred")), &error), qPrintable(error));
        buildCommunity(m_db);
        m_a = memberOf(m_db, "telegram", "user1");
        m_b = memberOf(m_db, "telegram", "user2");
        m_c = memberOf(m_db, "telegram", "user3");
        m_bot = memberOf(m_db, "telegram", "user4");
        m_f = memberOf(m_db, "telegram", "user6");
        m_dA = memberOf(m_db, "discord", "dA");
        m_e = memberOf(m_db, "discord", "dE");
        for (qint64 id : {m_a, m_b, m_c, m_bot, m_f, m_dA, m_e})
            QVERIFY(id > 0);
    }

    void beforeMergeEachAccountIsItsOwnMember()
    {
        MemberProfile p;
        QString error;
        QVERIFY2(loadProfile(m_db, m_a, &p, &error), qPrintable(error));
        QCOMPARE(p.id, m_a);
        QCOMPARE(p.identities.size(), 1);
        QCOMPARE(p.messagesTotal, qint64(6));
        QCOMPARE(p.partners.size(), 2); // B and C; E talks to the Discord account only
        QVERIFY(p.mergedIds.isEmpty());
        QVERIFY2(loadProfile(m_db, m_dA, &p, &error), qPrintable(error));
        QCOMPARE(p.id, m_dA);
        QCOMPARE(p.messagesTotal, qint64(1));
        QCOMPARE(p.partners.size(), 1);
        QCOMPARE(p.partners.at(0).memberId, m_e);
    }

    void identitiesAfterMerge()
    {
        QString error;
        qint64 mergeId = 0;
        QVERIFY2(MemberMerger::merge(m_db, m_dA, m_a, QStringLiteral("same person"),
                                     QStringLiteral("test"), &mergeId, &error),
                 qPrintable(error));
        // Asking for the merged account shows the person it was merged into.
        for (qint64 asked : {m_a, m_dA}) {
            MemberProfile p;
            QVERIFY2(loadProfile(m_db, asked, &p, &error), qPrintable(error));
            QCOMPARE(p.id, m_a);
            QCOMPARE(p.name, QStringLiteral("A"));
            QCOMPARE(p.mergedIds, QList<qint64>{m_dA});
            QCOMPARE(p.platforms,
                     (QStringList{QStringLiteral("discord"), QStringLiteral("telegram")}));
            QCOMPARE(p.identities.size(), 2);
            QCOMPARE(p.identities.at(0).platform, QStringLiteral("telegram"));
            QCOMPARE(p.identities.at(0).externalId, QStringLiteral("user1"));
            QCOMPARE(p.identities.at(0).memberId, m_a);
            QVERIFY(!p.identities.at(0).merged);
            QCOMPARE(p.identities.at(1).platform, QStringLiteral("discord"));
            QCOMPARE(p.identities.at(1).externalId, QStringLiteral("dA"));
            QCOMPARE(p.identities.at(1).displayName, QStringLiteral("A (Discord)"));
            QCOMPARE(p.identities.at(1).memberId, m_dA);
            QVERIFY(p.identities.at(1).merged);
            QCOMPARE(p.joinedAt, utc("2024-02-20T00:00:00Z"));
            QCOMPARE(p.firstSeen, utc("2024-02-20T00:00:00Z"));
            QCOMPARE(p.lastSeen, utc("2024-03-21T02:00:00Z")); // the Discord account's message
            QCOMPARE(p.status, QStringLiteral("active"));
        }
    }

    void messageTotals()
    {
        MemberProfile p;
        QString error;
        QVERIFY2(loadProfile(m_db, m_a, &p, &error), qPrintable(error));
        QCOMPARE(p.messagesTotal, qint64(7)); // 6 on Telegram (service line left out) + 1
        QCOMPARE(p.repliesTotal, qint64(5));  // 12, 13, 15, 16, 100
    }

    void timelineBuckets_data()
    {
        QTest::addColumn<QDate>("week");
        QTest::addColumn<int>("messages");
        QTest::newRow("join week, no message") << QDate(2024, 2, 19) << 0;
        QTest::newRow("Sunday 23:30 local") << QDate(2024, 2, 26) << 1;
        QTest::newRow("Monday 00:30 local + reply") << QDate(2024, 3, 4) << 2;
        QTest::newRow("empty week") << QDate(2024, 3, 11) << 0;
        QTest::newRow("last week, both accounts") << QDate(2024, 3, 18) << 4;
    }
    void timelineBuckets()
    {
        QFETCH(QDate, week);
        QFETCH(int, messages);
        MemberProfile p;
        QString error;
        QVERIFY2(loadProfile(m_db, m_a, &p, &error), qPrintable(error));
        QCOMPARE(p.weeks.size(), 5);
        QCOMPARE(p.weeks.first().weekStart, QDate(2024, 2, 19));
        QCOMPARE(p.weeks.last().weekStart, QDate(2024, 3, 18));
        int sum = 0;
        for (const MemberWeek &w : p.weeks) {
            QCOMPARE(w.weekStart.dayOfWeek(), 1);
            sum += w.messages;
        }
        QCOMPARE(qint64(sum), p.messagesTotal);
        const auto it = std::find_if(p.weeks.begin(), p.weeks.end(),
                                     [&](const MemberWeek &w) { return w.weekStart == week; });
        QVERIFY(it != p.weeks.end());
        QCOMPARE(it->messages, messages);
    }

    void replyPartnersBothWays_data()
    {
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<int>>("to");
        QTest::addColumn<QList<int>>("from");
        QTest::newRow("A (merged with dA)")
            << "A" << list("B,C,E") << QList<int>{1, 1, 1} << QList<int>{2, 1, 1};
        QTest::newRow("B") << "B" << list("A") << QList<int>{2} << QList<int>{1};
        // E replied to dA and dA to E: after the merge that is A.
        QTest::newRow("E") << "E" << list("A") << QList<int>{1} << QList<int>{1};
        QTest::newRow("F never replies") << "F" << list("") << QList<int>{} << QList<int>{};
    }
    void replyPartnersBothWays()
    {
        QFETCH(QString, asked);
        QFETCH(QStringList, names);
        QFETCH(QList<int>, to);
        QFETCH(QList<int>, from);
        const QHash<QString, qint64> ids{{QStringLiteral("A"), m_a},
                                         {QStringLiteral("B"), m_b},
                                         {QStringLiteral("E"), m_e},
                                         {QStringLiteral("F"), m_f}};
        MemberProfile p;
        QString error;
        QVERIFY2(loadProfile(m_db, ids.value(asked), &p, &error), qPrintable(error));
        QCOMPARE(p.partners.size(), names.size());
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(p.partners.at(i).name, names.at(i));
            QCOMPARE(p.partners.at(i).repliesTo, to.at(i));
            QCOMPARE(p.partners.at(i).repliesFrom, from.at(i));
        }
    }

    void recentMessagesOrderAndLimit()
    {
        MemberProfile p;
        QString error;
        QVERIFY2(loadProfile(m_db, m_a, &p, &error), qPrintable(error));
        struct Expect
        {
            const char *text;
            const char *channel;
            bool reply;
            const char *to;
        };
        const Expect expected[] = {{"text 100", "d", true, "E"}, {"text 16", "g", true, "bot"},
                                   {"text 15", "g", true, "A"},  {"text 13", "g", true, "C"},
                                   {"text 12", "g", true, "B"},  {"text 11", "g", false, ""},
                                   {"text 10", "g", false, ""}};
        QCOMPARE(p.recent.size(), int(std::size(expected)));
        for (int i = 0; i < p.recent.size(); ++i) {
            const MemberMessage &m = p.recent.at(i);
            QCOMPARE(m.text, QString::fromLatin1(expected[i].text));
            QCOMPARE(m.channel, QString::fromLatin1(expected[i].channel));
            QCOMPARE(m.isReply, expected[i].reply);
            QCOMPARE(m.repliedToName, QString::fromLatin1(expected[i].to));
        }
        QCOMPARE(p.recent.at(0).platform, QStringLiteral("discord"));
        QCOMPARE(p.recent.at(0).sentAt, utc("2024-03-21T02:00:00Z"));

        // F has 25 messages: the 20 latest, newest first.
        QVERIFY2(loadProfile(m_db, m_f, &p, &error), qPrintable(error));
        QCOMPARE(p.messagesTotal, qint64(25));
        QCOMPARE(p.recent.size(), MemberProfile::kRecentMessages);
        for (int i = 0; i < p.recent.size(); ++i)
            QCOMPARE(p.recent.at(i).text, QStringLiteral("text %1").arg(224 - i));
    }

    void segmentWithWhy()
    {
        MemberProfile p;
        QString error;
        // Active on local 03-03, 03-04, 03-05, 03-20, 03-21: 5 days of the 30 ending 03-21.
        QVERIFY2(loadProfile(m_db, m_a, &p, &error), qPrintable(error));
        QVERIFY(p.hasSegment);
        QCOMPARE(Segmentation::key(p.segment), QStringLiteral("active"));
        QVERIFY(!p.segmentWhy.isEmpty());
        // The Members page's reason, word for word.
        const SegmentInput in{QDate(2024, 2, 20).toJulianDay(), 0, QDate(2024, 3, 21).toJulianDay(),
                              5};
        QCOMPARE(p.segmentWhy, Segmentation::explain(in, kPeriod.to.toJulianDay(), SegmentRules{}));
        // A period that ends before E was seen: no segment, and the reason says so.
        QVERIFY2(loadProfile(m_db, m_e, &p, &error, Period{QDate(2024, 3, 1), QDate(2024, 3, 7)}),
                 qPrintable(error));
        QVERIFY(!p.hasSegment);
        QVERIFY(p.segmentWhy.contains(QStringLiteral("2024-03-21")));
        QVERIFY(!p.hasLevel);
        QVERIFY(p.levelWhy.contains(QStringLiteral("2024-03-21")));
    }

    // Levels on 03-21 with the default rules (30 days = 02-21..03-21):
    //  A: active on 5 days (>= 4 of 30) and weight 2 posts + 2·5 replies = 12 (>= 10):
    //     Participating; not Contributing (7 days / weight 60);
    //  B: 3 active days, weight 1 + 2·2 = 5: Exploring;
    //  F: one active day, weight 25 posts = 25: Participating.
    void levelWithWhy_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("level");
        QTest::newRow("A") << "A" << 2;
        QTest::newRow("B") << "B" << 1;
        QTest::newRow("F") << "F" << 2;
    }
    void levelWithWhy()
    {
        QFETCH(QString, who);
        QFETCH(int, level);
        const qint64 id = who == QLatin1String("A") ? m_a : (who == QLatin1String("B") ? m_b : m_f);
        MemberProfile p;
        QString error;
        QVERIFY2(loadProfile(m_db, id, &p, &error), qPrintable(error));
        QVERIFY(p.hasLevel);
        QCOMPARE(p.level, level);
        QCOMPARE(p.levelName, LevelCalculator::name(Level(level)));
        // The Levels page's figure and reason, word for word.
        AnalyticsSource source(m_db);
        QVERIFY(source.load(&error));
        const MemberLevel expected =
            LevelCalculator(source, LevelRules{}).levelsAt(kPeriod.to).value(id);
        QCOMPARE(p.level, expected.level);
        QCOMPARE(p.levelWhy, expected.why);
        QVERIFY(!p.levelWhy.isEmpty());
    }

    void notMembersAreErrors()
    {
        MemberProfile p;
        QString error;
        QVERIFY(!loadProfile(m_db, m_bot, &p, &error));
        QVERIFY2(error.contains(QStringLiteral("bot")), qPrintable(error));
        QVERIFY(!loadProfile(m_db, 99999, &p, &error));
        QVERIFY2(error.contains(QStringLiteral("99999")), qPrintable(error));
    }

    void tagsNormalisation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << "" << QStringList{} << "";
        QTest::newRow("only separators") << " , ;,\n" << QStringList{} << "";
        QTest::newRow("trim and repeat") << "vip, Rust ,  vip" << list("vip,Rust") << "vip, Rust";
        QTest::newRow("case repeats keep the first spelling")
            << "Rust, rust, RUST" << list("Rust") << "Rust";
        QTest::newRow("inner spaces simplified")
            << "  core   team ,\n\tspeaker " << list("core team,speaker") << "core team, speaker";
        QTest::newRow("Chinese separators")
            << QString::fromUtf8("VIP，志愿者、讲师；vip")
            << QStringList{QStringLiteral("VIP"), QString::fromUtf8("志愿者"),
                           QString::fromUtf8("讲师")}
            << QString::fromUtf8("VIP, 志愿者, 讲师");
    }
    void tagsNormalisation()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, tags);
        QFETCH(QString, stored);
        QCOMPARE(MemberProfile::parseTags(input), tags);
        QString normalised, error;
        QVERIFY(MemberProfile::normaliseTags(input, &normalised, &error));
        QCOMPARE(normalised, stored);
        QCOMPARE(MemberProfile::parseTags(normalised), tags); // the stored form reads back
    }

    void saveRoundTrip()
    {
        QString error;
        // Saved through the merged account: lands on the person (A's row).
        QVERIFY2(MemberProfile::saveTagsAndNotes(m_db, m_dA, QStringLiteral("vip, helper ,VIP"),
                                                 QStringLiteral("Line 1\r\nLine 2  \n\n"), &error),
                 qPrintable(error));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM member WHERE tags = 'vip, "
                                             "helper' AND notes = 'Line 1' || char(10) || "
                                             "'Line 2' AND id = %1")
                                  .arg(m_a)),
                 qint64(1));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM member WHERE tags <> '' OR "
                                             "notes <> ''")),
                 qint64(1));
        MemberProfile p;
        QVERIFY2(loadProfile(m_db, m_a, &p, &error), qPrintable(error));
        QCOMPARE(p.tags, (QStringList{QStringLiteral("vip"), QStringLiteral("helper")}));
        QCOMPARE(p.notes, QStringLiteral("Line 1\nLine 2"));
        // Clearing both.
        QVERIFY2(MemberProfile::saveTagsAndNotes(m_db, m_a, QString(), QString(), &error),
                 qPrintable(error));
        QVERIFY2(loadProfile(m_db, m_a, &p, &error), qPrintable(error));
        QVERIFY(p.tags.isEmpty());
        QVERIFY(p.notes.isEmpty());
    }

    void saveErrorsChangeNothing_data()
    {
        QTest::addColumn<qint64>("member");
        QTest::addColumn<QString>("tags");
        QTest::addColumn<int>("notesLength");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("missing member") << qint64(424242) << "vip" << 5 << "424242";
        QTest::newRow("tag too long")
            << qint64(-1) << QString(QStringLiteral("ok, ") + QString(41, u'x')) << 5 << "40";
        QTest::newRow("notes too long")
            << qint64(-1) << "vip" << MemberProfile::kMaxNotesLength + 1 << "20000";
    }
    void saveErrorsChangeNothing()
    {
        QFETCH(qint64, member);
        QFETCH(QString, tags);
        QFETCH(int, notesLength);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(MemberProfile::saveTagsAndNotes(m_db, m_b, QStringLiteral("before"),
                                                QStringLiteral("kept"), &error));
        const QByteArray before = memberDigest(m_db);
        QVERIFY(!MemberProfile::saveTagsAndNotes(m_db, member < 0 ? m_b : member, tags,
                                                 QString(notesLength, u'n'), &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QCOMPARE(memberDigest(m_db), before);
        // No transaction is left open: the next save works.
        QVERIFY2(MemberProfile::saveTagsAndNotes(m_db, m_b, QString(), QString(), &error),
                 qPrintable(error));
    }

    // The demo community: figures equal plain SQL counts, before and after a merge.
    void demoCommunity()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("demo.kindred")), &error));
        QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
        const qint64 top =
            scalar(db, QStringLiteral("SELECT m.member_id FROM message m JOIN member b ON "
                                      "b.id = m.member_id WHERE m.is_service = 0 AND "
                                      "b.is_bot = 0 GROUP BY m.member_id ORDER BY count(*) "
                                      "DESC LIMIT 1"));
        QVERIFY(top > 0);
        MemberProfile p;
        QVERIFY2(loadProfile(db, top, &p, &error, Period{QDate(2026, 10, 2), QDate(2026, 10, 31)}),
                 qPrintable(error));
        const qint64 sqlCount =
            scalar(db, QStringLiteral("SELECT count(*) FROM message WHERE member_id = %1 AND "
                                      "is_service = 0")
                           .arg(top));
        QVERIFY(sqlCount > 100);
        QCOMPARE(p.messagesTotal, sqlCount);
        qint64 sum = 0;
        for (const MemberWeek &w : p.weeks)
            sum += w.messages;
        QCOMPARE(sum, sqlCount);
        QCOMPARE(p.recent.size(), MemberProfile::kRecentMessages);
        QCOMPARE(p.recent.first().sentAt,
                 scalar(db, QStringLiteral("SELECT max(sent_at) FROM message WHERE member_id = "
                                           "%1 AND is_service = 0")
                                .arg(top)));
        for (int i = 1; i < p.recent.size(); ++i)
            QVERIFY(p.recent.at(i - 1).sentAt >= p.recent.at(i).sentAt);
        QVERIFY(!p.partners.isEmpty());
        QVERIFY(p.partners.size() <= MemberProfile::kTopPartners);
        for (int i = 1; i < p.partners.size(); ++i)
            QVERIFY(p.partners.at(i - 1).total() >= p.partners.at(i).total());
        const ReplyPartner &best = p.partners.first();
        const QString pairCount = QStringLiteral(
            "SELECT count(*) FROM message r JOIN message m ON m.channel_id = r.channel_id AND "
            "m.external_id = r.reply_to_external_id WHERE r.is_service = 0 AND r.member_id = %1 "
            "AND m.member_id = %2");
        QCOMPARE(qint64(best.repliesTo), scalar(db, pairCount.arg(top).arg(best.memberId)));
        QCOMPARE(qint64(best.repliesFrom), scalar(db, pairCount.arg(best.memberId).arg(top)));
        QVERIFY(p.hasSegment);

        // Merge a Discord twin into its Telegram account: the totals cover both rows.
        const qint64 telegram = scalar(
            db, QStringLiteral("SELECT t.member_id FROM identity t JOIN identity d ON "
                               "d.external_id = t.external_id AND d.platform = 'discord' JOIN "
                               "message m ON m.member_id = d.member_id WHERE t.platform = "
                               "'telegram' ORDER BY t.member_id LIMIT 1"));
        const qint64 discord = scalar(
            db, QStringLiteral("SELECT d.member_id FROM identity t JOIN identity d ON "
                               "d.external_id = t.external_id AND d.platform = 'discord' WHERE "
                               "t.member_id = %1")
                    .arg(telegram));
        QVERIFY(telegram > 0 && discord > 0);
        qint64 mergeId = 0;
        QVERIFY2(MemberMerger::merge(db, discord, telegram, {}, {}, &mergeId, &error),
                 qPrintable(error));
        QVERIFY2(loadProfile(db, discord, &p, &error), qPrintable(error));
        QCOMPARE(p.id, telegram);
        QCOMPARE(p.identities.size(), 2);
        QCOMPARE(p.messagesTotal,
                 scalar(db, QStringLiteral("SELECT count(*) FROM message WHERE member_id IN "
                                           "(%1, %2) AND is_service = 0")
                                .arg(telegram)
                                .arg(discord)));
    }
};

QTEST_GUILESS_MAIN(TestMemberProfile)
#include "tst_member_profile.moc"
