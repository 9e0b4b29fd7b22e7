// Telegram Desktop JSON importer on message shapes written for the test: service messages as
// membership events (name matching of invitees and removed members), reactions and odd
// fields, and a generated 2000-message export checked against Python's json module.
//
// Expected numbers are derived from SOURCES.md or from reading the files with python3's json
// module (the one-liner is quoted next to each number), never from this importer's output.

#include "TelegramTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace kindred;
using namespace kindred::test;
using namespace Qt::StringLiterals;

class TestTelegramEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void serviceEvents();
    void reactionsAndOddities();

    void generatedExport();
};

void TestTelegramEvents::initTestCase()
{
    useBerlinTimeZone();
    QVERIFY2(QDir(kTelegramDir).exists(), qPrintable(kTelegramDir));
}

// ----------------------------------------------------------------------------- shapes

void TestTelegramEvents::serviceEvents()
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

void TestTelegramEvents::reactionsAndOddities()
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

// ----------------------------------------------------------------------------- generated

void TestTelegramEvents::generatedExport()
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

QTEST_GUILESS_MAIN(TestTelegramEvents)
#include "tst_telegram_events.moc"
