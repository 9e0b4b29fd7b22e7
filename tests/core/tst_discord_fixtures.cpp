// DiscordChatExporter JSON importer against the real export samples in
// shared/data/exports/discord (oracles: shared/data/exports/SOURCES.md): format detection,
// counts per file and the per-file oracles (ids kept as strings, nickname over name, replies,
// reactions, edits, joins, calls) and the "without deleted message" re-import pair.
//
// Expected numbers come from SOURCES.md or, where it gives none, from reading the files with
// python3's json module (the expression is quoted next to each number), never from this
// importer's output.

#include "DiscordTestSupport.h"

#include "import/ImporterRegistry.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace kindred;
using namespace kindred::test;

namespace {

const QString kGeneral =
    QStringLiteral("DiscordChatExporter-frontend__Example guild - Text Channels - general "
                   "[1012224565567721552].json");
const QString kChill = QStringLiteral("DiscordChatExporter-frontend__Example guild - Text "
                                      "Channels - chill talk [1012224565567125544].json");
const QString kChillWithout =
    QStringLiteral("DiscordChatExporter-frontend__Example guild - Text Channels - chill talk "
                   "[1012224565567125544] without deleted message.json");

int countWith(const RecordingSink &sink, const std::function<bool(const MessageInfo &)> &pred)
{
    int n = 0;
    for (const auto &m : sink.messages)
        n += pred(m.info) ? 1 : 0;
    return n;
}

} // namespace

class TestDiscordFixtures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void detect_data();
    void detect();

    void fixtures_data();
    void fixtures();

    void dmOracle();
    void groupChatOracle();
    void serverOracle();
    void generalOracle();
    void chillTalkPair();
    void threadPinsRecipientsAndNewReferences();
};

void TestDiscordFixtures::initTestCase()
{
    QVERIFY2(QDir(kDiscordDir).exists(), qPrintable(kDiscordDir));
}

// ----------------------------------------------------------------------------- detect

void TestDiscordFixtures::detect_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    const QString exports = QStringLiteral(KINDRED_EXPORTS_DIR);
    const QDir tg(exports + QStringLiteral("/telegram"));
    for (const QString &f : tg.entryList({QStringLiteral("*.json")}, QDir::Files))
        QTest::newRow(qPrintable(QStringLiteral("telegram/") + f))
            << tg.filePath(f)
            << (f == QLatin1String("chat-miner__target.json") ? QString()
                                                              : QStringLiteral("telegram"));
    const QDir wa(exports + QStringLiteral("/whatsapp"));
    for (const QString &f :
         wa.entryList({QStringLiteral("*.txt"), QStringLiteral("*.zip")}, QDir::Files))
        QTest::newRow(qPrintable(QStringLiteral("whatsapp/") + f))
            << wa.filePath(f) << QStringLiteral("whatsapp");
    for (const QString &f : QDir(kDiscordDir).entryList(QDir::Files))
        QTest::newRow(qPrintable(QStringLiteral("discord/") + f))
            << discordFixture(f) << QStringLiteral("discord");
}

void TestDiscordFixtures::detect()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QString inner;
    const QByteArray head = ImporterRegistry::readHead(path, &inner);
    const int score = DiscordImporter().detect(head, inner);
    if (format == QLatin1String("discord"))
        QCOMPARE(score, 90);
    else
        QCOMPARE(score, 0);
    if (!format.isEmpty()) {
        QString error;
        QCOMPARE(ImporterRegistry::detect(path, &error), format);
    }
}

// ----------------------------------------------------------------------------- fixtures

void TestDiscordFixtures::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("channelId");
    QTest::addColumn<QString>("channelName");
    QTest::addColumn<int>("entries"); // len(d["messages"])
    QTest::addColumn<int>("user");    // entries whose type is Default or Reply
    // python3: d=json.load(open(f)); len(d["messages"]);
    //          sum(m["type"] in ("Default","Reply") for m in d["messages"])
    const QHash<QString, std::tuple<QString, QString, int, int>> expected = {
        {QStringLiteral("chat-analytics__DM_2A_2M.json"),
         {QStringLiteral("530805775262679064"), QStringLiteral("Someones name"), 3, 2}},
        {QStringLiteral("chat-analytics__GC_3A_5M.json"),
         {QStringLiteral("1064990764406419508"), QStringLiteral("a group chat"), 6, 3}},
        {QStringLiteral("chat-analytics__SV_5A_5M.json"),
         {QStringLiteral("253601524398293010"), QStringLiteral("DefleMask / general-chiptune"), 5,
          5}},
        {kGeneral,
         {QStringLiteral("1012224565567721552"), QStringLiteral("Example guild / general"), 35,
          31}},
        {kChill,
         {QStringLiteral("1012224565567875236"), QStringLiteral("Example guild / chill talk"), 6,
          6}},
        {kChillWithout,
         {QStringLiteral("1012224565567875236"), QStringLiteral("Example guild / chill talk"), 5,
          5}},
    };
    const QStringList files = QDir(kDiscordDir).entryList(QDir::Files);
    QCOMPARE(files.size(), expected.size()); // every file has a row
    for (const QString &f : files) {
        QVERIFY2(expected.contains(f), qPrintable(f));
        const auto &[id, name, entries, user] = expected.value(f);
        QTest::newRow(qPrintable(f)) << f << id << name << entries << user;
    }
}

void TestDiscordFixtures::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, channelId);
    QFETCH(QString, channelName);
    QFETCH(int, entries);
    QFETCH(int, user);
    RecordingSink sink;
    const auto r = readDiscord(discordFixture(file), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.channels.size(), 1);
    QCOMPARE(sink.channels[0].platform, QStringLiteral("discord"));
    QCOMPARE(sink.channels[0].externalId, channelId);
    QCOMPARE(sink.channels[0].name, channelName);
    QCOMPARE(sink.messages.size(), entries);
    QCOMPARE(sink.userMessages().size(), user);
    QVERIFY2(sink.warnings.isEmpty(), qPrintable(sink.warnings.join(u'\n')));
    for (const auto &m : sink.messages) {
        QVERIFY(!m.info.externalId.isEmpty());
        QVERIFY(m.info.author.isValid());
        QVERIFY(m.info.sentAt > 1420070400); // after the Discord epoch (2015)
    }
}

// ----------------------------------------------------------------------------- oracles

void TestDiscordFixtures::dmOracle()
{
    // SOURCES.md / DM_2A_2M.json.ts: 2 messages, 530805779645595660 "blah" with 👆 x42, 1 call
    // 2020-07-17T17:03:14.366 -> 21:14:52.787.
    RecordingSink sink;
    const auto r =
        readDiscord(discordFixture(QStringLiteral("chat-analytics__DM_2A_2M.json")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.channels[0].kind, QStringLiteral("DirectTextChat"));
    QCOMPARE(sink.userMessages().size(), 2);
    const MessageInfo *blah = discordMessage(sink, QStringLiteral("530805779645595660"));
    QVERIFY(blah);
    QCOMPARE(blah->text, QStringLiteral("blah"));
    QCOMPARE(blah->sentAt, utcSecs("2019-01-04T17:52:39Z"));
    QCOMPARE(blah->reactions.size(), 1);
    QCOMPARE(blah->reactions[0].emoji, QString::fromUtf8("\xF0\x9F\x91\x86")); // 👆
    QCOMPARE(blah->reactions[0].count, 42);
    QVERIFY(blah->reactions[0].reactors.isEmpty());
    QVERIFY(discordMessage(sink, QStringLiteral("538148765782114306")));
    QVERIFY(discordMessage(sink, QStringLiteral("538148765782114306"))->author.isBot);
    int calls = 0;
    for (const auto &m : sink.messages) {
        if (!m.info.isService)
            continue;
        ++calls;
        QCOMPARE(m.info.sentAt, utcSecs("2020-07-17T17:03:14Z"));
        QVERIFY(m.info.text.startsWith(QStringLiteral("Started a call")));
    }
    QCOMPARE(calls, 1);
    QVERIFY(sink.events.isEmpty());
}

void TestDiscordFixtures::groupChatOracle()
{
    // SOURCES.md / GC_3A_5M.json.ts: 3 non-system messages, nickname preferred ("theplant"),
    // 530805779645595660 replies to 1064990824305274930 (old reference shape, no "type").
    RecordingSink sink;
    const auto r =
        readDiscord(discordFixture(QStringLiteral("chat-analytics__GC_3A_5M.json")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.userMessages().size(), 3);
    const MessageInfo *plant = discordMessage(sink, QStringLiteral("1064990824305274930"));
    QVERIFY(plant);
    QCOMPARE(plant->author.name, QStringLiteral("theplant"));
    QCOMPARE(plant->author.externalId, QStringLiteral("333333333333333333"));
    const MessageInfo *reply = discordMessage(sink, QStringLiteral("530805779645595660"));
    QVERIFY(reply);
    QCOMPARE(reply->replyToExternalId, QStringLiteral("1064990824305274930"));
    // ChannelNameChange, ChannelIconChange and the call are service lines.
    QCOMPARE(countWith(sink, [](const MessageInfo &m) { return m.isService; }), 3);
    const MessageInfo *call = discordMessage(sink, QStringLiteral("100"));
    QVERIFY(call && call->isService);
    QCOMPARE(call->text, QStringLiteral("Started a call that lasted 113 minutes."));
}

void TestDiscordFixtures::serverOracle()
{
    // SOURCES.md / SV_5A_5M.json.ts: 459136077417021488 edited 2018-05-20T16:09:56.439Z by a
    // deleted user; reactions ❤ x2 and paul(464662216386412545) x3; sticker + attachment.
    RecordingSink sink;
    const auto r =
        readDiscord(discordFixture(QStringLiteral("chat-analytics__SV_5A_5M.json")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    const MessageInfo *edited = discordMessage(sink, QStringLiteral("459136077417021488"));
    QVERIFY(edited);
    QCOMPARE(edited->editedAt, utcSecs("2018-05-20T16:09:56Z"));
    QCOMPARE(edited->sentAt, utcSecs("2018-05-20T16:09:44Z"));
    QVERIFY2(edited->author.name.startsWith(QStringLiteral("Deleted User #555")),
             qPrintable(edited->author.name));
    // The author without "nickname" falls back to "name".
    QCOMPARE(discordMessage(sink, QStringLiteral("447793085255123004"))->author.name,
             QStringLiteral("mlomb"));
    QCOMPARE(discordMessage(sink, QStringLiteral("447793085255123005"))->attachmentKind,
             QStringLiteral("photo")); // unknown.png (the sticker does not override it)
    const MessageInfo *reacted = discordMessage(sink, QStringLiteral("447793085255123006"));
    QVERIFY(reacted);
    QCOMPARE(reacted->reactions.size(), 2);
    QCOMPARE(reacted->reactions[0].emoji, QStringLiteral("<:paul:464662216386412545>"));
    QCOMPARE(reacted->reactions[0].count, 3);
    QCOMPARE(reacted->reactions[1].emoji, QString::fromUtf8("\xE2\x9D\xA4")); // ❤
    QCOMPARE(reacted->reactions[1].count, 2);
    QCOMPARE(sink.channels[0].kind, QStringLiteral("GuildTextChat"));
}

void TestDiscordFixtures::generalOracle()
{
    // SOURCES.md (DiscordChatExporter-frontend general): 35 messages, 3 GuildMemberJoin,
    // 1 ThreadCreated, 3 references (python3: sum(bool(m.get("reference")) ...) = 3, of which
    // 2 have a messageId: the replies; the third is the ThreadCreated line, messageId null),
    // 4 with reactions, 1 edited, 7 with attachments.
    RecordingSink sink;
    const auto r = readDiscord(discordFixture(kGeneral), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.messages.size(), 35);
    const auto joins = [&sink] {
        QList<EventInfo> out;
        for (const auto &e : sink.events)
            if (e.info.kind == EventInfo::Kind::Join)
                out.append(e.info);
        return out;
    }();
    QCOMPARE(joins.size(), 3);
    QSet<QString> joiners;
    for (const EventInfo &e : joins) {
        QVERIFY(discordMessage(sink, e.messageExternalId)->isService);
        QCOMPARE(e.at, discordMessage(sink, e.messageExternalId)->sentAt);
        joiners.insert(e.member.externalId);
    }
    // python3: {m["author"]["id"] for m in d["messages"] if m["type"] == "GuildMemberJoin"}
    QCOMPARE(joiners, (QSet<QString>{QStringLiteral("521486476985321458"),
                                     QStringLiteral("896568767994532880"),
                                     QStringLiteral("627848643557663699")}));
    QCOMPARE(countWith(sink, [](const MessageInfo &m) { return !m.replyToExternalId.isEmpty(); }),
             2);
    QCOMPARE(discordMessage(sink, QStringLiteral("1060926395313827840"))->replyToExternalId,
             QStringLiteral("1060926346089476176"));
    const MessageInfo *thread = discordMessage(sink, QStringLiteral("1060927310439657577"));
    QVERIFY(thread && thread->isService && thread->replyToExternalId.isEmpty());
    QCOMPARE(countWith(sink, [](const MessageInfo &m) { return !m.reactions.isEmpty(); }), 4);
    QCOMPARE(countWith(sink, [](const MessageInfo &m) { return m.editedAt > 0; }), 1);
    // 7 messages with attachments, plus 1 with only a sticker (python3: "stickers" non-empty).
    QCOMPARE(countWith(sink,
                       [](const MessageInfo &m) {
                           return !m.attachmentKind.isEmpty() &&
                                  m.attachmentKind != QLatin1String("sticker");
                       }),
             7);
    QCOMPARE(countWith(
                 sink,
                 [](const MessageInfo &m) { return m.attachmentKind == QLatin1String("sticker"); }),
             1);
    QCOMPARE(discordMessage(sink, QStringLiteral("1060927108362289223"))->attachmentKind,
             QStringLiteral("animation")); // wat_gif_upload.gif
    QCOMPARE(discordMessage(sink, QStringLiteral("1060927205481402388"))->attachmentKind,
             QStringLiteral("video")); // book_scanner.mp4
    QCOMPARE(discordMessage(sink, QStringLiteral("1060927254248558702"))->attachmentKind,
             QStringLiteral("audio")); // funny_noises.mp3
    QCOMPARE(discordMessage(sink, QStringLiteral("1060927254248558702"))->reactions[0].count, 2);
    // The bot-named joiner's nickname is preferred over its account name.
    QCOMPARE(joins.size() > 0, true);
    bool sawNickname = false;
    for (const EventInfo &e : joins)
        sawNickname |= e.member.name == QLatin1String("RICK NITRO");
    QVERIFY(sawNickname);
}

void TestDiscordFixtures::chillTalkPair()
{
    // SOURCES.md: the same channel exported twice; the second lacks one message (6 -> 5).
    // Importing both keeps the union: 6 distinct message ids in one channel.
    RecordingSink sink;
    for (const QString &f : {kChill, kChillWithout}) {
        const auto r = readDiscord(discordFixture(f), sink);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
    }
    QCOMPARE(sink.channels.size(), 2);
    QCOMPARE(sink.channels[0].externalId, sink.channels[1].externalId);
    QCOMPARE(sink.messages.size(), 11);
    QSet<QString> ids;
    for (const auto &m : sink.messages)
        ids.insert(m.info.externalId);
    QCOMPARE(ids.size(), 6);
}

void TestDiscordFixtures::threadPinsRecipientsAndNewReferences()
{
    // Shapes the shared files lack (hand-written after DiscordChatExporter's writer): a thread
    // export (categoryId = parent channel), a pin, RecipientAdd/Remove with the mentioned user,
    // the new reference shape with "type", reactions with users, a "[part 2]" file name.
    const QByteArray bytes = R"({"guild": {"id": "7", "name": "G"},
 "channel": {"id": "900", "type": "GuildPublicThread", "categoryId": "800",
             "category": "general", "name": "my thread"},
 "messages": [
  {"id": "1", "type": "Default", "timestamp": "2023-01-06T18:00:00.000+02:00",
   "content": "hi", "author": {"id": "11", "name": "ann", "nickname": "Ann", "isBot": false},
   "reactions": [{"emoji": {"id": "", "name": "x"}, "count": 1,
                  "users": [{"id": "12", "name": "bob", "nickname": "Bob", "isBot": false}]}]},
  {"id": "2", "type": "Reply", "timestamp": "2023-01-06T16:01:00+00:00", "content": "yo",
   "author": {"id": "12", "name": "bob"},
   "reference": {"type": "Default", "messageId": "1", "channelId": "900", "guildId": "7"}},
  {"id": "3", "type": "ChannelPinnedMessage", "timestamp": "2023-01-06T16:02:00+00:00",
   "content": "Pinned a message.", "author": {"id": "11", "name": "ann"},
   "reference": {"messageId": "1", "channelId": "900", "guildId": "7"}},
  {"id": "4", "type": "RecipientAdd", "timestamp": "2023-01-06T16:03:00+00:00",
   "content": "Added cy to the group.", "author": {"id": "11", "name": "ann"},
   "mentions": [{"id": "13", "name": "cy", "isBot": false}]},
  {"id": "5", "type": "RecipientRemove", "timestamp": "2023-01-06T16:04:00+00:00",
   "content": "Left the group.", "author": {"id": "13", "name": "cy"},
   "mentions": [{"id": "13", "name": "cy"}]}
 ]})";
    QTemporaryDir dir;
    const QString path =
        writeDiscordTemp(dir, QStringLiteral("G - general - my thread [900] [part 2].json"), bytes);
    RecordingSink sink;
    const auto r = readDiscord(path, sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.channels.size(), 1);
    QCOMPARE(sink.channels[0].externalId, QStringLiteral("900"));
    QCOMPARE(sink.channels[0].name, QStringLiteral("G / general / my thread"));
    QCOMPARE(sink.channels[0].kind, QStringLiteral("GuildPublicThread"));
    QCOMPARE(sink.messages.size(), 5);
    QCOMPARE(sink.messages[0].info.sentAt, utcSecs("2023-01-06T16:00:00Z"));
    QCOMPARE(sink.messages[0].info.author.name, QStringLiteral("Ann"));
    QCOMPARE(sink.messages[0].info.reactions[0].reactors.size(), 1);
    QCOMPARE(sink.messages[0].info.reactions[0].reactors[0].person.externalId,
             QStringLiteral("12"));
    QCOMPARE(sink.messages[0].info.reactions[0].reactors[0].person.name, QStringLiteral("Bob"));
    QCOMPARE(sink.messages[0].info.reactions[0].reactors[0].at, qint64(0));
    QCOMPARE(sink.messages[1].info.replyToExternalId, QStringLiteral("1"));
    QVERIFY(!sink.messages[1].info.isService);
    QVERIFY(sink.messages[2].info.isService && sink.messages[2].info.replyToExternalId.isEmpty());
    QCOMPARE(sink.events.size(), 3);
    QCOMPARE(sink.events[0].info.kind, EventInfo::Kind::Pin);
    QCOMPARE(sink.events[0].info.detail, QStringLiteral("1"));
    QCOMPARE(sink.events[0].info.actor.externalId, QStringLiteral("11"));
    QCOMPARE(sink.events[1].info.kind, EventInfo::Kind::Invite);
    QCOMPARE(sink.events[1].info.member.externalId, QStringLiteral("13"));
    QCOMPARE(sink.events[1].info.actor.externalId, QStringLiteral("11"));
    QCOMPARE(sink.events[2].info.kind, EventInfo::Kind::Leave);
    QCOMPARE(sink.events[2].info.member.externalId, QStringLiteral("13"));
    QVERIFY(sink.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestDiscordFixtures)
#include "tst_discord_fixtures.moc"
