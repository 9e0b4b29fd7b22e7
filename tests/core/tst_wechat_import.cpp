// WeChat CSV import (WeChatImporter): detection of both families next to the other formats,
// times, the two shared WeClone (PyWxDump-style) exports, the crafted MemoTrace and PyWxDump
// fixtures under tests/data/wechat (README.md there: no public MemoTrace sample exists),
// malformed input with positions, and ImportService into a real workspace database.
//
// Counts of the shared files are taken independently with Python's csv module; the expression
// is next to each number. R(f) stands for
//   list(csv.DictReader(open(f, encoding='utf-8-sig', newline='')))
// with t = R('WeClone__test_person_test_0_730.csv'), e = R('WeClone__example_chat.csv').

#include "DbDigest.h"
#include "WeChatTestSupport.h"

#include "import/ImportService.h"
#include "import/ImporterRegistry.h"
#include "import/wechat/WeChatSystemText.h"
#include "import/wechat/WeChatTime.h"
#include "import/wechat/WeChatWarnings.h"
#include "storage/Database.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace kindred;
using namespace kindred::test;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QByteArray kPyHeader =
    "id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime\n";
const QByteArray kMemoHeader = "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,"
                               "StrContent,StrTime,Remark,NickName,Sender\r\n";

QHash<QString, int> countBy(const RecordingSink &sink, QString (*key)(const MessageInfo &))
{
    QHash<QString, int> out;
    for (const auto &m : sink.messages)
        ++out[key(m.info)];
    return out;
}

QString attachmentOf(const MessageInfo &m)
{
    return m.isService ? QStringLiteral("service") : m.attachmentKind;
}

} // namespace

class TestWeChatImport : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void detectHeaders_data();
    void detectHeaders();
    void wallClock_data();
    void wallClock();
    void systemText_data();
    void systemText();

    void sharedFiles_data();
    void sharedFiles();
    void multiLineQuoteAndRecalls();
    void olderJsonContent();
    void memoTraceGroup();
    void memoTraceExtraColumns();
    void pyWxDumpGroup();
    void warningsAreBounded();
    void wallClockOffset();

    void malformed_data();
    void malformed();

    void importService_data();
    void importService();
    void malformedLeavesDatabaseUnchanged_data();
    void malformedLeavesDatabaseUnchanged();
};

// ----------------------------------------------------------------------------- detection

void TestWeChatImport::detect_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    const QDir shared(QStringLiteral(KINDRED_EXPORTS_DIR "/wechat"));
    for (const QString &f : shared.entryList({QStringLiteral("*.csv")}, QDir::Files))
        QTest::newRow(qPrintable(f)) << shared.filePath(f) << QStringLiteral("wechat");
    const QDir crafted(QStringLiteral(KINDRED_TEST_DATA_DIR "/wechat"));
    for (const QString &f : crafted.entryList({QStringLiteral("*.csv")}, QDir::Files))
        QTest::newRow(qPrintable(QStringLiteral("crafted ") + f))
            << crafted.filePath(f) << QStringLiteral("wechat");
    // The other formats keep theirs; the DiscordChatExporter CSV fixtures in particular.
    const QDir discordCsv(QStringLiteral(KINDRED_TEST_DATA_DIR "/discord"));
    for (const QString &f : discordCsv.entryList({QStringLiteral("*.csv")}, QDir::Files))
        QTest::newRow(qPrintable(QStringLiteral("discord csv ") + f))
            << discordCsv.filePath(f) << QStringLiteral("discord");
    const struct
    {
        const char *dir;
        const char *pattern;
        const char *format;
    } others[] = {{"telegram", "*.json", "telegram"},
                  {"whatsapp", "*.txt", "whatsapp"},
                  {"discord", "*.json", "discord"}};
    for (const auto &o : others) {
        const QDir dir(QStringLiteral(KINDRED_EXPORTS_DIR "/") + QLatin1String(o.dir));
        const QStringList files =
            dir.entryList({QString::fromLatin1(o.pattern)}, QDir::Files, QDir::Name);
        for (const QString &f : files.mid(0, 3)) {
            if (f == QLatin1String("chat-miner__target.json")) // not an export (see SOURCES.md)
                continue;
            QTest::newRow(qPrintable(QLatin1String(o.dir) + QLatin1Char(' ') + f))
                << dir.filePath(f) << QString::fromLatin1(o.format);
        }
    }
}

void TestWeChatImport::detect()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    QString error;
    QCOMPARE(ImporterRegistry::detect(path, &error), format);
    QString inner;
    const QByteArray head = ImporterRegistry::readHead(path, &inner);
    QCOMPARE(WeChatImporter().detect(head, inner), format == QLatin1String("wechat") ? 90 : 0);
}

void TestWeChatImport::detectHeaders_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("score");
    QTest::newRow("pywxdump") << kPyHeader << 90;
    QTest::newRow("pywxdump bom crlf")
        << QByteArray("\xEF\xBB\xBFid,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,"
                      "CreateTime\r\n1,2")
        << 90;
    QTest::newRow("pywxdump older json content")
        << QByteArray("id,MsgSvrID,type_name,is_sender,talker,room_name,content,CreateTime\n")
        << 90;
    QTest::newRow("pywxdump quoted, other order")
        << QByteArray("\"CreateTime\",\"room_name\",\"talker\",\"is_sender\",\"type_name\","
                      "\"MsgSvrID\",\"msg\"\n")
        << 90;
    QTest::newRow("memotrace") << kMemoHeader << 90;
    QTest::newRow("memotrace bom, extra columns")
        << QByteArray("\xEF\xBB\xBFlocalId,TalkerId,Type,SubType,IsSender,CreateTime,MsgSvrID,"
                      "BytesExtra,Status,StrContent,StrTime,Remark,NickName,Sender\r\n")
        << 90;
    QTest::newRow("memotrace without CreateTime")
        << QByteArray("localId,TalkerId,Type,SubType,IsSender,StrContent\n") << 50;
    QTest::newRow("pywxdump without room_name")
        << QByteArray("id,MsgSvrID,type_name,is_sender,talker,msg,src,CreateTime\n") << 50;
    QTest::newRow("discord csv") << QByteArray(
                                        "AuthorID,Author,Date,Content,Attachments,Reactions\n")
                                 << 0;
    QTest::newRow("generic csv") << QByteArray("time,user,text\n") << 0;
    QTest::newRow("header on line 2") << QByteArray("\n") + kPyHeader << 0;
    QTest::newRow("json") << QByteArray("{\"messages\":[]}") << 0;
    QTest::newRow("empty") << QByteArray() << 0;
}

void TestWeChatImport::detectHeaders()
{
    QFETCH(QByteArray, head);
    QFETCH(int, score);
    QCOMPARE(WeChatImporter().detect(head, QStringLiteral("chat.csv")), score);
}

// ----------------------------------------------------------------------------- units

void TestWeChatImport::wallClock_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("utc");
    QTest::addColumn<bool>("seconds");
    // UTC+8: the UTC time is 8 hours earlier.
    QTest::newRow("excel, no seconds")
        << u("2024/10/4 11:42") << true << wechatUtc("2024-10-04T03:42:00Z") << false;
    QTest::newRow("pywxdump") << u("2023-08-12 23:22:41") << true
                              << wechatUtc("2023-08-12T15:22:41Z") << true;
    QTest::newRow("previous UTC day")
        << u("2024-01-01 07:59:59") << true << wechatUtc("2023-12-31T23:59:59Z") << true;
    QTest::newRow("excel with seconds")
        << u("2024/12/30 21:28:05") << true << wechatUtc("2024-12-30T13:28:05Z") << true;
    QTest::newRow("single digits dashes")
        << u("2024-1-2 3:04") << true << wechatUtc("2024-01-01T19:04:00Z") << false;
    QTest::newRow("month-first") << u("10/4/2024 11:42") << false << qint64(0) << false;
    QTest::newRow("mixed separators") << u("2024/10-4 11:42") << false << qint64(0) << false;
    QTest::newRow("feb 30") << u("2024-02-30 10:00:00") << false << qint64(0) << false;
    QTest::newRow("hour 24") << u("2024-02-03 24:00:00") << false << qint64(0) << false;
    QTest::newRow("words") << u("yesterday") << false << qint64(0) << false;
}

void TestWeChatImport::wallClock()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, utc);
    QFETCH(bool, seconds);
    qint64 got = 0;
    bool hasSeconds = false;
    QCOMPARE(
        wechat::WeChatTime::parseWallClock(text, WeChatImporter::kChinaOffset, got, hasSeconds),
        ok);
    if (ok) {
        QCOMPARE(got, utc);
        QCOMPARE(hasSeconds, seconds);
    }
    qint64 epoch = 0;
    QVERIFY(wechat::WeChatTime::parseUnix(u("1700000000"), epoch));
    QCOMPARE(epoch, qint64(1700000000));
    QVERIFY(wechat::WeChatTime::parseUnix(u("1700000000123"), epoch));
    QCOMPARE(epoch, qint64(1700000000));
    QVERIFY(!wechat::WeChatTime::parseUnix(u("17000"), epoch));
    QVERIFY(!wechat::WeChatTime::parseUnix(u("1.7E+09"), epoch));
}

void TestWeChatImport::systemText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "kind member actor", actor "你" = self
    QTest::newRow("invite two") << u("\"张三\"邀请\"李四\"、\"王五\"加入了群聊")
                                << QStringList{u("join 李四 张三"), u("join 王五 张三")};
    QTest::newRow("self invites, curly quotes")
        << u("你邀请“李四”加入了群聊") << QStringList{u("join 李四 你")};
    QTest::newRow("invites the exporter") << u("\"张三\"邀请你加入了群聊") << QStringList{};
    QTest::newRow("qr code") << u("\"李四\"通过扫描\"张三\"分享的二维码加入群聊")
                             << QStringList{u("join 李四 张三")};
    QTest::newRow("plain join") << u("\"李四\"加入了群聊") << QStringList{u("join 李四 ")};
    QTest::newRow("removal") << u("你将\"李四\"移出了群聊") << QStringList{u("remove 李四 你")};
    QTest::newRow("recall") << u("\"李四\" 撤回了一条消息") << QStringList{};
    QTest::newRow("friend added") << u("你已添加了白桃乌龙，现在可以开始聊天了。") << QStringList{};
}

void TestWeChatImport::systemText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const wechat::Membership &m : wechat::WeChatSystemText::memberships(text))
        got.append(EventInfo::kindName(m.kind) + QLatin1Char(' ') + m.member + QLatin1Char(' ') +
                   (m.actorIsSelf ? u("你") : m.actor));
    QCOMPARE(got, expected);
    QCOMPARE(wechat::WeChatSystemText::isRecall(text), text.contains(u("撤回")));
}

// ----------------------------------------------------------------------------- shared files

void TestWeChatImport::sharedFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("chat");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("photos");
    QTest::addColumn<int>("stickers");
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("fromSelf");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<qint64>("firstAt");
    QTest::newRow("test_0_730") << wechatExport("WeClone__test_person_test_0_730.csv")
                                << u("test_person") << 96 // len(t)
                                << 5  // sum(r['type_name'] == '图片' for r in t)
                                << 23 // sum(r['type_name'] == '动画表情' for r in t)
                                << 2  // sum(r['type_name'] == '系统通知' for r in t): recalls
                                << 46 // sum(r['is_sender'] == '1' for r in t)
                                // the zone, + sum(r['is_sender'] == '0' and r['talker'] !=
                                // r['room_name'] for r in t) == 4 (capped at 5 per topic)
                                << 1 + 4 << wechatUtc("2024-10-04T03:42:00Z"); // t[0]['CreateTime']
    QTest::newRow("example_chat") << wechatExport("WeClone__example_chat.csv")
                                  << u("xinglaifaxianzhe") << 35 // len(e)
                                  << 3  // sum(r['type_name'] == '图片' for r in e)
                                  << 5  // sum(r['type_name'] == '动画表情' for r in e)
                                  << 1  // sum(r['type_name'] == '系统通知' for r in e)
                                  << 20 // sum(r['is_sender'] == '1' for r in e)
                                  << 1  // the zone
                                  << wechatUtc("2023-08-12T15:22:41Z"); // 2023-08-12 23:22:41
}

void TestWeChatImport::sharedFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, chat);
    QFETCH(int, records);
    QFETCH(int, photos);
    QFETCH(int, stickers);
    QFETCH(int, service);
    QFETCH(int, fromSelf);
    QFETCH(int, warnings);
    QFETCH(qint64, firstAt);
    RecordingSink sink;
    const WeChatReadResult r = readWeChat(path, sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.channels.size(), 1);
    QCOMPARE(sink.channels[0].platform, u("wechat"));
    QCOMPARE(sink.channels[0].externalId, chat); // room_name
    QCOMPARE(sink.channels[0].name, chat);
    QCOMPARE(sink.channels[0].kind, u("chat")); // not ...@chatroom: a 1:1 chat
    QCOMPARE(sink.messages.size(), records);
    const QHash<QString, int> kinds = countBy(sink, attachmentOf);
    QCOMPARE(kinds.value(u("photo")), photos);
    QCOMPARE(kinds.value(u("sticker")), stickers);
    QCOMPARE(kinds.value(u("service")), service);
    QCOMPARE(kinds.value(QString()), records - photos - stickers - service); // text, quote
    int self = 0;
    QSet<QString> ids;
    for (const auto &m : sink.messages) {
        self += m.info.author.isSelf ? 1 : 0;
        if (!m.info.isService)
            QVERIFY(m.info.author.isValid());
        ids.insert(m.info.externalId);
        QVERIFY2(!m.info.externalId.startsWith(QLatin1String("csv-")), "MsgSvrID is the id");
        if (!m.info.author.isSelf && m.info.author.isValid())
            QCOMPARE(m.info.author.externalId, chat); // the partner
    }
    QCOMPARE(self, fromSelf);
    QCOMPARE(ids.size(), records); // len({r['MsgSvrID'] for r in t}) == 96, e: 35
    QCOMPARE(sink.messages[0].info.sentAt, firstAt);
    QCOMPARE(sink.warnings.size(), warnings);
    QVERIFY2(sink.warnings[0].contains(u("UTC+8")), qPrintable(sink.warnings[0]));
    QVERIFY(sink.events.isEmpty());
}

void TestWeChatImport::multiLineQuoteAndRecalls()
{
    RecordingSink sink;
    QVERIFY(readWeChat(wechatExport("WeClone__test_person_test_0_730.csv"), sink).ok);
    // The 引用回复 row spans 3 lines; its quote names the 21:25 message (MsgSvrID
    // 1122488129382806721) by text and time "2024-10-04 21:25:04"; the row says "21:25".
    const MessageInfo *quote = wechatMessage(sink, u("1244017411047763227"));
    QVERIFY(quote);
    QCOMPARE(quote->text, u("（我们两个人骑）"));
    QCOMPARE(quote->replyToExternalId, u("1122488129382806721"));
    QCOMPARE(quote->author.externalId, u("test_person"));
    QCOMPARE(quote->sentAt, wechatUtc("2024-10-04T13:25:00Z"));
    const MessageInfo *quoted = wechatMessage(sink, u("1122488129382806721"));
    QVERIFY(quoted);
    QCOMPARE(quoted->text, u("我之前租的时候 人家说这个没劲儿 租了个大的"));
    // The next record starts on the line after the quote's last one.
    const MessageInfo *next = wechatMessage(sink, u("7804635386065632983"));
    QVERIFY(next);
    QCOMPARE(next->text, u("hh"));

    // <revokemsg>你撤回了一条消息</revokemsg>: service lines of the exporting account.
    for (const char *id : {"7646558619446387721", "3090401677076458687"}) {
        const MessageInfo *recall = wechatMessage(sink, u(id));
        QVERIFY(recall);
        QVERIFY(recall->isService);
        QCOMPARE(recall->text, u("你撤回了一条消息"));
        QVERIFY(recall->author.isSelf);
        QCOMPARE(recall->author.externalId, u("12345iru2zsmo22"));
    }
    // Row 11 is a 文本 with an empty msg: kept, empty.
    const MessageInfo *empty = wechatMessage(sink, u("1337798072543283708"));
    QVERIFY(empty);
    QVERIFY(empty->text.isEmpty());
    QVERIFY(!empty->isService);
}

void TestWeChatImport::olderJsonContent()
{
    RecordingSink sink;
    QVERIFY(readWeChat(wechatExport("WeClone__example_chat.csv"), sink).ok);
    const auto &m = sink.messages;
    QVERIFY(m[0].info.isService); // 系统通知, is_sender 0: no author
    QVERIFY(!m[0].info.author.isValid());
    QCOMPARE(m[0].info.text, u("你已添加了白桃乌龙，现在可以开始聊天了。"));
    QCOMPARE(m[0].info.externalId, u("953020244103908134"));
    QCOMPARE(m[1].info.text, u("哦吼")); // content {"src": "", "msg": "哦吼"}
    QVERIFY(m[1].info.author.isSelf);
    QCOMPARE(m[1].info.author.externalId, u("self")); // talker "我"
    QCOMPARE(m[1].info.author.name, u("我"));
    QCOMPARE(m[4].info.attachmentKind, u("sticker")); // row 5, msg "表情": no text
    QVERIFY(m[4].info.text.isEmpty());
    QCOMPARE(m[4].info.author.externalId, u("xinglaifaxianzhe"));
    QCOMPARE(m[14].info.attachmentKind, u("photo")); // row 15
    QCOMPARE(m[34].info.text, u("哈哈哈好像是"));
    QCOMPARE(m[34].info.sentAt, wechatUtc("2023-08-13T06:15:14Z")); // 2023-08-13 14:15:14
}

// ----------------------------------------------------------------------------- crafted

void TestWeChatImport::memoTraceGroup()
{
    RecordingSink sink;
    const WeChatReadResult r = readWeChat(wechatFixture("memotrace_group.csv"), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.channels.size(), 1);
    QCOMPARE(sink.channels[0].externalId, u("memotrace-7-memotrace_group"));
    QCOMPARE(sink.channels[0].name, u("memotrace_group"));
    QVERIFY(sink.channels[0].kind.isEmpty()); // a numeric TalkerId does not tell
    // len(R('memotrace_group.csv')) == 27
    QCOMPARE(sink.messages.size(), 27);
    // Unix times: no zone warning; only the unknown type 9999.
    QCOMPARE(sink.warnings.size(), 1);
    QVERIFY2(sink.warnings[0].contains(u("9999/0")), qPrintable(sink.warnings[0]));

    auto msg = [&sink](int localId) {
        const MessageInfo *m = wechatMessage(sink, QStringLiteral("local-%1").arg(localId));
        return m ? *m : MessageInfo();
    };
    for (int i = 1; i <= 27; ++i)
        QCOMPARE(msg(i).sentAt, qint64(1700000000 + 60 * (i - 1)));
    struct Expect
    {
        int localId;
        const char *kind; // attachmentKind, or "service"
        const char *text;
    };
    const Expect expected[] = {
        {1, "service", "你邀请\"Alice\"、\"Bob\"加入了群聊"},
        {2, "", "大家好"},
        {3, "", "欢迎欢迎"},
        {4, "photo", ""},                // 3
        {5, "voice", ""},                // 34
        {6, "video", ""},                // 43
        {7, "sticker", ""},              // 47
        {8, "file", "季度报告.pdf"},     // 49/6
        {9, "link", "一篇好文章\n摘要"}, // 49/5
        {10, "link", "拼单小程序"},      // 49/33
        {11, "link", "天气小程序"},      // 49/36
        {12, "", "第一行\n第二行, 带逗号\n\"引号\""},
        {13, "", "同意楼上"},                                 // 49/57
        {14, "", "群聊的聊天记录\nAlice: 大家好\nBob: 你好"}, // 49/19
        {15, "other", "微信转账\n收到转账0.01元"},            // 49/2000
        {16, "service", "\"Bob\" 撤回了一条消息"},
        {17, "service", "\"Dave\"通过扫描\"Alice\"分享的二维码加入群聊"},
        {18, "", "新人报到"},
        {19, "service", "\"Alice\" 拍了拍 \"Dave\""}, // 10000/4
        {20, "service", "你撤回了一条消息"},
        {21, "service", "你将\"Erin\"移出了群聊"},
        {22, "other", "人民广场"},                    // 48
        {23, "other", ""},                            // 42
        {24, "service", "通话时长 00:42"},            // 50
        {25, "service", "\"卡罗尔\" 撤回了一条消息"}, // 10002 revokemsg
        {26, "", "神秘消息"},                         // unknown 9999: kept as text
        {27, "", "He said \"hi\", ok"},
    };
    for (const Expect &e : expected) {
        const MessageInfo m = msg(e.localId);
        QVERIFY2(!m.externalId.isEmpty(), qPrintable(QString::number(e.localId)));
        QCOMPARE(attachmentOf(m), QString::fromUtf8(e.kind));
        QCOMPARE(m.text, QString::fromUtf8(e.text));
    }
    // Authors: wxid, Remark before NickName; the exporting account is self.
    QCOMPARE(msg(2).author.externalId, u("wxid_alice"));
    QCOMPARE(msg(2).author.name, u("爱丽丝"));
    QCOMPARE(msg(4).author.name, u("Bob"));
    QVERIFY(msg(3).author.isSelf);
    QCOMPARE(msg(3).author.externalId, u("wxid_self001"));
    QVERIFY(!msg(1).author.isValid());  // system line
    QVERIFY(!msg(16).author.isValid()); // someone else's recall
    QVERIFY(msg(20).author.isSelf);     // 你撤回了一条消息, IsSender 1
    QCOMPARE(msg(14).forwardedFrom, u("群聊的聊天记录"));
    // The quote's svrid is not an id of this file (its ids are localIds): matched by the
    // quoted text "大家好" and createtime 1700000060, the time of local-2.
    QCOMPARE(msg(13).replyToExternalId, u("local-2"));

    // Events, given after the messages with names resolved to the authors' wxids.
    QCOMPARE(sink.events.size(), 4);
    const auto &ev = sink.events;
    QCOMPARE(ev[0].info.kind, EventInfo::Kind::Join);
    QCOMPARE(ev[0].info.member.externalId, u("wxid_alice")); // NickName "Alice"
    QCOMPARE(ev[0].info.actor.externalId, u("wxid_self001"));
    QCOMPARE(ev[0].info.messageExternalId, u("local-1"));
    QCOMPARE(ev[0].info.at, qint64(1700000000));
    QCOMPARE(ev[1].info.member.externalId, u("wxid_bob"));
    QCOMPARE(ev[2].info.kind, EventInfo::Kind::Join); // scanned Alice's QR code
    QCOMPARE(ev[2].info.member.externalId, u("wxid_dave"));
    QCOMPARE(ev[2].info.actor.externalId, u("wxid_alice"));
    QCOMPARE(ev[3].info.kind, EventInfo::Kind::Remove);
    QCOMPARE(ev[3].info.member.externalId, u("name:Erin")); // never wrote: known by name
    QCOMPARE(ev[3].info.actor.externalId, u("wxid_self001"));
}

void TestWeChatImport::memoTraceExtraColumns()
{
    RecordingSink sink;
    const WeChatReadResult r = readWeChat(wechatFixture("memotrace_extra_columns.csv"), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.channels[0].externalId, u("12345678@chatroom"));
    QCOMPARE(sink.channels[0].kind, u("group"));
    QCOMPARE(sink.messages.size(), 5); // len(R('memotrace_extra_columns.csv'))
    const auto &m = sink.messages;
    QCOMPARE(m[0].info.externalId, u("9000000000000000001"));        // MsgSvrID, found by name
    QCOMPARE(m[0].info.text, u("早上好"));                           // StrContent, found by name
    QCOMPARE(m[1].info.replyToExternalId, u("9000000000000000001")); // refermsg/svrid
    QCOMPARE(m[1].info.text, u("早"));
    // The recall reuses the recalled message's MsgSvrID: it becomes "revoke-...", and the
    // message it recalls stays one message.
    QCOMPARE(m[2].info.externalId, u("9000000000000000003"));
    QVERIFY(!m[2].info.isService);
    QCOMPARE(m[3].info.externalId, u("revoke-9000000000000000003"));
    QVERIFY(m[3].info.isService);
    QCOMPARE(m[3].info.text, u("你撤回了一条消息"));
    QCOMPARE(m[4].info.externalId, u("local-5")); // MsgSvrID 0: the localId
    QCOMPARE(sink.userMessages().size(), 4);
    QVERIFY(sink.warnings.isEmpty());
}

void TestWeChatImport::pyWxDumpGroup()
{
    RecordingSink sink;
    const WeChatReadResult r = readWeChat(wechatFixture("pywxdump_group.csv"), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.channels[0].externalId, u("20000001@chatroom"));
    QCOMPARE(sink.channels[0].kind, u("group"));
    QCOMPARE(sink.messages.size(), 15); // len(R('pywxdump_group.csv'))
    auto msg = [&sink](int n) {
        const MessageInfo *m =
            wechatMessage(sink, QStringLiteral("71000000000000000%1").arg(n, 2, 10, QChar(u'0')));
        return m ? *m : MessageInfo();
    };
    QVERIFY(msg(1).isService);
    QCOMPARE(msg(2).author.externalId, u("wxid_zhang"));
    QCOMPARE(msg(3).attachmentKind, u("link"));
    QCOMPARE(msg(3).text, u("标题\n描述\n\nhttps://example.com/p"));
    QCOMPARE(msg(4).attachmentKind, u("file"));
    QCOMPARE(msg(4).text, u("报告.docx"));
    QCOMPARE(msg(5).forwardedFrom, u("群聊的聊天记录"));
    QVERIFY(msg(5).author.isSelf);
    QVERIFY(msg(6).isService); // 撤回消息
    QVERIFY(!msg(6).author.isValid());
    QCOMPARE(msg(7).text, u("同意"));
    QCOMPARE(msg(7).replyToExternalId, u("7100000000000000002"));
    QCOMPARE(msg(8).attachmentKind, u("voice"));
    QVERIFY(msg(8).text.isEmpty());
    QCOMPARE(msg(9).attachmentKind, u("video"));
    QCOMPARE(msg(10).attachmentKind, u("other")); // 转账
    QCOMPARE(msg(11).attachmentKind, u("link"));  // (分享)小程序
    QVERIFY(!msg(12).author.isValid());           // talker 未知
    QVERIFY(!msg(12).isService);
    QVERIFY(msg(13).isService); // 拍一拍
    QCOMPARE(msg(15).text, u("?"));
    // "7.10000E+18": a derived id.
    const MessageInfo &damaged = sink.messages[13].info;
    QVERIFY(damaged.externalId.startsWith(QLatin1String("csv-")));
    QCOMPARE(damaged.text, u("id 被表格软件改坏了"));
    QCOMPARE(sink.warnings.size(), 3); // zone, damaged id, unknown type
    QVERIFY(sink.warnings[1].contains(u("7.10000E+18")));
    QVERIFY(sink.warnings[2].contains(u("未知-11000,0")));
    // No author names in PyWxDump: the names of the system line stay names.
    QCOMPARE(sink.events.size(), 1);
    QCOMPARE(sink.events[0].info.member.externalId, u("name:李四"));
    QCOMPARE(sink.events[0].info.actor.externalId, u("name:张三"));
}

void TestWeChatImport::warningsAreBounded()
{
    QByteArray csv = kPyHeader;
    for (int i = 0; i < 8; ++i)
        csv += QStringLiteral("%1,7.1E+18,文本,0,p,p,x%1,,2024-01-01 10:00:0%1\n").arg(i).toUtf8();
    QTemporaryDir dir;
    RecordingSink sink;
    const WeChatReadResult r = readWeChat(writeWeChatTemp(dir, QStringLiteral("p.csv"), csv), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.messages.size(), 8);
    // The zone, 5 damaged ids, "3 more".
    QCOMPARE(sink.warnings.size(), 1 + wechat::WeChatWarnings::kShown + 1);
    QVERIFY2(sink.warnings.last().startsWith(QLatin1String("3 more")),
             qPrintable(sink.warnings.last()));
}

void TestWeChatImport::wallClockOffset()
{
    QTemporaryDir dir;
    const QString path = writeWeChatTemp(dir, QStringLiteral("p.csv"),
                                         kPyHeader + "1,11,文本,0,p,p,hi,,2024/10/4 11:42\n");
    WeChatImporter importer;
    importer.setWallClockOffset(-5 * 3600);
    RecordingSink sink;
    ImportError error;
    QVERIFY(importer.read(path, sink, error));
    QCOMPARE(sink.messages[0].info.sentAt, wechatUtc("2024-10-04T16:42:00Z"));
    QVERIFY2(sink.warnings[0].contains(u("UTC-5")), qPrintable(sink.warnings[0]));
}

// ----------------------------------------------------------------------------- malformed

void TestWeChatImport::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("message");
    const QByteArray ok = "1,11,文本,0,p,p,hi,,2024-01-01 10:00:00\n";
    const QByteArray memoOk = "1,7,1,0,0,1700000000,2,hi,x,,,wxid_a\r\n";
    QTest::newRow("memotrace without CreateTime")
        << QByteArray(
               "\xEF\xBB\xBFlocalId,TalkerId,Type,SubType,IsSender,StrContent\n1,7,1,0,0,x\n")
        << qint64(1) << qint64(1) << u("CreateTime");
    QTest::newRow("pywxdump without room_name")
        << QByteArray("id,MsgSvrID,type_name,is_sender,talker,msg,CreateTime\n") << qint64(1)
        << qint64(1) << u("room_name");
    QTest::newRow("pywxdump without msg or content")
        << QByteArray("id,MsgSvrID,type_name,is_sender,talker,room_name,CreateTime\n") << qint64(1)
        << qint64(1) << u("msg");
    QTest::newRow("not a wechat header")
        << QByteArray("a,b,c\n1,2,3\n") << qint64(1) << qint64(1) << u("not a WeChat");
    QTest::newRow("empty") << QByteArray() << qint64(0) << qint64(0) << u("empty");
    // "1,12,文本,0,p,p,hi,," is 18 characters: the time starts at column 19.
    QTest::newRow("bad time") << kPyHeader + ok + "1,12,文本,0,p,p,hi,,2024-13-01 10:00:00\n"
                              << qint64(3) << qint64(19) << u("2024-13-01 10:00:00");
    QTest::newRow("month-first time")
        << kPyHeader + ok + ok + "1,12,文本,0,p,p,hi,,10/4/2024 11:42\n"
        << qint64(4) << qint64(19) << u("10/4/2024");
    QTest::newRow("memotrace bad CreateTime")
        << kMemoHeader + memoOk + "2,7,1,0,0,2023-11-15 06:13:20,2,hi,x,,,wxid_a\r\n"
        << qint64(3) << qint64(11) << u("Unix seconds");
    QTest::newRow("invalid utf-8")
        << kPyHeader + ok + "2,12,\xCE\xC4\xB1\xBE,0,p,p,hi,,2024-01-01 10:00:00\n"
        << qint64(3) << qint64(6) << u("UTF-8");
    QTest::newRow("unterminated quote")
        << kPyHeader + ok + "2,12,文本,0,p,p,\"never closed\n,,2024-01-01 10:00:00\n"
        << qint64(3) << qint64(15) << u("not closed");
    QTest::newRow("too few fields") << kPyHeader + ok + "2,12,文本,0,p,p,hi,2024-01-01\n"
                                    << qint64(3) << qint64(1) << u("8 field(s)");
    QTest::newRow("text after the last column")
        << kPyHeader + "1,11,文本,0,p,p,a,b,c,2024-01-01 10:00:00\n"
        << qint64(2) << qint64(21) << u("10 field(s)");
}

void TestWeChatImport::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeWeChatTemp(dir, QStringLiteral("chat.csv"), content);
    QVERIFY(!path.isEmpty());
    RecordingSink sink;
    const WeChatReadResult r = readWeChat(path, sink);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.file, path);
    QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
    QCOMPARE(r.error.line, line);
    QCOMPARE(r.error.column, column);
}

// ----------------------------------------------------------------------------- database

void TestWeChatImport::importService_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("messages"); // non-service messages
    QTest::addColumn<qint64>("events");
    QTest::newRow("test_0_730") << wechatExport("WeClone__test_person_test_0_730.csv")
                                << qint64(96 - 2) // len(t) - recalls
                                << qint64(0);
    QTest::newRow("example_chat") << wechatExport("WeClone__example_chat.csv")
                                  << qint64(35 - 1) // len(e) - 系统通知
                                  << qint64(0);
    QTest::newRow("memotrace") << wechatFixture("memotrace_group.csv")
                               << qint64(27 - 8) // Type 10000 x6, 10002, 50: service lines
                               << qint64(4);
    QTest::newRow("memotrace extra columns")
        << wechatFixture("memotrace_extra_columns.csv") << qint64(4) << qint64(0);
    QTest::newRow("pywxdump group")
        << wechatFixture("pywxdump_group.csv") << qint64(15 - 3) // 系统通知, 撤回消息, 拍一拍
        << qint64(1);
}

void TestWeChatImport::importService()
{
    QFETCH(QString, path);
    QFETCH(qint64, messages);
    QFETCH(qint64, events);
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
    ImportService service(db);
    ImportResult first, again, copy;
    ImportError e;
    QVERIFY2(service.importFile(path, QStringLiteral("auto"), &first, &e),
             qPrintable(e.toString()));
    QCOMPARE(first.format, u("wechat"));
    QCOMPARE(first.messagesAdded, messages);
    QCOMPARE(first.eventsAdded, events);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM message WHERE is_service = 0")),
             messages);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM channel WHERE platform = 'wechat'")),
             qint64(1));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
             qint64(0));
    // The exporting account is kept, marked, never a member.
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM member WHERE is_self = 1")) <= 1);
    const QByteArray before = dbDigest(db);
    QVERIFY(service.importFile(path, QStringLiteral("auto"), &again, &e));
    QVERIFY(again.alreadyImported);
    QCOMPARE(dbDigest(db), before);
    // The same records in a file with another sha256 add nothing either.
    QFile src(path);
    QVERIFY(src.open(QIODevice::ReadOnly));
    const QString other = writeWeChatTemp(dir, QFileInfo(path).fileName(), src.readAll() + "\n");
    QVERIFY2(service.importFile(other, QStringLiteral("wechat"), &copy, &e),
             qPrintable(e.toString()));
    QVERIFY(!copy.alreadyImported);
    QCOMPARE(copy.messagesAdded, qint64(0));
    QCOMPARE(copy.membersAdded, qint64(0));
    QCOMPARE(copy.eventsAdded, qint64(0));
    QCOMPARE(copy.messagesSkippedDuplicate, messages);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM message WHERE is_service = 0")),
             messages);
}

void TestWeChatImport::malformedLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray good = kPyHeader;
    for (int i = 0; i < 30; ++i)
        good += QStringLiteral("%1,%2,文本,0,p,p,m%1,,2024-01-01 10:00:%3\n")
                    .arg(i)
                    .arg(8000 + i)
                    .arg(i, 2, 10, QChar(u'0'))
                    .toUtf8();
    QTest::newRow("bad time after good records")
        << good + "99,9999,文本,0,p,p,x,,2024-01-01 25:00:00\n";
    QTest::newRow("invalid utf-8 after good records")
        << good + "99,9999,文本,0,p,p,\xFF,,2024-01-01 10:00:00\n";
    QTest::newRow("unterminated quote") << good + "99,9999,文本,0,p,p,\"x\n";
    QTest::newRow("missing column")
        << QByteArray("id,MsgSvrID,type_name,is_sender,talker,msg,"
                      "CreateTime\n1,2,文本,0,p,x,2024-01-01 10:00:00\n");
}

void TestWeChatImport::malformedLeavesDatabaseUnchanged()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
    ImportService service(db);
    ImportResult r;
    ImportError e;
    // Real data first, so that "unchanged" is not an empty database.
    QVERIFY(service.importFile(wechatExport("WeClone__example_chat.csv"), QString(), &r, &e));
    const QByteArray before = dbDigest(db);
    const QString path = writeWeChatTemp(dir, QStringLiteral("broken.csv"), content);
    QVERIFY(!service.importFile(path, QString(), &r, &e));
    QVERIFY2(e.toString().contains(path), qPrintable(e.toString()));
    QVERIFY2(e.line > 0, qPrintable(e.toString()));
    QCOMPARE(dbDigest(db), before);
}

QTEST_GUILESS_MAIN(TestWeChatImport)
#include "tst_wechat_import.moc"
