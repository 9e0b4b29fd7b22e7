// DiscordChatExporter JSON importer on broken input: malformed files with the expected message
// and line/column, wrong types, invalid UTF-8, empty and truncated files, 10 MB lines, a real
// export cut at every byte, cancellation and a sink that refuses records. Every failure must be
// clean (error set with file and position, never a crash or a silent partial success).

#include "DiscordTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <utility>

using namespace kindred;
using namespace kindred::test;

namespace {

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

const QByteArray kHead = "{\n \"guild\": {\"id\": \"1\", \"name\": \"G\"},\n"
                         " \"channel\": {\"id\": \"2\", \"type\": \"GuildTextChat\", "
                         "\"name\": \"c\"},\n";
const QByteArray kAuthor = "\"author\": {\"id\": \"3\", \"name\": \"a\", \"isBot\": false}";

} // namespace

class TestDiscordMalformed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void malformed_data();
    void malformed();
    void snowflakesStayExact();
    void longLines();
    void truncatedEverywhere();
    void cancelAndSinkFailure();
};

void TestDiscordMalformed::initTestCase()
{
    QVERIFY2(QDir(kDiscordDir).exists(), qPrintable(kDiscordDir));
}

void TestDiscordMalformed::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expect"); // substring of the error message (case-insensitive)
    QTest::addColumn<qint64>("line");    // expected line, 0 = any
    QTest::addColumn<qint64>("column");  // expected column, 0 = any

    const QByteArray msg = " \"messages\": [\n  {\"id\": \"10\", \"type\": \"Default\", "
                           "\"timestamp\": \"2023-01-06T16:11:26.414+02:00\", ";
    QTest::newRow("empty file") << QByteArray() << "empty" << qint64(0) << qint64(0);
    QTest::newRow("only whitespace")
        << QByteArray("  \n\t ") << "no JSON" << qint64(0) << qint64(0);
    QTest::newRow("messages is a number")
        << kHead + " \"messages\": 5\n}"
        << "\"messages\" must be an array" << qint64(4) << qint64(14);
    QTest::newRow("messages holds a string") << kHead + " \"messages\": [\"hi\"]\n}"
                                             << "message objects" << qint64(4) << qint64(15);
    QTest::newRow("author is a number")
        << kHead + msg + "\"author\": 3}]}"
        << "\"author\" must be an object, but is a number (3)" << qint64(5) << qint64(91);
    QTest::newRow("guild is a string") << QByteArray("{\"guild\": \"g\", \"channel\": {}}")
                                       << "\"guild\" must be an object" << qint64(1) << qint64(11);
    QTest::newRow("id is an object")
        << kHead + " \"messages\": [{\"id\": {}}]}"
        << "\"id\" must be a string of digits" << qint64(4) << qint64(0);
    QTest::newRow("id is a float") << kHead + " \"messages\": [{\"id\": 1.5}]}"
                                   << "snowflake" << qint64(4) << qint64(0);
    QTest::newRow("bad timestamp")
        << kHead + " \"messages\": [{\"id\": \"1\", \"timestamp\": \"yesterday\"}]}"
        << "ISO 8601" << qint64(4) << qint64(0);
    QTest::newRow("reactions is an object")
        << kHead + msg + kAuthor + ", \"reactions\": {}}]}"
        << "\"reactions\" must be an array" << qint64(5) << qint64(0);
    QTest::newRow("count is a string") << kHead + msg + kAuthor +
                                              ", \"reactions\": [{\"emoji\": {\"name\": \"x\"}, "
                                              "\"count\": \"2\"}]}]}"
                                       << "\"count\" must be an integer" << qint64(5) << qint64(0);
    QTest::newRow("isBot is a string")
        << kHead + msg + "\"author\": {\"id\": \"3\", \"isBot\": \"no\"}}]}"
        << "\"isBot\" must be true or false" << qint64(5) << qint64(0);
    QTest::newRow("message without timestamp") << kHead + " \"messages\": [{\"id\": \"1\"}]}"
                                               << "no \"timestamp\"" << qint64(0) << qint64(0);
    QTest::newRow("truncated inside a string") << kHead + msg + "\"content\": \"hel"
                                               << "string is not closed" << qint64(5) << qint64(0);
    QTest::newRow("truncated after a message") << kHead + msg + kAuthor + "},\n"
                                               << "truncated" << qint64(0) << qint64(0);
    QTest::newRow("truncated before the closing brace") << kHead + " \"messages\": []\n"
                                                        << "truncated" << qint64(0) << qint64(0);
    QTest::newRow("missing comma") << kHead + " \"messages\": [{\"id\": \"1\" \"content\": \"a\"}]}"
                                   << "malformed" << qint64(4) << qint64(0);
    QTest::newRow("invalid UTF-8 in content") << kHead + msg + "\"content\": \"ab\xff\xfe\"}]}"
                                              << "UTF-8" << qint64(5) << qint64(95);
    QTest::newRow("latin-1 guild name")
        << QByteArray("{\"guild\": {\"name\": \"Caf\xe9\"}, \"messages\": []}") << "UTF-8"
        << qint64(1) << qint64(24);
    QTest::newRow("top-level array") << QByteArray("[{\"type\": \"Default\"}]")
                                     << "expected a JSON object" << qint64(1) << qint64(1);
    QTest::newRow("not JSON at all")
        << QByteArray("hello world\n") << "not JSON" << qint64(1) << qint64(1);
    QTest::newRow("trailing garbage") << kHead + " \"messages\": []\n} trailing"
                                      << "after the end" << qint64(5) << qint64(3);
    QTest::newRow("no channel") << QByteArray("{\"guild\": {\"id\": \"1\"}, \"messages\": []}")
                                << "not a DiscordChatExporter" << qint64(0) << qint64(0);
}

void TestDiscordMalformed::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expect);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QTemporaryDir dir;
    const QString path = writeDiscordTemp(dir, QStringLiteral("bad.json"), bytes);
    QVERIFY(!path.isEmpty());
    RecordingSink sink;
    const auto r = readDiscord(path, sink);
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

void TestDiscordMalformed::snowflakesStayExact()
{
    // 2^53 + 1 cannot be represented as a double; ids written as numbers keep their digits,
    // and timestamps keep their own offset (+02:00 = 2 hours before UTC).
    QTemporaryDir dir;
    const QByteArray bytes = "{\"guild\": {\"id\": 0}, \"channel\": {\"id\": 9007199254740993},\n"
                             " \"messages\": [{\"id\": 9007199254740995, \"type\": \"Default\", "
                             "\"timestamp\": \"2023-01-06T16:11:26.414+02:00\", " +
                             kAuthor + "}]}";
    const QString path = writeDiscordTemp(dir, QStringLiteral("ids.json"), bytes);
    RecordingSink sink;
    const auto r = readDiscord(path, sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.channels[0].externalId, QStringLiteral("9007199254740993"));
    QCOMPARE(sink.messages[0].info.externalId, QStringLiteral("9007199254740995"));
    QCOMPARE(sink.messages[0].info.sentAt, utcSecs("2023-01-06T14:11:26Z"));
}

void TestDiscordMalformed::longLines()
{
    QTemporaryDir dir;
    // 10 MB on one line: printable garbage, random bytes, an object start then garbage, an
    // unclosed 10 MB string; and a valid message whose content is a 10 MB line.
    QByteArray text(10 * 1024 * 1024, 'x');
    for (qsizetype i = 0; i < text.size(); i += 7)
        text[i] = char('a' + (i % 26));
    QByteArray random(10 * 1024 * 1024, '\0');
    QRandomGenerator rng(11);
    for (qsizetype i = 0; i < random.size(); ++i)
        random[i] = char(rng.bounded(256));
    const QByteArray brace = "{" + text;
    const QByteArray longString =
        "{\"guild\": {}, \"channel\": {\"id\": \"1\"}, \"messages\": [{\"content\": \"" + text;
    for (const auto &[name, bytes] : {std::pair{"text", text}, std::pair{"random", random},
                                      std::pair{"brace", brace}, std::pair{"string", longString}}) {
        const QString path = writeDiscordTemp(dir, QString::fromLatin1(name), bytes);
        RecordingSink sink;
        QElapsedTimer t;
        t.start();
        const auto r = readDiscord(path, sink);
        QVERIFY2(!r.ok, name);
        QVERIFY2(!r.error.message.isEmpty(), name);
        QVERIFY2(r.error.offset >= 0 && r.error.offset <= bytes.size(),
                 qPrintable(r.error.toString()));
        QVERIFY2(r.error.line == 1, qPrintable(r.error.toString()));
        QVERIFY2(t.elapsed() < 5000, name);
        qDebug().noquote() << name << r.error.toString().mid(path.size()) << t.elapsed() << "ms";
    }
    const QByteArray valid = kHead +
                             " \"messages\": [{\"id\": \"1\", \"type\": \"Default\", "
                             "\"timestamp\": \"2023-01-06T16:11:26+00:00\", " +
                             kAuthor + ", \"content\": \"" + text + "\"}]}";
    const QString path = writeDiscordTemp(dir, QStringLiteral("valid.json"), valid);
    RecordingSink sink;
    const auto r = readDiscord(path, sink);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(sink.messages.size(), 1);
    QCOMPARE(sink.messages[0].info.text.size(), text.size());
}

void TestDiscordMalformed::truncatedEverywhere()
{
    QFile f(discordFixture(QStringLiteral("chat-analytics__GC_3A_5M.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    const qsizetype end = all.lastIndexOf('}') + 1;
    QTemporaryDir dir;
    for (qsizetype n = 1; n < end; ++n) {
        const QString path = writeDiscordTemp(dir, QStringLiteral("cut.json"), all.left(n));
        RecordingSink sink;
        const auto r = readDiscord(path, sink);
        QVERIFY2(!r.ok, qPrintable(QStringLiteral("cut at %1 accepted").arg(n)));
        QVERIFY2(!r.error.message.isEmpty() && r.error.offset <= n,
                 qPrintable(QStringLiteral("cut at %1: %2").arg(n).arg(r.error.toString())));
    }
}

void TestDiscordMalformed::cancelAndSinkFailure()
{
    const QString path = discordFixture(QStringLiteral("chat-analytics__GC_3A_5M.json"));
    {
        CancelingSink sink;
        const auto r = readDiscord(path, sink);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.message.contains(QStringLiteral("canceled")),
                 qPrintable(r.error.toString()));
    }
    {
        RefusingSink sink;
        const auto r = readDiscord(path, sink);
        QVERIFY(!r.ok);
        QCOMPARE(sink.messages, 3);
        QVERIFY2(r.error.message.contains(QStringLiteral("stopped")),
                 qPrintable(r.error.toString()));
    }
}

QTEST_GUILESS_MAIN(TestDiscordMalformed)
#include "tst_discord_malformed.moc"
