// Contribution score Q(x), points and badges (core/analytics/ContributionScore.h) on
// hand-computed texts and a small community, the rules' storage, and the demo community.
#include "analytics/ContributionScore.h"
#include "analytics/KpiCalculator.h"
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

PersonRef person(const char *name)
{
    return PersonRef{QStringLiteral("id_") + QString::fromLatin1(name), QString::fromLatin1(name),
                     false};
}

QDate march(int day)
{
    return QDate(2024, 3, day);
}

/// A workspace (timezone UTC) with one channel; `fill` adds the records.
template <typename Fill> bool buildWorkspace(const QString &path, Fill fill, QString *error)
{
    Database db;
    if (!db.open(path, error))
        return false;
    const qint64 community = db.defaultCommunityId(QStringLiteral("score"));
    {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("UPDATE community SET timezone = 'UTC'")))
            return false;
    }
    ImportWriter w(db.handle(), community, 0);
    if (!w.prepare(error) ||
        !w.beginChannel({QStringLiteral("telegram"), QStringLiteral("1"), QStringLiteral("g"), {}}))
        return false;
    return fill(w) && w.finish(error);
}

MessageInfo message(const QString &id, const PersonRef &who, qint64 at, const QString &text,
                    const QString &replyTo = {})
{
    MessageInfo m;
    m.externalId = id;
    m.author = who;
    m.sentAt = at;
    m.text = text;
    m.replyToExternalId = replyTo;
    return m;
}

/// The community of the score tests (UTC), computed by hand in the test functions:
///  Feb: A a0 "first question?" (02-10); B reacts to a0 on 02-11.
///  Jan: D posts on 30 consecutive days 01-01..01-30; F replies 50 times to d1 on 01-10 and 50
///       times on 01-11.
///  March: A a1 "hello world" 03-01 10:00:00, a2 "again msg" +30 s, a3 "third one" +60 s,
///       a4 "ok" 10:05, a5 "see https://rust-lang.org" 03-02;
///       B b1 reply to a0 03-03 09:00, b2 and b3 replies to a1 10:10 and 10:20, b4
///       "`code` tip" 03-04; C c1 "me too!" reply to a1 03-05 10:00:00, c2 "try this" reply
///       to a0 +30 s, c3 "or this way" reply to a0 03-06;
///       reactions: B 👍 and ❤ on a1 (03-02), C 👍 on a1 (03-03), A 👍 on a5 (03-03),
///       C 👍 on b4 (03-04).
bool fillCommunity(ImportWriter &w)
{
    const PersonRef A = person("A"), B = person("B"), C = person("C"), D = person("D"),
                    F = person("F");
    bool ok = true;
    for (int day = 0; day < 30; ++day)
        ok = ok && w.addMessage(message(QStringLiteral("d%1").arg(day), D,
                                        utc(QDate(2024, 1, 1).addDays(day), 8),
                                        QStringLiteral("daily note")));
    for (int i = 0; i < 100; ++i)
        ok = ok && w.addMessage(message(QStringLiteral("f%1").arg(i), F,
                                        utc(QDate(2024, 1, i < 50 ? 10 : 11), 9, i % 50),
                                        QStringLiteral("thanks"), QStringLiteral("d1")));
    MessageInfo a0 = message(QStringLiteral("a0"), A, utc(QDate(2024, 2, 10), 10),
                             QStringLiteral("first question?"));
    a0.reactions.append({QStringLiteral("👍"), 1, {{B, utc(QDate(2024, 2, 11), 10)}}});
    ok = ok && w.addMessage(a0);
    MessageInfo a1 =
        message(QStringLiteral("a1"), A, utc(march(1), 10), QStringLiteral("hello world"));
    a1.reactions.append({QStringLiteral("👍"), 2, {{B, utc(march(2), 10)}, {C, utc(march(3), 10)}}});
    a1.reactions.append({QStringLiteral("❤"), 1, {{B, utc(march(2), 11)}}});
    ok = ok && w.addMessage(a1);
    ok = ok && w.addMessage(message(QStringLiteral("a2"), A, utc(march(1), 10, 0, 30),
                                    QStringLiteral("again msg")));
    ok = ok && w.addMessage(message(QStringLiteral("a3"), A, utc(march(1), 10, 1),
                                    QStringLiteral("third one")));
    ok = ok &&
         w.addMessage(message(QStringLiteral("a4"), A, utc(march(1), 10, 5), QStringLiteral("ok")));
    MessageInfo a5 = message(QStringLiteral("a5"), A, utc(march(2), 10),
                             QStringLiteral("see https://rust-lang.org"));
    a5.reactions.append({QStringLiteral("👍"), 1, {{A, utc(march(3), 12)}}});
    ok = ok && w.addMessage(a5);
    ok = ok && w.addMessage(message(QStringLiteral("b1"), B, utc(march(3), 9),
                                    QStringLiteral("answer here"), QStringLiteral("a0")));
    ok = ok && w.addMessage(message(QStringLiteral("b2"), B, utc(march(3), 10, 10),
                                    QStringLiteral("reply two"), QStringLiteral("a1")));
    ok = ok && w.addMessage(message(QStringLiteral("b3"), B, utc(march(3), 10, 20),
                                    QStringLiteral("reply three"), QStringLiteral("a1")));
    MessageInfo b4 =
        message(QStringLiteral("b4"), B, utc(march(4), 10), QStringLiteral("`code` tip"));
    b4.reactions.append({QStringLiteral("👍"), 1, {{C, utc(march(4), 12)}}});
    ok = ok && w.addMessage(b4);
    ok = ok && w.addMessage(message(QStringLiteral("c1"), C, utc(march(5), 10),
                                    QStringLiteral("me too!"), QStringLiteral("a1")));
    ok = ok && w.addMessage(message(QStringLiteral("c2"), C, utc(march(5), 10, 0, 30),
                                    QStringLiteral("try this"), QStringLiteral("a0")));
    ok = ok && w.addMessage(message(QStringLiteral("c3"), C, utc(march(6), 10),
                                    QStringLiteral("or this way"), QStringLiteral("a0")));
    return ok;
}

const ContributionRow *byName(const ContributionBoard &board, const char *name)
{
    for (const ContributionRow &r : board.rows)
        if (r.name == QLatin1String(name))
            return &r;
    return nullptr;
}

QStringList badgeList(const ContributionRow &row)
{
    QStringList out;
    for (const Badge &b : row.badges)
        out.append(Badge::key(b.kind) + QLatin1Char(' ') + b.earned.toString(Qt::ISODate));
    return out;
}

} // namespace

class TestContributionScore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void knowledgeFlags_data();
    void knowledgeFlags();
    void rulesStorage();

    void terms();
    void weightsChangeTheRanking_data();
    void weightsChangeTheRanking();
    void points();
    void badges_data();
    void badges();
    void pointsCooldown_data();
    void pointsCooldown();
    void demoCommunity();

private:
    bool compute(const ContributionRules &rules, const Period &period, ContributionBoard *out);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestContributionScore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("score.kindred"));
    QString error;
    QVERIFY2(buildWorkspace(m_path, fillCommunity, &error), qPrintable(error));
}

bool TestContributionScore::compute(const ContributionRules &rules, const Period &period,
                                    ContributionBoard *out)
{
    Database db;
    QString error;
    if (!db.open(m_path, &error))
        return false;
    AnalyticsSource source(db);
    if (!source.load(&error))
        return false;
    return ContributionScore(source, rules).compute(period, out, &error);
}

void TestContributionScore::knowledgeFlags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("attachment");
    QTest::addColumn<int>("flags");
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // one code point, two QChars
    QTest::newRow("plain") << "hello" << false << 0;
    QTest::newRow("link") << "see https://x.org" << false << int(LinkPost);
    QTest::newRow("upper-case link") << "HTTP://X.ORG" << false << int(LinkPost);
    QTest::newRow("not a link") << "http:/x and www" << false << 0;
    QTest::newRow("inline code") << "use `cargo fmt` now" << false << int(CodePost);
    QTest::newRow("one backtick") << "a ` b" << false << 0;
    QTest::newRow("empty backticks") << "a `` b" << false << 0;
    QTest::newRow("backticks on two lines") << "a `b\nc` d" << false << 0;
    QTest::newRow("fence") << "```rust\nfn main() {}\n```" << false << int(CodePost);
    QTest::newRow("indented line") << "like this:\n    let x = 1" << false << int(CodePost);
    QTest::newRow("tab-indented line") << "\tx" << false << int(CodePost);
    QTest::newRow("only blanks indented") << "    \t " << false << 0;
    QTest::newRow("three spaces") << "   x" << false << 0;
    QTest::newRow("279 characters") << QString(279, QLatin1Char('a')) << false << 0;
    QTest::newRow("280 characters") << QString(280, QLatin1Char('a')) << false << int(LongPost);
    QTest::newRow("280 Chinese characters")
        << QString(280, QChar(0x957F)) << false << int(LongPost);
    QTest::newRow("280 emoji") << emoji.repeated(280) << false << int(LongPost);
    QTest::newRow("140 emoji (280 QChars)") << emoji.repeated(140) << false << 0;
    QTest::newRow("photo") << "" << true << int(FilePost);
    QTest::newRow("link, code and file")
        << "`x` at https://a.b" << true << int(LinkPost | CodePost | FilePost);
}

void TestContributionScore::knowledgeFlags()
{
    QFETCH(QString, text);
    QFETCH(bool, attachment);
    QFETCH(int, flags);
    QCOMPARE(ContributionScore::knowledgeFlags(text, attachment, 280), flags);
}

void TestContributionScore::rulesStorage()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("r.kindred")), &error));
    QCOMPARE(ContributionRules::load(db), ContributionRules{});
    ContributionRules r;
    r.k1 = 0.5;
    r.k2 = 0.125;
    r.k3 = 0.375;
    r.cooldownSecs = 15;
    r.longPostChars = 100;
    QVERIFY2(r.save(db, &error), qPrintable(error));
    QCOMPARE(ContributionRules::load(db), r);
    ContributionRules zero = r;
    zero.k1 = zero.k2 = zero.k3 = 0;
    QVERIFY(!zero.save(db, &error));
    QVERIFY(error.contains(QLatin1String("above 0")));
    ContributionRules negative = r;
    negative.k2 = -0.1;
    QVERIFY(!negative.validate(&error));
    ContributionRules longZero = r;
    longZero.longPostChars = 0;
    QVERIFY(!longZero.validate(&error));
    QCOMPARE(ContributionRules::load(db), r);
    QVERIFY(db.setSetting(QStringLiteral("contribution/k1"), QStringLiteral("-3")));
    QCOMPARE(ContributionRules::load(db), ContributionRules{});
}

void TestContributionScore::terms()
{
    ContributionBoard board;
    QVERIFY(compute(ContributionRules{}, {march(1), march(31)}, &board));
    // Population: A, B, C, D, F (seen by the end).
    QCOMPARE(board.rows.size(), 5);
    // Interactions: A 1 reaction; B 3 replies + 2 reactions; C 3 replies + 2 reactions.
    // Messages: A 5, B 4, C 3. Knowledge: A a5 (link), B b4 (code).
    QCOMPARE(board.totalInteractions, qint64(11));
    QCOMPARE(board.totalMessages, qint64(12));
    QCOMPARE(board.totalKnowledge, qint64(2));
    const ContributionRow *a = byName(board, "A");
    const ContributionRow *b = byName(board, "B");
    const ContributionRow *c = byName(board, "C");
    QVERIFY(a && b && c);
    QCOMPARE(a->interactions(), qint64(1));
    QCOMPARE(b->repliesGiven, qint64(3));
    QCOMPARE(b->reactionsGiven, qint64(2));
    QCOMPARE(c->interactions(), qint64(5));
    QCOMPARE(a->links, qint64(1));
    QCOMPARE(b->code, qint64(1));
    QCOMPARE(a->interactionShare, 1.0 / 11);
    QCOMPARE(a->contentShare, 5.0 / 12);
    QCOMPARE(a->knowledgeShare, 0.5);
    QCOMPARE(a->q, 0.3 / 11 + 0.3 * 5 / 12 + 0.4 * 0.5);
    QCOMPARE(b->q, 0.3 * 5 / 11 + 0.3 * 4 / 12 + 0.4 * 0.5);
    QCOMPARE(c->q, 0.3 * 5 / 11 + 0.3 * 3 / 12);
    // Each share sums to 1 over all members, Q to k1 + k2 + k3.
    double si = 0, sc = 0, sk = 0, sq = 0;
    for (const ContributionRow &r : board.rows) {
        si += r.interactionShare;
        sc += r.contentShare;
        sk += r.knowledgeShare;
        sq += r.q;
    }
    QVERIFY(qAbs(si - 1) < 1e-12 && qAbs(sc - 1) < 1e-12 && qAbs(sk - 1) < 1e-12);
    QVERIFY(qAbs(sq - 1) < 1e-12);
    // B 0.436, A 0.352, C 0.211, then D and F (0, tied: same rank).
    QCOMPARE(board.rows.at(0).name, QStringLiteral("B"));
    QCOMPARE(board.rows.at(1).name, QStringLiteral("A"));
    QCOMPARE(board.rows.at(2).name, QStringLiteral("C"));
    QCOMPARE(board.rows.at(3).rank, 4);
    QCOMPARE(board.rows.at(4).rank, 4);
    const QString why = board.why(*a);
    QVERIFY2(why.contains(QLatin1String("interactions: 1 of 11")), qPrintable(why));
    QVERIFY2(why.contains(QLatin1String("content: 5 of 12 messages")), qPrintable(why));
    QVERIFY2(why.contains(QLatin1String("= 0.3523")), qPrintable(why));
    QCOMPARE(board.row(a->memberId), a);
    QCOMPARE(board.row(-1), nullptr);
    // No knowledge post in the period: the knowledge share is 0 for everyone.
    ContributionBoard late;
    QVERIFY(compute(ContributionRules{}, {march(5), march(31)}, &late));
    QCOMPARE(late.totalKnowledge, qint64(0));
    for (const ContributionRow &r : late.rows)
        QCOMPARE(r.knowledgeShare, 0.0);
    QString error;
    ContributionBoard invalid;
    Database db;
    QVERIFY(db.open(m_path, &error));
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    QVERIFY(!ContributionScore(source, {}).compute({march(5), march(1)}, &invalid, &error));
    QVERIFY(!error.isEmpty());
}

void TestContributionScore::weightsChangeTheRanking_data()
{
    QTest::addColumn<double>("k1");
    QTest::addColumn<double>("k2");
    QTest::addColumn<double>("k3");
    QTest::addColumn<QString>("order");
    QTest::newRow("defaults") << 0.3 << 0.3 << 0.4 << "B A C";
    QTest::newRow("content only") << 0.0 << 1.0 << 0.0 << "A B C";
    // B and C tie on Q (5/11); B has more points (5 vs 2).
    QTest::newRow("interactions only") << 1.0 << 0.0 << 0.0 << "B C A";
    // A and B tie on the knowledge share (1/2); A has more points (13 vs 5).
    QTest::newRow("knowledge only") << 0.0 << 0.0 << 1.0 << "A B C";
    QTest::newRow("content heavy") << 0.1 << 0.8 << 0.1 << "A B C";
}

void TestContributionScore::weightsChangeTheRanking()
{
    QFETCH(double, k1);
    QFETCH(double, k2);
    QFETCH(double, k3);
    QFETCH(QString, order);
    ContributionRules rules;
    rules.k1 = k1;
    rules.k2 = k2;
    rules.k3 = k3;
    ContributionBoard board;
    QVERIFY(compute(rules, {march(1), march(31)}, &board));
    QStringList names;
    for (int i = 0; i < 3; ++i)
        names.append(board.rows.at(i).name);
    QCOMPARE(names.join(QLatin1Char(' ')), order);
    if (k1 == 1.0)
        QCOMPARE(board.rows.at(0).rank, board.rows.at(1).rank);
}

void TestContributionScore::points()
{
    ContributionBoard board;
    QVERIFY(compute(ContributionRules{}, {march(1), march(31)}, &board));
    const ContributionRow *a = byName(board, "A");
    const ContributionRow *b = byName(board, "B");
    const ContributionRow *c = byName(board, "C");
    const ContributionRow *d = byName(board, "D");
    QVERIFY(a && b && c && d);
    // A: a1, a3, a5 awarded (a2 inside the cooldown, a4 too short); repliers a0: B, C and
    // a1: B (twice, once), C; reactors on a1: B (two emoji, once), C; A's own reaction none.
    QCOMPARE(a->awardedMessages, qint64(3));
    QCOMPARE(a->distinctRepliers, qint64(4));
    QCOMPARE(a->distinctReactors, qint64(2));
    QCOMPARE(a->points, qint64(3 * 1 + 4 * 2 + 2 * 1));
    // In all: + a0 (February) + B's reaction to a0.
    QCOMPARE(a->pointsTotal, a->points + 2);
    QCOMPARE(b->points, qint64(4 + 1)); // b1..b4 + C's reaction on b4
    QCOMPARE(c->points, qint64(2));     // c1, c3 (c2 inside the cooldown)
    QCOMPARE(d->points, qint64(0));
    QCOMPARE(d->pointsTotal, qint64(30 + 2)); // 30 notes + F as a distinct replier
    // Other point values.
    ContributionRules rules;
    rules.pointsPerMessage = 0;
    rules.pointsPerReplier = 5;
    rules.pointsPerReactor = 0;
    rules.minMessageChars = 0;
    QVERIFY(compute(rules, {march(1), march(31)}, &board));
    QCOMPARE(byName(board, "A")->points, qint64(20));
    QCOMPARE(byName(board, "A")->awardedMessages, qint64(4)); // a4 counts without a minimum
    QVERIFY(board.why(*byName(board, "A")).contains(QStringLiteral("4 repliers × 5")));
}

void TestContributionScore::badges_data()
{
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QStringList>("badges");
    const QDate endMarch = march(31);
    QTest::newRow("A") << endMarch << "A" << QStringList{QStringLiteral("first_link 2024-03-02")};
    QTest::newRow("B") << endMarch << "B"
                       << QStringList{QStringLiteral("first_reply 2024-03-03"),
                                      QStringLiteral("first_code 2024-03-04")};
    // C: 2 replies to the question a0 in March, B only 1.
    QTest::newRow("C") << endMarch << "C"
                       << QStringList{QStringLiteral("first_reply 2024-03-05"),
                                      QStringLiteral("helper_of_month 2024-03-31")};
    QTest::newRow("C before the month ends")
        << march(30) << "C" << QStringList{QStringLiteral("first_reply 2024-03-05")};
    QTest::newRow("D streak") << endMarch << "D"
                              << QStringList{QStringLiteral("streak_30 2024-01-30")};
    QTest::newRow("D one day short") << QDate(2024, 1, 29) << "D" << QStringList{};
    QTest::newRow("F 100 replies") << endMarch << "F"
                                   << QStringList{QStringLiteral("first_reply 2024-01-10"),
                                                  QStringLiteral("replies_100 2024-01-11")};
    QTest::newRow("F 50 replies") << QDate(2024, 1, 10) << "F"
                                  << QStringList{QStringLiteral("first_reply 2024-01-10")};
}

void TestContributionScore::badges()
{
    QFETCH(QDate, to);
    QFETCH(QString, member);
    QFETCH(QStringList, badges);
    ContributionBoard board;
    QVERIFY(compute(ContributionRules{}, {to.addDays(-10), to}, &board));
    const ContributionRow *row = byName(board, member.toLatin1().constData());
    QVERIFY(row != nullptr);
    QCOMPARE(badgeList(*row), badges);
    for (const Badge &b : row->badges)
        QVERIFY(!b.text().isEmpty());
}

void TestContributionScore::pointsCooldown_data()
{
    QTest::addColumn<QList<int>>("offsets"); // seconds after the first message
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<int>("cooldown");
    QTest::addColumn<int>("awards");
    const QString t = QStringLiteral("hello");
    QTest::newRow("spaced") << QList<int>{0, 60, 120} << QStringList{t, t, t} << 60 << 3;
    QTest::newRow("burst") << QList<int>{0, 10, 59, 60} << QStringList{t, t, t, t} << 60 << 2;
    // 0 awarded, 30 no, 61 yes, 90 no (29 s after 61), 121 yes.
    QTest::newRow("chain") << QList<int>{0, 30, 61, 90, 121} << QStringList{t, t, t, t, t} << 60
                           << 3;
    // A short message earns nothing and does not restart the cooldown.
    QTest::newRow("short ignored")
        << QList<int>{0, 30, 60} << QStringList{t, QStringLiteral("hi"), t} << 60 << 2;
    QTest::newRow("no cooldown") << QList<int>{0, 1, 2} << QStringList{t, t, t} << 0 << 3;
    QTest::newRow("15 s cooldown")
        << QList<int>{0, 10, 15, 29, 30} << QStringList{t, t, t, t, t} << 15 << 3;
}

void TestContributionScore::pointsCooldown()
{
    QFETCH(QList<int>, offsets);
    QFETCH(QStringList, texts);
    QFETCH(int, cooldown);
    QFETCH(int, awards);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.kindred"));
    QString error;
    const qint64 base = utc(march(1), 10);
    QVERIFY2(buildWorkspace(
                 path,
                 [&](ImportWriter &w) {
                     for (int i = 0; i < offsets.size(); ++i)
                         if (!w.addMessage(message(QString::number(i), person("A"),
                                                   base + offsets.at(i), texts.at(i))))
                             return false;
                     return true;
                 },
                 &error),
             qPrintable(error));
    Database db;
    QVERIFY(db.open(path, &error));
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    ContributionRules rules;
    rules.cooldownSecs = cooldown;
    ContributionBoard board;
    QVERIFY(ContributionScore(source, rules).compute({march(1), march(1)}, &board, &error));
    QCOMPARE(board.rows.size(), 1);
    QCOMPARE(board.rows.at(0).awardedMessages, qint64(awards));
    QCOMPARE(board.rows.at(0).points, qint64(awards));
}

void TestContributionScore::demoCommunity()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("demo.kindred")), &error));
    QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    const Period period = Period::ending(source.lastMessageDate(), 30);
    ContributionBoard board;
    QVERIFY2(ContributionScore(source, ContributionRules::load(db)).compute(period, &board, &error),
             qPrintable(error));
    const KpiSet k = KpiCalculator(source).compute(period);
    QCOMPARE(qint64(board.rows.size()), k.membersAtEnd);
    QCOMPARE(board.totalMessages, k.messages);
    double si = 0, sc = 0, sk = 0, sq = 0;
    for (qsizetype i = 0; i < board.rows.size(); ++i) {
        const ContributionRow &r = board.rows.at(i);
        si += r.interactionShare;
        sc += r.contentShare;
        sk += r.knowledgeShare;
        sq += r.q;
        if (i > 0) {
            QVERIFY(board.rows.at(i - 1).q >= r.q);
            QVERIFY(board.rows.at(i - 1).rank <= r.rank);
        }
        QVERIFY(r.points <= r.pointsTotal);
    }
    QVERIFY(qAbs(si - 1) < 1e-9 && qAbs(sc - 1) < 1e-9 && qAbs(sk - 1) < 1e-9);
    QVERIFY(qAbs(sq - 1) < 1e-9);
    QVERIFY(board.totalKnowledge > 0 && board.totalKnowledge < board.totalMessages);
    // The demo's helpers answer questions: someone is helper of the month, and the top of the
    // board holds badges.
    int helpers = 0;
    for (const ContributionRow &r : board.rows)
        for (const Badge &b : r.badges)
            helpers += b.kind == BadgeKind::HelperOfMonth ? 1 : 0;
    QVERIFY(helpers >= 11);
    QVERIFY(!board.rows.at(0).badges.isEmpty());
}

QTEST_GUILESS_MAIN(TestContributionScore)
#include "tst_contribution_score.moc"
