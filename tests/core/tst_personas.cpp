// MemberFeatures on a hand-built community (daylight saving, merges, leavers, channel filter),
// the link/code rule, persona naming on planted groups, and Personas on the demo community.
#include "analytics/AnalyticsSource.h"
#include "analytics/MemberFeatures.h"
#include "analytics/Personas.h"
#include "demo/DemoGenerator.h"
#include "import/ImportWriter.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

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

qint64 memberOf(const Database &db, const QString &externalId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT member_id FROM identity WHERE external_id = :e"));
    q.bindValue(QStringLiteral(":e"), externalId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

QString describe(const PersonasResult &r)
{
    QStringList lines;
    lines << QStringLiteral("k = %1, silhouette %2, %3 members")
                 .arg(r.k)
                 .arg(r.silhouette, 0, 'f', 3)
                 .arg(r.memberCount);
    for (const KScore &s : r.scores)
        lines << QStringLiteral("  k=%1 silhouette %2 inertia %3")
                     .arg(s.k)
                     .arg(s.silhouette, 0, 'f', 3)
                     .arg(s.inertia, 0, 'f', 1);
    for (const Persona &p : r.personas) {
        QStringList z;
        for (double v : p.centroidZ)
            z << QString::number(v, 'f', 2);
        lines << QStringLiteral("  %1 [%2] %3 members, z = (%4)")
                     .arg(p.name, p.key)
                     .arg(p.size)
                     .arg(z.join(QStringLiteral(", ")));
        lines << QStringLiteral("    why: ") + p.why;
    }
    lines << QStringLiteral("  why k: ") + r.why;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestPersonas : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void containsLinkOrCode_data();
    void containsLinkOrCode();
    void features_data();
    void features();
    void population();
    void namesPlantedGroups();
    void tooFewMembers();
    void demo();
    void benchLargeDemo();

private:
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_channel1 = 0;
    Database m_demo;
};

// A community in Europe/Berlin (CET = UTC+1; CEST = UTC+2 from 2024-03-31 01:00Z), period
// 2024-03-18..2024-04-14 (28 days, across the switch to summer time):
//  A (user1) joins 2024-01-01 12:00Z; posts 03-10 (before the period) and in the period
//    a1 03-20 04:30Z (05:30 CET: night) "see https://…" with reactions 👍3 ❤1,
//    a2 04-05 04:30Z (06:30 CEST: not night), a3 04-06 22:30Z (00:30 CEST: night) replying
//    to b1, with inline code and reactions 👍2.
//  B (user2), no join event, first posts b1 03-25 10:00Z (reaction 👍1), b2 04-10 "x = 1;",
//    and b3 04-11 "www.rust-lang.org" in channel 2.
//  C (user3) joins 02-01, replies c1 03-19 12:00Z, leaves 03-21 12:00Z.
//  D (user4) joins 04-12 09:00Z, never posts.  E (user5) joins 01-05 and leaves 03-01: not in
//  the period.  F (user6) joins 05-01: after it.  G (user7) is a bot posting a link.
//  H (user8) first posts 02-15 12:00Z, then 03-30 23:30Z (00:30 CET on 03-31: night); user9,
//    merged into H, posts a ``` fence 04-02 12:00Z.
void TestPersonas::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("hand.kindred")), &error), qPrintable(error));
    const qint64 community = m_db.defaultCommunityId(QStringLiteral("t"));
    {
        QSqlQuery q(m_db.sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE community SET timezone = 'Europe/Berlin'")));
    }
    ImportWriter w(m_db.handle(), community, 0);
    QVERIFY(w.prepare(&error));
    auto msg = [](const char *id, PersonRef who, const char *at, const char *text,
                  const char *replyTo = "") {
        MessageInfo m;
        m.externalId = QString::fromLatin1(id);
        m.author = who;
        m.sentAt = utc(at);
        m.text = QString::fromUtf8(text);
        m.replyToExternalId = QString::fromLatin1(replyTo);
        return m;
    };
    auto ev = [](EventInfo::Kind k, PersonRef who, const char *at) {
        EventInfo e;
        e.kind = k;
        e.member = who;
        e.at = utc(at);
        return e;
    };
    const auto A = person("user1", "A"), B = person("user2", "B"), C = person("user3", "C"),
               D = person("user4", "D"), E = person("user5", "E"), F = person("user6", "F"),
               G = person("user7", "bot", true), H = person("user8", "H"),
               H2 = person("user9", "H");
    QVERIFY(w.beginChannel(
        {QStringLiteral("telegram"), QStringLiteral("1"), QStringLiteral("one"), {}}));
    QVERIFY(w.addEvent(ev(EventInfo::Kind::Join, A, "2024-01-01T12:00:00Z")));
    QVERIFY(w.addMessage(msg("a4", A, "2024-03-10T12:00:00Z", "early")));
    MessageInfo a1 = msg("a1", A, "2024-03-20T04:30:00Z", "see https://example.org");
    a1.reactions.append({QStringLiteral("👍"), 3, {}});
    a1.reactions.append({QStringLiteral("❤"), 1, {}});
    QVERIFY(w.addMessage(a1));
    QVERIFY(w.addMessage(msg("a2", A, "2024-04-05T04:30:00Z", "hello")));
    MessageInfo b1 = msg("b1", B, "2024-03-25T10:00:00Z", "问题：怎么办？");
    b1.reactions.append({QStringLiteral("👍"), 1, {}});
    QVERIFY(w.addMessage(b1));
    MessageInfo a3 = msg("a3", A, "2024-04-06T22:30:00Z", "use `cargo fmt`", "b1");
    a3.reactions.append({QStringLiteral("👍"), 2, {}});
    QVERIFY(w.addMessage(a3));
    QVERIFY(w.addMessage(msg("b2", B, "2024-04-10T10:00:00Z", "x = 1;")));
    QVERIFY(w.addEvent(ev(EventInfo::Kind::Join, C, "2024-02-01T12:00:00Z")));
    QVERIFY(w.addMessage(msg("c1", C, "2024-03-19T12:00:00Z", "ok", "a4")));
    QVERIFY(w.addEvent(ev(EventInfo::Kind::Leave, C, "2024-03-21T12:00:00Z")));
    QVERIFY(w.addEvent(ev(EventInfo::Kind::Join, D, "2024-04-12T09:00:00Z")));
    QVERIFY(w.addEvent(ev(EventInfo::Kind::Join, E, "2024-01-05T12:00:00Z")));
    QVERIFY(w.addMessage(msg("e1", E, "2024-02-01T12:00:00Z", "bye")));
    QVERIFY(w.addEvent(ev(EventInfo::Kind::Leave, E, "2024-03-01T12:00:00Z")));
    QVERIFY(w.addEvent(ev(EventInfo::Kind::Join, F, "2024-05-01T12:00:00Z")));
    QVERIFY(w.addMessage(msg("g1", G, "2024-03-20T12:00:00Z", "https://release")));
    QVERIFY(w.addMessage(msg("h0", H, "2024-02-15T12:00:00Z", "hi")));
    QVERIFY(w.addMessage(msg("h1", H, "2024-03-30T23:30:00Z", "晚安")));
    QVERIFY(w.addMessage(msg("h2", H2, "2024-04-02T12:00:00Z", "```rust\nfn main() {}\n```")));
    QVERIFY(w.beginChannel(
        {QStringLiteral("telegram"), QStringLiteral("2"), QStringLiteral("two"), {}}));
    QVERIFY(w.addMessage(msg("b3", B, "2024-04-11T10:00:00Z", "www.rust-lang.org")));
    QVERIFY2(w.finish(&error), qPrintable(error));

    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE member SET merged_into = :h WHERE id = :h2"));
    q.bindValue(QStringLiteral(":h"), memberOf(m_db, QStringLiteral("user8")));
    q.bindValue(QStringLiteral(":h2"), memberOf(m_db, QStringLiteral("user9")));
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM channel WHERE external_id = '1'")) && q.next());
    m_channel1 = q.value(0).toLongLong();
    q.finish();

    QVERIFY2(m_demo.open(m_dir.filePath(QStringLiteral("demo.kindred")), &error),
             qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(DemoGenerator::build(m_demo, DemoOptions{}, &error), qPrintable(error));
    qInfo("demo built in %lld ms", timer.elapsed());
}

void TestPersonas::containsLinkOrCode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("plain") << QStringLiteral("hello world") << false;
    QTest::newRow("https") << QStringLiteral("see https://example.org") << true;
    QTest::newRow("http upper case") << QStringLiteral("HTTP://EXAMPLE.ORG") << true;
    QTest::newRow("www") << QStringLiteral("www.rust-lang.org") << true;
    QTest::newRow("www after a word") << QStringLiteral("awww. so cute") << false;
    QTest::newRow("fence") << QStringLiteral("```\nlet x\n```") << true;
    QTest::newRow("inline code") << QStringLiteral("use `cargo fmt` here") << true;
    QTest::newRow("one backtick") << QStringLiteral("it`s fine") << false;
    QTest::newRow("empty backticks") << QStringLiteral("`` nothing") << false;
    QTest::newRow("backticks on two lines") << QStringLiteral("a `b\nc` d") << false;
    QTest::newRow("line ending with ;") << QStringLiteral("let x = 5;") << true;
    QTest::newRow("line ending with {") << QStringLiteral("int main() {") << true;
    QTest::newRow("} and blanks") << QStringLiteral("}   \r") << true;
    QTest::newRow("def") << QStringLiteral("def f(x):") << true;
    QTest::newRow("fn") << QStringLiteral("  fn main() -> u8") << true;
    QTest::newRow("#include") << QStringLiteral("#include <vector>") << true;
    QTest::newRow("import") << QStringLiteral("import numpy as np") << true;
    QTest::newRow("Import in prose") << QStringLiteral("Import the file first") << false;
    QTest::newRow("shell prompt") << QStringLiteral("$ cargo build") << true;
    QTest::newRow("path") << QStringLiteral("try std::mem::take") << true;
    QTest::newRow(":: in prose") << QStringLiteral("Note :: see above") << false;
    QTest::newRow(":=") << QStringLiteral("x := 1") << true;
    QTest::newRow("clock time") << QStringLiteral("at 10:30, ok?") << false;
    QTest::newRow("smiley") << QStringLiteral("ok ;)") << false;
    QTest::newRow("Chinese") << QStringLiteral("问题：怎么办？") << false;
    QTest::newRow("full-width semicolon") << QStringLiteral("好的；") << false;
    QTest::newRow("code on the second line") << QStringLiteral("看这里\n  return x;\n谢谢") << true;
    QTest::newRow("emoji") << QStringLiteral("👍 nice") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPersonas::containsLinkOrCode()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(MemberFeatures::containsLinkOrCode(text.toUtf8()), expected);
}

void TestPersonas::features_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<bool>("channelOneOnly");
    QTest::addColumn<qint64>("messages");
    QTest::addColumn<int>("presence");
    QTest::addColumn<double>("perWeek");
    QTest::addColumn<double>("replies");
    QTest::addColumn<double>("reactions");
    QTest::addColumn<double>("linkCode");
    QTest::addColumn<double>("night");
    QTest::addColumn<double>("tenure");
    // A: 3 messages in 28 days = 4 weeks; 1 reply (a3); reactions (4 + 0 + 2) / 3; link a1 and
    // code a3; night a1 and a3 (a2 is 06:30 in summer time, 05:30 in winter time);
    // 2024-01-01 -> 04-14 = 104 days.
    QTest::newRow("A") << QStringLiteral("user1") << false << qint64(3) << 28 << 0.75 << 1.0 / 3
                       << 2.0 << 2.0 / 3 << 2.0 / 3 << 104.0;
    // B: present 03-25..04-14 = 21 days = 3 weeks; b1 reacted once; b2 code line, b3 link.
    QTest::newRow("B") << QStringLiteral("user2") << false << qint64(3) << 21 << 1.0 << 0.0
                       << 1.0 / 3 << 2.0 / 3 << 0.0 << 20.0;
    // Channel 1 only: b3 is not counted.
    QTest::newRow("B, channel 1") << QStringLiteral("user2") << true << qint64(2) << 21 << 2.0 / 3
                                  << 0.0 << 0.5 << 0.5 << 0.0 << 20.0;
    // C: present 03-18..03-21 = 4 days, counted as one week; one reply; 02-01 -> 04-14 = 73.
    QTest::newRow("C") << QStringLiteral("user3") << false << qint64(1) << 4 << 1.0 << 1.0 << 0.0
                       << 0.0 << 0.0 << 73.0;
    // D: present 04-12..04-14, no messages: everything 0 but the tenure (2 days).
    QTest::newRow("D") << QStringLiteral("user4") << false << qint64(0) << 3 << 0.0 << 0.0 << 0.0
                       << 0.0 << 0.0 << 2.0;
    // H with user9 merged: h1 (night, 00:30 CET) and h2 (a fence) in 28 days; first seen
    // 02-15 -> 04-14 = 59 days.
    QTest::newRow("H") << QStringLiteral("user8") << false << qint64(2) << 28 << 0.5 << 0.0 << 0.0
                       << 0.5 << 0.5 << 59.0;
    QTest::newRow("H, channel 1") << QStringLiteral("user8") << true << qint64(2) << 28 << 0.5
                                  << 0.0 << 0.0 << 0.5 << 0.5 << 59.0;
}

void TestPersonas::features()
{
    QFETCH(QString, member);
    QFETCH(bool, channelOneOnly);
    QFETCH(qint64, messages);
    QFETCH(int, presence);
    QFETCH(double, perWeek);
    QFETCH(double, replies);
    QFETCH(double, reactions);
    QFETCH(double, linkCode);
    QFETCH(double, night);
    QFETCH(double, tenure);
    AnalyticsSource source(m_db);
    QString error;
    QVERIFY2(source.load(&error), qPrintable(error));
    if (channelOneOnly)
        source.setChannelFilter({m_channel1});
    std::vector<MemberFeatureRow> rows;
    QVERIFY2(
        MemberFeatures::compute(source, {QDate(2024, 3, 18), QDate(2024, 4, 14)}, &rows, &error),
        qPrintable(error));
    const qint64 id = memberOf(m_db, member);
    const auto it = std::find_if(rows.begin(), rows.end(),
                                 [&](const MemberFeatureRow &r) { return r.member == id; });
    QVERIFY(it != rows.end());
    QCOMPARE(it->messages, messages);
    QCOMPARE(it->presenceDays, presence);
    const double expected[kMemberFeatureCount] = {perWeek,  replies, reactions,
                                                  linkCode, night,   tenure};
    for (int f = 0; f < kMemberFeatureCount; ++f)
        QVERIFY2(near(it->values[size_t(f)], expected[f]),
                 qPrintable(QStringLiteral("%1: %2, expected %3")
                                .arg(MemberFeatures::key(MemberFeature(f)))
                                .arg(it->values[size_t(f)])
                                .arg(expected[f])));
}

void TestPersonas::population()
{
    AnalyticsSource source(m_db);
    QString error;
    QVERIFY(source.load(&error));
    std::vector<MemberFeatureRow> rows;
    QVERIFY(
        MemberFeatures::compute(source, {QDate(2024, 3, 18), QDate(2024, 4, 14)}, &rows, &error));
    QList<qint64> ids;
    for (const MemberFeatureRow &r : rows)
        ids.append(r.member);
    // E left before the period, F joined after it, G is a bot, user9 is merged into H.
    QList<qint64> expected;
    for (const char *m : {"user1", "user2", "user3", "user4", "user8"})
        expected.append(memberOf(m_db, QString::fromLatin1(m)));
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected);
    QVERIFY(
        !MemberFeatures::compute(source, {QDate(2024, 4, 14), QDate(2024, 3, 18)}, &rows, &error));
}

// Three planted groups of 40: night owls (70% at night), link sharers (80% links/code) and
// quiet members (0.1 messages a week); tenure is constant (its z-score stays 0).
void TestPersonas::namesPlantedGroups()
{
    std::vector<MemberFeatureRow> rows;
    for (int i = 0; i < 120; ++i) {
        const int group = i / 40;
        const double jitter = 0.01 * (i % 5);
        MemberFeatureRow r;
        r.member = i + 1;
        r.values = {group == 2 ? 0.1 + jitter : 5.0 + jitter, group == 2 ? 0.0 : 0.3 + jitter,
                    group == 2 ? 0.0 : 0.5 + jitter,          group == 1 ? 0.8 + jitter : 0.05,
                    group == 0 ? 0.7 + jitter : 0.05,         100.0};
        rows.push_back(r);
    }
    PersonasResult r;
    QString error;
    QVERIFY2(Personas::cluster(rows, {}, &r, &error), qPrintable(error));
    QCOMPARE(r.k, 3);
    QCOMPARE(r.scores.size(), size_t(5));
    QStringList keys;
    for (const Persona &p : r.personas) {
        QCOMPARE(p.size, 40);
        keys << p.key;
        const qint64 first = p.members.front();
        for (qint64 m : p.members)
            QCOMPARE((m - 1) / 40, (first - 1) / 40);
        QCOMPARE(p.centroid[size_t(MemberFeature::TenureDays)], 100.0);
        QCOMPARE(p.centroidZ[size_t(MemberFeature::TenureDays)], 0.0);
        QVERIFY(p.why.contains(QStringLiteral("SD above")) ||
                p.why.contains(QStringLiteral("SD below")));
    }
    // Equal sizes: ordered by the lowest member id.
    QCOMPARE(keys, (QStringList{QStringLiteral("night_owls"), QStringLiteral("link_sharers"),
                                QStringLiteral("quiet_lurkers")}));
    QCOMPARE(r.personas[0].name, QStringLiteral("Night owls"));
    QVERIFY2(r.personas[0].why.startsWith(
                 QStringLiteral("Night owls: share of messages sent at night "
                                "(00:00–05:59) 1.4 SD above the mean (72% vs 27% overall)")),
             qPrintable(r.personas[0].why));
    QVERIFY(r.why.contains(QStringLiteral("k = 3")));
    qInfo().noquote() << describe(r);
}

void TestPersonas::tooFewMembers()
{
    std::vector<MemberFeatureRow> rows(2);
    PersonasResult r;
    QString error;
    QVERIFY(!Personas::cluster(rows, {}, &r, &error));
    QVERIFY(error.contains(QStringLiteral("too few")));
    PersonasOptions bad;
    bad.kMin = 1;
    QVERIFY(!Personas::cluster(rows, bad, &r, &error));
}

void TestPersonas::demo()
{
    AnalyticsSource source(m_demo);
    QString error;
    QVERIFY2(source.load(&error), qPrintable(error));
    const Period period = Period::ending(source.lastMessageDate(), 90);
    const PersonasOptions options;

    QElapsedTimer timer;
    timer.start();
    std::vector<MemberFeatureRow> rows;
    QVERIFY2(MemberFeatures::compute(source, period, &rows, &error), qPrintable(error));
    const qint64 featuresMs = timer.restart();
    PersonasResult r;
    QVERIFY2(Personas::cluster(rows, options, &r, &error), qPrintable(error));
    const qint64 clusterMs = timer.elapsed();
    qInfo("personas on the demo (%s, %d members): features %lld ms, clustering %lld ms",
          qPrintable(period.toString()), int(rows.size()), featuresMs, clusterMs);
    qInfo().noquote() << describe(r);

    QVERIFY(r.k >= options.kMin && r.k <= options.kMax);
    QCOMPARE(r.memberCount, int(rows.size()));
    QCOMPARE(r.scores.size(), size_t(options.kMax - options.kMin + 1));
    for (size_t i = 0; i < r.scores.size(); ++i) {
        QCOMPARE(r.scores[i].k, options.kMin + int(i));
        QVERIFY(std::isfinite(r.scores[i].silhouette));
        QVERIFY(r.scores[i].silhouette <= r.silhouette);
    }
    // Every member in exactly one persona.
    QSet<qint64> seen;
    int total = 0;
    QSet<QString> names;
    for (const Persona &p : r.personas) {
        QCOMPARE(p.size, int(p.members.size()));
        QVERIFY(p.size > 0);
        total += p.size;
        for (qint64 m : p.members)
            seen.insert(m);
        QVERIFY(!p.name.isEmpty());
        QVERIFY(!p.why.isEmpty());
        names.insert(p.name);
    }
    QCOMPARE(total, int(rows.size()));
    QCOMPARE(seen.size(), total);
    for (const MemberFeatureRow &row : rows)
        QVERIFY(seen.contains(row.member));
    QCOMPARE(names.size(), int(r.personas.size()));
    QCOMPARE(int(r.personas.size()), r.k);

    // The same again: deterministic.
    PersonasResult again;
    QVERIFY(Personas::compute(source, period, options, &again, &error));
    QCOMPARE(again.k, r.k);
    QCOMPARE(again.silhouette, r.silhouette);
    QCOMPARE(again.personas.size(), r.personas.size());
    for (size_t i = 0; i < r.personas.size(); ++i) {
        QCOMPARE(again.personas[i].key, r.personas[i].key);
        QCOMPARE(again.personas[i].members, r.personas[i].members);
        QCOMPARE(again.personas[i].why, r.personas[i].why);
    }
    for (size_t i = 0; i < r.scores.size(); ++i)
        QCOMPARE(again.scores[i].silhouette, r.scores[i].silhouette);
}

// Scale check, off by default: KINDRED_PERSONAS_BENCH_MEMBERS=50000 builds a demo of that many
// members (about 30 s for 50,000) and times features and clustering over its whole history.
void TestPersonas::benchLargeDemo()
{
    const int members = qEnvironmentVariableIntValue("KINDRED_PERSONAS_BENCH_MEMBERS");
    if (members <= 0)
        QSKIP("set KINDRED_PERSONAS_BENCH_MEMBERS to run");
    // KINDRED_PERSONAS_BENCH_DB keeps the workspace (built once, reused on the next run).
    const QString path = qEnvironmentVariable("KINDRED_PERSONAS_BENCH_DB",
                                              m_dir.filePath(QStringLiteral("large.kindred")));
    Database db;
    QString error;
    QVERIFY(db.open(path, &error));
    DemoOptions opt;
    opt.members = members;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(DemoGenerator::build(db, opt, &error), qPrintable(error));
    QSqlQuery q(db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM message")) && q.next());
    const qint64 messages = q.value(0).toLongLong();
    q.finish();
    qInfo("large demo: %d members, %lld messages, built in %lld ms", members, messages,
          timer.restart());
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    const Period period{source.firstMessageDate(), source.lastMessageDate()};
    std::vector<MemberFeatureRow> rows;
    QVERIFY2(MemberFeatures::compute(source, period, &rows, &error), qPrintable(error));
    const qint64 featuresMs = timer.restart();
    PersonasResult r;
    QVERIFY2(Personas::cluster(rows, {}, &r, &error), qPrintable(error));
    qInfo("large demo: %d members clustered; features %lld ms, clustering %lld ms",
          int(rows.size()), featuresMs, timer.elapsed());
    qInfo().noquote() << describe(r);
}

QTEST_GUILESS_MAIN(TestPersonas)
#include "tst_personas.moc"
