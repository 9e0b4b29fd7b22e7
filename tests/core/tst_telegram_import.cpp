// Tests of the Telegram Desktop JSON importer against the real export samples in
// shared/data/exports/telegram (oracles: shared/data/exports/SOURCES.md), a malformed corpus
// and a generated export checked against Python's json module.
//
// Expected numbers are derived from SOURCES.md or from reading the files with python3's json
// module (the one-liner is quoted next to each number), never from this importer's output.

#include "import/TelegramImporter.h"

#include "RecordingSink.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace kindred;
using namespace Qt::StringLiterals;
using kindred::test::RecordingSink;

namespace {

const QString kTelegramDir = QStringLiteral(KINDRED_EXPORTS_DIR "/telegram");

QString fixture(const QString &name)
{
    return kTelegramDir + QLatin1Char('/') + name;
}

QSet<QString> userAuthorIds(const RecordingSink &sink)
{
    QSet<QString> ids;
    for (const MessageInfo &m : sink.userMessages())
        if (m.author.isValid())
            ids.insert(m.author.externalId);
    return ids;
}

const MessageInfo *messageById(const RecordingSink &sink, const QString &id)
{
    for (const auto &m : sink.messages)
        if (m.info.externalId == id)
            return &m.info;
    return nullptr;
}

QList<EventInfo> eventsOfKind(const RecordingSink &sink, EventInfo::Kind kind)
{
    QList<EventInfo> out;
    for (const auto &e : sink.events)
        if (e.info.kind == kind)
            out.append(e.info);
    return out;
}

/// Local wall clock -> UTC seconds, the way the importer must read a "date" without date_unixtime.
qint64 localSecs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

QString withoutSpaces(QString s)
{
    s.remove(QLatin1Char(' '));
    return s;
}

struct ReadResult
{
    bool ok = false;
    ImportError error;
};

ReadResult readFile(const QString &path, RecordingSink &sink)
{
    TelegramImporter importer;
    ReadResult r;
    r.ok = importer.read(path, sink, r.error);
    return r;
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

/// Runs python3 and returns its stdout (trimmed); empty on failure.
QByteArray python(const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    p.start(QStringLiteral("python3"), args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0) {
        qWarning() << "python3 failed:" << p.readAllStandardError();
        return QByteArray();
    }
    return p.readAllStandardOutput().trimmed();
}

class CancelingSink final : public ImportSink
{
public:
    bool beginChannel(const ChannelInfo &) override { return true; }
    bool addMessage(const MessageInfo &) override { return true; }
    bool addEvent(const EventInfo &) override { return true; }
    void addWarning(const QString &) override {}
    bool isCanceled() const override { return true; }
};

class RefusingSink final : public ImportSink
{
public:
    int messages = 0;
    bool beginChannel(const ChannelInfo &) override { return true; }
    bool addMessage(const MessageInfo &) override { return ++messages < 3; }
    bool addEvent(const EventInfo &) override { return true; }
    void addWarning(const QString &) override {}
};

} // namespace

class TestTelegramImport : public QObject
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

    void serviceEvents();
    void reactionsAndOddities();

    void malformed_data();
    void malformed();
    void garbageLine();
    void truncatedEverywhere();
    void cancelAndSinkFailure();

    void generatedExport();
};

void TestTelegramImport::initTestCase()
{
#ifdef Q_OS_UNIX
    // A zone with DST and a non-zero offset, so "date"-only messages really exercise the
    // local-wall-clock rule (expected values below are computed with QDateTime in this zone).
    qputenv("TZ", "Europe/Berlin");
    tzset();
#endif
    QVERIFY2(QDir(kTelegramDir).exists(), qPrintable(kTelegramDir));
}

// ----------------------------------------------------------------------------- detect

void TestTelegramImport::detect_data()
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

void TestTelegramImport::detect()
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

void TestTelegramImport::fixtures_data()
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

void TestTelegramImport::fixtures()
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

void TestTelegramImport::dmOracle()
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

void TestTelegramImport::multiChatOracle()
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

void TestTelegramImport::chatMinerOracle_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("single") << QStringLiteral("chat-miner__test_single_export.json");
    QTest::newRow("batch") << QStringLiteral("chat-miner__test_batch_export.json");
}

void TestTelegramImport::chatMinerOracle()
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

void TestTelegramImport::langchainOracle()
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

void TestTelegramImport::legacyNumericIds()
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

void TestTelegramImport::tg2mdOldAndNewExportsAgree()
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

void TestTelegramImport::bigFakerExport()
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

// ----------------------------------------------------------------------------- shapes

void TestTelegramImport::serviceEvents()
{
    // Shapes as Telegram Desktop writes them: members are names only.
    const QByteArray json = R"({
 "name": "Group", "type": "private_supergroup", "id": 42,
 "messages": [
  {"id": 1, "type": "service", "date_unixtime": "100", "actor": "Ann", "actor_id": "user1",
   "action": "create_group", "title": "Group", "members": ["Ann", "Bob"], "text": ""},
  {"id": 2, "type": "message", "date_unixtime": "110", "from": "Bob", "from_id": "user2", "text": "hi"},
  {"id": 3, "type": "service", "date_unixtime": "120", "actor": "Cid", "actor_id": "user3",
   "action": "join_group_by_link", "inviter": "Ann", "text": ""},
  {"id": 4, "type": "service", "date_unixtime": "130", "actor": "Ann", "actor_id": "user1",
   "action": "invite_members", "members": ["Dee", "Nobody Here"], "text": ""},
  {"id": 5, "type": "message", "date_unixtime": "140", "from": "Dee", "from_id": "user4", "text": "thanks"},
  {"id": 6, "type": "service", "date_unixtime": "150", "actor": "Cid", "actor_id": "user3",
   "action": "remove_members", "members": ["Cid"], "text": ""},
  {"id": 7, "type": "service", "date_unixtime": "160", "actor": "Ann", "actor_id": "user1",
   "action": "remove_members", "members": ["Dee"], "text": ""},
  {"id": 8, "type": "service", "date_unixtime": "170", "actor": "Ann", "actor_id": "user1",
   "action": "pin_message", "message_id": 5, "text": ""},
  {"id": 9, "type": "service", "date_unixtime": "180", "actor": "Eve", "actor_id": "user5",
   "action": "join_group_by_request", "text": ""},
  {"id": 10, "type": "service", "date_unixtime": "190", "actor": "Fay", "actor_id": "user6",
   "action": "invite_members", "members": ["Fay"], "text": ""},
  {"id": 11, "type": "service", "date_unixtime": "200", "actor": null, "actor_id": "user7",
   "action": "remove_members", "members": [null], "text": ""}
 ]
})";
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("result.json"), json);
    RecordingSink sink;
    const ReadResult r = readFile(path, sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.userMessages().size(), 2);
    QCOMPARE(sink.messages.size(), 11);

    const auto joins = eventsOfKind(sink, EventInfo::Kind::Join);
    QStringList joined;
    for (const EventInfo &e : joins)
        joined << e.member.externalId + QLatin1Char('@') + e.messageExternalId;
    joined.sort();
    // creator Ann (1), Cid by link (3), Eve by request (9), Fay added herself (10)
    QCOMPARE(joined, QStringList({u"user1@1"_s, u"user3@3"_s, u"user5@9"_s, u"user6@10"_s}));

    const auto invites = eventsOfKind(sink, EventInfo::Kind::Invite);
    QCOMPARE(invites.size(), 3); // Bob at creation, Dee and "Nobody Here"
    for (const EventInfo &e : invites) {
        QCOMPARE(e.actor.externalId, QStringLiteral("user1"));
        if (e.member.name == QLatin1String("Bob"))
            QCOMPARE(e.member.externalId, QStringLiteral("user2")); // resolved by name
        else if (e.member.name == QLatin1String("Dee"))
            QCOMPARE(e.member.externalId, QStringLiteral("user4")); // seen after the invite
        else
            QVERIFY(!e.member.isValid()); // unknown name: no id invented
    }
    const auto leaves = eventsOfKind(sink, EventInfo::Kind::Leave);
    QCOMPARE(leaves.size(), 2); // Cid left (6); the deleted account removed itself (11)
    QCOMPARE(leaves[0].member.externalId, QStringLiteral("user3"));
    QCOMPARE(leaves[1].member.externalId, QStringLiteral("user7"));
    QCOMPARE(leaves[1].member.name, QStringLiteral("Deleted Account"));
    const auto removes = eventsOfKind(sink, EventInfo::Kind::Remove);
    QCOMPARE(removes.size(), 1);
    QCOMPARE(removes[0].member.externalId, QStringLiteral("user4"));
    QCOMPARE(removes[0].actor.externalId, QStringLiteral("user1"));
    QCOMPARE(removes[0].at, Q_INT64_C(160));
    const auto pins = eventsOfKind(sink, EventInfo::Kind::Pin);
    QCOMPARE(pins.size(), 1);
    QCOMPARE(pins[0].detail, QStringLiteral("5"));
    QCOMPARE(pins[0].actor.externalId, QStringLiteral("user1"));
    // Service messages carry the actor as author and are flagged.
    const MessageInfo *m3 = messageById(sink, QStringLiteral("3"));
    QVERIFY(m3->isService);
    QCOMPARE(m3->author.externalId, QStringLiteral("user3"));
    // The unmatched name is reported.
    QVERIFY(!sink.warnings.filter(QStringLiteral("Nobody Here")).isEmpty());
}

void TestTelegramImport::reactionsAndOddities()
{
    const QByteArray json = R"({
 "name": "G", "type": "private_supergroup", "id": 7,
 "messages": [
  {"id": 1, "type": "message", "date": "2024-03-01T12:34:56", "date_unixtime": "1709296496",
   "edited": "2024-03-01T12:40:00", "edited_unixtime": "1709296800",
   "from": null, "from_id": "user9", "text": "first",
   "reactions": [
     {"type": "emoji", "count": 3, "emoji": "👍", "recent": [
        {"from": "Ann", "from_id": "user1", "date": "2024-03-01T13:00:00Z"},
        {"from": null, "from_id": "user9", "date_unixtime": "1709298000"}]},
     {"type": "custom_emoji", "count": 2, "document_id": "stickers/custom_1.webp"},
     {"type": "custom_emoji", "count": 1}
   ]},
  {"id": 2, "type": "message", "date_unixtime": "1709296500", "from": "Ann", "from_id": "user1",
   "reply_to_message_id": 1, "forwarded_from": "Qt Blog", "file": "x.webp", "media_type": "sticker",
   "text": ["a ", {"type": "bold", "text": "b"}, {"type": "mention", "text": "@c"}, " \"d\"\n"]},
  {"id": 3, "type": "message", "from": "Ann", "from_id": "user1", "text": "no date"},
  {"id": 4, "type": "message", "date": "yesterday", "from": "Ann", "from_id": "user1", "text": "bad"},
  {"id": 5, "type": "message", "date_unixtime": "1709296600", "from": "Ann", "from_id": "user1",
   "forwarded_from": null, "file": "v.mp4", "media_type": "video_file", "text": "",
   "reply_to_message_id": 77, "reply_to_peer_id": "channel5"},
  {"id": 6, "type": "message", "date": "2024-03-01T12:34:56+02:00", "from": "Ann",
   "from_id": "user1", "poll": {"question": "?"}, "text": ""}
 ]
})";
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("result.json"), json);
    RecordingSink sink;
    const ReadResult r = readFile(path, sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.messages.size(), 4); // 3 (no date) and 4 (unreadable date) skipped
    QCOMPARE(sink.warnings.filter(QStringLiteral("no date")).size(), 1);
    QCOMPARE(sink.warnings.filter(QStringLiteral("yesterday")).size(), 1);

    const MessageInfo *m1 = messageById(sink, QStringLiteral("1"));
    QCOMPARE(m1->sentAt, Q_INT64_C(1709296496));
    QCOMPARE(m1->editedAt, Q_INT64_C(1709296800));
    QCOMPARE(m1->author.externalId, QStringLiteral("user9")); // deleted account keeps its id
    QCOMPARE(m1->author.name, QStringLiteral("Deleted Account"));
    QCOMPARE(m1->reactions.size(), 3);
    QCOMPARE(m1->reactions[0].emoji, QStringLiteral("👍"));
    QCOMPARE(m1->reactions[0].count, 3);
    QCOMPARE(m1->reactions[0].reactors.size(), 2);
    QCOMPARE(m1->reactions[0].reactors[0].person.externalId, QStringLiteral("user1"));
    QCOMPARE(m1->reactions[0].reactors[0].person.name, QStringLiteral("Ann"));
    QCOMPARE(m1->reactions[0].reactors[0].at, Q_INT64_C(1709298000)); // 13:00:00Z
    QCOMPARE(m1->reactions[0].reactors[1].person.externalId, QStringLiteral("user9"));
    QCOMPARE(m1->reactions[0].reactors[1].at, Q_INT64_C(1709298000));
    QCOMPARE(m1->reactions[1].emoji, QStringLiteral("stickers/custom_1.webp"));
    QCOMPARE(m1->reactions[1].count, 2);
    QCOMPARE(m1->reactions[2].emoji, QStringLiteral("custom"));

    const MessageInfo *m2 = messageById(sink, QStringLiteral("2"));
    QCOMPARE(m2->text, QStringLiteral("a b@c \"d\"\n"));
    QCOMPARE(m2->replyToExternalId, QStringLiteral("1"));
    QCOMPARE(m2->forwardedFrom, QStringLiteral("Qt Blog"));
    QCOMPARE(m2->attachmentKind, QStringLiteral("sticker"));
    QVERIFY(m2->reactions.isEmpty());

    const MessageInfo *m5 = messageById(sink, QStringLiteral("5"));
    QCOMPARE(m5->attachmentKind, QStringLiteral("video"));
    QVERIFY(!m5->forwardedFrom.isEmpty());    // forwarded, source hidden
    QVERIFY(m5->replyToExternalId.isEmpty()); // a reply into another chat
    QCOMPARE(m5->editedAt, Q_INT64_C(0));

    const MessageInfo *m6 = messageById(sink, QStringLiteral("6"));
    QCOMPARE(m6->sentAt, Q_INT64_C(1709289296)); // 12:34:56+02:00 = 10:34:56Z (calendar.timegm)
    QCOMPARE(m6->attachmentKind, QStringLiteral("other"));
}

// ----------------------------------------------------------------------------- malformed

void TestTelegramImport::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expect"); // substring of the error message (case-insensitive)
    QTest::addColumn<qint64>("line");    // expected line, 0 = any
    QTest::addColumn<qint64>("column");  // expected column, 0 = any

    const QByteArray head = "{\n \"name\": \"x\",\n \"type\": \"personal_chat\",\n \"id\": 1,\n";
    QTest::newRow("empty file") << QByteArray() << "empty" << qint64(0) << qint64(0);
    QTest::newRow("only whitespace")
        << QByteArray("  \n\t ") << "no JSON" << qint64(0) << qint64(0);
    QTest::newRow("messages is a number")
        << head + " \"messages\": 5\n}"
        << "\"messages\" must be an array" << qint64(5) << qint64(14);
    QTest::newRow("messages holds a string") << head + " \"messages\": [\"hi\"]\n}"
                                             << "message objects" << qint64(5) << qint64(15);
    QTest::newRow("date_unixtime is an object")
        << head + " \"messages\": [\n  {\"id\": 1, \"type\": \"message\", \"date_unixtime\": {}}\n "
                  "]\n}"
        << "\"date_unixtime\" must be a string" << qint64(6) << qint64(49);
    QTest::newRow("text is a number")
        << head + " \"messages\": [{\"id\": 1, \"date_unixtime\": \"5\", \"text\": 5}]}"
        << "\"text\" must be" << qint64(5) << qint64(0);
    QTest::newRow("id is a float")
        << head + " \"messages\": [{\"id\": 1.5, \"date_unixtime\": \"5\"}]}"
        << "\"id\" must be an integer" << qint64(5) << qint64(0);
    QTest::newRow("from_id is an array") << head + " \"messages\": [{\"id\": 1, \"from_id\": []}]}"
                                         << "\"from_id\" must be" << qint64(5) << qint64(0);
    QTest::newRow("chats.list is a string") << QByteArray("{\"chats\": {\"list\": \"no\"}}")
                                            << "\"list\" must be" << qint64(1) << qint64(0);
    QTest::newRow("truncated inside a string")
        << head + " \"messages\": [{\"id\": 1, \"text\": \"hel"
        << "string is not closed" << qint64(5) << qint64(0);
    QTest::newRow("truncated after a message")
        << head + " \"messages\": [{\"id\": 1, \"date_unixtime\": \"5\", \"text\": \"a\"},\n"
        << "truncated" << qint64(0) << qint64(0);
    QTest::newRow("truncated before the closing brace") << head + " \"messages\": []\n"
                                                        << "truncated" << qint64(0) << qint64(0);
    QTest::newRow("missing comma") << head + " \"messages\": [{\"id\": 1 \"text\": \"a\"}]}"
                                   << "malformed" << qint64(5) << qint64(0);
    QTest::newRow("invalid UTF-8 in a text")
        << head + " \"messages\": [{\"id\": 1, \"text\": \"ab\xff\xfe\"}]}"
        << "UTF-8" << qint64(5) << qint64(36);
    QTest::newRow("latin-1 file") << QByteArray("{\"name\": \"Caf\xe9\", \"messages\": []}")
                                  << "UTF-8" << qint64(1) << qint64(14);
    QTest::newRow("top-level array") << QByteArray("[{\"type\": \"message\"}]")
                                     << "expected a JSON object" << qint64(1) << qint64(1);
    QTest::newRow("not JSON at all")
        << QByteArray("hello world\n") << "not JSON" << qint64(1) << qint64(1);
    QTest::newRow("trailing garbage") << head + " \"messages\": []\n} trailing"
                                      << "after the end" << qint64(6) << qint64(3);
    QTest::newRow("no messages or chats")
        << QByteArray("{\"guild\": {\"id\": \"1\"}, \"channel\": {}}") << "not a Telegram"
        << qint64(0) << qint64(0);
}

void TestTelegramImport::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expect);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("bad.json"), bytes);
    QVERIFY(!path.isEmpty());
    RecordingSink sink;
    const ReadResult r = readFile(path, sink);
    QVERIFY(!r.ok);
    QVERIFY(r.error.isSet());
    QCOMPARE(r.error.file, path);
    QVERIFY2(r.error.message.contains(expect, Qt::CaseInsensitive), qPrintable(r.error.toString()));
    QVERIFY2(r.error.offset <= bytes.size(), qPrintable(r.error.toString()));
    if (line > 0)
        QCOMPARE(r.error.line, line);
    if (column > 0)
        QCOMPARE(r.error.column, column);
    QVERIFY(r.error.toString().startsWith(path));
    qDebug().noquote() << r.error.toString().mid(path.size());
}

void TestTelegramImport::garbageLine()
{
    QTemporaryDir dir;
    // 10 MB on one line: printable garbage, then random bytes.
    QByteArray text(10 * 1024 * 1024, 'x');
    for (qsizetype i = 0; i < text.size(); i += 7)
        text[i] = char('a' + (i % 26));
    QByteArray random(10 * 1024 * 1024, '\0');
    QRandomGenerator rng(7);
    for (qsizetype i = 0; i < random.size(); ++i)
        random[i] = char(rng.bounded(256));
    QByteArray brace = "{" + text; // starts like an object, then garbage
    QByteArray longString = "{\"messages\": [{\"text\": \"" + text; // 10 MB unclosed string
    for (const auto &[name, bytes] : {std::pair{"text", text}, std::pair{"random", random},
                                      std::pair{"brace", brace}, std::pair{"string", longString}}) {
        const QString path = writeTemp(dir, QString::fromLatin1(name), bytes);
        RecordingSink sink;
        QElapsedTimer t;
        t.start();
        const ReadResult r = readFile(path, sink);
        QVERIFY2(!r.ok, name);
        QVERIFY2(!r.error.message.isEmpty(), name);
        QVERIFY2(r.error.offset >= 0 && r.error.offset <= bytes.size(),
                 qPrintable(r.error.toString()));
        QVERIFY2(r.error.line == 1, qPrintable(r.error.toString()));
        QVERIFY2(t.elapsed() < 5000, name);
        qDebug().noquote() << name << r.error.toString().mid(path.size()) << t.elapsed() << "ms";
    }
}

void TestTelegramImport::truncatedEverywhere()
{
    // Cutting a real export at every byte must fail cleanly (never crash or succeed silently
    // with a partial result) except where the cut leaves a complete document.
    QFile f(fixture(QStringLiteral("chat-analytics__MultiChat_2C_6M.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    const qsizetype end = all.lastIndexOf('}') + 1;
    QTemporaryDir dir;
    for (qsizetype n = 1; n < end; n += 1) {
        const QString path = writeTemp(dir, QStringLiteral("cut.json"), all.left(n));
        RecordingSink sink;
        const ReadResult r = readFile(path, sink);
        QVERIFY2(!r.ok, qPrintable(QStringLiteral("cut at %1 accepted").arg(n)));
        QVERIFY2(!r.error.message.isEmpty() && r.error.offset <= n,
                 qPrintable(QStringLiteral("cut at %1: %2").arg(n).arg(r.error.toString())));
    }
}

void TestTelegramImport::cancelAndSinkFailure()
{
    const QString path = fixture(QStringLiteral("chat-analytics__BIG_20A_5475M.json"));
    TelegramImporter importer;
    {
        CancelingSink sink;
        ImportError error;
        QVERIFY(!importer.read(path, sink, error));
        QVERIFY2(error.message.contains(QLatin1String("cancel")), qPrintable(error.toString()));
    }
    {
        RefusingSink sink;
        ImportError error;
        QVERIFY(!importer.read(path, sink, error));
        QCOMPARE(sink.messages, 3); // stopped at the first refusal
        QVERIFY(error.isSet());
    }
    {
        ImportError error;
        RecordingSink sink;
        QVERIFY(!importer.read(QStringLiteral("/nonexistent/result.json"), sink, error));
        QVERIFY(error.message.contains(QLatin1String("cannot open")));
    }
}

// ----------------------------------------------------------------------------- generated

void TestTelegramImport::generatedExport()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("result.json"));
    const QString gen = QStringLiteral(KINDRED_SHARED_DIR "/tools/gen_telegram_export.py");
    QVERIFY(QFile::exists(gen));
    QProcess p;
    p.start(QStringLiteral("python3"),
            {gen, QStringLiteral("--messages"), QStringLiteral("2000"), QStringLiteral("--members"),
             QStringLiteral("100"), QStringLiteral("--seed"), QStringLiteral("1"),
             QStringLiteral("--out"), out});
    QVERIFY(p.waitForFinished(300000));
    QCOMPARE(p.exitCode(), 0);

    // Expected values from Python's json module. The digest covers id, time, author id,
    // reply-to and the text (pieces joined) of every non-service message.
    const QString script = QStringLiteral(R"PY(
import json, sys, hashlib
d = json.load(open(sys.argv[1], encoding='utf-8'))
ms = d['messages']
reg = [m for m in ms if m['type'] != 'service']
svc = [m for m in ms if m['type'] == 'service']
flat = lambda t: t if isinstance(t, str) else ''.join(p if isinstance(p, str) else p['text'] for p in t)
h = hashlib.sha256()
for m in reg:
    h.update(('%s\t%s\t%s\t%s\t%s\n' % (m['id'], m['date_unixtime'], m['from_id'],
              m.get('reply_to_message_id', ''), flat(m['text']))).encode('utf-8'))
self_ = lambda m: m.get('members') == [m.get('actor')]
print(len(ms), len(reg), len(svc),
      sum(len(m.get('reactions', [])) for m in reg),
      sum(len(r.get('recent', [])) for m in reg for r in m.get('reactions', [])),
      sum('reply_to_message_id' in m for m in reg),
      sum(m['action'] == 'join_group_by_link' or (m['action'] == 'invite_members' and self_(m)) for m in svc),
      sum(m['action'] == 'invite_members' and not self_(m) for m in svc),
      sum(m['action'] == 'remove_members' and self_(m) for m in svc),
      sum(m['action'] == 'remove_members' and not self_(m) for m in svc),
      len({m['from_id'] for m in reg}),
      sum('edited_unixtime' in m for m in reg),
      sum('forwarded_from' in m for m in reg),
      sum('photo' in m for m in reg),
      sum(m.get('media_type') == 'sticker' for m in reg),
      sum(m['from'] is None for m in reg),
      h.hexdigest())
)PY");
    const QList<QByteArray> f = python({QStringLiteral("-c"), script, out}).split(' ');
    QCOMPARE(f.size(), 17);
    auto n = [&](int i) { return f[i].toLongLong(); };

    RecordingSink sink;
    QElapsedTimer t;
    t.start();
    const ReadResult r = readFile(out, sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    qDebug() << "generated export read in" << t.elapsed() << "ms";
    QCOMPARE(sink.channels.size(), 1);
    QCOMPARE(sink.channels[0].externalId, QStringLiteral("1876543210"));
    QCOMPARE(qint64(sink.messages.size()), n(0));
    QCOMPARE(qint64(sink.messages.size()), 2000); // --messages counts service messages too
    const QList<MessageInfo> user = sink.userMessages();
    QCOMPARE(qint64(user.size()), n(1));
    QCOMPARE(qint64(sink.messages.size() - user.size()), n(2));

    qint64 reactions = 0, reactors = 0, replies = 0, edited = 0, forwarded = 0, photos = 0,
           stickers = 0, deleted = 0;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const MessageInfo &m : user) {
        reactions += m.reactions.size();
        for (const ReactionInfo &x : m.reactions) {
            reactors += x.reactors.size();
            for (const ReactorInfo &who : x.reactors) {
                QVERIFY(who.person.isValid());
                QVERIFY(who.at >= m.sentAt - 86400); // "date": local wall clock, UTC in file
            }
            QVERIFY(x.count >= x.reactors.size());
            QVERIFY(!x.emoji.isEmpty());
        }
        replies += m.replyToExternalId.isEmpty() ? 0 : 1;
        edited += m.editedAt > 0 ? 1 : 0;
        forwarded += m.forwardedFrom.isEmpty() ? 0 : 1;
        photos += m.attachmentKind == QLatin1String("photo") ? 1 : 0;
        stickers += m.attachmentKind == QLatin1String("sticker") ? 1 : 0;
        deleted += m.author.name == QLatin1String("Deleted Account") ? 1 : 0;
        QVERIFY(m.author.isValid());
        hash.addData(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                         .arg(m.externalId)
                         .arg(m.sentAt)
                         .arg(m.author.externalId, m.replyToExternalId, m.text)
                         .toUtf8());
    }
    QVERIFY(n(3) > 0 && n(4) > 0 && n(5) > 0 && n(6) > 0 && n(8) > 0);
    QCOMPARE(reactions, n(3));
    QCOMPARE(reactors, n(4));
    QCOMPARE(replies, n(5));
    QCOMPARE(qint64(eventsOfKind(sink, EventInfo::Kind::Join).size()), n(6));
    QCOMPARE(qint64(eventsOfKind(sink, EventInfo::Kind::Invite).size()), n(7));
    QCOMPARE(qint64(eventsOfKind(sink, EventInfo::Kind::Leave).size()), n(8));
    QCOMPARE(qint64(eventsOfKind(sink, EventInfo::Kind::Remove).size()), n(9));
    QCOMPARE(qint64(userAuthorIds(sink).size()), n(10));
    QCOMPARE(edited, n(11));
    QCOMPARE(forwarded, n(12));
    QCOMPARE(photos, n(13));
    QCOMPARE(stickers, n(14));
    QCOMPARE(deleted, n(15));
    QCOMPARE(hash.result().toHex(), f[16]);

    // Joins and leaves name a member with an id; most invitees/removed members resolve by name.
    for (const EventInfo &e : eventsOfKind(sink, EventInfo::Kind::Join))
        QVERIFY(e.member.isValid());
    for (const EventInfo &e : eventsOfKind(sink, EventInfo::Kind::Leave))
        QVERIFY(e.member.isValid());
    int resolved = 0, total = 0;
    for (const auto &e : sink.events) {
        if (e.info.kind == EventInfo::Kind::Invite || e.info.kind == EventInfo::Kind::Remove) {
            ++total;
            resolved += e.info.member.isValid() ? 1 : 0;
            QVERIFY(e.info.actor.isValid());
        }
    }
    qDebug() << "invite/remove members resolved by name:" << resolved << "of" << total;
}

QTEST_GUILESS_MAIN(TestTelegramImport)
#include "tst_telegram_import.moc"
