// Member levels (core/analytics/Levels.h) on hand-computed evidence and a small community:
// promotion the same day, demotion only at month ends, the monthly moved up/held/down table,
// the rules' storage, and the demo community.
#include "analytics/KpiCalculator.h"
#include "analytics/Levels.h"
#include "demo/DemoGenerator.h"
#include "import/ImportWriter.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

namespace {

qint64 utc(const QDate &day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(day, QTime(hour, minute, second), Qt::UTC).toSecsSinceEpoch();
}

PersonRef person(int i)
{
    return PersonRef{QStringLiteral("user%1").arg(i), QStringLiteral("M%1").arg(i), false};
}

QDate march(int day)
{
    return QDate(2024, 3, day);
}

/// The small community of the workspace tests (timezone UTC), by member number:
///  1 A  plain messages on 03-04, 03-05, 03-11, 03-12 (2 days in each of two weeks on 03-12);
///  2 B  two replies a day to F's message on 03-01..03-07 (14 replies, 7 days);
///  3 C  knowledge posts on 03-04..03-10: a link, inline code, a photo, a 280-character post,
///       an indented code line, an upper-case link, then 4 links on 03-10 (10 knowledge posts,
///       7 days), plus non-knowledge texts ("ab`c", "http:/x", "hello") that do not count;
///  4 D  plain messages on 02-19, 02-20, 02-26, 02-27 (Participating at the end of February);
///  5 E  a message on 02-01, then 03-18, 03-19, 03-25, 03-26;
///  6 F  one message on 02-02 (the one B replies to);
///  7 G  reacts (a time given) to each of H's 20 messages on 03-10;
///  8 H  20 plain messages on 03-10.
bool buildCommunity(const QString &path, QString *error)
{
    Database db;
    if (!db.open(path, error))
        return false;
    const qint64 community = db.defaultCommunityId(QStringLiteral("levels"));
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("UPDATE community SET timezone = 'UTC'")))
        return false;
    q.finish();
    ImportWriter w(db.handle(), community, 0);
    if (!w.prepare(error) ||
        !w.beginChannel({QStringLiteral("telegram"), QStringLiteral("1"), QStringLiteral("g"), {}}))
        return false;
    int next = 0;
    auto post = [&](int who, qint64 at, const QString &text, const QString &replyTo = {},
                    const QString &attachment = {}) {
        MessageInfo m;
        m.externalId = QString::number(++next);
        m.author = person(who);
        m.sentAt = at;
        m.text = text;
        m.replyToExternalId = replyTo;
        m.attachmentKind = attachment;
        return w.addMessage(m) ? m.externalId : QString();
    };
    const QString x = QStringLiteral("x");
    bool ok = true;
    for (int day : {4, 5, 11, 12})
        ok = ok && !post(1, utc(march(day), 10), x).isEmpty();
    const QString f1 = post(6, utc(QDate(2024, 2, 2), 10), QStringLiteral("f1"));
    for (int day = 1; day <= 7; ++day) {
        ok = ok && !post(2, utc(march(day), 10), x, f1).isEmpty();
        ok = ok && !post(2, utc(march(day), 10, 5), x, f1).isEmpty();
    }
    ok = ok && !post(3, utc(march(4), 10), QStringLiteral("see https://rust-lang.org")).isEmpty();
    ok = ok && !post(3, utc(march(5), 10), QStringLiteral("use `cargo fmt` first")).isEmpty();
    ok = ok && !post(3, utc(march(6), 10), QString(), {}, QStringLiteral("photo")).isEmpty();
    ok = ok && !post(3, utc(march(7), 10), QString(280, QChar(0x957F))).isEmpty();
    ok = ok && !post(3, utc(march(8), 10), QStringLiteral("like this:\n    let x = 1")).isEmpty();
    ok = ok && !post(3, utc(march(8), 11), QStringLiteral("ab`c")).isEmpty();
    ok = ok && !post(3, utc(march(8), 12), QStringLiteral("http:/x")).isEmpty();
    ok = ok && !post(3, utc(march(9), 10), QStringLiteral("HTTP://EXAMPLE.ORG")).isEmpty();
    for (int i = 0; i < 4; ++i)
        ok = ok &&
             !post(3, utc(march(10), 10, i), QStringLiteral("https://a.org/%1").arg(i)).isEmpty();
    ok = ok && !post(3, utc(march(10), 11), QStringLiteral("hello")).isEmpty();
    for (int day : {19, 20, 26, 27})
        ok = ok && !post(4, utc(QDate(2024, 2, day), 10), x).isEmpty();
    ok = ok && !post(5, utc(QDate(2024, 2, 1), 10), x).isEmpty();
    for (int day : {18, 19, 25, 26})
        ok = ok && !post(5, utc(march(day), 10), x).isEmpty();
    for (int i = 0; i < 20; ++i) {
        MessageInfo m;
        m.externalId = QString::number(++next);
        m.author = person(8);
        m.sentAt = utc(march(10), 10, i);
        m.text = x;
        m.reactions.append({QStringLiteral("👍"), 1, {{person(7), utc(march(10), 12, i)}}});
        ok = ok && w.addMessage(m);
    }
    return ok && w.finish(error);
}

/// Presence only: the week rule for Participating (the 30-day rule and the weights off).
LevelRules presenceRules()
{
    LevelRules r;
    r.monthActiveDays = LevelRules::kMonthDays;
    r.participatingWeight = 0;
    r.contributingWeight = 0;
    r.leadingWeight = 0;
    return r;
}

/// Weights only (presence thresholds out of reach): 1 per message, 2 per reply, 0.5 per
/// reaction; Participating >= 10, Contributing >= 25.
LevelRules weightRules()
{
    LevelRules r;
    r.weekActiveDays = 7;
    r.monthActiveDays = 30;
    r.contributingActiveDays = 30;
    r.leadingActiveDays = 90;
    r.participatingWeight = 10;
    r.contributingWeight = 25;
    r.leadingWeight = 300;
    return r;
}

/// Presence, with Leading in reach: 7 active days of 90 and the top 34% of contributors.
LevelRules leadingRules()
{
    LevelRules r = presenceRules();
    r.leadingActiveDays = 7;
    r.leadingTopPercent = 34;
    return r;
}

LevelRules rulesNamed(const QString &name)
{
    if (name == QLatin1String("weights"))
        return weightRules();
    if (name == QLatin1String("leading"))
        return leadingRules();
    return presenceRules();
}

} // namespace

class TestLevels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void earned_data();
    void earned();
    void rulesValidate_data();
    void rulesValidate();
    void rulesStorage();

    void memberLevel_data();
    void memberLevel();
    void sinceAndWhy();
    void monthly();
    void monthlyRunningMonth();
    void demoCommunity();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestLevels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("levels.kindred"));
    QString error;
    QVERIFY2(buildCommunity(m_path, &error), qPrintable(error));
}

void TestLevels::earned_data()
{
    QTest::addColumn<int>("minWeek");
    QTest::addColumn<int>("active30");
    QTest::addColumn<int>("active90");
    QTest::addColumn<int>("contributions30");
    QTest::addColumn<int>("contributions90");
    QTest::addColumn<double>("weight");
    QTest::addColumn<int>("topThreshold");
    QTest::addColumn<bool>("weightsOff");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("why");
    // Default rules: Participating 2 days x 2 weeks or 4 of 30 days or weight 10; Contributing
    // 7 of 30 days + 10 contributions or weight 60; Leading 30 of 90 + top or weight 300.
    QTest::newRow("nothing") << 0 << 0 << 0 << 0 << 0 << 0.0 << 0 << false << 1 << "no milestone";
    QTest::newRow("one quiet week")
        << 1 << 3 << 3 << 0 << 0 << 3.0 << 5 << false << 1 << "active 3 of the last 30";
    QTest::newRow("2 days each week")
        << 2 << 3 << 3 << 0 << 0 << 3.0 << 5 << false << 2 << "each of the last 2 weeks";
    QTest::newRow("4 of 30 days") << 0 << 4 << 4 << 0 << 0 << 4.0 << 5 << false << 2
                                  << "active 4 of the last 30 days (≥ 4)";
    QTest::newRow("weight 10") << 0 << 1 << 1 << 0 << 0 << 10.0 << 5 << false << 2
                               << "activity weight 10 in 30 days (≥ 10)";
    QTest::newRow("weight 9.5") << 0 << 1 << 1 << 0 << 0 << 9.5 << 5 << false << 1
                                << "no milestone";
    QTest::newRow("weights off") << 0 << 1 << 1 << 0 << 0 << 5000.0 << 5 << true << 1
                                 << "no milestone";
    QTest::newRow("7 days, 10 contributions") << 0 << 7 << 7 << 10 << 10 << 0.0 << 50 << false << 3
                                              << "10 contributions in 30 days (≥ 10)";
    QTest::newRow("7 days, 9 contributions")
        << 0 << 7 << 7 << 9 << 9 << 0.0 << 50 << false << 2 << "active 7 of the last 30 days (≥ 4)";
    QTest::newRow("weight 60") << 0 << 1 << 1 << 0 << 0 << 60.0 << 50 << false << 3 << "(≥ 60)";
    QTest::newRow("30 of 90, top")
        << 0 << 10 << 30 << 10 << 40 << 0.0 << 40 << false << 4 << "in the top 5% (≥ 40)";
    QTest::newRow("29 of 90, top")
        << 0 << 10 << 29 << 10 << 40 << 0.0 << 40 << false << 3 << "active 10 of the last 30";
    QTest::newRow("30 of 90, below the top")
        << 0 << 10 << 30 << 10 << 39 << 0.0 << 40 << false << 3 << "contributions in 30 days";
    QTest::newRow("no contributor at all")
        << 0 << 0 << 30 << 0 << 0 << 0.0 << 0 << false << 1 << "no milestone";
    QTest::newRow("weight 300") << 0 << 1 << 1 << 0 << 0 << 300.0 << 50 << false << 4
                                << "activity weight 300";
}

void TestLevels::earned()
{
    QFETCH(int, minWeek);
    QFETCH(int, active30);
    QFETCH(int, active90);
    QFETCH(int, contributions30);
    QFETCH(int, contributions90);
    QFETCH(double, weight);
    QFETCH(int, topThreshold);
    QFETCH(bool, weightsOff);
    QFETCH(int, level);
    QFETCH(QString, why);
    LevelEvidence e;
    e.minWeekActiveDays = minWeek;
    e.activeDays30 = active30;
    e.activeDays90 = active90;
    e.contributions30 = contributions30;
    e.contributions90 = contributions90;
    e.weight30 = weight;
    e.topThreshold = topThreshold;
    LevelRules rules;
    if (weightsOff)
        rules.participatingWeight = rules.contributingWeight = rules.leadingWeight = 0;
    QString text;
    QCOMPARE(int(LevelCalculator::earned(e, rules, &text)), level);
    QVERIFY2(text.contains(why), qPrintable(text));
}

void TestLevels::rulesValidate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("defaults") << QString() << 0.0 << true;
    QTest::newRow("8 days a week") << "weekActiveDays" << 8.0 << false;
    QTest::newRow("7 days a week") << "weekActiveDays" << 7.0 << true;
    QTest::newRow("13 weeks") << "weeks" << 13.0 << false;
    QTest::newRow("31 of 30 days") << "monthActiveDays" << 31.0 << false;
    QTest::newRow("top 0%") << "leadingTopPercent" << 0.0 << false;
    QTest::newRow("top 100%") << "leadingTopPercent" << 100.0 << true;
    QTest::newRow("91 of 90 days") << "leadingActiveDays" << 91.0 << false;
    QTest::newRow("negative weight") << "replyWeight" << -1.0 << false;
    QTest::newRow("contributing weight below participating")
        << "contributingWeight" << 5.0 << false;
    QTest::newRow("contributing weight off") << "contributingWeight" << 0.0 << true;
    QTest::newRow("leading weight below contributing") << "leadingWeight" << 59.0 << false;
}

void TestLevels::rulesValidate()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(bool, valid);
    LevelRules r;
    if (field == QLatin1String("weekActiveDays"))
        r.weekActiveDays = int(value);
    else if (field == QLatin1String("weeks"))
        r.weeks = int(value);
    else if (field == QLatin1String("monthActiveDays"))
        r.monthActiveDays = int(value);
    else if (field == QLatin1String("leadingTopPercent"))
        r.leadingTopPercent = int(value);
    else if (field == QLatin1String("leadingActiveDays"))
        r.leadingActiveDays = int(value);
    else if (field == QLatin1String("replyWeight"))
        r.replyWeight = value;
    else if (field == QLatin1String("contributingWeight"))
        r.contributingWeight = value;
    else if (field == QLatin1String("leadingWeight"))
        r.leadingWeight = value;
    QString error;
    QCOMPARE(r.validate(&error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void TestLevels::rulesStorage()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("r.kindred")), &error));
    QCOMPARE(LevelRules::load(db), LevelRules{});
    LevelRules r = leadingRules();
    r.reactionWeight = 0.25;
    QVERIFY2(r.save(db, &error), qPrintable(error));
    QCOMPARE(LevelRules::load(db), r);
    QCOMPARE(db.setting(QStringLiteral("levels/leading_top_percent")), QStringLiteral("34"));
    QCOMPARE(db.setting(QStringLiteral("levels/reaction_weight")).toDouble(), 0.25);
    // An invalid set is refused and leaves the stored one.
    LevelRules bad = r;
    bad.weeks = 0;
    QVERIFY(!bad.save(db, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(LevelRules::load(db), r);
    // An unreadable value falls back to that field's default; a stored set that breaks the
    // rules falls back to all defaults.
    QVERIFY(db.setSetting(QStringLiteral("levels/weeks"), QStringLiteral("many")));
    LevelRules expected = r;
    expected.weeks = LevelRules{}.weeks;
    QCOMPARE(LevelRules::load(db), expected);
    QVERIFY(db.setSetting(QStringLiteral("levels/week_active_days"), QStringLiteral("9")));
    QCOMPARE(LevelRules::load(db), LevelRules{});
}

void TestLevels::memberLevel_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<int>("member");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("level"); // 0 = not a member yet
    QTest::addColumn<int>("earned");
    QTest::addColumn<QString>("why");
    // A: weeks 03-05..03-11 (2 days) and 02-27..03-04 (1 day) on 03-11; 2 and 2 on 03-12.
    QTest::newRow("A before first seen") << "presence" << 1 << march(3) << 0 << 0 << "";
    QTest::newRow("A one week short") << "presence" << 1 << march(11) << 1 << 1 << "no milestone";
    QTest::newRow("A promoted the same day")
        << "presence" << 1 << march(12) << 2 << 2 << "each of the last 2 weeks (fewest: 2)";
    QTest::newRow("A held after going quiet")
        << "presence" << 1 << march(20) << 2 << 1 << "since 2024-03-12";
    QTest::newRow("A held on the day before the month end")
        << "presence" << 1 << march(30) << 2 << 1 << "held until the month-end review";
    QTest::newRow("A demoted at the month end") << "presence" << 1 << march(31) << 1 << 1 << "";
    QTest::newRow("A stays down next month")
        << "presence" << 1 << QDate(2024, 4, 1) << 1 << 1 << "";
    // B: 6 days and 12 replies on 03-06, 7 days and 14 on 03-07; 6 days in 03-02..03-31.
    QTest::newRow("B six days") << "presence" << 2 << march(6) << 1 << 1 << "";
    QTest::newRow("B Exploring to Contributing at once")
        << "presence" << 2 << march(7) << 3 << 3 << "14 contributions in 30 days (≥ 10)";
    QTest::newRow("B reviewed at the month end") << "presence" << 2 << march(31) << 1 << 1 << "";
    // C: knowledge posts only; 6 by 03-09, 10 by 03-10 (the non-knowledge texts not counted).
    QTest::newRow("C six knowledge posts") << "presence" << 3 << march(9) << 1 << 1 << "";
    QTest::newRow("C ten knowledge posts")
        << "presence" << 3 << march(10) << 3 << 3 << "10 contributions in 30 days";
    QTest::newRow("C still Contributing at the month end")
        << "presence" << 3 << march(31) << 3 << 3 << "active 7 of the last 30 days";
    // D: Participating at the February review, kept through March until its review.
    QTest::newRow("D at the February review")
        << "presence" << 4 << QDate(2024, 2, 29) << 2 << 2 << "";
    QTest::newRow("D kept from the review")
        << "presence" << 4 << march(15) << 2 << 1 << "kept from the month-end review of 2024-02-29";
    QTest::newRow("D down at the March review") << "presence" << 4 << march(31) << 1 << 1 << "";
    QTest::newRow("E up by the March review") << "presence" << 5 << march(31) << 2 << 2 << "";
    QTest::newRow("E kept in April") << "presence" << 5 << QDate(2024, 4, 15) << 2 << 1 << "";
    QTest::newRow("E down at the April review")
        << "presence" << 5 << QDate(2024, 4, 30) << 1 << 1 << "";
    // Weights: B 2 per reply (8 on 03-02, 12 on 03-03, 28 on 03-07); G 20 reactions x 0.5;
    // H 20 messages x 1.
    QTest::newRow("B weight 8") << "weights" << 2 << march(2) << 1 << 1 << "";
    QTest::newRow("B weight 12") << "weights" << 2 << march(3) << 2 << 2
                                 << "activity weight 12 in 30 days (≥ 10) = 0 messages × 1 + "
                                    "6 replies × 2 + 0 reactions × 0.5";
    QTest::newRow("B weight 28") << "weights" << 2 << march(7) << 3 << 3
                                 << "activity weight 28 in 30 days (≥ 25)";
    QTest::newRow("G by reactions given")
        << "weights" << 7 << march(10) << 2 << 2 << "20 reactions × 0.5";
    QTest::newRow("H by messages") << "weights" << 8 << march(10) << 2 << 2 << "20 messages × 1";
    QTest::newRow("H not seen the day before") << "weights" << 8 << march(9) << 0 << 0 << "";
    QTest::newRow("G under the presence rules") << "presence" << 7 << march(10) << 1 << 1 << "";
    // Leading: contributors of 90 days on 03-07 are B (14) and C (4): K = ceil(2 x 0.34) = 1,
    // T = 14; on 03-10 B 14, C 10: C is below T.
    QTest::newRow("B leads") << "leading" << 2 << march(7) << 4 << 4
                             << "14 contributions in 90 days, in the top 34% (≥ 14)";
    QTest::newRow("C below the top") << "leading" << 3 << march(10) << 3 << 3 << "";
}

void TestLevels::memberLevel()
{
    QFETCH(QString, rules);
    QFETCH(int, member);
    QFETCH(QDate, day);
    QFETCH(int, level);
    QFETCH(int, earned);
    QFETCH(QString, why);
    Database db;
    QString error;
    QVERIFY(db.open(m_path, &error));
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    // Member rows are numbered in order of first appearance in the writer; find by name.
    qint64 id = 0;
    for (const MemberFacts &m : source.members())
        if (m.name == QStringLiteral("M%1").arg(member))
            id = m.id;
    QVERIFY(id > 0);
    const QHash<qint64, MemberLevel> levels =
        LevelCalculator(source, rulesNamed(rules)).levelsAt(day);
    if (level == 0) {
        QVERIFY(!levels.contains(id));
        return;
    }
    QVERIFY(levels.contains(id));
    const MemberLevel &l = levels.value(id);
    QCOMPARE(l.level, level);
    QCOMPARE(l.earned, earned);
    QCOMPARE(l.name, LevelCalculator::name(Level(level)));
    QVERIFY2(l.why.startsWith(l.name), qPrintable(l.why));
    QVERIFY2(l.why.contains(why), qPrintable(l.why));
}

void TestLevels::sinceAndWhy()
{
    Database db;
    QString error;
    QVERIFY(db.open(m_path, &error));
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    const LevelCalculator calc(source, presenceRules());
    qint64 a = 0, d = 0;
    for (const MemberFacts &m : source.members()) {
        if (m.name == QLatin1String("M1"))
            a = m.id;
        if (m.name == QLatin1String("M4"))
            d = m.id;
    }
    const MemberLevel held = calc.levelsAt(march(20)).value(a);
    QCOMPARE(held.since, march(12));
    QCOMPARE(held.evidence.activeDays30, 4);
    QCOMPARE(held.evidence.minWeekActiveDays, 0);
    const MemberLevel kept = calc.levelsAt(march(15)).value(d);
    QCOMPARE(kept.since, QDate(2024, 2, 29));
    const MemberLevel reached = calc.levelsAt(march(12)).value(a);
    QCOMPARE(reached.since, march(12));
    QCOMPARE(reached.evidence.minWeekActiveDays, 2);
    QVERIFY(calc.levelsAt(QDate()).isEmpty());
}

void TestLevels::monthly()
{
    Database db;
    QString error;
    QVERIFY(db.open(m_path, &error));
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    const QList<LevelMonth> months =
        LevelCalculator(source, presenceRules()).monthly(march(1), QDate(2024, 4, 30));
    QCOMPARE(months.size(), 2);
    // March: seen by 02-29 are D (2), E (1), F (1); on 03-31 D 1, E 2, F 1.
    const LevelMonth &m = months.at(0);
    QCOMPARE(m.month, march(1));
    QCOMPARE(m.end, march(31));
    QVERIFY(m.complete);
    QCOMPARE(m.members, 3);
    QCOMPARE(m.up, 1);
    QCOMPARE(m.held, 1);
    QCOMPARE(m.down, 1);
    QCOMPARE(m.upShare() + m.heldShare() + m.downShare(), 1.0);
    // 8 members on 03-31: C Contributing, E Participating, the others Exploring.
    QCOMPARE(m.counts, (LevelCounts{6, 1, 1, 0}));
    // April: everyone seen by 03-31; C and E fall to Exploring at the April review.
    const LevelMonth &a = months.at(1);
    QCOMPARE(a.members, 8);
    QCOMPARE(a.up, 0);
    QCOMPARE(a.held, 6);
    QCOMPARE(a.down, 2);
    QCOMPARE(a.counts, (LevelCounts{8, 0, 0, 0}));
    QCOMPARE(a.downShare(), 0.25);
}

void TestLevels::monthlyRunningMonth()
{
    Database db;
    QString error;
    QVERIFY(db.open(m_path, &error));
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    const LevelCalculator calc(source, presenceRules());
    // Cut at 04-15: no April review yet, so C and E keep their March levels.
    const QList<LevelMonth> months = calc.monthly(QDate(2024, 3, 20), QDate(2024, 4, 15));
    QCOMPARE(months.size(), 2);
    QCOMPARE(months.at(1).end, QDate(2024, 4, 15));
    QVERIFY(!months.at(1).complete);
    QCOMPARE(months.at(1).members, 8);
    QCOMPARE(months.at(1).held, 8);
    QCOMPARE(months.at(1).counts, (LevelCounts{6, 1, 1, 0}));
    QVERIFY(calc.monthly(QDate(2024, 4, 2), QDate(2024, 4, 1)).isEmpty());
}

void TestLevels::demoCommunity()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("demo.kindred")), &error));
    QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    const LevelCalculator calc(source, LevelRules::load(db));
    const QDate last = source.lastMessageDate();
    for (const QDate &day : {last, last.addDays(-17)}) {
        const QHash<qint64, MemberLevel> levels = calc.levelsAt(day);
        const KpiSet k = KpiCalculator(source).compute(Period::ending(day, 30));
        QCOMPARE(qint64(levels.size()), k.membersAtEnd);
        const LevelCounts counts = LevelCalculator::counts(levels);
        QCOMPARE(qint64(counts[0] + counts[1] + counts[2] + counts[3]), k.membersAtEnd);
        // Every level present, fewer members the higher the level above Participating.
        for (int c : counts)
            QVERIFY(c > 0);
        QVERIFY(counts[0] > counts[1]);
        for (const MemberLevel &l : levels) {
            QVERIFY(l.earned <= l.level);
            QVERIFY(!l.why.isEmpty());
        }
    }
    const QList<LevelMonth> months = calc.monthly(last.addMonths(-5), last);
    QCOMPARE(months.size(), 6);
    for (const LevelMonth &m : months) {
        QVERIFY(m.members > 0);
        QCOMPARE(m.up + m.held + m.down, m.members);
        QVERIFY(qAbs(m.upShare() + m.heldShare() + m.downShare() - 1.0) < 1e-12);
        QVERIFY(m.up > 0 && m.down > 0);
    }
    QCOMPARE(months.last().counts, LevelCalculator::counts(calc.levelsAt(last)));
}

QTEST_GUILESS_MAIN(TestLevels)
#include "tst_levels.moc"
