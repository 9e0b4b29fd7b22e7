// Telegram Desktop JSON importer on broken input: a corpus of malformed files with the
// expected message and line/column, 10 MB garbage lines, a real export cut at every byte,
// cancellation and a sink that refuses records. Every failure must be clean (error set with
// file and position, never a crash or a silent partial success).

#include "TelegramTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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

} // namespace

class TestTelegramMalformed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void malformed_data();
    void malformed();
    void garbageLine();
    void truncatedEverywhere();
    void cancelAndSinkFailure();
};

void TestTelegramMalformed::initTestCase()
{
    useBerlinTimeZone();
    QVERIFY2(QDir(kTelegramDir).exists(), qPrintable(kTelegramDir));
}

// ----------------------------------------------------------------------------- malformed

void TestTelegramMalformed::malformed_data()
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

void TestTelegramMalformed::malformed()
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

void TestTelegramMalformed::garbageLine()
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

void TestTelegramMalformed::truncatedEverywhere()
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

void TestTelegramMalformed::cancelAndSinkFailure()
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

QTEST_GUILESS_MAIN(TestTelegramMalformed)
#include "tst_telegram_malformed.moc"
