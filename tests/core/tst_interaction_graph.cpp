// InteractionGraph (core/analytics/InteractionGraph.h) on a crafted community: replies within a
// channel link author → replied-to member, replies across channels never link, self-replies,
// bots and "You" are ignored, merged identities count as their surviving member, @mentions
// link (case-insensitive, not inside e-mail addresses, once per message), the period and the
// channel filter hold; the mention tokenizer; and Influence (KOLs, bridges) on the demo.
#include "analytics/AnalyticsSource.h"
#include "analytics/Influence.h"
#include "analytics/InteractionGraph.h"
#include "demo/DemoGenerator.h"
#include "identity/MemberMerger.h"
#include "import/ImportWriter.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace kindred;

namespace {

const QDate kDay0(2024, 1, 1);

qint64 at(int day, int minute)
{
    return QDateTime(kDay0.addDays(day), QTime(9, 0), Qt::UTC).toSecsSinceEpoch() + minute * 60;
}

PersonRef person(const char *id, const char *name, bool bot = false, bool self = false)
{
    return PersonRef{QString::fromUtf8(id), QString::fromUtf8(name), bot, self};
}

struct Msg
{
    const char *id;
    PersonRef author;
    int day;
    const char *text;
    const char *replyTo;
};

qint64 memberId(Database &db, const QString &name)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id FROM member WHERE display_name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

class TestInteractionGraph : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mentionTokens_data();
    void mentionTokens();
    void crafted_data();
    void crafted();
    void demo();

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_alice = 0, m_bob = 0, m_carol = 0, m_dave = 0;
};

void TestInteractionGraph::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("crafted.kindred"));
    Database db;
    QString error;
    QVERIFY2(db.open(m_path, &error), qPrintable(error));
    ImportWriter w(db.handle(), db.defaultCommunityId(QStringLiteral("Crafted")), 0);
    QVERIFY(w.prepare(&error));
    const PersonRef alice = person("user1", "Alice"), bob = person("user2", "Bob"),
                    carol = person("user3", "Carol"), dave = person("user4", "Dave"),
                    bot = person("bot9", "Helper", true), you = person("user0", "Me", false, true);
    QVERIFY(w.beginChannel({QStringLiteral("telegram"), QStringLiteral("c1"),
                            QStringLiteral("General"), QStringLiteral("private_supergroup")}));
    const Msg general[] = {
        {"1", alice, 0, "hello", nullptr},
        {"2", bob, 0, "hi Alice", "1"},             // Bob → Alice (reply)
        {"3", alice, 1, "replying to myself", "1"}, // self-reply: ignored
        {"4", carol, 1, "@Alice see this", "2"},    // Carol → Bob (reply), → Alice (mention)
        {"5", dave, 2, "me too", "1"},              // Dave (merged into Bob) → Alice
        {"6", bot, 2, "I am a bot", "1"},           // bot author: ignored
        {"7", alice, 3, "thanks bot", "6"},         // bot target: ignored
        {"8", you, 3, "from the exporting account", "2"},   // "You": ignored
        {"9", carol, 4, "@bob thanks @Bob", "2"},           // Carol → Bob once (reply + mention)
        {"10", alice, 4, "mail a@Bob.com please", nullptr}, // not a mention
        {"11", bob, 5, "@Carol and @Nobody and @Me", nullptr}, // Bob → Carol (mention)
        {"12", carol, 40, "late reply", "1"},                  // outside the period
        {"13", carol, 6, "reply to a missing message", "999"},
    };
    for (const Msg &m : general) {
        MessageInfo info;
        info.externalId = QString::fromUtf8(m.id);
        info.author = m.author;
        info.sentAt = at(m.day, 0);
        info.text = QString::fromUtf8(m.text);
        if (m.replyTo)
            info.replyToExternalId = QString::fromUtf8(m.replyTo);
        QVERIFY(w.addMessage(info));
    }
    QVERIFY(w.beginChannel({QStringLiteral("telegram"), QStringLiteral("c2"),
                            QStringLiteral("Off-topic"), QStringLiteral("private_supergroup")}));
    const Msg offTopic[] = {
        {"x1", bob, 7, "another channel", nullptr},
        {"x2", carol, 7, "answer", "x1"},          // Carol → Bob (reply)
        {"x3", alice, 8, "cross-channel id", "4"}, // "4" exists only in General: no link
    };
    for (const Msg &m : offTopic) {
        MessageInfo info;
        info.externalId = QString::fromUtf8(m.id);
        info.author = m.author;
        info.sentAt = at(m.day, 0);
        info.text = QString::fromUtf8(m.text);
        if (m.replyTo)
            info.replyToExternalId = QString::fromUtf8(m.replyTo);
        QVERIFY(w.addMessage(info));
    }
    QVERIFY2(w.finish(&error), qPrintable(error));
    m_alice = memberId(db, QStringLiteral("Alice"));
    m_bob = memberId(db, QStringLiteral("Bob"));
    m_carol = memberId(db, QStringLiteral("Carol"));
    m_dave = memberId(db, QStringLiteral("Dave"));
    QVERIFY(m_alice > 0 && m_bob > 0 && m_carol > 0 && m_dave > 0);
    qint64 mergeId = 0;
    QVERIFY2(MemberMerger::merge(db, m_dave, m_bob, QStringLiteral("same person"),
                                 QStringLiteral("test"), &mergeId, &error),
             qPrintable(error));
}

void TestInteractionGraph::mentionTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("plain") << QStringLiteral("@Alice see this")
                           << QStringList{QStringLiteral("Alice")};
    QTest::newRow("e-mail") << QStringLiteral("mail a@Bob.com") << QStringList{};
    QTest::newRow("chinese") << QStringLiteral("欢迎 @张三 加入")
                             << QStringList{QStringLiteral("张三")};
    QTest::newRow("punctuation") << QStringLiteral("hi @bob_1, @Carol!")
                                 << QStringList{QStringLiteral("bob_1"), QStringLiteral("Carol")};
    QTest::newRow("double at") << QStringLiteral("@@x") << QStringList{QStringLiteral("x")};
    QTest::newRow("none") << QStringLiteral("no mention @ all") << QStringList{};
}

void TestInteractionGraph::mentionTokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(InteractionGraph::mentionTokens(text), tokens);
}

void TestInteractionGraph::crafted_data()
{
    QTest::addColumn<bool>("mentions");
    QTest::addColumn<QList<qint64>>("channels");
    QTest::addColumn<QString>("expected"); // "from>to:weight/replies/mentions;..." by name

    QTest::newRow("replies and mentions")
        << true << QList<qint64>{}
        << QStringLiteral("Bob>Alice:2/2/0;Bob>Carol:1/0/1;Carol>Alice:1/0/1;Carol>Bob:3/3/1");
    QTest::newRow("replies only") << false << QList<qint64>{}
                                  << QStringLiteral("Bob>Alice:2/2/0;Carol>Bob:3/3/0");
    QTest::newRow("second channel only")
        << true << QList<qint64>{2} << QStringLiteral("Carol>Bob:1/1/0");
}

void TestInteractionGraph::crafted()
{
    QFETCH(bool, mentions);
    QFETCH(QList<qint64>, channels);
    QFETCH(QString, expected);
    Database db;
    QString error;
    QVERIFY(db.open(m_path, &error));
    AnalyticsSource source(db);
    QVERIFY2(source.load(&error), qPrintable(error));
    source.setChannelFilter(channels);
    InteractionGraph graph;
    InteractionGraphOptions options;
    options.mentions = mentions;
    QVERIFY2(
        InteractionGraph::build(source, Period{kDay0, kDay0.addDays(29)}, options, &graph, &error),
        qPrintable(error));
    const QHash<qint64, QString> names{{m_alice, QStringLiteral("Alice")},
                                       {m_bob, QStringLiteral("Bob")},
                                       {m_carol, QStringLiteral("Carol")}};
    QStringList got;
    QSet<qint64> nodes;
    for (const InteractionEdge &e : graph.edges()) {
        QVERIFY2(names.contains(e.from) && names.contains(e.to),
                 qPrintable(QStringLiteral("unexpected member in %1>%2").arg(e.from).arg(e.to)));
        got << QStringLiteral("%1>%2:%3/%4/%5")
                   .arg(names.value(e.from), names.value(e.to))
                   .arg(e.weight)
                   .arg(e.replies)
                   .arg(e.mentions);
        nodes << e.from << e.to;
    }
    got.sort();
    QCOMPARE(got.join(QLatin1Char(';')), expected);
    QCOMPARE(int(graph.members().size()), int(nodes.size()));
    QCOMPARE(graph.indexOf(m_dave), -1); // merged into Bob
    const DirectedGraph g = graph.graph();
    QCOMPARE(g.nodeCount(), int(nodes.size()));
    QCOMPARE(g.arcCount(), int(graph.edges().size()));
    int replies = 0;
    for (const InteractionEdge &e : graph.edges())
        replies += e.replies;
    QCOMPARE(graph.replyLinks(), replies);
}

void TestInteractionGraph::demo()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.kindred"));
    Database db;
    QString error;
    QVERIFY(db.open(path, &error));
    QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    const QDate last = source.lastMessageDate();
    const Period period{last.addDays(-89), last};
    InfluenceResult r;
    QVERIFY2(Influence::compute(source, period, InfluenceOptions{}, &r, &error), qPrintable(error));
    QVERIFY(r.nodes > 50);
    QVERIFY(r.edges > r.nodes);
    QCOMPARE(int(r.members.size()), r.nodes);
    QVERIFY(std::abs(r.density - double(r.edges) / (double(r.nodes) * (r.nodes - 1))) < 1e-15);
    QVERIFY(r.pageRankInfo.converged);
    QVERIFY(r.replyLinks > r.edges); // members reply to each other more than once
    QVERIFY(r.personasNote.isEmpty());
    QVERIFY(r.clusterNames.size() >= 2);
    double sum = 0.0;
    int kols = 0, bridges = 0;
    for (size_t i = 0; i < r.members.size(); ++i) {
        const InfluenceMember &m = r.members[i];
        sum += m.pageRank;
        if (i > 0)
            QVERIFY(r.members[i - 1].pageRank >= m.pageRank);
        if (m.kolRank > 0) {
            QCOMPARE(m.kolRank, int(i) + 1); // KOLs are the top of the PageRank order
            ++kols;
        }
        if (m.bridgeRank > 0) {
            QVERIFY(m.neighbourClusters >= 2);
            QVERIFY(m.betweenness > 0.0);
            ++bridges;
        }
    }
    QVERIFY(std::abs(sum - 1.0) < 1e-9);
    QCOMPARE(kols, 10);
    QVERIFY(bridges > 0 && bridges <= 10);
    // The bridge ranked 1 has the highest betweenness among the members spanning >= 2 clusters.
    for (const InfluenceMember &m : r.members) {
        if (m.bridgeRank != 1)
            continue;
        for (const InfluenceMember &o : r.members)
            if (o.neighbourClusters >= 2)
                QVERIFY(o.betweenness <= m.betweenness);
    }
    // Interactions are a subset of the members of the workspace.
    for (const InteractionEdge &e : r.edgeList) {
        QVERIFY(r.rowOf(e.from) >= 0 && r.rowOf(e.to) >= 0);
        QVERIFY(e.weight >= std::max(e.replies, e.mentions));
        QVERIFY(e.weight <= e.replies + e.mentions);
    }
}

QTEST_GUILESS_MAIN(TestInteractionGraph)
#include "tst_interaction_graph.moc"
