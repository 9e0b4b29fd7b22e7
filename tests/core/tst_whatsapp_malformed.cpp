// WhatsAppImporter on input it must reject: empty, binary, non-UTF-8 and other formats, lines
// longer than the limit, cancellation (with progress) and a missing file. Errors carry the file
// and line, and nothing is emitted before a structural error is found.

#include "WhatsAppTestSupport.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace kindred;
using namespace kindred::test;

namespace {

/// A sink that records progress and can cancel.
class ProbeSink final : public ImportSink
{
public:
    bool cancel = false;
    int messages = 0;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;

    bool beginChannel(const ChannelInfo &) override { return true; }
    bool addMessage(const MessageInfo &) override
    {
        ++messages;
        return true;
    }
    bool addEvent(const EventInfo &) override { return true; }
    void addWarning(const QString &) override {}
    bool isCanceled() const override { return cancel; }
    void setProgress(qint64 done, qint64 total) override
    {
        lastDone = done;
        lastTotal = total;
    }
};

} // namespace

class TestWhatsAppMalformed : public WhatsAppTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    // ---------------------------------------------------------------- malformed input
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray() << "empty" << 0;
        QTest::newRow("blank lines") << QByteArray("\n  \n\r\n") << "empty" << 0;
        QTest::newRow("invalid utf-8") << QByteArray("\xFF\xFE\x00garbage\n", 11) << "UTF-8" << 1;
        QTest::newRow("invalid utf-8 later") << QByteArray("1/1/21, 12:00 - A: hi\n"
                                                           "1/1/21, 12:01 - B: caf\xC3(\n")
                                             << "UTF-8" << 2;
        QTest::newRow("json") << QByteArray("{\n  \"name\": \"x\",\n  \"messages\": []\n}\n")
                              << "not a WhatsApp chat export: line 1 does not start with a date"
                              << 1;
        QTest::newRow("csv") << QByteArray("id,author,text\n1,a,b\n")
                             << "not a WhatsApp chat export: line 1 does not start with a date"
                             << 1;
        QByteArray noise(4096, Qt::Uninitialized);
        QRandomGenerator rng(42);
        for (char &c : noise)
            c = char(rng.bounded(256));
        QTest::newRow("random bytes") << noise << "" << -1;
    }

    void malformed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, needle);
        QFETCH(int, line);
        const QString path = writeTemp(QStringLiteral("bad.txt"), content);
        RecordingSink sink;
        ImportError error;
        QVERIFY(!import(path, sink, &error));
        QCOMPARE(error.file, path);
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.message.contains(needle), qPrintable(error.message));
        if (line >= 0)
            QCOMPARE(error.line, qint64(line));
        else
            QVERIFY(error.line >= 1);
        QVERIFY(sink.messages.isEmpty()); // structural errors are found before emitting
    }

    void hugeLine_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("repeated");
        QTest::addColumn<int>("line");
        QTest::newRow("10 MB line") << QByteArray() << QByteArray("x") << 1;
        QTest::newRow("10 MB message line")
            << QByteArray("1/1/21, 12:00 - A: hi\n1/1/21, 12:01 - A: ") << QByteArray("x") << 2;
        QTest::newRow("10 MB of short continuation lines")
            << QByteArray("1/1/21, 12:00 - A: hi\n") << QByteArray("continued line\n") << -1;
    }

    void hugeLine()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, repeated);
        QFETCH(int, line);
        const qsizetype size = 10 * 1024 * 1024;
        const QByteArray content = prefix + repeated.repeated(size / repeated.size());
        const QString path = writeTemp(QStringLiteral("huge.txt"), content);
        RecordingSink sink;
        ImportError error;
        QVERIFY(!import(path, sink, &error));
        QVERIFY2(error.message.contains(QLatin1String("longer than")), qPrintable(error.message));
        if (line > 0)
            QCOMPARE(error.line, qint64(line));
        QVERIFY(sink.messages.isEmpty());
    }

    void cancelAndProgress()
    {
        QByteArray text;
        for (int i = 0; i < 3000; ++i)
            text += "1/1/21, 12:00 - A: message " + QByteArray::number(i) + '\n';
        const QString path = writeTemp(QStringLiteral("long.txt"), text);

        ProbeSink done;
        ImportError error;
        QVERIFY(WhatsAppImporter().read(path, done, error));
        QCOMPARE(done.messages, 3000);
        QCOMPARE(done.lastTotal, qint64(text.size()));
        QCOMPARE(done.lastDone, qint64(text.size()));

        ProbeSink canceled;
        canceled.cancel = true;
        QVERIFY(!WhatsAppImporter().read(path, canceled, error));
        QVERIFY2(error.message.contains(QLatin1String("canceled")), qPrintable(error.message));
        QCOMPARE(canceled.messages, 0);
    }

    void missingFile()
    {
        RecordingSink sink;
        ImportError error;
        QVERIFY(!import(m_tmp.filePath(QStringLiteral("nope.txt")), sink, &error));
        QVERIFY(error.message.contains(QLatin1String("cannot open")));
    }
};

QTEST_GUILESS_MAIN(TestWhatsAppMalformed)
#include "tst_whatsapp_malformed.moc"
