// DemoGenerator: size, realism and reproducibility of the demo community.

#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace kindred;

namespace {

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << "query failed:" << sql;
        return -1;
    }
    return q.value(0).toLongLong();
}

/// Digest of every message, reply, member, reaction and event: equal digests = same demo.
QByteArray digest(const Database &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QString queries[] = {
        QStringLiteral("SELECT c.name, m.external_id, m.member_id, m.sent_at, m.text, "
                       "coalesce(m.reply_to_external_id, ''), coalesce(m.forwarded_from, '') "
                       "FROM message m JOIN channel c ON c.id = m.channel_id "
                       "ORDER BY m.channel_id, CAST(m.external_id AS INTEGER)"),
        QStringLiteral(
            "SELECT id, display_name, coalesce(joined_at, 0), coalesce(left_at, 0), "
            "coalesce(first_seen, 0), coalesce(last_seen, 0), is_bot FROM member ORDER BY id"),
        QStringLiteral("SELECT r.message_id, r.emoji, r.count, rm.member_id, rm.reacted_at FROM "
                       "reaction r JOIN reaction_member rm ON rm.reaction_id = r.id "
                       "ORDER BY r.message_id, r.emoji, rm.member_id"),
        QStringLiteral("SELECT channel_id, kind, member_id, coalesce(actor_member_id, 0), "
                       "occurred_at, detail FROM event ORDER BY channel_id, occurred_at, id"),
    };
    for (const QString &sql : queries) {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return {};
        const int cols = q.record().count();
        while (q.next()) {
            for (int c = 0; c < cols; ++c) {
                h.addData(q.value(c).toString().toUtf8());
                h.addData(QByteArrayView("\x1f", 1));
            }
            h.addData(QByteArrayView("\n", 1));
        }
    }
    return h.result().toHex();
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sizes();
    void realism();
    void timesWithinPeriod();
    void reproducible();
    void idempotent();
    void invalidOptions();
    void defaultPath();

private:
    QTemporaryDir m_dir;
    Database m_db;
    DemoOptions m_opt;
};

void TestDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("demo.kindred")), &error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(DemoGenerator::build(m_db, m_opt, &error), qPrintable(error));
    qInfo("demo built in %lld ms: %lld members, %lld messages, %lld events, %lld reactions, "
          "%lld reactors",
          timer.elapsed(), scalar(m_db, QStringLiteral("SELECT count(*) FROM member")),
          scalar(m_db, QStringLiteral("SELECT count(*) FROM message")),
          scalar(m_db, QStringLiteral("SELECT count(*) FROM event")),
          scalar(m_db, QStringLiteral("SELECT count(*) FROM reaction")),
          scalar(m_db, QStringLiteral("SELECT count(*) FROM reaction_member")));
}

void TestDemo::sizes()
{
    const qint64 members = scalar(m_db, QStringLiteral("SELECT count(*) FROM member"));
    QVERIFY2(members >= 1800 && members <= 2200, qPrintable(QString::number(members)));
    const qint64 messages = scalar(m_db, QStringLiteral("SELECT count(*) FROM message"));
    QVERIFY2(messages >= 60000 && messages <= 120000, qPrintable(QString::number(messages)));
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM channel")) >= 4);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM community")), 1);
    QSqlQuery q(m_db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT name, currency, timezone FROM community")) && q.next());
    QCOMPARE(q.value(0).toString(), m_opt.communityName);
    QCOMPARE(q.value(1).toString(), QStringLiteral("CNY"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("Asia/Shanghai"));
    QVERIFY(q.exec(QStringLiteral("SELECT format, sha256, messages_added FROM import_batch")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("demo"));
    QCOMPARE(q.value(1).toString(), DemoGenerator::optionsHash(m_opt));
    QCOMPARE(q.value(2).toLongLong(), messages);
}

void TestDemo::realism()
{
    const qint64 humans =
        scalar(m_db, QStringLiteral("SELECT count(*) FROM member WHERE is_bot = 0"));
    // Heavy tail: the top 10% of posters write more than half of the messages.
    const qint64 messages =
        scalar(m_db, QStringLiteral("SELECT count(*) FROM message m JOIN "
                                    "member p ON p.id = m.member_id WHERE p.is_bot = 0"));
    const qint64 top =
        scalar(m_db, QStringLiteral("SELECT sum(n) FROM (SELECT count(*) AS n FROM message m "
                                    "JOIN member p ON p.id = m.member_id WHERE p.is_bot = 0 "
                                    "GROUP BY m.member_id ORDER BY n DESC LIMIT %1)")
                         .arg(humans / 10));
    QVERIFY2(top * 2 > messages, qPrintable(QStringLiteral("%1 of %2").arg(top).arg(messages)));
    // Joins (or invites) for more than 90% of members; some left; some were removed.
    const qint64 members = scalar(m_db, QStringLiteral("SELECT count(*) FROM member"));
    const qint64 joined = scalar(m_db, QStringLiteral("SELECT count(DISTINCT member_id) FROM event "
                                                      "WHERE kind IN ('join', 'invite')"));
    QVERIFY2(joined * 10 > members * 9,
             qPrintable(QStringLiteral("%1 of %2").arg(joined).arg(members)));
    QVERIFY(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM member WHERE joined_at IS NOT NULL")) *
            10 >
        members * 9);
    const qint64 left =
        scalar(m_db, QStringLiteral("SELECT count(*) FROM member WHERE left_at IS NOT NULL"));
    QVERIFY2(left > members / 10 && left < members / 2, qPrintable(QString::number(left)));
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM event WHERE kind = 'invite'")) > 100);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM event WHERE kind = 'remove' AND "
                                        "actor_member_id IS NOT NULL")) > 0);
    // Replies, reactions with named reactors, forwards, bots, Chinese text.
    const qint64 all = scalar(m_db, QStringLiteral("SELECT count(*) FROM message"));
    const qint64 replies = scalar(m_db, QStringLiteral("SELECT count(*) FROM message WHERE "
                                                       "reply_to_external_id IS NOT NULL"));
    QVERIFY2(replies * 100 > all * 15 && replies * 100 < all * 40,
             qPrintable(QString::number(replies)));
    const qint64 reacted =
        scalar(m_db, QStringLiteral("SELECT count(DISTINCT message_id) FROM reaction"));
    QVERIFY2(reacted * 100 > all * 10 && reacted * 100 < all * 35,
             qPrintable(QString::number(reacted)));
    QVERIFY(scalar(m_db, QStringLiteral(
                             "SELECT count(*) FROM reaction_member WHERE reacted_at > 0")) > 1000);
    QVERIFY(scalar(m_db, QStringLiteral(
                             "SELECT count(*) FROM message WHERE forwarded_from IS NOT NULL")) >
            50);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM member WHERE is_bot = 1")) >= 2);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM message WHERE text LIKE '%打卡%'")) >
            300);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM message WHERE text LIKE '%`%`%'")) >
            100);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM message WHERE text LIKE "
                                        "'%https://github.com/%'")) > 100);
    // Spam: one account posts the same link several times within a minute.
    QVERIFY(scalar(m_db,
                   QStringLiteral("SELECT count(*) FROM (SELECT member_id FROM message WHERE text "
                                  "LIKE '%http%' GROUP BY member_id, text HAVING count(*) >= 4 "
                                  "AND max(sent_at) - min(sent_at) <= 60)")) >= 3);
    // Evening peak in Asia/Shanghai (UTC+8): 20–23 h busier than 2–5 h.
    const qint64 evening =
        scalar(m_db, QStringLiteral("SELECT count(*) FROM message WHERE "
                                    "((sent_at + 28800) % 86400) / 3600 BETWEEN 20 AND 22"));
    const qint64 night =
        scalar(m_db, QStringLiteral("SELECT count(*) FROM message WHERE "
                                    "((sent_at + 28800) % 86400) / 3600 BETWEEN 2 AND 4"));
    QVERIFY2(evening > 5 * night, qPrintable(QStringLiteral("%1 vs %2").arg(evening).arg(night)));
}

void TestDemo::timesWithinPeriod()
{
    const QTimeZone tz(m_opt.timezone.toUtf8());
    const qint64 from =
        QDateTime(m_opt.endDate.addDays(-m_opt.days), QTime(0, 0), tz).toSecsSinceEpoch();
    const qint64 to = QDateTime(m_opt.endDate.addDays(1), QTime(0, 0), tz).toSecsSinceEpoch();
    QCOMPARE(scalar(m_db, QStringLiteral(
                              "SELECT count(*) FROM message WHERE sent_at < %1 OR sent_at >= %2")
                              .arg(from)
                              .arg(to)),
             0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM event WHERE occurred_at < %1 OR "
                                         "occurred_at >= %2")
                              .arg(from)
                              .arg(to)),
             0);
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM reaction_member WHERE reacted_at < %1 OR "
                                    "reacted_at >= %2")
                         .arg(from)
                         .arg(to)),
        0);
    // The last week is not empty: the history runs up to the end date.
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM message WHERE sent_at >= %1")
                             .arg(to - 7 * 86400)) > 500);
}

void TestDemo::reproducible()
{
    QString error;
    QTemporaryDir dir;
    Database a, b;
    QVERIFY(a.open(dir.filePath(QStringLiteral("a.kindred")), &error));
    QVERIFY(b.open(dir.filePath(QStringLiteral("b.kindred")), &error));
    DemoOptions small;
    small.members = 300;
    small.days = 90;
    QVERIFY2(DemoGenerator::build(a, small, &error), qPrintable(error));
    QVERIFY2(DemoGenerator::build(b, small, &error), qPrintable(error));
    const qint64 n = scalar(a, QStringLiteral("SELECT count(*) FROM message"));
    QVERIFY(n > 1000);
    QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM message")), n);
    const QByteArray da = digest(a);
    QVERIFY(!da.isEmpty());
    QCOMPARE(digest(b), da);
    // The full-size demo too, against the one built in initTestCase.
    Database c;
    QVERIFY(c.open(dir.filePath(QStringLiteral("c.kindred")), &error));
    QVERIFY2(DemoGenerator::build(c, m_opt, &error), qPrintable(error));
    QCOMPARE(digest(c), digest(m_db));
    // Another seed gives another community.
    Database d;
    QVERIFY(d.open(dir.filePath(QStringLiteral("d.kindred")), &error));
    small.seed = 7;
    QVERIFY2(DemoGenerator::build(d, small, &error), qPrintable(error));
    QVERIFY(digest(d) != da);
}

void TestDemo::idempotent()
{
    const QByteArray before = digest(m_db);
    const qint64 batches = scalar(m_db, QStringLiteral("SELECT count(*) FROM import_batch"));
    QString error;
    QVERIFY2(DemoGenerator::build(m_db, m_opt, &error), qPrintable(error));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM import_batch")), batches);
    QCOMPARE(digest(m_db), before);
}

void TestDemo::invalidOptions()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("x.kindred")), &error));
    DemoOptions bad;
    bad.timezone = QStringLiteral("Mars/Olympus_Mons");
    QVERIFY(!DemoGenerator::build(db, bad, &error));
    QVERIFY(error.contains(QStringLiteral("Mars")));
    bad = DemoOptions{};
    bad.members = 0;
    QVERIFY(!DemoGenerator::build(db, bad, &error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM message")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_batch")), 0);
}

void TestDemo::defaultPath()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = DemoGenerator::defaultWorkspacePath();
    QVERIFY(path.endsWith(QStringLiteral("/demo.kindred")));
    QVERIFY(QFileInfo(path).dir().exists());
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
