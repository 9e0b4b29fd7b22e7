// ContentInsights (core/analytics/ContentInsights.h) on a crafted community: thread roots
// through reply chains and thread ids (bots, merged identities, the period and channels held),
// thread scores with their breakdown, link extraction and normalisation, link and domain
// counts, essence mark/unmark, candidates without the marked posts, the Markdown export byte
// for byte, batch removal and re-import dropping the marks of removed messages; and the demo.
#include "analytics/AnalyticsSource.h"
#include "analytics/ContentInsights.h"
#include "demo/DemoGenerator.h"
#include "identity/MemberMerger.h"
#include "import/BatchRemover.h"
#include "import/ImportService.h"
#include "import/ImportWriter.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

namespace {

const QDate kDay0(2024, 1, 1);
const Period kPeriod{kDay0, kDay0.addDays(9)};

qint64 at(int day, int minute)
{
    return QDateTime(kDay0.addDays(day), QTime(9, 0), Qt::UTC).toSecsSinceEpoch() + minute * 60;
}

PersonRef person(const char *id, const char *name, bool bot = false)
{
    return PersonRef{QString::fromUtf8(id), QString::fromUtf8(name), bot, false};
}

struct Msg
{
    const char *id;
    PersonRef author;
    int day;
    int minute;
    const char *text;
    const char *replyTo;
    const char *thread;
    int reactions;
};

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestContentInsights : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void extractLinks_data();
    void extractLinks();
    void threads_data();
    void threads();
    void links_data();
    void links();
    void essenceRoundTrip();
    void candidatesExcludeMarked();
    void markdownExport();
    void batchRemovalDropsMarks();
    void demo();

private:
    qint64 messageId(const QString &channel, const QString &externalId);
    QString threadDigest(const QList<ThreadRanking> &rows);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestContentInsights::initTestCase()
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
                    bot = person("bot9", "Helper", true);
    auto add = [&](const Msg &m) {
        MessageInfo info;
        info.externalId = QString::fromUtf8(m.id);
        info.author = m.author;
        info.sentAt = at(m.day, m.minute);
        info.text = QString::fromUtf8(m.text);
        if (m.replyTo)
            info.replyToExternalId = QString::fromUtf8(m.replyTo);
        if (m.thread)
            info.threadExternalId = QString::fromUtf8(m.thread);
        if (m.reactions > 0)
            info.reactions.append(ReactionInfo{QStringLiteral("👍"), m.reactions, {}});
        return w.addMessage(info);
    };
    QVERIFY(w.beginChannel({QStringLiteral("telegram"), QStringLiteral("c1"),
                            QStringLiteral("General"), QStringLiteral("private_supergroup")}));
    const Msg general[] = {
        {"1", alice, 0, 0,
         "Read https://www.Example.com/Guide/. and (see https://example.com/guide)", nullptr,
         nullptr, 3},
        {"2", bob, 0, 1, "agree https://github.com/a/b，很好", "1", nullptr, 1},
        {"3", carol, 1, 0, "thanks", "2", nullptr, 0},
        {"4", dave, 1, 1, "me too: https://EXAMPLE.com/Guide/", "1", nullptr, 0}, // Dave = Bob
        {"5", bot, 1, 2, "bot reply https://spam.example.org", "1", nullptr, 0},  // not a post
        {"6", alice, 2, 0, "standalone https://github.com/c", nullptr, nullptr, 0},
        {"7", carol, 20, 0, "late https://late.io", "1", nullptr, 0}, // after the period
        {"8", bob, 3, 0, "topic", nullptr, nullptr, 0},
        {"9", alice, 3, 1, "in the topic", "missing", "8", 0}, // root by thread id
        {"10", carol, 4, 0, "also in it", nullptr, "8", 2},
        {"11", alice, -5, 0, "old root", nullptr, nullptr, 0}, // before the period
        {"12", bob, 2, 5, "reply to the old root", "11", nullptr, 0},
    };
    for (const Msg &m : general)
        QVERIFY(add(m));
    QVERIFY(w.beginChannel({QStringLiteral("telegram"), QStringLiteral("c2"),
                            QStringLiteral("Other"), QStringLiteral("private_supergroup")}));
    const Msg other[] = {
        {"1", carol, 2, 0, "cross see HTTPS://WWW.GitHub.com/a/b/ !", nullptr, nullptr, 0},
        {"2", alice, 2, 5, "answer", "1", nullptr, 0},
    };
    for (const Msg &m : other)
        QVERIFY(add(m));
    QVERIFY2(w.finish(&error), qPrintable(error));
    const qint64 daveId = scalar(db, QStringLiteral("SELECT id FROM member WHERE display_name = "
                                                    "'Dave'"));
    const qint64 bobId = scalar(db, QStringLiteral("SELECT id FROM member WHERE display_name = "
                                                   "'Bob'"));
    qint64 mergeId = 0;
    QVERIFY2(MemberMerger::merge(db, daveId, bobId, QStringLiteral("same person"),
                                 QStringLiteral("test"), &mergeId, &error),
             qPrintable(error));
}

qint64 TestContentInsights::messageId(const QString &channel, const QString &externalId)
{
    Database db;
    QString error;
    if (!db.open(m_path, &error))
        return 0;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT m.id FROM message m JOIN channel c ON c.id = m.channel_id "
                             "WHERE c.name = ? AND m.external_id = ?"));
    q.addBindValue(channel);
    q.addBindValue(externalId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString TestContentInsights::threadDigest(const QList<ThreadRanking> &rows)
{
    QStringList out;
    for (const ThreadRanking &t : rows) {
        QString root;
        for (const QString &ch : {QStringLiteral("General"), QStringLiteral("Other")})
            for (int i = 1; i <= 12 && root.isEmpty(); ++i)
                if (messageId(ch, QString::number(i)) == t.rootId)
                    root = ch.left(1) + QString::number(i);
        out << QStringLiteral("%1:%2/%3/%4/%5/%6")
                   .arg(root)
                   .arg(t.posts)
                   .arg(t.replies)
                   .arg(t.participants)
                   .arg(t.reactions)
                   .arg(t.score);
    }
    return out.join(QLatin1Char(';'));
}

void TestContentInsights::extractLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("links");
    QTest::newRow("www and case stripped, trailing dot and slash")
        << QStringLiteral("see https://WWW.Example.COM/Path/.")
        << QStringList{QStringLiteral("https://example.com/Path")};
    QTest::newRow("unbalanced paren")
        << QStringLiteral("(https://a.io/x)") << QStringList{QStringLiteral("https://a.io/x")};
    QTest::newRow("balanced paren kept")
        << QStringLiteral("https://en.wikipedia.org/wiki/Rust_(language)")
        << QStringList{QStringLiteral("https://en.wikipedia.org/wiki/Rust_(language)")};
    QTest::newRow("chinese punctuation ends it")
        << QStringLiteral("资料：https://course.rs，很好")
        << QStringList{QStringLiteral("https://course.rs")};
    QTest::newRow("chinese text ends it") << QStringLiteral("看https://go.dev/doc这个")
                                          << QStringList{QStringLiteral("https://go.dev/doc")};
    QTest::newRow("duplicates once")
        << QStringLiteral("http://x.org/a http://www.x.org/a/ and http://x.org/b?q=1!")
        << QStringList{QStringLiteral("http://x.org/a"), QStringLiteral("http://x.org/b?q=1")};
    QTest::newRow("none") << QStringLiteral("ftp://x.org and https:// alone") << QStringList{};
}

void TestContentInsights::extractLinks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, links);
    QCOMPARE(ContentInsights::extractLinks(text), links);
}

void TestContentInsights::threads_data()
{
    QTest::addColumn<double>("wReactions");
    QTest::addColumn<double>("wReplies");
    QTest::addColumn<QString>("expected"); // root:posts/replies/participants/reactions/score

    // Post scores (1·reactions + 2·direct replies, replies of any time and author):
    // G1 3 + 2·4 (G2, G4, bot G5, late G7) = 11; G2 1 + 2·1 = 3; G10 2; O1 2·1 = 2; others 0.
    // G1's thread: G1..G4 (bot and late posts excluded), Dave counts as Bob: 3 participants.
    QTest::newRow("default weights")
        << 1.0 << 2.0 << QStringLiteral("G1:4/3/3/4/14;G8:3/2/3/2/2;O1:2/1/2/0/2");
    QTest::newRow("reactions only")
        << 1.0 << 0.0 << QStringLiteral("G1:4/3/3/4/4;G8:3/2/3/2/2;O1:2/1/2/0/0");
    QTest::newRow("replies only") << 0.0 << 1.0
                                  << QStringLiteral("G1:4/3/3/4/5;O1:2/1/2/0/1;G8:3/2/3/2/0");
}

void TestContentInsights::threads()
{
    QFETCH(double, wReactions);
    QFETCH(double, wReplies);
    QFETCH(QString, expected);
    Database db;
    QString error;
    QVERIFY(db.open(m_path, &error));
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    const ContentWeights w{wReactions, wReplies, 3.0, 0.0};
    QCOMPARE(threadDigest(ContentInsights(source).topThreads(kPeriod, w, 0)), expected);
}

void TestContentInsights::links_data()
{
    QTest::addColumn<bool>("domains");
    QTest::addColumn<QString>("expected"); // key:count/sharers/distinct links

    // Posts with links in the period (bot G5 and late G7 excluded): G1 Alice (example.com/Guide
    // and /guide), G2 Bob (github.com/a/b), G4 Dave = Bob (example.com/Guide), G6 Alice
    // (github.com/c), O1 Carol (github.com/a/b).
    QTest::newRow("links") << false
                           << QStringLiteral("https://example.com/Guide:2/2/1;https://github.com/"
                                             "a/b:2/2/1;https://example.com/guide:1/1/1;"
                                             "https://github.com/c:1/1/1");
    QTest::newRow("domains") << true << QStringLiteral("github.com:3/3/2;example.com:2/2/2");
}

void TestContentInsights::links()
{
    QFETCH(bool, domains);
    QFETCH(QString, expected);
    Database db;
    QString error;
    QVERIFY(db.open(m_path, &error));
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    const ContentInsights insights(source);
    const QList<LinkRanking> rows =
        domains ? insights.topDomains(kPeriod, 0) : insights.topLinks(kPeriod, 0);
    QStringList out;
    for (const LinkRanking &l : rows)
        out << QStringLiteral("%1:%2/%3/%4")
                   .arg(l.key)
                   .arg(l.count)
                   .arg(l.sharers)
                   .arg(domains ? l.distinctLinks : 1);
    QCOMPARE(out.join(QLatin1Char(';')), expected);
    // First/last share and the example of the top row.
    QCOMPARE(rows.first().firstSharedAt, domains ? at(0, 1) : at(0, 0));
    QCOMPARE(rows.first().lastSharedAt, domains ? at(2, 0) : at(1, 1));
    QCOMPARE(rows.first().exampleMessageId,
             domains ? messageId(QStringLiteral("General"), QStringLiteral("2"))
                     : messageId(QStringLiteral("General"), QStringLiteral("1")));
}

void TestContentInsights::essenceRoundTrip()
{
    Database db;
    QString error;
    QVERIFY(db.open(m_path, &error));
    const qint64 id = messageId(QStringLiteral("General"), QStringLiteral("1"));
    QVERIFY(!ContentInsights::isMarked(db, id));
    QVERIFY2(ContentInsights::mark(db, id, QStringLiteral("lead"), QStringLiteral("入门必读"),
                                   &error, 1700000000),
             qPrintable(error));
    QVERIFY(ContentInsights::isMarked(db, id));
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    QList<EssencePost> posts = ContentInsights(source).essencePosts();
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts[0].messageId, id);
    QCOMPARE(posts[0].markedBy, QStringLiteral("lead"));
    QCOMPARE(posts[0].note, QStringLiteral("入门必读"));
    QCOMPARE(posts[0].markedAt, 1700000000);
    QCOMPARE(posts[0].author, QStringLiteral("Alice"));
    QCOMPARE(posts[0].channel, QStringLiteral("General"));
    QCOMPARE(posts[0].reactions, 3);
    QCOMPARE(posts[0].replies, 4);
    // Re-marking replaces actor, time and note; no second row.
    QVERIFY(ContentInsights::mark(db, id, QStringLiteral("other"), QString(), &error, 1700000100));
    posts = ContentInsights(source).essencePosts();
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts[0].markedBy, QStringLiteral("other"));
    QCOMPARE(posts[0].note, QString());
    QVERIFY(ContentInsights::unmark(db, id, &error));
    QVERIFY(!ContentInsights::isMarked(db, id));
    QVERIFY(!ContentInsights::unmark(db, id, &error));
    QVERIFY(error.contains(QString::number(id)));
    QVERIFY(!ContentInsights::mark(db, 999999, QStringLiteral("lead"), QString(), &error));
    QVERIFY(!ContentInsights::mark(db, id, QStringLiteral("  "), QString(), &error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM essence")), 0);
}

void TestContentInsights::candidatesExcludeMarked()
{
    Database db;
    QString error;
    QVERIFY(db.open(m_path, &error));
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    const ContentInsights insights(source);
    // Top 3 by score: G1 11, G2 3, then G10 2 and O1 2 (ties: newer first: G10, day 4).
    auto ids = [&]() {
        QList<qint64> out;
        for (const ContentRanking &c : insights.candidates(kPeriod, ContentWeights{}, 3))
            out << c.messageId;
        return out;
    };
    const qint64 g1 = messageId(QStringLiteral("General"), QStringLiteral("1"));
    const qint64 g2 = messageId(QStringLiteral("General"), QStringLiteral("2"));
    const qint64 g10 = messageId(QStringLiteral("General"), QStringLiteral("10"));
    QCOMPARE(ids(), (QList<qint64>{g1, g2, g10}));
    QVERIFY(ContentInsights::mark(db, g1, QStringLiteral("lead"), QString(), &error));
    QCOMPARE(ids(), (QList<qint64>{g2, g10}));
    QVERIFY(ContentInsights::unmark(db, g1, &error));
    QCOMPARE(ids(), (QList<qint64>{g1, g2, g10}));
}

void TestContentInsights::markdownExport()
{
    Database db;
    QString error;
    QVERIFY(db.open(m_path, &error));
    const qint64 o1 = messageId(QStringLiteral("Other"), QStringLiteral("1"));
    const qint64 g8 = messageId(QStringLiteral("General"), QStringLiteral("8"));
    QVERIFY(ContentInsights::mark(db, o1, QStringLiteral("lead"), QStringLiteral("good\nread"),
                                  &error));
    QVERIFY(ContentInsights::mark(db, g8, QStringLiteral("lead"), QString(), &error));
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    const QString path = m_dir.filePath(QStringLiteral("精华.md"));
    QVERIFY2(ContentInsights(source).exportMarkdown(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray expected = "# Essence of Crafted\n"
                                "\n"
                                "Essence posts: 2.\n"
                                "\n"
                                "## 2024-01\n"
                                "\n"
                                "### Other \xC2\xB7 Carol \xC2\xB7 2024-01-03 09:00\n"
                                "\n"
                                "*Note (lead): good read*\n"
                                "\n"
                                "cross see HTTPS://WWW.GitHub.com/a/b/ !\n"
                                "\n"
                                "**Replies**\n"
                                "\n"
                                "- **Alice** (2024-01-03 09:05): answer\n"
                                "\n"
                                "**Links**\n"
                                "\n"
                                "- <https://github.com/a/b>\n"
                                "\n"
                                "### General \xC2\xB7 Bob \xC2\xB7 2024-01-04 09:00\n"
                                "\n"
                                "topic\n"
                                "\n"
                                "**Replies**\n"
                                "\n"
                                "- **Alice** (2024-01-04 09:01): in the topic\n"
                                "- **Carol** (2024-01-05 09:00): also in it\n";
    QCOMPARE(f.readAll(), expected);
    QVERIFY(ContentInsights::unmark(db, o1, &error));
    QVERIFY(ContentInsights::unmark(db, g8, &error));
    QVERIFY(!ContentInsights(source).exportMarkdown(m_dir.filePath(QStringLiteral("no/such/d.md")),
                                                    &error));
}

void TestContentInsights::batchRemovalDropsMarks()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("chat.json"));
    QVERIFY(QFile::copy(
        QStringLiteral(KINDRED_EXPORTS_DIR "/telegram/chat-analytics__MultiChat_2C_6M.json"),
        file));
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
    auto importIt = [&](qint64 replace) {
        ImportService service(db);
        if (replace)
            service.setReplaceBatch(replace);
        ImportResult result;
        ImportError importError;
        return service.importFile(file, QString(), &result, &importError) ? result.batchId : 0;
    };
    auto markOne = [&]() {
        const qint64 id =
            scalar(db, QStringLiteral("SELECT min(id) FROM message WHERE is_service = 0"));
        return id > 0 && ContentInsights::mark(db, id, QStringLiteral("lead"), QString(), &error);
    };
    const qint64 batch = importIt(0);
    QVERIFY(batch > 0);
    QVERIFY(markOne());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM essence")), 1);
    // Re-import (foreign keys off): the mark goes with its message, none dangles.
    const qint64 again = importIt(batch);
    QVERIFY(again > 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM essence")), 0);
    QVERIFY(markOne());
    QVERIFY2(BatchRemover::remove(db, again, &error), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM essence")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM message")), 0);
}

void TestContentInsights::demo()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("demo.kindred")), &error));
    QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
    AnalyticsSource source(db);
    QVERIFY(source.load(&error));
    const QDate last = source.lastMessageDate();
    const Period period{last.addDays(-89), last};
    const ContentInsights insights(source);
    const QList<ThreadRanking> threads = insights.topThreads(period, ContentWeights{}, 50);
    QCOMPARE(threads.size(), 50);
    for (const ThreadRanking &t : threads) {
        QVERIFY(t.posts >= 2);
        QCOMPARE(t.replies, t.posts - 1);
        QVERIFY(t.participants >= 1 && t.participants <= t.posts);
        QVERIFY(t.score >= threads.last().score);
        QVERIFY(!t.channel.isEmpty());
    }
    const QList<LinkRanking> links = insights.topLinks(period, 0);
    const QList<LinkRanking> domains = insights.topDomains(period, 0);
    QVERIFY(links.size() > 10);
    QVERIFY(!domains.isEmpty() && domains.size() <= links.size());
    qint64 linkPosts = 0, domainPosts = 0;
    for (const LinkRanking &l : links) {
        QVERIFY(!l.key.contains(QStringLiteral("www.")));
        QVERIFY(l.sharers <= l.count && l.firstSharedAt <= l.lastSharedAt);
        linkPosts += l.count;
    }
    for (const LinkRanking &d : domains)
        domainPosts += d.count;
    QVERIFY(domainPosts <= linkPosts); // a post naming two links of one domain counts once
    // Candidates: the top 20 minus what gets marked.
    const QList<ContentRanking> before = insights.candidates(period, ContentWeights{});
    QCOMPARE(before.size(), ContentInsights::kDefaultCandidates);
    QVERIFY(ContentInsights::mark(db, before.first().messageId, QStringLiteral("lead"), QString(),
                                  &error));
    const QList<ContentRanking> after = insights.candidates(period, ContentWeights{});
    QCOMPARE(after.size(), ContentInsights::kDefaultCandidates - 1);
    QCOMPARE(after.first().messageId, before[1].messageId);
    QVERIFY(insights.essenceMarkdown().contains(before.first().text.trimmed()));
}

QTEST_GUILESS_MAIN(TestContentInsights)
#include "tst_content_insights.moc"
