// The moderation flag rules (core/moderation/FlagRules.h, FlagEngine.h): each rule on crafted
// message sequences with its edges, rules switched off, bots and the exporting account never
// flagged, merged identities flagged on the surviving member, batch scope with context from
// before, idempotence (a second run, a re-import), batch removal, a real export and the demo.
#include "demo/DemoGenerator.h"
#include "import/BatchRemover.h"
#include "import/ImportService.h"
#include "import/csv/CsvImportService.h"
#include "moderation/FlagEngine.h"
#include "moderation/FlagRules.h"
#include "moderation/ReportImporter.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

namespace {

constexpr qint64 kT0 = 1'760'000'000; // 2025-10-09, UTC seconds
constexpr qint64 kDay = 86400;

/// A small workspace whose rows the test writes directly.
class Workspace
{
public:
    bool open()
    {
        QString error;
        if (!m_dir.isValid() || !db.open(m_dir.filePath(QStringLiteral("w.kindred")), &error))
            return false;
        community = db.defaultCommunityId(QStringLiteral("Test"));
        return community > 0;
    }
    qint64 batch()
    {
        static int n = 0;
        return insert(QStringLiteral("INSERT INTO import_batch(community_id, file_name, format, "
                                     "sha256, imported_at) VALUES (%1, 'f', 'test', 'sha%2', 0)")
                          .arg(community)
                          .arg(++n));
    }
    qint64 channel(const QString &ext)
    {
        return insert(QStringLiteral("INSERT INTO channel(community_id, platform, external_id, "
                                     "name) VALUES (%1, 'telegram', '%2', '%2')")
                          .arg(community)
                          .arg(ext));
    }
    qint64 member(const QString &name, qint64 joinedAt = 0, bool bot = false, bool self = false)
    {
        return insert(QStringLiteral("INSERT INTO member(community_id, display_name, joined_at, "
                                     "is_bot, is_self) VALUES (%1, '%2', %3, %4, %5)")
                          .arg(community)
                          .arg(name)
                          .arg(joinedAt > 0 ? QString::number(joinedAt) : QStringLiteral("NULL"))
                          .arg(bot ? 1 : 0)
                          .arg(self ? 1 : 0));
    }
    qint64 message(qint64 channelId, qint64 memberId, qint64 sentAt, const QString &text,
                   qint64 batchId = 0)
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("INSERT INTO message(channel_id, external_id, member_id, sent_at, "
                                 "text, import_batch_id) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(channelId);
        q.addBindValue(QStringLiteral("m%1").arg(++m_messages));
        q.addBindValue(memberId);
        q.addBindValue(sentAt);
        q.addBindValue(text);
        q.addBindValue(batchId > 0 ? QVariant(batchId) : QVariant());
        if (!q.exec())
            qWarning("%s", qPrintable(q.lastError().text()));
        return q.lastInsertId().toLongLong();
    }
    qint64 count(const QString &where = QStringLiteral("1"))
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT count(*) FROM flag WHERE ") + where);
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QString firstWhy()
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT why FROM flag ORDER BY id LIMIT 1"));
        return q.next() ? q.value(0).toString() : QString();
    }
    qint64 run(const FlagRules &rules, const QList<qint64> *batches = nullptr)
    {
        FlagEngine engine(db);
        engine.setRules(rules);
        engine.setNow(kT0 + 400 * kDay);
        FlagRunCounts counts;
        QString error;
        const bool ok =
            batches ? engine.runBatches(*batches, &counts, &error) : engine.runAll(&counts, &error);
        if (!ok) {
            qWarning("%s", qPrintable(error));
            return -1;
        }
        return counts.totalRaised();
    }
    qint64 insert(const QString &sql)
    {
        QSqlQuery q(db.sql());
        if (!q.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.lastInsertId().toLongLong();
    }

    Database db;
    qint64 community = 0;

private:
    QTemporaryDir m_dir;
    int m_messages = 0;
};

/// Only `rule` enabled.
FlagRules only(FlagRule rule)
{
    FlagRules r;
    for (FlagRule x : FlagRules::all())
        r.setEnabled(x, x == rule);
    return r;
}

QString exportFile(const QString &rel)
{
    return QStringLiteral(KINDRED_EXPORTS_DIR "/") + rel;
}

} // namespace

class TestFlagRules : public QObject
{
    Q_OBJECT
private slots:
    void flood_data()
    {
        QTest::addColumn<QList<int>>("offsets"); // seconds after kT0, one message each
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<int>("flags");
        QTest::addColumn<QString>("why");
        QTest::newRow("exactly 8 in 28 s")
            << QList<int>{0, 4, 8, 12, 16, 20, 24, 28} << true << 0 << QString();
        QTest::newRow("9 in 24 s") << QList<int>{0, 3, 6, 9, 12, 15, 18, 21, 24} << true << 1
                                   << QStringLiteral("9 messages in 24 s (rule: more than 8 in "
                                                     "30 s)");
        QTest::newRow("9 spanning exactly 30 s")
            << QList<int>{0, 4, 8, 12, 16, 20, 24, 28, 30} << true << 1
            << QStringLiteral("9 messages in 30 s");
        QTest::newRow("9 spanning 31 s")
            << QList<int>{0, 4, 8, 12, 16, 20, 24, 28, 31} << true << 0 << QString();
        QList<int> longBurst;
        for (int i = 0; i < 20; ++i)
            longBurst.append(i);
        QTest::newRow("20 in 19 s: one flag")
            << longBurst << true << 1 << QStringLiteral("20 messages in 19 s");
        QList<int> two;
        for (int i = 0; i < 9; ++i)
            two << i << 1000 + i;
        std::sort(two.begin(), two.end());
        QTest::newRow("two bursts") << two << true << 2 << QStringLiteral("9 messages in 8 s");
        QTest::newRow("rule off") << QList<int>{0, 3, 6, 9, 12, 15, 18, 21, 24} << false << 0
                                  << QString();
    }
    void flood()
    {
        QFETCH(QList<int>, offsets);
        QFETCH(bool, enabled);
        QFETCH(int, flags);
        QFETCH(QString, why);
        Workspace w;
        QVERIFY(w.open());
        const qint64 ch = w.channel(QStringLiteral("c1"));
        const qint64 m = w.member(QStringLiteral("alice"), kT0 - 100 * kDay);
        for (int o : offsets)
            w.message(ch, m, kT0 + o, QStringLiteral("hi"));
        FlagRules rules = only(FlagRule::Flood);
        rules.setEnabled(FlagRule::Flood, enabled);
        if (!enabled) // everything else on: a switched-off rule flags nothing
            for (FlagRule r : FlagRules::all())
                rules.setEnabled(r, r != FlagRule::Flood);
        QCOMPARE(w.run(rules), qint64(flags));
        QCOMPARE(w.count(), qint64(flags));
        if (!why.isEmpty())
            QVERIFY2(w.firstWhy().startsWith(why), qPrintable(w.firstWhy()));
        QCOMPARE(w.run(rules), qint64(0)); // a second run adds nothing
    }

    void linkSpam_data()
    {
        QTest::addColumn<double>("joinedDaysBefore"); // joined this long before the link
        QTest::addColumn<int>("prior");               // earlier messages (right after joining)
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("flags");
        QTest::newRow("newcomer invite")
            << 1.0 << 0 << QStringLiteral("join t.me/+AbCdEf now") << 1;
        QTest::newRow("newcomer joinchat")
            << 0.5 << 2 << QStringLiteral("https://t.me/joinchat/XyZ") << 1;
        QTest::newRow("newcomer discord.gg") << 2.0 << 1 << QStringLiteral("discord.gg/abc") << 1;
        QTest::newRow("newcomer whatsapp")
            << 2.0 << 1 << QStringLiteral("chat.whatsapp.com/Inv1te") << 1;
        QTest::newRow("newcomer plain link")
            << 1.0 << 0 << QStringLiteral("cheap https://shop.example.com/x") << 1;
        QTest::newRow("non-newcomer link")
            << 30.0 << 10 << QStringLiteral("see https://spam.example.com") << 0;
        QTest::newRow("non-newcomer invite") << 30.0 << 10 << QStringLiteral("t.me/+abc") << 0;
        QTest::newRow("5th message") << 30.0 << 4 << QStringLiteral("https://x.example") << 1;
        QTest::newRow("6th message") << 30.0 << 5 << QStringLiteral("https://x.example") << 0;
        QTest::newRow("day 2.9") << 2.9 << 10 << QStringLiteral("https://x.example") << 1;
        QTest::newRow("day 3.0") << 3.0 << 10 << QStringLiteral("https://x.example") << 0;
        QTest::newRow("allowlisted domain")
            << 1.0 << 0 << QStringLiteral("https://github.com/rust-lang/rust") << 0;
        QTest::newRow("allowlisted subdomain")
            << 1.0 << 0 << QStringLiteral("https://www.docs.github.com/x") << 0;
        QTest::newRow("allowlisted look-alike")
            << 1.0 << 0 << QStringLiteral("https://github.com.evil.example/x") << 1;
        QTest::newRow("no link") << 1.0 << 0 << QStringLiteral("hello 大家好, t.me is a site") << 0;
    }
    void linkSpam()
    {
        QFETCH(double, joinedDaysBefore);
        QFETCH(int, prior);
        QFETCH(QString, text);
        QFETCH(int, flags);
        Workspace w;
        QVERIFY(w.open());
        const qint64 ch = w.channel(QStringLiteral("c1"));
        const qint64 at = kT0 + 100 * kDay;
        const qint64 joined = at - qint64(joinedDaysBefore * kDay);
        const qint64 m = w.member(QStringLiteral("bob"), joined);
        for (int i = 0; i < prior; ++i)
            w.message(ch, m, joined + 60 + i * 600, QStringLiteral("hello"));
        w.message(ch, m, at, text);
        QCOMPARE(w.run(only(FlagRule::LinkSpam)), qint64(flags));
        if (flags)
            QVERIFY2(w.firstWhy().contains(QStringLiteral("rule: within 3 days or the first 5 "
                                                          "messages")),
                     qPrintable(w.firstWhy()));
        FlagRules off;
        off.setEnabled(FlagRule::LinkSpam, false);
        Workspace w2; // the same with the rule switched off and everything else on
        QVERIFY(w2.open());
        const qint64 ch2 = w2.channel(QStringLiteral("c1"));
        const qint64 m2 = w2.member(QStringLiteral("bob"), joined);
        w2.message(ch2, m2, at, text);
        QCOMPARE(w2.run(off), qint64(0));
    }

    void inviteLinksRaiseSeverity()
    {
        Workspace w;
        QVERIFY(w.open());
        const qint64 ch = w.channel(QStringLiteral("c1"));
        const qint64 m = w.member(QStringLiteral("newbie"), kT0);
        w.message(ch, m, kT0 + 60, QStringLiteral("https://shop.example.com"));
        w.message(ch, m, kT0 + 120, QStringLiteral("join https://t.me/+AbC and https://x.example"));
        QCOMPARE(w.run(only(FlagRule::LinkSpam)), qint64(2));
        QSqlQuery q(w.db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT severity, why FROM flag ORDER BY occurred_at")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY2(q.value(1).toString().contains(QStringLiteral("(https://shop.example.com) in the "
                                                               "member's message 1, 0.0 days")),
                 qPrintable(q.value(1).toString()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY2(q.value(1).toString().contains(QStringLiteral("(https://t.me/+AbC)")),
                 qPrintable(q.value(1).toString()));
    }

    void failedFlaggingKeepsTheImport()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
        FlagRules tight;
        tight.floodMessages = 1;
        tight.floodSeconds = 3600;
        QVERIFY2(tight.save(db, &error), qPrintable(error));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER no_flags BEFORE INSERT ON main.flag "
                                      "BEGIN SELECT RAISE(ABORT, 'flags are broken'); END")));
        ImportService service(db);
        ImportResult result;
        ImportError importError;
        QVERIFY2(service.importFile(
                     exportFile(QStringLiteral("telegram/chat-analytics__BIG_20A_5475M.json")),
                     QString(), &result, &importError),
                 qPrintable(importError.message));
        QCOMPARE(result.messagesAdded, qint64(5475));
        QCOMPARE(result.flagsRaised, qint64(0));
        QVERIFY2(!result.warnings.isEmpty() &&
                     result.warnings.last().contains(QStringLiteral("flags are broken")),
                 qPrintable(result.warnings.join(u'|')));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM message")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(5475));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER no_flags")));
        // The rules can be run later over the whole workspace.
        FlagEngine engine(db);
        FlagRunCounts counts;
        QVERIFY2(engine.runAll(&counts, &error), qPrintable(error));
        QCOMPARE(counts.raised.at(size_t(FlagRule::Flood)), qint64(55));
    }

    void blockedWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("zh inside a longer word")
            << QStringLiteral("免费刷单群, 日结") << QStringList{QStringLiteral("刷单")};
        QTest::newRow("en whole word, any case")
            << QStringLiteral("Best CASINO in town") << QStringList{QStringLiteral("casino")};
        QTest::newRow("en inside a longer word")
            << QStringLiteral("casinos and pornography") << QStringList();
        QTest::newRow("en phrase, spaces") << QStringLiteral("get FREE   crypto now")
                                           << QStringList{QStringLiteral("free crypto")};
        QTest::newRow("en next to punctuation")
            << QStringLiteral("egg-casino!") << QStringList{QStringLiteral("casino")};
        QTest::newRow("en next to CJK")
            << QStringLiteral("来casino玩") << QStringList{QStringLiteral("casino")};
        QTest::newRow("both") << QStringLiteral("casino 网赌 代开发票")
                              << QStringList{QStringLiteral("casino"), QStringLiteral("代开发票"),
                                             QStringLiteral("网赌")};
        QTest::newRow("clean Chinese")
            << QStringLiteral("大家好, 今天学习所有权和借用") << QStringList();
    }
    void blockedWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        const FlagRules rules;
        QStringList found = FlagMatcher(rules).blockedWords(text);
        std::sort(found.begin(), found.end());
        std::sort(words.begin(), words.end());
        QCOMPARE(found, words);
        Workspace w;
        QVERIFY(w.open());
        const qint64 m = w.member(QStringLiteral("carol"), kT0 - 100 * kDay);
        for (int i = 0; i < 10; ++i) // not a newcomer
            w.message(w.channel(QStringLiteral("c%1").arg(i)), m, kT0 + i * kDay,
                      QStringLiteral("ok"));
        w.message(w.channel(QStringLiteral("x")), m, kT0 + 20 * kDay, text);
        QCOMPARE(w.run(only(FlagRule::BlockedWord)), qint64(words.isEmpty() ? 0 : 1));
        if (!words.isEmpty())
            QVERIFY(w.firstWhy().startsWith(QStringLiteral("blocked words: ")));
    }

    void repeatedText_data()
    {
        QTest::addColumn<QList<int>>("channels"); // channel index of each post
        QTest::addColumn<QList<int>>("minutes");  // minutes after kT0 of each post
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<int>("flags");
        const QString t = QStringLiteral("Great course, sign up at my page!"); // 33 chars
        QTest::newRow("2 channels in 1 h")
            << QList<int>{0, 1} << QList<int>{0, 60} << QStringList{t, t} << 1;
        QTest::newRow("one channel only")
            << QList<int>{0, 0, 0, 0} << QList<int>{0, 1, 2, 3} << QStringList{t, t, t, t} << 0;
        QTest::newRow("2 channels 25 h apart")
            << QList<int>{0, 1} << QList<int>{0, 25 * 60} << QStringList{t, t} << 0;
        QTest::newRow("2 channels exactly 24 h apart")
            << QList<int>{0, 1} << QList<int>{0, 24 * 60} << QStringList{t, t} << 1;
        const QString s = QStringLiteral("short text!"); // 11 chars
        QTest::newRow("too short")
            << QList<int>{0, 1, 2} << QList<int>{0, 1, 2} << QStringList{s, s, s} << 0;
        QTest::newRow("case and spaces normalised")
            << QList<int>{0, 1} << QList<int>{0, 5}
            << QStringList{t, QStringLiteral("  great COURSE,   sign up at my page!")} << 1;
        QTest::newRow("3 channels: one cluster")
            << QList<int>{0, 1, 2} << QList<int>{0, 1, 2} << QStringList{t, t, t} << 1;
        QTest::newRow("different texts")
            << QList<int>{0, 1} << QList<int>{0, 1}
            << QStringList{t, QStringLiteral("Great course, sign up at my page?")} << 0;
        QTest::newRow("Chinese")
            << QList<int>{0, 1} << QList<int>{0, 1}
            << QStringList{QStringLiteral("加入我们的学习群,每天分享资料,名额有限,速来报名吧!"),
                           QStringLiteral("加入我们的学习群,每天分享资料,名额有限,速来报名吧!")}
            << 1;
    }
    void repeatedText()
    {
        QFETCH(QList<int>, channels);
        QFETCH(QList<int>, minutes);
        QFETCH(QStringList, texts);
        QFETCH(int, flags);
        Workspace w;
        QVERIFY(w.open());
        const qint64 m = w.member(QStringLiteral("dave"), kT0 - 100 * kDay);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids.append(w.channel(QStringLiteral("c%1").arg(i)));
        for (qsizetype i = 0; i < channels.size(); ++i)
            w.message(ids.at(channels.at(i)), m, kT0 + minutes.at(i) * 60, texts.at(i));
        QCOMPARE(w.run(only(FlagRule::RepeatedText)), qint64(flags));
        if (flags)
            QVERIFY2(
                w.firstWhy().contains(QStringLiteral("(rule: 2 or more channels within 24 h)")),
                qPrintable(w.firstWhy()));
    }

    void massMention_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mentions");
        QTest::newRow("5 names") << QStringLiteral("@a @b @c @d @e look") << 5;
        QTest::newRow("4 names") << QStringLiteral("@a @b @c @d") << 4;
        QTest::newRow("repeated name") << QStringLiteral("@a @a @A @a @a") << 1;
        QTest::newRow("e-mail is not a mention") << QStringLiteral("me@b.com @x @y @z @w") << 4;
        QTest::newRow("discord ids") << QStringLiteral("<@1> <@2> <@!3> @x @y.") << 5;
        QTest::newRow("Chinese names")
            << QStringLiteral("@小明 @小红 @张三 @李四 @王五 看这里") << 5;
    }
    void massMention()
    {
        QFETCH(QString, text);
        QFETCH(int, mentions);
        QCOMPARE(FlagMatcher::mentionCount(text), mentions);
        Workspace w;
        QVERIFY(w.open());
        const qint64 m = w.member(QStringLiteral("erin"), kT0 - 100 * kDay);
        w.message(w.channel(QStringLiteral("c")), m, kT0, text);
        QCOMPARE(w.run(only(FlagRule::MassMention)), qint64(mentions >= 5 ? 1 : 0));
    }

    void botsAndSelfNeverFlagged()
    {
        Workspace w;
        QVERIFY(w.open());
        const qint64 c1 = w.channel(QStringLiteral("c1"));
        const qint64 c2 = w.channel(QStringLiteral("c2"));
        const qint64 bot = w.member(QStringLiteral("bot"), kT0, true);
        const qint64 self = w.member(QStringLiteral("You"), kT0, false, true);
        const QString spam =
            QStringLiteral("join t.me/+abc casino 刷单 @a @b @c @d @e @f, repeated text here");
        for (qint64 m : {bot, self})
            for (int i = 0; i < 12; ++i)
                w.message(i % 2 ? c1 : c2, m, kT0 + i, spam);
        QCOMPARE(w.run(FlagRules{}), qint64(0));
        const qint64 human = w.member(QStringLiteral("human"), kT0);
        for (int i = 0; i < 12; ++i)
            w.message(i % 2 ? c1 : c2, human, kT0 + i, spam);
        // flood 1, link spam 5 (first 5 messages... and all within 3 days: 12), blocked 12,
        // repeated text 1, mass mention 12: every rule fires for the human only.
        QCOMPARE(w.run(FlagRules{}), qint64(1 + 12 + 12 + 1 + 12));
        QCOMPARE(w.count(QStringLiteral("member_id <> %1").arg(human)), qint64(0));
    }

    void mergedIdentitiesCountForTheSurvivor()
    {
        Workspace w;
        QVERIFY(w.open());
        const qint64 ch = w.channel(QStringLiteral("c1"));
        const qint64 a = w.member(QStringLiteral("anna"), kT0 - 100 * kDay);
        const qint64 b = w.member(QStringLiteral("anna (discord)"), kT0 - 100 * kDay);
        w.insert(QStringLiteral("UPDATE member SET merged_into = %1 WHERE id = %2").arg(a).arg(b));
        for (int i = 0; i < 5; ++i)
            w.message(ch, a, kT0 + 2 * i, QStringLiteral("a"));
        for (int i = 0; i < 4; ++i)
            w.message(ch, b, kT0 + 2 * i + 1, QStringLiteral("b"));
        QCOMPARE(w.run(only(FlagRule::Flood)), qint64(1)); // 9 > 8 only when merged
        QCOMPARE(w.count(QStringLiteral("member_id = %1").arg(a)), qint64(1));
        QVERIFY(w.firstWhy().startsWith(QStringLiteral("9 messages in 8 s")));
    }

    void batchScopeUsesEarlierContext()
    {
        Workspace w;
        QVERIFY(w.open());
        const qint64 ch = w.channel(QStringLiteral("c1"));
        const qint64 m = w.member(QStringLiteral("fred"), kT0 - 100 * kDay);
        const qint64 b1 = w.batch();
        for (int i = 0; i < 5; ++i)
            w.message(ch, m, kT0 + i, QStringLiteral("x"), b1);
        QList<qint64> first{b1};
        QCOMPARE(w.run(only(FlagRule::Flood), &first), qint64(0));
        const qint64 b2 = w.batch();
        for (int i = 5; i < 9; ++i)
            w.message(ch, m, kT0 + i, QStringLiteral("x"), b2);
        // Another member's old burst outside the batch is not looked at.
        const qint64 other = w.member(QStringLiteral("gina"), kT0 - 100 * kDay);
        for (int i = 0; i < 9; ++i)
            w.message(ch, other, kT0 + i, QStringLiteral("y"), b1);
        QList<qint64> second{b2};
        QCOMPARE(w.run(only(FlagRule::Flood), &second), qint64(1));
        QCOMPARE(w.count(QStringLiteral("member_id = %1").arg(m)), qint64(1));
        QCOMPARE(w.run(only(FlagRule::Flood)), qint64(1)); // gina, on the whole workspace
        QCOMPARE(w.run(only(FlagRule::Flood)), qint64(0));
    }

    void laterImportsDoNotFlagABurstTwice()
    {
        Workspace w;
        QVERIFY(w.open());
        const qint64 c0 = w.channel(QStringLiteral("c0"));
        const qint64 c1 = w.channel(QStringLiteral("c1"));
        const qint64 c2 = w.channel(QStringLiteral("c2"));
        const qint64 m = w.member(QStringLiteral("kim"), kT0 - 100 * kDay);
        const QString text = QStringLiteral("Buy my course, the best one in town!!");
        const qint64 b1 = w.batch();
        for (int i = 0; i < 9; ++i) // 9 in 8 s: flagged on the 9th
            w.message(c0, m, kT0 + 100 + i, QStringLiteral("spam"), b1);
        w.message(c0, m, kT0 + 5000, text, b1);
        w.message(c1, m, kT0 + 5060, text, b1); // 2 channels: flagged here
        QList<qint64> first{b1};
        QCOMPARE(w.run(FlagRules{}, &first), qint64(2));
        // A later import adds earlier messages of the same burst and cluster: their first
        // message moves (the 9th is now at +103, the 2nd channel at +5000), same burst.
        const qint64 b2 = w.batch();
        for (int i = 0; i < 5; ++i)
            w.message(c1, m, kT0 + 90 + i, QStringLiteral("spam"), b2);
        w.message(c2, m, kT0 + 4970, text, b2);
        QList<qint64> second{b2};
        QCOMPARE(w.run(FlagRules{}, &second), qint64(0));
        QCOMPARE(w.run(FlagRules{}), qint64(0));
        // A new burst of the member later on is flagged.
        const qint64 b3 = w.batch();
        for (int i = 0; i < 9; ++i)
            w.message(c0, m, kT0 + 9000 + i, QStringLiteral("spam"), b3);
        QList<qint64> third{b3};
        QCOMPARE(w.run(FlagRules{}, &third), qint64(1));
    }

    void memberReports()
    {
        Workspace w;
        QVERIFY(w.open());
        const qint64 ch = w.channel(QStringLiteral("c1"));
        const qint64 target = w.member(QStringLiteral("harry"), kT0);
        const qint64 reporter = w.member(QStringLiteral("iris"), kT0);
        const qint64 bot = w.member(QStringLiteral("bot"), kT0, true);
        const qint64 msg = w.message(ch, target, kT0 + 10, QStringLiteral("rude"));
        const qint64 b = w.batch();
        auto report = [&](qint64 who, const QString &ext, qint64 messageId) {
            w.insert(QStringLiteral("INSERT INTO member_report(community_id, reported_member_id, "
                                    "reporter_member_id, message_id, reported_at, reason, "
                                    "external_id, import_batch_id) VALUES (%1, %2, %3, %4, %5, "
                                    "'insults', '%6', %7)")
                         .arg(w.community)
                         .arg(who)
                         .arg(reporter)
                         .arg(messageId > 0 ? QString::number(messageId) : QStringLiteral("NULL"))
                         .arg(kT0 + 100)
                         .arg(ext)
                         .arg(b));
        };
        report(target, QStringLiteral("r1"), msg);
        report(target, QStringLiteral("r2"), 0);
        report(bot, QStringLiteral("r3"), 0);
        QList<qint64> batches{b};
        QCOMPARE(w.run(only(FlagRule::MemberReport), &batches), qint64(2));
        QCOMPARE(w.run(only(FlagRule::MemberReport)), qint64(0));
        QCOMPARE(w.count(QStringLiteral("message_id = %1 AND channel_id = %2").arg(msg).arg(ch)),
                 qint64(1));
        QVERIFY2(w.firstWhy().startsWith(QStringLiteral("reported by iris at 2025-10-09T")),
                 qPrintable(w.firstWhy()));
        QString error;
        QVERIFY2(BatchRemover::remove(w.db, b, &error), qPrintable(error));
        QCOMPARE(w.count(), qint64(0));
    }

    void reportsCsv()
    {
        Workspace w;
        QVERIFY(w.open());
        const qint64 ch = w.channel(QStringLiteral("c1"));
        const qint64 harry = w.member(QStringLiteral("Harry"), kT0);
        const qint64 iris = w.member(QStringLiteral("Iris"), kT0);
        const qint64 bot = w.member(QStringLiteral("Bot"), kT0, true);
        auto identity = [&](qint64 member, const char *ext, const char *user) {
            w.insert(QStringLiteral("INSERT INTO identity(community_id, member_id, platform, "
                                    "external_id, username) VALUES (%1, %2, 'telegram', '%3', "
                                    "'%4')")
                         .arg(w.community)
                         .arg(member)
                         .arg(QLatin1String(ext), QLatin1String(user)));
        };
        identity(harry, "u1", "harry_h");
        identity(iris, "u2", "iris");
        identity(bot, "b1", "");
        const qint64 msg = w.message(ch, harry, kT0 + 5, QStringLiteral("rude")); // "m1"
        QTemporaryDir dir;
        auto write = [&](const char *name, const char *content) {
            QFile f(dir.filePath(QLatin1String(name)));
            f.open(QIODevice::WriteOnly);
            f.write(content);
            return f.fileName();
        };
        const QString good = write(
            "reports.csv", "record_id,Reported,reporter,reported_at,reason,message_id,channel\n"
                           "R1,u1,@iris,2025-10-09T12:00:00Z,insults,m1,c1\n"
                           "R2,harry_h,,1760000000,\"spam, twice\",,\n"
                           "R3,b1,Iris,2025-10-10,a bot,,\n");
        ReportImporter importer(w.db);
        ReportImportResult result;
        QStringList errors;
        QVERIFY2(importer.importFile(good, &result, &errors), qPrintable(errors.join(u'\n')));
        QCOMPARE(result.rowsAdded, qint64(3));
        QCOMPARE(result.flagsRaised, qint64(2)); // the bot's report raises none
        QCOMPARE(w.count(QStringLiteral("rule = 'member_report' AND member_id = %1").arg(harry)),
                 qint64(2));
        QCOMPARE(w.count(QStringLiteral("message_id = %1 AND channel_id = %2").arg(msg).arg(ch)),
                 qint64(1));
        QSqlQuery q(w.db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT reported_at, reporter_member_id, reason FROM "
                                      "member_report ORDER BY external_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(1'760'011'200)); // 2025-10-09T12:00:00Z
        QCOMPARE(q.value(1).toLongLong(), iris);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), kT0);
        QVERIFY(q.value(1).isNull());
        QCOMPARE(q.value(2).toString(), QStringLiteral("spam, twice"));
        q.finish();
        // The same file again: nothing added, no new flag.
        QVERIFY(importer.importFile(good, &result, &errors));
        QVERIFY(result.alreadyImported);
        QCOMPARE(w.count(), qint64(2));
        const qint64 firstBatch = result.batchId;
        // An unknown member fails the file and stores nothing ...
        const QString bad = write("bad.csv", "reported,reported_at,record_id\n"
                                             "ghost,2025-10-09,X1\nu2,2025-10-09,X2\n");
        QVERIFY(!importer.importFile(bad, &result, &errors));
        QVERIFY2(errors.first().endsWith(QStringLiteral("bad.csv:2: no member 'ghost'")),
                 qPrintable(errors.first()));
        QCOMPARE(w.count(), qint64(2));
        // ... unless invalid rows are skipped.
        importer.setSkipInvalidRows(true);
        QVERIFY(importer.importFile(bad, &result, &errors));
        QCOMPARE(result.rowsAdded, qint64(1));
        QCOMPARE(result.rowsSkippedInvalid, qint64(1));
        QCOMPARE(w.count(QStringLiteral("member_id = %1").arg(iris)), qint64(1));
        // A missing column is a file error.
        const QString noColumn = write("nocol.csv", "who,when\nu1,2025-10-09\n");
        QVERIFY(!importer.importFile(noColumn, &result, &errors));
        QVERIFY(errors.first().contains(QStringLiteral("no column 'reported'")));
        // Removing the first batch removes its reports and their flags only.
        QString error;
        QVERIFY2(BatchRemover::remove(w.db, firstBatch, &error), qPrintable(error));
        QCOMPARE(w.count(), qint64(1));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM member_report")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(1));
    }

    void settingsRoundTrip()
    {
        Workspace w;
        QVERIFY(w.open());
        QCOMPARE(FlagRules::load(w.db), FlagRules{});
        FlagRules r;
        r.floodMessages = 12;
        r.floodSeconds = 60;
        r.setEnabled(FlagRule::MassMention, false);
        r.severity.at(size_t(FlagRule::Flood)) = 3;
        r.blockedWordsEn = {QStringLiteral("scam")};
        r.blockedWordsZh = {};
        r.allowedDomains = {QStringLiteral("example.org")};
        QString error;
        QVERIFY2(r.save(w.db, &error), qPrintable(error));
        QCOMPARE(FlagRules::load(w.db), r);
        FlagRules bad = r;
        bad.severity.at(0) = 4;
        QVERIFY(!bad.save(w.db, &error));
        QVERIFY(error.contains(QStringLiteral("severity")));
        bad = r;
        bad.repeatChannels = 1;
        QVERIFY(!bad.validate(&error));
        bad = r;
        bad.floodSeconds = 0;
        QVERIFY(!bad.validate(&error));
        QCOMPARE(FlagRules::load(w.db), r); // failed saves left the stored rules alone
        FlagRule rule;
        for (FlagRule x : FlagRules::all()) {
            QVERIFY(FlagRules::fromKey(FlagRules::key(x), &rule));
            QCOMPARE(rule, x);
        }
        QVERIFY(!FlagRules::fromKey(QStringLiteral("nope"), &rule));
    }

    void realExportReimportDoesNotReflag()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
        ImportService service(db);
        ImportResult result;
        ImportError importError;
        const QString file =
            exportFile(QStringLiteral("telegram/chat-analytics__BIG_20A_5475M.json"));
        QVERIFY2(service.importFile(file, QString(), &result, &importError),
                 qPrintable(importError.message));
        auto flags = [&] {
            QSqlQuery q(db.sql());
            q.exec(QStringLiteral("SELECT count(*) FROM flag"));
            return q.next() ? q.value(0).toLongLong() : -1;
        };
        const qint64 first = flags();
        QCOMPARE(result.flagsRaised, first);
        qInfo("BIG_20A_5475M: %lld flags after import", first);
        // The same file again: nothing new, no new flag.
        ImportResult again;
        QVERIFY(service.importFile(file, QString(), &again, &importError));
        QVERIFY(again.alreadyImported);
        QCOMPARE(flags(), first);
        // The whole workspace again: 0 added.
        FlagEngine engine(db);
        FlagRunCounts counts;
        QVERIFY2(engine.runAll(&counts, &error), qPrintable(error));
        QCOMPARE(counts.totalRaised(), qint64(0));
        QCOMPARE(counts.messagesChecked, result.messagesAdded);
        // Rules tight enough to flag this calm chat (more than 1 message in an hour): a second
        // run over the whole workspace adds 0.
        FlagRules tight;
        tight.floodMessages = 1;
        tight.floodSeconds = 3600;
        engine.setRules(tight);
        QVERIFY2(engine.runAll(&counts, &error), qPrintable(error));
        const qint64 tightFlags = counts.raised.at(size_t(FlagRule::Flood));
        qInfo("BIG_20A_5475M: %lld flood flags with more than 1 in 3600 s", tightFlags);
        QVERIFY(tightFlags > 0);
        QVERIFY2(engine.runAll(&counts, &error), qPrintable(error));
        QCOMPARE(counts.totalRaised(), qint64(0));
        // With those rules stored, a re-import (the batch replaced: its flags go with it)
        // raises the same flags again, no more.
        QVERIFY2(tight.save(db, &error), qPrintable(error));
        QCOMPARE(flags(), first + tightFlags);
        ImportService replace(db);
        replace.setReplaceBatch(result.batchId);
        ImportResult replaced;
        QVERIFY2(replace.importFile(file, QString(), &replaced, &importError),
                 qPrintable(importError.message));
        QCOMPARE(flags(), first + tightFlags);
        QCOMPARE(replaced.flagsRaised, first + tightFlags);
        // Removing the batch removes its flags.
        QVERIFY2(BatchRemover::remove(db, replaced.batchId, &error), qPrintable(error));
        QCOMPARE(flags(), qint64(0));
    }

    void csvMessagesImportRaisesFlags()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
        QByteArray csv = "id,member_id,name,channel,sent_at,text\n";
        for (int i = 0; i < 9; ++i) // 9 messages in 8 s by u1
            csv += QByteArray::number(i + 1) + ",u1,Una,general,2026-01-01 10:00:0" +
                   QByteArray::number(i) + ",hello\n";
        csv += "10,u2,Vic,general,2026-01-01 11:00:00,ok\n";
        const QString path = dir.filePath(QStringLiteral("messages.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        CsvMapping m;
        m.target = CsvTarget::Messages;
        m.source = QStringLiteral("forum");
        m.columns = {{QStringLiteral("id"), CsvField::RecordId},
                     {QStringLiteral("member_id"), CsvField::MemberId},
                     {QStringLiteral("name"), CsvField::DisplayName},
                     {QStringLiteral("channel"), CsvField::Channel},
                     {QStringLiteral("sent_at"), CsvField::SentAt},
                     {QStringLiteral("text"), CsvField::Text}};
        CsvImportService service(db);
        CsvImportResult result;
        CsvImportFailure failure;
        QVERIFY2(service.importFile(path, m, &result, &failure),
                 qPrintable(failure.lines().join(u'\n')));
        QCOMPARE(result.rowsAdded, qint64(10));
        auto flags = [&]() -> QString {
            QSqlQuery q(db.sql());
            q.exec(QStringLiteral("SELECT count(*), min(why), min(dedup_key) FROM flag"));
            q.next();
            return q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() +
                   QLatin1Char('|') + q.value(2).toString();
        };
        QCOMPARE(flags(), QStringLiteral("1|9 messages in 8 s (rule: more than 8 in 30 s)|"
                                         "forum:general:9"));
        QVERIFY(service.importFile(path, m, &result, &failure));
        QVERIFY(result.alreadyImported);
        QCOMPARE(flags().left(2), QStringLiteral("1|"));
    }

    void demoQueueIsRealistic()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("demo.kindred")), &error));
        QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT rule, count(*) FROM flag GROUP BY rule")));
        QHash<QString, qint64> perRule;
        qint64 total = 0;
        while (q.next()) {
            perRule.insert(q.value(0).toString(), q.value(1).toLongLong());
            total += q.value(1).toLongLong();
            qInfo("demo flags %s: %lld", qPrintable(q.value(0).toString()),
                  q.value(1).toLongLong());
        }
        QVERIFY(perRule.value(QStringLiteral("flood")) > 0);
        QVERIFY(perRule.value(QStringLiteral("link_spam")) > 0);
        QVERIFY(perRule.value(QStringLiteral("repeated_text")) > 0);
        QVERIFY2(total >= 20 && total <= 600, qPrintable(QString::number(total)));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM flag f JOIN member m ON m.id = "
                                      "f.member_id WHERE m.is_bot OR m.is_self")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(0));
        FlagEngine engine(db);
        FlagRunCounts counts;
        QVERIFY2(engine.runAll(&counts, &error), qPrintable(error));
        QCOMPARE(counts.totalRaised(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestFlagRules)
#include "tst_flag_rules.moc"
