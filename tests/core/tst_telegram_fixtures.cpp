// Telegram Desktop JSON importer against the real export samples in
// shared/data/exports/telegram (oracles: shared/data/exports/SOURCES.md): format detection,
// counts per file and the per-file oracles (ids, times, texts, authors, legacy ids).
//
// Expected numbers are derived from SOURCES.md or from reading the files with python3's json
// module (the one-liner is quoted next to each number), never from this importer's output.

#include "TelegramTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kindred;
using namespace kindred::test;
using namespace Qt::StringLiterals;

class TestTelegramFixtures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void detect_data();
    void detect();

    void fixtures_data();
    void fixtures();

    void dmOracle();
    void multiChatOracle();
    void chatMinerOracle_data();
    void chatMinerOracle();
    void langchainOracle();
    void legacyNumericIds();
    void tg2mdOldAndNewExportsAgree();
    void bigFakerExport();
};

void TestTelegramFixtures::initTestCase()
{
    useBerlinTimeZone();
    QVERIFY2(QDir(kTelegramDir).exists(), qPrintable(kTelegramDir));
}

// ----------------------------------------------------------------------------- detect

void TestTelegramFixtures::detect_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("telegram");
    const QString exports = QStringLiteral(KINDRED_EXPORTS_DIR);
    for (const QString &f : QDir(kTelegramDir).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (f == QLatin1String("chat-miner__target.json"))
            continue; // expected-output file, not an export
        QTest::newRow(qPrintable(f)) << fixture(f) << true;
    }
    for (const QString &sub : {QStringLiteral("discord"), QStringLiteral("discourse"),
                               QStringLiteral("whatsapp"), QStringLiteral("wechat")}) {
        const QDir d(exports + QLatin1Char('/') + sub);
        for (const QString &f : d.entryList(QDir::Files))
            QTest::newRow(qPrintable(sub + QLatin1Char('/') + f)) << d.filePath(f) << false;
    }
    QTest::newRow("telegram target.json (not an export)")
        << fixture(QStringLiteral("chat-miner__target.json")) << false;
}

void TestTelegramFixtures::detect()
{
    QFETCH(QString, path);
    QFETCH(bool, telegram);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(64 * 1024);
    const int confidence = TelegramImporter().detect(head, QFileInfo(path).fileName());
    if (telegram)
        QVERIFY2(confidence >= 80, qPrintable(QString::number(confidence)));
    else
        QCOMPARE(confidence, 0);
}

// ----------------------------------------------------------------------------- fixtures

void TestTelegramFixtures::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("messages"); // non-service
    QTest::addColumn<int>("authors");  // distinct authors of non-service messages
    QTest::addColumn<int>("services");

    // Numbers from SOURCES.md where it states them; otherwise from
    //   python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); cs=d["chats"]["list"]
    //     if "chats" in d else [d]; ms=[m for c in cs for m in c["messages"]];
    //     print(len(cs), sum(m["type"]!="service" for m in ms),
    //           len({str(m.get("from_id",m.get("from"))) for m in ms if m["type"]!="service"}),
    //           sum(m["type"]=="service" for m in ms))' FILE
    // SOURCES: "name encodes 20 authors / 5475 messages"; python: 1 5475 20 0
    QTest::newRow("BIG_20A_5475M") << "chat-analytics__BIG_20A_5475M.json" << 1 << 5475 << 20 << 0;
    // SOURCES: 6 messages, authors Alice/Bob; python: 1 6 2 2 (joined_telegram, phone_call)
    QTest::newRow("DM_2A_7M") << "chat-analytics__DM_2A_7M.json" << 1 << 6 << 2 << 2;
    // SOURCES: 2 channels, 5 authors, 5 messages, 1 call; python: 2 5 5 1
    QTest::newRow("MultiChat_2C_6M") << "chat-analytics__MultiChat_2C_6M.json" << 2 << 5 << 5 << 1;
    // SOURCES: == target.json (2 msgs, 2 authors); python: 1 2 2 0
    QTest::newRow("chat-miner batch") << "chat-miner__test_batch_export.json" << 1 << 2 << 2 << 0;
    QTest::newRow("chat-miner single") << "chat-miner__test_single_export.json" << 1 << 2 << 2 << 0;
    // SOURCES: senders "Jimmeny Marvelton", "Batman & Robin"; python: 1 4 2 0 (the oracle's
    // 3 messages are after merging consecutive runs of one sender; the file holds 4)
    QTest::newRow("langchain result") << "langchain-community__result.json" << 1 << 4 << 2 << 0;
    // python: 1 3 2 0
    QTest::newRow("langchain telegram") << "langchain-community__telegram.json" << 1 << 3 << 2 << 0;
    // python: 1 12 1 1 (create_channel)
    QTest::newRow("tg2md 2020") << "tg2md__result.2020-11-12.json" << 1 << 12 << 1 << 1;
    // python: 1 18 1 1 (create_channel)
    QTest::newRow("tg2md 2021") << "tg2md__result.json" << 1 << 18 << 1 << 1;
}

void TestTelegramFixtures::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, channels);
    QFETCH(int, messages);
    QFETCH(int, authors);
    QFETCH(int, services);

    // Every export in the folder must have a row here (so a new sample cannot go untested).
    if (qstrcmp(QTest::currentDataTag(), "BIG_20A_5475M") == 0) {
        QStringList listed = {u"chat-analytics__BIG_20A_5475M.json"_s,
                              u"chat-analytics__DM_2A_7M.json"_s,
                              u"chat-analytics__MultiChat_2C_6M.json"_s,
                              u"chat-miner__test_batch_export.json"_s,
                              u"chat-miner__test_single_export.json"_s,
                              u"langchain-community__result.json"_s,
                              u"langchain-community__telegram.json"_s,
                              u"tg2md__result.2020-11-12.json"_s,
                              u"tg2md__result.json"_s,
                              u"chat-miner__target.json"_s};
        QStringList present = QDir(kTelegramDir).entryList(QDir::Files);
        listed.sort();
        present.sort();
        QCOMPARE(present, listed);
    }

    RecordingSink sink;
    const ReadResult r = readFile(fixture(file), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.channels.size(), channels);
    QCOMPARE(sink.userMessages().size(), messages);
    QCOMPARE(userAuthorIds(sink).size(), authors);
    QCOMPARE(sink.messages.size() - sink.userMessages().size(), services);
    for (const ChannelInfo &c : sink.channels) {
        QCOMPARE(c.platform, QStringLiteral("telegram"));
        QVERIFY(!c.externalId.isEmpty());
        QVERIFY(!c.name.isEmpty());
    }
    QSet<QString> ids;
    for (const auto &m : sink.messages) {
        QVERIFY(m.channel >= 0);
        QVERIFY2(m.info.sentAt > 1262304000, qPrintable(m.info.externalId)); // after 2010
        QVERIFY(!m.info.externalId.isEmpty());
        const QString key = QString::number(m.channel) + QLatin1Char('/') + m.info.externalId;
        QVERIFY2(!ids.contains(key), qPrintable(key));
        ids.insert(key);
    }
}

void TestTelegramFixtures::dmOracle()
{
    RecordingSink sink;
    const ReadResult r = readFile(fixture(QStringLiteral("chat-analytics__DM_2A_7M.json")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.channels.size(), 1);
    QCOMPARE(sink.channels[0].externalId, QStringLiteral("700000000")); // oracle channel id
    QCOMPARE(sink.channels[0].name, QStringLiteral("Bob"));
    QCOMPARE(sink.channels[0].kind, QStringLiteral("personal_chat"));

    const QList<MessageInfo> msgs = sink.userMessages();
    QStringList ids;
    QHash<QString, QString> names;
    for (const MessageInfo &m : msgs) {
        ids << m.externalId;
        names.insert(m.author.externalId, m.author.name);
    }
    QCOMPARE(ids, QStringList({u"3644"_s, u"3645"_s, u"3662"_s, u"3663"_s, u"3672"_s, u"3673"_s}));
    QCOMPARE(names.size(), 2);
    QCOMPARE(names.value(QStringLiteral("user300000000")), QStringLiteral("Alice"));
    QCOMPARE(names.value(QStringLiteral("user700000000")), QStringLiteral("Bob"));

    // 3644's text is [{"type":"link","text":"https://google.com"}, " 👀"]: the pieces joined.
    // chat-analytics' oracle " https://google.com  👀" pads link entities with a space on both
    // sides for its tokenizer; the message text itself has no such spaces.
    const MessageInfo *m3644 = messageById(sink, QStringLiteral("3644"));
    QVERIFY(m3644);
    QCOMPARE(m3644->text, QStringLiteral("https://google.com 👀"));
    QCOMPARE(m3644->text.simplified(), QStringLiteral(" https://google.com  👀").simplified());
    QCOMPARE(m3644->author.externalId, QStringLiteral("user700000000"));
    // `date`-only messages are local wall clock (oracle: Date.parse("2019-07-12T16:55:32")).
    QCOMPARE(m3644->sentAt, localSecs("2019-07-12T16:55:32"));
    QCOMPARE(messageById(sink, QStringLiteral("3645"))->sentAt, localSecs("2022-03-08T13:07:42"));
#ifdef Q_OS_UNIX
    // Europe/Berlin: CEST (+2) in July, CET (+1) in March (python3 time.mktime with TZ set)
    QCOMPARE(m3644->sentAt, Q_INT64_C(1562943332));
    QCOMPARE(messageById(sink, QStringLiteral("3645"))->sentAt, Q_INT64_C(1646741262));
#endif
    QCOMPARE(messageById(sink, QStringLiteral("3662"))->sentAt, Q_INT64_C(1652135033));
    QCOMPARE(messageById(sink, QStringLiteral("3663"))->sentAt, Q_INT64_C(1652138769));
    QCOMPARE(messageById(sink, QStringLiteral("3662"))->text, QStringLiteral("world?"));
    for (const char *id : {"3672", "3673"}) {
        const MessageInfo *m = messageById(sink, QString::fromLatin1(id));
        QVERIFY(m);
        QCOMPARE(m->attachmentKind, QStringLiteral("photo")); // oracle: image attachment
        QCOMPARE(m->author.externalId, QStringLiteral("user300000000"));
        QVERIFY(m->text.isEmpty());
    }
    QCOMPARE(messageById(sink, QStringLiteral("3672"))->sentAt, Q_INT64_C(1654898798));
    QCOMPARE(messageById(sink, QStringLiteral("3673"))->sentAt, Q_INT64_C(1654898799));
    for (const char *id : {"3644", "3645", "3662", "3663"})
        QVERIFY(messageById(sink, QString::fromLatin1(id))->attachmentKind.isEmpty());

    // Call 3674: start 1691719862 (date_unixtime wins over date), 56 s.
    const MessageInfo *call = messageById(sink, QStringLiteral("3674"));
    QVERIFY(call);
    QVERIFY(call->isService);
    QCOMPARE(call->sentAt, Q_INT64_C(1691719862));
    QCOMPARE(call->author.externalId, QStringLiteral("user300000000"));
    bool sawCall = false;
    for (const EventInfo &e : eventsOfKind(sink, EventInfo::Kind::Other)) {
        if (e.messageExternalId == QLatin1String("3674")) {
            sawCall = true;
            QVERIFY2(e.detail.contains(QLatin1String("phone_call")), qPrintable(e.detail));
            QVERIFY2(e.detail.contains(QLatin1String("56 s")), qPrintable(e.detail));
            QCOMPARE(e.at, Q_INT64_C(1691719862));
            QCOMPARE(e.actor.externalId, QStringLiteral("user300000000"));
        }
    }
    QVERIFY(sawCall);
    QVERIFY(eventsOfKind(sink, EventInfo::Kind::Join).isEmpty()); // joined_telegram is no join
}

void TestTelegramFixtures::multiChatOracle()
{
    RecordingSink sink;
    const ReadResult r =
        readFile(fixture(QStringLiteral("chat-analytics__MultiChat_2C_6M.json")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.channels.size(), 2);
    QCOMPARE(sink.channels[0].externalId, QStringLiteral("700000001"));
    QCOMPARE(sink.channels[0].name, QStringLiteral("Chat One"));
    QCOMPARE(sink.channels[0].kind, QStringLiteral("personal_chat"));
    QCOMPARE(sink.channels[1].externalId, QStringLiteral("700000002"));
    QCOMPARE(sink.channels[1].name, QStringLiteral("Chat Two"));
    QCOMPARE(sink.channels[1].kind, QStringLiteral("private_group"));

    struct Expect
    {
        const char *id;
        int channel;
        const char *author;
        const char *name;
        qint64 at;
        const char *text;
    };
    // MultiChat_2C_6M.json.ts
    const Expect expected[] = {
        {"1001", 0, "user300000000", "Alice", 1672574400, "Hello from chat one!"},
        {"1002", 0, "user700000000", "Bob", 1672574460, "Hi there!"},
        {"2001", 1, "user800000000", "Charlie", 1672660800, "Welcome to chat two!"},
        {"2002", 1, "user900000000", "David", 1672660920, "Group chat is fun!"},
        {"2004", 1, "user101000000", "Eve", 1672747200, ""},
    };
    QList<RecordingSink::Message> user;
    for (const auto &m : sink.messages)
        if (!m.info.isService)
            user.append(m);
    QCOMPARE(user.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const Expect &e = expected[i];
        QCOMPARE(user[i].info.externalId, QString::fromLatin1(e.id));
        QCOMPARE(user[i].channel, e.channel);
        QCOMPARE(user[i].info.author.externalId, QString::fromLatin1(e.author));
        QCOMPARE(user[i].info.author.name, QString::fromLatin1(e.name));
        QCOMPARE(user[i].info.sentAt, e.at);
        QCOMPARE(user[i].info.text, QString::fromUtf8(e.text));
    }
    QCOMPARE(user[4].info.attachmentKind, QStringLiteral("photo"));
    // Call 2003 in chat two, 120 s.
    const QList<EventInfo> other = eventsOfKind(sink, EventInfo::Kind::Other);
    QCOMPARE(other.size(), 1);
    QCOMPARE(other[0].messageExternalId, QStringLiteral("2003"));
    QCOMPARE(other[0].at, Q_INT64_C(1672660980));
    QVERIFY2(other[0].detail.contains(QLatin1String("120 s")), qPrintable(other[0].detail));
    QCOMPARE(sink.events[0].channel, 1);
}

void TestTelegramFixtures::chatMinerOracle_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("single") << QStringLiteral("chat-miner__test_single_export.json");
    QTest::newRow("batch") << QStringLiteral("chat-miner__test_batch_export.json");
}

void TestTelegramFixtures::chatMinerOracle()
{
    QFETCH(QString, file);
    RecordingSink sink;
    const ReadResult r = readFile(fixture(file), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.channels.size(), 1);
    if (file.contains(QLatin1String("batch")))
        QCOMPARE(sink.channels[0].name, QStringLiteral("Chatname"));

    QFile targetFile(fixture(QStringLiteral("chat-miner__target.json")));
    QVERIFY(targetFile.open(QIODevice::ReadOnly));
    const QJsonArray target = QJsonDocument::fromJson(targetFile.readAll()).array();
    const QList<MessageInfo> msgs = sink.userMessages();
    QCOMPARE(msgs.size(), target.size()); // 2
    for (int i = 0; i < msgs.size(); ++i) {
        const QJsonObject t = target[i].toObject();
        // target timestamps are naive datetimes chat-miner printed in UTC (the test runs there)
        QDateTime utc =
            QDateTime::fromString(t[QStringLiteral("timestamp")].toString(), Qt::ISODate);
        utc.setTimeSpec(Qt::UTC);
        QCOMPARE(msgs[i].sentAt, utc.toSecsSinceEpoch());
        QCOMPARE(msgs[i].author.name, t[QStringLiteral("author")].toString());
        QVERIFY(msgs[i].author.isValid()); // no from_id: identified by name
        // chat-miner joins text pieces with " "; the pieces themselves match.
        QCOMPARE(withoutSpaces(msgs[i].text),
                 withoutSpaces(t[QStringLiteral("message")].toString()));
    }
    QCOMPARE(msgs[0].sentAt, Q_INT64_C(1544006350)); // 2018-12-05T10:39:10Z
    QCOMPARE(msgs[1].sentAt, Q_INT64_C(1544006964)); // 2018-12-05T10:49:24Z
    QCOMPARE(msgs[0].text, QStringLiteral("Minimal Message"));
    // [{"type":"bold","text":"Link:"},{"type":"link","text":"https://telegram.org/"}]
    QCOMPARE(msgs[1].text, QStringLiteral("Link:https://telegram.org/"));
    // No ids in the file: derived, distinct ones; a note says so.
    QVERIFY(msgs[0].externalId != msgs[1].externalId);
    QVERIFY(!sink.warnings.isEmpty());
}

void TestTelegramFixtures::langchainOracle()
{
    RecordingSink sink;
    const ReadResult r =
        readFile(fixture(QStringLiteral("langchain-community__result.json")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    // A 2023 export: the bare chat id is kept even though it is above 2^32.
    QCOMPARE(sink.channels[0].externalId, QStringLiteral("5965280513"));
    const QList<MessageInfo> msgs = sink.userMessages();
    QCOMPARE(msgs.size(), 4);
    QSet<QString> senders;
    for (const MessageInfo &m : msgs)
        senders.insert(m.author.name);
    QCOMPARE(senders, QSet<QString>({u"Jimmeny Marvelton"_s, u"Batman & Robin"_s}));
    QCOMPARE(msgs[1].author.externalId, QStringLiteral("user6565661032"));
    // Oracle's 3rd message merges two consecutive ones: "we meet again\n\nyou will not trick..."
    QCOMPARE(msgs[2].text + QStringLiteral("\n\n") + msgs[3].text,
             QStringLiteral("we meet again\n\nyou will not trick me this time"));
    QCOMPARE(msgs[2].author.externalId, msgs[3].author.externalId);
    QCOMPARE(msgs[0].sentAt, Q_INT64_C(1692821483));
}

void TestTelegramFixtures::legacyNumericIds()
{
    RecordingSink sink;
    const ReadResult r =
        readFile(fixture(QStringLiteral("langchain-community__telegram.json")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    // from_id 4325636679 = 2^32 + 30669383, 4720225552 = 2^32 + 425258256 (python)
    QCOMPARE(userAuthorIds(sink), QSet<QString>({u"user30669383"_s, u"user425258256"_s}));
    QCOMPARE(sink.channels[0].externalId, QStringLiteral("2730825451"));
    QCOMPARE(sink.userMessages()[0].text, QStringLiteral("It's 2020..."));
    QCOMPARE(sink.userMessages()[0].author.name, QStringLiteral("Henry"));
    QCOMPARE(sink.userMessages()[0].sentAt, localSecs("2020-01-01T00:00:02"));
}

void TestTelegramFixtures::tg2mdOldAndNewExportsAgree()
{
    RecordingSink oldSink, newSink;
    const ReadResult r1 =
        readFile(fixture(QStringLiteral("tg2md__result.2020-11-12.json")), oldSink);
    const ReadResult r2 = readFile(fixture(QStringLiteral("tg2md__result.json")), newSink);
    QVERIFY2(r1.ok, qPrintable(r1.error.toString()));
    QVERIFY2(r2.ok, qPrintable(r2.error.toString()));
    // 9882011936 = 2^33 + 1292077344 (SOURCES.md): both map to the same channel and author.
    QCOMPARE(oldSink.channels[0].externalId, QStringLiteral("1292077344"));
    QCOMPARE(newSink.channels[0].externalId, QStringLiteral("1292077344"));
    QCOMPARE(oldSink.channels[0].kind, QStringLiteral("private_channel"));
    QCOMPARE(userAuthorIds(oldSink), QSet<QString>({u"channel1292077344"_s}));
    QCOMPARE(userAuthorIds(newSink), QSet<QString>({u"channel1292077344"_s}));
    // The 2020 messages reappear in 2021 with the same ids, times, texts and attachments.
    for (const MessageInfo &o : oldSink.userMessages()) {
        const MessageInfo *n = messageById(newSink, o.externalId);
        QVERIFY2(n, qPrintable(o.externalId));
        QCOMPARE(n->sentAt, o.sentAt);
        QCOMPARE(n->text, o.text);
        QCOMPARE(n->editedAt, o.editedAt);
        QCOMPARE(n->attachmentKind, o.attachmentKind);
        QCOMPARE(n->author.externalId, o.author.externalId);
    }
    // Text arrays are the pieces joined (id 9: "italic" + " in text\n\n" + "italic on whole line").
    QCOMPARE(messageById(newSink, QStringLiteral("9"))->text,
             QStringLiteral("italic in text\n\nitalic on whole line"));
    QCOMPARE(messageById(newSink, QStringLiteral("14"))->text,
             QStringLiteral("text link\n\nexample.com\n\nexample@example.com"));
    QCOMPARE(messageById(newSink, QStringLiteral("21"))->text,
             QStringLiteral("тестирование utf-8."));
    // "edited": local wall clock; media kinds
    QCOMPARE(messageById(newSink, QStringLiteral("5"))->editedAt, localSecs("2020-11-12T13:03:00"));
    QCOMPARE(messageById(newSink, QStringLiteral("2"))->editedAt, Q_INT64_C(0));
    QCOMPARE(messageById(newSink, QStringLiteral("3"))->attachmentKind, QStringLiteral("photo"));
    QCOMPARE(messageById(newSink, QStringLiteral("7"))->attachmentKind, QStringLiteral("voice"));
    QCOMPARE(messageById(newSink, QStringLiteral("8"))->attachmentKind, QStringLiteral("audio"));
    QCOMPARE(messageById(newSink, QStringLiteral("22"))->attachmentKind, QStringLiteral("file"));
    QCOMPARE(messageById(newSink, QStringLiteral("26"))->attachmentKind, QStringLiteral("file"));
    // create_channel: a service message by the channel and an Other event
    const MessageInfo *created = messageById(oldSink, QStringLiteral("1"));
    QVERIFY(created && created->isService);
    QCOMPARE(created->author.externalId, QStringLiteral("channel1292077344"));
    QCOMPARE(eventsOfKind(oldSink, EventInfo::Kind::Other).size(), 1);
}

void TestTelegramFixtures::bigFakerExport()
{
    RecordingSink sink;
    const ReadResult r =
        readFile(fixture(QStringLiteral("chat-analytics__BIG_20A_5475M.json")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    // integer from_id 0..19 (python: sorted(set(m["from_id"] ...)))
    QSet<QString> expected;
    for (int i = 0; i < 20; ++i)
        expected.insert(QStringLiteral("user%1").arg(i));
    QCOMPARE(userAuthorIds(sink), expected);
    // "2017-01-01T06:20:09.248Z" is UTC: calendar.timegm -> 1483251609
    QCOMPARE(sink.messages[0].info.sentAt, Q_INT64_C(1483251609));
    QCOMPARE(sink.messages[0].info.author.name, QStringLiteral("Marjory.Cartwright"));
    QCOMPARE(sink.channels[0].externalId, QStringLiteral("1111111111"));
    QVERIFY(sink.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestTelegramFixtures)
#include "tst_telegram_fixtures.moc"
