// DiscordChatExporter CSV import: the RFC 4180 CsvReader on edge cases, detection (DCE header
// only, never the WeChat CSVs), the hand-written fixtures under tests/data/discord (no public
// DCE CSV sample exists; see shared/data/exports/SOURCES.md), malformed input with positions,
// and that the JSON and the CSV export of one channel share the channel and the authors.
//
// Expected values are read off the fixture files themselves (written by hand in DCE's shape:
// every field quoted, BOM + CRLF in the ISO file, no BOM + LF and the old dates in the other).

#include "DbDigest.h"
#include "DiscordTestSupport.h"

#include "import/CsvReader.h"
#include "import/DiscordCsvImporter.h"
#include "import/ImportService.h"
#include "import/ImporterRegistry.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QDir>
#include <QSet>
#include <QTest>

using namespace kindred;
using namespace kindred::test;

Q_DECLARE_METATYPE(QList<QStringList>)

namespace {

const QString kDataDir = QStringLiteral(KINDRED_TEST_DATA_DIR "/discord");
const QString kIsoCsv =
    kDataDir + QStringLiteral("/Test Guild - Text - general [1012224565567721552].csv");
const QString kOldCsv =
    kDataDir + QStringLiteral("/Old Guild - Chat - old-format [1012224565567999999].csv");
const QString kGeneralJson =
    discordFixture(QStringLiteral("DiscordChatExporter-frontend__Example guild - Text Channels - "
                                  "general [1012224565567721552].json"));
const QByteArray kHeader = "AuthorID,Author,Date,Content,Attachments,Reactions\n";

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestDiscordCsv : public QObject
{
    Q_OBJECT

private slots:
    void csvReader_data();
    void csvReader();
    void csvReaderPositions();
    void csvReaderErrors_data();
    void csvReaderErrors();

    void detect_data();
    void detect();
    void parseDate_data();
    void parseDate();
    void parseReactions();

    void isoFixture();
    void oldDateFixture();
    void malformed_data();
    void malformed();
    void jsonAndCsvShareChannelAndAuthors();
};

// ----------------------------------------------------------------------------- CsvReader

void TestDiscordCsv::csvReader_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n")
                           << QList<QStringList>{{u("a"), u("b"), u("c")},
                                                 {u("1"), u("2"), u("3")}};
    QTest::newRow("no final newline")
        << QByteArray("a,b\n1,2") << QList<QStringList>{{u("a"), u("b")}, {u("1"), u("2")}};
    QTest::newRow("quoted") << QByteArray("\"a,b\",\"c\"\n")
                            << QList<QStringList>{{u("a,b"), u("c")}};
    QTest::newRow("escaped quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n")
                                    << QList<QStringList>{{u("say \"hi\""), u("\"")}};
    QTest::newRow("empty fields") << QByteArray(",,\n\"\",x,\n")
                                  << QList<QStringList>{{u(""), u(""), u("")},
                                                        {u(""), u("x"), u("")}};
    QTest::newRow("crlf") << QByteArray("a,b\r\n\"1\",2\r\n")
                          << QList<QStringList>{{u("a"), u("b")}, {u("1"), u("2")}};
    QTest::newRow("lone cr") << QByteArray("a\rb\r") << QList<QStringList>{{u("a")}, {u("b")}};
    QTest::newRow("embedded newlines")
        << QByteArray("\"line 1\nline 2\r\nline 3\",x\r\ny,z\r\n")
        << QList<QStringList>{{u("line 1\nline 2\r\nline 3"), u("x")}, {u("y"), u("z")}};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF\"a\",b\n")
                         << QList<QStringList>{{u("a"), u("b")}};
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << QList<QStringList>{};
    QTest::newRow("empty lines skipped")
        << QByteArray("a\n\n\r\nb\n\n") << QList<QStringList>{{u("a")}, {u("b")}};
    QTest::newRow("quoted empty record kept")
        << QByteArray("\"\"\n") << QList<QStringList>{{u("")}};
    QTest::newRow("quote inside unquoted field")
        << QByteArray("ab\"c,d\n") << QList<QStringList>{{u("ab\"c"), u("d")}};
    QTest::newRow("utf-8") << QByteArray("\"\xF0\x9F\x91\x8F (2)\",\xE4\xBD\xA0\xE5\xA5\xBD\n")
                           << QList<QStringList>{{u("\xF0\x9F\x91\x8F (2)"), u("你好")}};
    QTest::newRow("empty input") << QByteArray() << QList<QStringList>{};
}

void TestDiscordCsv::csvReader()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, records);
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer);
    QList<QStringList> got;
    CsvReader::Status status;
    while ((status = reader.next()) == CsvReader::Status::Record)
        got.append(reader.fields());
    QCOMPARE(status, CsvReader::Status::End);
    QCOMPARE(got, records);
    QCOMPARE(reader.recordNumber(), qint64(records.size()));
    QCOMPARE(reader.bytesRead(), qint64(input.size()));
}

void TestDiscordCsv::csvReaderPositions()
{
    QByteArray input = "\xEF\xBB\xBF\xC3\xA9t\xC3\xA9,\"x\ny\",z\r\n\n  a,b\n";
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer);
    QCOMPARE(reader.next(), CsvReader::Status::Record);
    QVERIFY(reader.hadBom());
    QCOMPARE(reader.fields(), (QStringList{u("été"), u("x\ny"), u("z")}));
    QCOMPARE(reader.recordNumber(), qint64(1));
    QCOMPARE(reader.fieldPosition(0).line, qint64(1));
    QCOMPARE(reader.fieldPosition(0).column, qint64(1));
    QCOMPARE(reader.fieldPosition(1).column, qint64(5)); // "été," is 4 characters
    QCOMPARE(reader.fieldPosition(2).line, qint64(2));
    QCOMPARE(reader.fieldPosition(2).column, qint64(4));
    QCOMPARE(reader.next(), CsvReader::Status::Record);
    QCOMPARE(reader.recordNumber(), qint64(2));
    QCOMPARE(reader.recordPosition().line, qint64(4)); // after the empty line 3
    QCOMPARE(reader.fieldPosition(1).column, qint64(5));
    QCOMPARE(reader.fields(), (QStringList{u("  a"), u("b")}));
    QCOMPARE(reader.next(), CsvReader::Status::End);
}

void TestDiscordCsv::csvReaderErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("error");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::newRow("unterminated quote")
        << QByteArray("a,b\nc,\"open\nstill open") << int(CsvReader::Error::UnterminatedQuote)
        << qint64(2) << qint64(3);
    QTest::newRow("character after quote")
        << QByteArray("a,\"b\"x\n") << int(CsvReader::Error::CharacterAfterQuote) << qint64(1)
        << qint64(6);
    QTest::newRow("invalid byte") << QByteArray("ok\nab\xFF\n")
                                  << int(CsvReader::Error::InvalidUtf8) << qint64(2) << qint64(3);
    QTest::newRow("bad continuation")
        << QByteArray("\xC3(\n") << int(CsvReader::Error::InvalidUtf8) << qint64(1) << qint64(1);
    QTest::newRow("overlong") << QByteArray("x,\xC0\xAF\n") << int(CsvReader::Error::InvalidUtf8)
                              << qint64(1) << qint64(3);
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80\n") << int(CsvReader::Error::InvalidUtf8)
                               << qint64(1) << qint64(1);
    QTest::newRow("truncated at end")
        << QByteArray("\"a\",\xE4\xBD") << int(CsvReader::Error::InvalidUtf8) << qint64(1)
        << qint64(5);
}

void TestDiscordCsv::csvReaderErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, error);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer);
    CsvReader::Status status;
    while ((status = reader.next()) == CsvReader::Status::Record) {
    }
    QCOMPARE(status, CsvReader::Status::Error);
    QCOMPARE(int(reader.error()), error);
    QCOMPARE(reader.errorPosition().line, line);
    QCOMPARE(reader.errorPosition().column, column);
    QCOMPARE(reader.next(), CsvReader::Status::Error); // stays failed
}

// ----------------------------------------------------------------------------- detection

void TestDiscordCsv::detect_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    QTest::newRow("iso fixture") << kIsoCsv << QStringLiteral("discord");
    QTest::newRow("old fixture") << kOldCsv << QStringLiteral("discord");
    QTest::newRow("json") << kGeneralJson << QStringLiteral("discord");
    const QDir wechat(QStringLiteral(KINDRED_EXPORTS_DIR "/wechat"));
    for (const QString &f : wechat.entryList({QStringLiteral("*.csv")}, QDir::Files))
        QTest::newRow(qPrintable(QStringLiteral("wechat/") + f))
            << wechat.filePath(f) << QStringLiteral("wechat");
}

void TestDiscordCsv::detect()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    QString error;
    QCOMPARE(ImporterRegistry::detect(path, &error), format);
    QString inner;
    const QByteArray head = ImporterRegistry::readHead(path, &inner);
    const int csvScore = DiscordCsvImporter().detect(head, inner);
    QCOMPARE(csvScore,
             path.endsWith(QLatin1String(".csv")) && format == QLatin1String("discord") ? 90 : 0);

    // The header alone, quoted or not, with or without BOM; nothing else.
    DiscordCsvImporter csv;
    QCOMPARE(csv.detect(kHeader, QString()), 90);
    QCOMPARE(csv.detect("\xEF\xBB\xBF\"AuthorID\",\"Author\",\"Date\",\"Content\",\"Attachments\","
                        "\"Reactions\"\r\n\"1\"",
                        QString()),
             90);
    QCOMPARE(csv.detect("AuthorID,Author,Date,Content,Attachments", QString()), 0);
    QCOMPARE(csv.detect("AuthorID,Author,Date,Content,Attachments,Reactions,Extra\n", QString()),
             0);
    QCOMPARE(csv.detect("\n" + kHeader, QString()), 0);
    QCOMPARE(csv.detect("{\"guild\":{}}", QString()), 0);
}

void TestDiscordCsv::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("utc");
    QTest::addColumn<bool>("wallClock");
    QTest::newRow("iso offset") << u("2023-01-05T10:12:13.456+01:00") << true
                                << utcSecs("2023-01-05T09:12:13Z") << false;
    QTest::newRow("iso 7 digits negative") << u("2023-01-05T10:12:13.4560000-05:30") << true
                                           << utcSecs("2023-01-05T15:42:13Z") << false;
    QTest::newRow("iso Z") << u("2023-01-05T10:12:13Z") << true << utcSecs("2023-01-05T10:12:13Z")
                           << false;
    QTest::newRow("iso naive") << u("2023-01-05 10:12:13") << true
                               << utcSecs("2023-01-05T10:12:13Z") << true;
    QTest::newRow("dce default am")
        << u("05-Jan-23 10:12 AM") << true << utcSecs("2023-01-05T10:12:00Z") << true;
    QTest::newRow("dce default 12 am")
        << u("05-Jan-23 12:12 AM") << true << utcSecs("2023-01-05T00:12:00Z") << true;
    QTest::newRow("dce default pm")
        << u("31-Dec-22 11:59 pm") << true << utcSecs("2022-12-31T23:59:00Z") << true;
    QTest::newRow("en-US general")
        << u("1/5/2023 10:12 AM") << true << utcSecs("2023-01-05T10:12:00Z") << true;
    QTest::newRow("en-US with seconds")
        << u("12/31/2023 12:00:05 PM") << true << utcSecs("2023-12-31T12:00:05Z") << true;
    QTest::newRow("bad month") << u("05-Foo-23 10:12 AM") << false << qint64(0) << true;
    QTest::newRow("hour 13 pm") << u("05-Jan-23 13:12 PM") << false << qint64(0) << true;
    QTest::newRow("feb 30") << u("2023-02-30T10:00:00Z") << false << qint64(0) << false;
    QTest::newRow("24h d/M") << u("5/1/2023 10:12") << false << qint64(0) << true;
    QTest::newRow("garbage") << u("yesterday") << false << qint64(0) << true;
}

void TestDiscordCsv::parseDate()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, utc);
    QFETCH(bool, wallClock);
    qint64 got = 0;
    bool naive = false;
    QCOMPARE(DiscordCsvImporter::parseDate(text, got, naive), ok);
    if (ok) {
        QCOMPARE(got, utc);
        QCOMPARE(naive, wallClock);
    }
}

void TestDiscordCsv::parseReactions()
{
    QList<ReactionInfo> r;
    QVERIFY(DiscordCsvImporter::parseReactions(u("👏 (2),kekw (1),❤️ (10)"), r));
    QCOMPARE(r.size(), 3);
    QCOMPARE(r[0].emoji, u("👏"));
    QCOMPARE(r[0].count, 2);
    QCOMPARE(r[1].emoji, u("kekw"));
    QCOMPARE(r[2].emoji, u("❤️"));
    QCOMPARE(r[2].count, 10);
    QVERIFY(r[0].reactors.isEmpty());
    r.clear();
    QVERIFY(DiscordCsvImporter::parseReactions(QString(), r));
    QVERIFY(r.isEmpty());
    QVERIFY(!DiscordCsvImporter::parseReactions(u("👏 2"), r));
    QVERIFY(!DiscordCsvImporter::parseReactions(u("👏 (2),oops"), r));
}

// ----------------------------------------------------------------------------- fixtures

void TestDiscordCsv::isoFixture()
{
    RecordingSink sink;
    const DiscordReadResult r = readDiscord(kIsoCsv, sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.channels.size(), 1);
    QCOMPARE(sink.channels[0].platform, u("discord"));
    QCOMPARE(sink.channels[0].externalId, u("1012224565567721552"));
    QCOMPARE(sink.channels[0].name, u("Test Guild / general"));
    QCOMPARE(sink.messages.size(), 8);
    QCOMPARE(sink.userMessages().size(), 7);
    QVERIFY(sink.warnings.isEmpty());

    const auto &m = sink.messages;
    QCOMPARE(m[0].info.author.externalId, u("521486476985155645"));
    QCOMPARE(m[0].info.author.name, u("Adam"));
    QCOMPARE(m[0].info.text, u("Hello \"everyone\", welcome!"));
    QCOMPARE(m[0].info.sentAt, utcSecs("2023-01-06T14:03:03Z"));
    QCOMPARE(m[1].info.text, u("Line one\nLine two, with a comma\n\nLine four"));
    QCOMPARE(m[1].info.sentAt, utcSecs("2023-01-06T14:21:56Z"));
    QCOMPARE(m[1].info.reactions.size(), 2);
    QCOMPARE(m[1].info.reactions[0].emoji, u("👏"));
    QCOMPARE(m[1].info.reactions[0].count, 2);
    QCOMPARE(m[1].info.reactions[1].emoji, u("kekw"));
    QCOMPARE(m[1].info.reactions[1].count, 1);
    // "Joined the server." is DCE's fallback text of a GuildMemberJoin.
    QVERIFY(m[2].info.isService);
    QCOMPARE(m[2].info.author.name, u("Newbie")); // legacy discriminator removed
    QCOMPARE(sink.events.size(), 1);
    QCOMPARE(sink.events[0].info.kind, EventInfo::Kind::Join);
    QCOMPARE(sink.events[0].info.member.externalId, u("333333333333333333"));
    QCOMPARE(sink.events[0].info.at, utcSecs("2023-01-06T14:30:00Z"));
    QCOMPARE(sink.events[0].info.messageExternalId, m[2].info.externalId);
    QCOMPARE(m[3].info.sentAt, utcSecs("2023-01-06T14:31:00Z"));
    QCOMPARE(m[3].info.attachmentKind, u("photo")); // the first of two attachments
    QVERIFY(m[3].info.text.isEmpty());
    QCOMPARE(m[4].info.attachmentKind, u("voice"));
    QCOMPARE(m[4].info.reactions.size(), 1);
    QCOMPARE(m[4].info.reactions[0].emoji, u("❤️"));
    QCOMPARE(m[4].info.reactions[0].count, 3);
    QVERIFY(m[0].info.attachmentKind.isEmpty());

    // Ids: derived, unique, stable; the repeat gets "-1".
    QSet<QString> ids;
    for (const auto &msg : m) {
        QVERIFY(msg.info.externalId.startsWith(QLatin1String("csv-")));
        ids.insert(msg.info.externalId);
    }
    QCOMPARE(ids.size(), m.size());
    QCOMPARE(m[6].info.externalId, m[5].info.externalId + QStringLiteral("-1"));
    RecordingSink again;
    QVERIFY(readDiscord(kIsoCsv, again).ok);
    for (qsizetype i = 0; i < m.size(); ++i)
        QCOMPARE(again.messages[i].info.externalId, m[i].info.externalId);
}

void TestDiscordCsv::oldDateFixture()
{
    RecordingSink sink;
    const DiscordReadResult r = readDiscord(kOldCsv, sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.channels.size(), 1);
    QCOMPARE(sink.channels[0].externalId, u("1012224565567999999"));
    QCOMPARE(sink.channels[0].name, u("Old Guild / old-format"));
    QCOMPARE(sink.messages.size(), 4);
    QCOMPARE(sink.warnings.size(), 1); // dates without a zone, once
    const auto &m = sink.messages;
    QCOMPARE(m[0].info.sentAt, utcSecs("2023-01-05T10:12:00Z"));
    QCOMPARE(m[0].info.author.name, u("Adam"));
    QCOMPARE(m[1].info.sentAt, utcSecs("2023-01-05T12:05:00Z"));
    QCOMPARE(m[1].info.attachmentKind, u("video"));
    QCOMPARE(m[2].info.sentAt, utcSecs("2023-01-05T23:59:00Z"));
    QCOMPARE(m[2].info.author.name, u("Deleted User #456226577798135808"));
    QCOMPARE(m[2].info.reactions.size(), 1);
    QCOMPARE(m[2].info.reactions[0].emoji, u("pepeheart"));
    QCOMPARE(m[2].info.reactions[0].count, 4);
    QCOMPARE(m[3].info.sentAt, utcSecs("2023-01-06T00:00:00Z"));
    QVERIFY(sink.events.isEmpty());
}

void TestDiscordCsv::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("message");
    const QByteArray ok = "\"1\",\"A\",\"2023-01-05T10:12:13+00:00\",\"hi\",\"\",\"\"\n";
    QTest::newRow("wrong header") << QByteArray("AuthorID,Author,Date,Content\n") + ok << qint64(1)
                                  << qint64(1) << u("header");
    QTest::newRow("empty") << QByteArray() << qint64(0) << qint64(0) << u("empty");
    QTest::newRow("unterminated quote")
        << kHeader + ok + "\"2\",\"B\",\"2023-01-05T10:12:14+00:00\",\"never closed\n,,\n"
        << qint64(3) << qint64(37) << u("not closed");
    QTest::newRow("invalid utf-8") << kHeader + ok + "\"2\",\"B\xFF\",\"x\",\"\",\"\",\"\"\n"
                                   << qint64(3) << qint64(7) << u("UTF-8");
    QTest::newRow("bad date") << kHeader + ok + ok +
                                     "\"2\",\"B\",\"31/12/2023 25:00\",\"\",\"\",\"\"\n"
                              << qint64(4) << qint64(9) << u("31/12/2023 25:00");
    QTest::newRow("too few fields") << kHeader + "\"1\",\"A\",\"x\"\n"
                                    << qint64(2) << qint64(1) << u("3 field(s)");
    QTest::newRow("text after quote") << kHeader + "\"1\"x,\"A\",\"x\",\"\",\"\",\"\"\n"
                                      << qint64(2) << qint64(4) << u("quote");
}

void TestDiscordCsv::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeDiscordTemp(dir, QStringLiteral("G - C - c [42].csv"), content);
    QVERIFY(!path.isEmpty());
    RecordingSink sink;
    const DiscordReadResult r = readDiscord(path, sink);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.file, path);
    QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
    QCOMPARE(r.error.line, line);
    QCOMPARE(r.error.column, column);
}

// ----------------------------------------------------------------------------- JSON + CSV

void TestDiscordCsv::jsonAndCsvShareChannelAndAuthors()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
    ImportService service(db);
    ImportResult json, csv;
    ImportError e;
    QVERIFY2(service.importFile(kGeneralJson, QStringLiteral("auto"), &json, &e),
             qPrintable(e.toString()));
    const qint64 identities = scalar(db, QStringLiteral("SELECT count(*) FROM identity"));
    const qint64 members = scalar(db, QStringLiteral("SELECT count(*) FROM member"));
    QVERIFY(identities > 0);
    QVERIFY2(service.importFile(kIsoCsv, QStringLiteral("auto"), &csv, &e),
             qPrintable(e.toString()));
    QCOMPARE(csv.format, u("discord"));
    QCOMPARE(csv.messagesAdded, qint64(7)); // non-service records; ids never meet JSON's
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM channel WHERE platform = 'discord'")),
             qint64(1));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM channel WHERE platform = 'discord' "
                                       "AND external_id = '1012224565567721552'")),
             qint64(1));
    // Adam and Thomas are the JSON export's authors; only the newcomer is new.
    QCOMPARE(csv.membersAdded, qint64(1));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM identity")), identities + 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM member")), members + 1);
    for (const char *id : {"521486476985155645", "896568767994532880"}) {
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT m.member_id) FROM message m "
                                           "JOIN identity i ON i.member_id = m.member_id WHERE "
                                           "i.platform = 'discord' AND i.external_id = '%1'")
                                .arg(QLatin1String(id))),
                 qint64(1));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
             qint64(0));
    // Re-importing a copy of the CSV (other sha256) adds nothing.
    QFile src(kIsoCsv);
    QVERIFY(src.open(QIODevice::ReadOnly));
    const QString copy =
        writeDiscordTemp(dir, QFileInfo(kIsoCsv).fileName(), src.readAll() + "\r\n");
    ImportResult third;
    QVERIFY2(service.importFile(copy, QStringLiteral("discord"), &third, &e),
             qPrintable(e.toString()));
    QCOMPARE(third.messagesAdded, qint64(0));
    QCOMPARE(third.membersAdded, qint64(0));
}

QTEST_GUILESS_MAIN(TestDiscordCsv)
#include "tst_discord_csv.moc"
