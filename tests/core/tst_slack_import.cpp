// Slack workspace export importer: the real exports in shared/data/exports/slack (oracles:
// shared/data/exports/SOURCES.md) and crafted zips in tests/data/slack (sources and generator
// there). Format detection through ImporterRegistry, counts and per-field mapping, ts versus the
// day file's name, errors with their positions, cancel and progress, and imports through
// ImportService into a workspace database (idempotence, a failed import changes nothing).
//
// Expected numbers come from SOURCES.md or from reading the zips with python3's zipfile and
// json modules (the expression is quoted next to each number), never from this importer.
// In the expressions: z = zipfile.ZipFile(path);
//   days = [n for n in z.namelist() if n.count("/") == 1 and n.endswith(".json")
//           and n[-15:-5].count("-") == 2];
//   msgs = [m for n in days for m in json.loads(z.read(n))].

#include "DbDigest.h"
#include "SlackTestSupport.h"

#include "import/ImportService.h"
#include "import/ImporterRegistry.h"
#include "import/slack/SlackMarkup.h"
#include "import/slack/SlackMessageMapper.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;
using namespace kindred::test;

namespace {

int count(const RecordingSink &sink, const std::function<bool(const MessageInfo &)> &pred)
{
    int n = 0;
    for (const auto &m : sink.messages)
        n += pred(m.info) ? 1 : 0;
    return n;
}

int countEvents(const RecordingSink &sink, EventInfo::Kind kind)
{
    int n = 0;
    for (const auto &e : sink.events)
        n += e.info.kind == kind ? 1 : 0;
    return n;
}

bool hasWarning(const RecordingSink &sink, const QString &part)
{
    for (const QString &w : sink.warnings)
        if (w.contains(part))
            return true;
    return false;
}

QString copyTo(const QTemporaryDir &dir, const QString &from, const QString &name,
               qsizetype keep = -1, const QByteArray &append = QByteArray())
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return QString();
    QByteArray bytes = in.readAll();
    if (keep >= 0)
        bytes.truncate(keep);
    bytes += append;
    const QString path = dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return QString();
    return path;
}

const char *kUserMessages = "SELECT count(*) FROM message WHERE is_service = 0";

} // namespace

class TestSlackImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void detect_data();
    void detect();
    void detectHeads_data();
    void detectHeads();

    void realArchives_data();
    void realArchives();
    void archive2016();
    void archive2023();
    void sentAtIsTsNotDayFile_data();
    void sentAtIsTsNotDayFile();

    void craftedChannels();
    void craftedAuthors_data();
    void craftedAuthors();
    void craftedText_data();
    void craftedText();
    void craftedThreads();
    void craftedAttachments_data();
    void craftedAttachments();
    void craftedServiceLinesAndEvents();
    void craftedReactionsAndEdits();
    void craftedWarnings();
    void wrappedExport();

    void markup_data();
    void markup();
    void timestamps_data();
    void timestamps();

    void errors_data();
    void errors();
    void cancelAndProgress();

    void importServiceIsIdempotent_data();
    void importServiceIsIdempotent();
    void importServiceFailureLeavesDatabaseUnchanged_data();
    void importServiceFailureLeavesDatabaseUnchanged();
};

void TestSlackImport::initTestCase()
{
    QVERIFY2(QFile::exists(kSlack2016), qPrintable(kSlack2016));
    QVERIFY2(QFile::exists(kSlack2023), qPrintable(kSlack2023));
    QVERIFY2(QFile::exists(slackCrafted(QStringLiteral("crafted.zip"))), "run make_fixtures.py");
}

// ----------------------------------------------------------------------------- detect

void TestSlackImport::detect_data()
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
    const QDir dc(exports + QStringLiteral("/discord"));
    for (const QString &f : dc.entryList(QDir::Files))
        QTest::newRow(qPrintable(QStringLiteral("discord/") + f))
            << dc.filePath(f) << QStringLiteral("discord");
    const QStringList slack = QDir(kSlackDir).entryList(QDir::Files);
    QCOMPARE(slack.size(), 2);
    for (const QString &f : slack)
        QTest::newRow(qPrintable(QStringLiteral("slack/") + f))
            << QDir(kSlackDir).filePath(f) << QStringLiteral("slack");
    for (const char *f : {"crafted.zip", "wrapped.zip", "malformed.zip", "crc.zip"})
        QTest::newRow(f) << slackCrafted(QLatin1String(f)) << QStringLiteral("slack");
}

void TestSlackImport::detect()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QString inner;
    const QByteArray head = ImporterRegistry::readHead(path, &inner);
    const int score = SlackImporter().detect(head, inner);
    if (format == QLatin1String("slack")) {
        QCOMPARE(QFileInfo(inner).fileName(), QStringLiteral("channels.json"));
        QCOMPARE(score, 90);
    } else {
        QCOMPARE(score, 0);
    }
    if (!format.isEmpty()) {
        QString error;
        QCOMPARE(ImporterRegistry::detect(path, &error), format);
    }
}

void TestSlackImport::detectHeads_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("score");
    QTest::newRow("channels") << QByteArray("[{\"id\": \"C1\", \"name\": \"general\"}]")
                              << QStringLiteral("channels.json") << 90;
    QTest::newRow("channels in a folder, BOM, empty")
        << QByteArray("\xEF\xBB\xBF [ ]") << QStringLiteral("export/dms.json") << 90;
    QTest::newRow("users") << QByteArray("[{\"id\": \"U1\", \"profile\": {}}]")
                           << QStringLiteral("users.json") << 80;
    QTest::newRow("day file") << QByteArray("[{\"type\": \"message\", \"ts\": \"1.2\"}]")
                              << QStringLiteral("2016-01-14.json") << 70;
    QTest::newRow("object") << QByteArray("{\"id\": 1}") << QStringLiteral("channels.json") << 0;
    QTest::newRow("other name") << QByteArray("[{\"id\": 1}]") << QStringLiteral("result.json")
                                << 0;
    QTest::newRow("not a date") << QByteArray("[{\"type\": \"message\", \"ts\": \"1.2\"}]")
                                << QStringLiteral("2016-13-14.json") << 0;
    QTest::newRow("empty") << QByteArray() << QStringLiteral("channels.json") << 0;
}

void TestSlackImport::detectHeads()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(int, score);
    QCOMPARE(SlackImporter().detect(head, name), score);
}

// ----------------------------------------------------------------------------- real exports

void TestSlackImport::realArchives_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("channels");  // len({n.split("/")[0] for n in days})
    QTest::addColumn<int>("messages");  // len(msgs)
    QTest::addColumn<int>("service");   // see the rows
    QTest::addColumn<int>("joins");     // sum(m.get("subtype") == "channel_join" for m in msgs)
    QTest::addColumn<int>("botAuthor"); // sum(m.get("subtype") == "bot_message" for m in msgs)
    QTest::addColumn<int>("dayFiles");  // len(days)
    // SOURCES.md: 2 channel folders, 17 day files, 158 messages (94 bot_message, 8
    // channel_join, 3 bot_add, 3 file_share, 1 file_comment); service = joins + bot_add = 11.
    QTest::newRow("2016") << kSlack2016 << 2 << 158 << 8 + 3 << 8 << 94 << 17;
    // SOURCES.md: 3 channels, 5 messages (1 channel_join); no bot_message.
    QTest::newRow("2023") << kSlack2023 << 3 << 5 << 1 << 1 << 0 << 3;
    // every file of the folder has a row
    const QStringList files = QDir(kSlackDir).entryList(QDir::Files);
    QCOMPARE(files.size(), 2);
    for (const QString &f : files)
        QVERIFY2(QDir(kSlackDir).filePath(f) == kSlack2016 ||
                     QDir(kSlackDir).filePath(f) == kSlack2023,
                 qPrintable(f));
}

void TestSlackImport::realArchives()
{
    QFETCH(QString, path);
    QFETCH(int, channels);
    QFETCH(int, messages);
    QFETCH(int, service);
    QFETCH(int, joins);
    QFETCH(int, botAuthor);
    QFETCH(int, dayFiles);
    ObservingSink observed;
    const auto r = readSlack(path, observed);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    // cancel is polled before users.json, channels.json and each day file
    QCOMPARE(observed.polls, 2 + dayFiles);
    const RecordingSink &sink = observed.recorded;
    QCOMPARE(sink.channels.size(), channels);
    QCOMPARE(sink.messages.size(), messages);
    QCOMPARE(count(sink, [](const MessageInfo &m) { return m.isService; }), service);
    QCOMPARE(countEvents(sink, EventInfo::Kind::Join), joins);
    QCOMPARE(sink.events.size(), joins);
    QCOMPARE(count(sink, [](const MessageInfo &m) { return m.author.isBot; }), botAuthor);
    for (const auto &c : sink.channels) {
        QCOMPARE(c.platform, QStringLiteral("slack"));
        QVERIFY2(c.externalId.startsWith(QLatin1Char('C')), qPrintable(c.externalId));
        QCOMPARE(c.kind, QStringLiteral("public_channel"));
    }
    for (const auto &m : sink.messages) {
        QVERIFY(m.info.author.isValid());
        QVERIFY(m.info.sentAt > utcSecs("2015-01-01T00:00:00Z"));
        QVERIFY(!m.info.externalId.isEmpty());
    }
}

void TestSlackImport::archive2016()
{
    RecordingSink sink;
    const auto r = readSlack(kSlack2016, sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    // every user id is in users.json: no warning at all
    QVERIFY2(sink.warnings.isEmpty(), qPrintable(sink.warnings.join(u'\n')));
    // [(c["id"], c["name"]) for c in json.loads(z.read("channels.json"))]
    QCOMPARE(sink.channels[slackChannel(sink, QStringLiteral("C0JGLMMNX"))].name,
             QStringLiteral("enrique"));
    QCOMPARE(sink.channels[slackChannel(sink, QStringLiteral("C0JL6CGQ2"))].name,
             QStringLiteral("traveling-sailor"));
    // [n for n, m in msgs if "reactions" in m]: enrique/2016-03-28.json 1459154014.000018,
    // a bot_message of B0JL6RASU with [{"name": "botman", "users": ["U0BMYT2FL"], "count": 1}]
    QCOMPARE(count(sink, [](const MessageInfo &m) { return !m.reactions.isEmpty(); }), 1);
    const MessageInfo *reacted = slackMessage(sink, QStringLiteral("1459154014.000018"));
    QVERIFY(reacted);
    QCOMPARE(reacted->reactions.size(), 1);
    QCOMPARE(reacted->reactions[0].emoji, QStringLiteral(":botman:"));
    QCOMPARE(reacted->reactions[0].count, 1);
    QCOMPARE(reacted->reactions[0].reactors.size(), 1);
    QCOMPARE(reacted->reactions[0].reactors[0].person.externalId, QStringLiteral("U0BMYT2FL"));
    QCOMPARE(reacted->reactions[0].reactors[0].person.name, QStringLiteral("abilinski"));
    // sum(m.get("subtype") == "bot_add" for m in msgs) == 3: "added an integration ..."
    QCOMPARE(count(sink,
                   [](const MessageInfo &m) {
                       return m.isService &&
                              m.text ==
                                  QStringLiteral("added an integration to this channel: github");
                   }),
             3);
    // sum(m.get("subtype") == "file_share" for m in msgs) == 3: "<@U..> uploaded a file: ..."
    QCOMPARE(count(sink,
                   [](const MessageInfo &m) {
                       return !m.isService && m.text.contains(QStringLiteral("uploaded a file"));
                   }),
             3);
    // the bot posts with text "" and one attachment: the text is the attachment's fallback
    QVERIFY(reacted->author.isBot);
    QCOMPARE(reacted->author.externalId, QStringLiteral("B0JL6RASU"));
    // named by enrique/2016-01-16.json's bot_add ".../services/B0JL6RASU|github>"
    QCOMPARE(reacted->author.name, QStringLiteral("github"));
    QVERIFY(!reacted->text.isEmpty());
    QVERIFY(!reacted->text.contains(QLatin1Char('<')));
    // [(m["ts"], m["edited"]) for m in msgs if "edited" in m]:
    // 1458972985.000010 edited at 1458981134.000000
    QCOMPARE(count(sink, [](const MessageInfo &m) { return m.editedAt != 0; }), 1);
    QCOMPARE(slackMessage(sink, QStringLiteral("1458972985.000010"))->editedAt, qint64(1458981134));
    // file_share with a legacy "file" of mimetype text/plain: 3 x "file"
    // [m["file"]["mimetype"] for m in msgs if m.get("subtype") == "file_share"]
    QCOMPARE(
        count(sink, [](const MessageInfo &m) { return m.attachmentKind == QLatin1String("file"); }),
        3);
    QCOMPARE(count(sink, [](const MessageInfo &m) { return !m.attachmentKind.isEmpty(); }), 3);
    const MessageInfo *share = slackMessage(sink, QStringLiteral("1459052866.000012"));
    QVERIFY(share);
    QCOMPARE(share->text, QStringLiteral("@doubledeez uploaded a file: 100 cities"));
    QCOMPARE(share->author.name, QStringLiteral("doubledeez"));
    // file_comment 1459106048.000018: by comment["user"] U0BMS113R, not a service line
    const MessageInfo *comment = slackMessage(sink, QStringLiteral("1459106048.000018"));
    QVERIFY(comment);
    QVERIFY(!comment->isService);
    QCOMPARE(comment->author.externalId, QStringLiteral("U0BMS113R"));
    QVERIFY(comment->attachmentKind.isEmpty());
    // joins: 1452837318.000003 is U0BMYT2FL invited by U0BMQB6JE
    const EventInfo *join = slackEvent(sink, QStringLiteral("1452837318.000003"));
    QVERIFY(join);
    QCOMPARE(join->kind, EventInfo::Kind::Join);
    QCOMPARE(join->member.externalId, QStringLiteral("U0BMYT2FL"));
    QCOMPARE(join->actor.externalId, QStringLiteral("U0BMQB6JE"));
    QCOMPARE(join->at, qint64(1452837318));
    QVERIFY(slackMessage(sink, QStringLiteral("1452837318.000003"))->isService);
    // users.json: U0BMM2FEH has display_name "" and real_name "heroeshannibal";
    // U0BMQB6JE display_name "hamza"
    const MessageInfo *markup = slackMessage(sink, QStringLiteral("1452837352.000006"));
    QVERIFY(markup);
    QCOMPARE(markup->author.name, QStringLiteral("hamza"));
    QCOMPARE(markup->text, QStringLiteral("@abilinski: Created an issue for a setup.py so that it "
                                          "can be installed to a standard place"));
    // "&gt;\"Essentially ..." -> ">\"Essentially ..."
    QVERIFY(slackMessage(sink, QStringLiteral("1458228721.000002"))
                ->text.startsWith(QStringLiteral(">\"Essentially")));
    QCOMPARE(slackMessage(sink, QStringLiteral("1458228721.000002"))->author.name,
             QStringLiteral("heroeshannibal"));
    // no threads in this export: sum("thread_ts" in m for m in msgs) == 0
    QCOMPARE(count(sink, [](const MessageInfo &m) { return !m.threadExternalId.isEmpty(); }), 0);
}

void TestSlackImport::archive2023()
{
    RecordingSink sink;
    const auto r = readSlack(kSlack2023, sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    // channels.json lists 4 channels; lang-chat has no folder and is not created
    QCOMPARE(slackChannel(sink, QStringLiteral("C05095PUQEA")), -1);
    const int example = slackChannel(sink, QStringLiteral("C0535BV3C6P"));
    QVERIFY(example >= 0);
    QCOMPARE(sink.channels[example].name, QStringLiteral("example-channel"));
    QCOMPARE(sink.channels[slackChannel(sink, QStringLiteral("C05019B47SB"))].name,
             QStringLiteral("general"));
    QCOMPARE(sink.channels[slackChannel(sink, QStringLiteral("C050FR57M8S"))].name,
             QStringLiteral("random"));
    // SOURCES.md: the first message of the example channel's session contains "Example
    // message" (the loader skips "has joined" lines): the first non-service line here.
    const MessageInfo *first = nullptr;
    for (const auto &m : sink.messages)
        if (m.channel == example && !m.info.isService && !first)
            first = &m.info;
    QVERIFY(first);
    QVERIFY(first->text.contains(QStringLiteral("Example message")));
    QCOMPARE(first->externalId, QStringLiteral("1681413829.513479"));
    QCOMPARE(first->sentAt, qint64(1681413829));
    // U0500003428 is not in users.json ([u["id"] for u in users] == ["U050FRJNFQS"]): named
    // from user_profile (display_name "" -> real_name "Example User"), one warning names it
    QCOMPARE(first->author.externalId, QStringLiteral("U0500003428"));
    QCOMPARE(first->author.name, QStringLiteral("Example User"));
    QVERIFY(!first->author.isBot);
    QCOMPARE(sink.warnings.size(), 1);
    QVERIFY2(sink.warnings[0].contains(QStringLiteral("U0500003428")),
             qPrintable(sink.warnings[0]));
    // the channel_join of example-channel/2023-04-13.json
    const EventInfo *join = slackEvent(sink, QStringLiteral("1681413815.354069"));
    QVERIFY(join);
    QCOMPARE(join->kind, EventInfo::Kind::Join);
    QCOMPARE(join->member.externalId, QStringLiteral("U0500003428"));
    QVERIFY(!join->actor.isValid());
    QCOMPARE(slackMessage(sink, QStringLiteral("1681413815.354069"))->text,
             QStringLiteral("@Example User has joined the channel"));
}

void TestSlackImport::sentAtIsTsNotDayFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("ts");
    QTest::addColumn<QDate>("dayFile");
    QTest::addColumn<qint64>("sentAt");
    // enrique/2016-01-14.json holds ts 1452837352.000006:
    // datetime.fromtimestamp(1452837352, timezone.utc) == 2016-01-15 05:55:52 (the export's
    // day files follow the exporter's time zone, US Pacific here)
    QTest::newRow("2016 real") << kSlack2016 << QStringLiteral("1452837352.000006")
                               << QDate(2016, 1, 14) << utcSecs("2016-01-15T05:55:52Z");
    // crafted general/2024-01-01.json holds ts 1704155400.002900 = 2024-01-02T00:30:00Z
    QTest::newRow("crafted") << slackCrafted(QStringLiteral("crafted.zip"))
                             << QStringLiteral("1704155400.002900") << QDate(2024, 1, 1)
                             << utcSecs("2024-01-02T00:30:00Z");
}

void TestSlackImport::sentAtIsTsNotDayFile()
{
    QFETCH(QString, path);
    QFETCH(QString, ts);
    QFETCH(QDate, dayFile);
    QFETCH(qint64, sentAt);
    RecordingSink sink;
    const auto r = readSlack(path, sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    const MessageInfo *m = slackMessage(sink, ts);
    QVERIFY(m);
    QCOMPARE(m->sentAt, sentAt);
    QVERIFY(QDateTime::fromSecsSinceEpoch(m->sentAt, Qt::UTC).date() != dayFile);
}

// ----------------------------------------------------------------------------- crafted export
// tests/data/slack/crafted/ zipped by make_fixtures.py; general/2024-01-01.json holds one line
// per edge case, in the order the tests below name them by ts.

void TestSlackImport::craftedChannels()
{
    RecordingSink sink;
    const auto r = readSlack(slackCrafted(QStringLiteral("crafted.zip")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    // folders with day files: D01ALICEBOB, general, mpdm-alice.l--bob--carol-1, orphan, secret
    // (C02EMPTY "empty" has none and is not created)
    QCOMPARE(sink.channels.size(), 5);
    struct Expected
    {
        const char *id;
        const char *name;
        const char *kind;
        int messages; // len(json.load(open(f))) over the folder's day files, minus skipped
    };
    // general: 34 + 1 entries, of which one is 42 and one has no "ts" -> 33
    const Expected expected[] = {
        {"C01GENERAL", "general", "public_channel", 33},
        {"G01SECRET", "secret", "private_channel", 1},
        {"D01ALICEBOB", "alice.l, Bob Builder", "dm", 1},
        {"G02MPIM", "alice.l, Bob Builder, carol", "mpim", 1},
        {"orphan", "orphan", "public_channel", 1},
    };
    for (const Expected &e : expected) {
        const int i = slackChannel(sink, QLatin1String(e.id));
        QVERIFY2(i >= 0, e.id);
        QCOMPARE(sink.channels[i].platform, QStringLiteral("slack"));
        QCOMPARE(sink.channels[i].name, QString::fromUtf8(e.name));
        QCOMPARE(sink.channels[i].kind, QLatin1String(e.kind));
        int n = 0;
        for (const auto &m : sink.messages)
            n += m.channel == i ? 1 : 0;
        QCOMPARE(n, e.messages);
    }
    QCOMPARE(slackChannel(sink, QStringLiteral("C02EMPTY")), -1);
    // sum(isinstance(m, dict) and "ts" in m for m in msgs) == 37
    QCOMPARE(sink.messages.size(), 37);
}

void TestSlackImport::craftedAuthors_data()
{
    QTest::addColumn<QString>("ts");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("bot");
    const auto row = [](const char *ts, const char *id, const char *name, bool bot) {
        QTest::newRow(ts) << QString::fromLatin1(ts) << QString::fromLatin1(id)
                          << QString::fromLatin1(name) << bot;
    };
    row("1704071000.000300", "U01ALICE", "alice.l", false);    // profile.display_name
    row("1704072060.000500", "U02BOB", "Bob Builder", false);  // display_name "" -> real_name
    row("1704072120.000600", "U03CAROL", "carol", false);      // no display/real -> name
    row("1704076000.001400", "U04HELPER", "Helper Bot", true); // bot_id -> profile.bot_id
    row("1704076060.001500", "B09HOOK", "Webhook", true);      // bot_id + username
    row("1704076120.001600", "USLACKBOT", "Slackbot", true);
    row("1704076180.001700", "U05APP", "Poll App", true);        // unknown user + bot_profile
    row("1704077000.001800", "U99GHOST", "Ghost Writer", false); // unknown user + user_profile
    row("1704079180.002500", "B07NEW", "deploybot", true);       // named by the bot_add before
    row("1704079120.002400", "U01ALICE", "alice.l", false);      // bot_add: the human adding
    row("1704081120.003100", "U03CAROL", "carol", false);        // file_comment: comment.user
    row("1704078000.001900", "", "", false);                     // tombstone: no author
    row("1704078120.002100", "", "", false);                     // "This message was deleted."
    row("1704090300.000100", "U01ALICE", "alice.l", false);      // orphan folder
}

void TestSlackImport::craftedAuthors()
{
    QFETCH(QString, ts);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(bool, bot);
    RecordingSink sink;
    const auto r = readSlack(slackCrafted(QStringLiteral("crafted.zip")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    const MessageInfo *m = slackMessage(sink, ts);
    QVERIFY(m);
    QCOMPARE(m->author.externalId, id);
    QCOMPARE(m->author.name, name);
    QCOMPARE(m->author.isBot, bot);
    QVERIFY(!m->author.isSelf);
}

void TestSlackImport::craftedText_data()
{
    QTest::addColumn<QString>("ts");
    QTest::addColumn<QString>("text");
    QTest::newRow("markup")
        << QStringLiteral("1704071000.000300")
        << QStringLiteral(
               "Hi @Bob Builder and @carol, see #empty and #secret "
               "at the site or https://example.org & 1 < 2 > 0 "
               "@here @Ghost Writer x@example.com"); // U99GHOST: the user_profile of a later line
    QTest::newRow("attachment fallback")
        << QStringLiteral("1704076060.001500") << QStringLiteral("Deploy #1 done & dusted");
    QTest::newRow("blocks") << QStringLiteral("1704081000.002800")
                            << QStringLiteral("Hello @Bob Builder in #general :wave: "
                                              "https://example.net");
    QTest::newRow("file_comment") << QStringLiteral("1704081120.003100")
                                  << QStringLiteral("Nice shot");
    QTest::newRow("file_share") << QStringLiteral("1704075240.001300")
                                << QStringLiteral("@Bob Builder uploaded a file: photo");
    QTest::newRow("join") << QStringLiteral("1704070800.000100")
                          << QStringLiteral("@alice.l has joined the channel");
    QTest::newRow("me_message") << QStringLiteral("1704081060.003000") << QStringLiteral("waves");
    QTest::newRow("numeric ts") << QStringLiteral("1704081180.500000")
                                << QStringLiteral("Numeric ts");
    QTest::newRow("tombstone") << QStringLiteral("1704078000.001900")
                               << QStringLiteral("This message was deleted.");
    QTest::newRow("file only") << QStringLiteral("1704075060.001000") << QString();
}

void TestSlackImport::craftedText()
{
    QFETCH(QString, ts);
    QFETCH(QString, text);
    RecordingSink sink;
    const auto r = readSlack(slackCrafted(QStringLiteral("crafted.zip")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    const MessageInfo *m = slackMessage(sink, ts);
    QVERIFY(m);
    QCOMPARE(m->text, text);
}

void TestSlackImport::craftedThreads()
{
    RecordingSink sink;
    const auto r = readSlack(slackCrafted(QStringLiteral("crafted.zip")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    const QString parent = QStringLiteral("1704072000.000400");
    const MessageInfo *p = slackMessage(sink, parent);
    QVERIFY(p);
    QCOMPARE(p->threadExternalId, parent);
    QVERIFY(p->replyToExternalId.isEmpty());
    // replies, the thread_broadcast one and one in the next day's file
    for (const char *ts : {"1704072060.000500", "1704072120.000600", "1704160000.000100"}) {
        const MessageInfo *m = slackMessage(sink, QLatin1String(ts));
        QVERIFY2(m, ts);
        QCOMPARE(m->threadExternalId, parent);
        QCOMPARE(m->replyToExternalId, parent);
        QVERIFY(!m->isService);
    }
    // a deleted parent stays as a service line, so its reply keeps its thread
    const QString tombstone = QStringLiteral("1704078000.001900");
    QCOMPARE(slackMessage(sink, tombstone)->threadExternalId, tombstone);
    QVERIFY(slackMessage(sink, tombstone)->isService);
    QCOMPARE(slackMessage(sink, QStringLiteral("1704078060.002000"))->replyToExternalId, tombstone);
    // sum(bool(m.get("thread_ts")) for m in msgs if isinstance(m, dict)) == 6, of which
    // m["ts"] != m["thread_ts"] for 4
    QCOMPARE(count(sink, [](const MessageInfo &m) { return !m.threadExternalId.isEmpty(); }), 6);
    QCOMPARE(count(sink, [](const MessageInfo &m) { return !m.replyToExternalId.isEmpty(); }), 4);
}

void TestSlackImport::craftedAttachments_data()
{
    QTest::addColumn<QString>("ts");
    QTest::addColumn<QString>("kind");
    QTest::newRow("image/png") << QStringLiteral("1704075000.000900") << QStringLiteral("photo");
    QTest::newRow("video/mp4") << QStringLiteral("1704075060.001000") << QStringLiteral("video");
    QTest::newRow("slack_audio") << QStringLiteral("1704075120.001100") << QStringLiteral("voice");
    QTest::newRow("pdf") << QStringLiteral("1704075180.001200") << QStringLiteral("file");
    QTest::newRow("legacy file jpg")
        << QStringLiteral("1704075240.001300") << QStringLiteral("photo");
    QTest::newRow("file_comment") << QStringLiteral("1704081120.003100") << QString();
    QTest::newRow("link preview") << QStringLiteral("1704076060.001500") << QString();
    QTest::newRow("text") << QStringLiteral("1704071000.000300") << QString();
}

void TestSlackImport::craftedAttachments()
{
    QFETCH(QString, ts);
    QFETCH(QString, kind);
    RecordingSink sink;
    const auto r = readSlack(slackCrafted(QStringLiteral("crafted.zip")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    const MessageInfo *m = slackMessage(sink, ts);
    QVERIFY(m);
    QCOMPARE(m->attachmentKind, kind);
}

void TestSlackImport::craftedServiceLinesAndEvents()
{
    RecordingSink sink;
    const auto r = readSlack(slackCrafted(QStringLiteral("crafted.zip")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    // 2 channel_join, tombstone, the "This message was deleted." text, pinned_item,
    // channel_topic, bot_add, weird_future_thing, channel_leave:
    // sum(isinstance(m, dict) and "ts" in m and (m.get("subtype") in ("channel_join",
    //     "channel_leave", "pinned_item", "channel_topic", "bot_add", "weird_future_thing",
    //     "tombstone") or m.get("text") == "This message was deleted.") for m in msgs) == 9
    const QStringList service = {
        QStringLiteral("1704070800.000100"), QStringLiteral("1704070801.000200"),
        QStringLiteral("1704078000.001900"), QStringLiteral("1704078120.002100"),
        QStringLiteral("1704079000.002200"), QStringLiteral("1704079060.002300"),
        QStringLiteral("1704079120.002400"), QStringLiteral("1704079240.002600"),
        QStringLiteral("1704080000.002700")};
    for (const auto &m : sink.messages)
        QCOMPARE(m.info.isService, service.contains(m.info.externalId));
    QCOMPARE(count(sink, [](const MessageInfo &m) { return m.isService; }), 9);

    QCOMPARE(sink.events.size(), 4);
    const EventInfo *join = slackEvent(sink, QStringLiteral("1704070800.000100"));
    QVERIFY(join);
    QCOMPARE(join->kind, EventInfo::Kind::Join);
    QCOMPARE(join->member.externalId, QStringLiteral("U01ALICE"));
    QVERIFY(!join->actor.isValid());
    QCOMPARE(join->at, qint64(1704070800));
    const EventInfo *invited = slackEvent(sink, QStringLiteral("1704070801.000200"));
    QVERIFY(invited);
    QCOMPARE(invited->kind, EventInfo::Kind::Join);
    QCOMPARE(invited->member.externalId, QStringLiteral("U02BOB"));
    QCOMPARE(invited->actor.externalId, QStringLiteral("U01ALICE"));
    const EventInfo *leave = slackEvent(sink, QStringLiteral("1704080000.002700"));
    QVERIFY(leave);
    QCOMPARE(leave->kind, EventInfo::Kind::Leave);
    QCOMPARE(leave->member.externalId, QStringLiteral("U03CAROL"));
    const EventInfo *pin = slackEvent(sink, QStringLiteral("1704079000.002200"));
    QVERIFY(pin);
    QCOMPARE(pin->kind, EventInfo::Kind::Pin);
    QCOMPARE(pin->actor.externalId, QStringLiteral("U01ALICE"));
    QCOMPARE(pin->detail, QStringLiteral("1704072000.000400"));
    for (const auto &e : sink.events)
        QCOMPARE(sink.channels[e.channel].externalId, QStringLiteral("C01GENERAL"));
}

void TestSlackImport::craftedReactionsAndEdits()
{
    RecordingSink sink;
    const auto r = readSlack(slackCrafted(QStringLiteral("crafted.zip")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    const MessageInfo *m = slackMessage(sink, QStringLiteral("1704074000.000800"));
    QVERIFY(m);
    QCOMPARE(m->reactions.size(), 2);
    QCOMPARE(m->reactions[0].emoji, QStringLiteral(":+1:"));
    QCOMPARE(m->reactions[0].count, 3); // "count": 3, two users named
    QCOMPARE(m->reactions[0].reactors.size(), 2);
    QCOMPARE(m->reactions[0].reactors[0].person.externalId, QStringLiteral("U01ALICE"));
    QCOMPARE(m->reactions[0].reactors[0].person.name, QStringLiteral("alice.l"));
    QCOMPARE(m->reactions[0].reactors[1].person.externalId, QStringLiteral("U03CAROL"));
    QCOMPARE(m->reactions[0].reactors[1].at, qint64(0));
    QCOMPARE(m->reactions[1].emoji, QStringLiteral(":tada:"));
    QCOMPARE(m->reactions[1].count, 1);
    QCOMPARE(slackMessage(sink, QStringLiteral("1704073000.000700"))->editedAt, qint64(1704073100));
    QCOMPARE(count(sink, [](const MessageInfo &x) { return x.editedAt != 0; }), 1);
}

void TestSlackImport::craftedWarnings()
{
    RecordingSink sink;
    const auto r = readSlack(slackCrafted(QStringLiteral("crafted.zip")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    const QString all = sink.warnings.join(u'\n');
    QCOMPARE(sink.warnings.size(), 7);
    QVERIFY2(hasWarning(sink, QStringLiteral("(U05APP, U99GHOST)")), qPrintable(all));
    QVERIFY2(hasWarning(sink, QStringLiteral("\"weird_future_thing\"")), qPrintable(all));
    QVERIFY2(hasWarning(sink, QStringLiteral("general/2024-01-01.json #26")), qPrintable(all));
    QVERIFY2(hasWarning(sink, QStringLiteral("folder \"orphan\"")), qPrintable(all));
    QVERIFY2(hasWarning(sink, QStringLiteral("general/2024-01-01.json #30")), qPrintable(all));
    QVERIFY2(hasWarning(sink, QStringLiteral("general/2024-01-01.json #29")), qPrintable(all));
    QVERIFY2(hasWarning(sink, QStringLiteral("YYYY-MM-DD.json")), qPrintable(all));
    QVERIFY2(hasWarning(sink, QStringLiteral("no \"id\"")), qPrintable(all));
}

void TestSlackImport::wrappedExport()
{
    // The export inside one folder of the archive (re-zipped): found, read the same way.
    RecordingSink sink;
    const auto r = readSlack(slackCrafted(QStringLiteral("wrapped.zip")), sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.channels.size(), 1);
    QCOMPARE(sink.channels[0].externalId, QStringLiteral("C1"));
    QCOMPARE(sink.messages.size(), 2);
    QCOMPARE(sink.messages[0].info.author.name, QStringLiteral("Ann"));
    QCOMPARE(sink.messages[1].info.text, QStringLiteral("second"));
    QVERIFY2(sink.warnings.isEmpty(), qPrintable(sink.warnings.join(u'\n')));
}

// ----------------------------------------------------------------------------- units

void TestSlackImport::markup_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    const auto row = [](const char *name, const char *in, const char *out) {
        QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(out);
    };
    row("user", "<@U1> hi", "@Ann hi");
    row("user with old label", "<@U2|bob> hi", "@bob hi");
    row("unknown user", "<@U3>", "@U3");
    row("channel label", "<#C9|random>", "#random");
    row("channel from list", "<#C1>", "#general");
    row("unknown channel", "<#C9>", "#C9");
    row("broadcasts", "<!here> <!channel> <!everyone>", "@here @channel @everyone");
    row("user group", "<!subteam^S1|@devs>", "@devs");
    row("user group without label", "<!subteam^S1>", "@S1");
    row("date", "<!date^1392734382^{date}|Feb 18, 2014>", "Feb 18, 2014");
    row("url", "<https://a.b/c?d=1&amp;e=2>", "https://a.b/c?d=1&e=2");
    row("url label", "<https://a.b|A &amp; B>", "A & B");
    row("mailto", "<mailto:x@y.z>", "x@y.z");
    row("entities once", "&amp;lt; &lt;b&gt;", "&lt; <b>");
    row("other entity", "a &foo; b", "a &foo; b");
    row("lone <", "1 < 2", "1 < 2");
    row("< across lines", "a <b\nc> d", "a <b\nc> d");
    row("formatting kept", "*bold* _it_ `x` :smile:", "*bold* _it_ `x` :smile:");
    row("unicode", "caf\xC3\xA9 <@U1>", "caf\xC3\xA9 @Ann");
    row("empty", "", "");
}

void TestSlackImport::markup()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    slack::SlackDirectory directory;
    directory.addUsers(QJsonDocument::fromJson(
                           R"([{"id": "U1", "name": "ann", "profile": {"display_name": "Ann"}}])")
                           .array());
    directory.addChannels(QJsonDocument::fromJson(R"([{"id": "C1", "name": "general"}])").array(),
                          QStringLiteral("public_channel"));
    slack::SlackPeople people(directory);
    const slack::SlackMarkup markup(people, directory);
    QCOMPARE(markup.plain(in), out);
}

void TestSlackImport::timestamps_data()
{
    QTest::addColumn<QJsonValue>("ts");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("id");
    QTest::newRow("string") << QJsonValue(QStringLiteral("1457390232.000002")) << true
                            << qint64(1457390232) << QStringLiteral("1457390232.000002");
    QTest::newRow("no fraction") << QJsonValue(QStringLiteral("1457390232")) << true
                                 << qint64(1457390232) << QStringLiteral("1457390232");
    QTest::newRow("number") << QJsonValue(1457390232.5) << true << qint64(1457390232)
                            << QStringLiteral("1457390232.500000");
    for (const char *bad : {"", "abc", "12.3.4", "-5.1", "1457390232.", ".5", "0.000001",
                            "1457390232.00000x", "1234567890123.1"})
        QTest::newRow(bad) << QJsonValue(QLatin1String(bad)) << false << qint64(0) << QString();
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false << qint64(0)
                             << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << qint64(0) << QString();
}

void TestSlackImport::timestamps()
{
    QFETCH(QJsonValue, ts);
    QFETCH(bool, ok);
    QFETCH(qint64, seconds);
    QFETCH(QString, id);
    qint64 s = 0;
    QString parsed;
    QCOMPARE(slack::SlackMessageMapper::parseTs(ts, s, parsed), ok);
    if (ok) {
        QCOMPARE(s, seconds);
        QCOMPARE(parsed, id);
    }
}

// ----------------------------------------------------------------------------- errors

void TestSlackImport::errors_data()
{
    QTest::addColumn<QString>("fixture"); // crafted zip, or a case made in the test
    QTest::addColumn<QString>("entry");   // expected suffix of error.file after the zip path
    QTest::addColumn<qint64>("line");     // -1 = not checked
    QTest::addColumn<qint64>("offset");   // -2 = not checked
    QTest::addColumn<QString>("message"); // part of the message
    QTest::addColumn<int>("emitted");     // messages emitted before the error
    QTest::newRow("not a zip") << QStringLiteral("@text") << QString() << qint64(0) << qint64(0)
                               << QStringLiteral("not a zip archive") << 0;
    QTest::newRow("truncated zip") << QStringLiteral("@truncated") << QString() << qint64(0)
                                   << qint64(1000) << QStringLiteral("damaged") << 0;
    QTest::newRow("missing file") << QStringLiteral("@missing") << QString() << qint64(0)
                                  << qint64(-1) << QStringLiteral("cannot open") << 0;
    QTest::newRow("no channels.json") << QStringLiteral("no_channels.zip") << QString() << qint64(0)
                                      << qint64(-1) << QStringLiteral("no channels.json") << 0;
    // json.loads: "Expecting ',' delimiter: line 3 column 56 (char 137)"
    QTest::newRow("malformed day file")
        << QStringLiteral("malformed.zip") << QStringLiteral("/general/2024-01-02.json")
        << qint64(3) << qint64(-2) << QStringLiteral("invalid JSON") << 2;
    QTest::newRow("day file not an array")
        << QStringLiteral("not_array.zip") << QStringLiteral("/general/2024-01-01.json")
        << qint64(1) << qint64(0) << QStringLiteral("JSON array") << 0;
    QTest::newRow("CRC mismatch") << QStringLiteral("crc.zip")
                                  << QStringLiteral("/general/2024-01-01.json") << qint64(0)
                                  << qint64(-1) << QStringLiteral("checksum") << 0;
}

void TestSlackImport::errors()
{
    QFETCH(QString, fixture);
    QFETCH(QString, entry);
    QFETCH(qint64, line);
    QFETCH(qint64, offset);
    QFETCH(QString, message);
    QFETCH(int, emitted);
    QTemporaryDir dir;
    QString path;
    if (fixture == QLatin1String("@text"))
        path = copyTo(dir, slackCrafted(QStringLiteral("crafted/general/2024-01-02.json")),
                      QStringLiteral("export.zip"));
    else if (fixture == QLatin1String("@truncated"))
        path = copyTo(dir, slackCrafted(QStringLiteral("crafted.zip")),
                      QStringLiteral("export.zip"), 1000);
    else if (fixture == QLatin1String("@missing"))
        path = dir.filePath(QStringLiteral("missing.zip"));
    else
        path = slackCrafted(fixture);
    QVERIFY(!path.isEmpty());
    RecordingSink sink;
    const auto r = readSlack(path, sink);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.file, path + entry);
    QVERIFY2(r.error.message.contains(message), qPrintable(r.error.toString()));
    if (line >= 0)
        QCOMPARE(r.error.line, line);
    if (offset != -2)
        QCOMPARE(r.error.offset, offset);
    QCOMPARE(sink.messages.size(), emitted);
    if (fixture == QLatin1String("malformed.zip")) {
        // the missing comma before "ts" on line 3: "    {..., "text": "broken" "ts": ...}"
        QVERIFY2(r.error.offset >= 137 && r.error.offset <= 138, qPrintable(r.error.toString()));
        QVERIFY2(r.error.column >= 56 && r.error.column <= 57, qPrintable(r.error.toString()));
    }
}

void TestSlackImport::cancelAndProgress()
{
    const QString path = slackCrafted(QStringLiteral("crafted.zip"));
    const qint64 size = QFileInfo(path).size();
    ObservingSink all;
    const auto ok = readSlack(path, all);
    QVERIFY2(ok.ok, qPrintable(ok.error.toString()));
    QVERIFY(all.progress.size() >= 3);
    qint64 last = -1;
    for (const auto &[done, total] : all.progress) {
        QCOMPARE(total, size);
        QVERIFY(done >= last && done <= total);
        last = done;
    }
    QCOMPARE(all.progress.last().first, size);
    // polled before users.json, 4 lists and each of the 6 day files:
    // [n for n in days] == 6 (general/notes.json is not a day file)
    QCOMPARE(all.polls, 1 + 4 + 6);

    ObservingSink canceled;
    canceled.cancelAfterPolls = 6; // the lists and the first day file pass
    const auto r = readSlack(path, canceled);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.message.contains(QStringLiteral("cancel")), qPrintable(r.error.toString()));
    QCOMPARE(canceled.recorded.channels.size(), 1); // D01ALICEBOB only
    QCOMPARE(canceled.recorded.messages.size(), 1);
}

// ----------------------------------------------------------------------------- ImportService

void TestSlackImport::importServiceIsIdempotent_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("userMessages"); // non-service lines (see realArchives_data)
    QTest::addColumn<qint64>("channels");
    QTest::addColumn<qint64>("events");
    QTest::newRow("2016") << kSlack2016 << qint64(158 - 11) << qint64(2) << qint64(8);
    QTest::newRow("2023") << kSlack2023 << qint64(5 - 1) << qint64(3) << qint64(1);
    // crafted: messages and service lines as in craftedChannels / craftedServiceLinesAndEvents;
    // events = 2 channel_join + 1 channel_leave + 1 pinned_item
    QTest::newRow("crafted") << slackCrafted(QStringLiteral("crafted.zip")) << qint64(37 - 9)
                             << qint64(5) << qint64(2 + 1 + 1);
}

void TestSlackImport::importServiceIsIdempotent()
{
    QFETCH(QString, path);
    QFETCH(qint64, userMessages);
    QFETCH(qint64, channels);
    QFETCH(qint64, events);
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
    ImportService service(db);
    ImportResult first, second, third;
    ImportError e;
    QVERIFY2(service.importFile(path, QStringLiteral("auto"), &first, &e),
             qPrintable(e.toString()));
    QCOMPARE(first.format, QStringLiteral("slack"));
    QCOMPARE(first.messagesAdded, userMessages);
    QCOMPARE(scalar(db, QString::fromLatin1(kUserMessages)), userMessages);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM channel WHERE platform = 'slack'")),
             channels);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM event")), events);
    QCOMPARE(first.eventsAdded, events);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
             qint64(0));
    const QByteArray before = dbDigest(db);

    QVERIFY(service.importFile(path, QStringLiteral("auto"), &second, &e));
    QVERIFY(second.alreadyImported);
    QCOMPARE(second.messagesAdded, qint64(0));
    QCOMPARE(dbDigest(db), before);

    // Other bytes (one more at the end of the zip), same records: read again, nothing added.
    const QString copy = copyTo(dir, path, QStringLiteral("copy.zip"), -1, QByteArray("\n"));
    QVERIFY2(service.importFile(copy, QStringLiteral("auto"), &third, &e),
             qPrintable(e.toString()));
    QVERIFY(!third.alreadyImported);
    QCOMPARE(third.messagesAdded, qint64(0));
    QCOMPARE(third.membersAdded, qint64(0));
    QCOMPARE(third.eventsAdded, qint64(0));
    QCOMPARE(third.messagesSkippedDuplicate, userMessages);
    QCOMPARE(scalar(db, QString::fromLatin1(kUserMessages)), userMessages);
}

void TestSlackImport::importServiceFailureLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("positioned"); // the error names a line or a byte offset
    QTest::newRow("malformed day file after a good one") << QStringLiteral("malformed.zip") << true;
    QTest::newRow("day file not an array") << QStringLiteral("not_array.zip") << true;
    QTest::newRow("CRC mismatch") << QStringLiteral("crc.zip") << false;
    QTest::newRow("no channels.json") << QStringLiteral("no_channels.zip") << false;
    QTest::newRow("truncated zip") << QStringLiteral("@truncated") << true;
    QTest::newRow("not a zip") << QStringLiteral("@text") << true;
}

void TestSlackImport::importServiceFailureLeavesDatabaseUnchanged()
{
    QFETCH(QString, fixture);
    QFETCH(bool, positioned);
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
    ImportService service(db);
    ImportResult r;
    ImportError e;
    // Some Slack data first, so "unchanged" is not trivially an empty database.
    QVERIFY2(service.importFile(kSlack2023, QString(), &r, &e), qPrintable(e.toString()));
    const QByteArray before = dbDigest(db);
    QString path;
    if (fixture == QLatin1String("@text"))
        path = copyTo(dir, slackCrafted(QStringLiteral("crafted/general/2024-01-02.json")),
                      QStringLiteral("export.zip"));
    else if (fixture == QLatin1String("@truncated"))
        path = copyTo(dir, slackCrafted(QStringLiteral("crafted.zip")),
                      QStringLiteral("export.zip"), 2000);
    else
        path = slackCrafted(fixture);
    QVERIFY(!service.importFile(path, QStringLiteral("slack"), &r, &e));
    QVERIFY2(e.toString().contains(path), qPrintable(e.toString()));
    if (positioned)
        QVERIFY2(e.line > 0 || e.offset >= 0, qPrintable(e.toString()));
    QCOMPARE(dbDigest(db), before);
}

QTEST_GUILESS_MAIN(TestSlackImport)
#include "tst_slack_import.moc"
