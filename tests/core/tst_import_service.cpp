// ImportService: format detection, one transaction per file, idempotence, and a database left
// exactly as it was by malformed input or a cancel.
#include "DbDigest.h"
#include "analytics/AnalyticsSource.h"
#include "import/ImportService.h"
#include "import/ImporterRegistry.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;
using namespace kindred::test;

namespace {
QString exportFile(const QString &rel)
{
    return QStringLiteral(KINDRED_EXPORTS_DIR "/") + rel;
}
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}
const char *kMessages = "SELECT count(*) FROM message WHERE is_service = 0";
} // namespace

class TestImportService : public QObject
{
    Q_OBJECT
private slots:
    void detectsFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        const QDir tg(exportFile(QStringLiteral("telegram")));
        for (const QString &f : tg.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            if (f != QLatin1String("chat-miner__target.json"))
                QTest::newRow(qPrintable(f)) << tg.filePath(f) << QStringLiteral("telegram");
        }
        const QDir wa(exportFile(QStringLiteral("whatsapp")));
        for (const QString &f :
             wa.entryList({QStringLiteral("*.txt"), QStringLiteral("*.zip")}, QDir::Files))
            QTest::newRow(qPrintable(f)) << wa.filePath(f) << QStringLiteral("whatsapp");
        const QDir sl(exportFile(QStringLiteral("slack")));
        for (const QString &f : sl.entryList({QStringLiteral("*.zip")}, QDir::Files))
            QTest::newRow(qPrintable(f)) << sl.filePath(f) << QStringLiteral("slack");
        const QDir wc(exportFile(QStringLiteral("wechat")));
        for (const QString &f : wc.entryList({QStringLiteral("*.csv")}, QDir::Files))
            QTest::newRow(qPrintable(f)) << wc.filePath(f) << QStringLiteral("wechat");
        const QDir dc(exportFile(QStringLiteral("discord")));
        for (const QString &f : dc.entryList({QStringLiteral("*.json")}, QDir::Files))
            QTest::newRow(qPrintable(f)) << dc.filePath(f) << QStringLiteral("discord");
    }
    void detectsFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QString error;
        QCOMPARE(ImporterRegistry::detect(file, &error), format);
    }

    void rejectsUnknownFormats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("discourse api json")
            << exportFile(QStringLiteral("discourse/discourse_api__latest.json"));
        QTest::newRow("missing") << QStringLiteral("/nonexistent/result.json");
    }
    void rejectsUnknownFormats()
    {
        QFETCH(QString, file);
        QString error;
        QVERIFY(ImporterRegistry::detect(file, &error).isEmpty());
        QVERIFY2(error.contains(file), qPrintable(error));
    }

    void importIsIdempotent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("telegram") << exportFile(
            QStringLiteral("telegram/chat-analytics__BIG_20A_5475M.json"));
        QTest::newRow("telegram full export")
            << exportFile(QStringLiteral("telegram/chat-analytics__MultiChat_2C_6M.json"));
        QTest::newRow("whatsapp") << exportFile(
            QStringLiteral("whatsapp/WhatsR__englishandroid24h.txt"));
        QTest::newRow("whatsapp zip")
            << exportFile(QStringLiteral("whatsapp/chat-analytics__4A_11M.zip"));
    }
    void importIsIdempotent()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
        ImportService service(db);
        ImportResult first, second;
        ImportError importError;
        QVERIFY2(service.importFile(file, QStringLiteral("auto"), &first, &importError),
                 qPrintable(importError.toString()));
        QVERIFY(first.messagesAdded > 0);
        QCOMPARE(scalar(db, QString::fromLatin1(kMessages)), first.messagesAdded);
        QCOMPARE(first.sha256.size(), 64);
        // The bulk writer runs with foreign key enforcement off: every reference must hold.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
                 qint64(0));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), qint64(1));
        const QByteArray before = dbDigest(db);
        QVERIFY(service.importFile(file, QStringLiteral("auto"), &second, &importError));
        QVERIFY(second.alreadyImported);
        QCOMPARE(second.messagesAdded, qint64(0));
        QCOMPARE(second.membersAdded, qint64(0));
        QCOMPARE(dbDigest(db), before);

        // The same content under another name, and a copy with one more byte (a different
        // sha256, same records) add nothing either: dedup is by record, not only by file.
        QFile src(file);
        QVERIFY(src.open(QIODevice::ReadOnly));
        QByteArray content = src.readAll();
        const bool isZip = content.startsWith("PK");
        if (!isZip) {
            content.append('\n');
            const QString copy = writeFile(dir, QFileInfo(file).fileName(), content);
            ImportResult third;
            QVERIFY2(service.importFile(copy, QStringLiteral("auto"), &third, &importError),
                     qPrintable(importError.toString()));
            QVERIFY(!third.alreadyImported);
            QCOMPARE(third.messagesAdded, qint64(0));
            QCOMPARE(third.membersAdded, qint64(0));
            QCOMPARE(third.messagesSkippedDuplicate, first.messagesAdded);
            QCOMPARE(scalar(db, QString::fromLatin1(kMessages)), first.messagesAdded);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_batch")), qint64(2));
        }
    }

    void overlappingWhatsAppExportAddsOnlyNewMessages()
    {
        QTemporaryDir dir;
        const QByteArray older = "12/03/2024, 10:15 - Alice: hello\n"
                                 "12/03/2024, 10:16 - Bob: hi there\n"
                                 "13/03/2024, 09:00 - Alice: good morning\n";
        const QByteArray newer = older + "14/03/2024, 18:30 - Carol: joined late\n"
                                         "14/03/2024, 18:31 - Bob: welcome\n";
        const QString a =
            writeFile(dir, QStringLiteral("WhatsApp Chat with Study Group.txt"), older);
        QTemporaryDir dir2;
        const QString b =
            writeFile(dir2, QStringLiteral("WhatsApp Chat with Study Group.txt"), newer);
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
        ImportService service(db);
        ImportResult r1, r2;
        ImportError e;
        QVERIFY2(service.importFile(a, QString(), &r1, &e), qPrintable(e.toString()));
        QCOMPARE(r1.messagesAdded, qint64(3));
        QCOMPARE(r1.membersAdded, qint64(2));
        QVERIFY2(service.importFile(b, QString(), &r2, &e), qPrintable(e.toString()));
        QCOMPARE(r2.messagesAdded, qint64(2));
        QCOMPARE(r2.messagesSkippedDuplicate, qint64(3));
        QCOMPARE(r2.membersAdded, qint64(1));
        QCOMPARE(scalar(db, QString::fromLatin1(kMessages)), qint64(5));
    }

    void malformedInputLeavesDatabaseUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QByteArray tg = "{\"name\":\"x\",\"type\":\"private_group\",\"id\":1,\"messages\":[";
        tg += "{\"id\":1,\"type\":\"message\",\"date\":\"2024-01-01T10:00:00\",\"date_unixtime\":"
              "\"1704103200\","
              "\"from\":\"A\",\"from_id\":\"user1\",\"text\":\"hello\"},";
        QTest::newRow("truncated telegram")
            << tg + "{\"id\":2,\"type\":\"mess" << QStringLiteral("result.json");
        QTest::newRow("wrong type telegram")
            << tg + "{\"id\":2,\"type\":\"message\",\"date_unixtime\":{},\"from_id\":\"user2\","
                    "\"text\":5}]}"
            << QStringLiteral("result.json");
        QTest::newRow("invalid utf-8 telegram")
            << tg + "{\"id\":2,\"type\":\"message\",\"date_unixtime\":\"1704103300\",\"from\":"
                    "\"B\",\"from_id\":\"user2\",\"text\":\"\xff\xfe\"}]}"
            << QStringLiteral("result.json");
        QTest::newRow("whatsapp garbage after a good line")
            << QByteArray("12/03/2024, 10:15 - Alice: hello\n\xff\xfe\xfd garbage\n")
            << QStringLiteral("chat.txt");
        QTest::newRow("whatsapp 10 MB line")
            << (QByteArray("12/03/2024, 10:15 - Alice: hello\n12/03/2024, 10:16 - Bob: ") +
                QByteArray(10 * 1024 * 1024, 'x') + "\n")
            << QStringLiteral("chat.txt");
        QTest::newRow("telegram 10 MB string")
            << (tg + "{\"id\":2,\"type\":\"message\",\"date_unixtime\":\"1704103300\",\"text\":\"" +
                QByteArray(10 * 1024 * 1024, 'y'))
            << QStringLiteral("result.json");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("result.json");
    }
    void malformedInputLeavesDatabaseUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
        ImportService service(db);
        ImportResult r;
        ImportError e;
        // Some real data first, so "unchanged" is not trivially an empty database.
        QVERIFY(service.importFile(
            exportFile(QStringLiteral("telegram/chat-miner__test_single_export.json")), QString(),
            &r, &e));
        const QByteArray before = dbDigest(db);
        const QString path = writeFile(dir, name, content);
        QVERIFY(!service.importFile(path, QString(), &r, &e));
        QVERIFY2(e.toString().contains(path), qPrintable(e.toString()));
        if (!content.isEmpty()) // an empty file has no position to name
            QVERIFY2(e.line > 0 || e.offset >= 0, qPrintable(e.toString()));
        QCOMPARE(dbDigest(db), before);
    }

    void exportingAccountIsNotAMember()
    {
        // A full export names its account in personal_information: "You" keeps its messages
        // but is not a member (PRODUCT.md §3).
        QTemporaryDir dir;
        const QByteArray json =
            "{\"personal_information\":{\"user_id\":5,\"first_name\":\"Me\"},\"chats\":{\"list\":["
            "{\"name\":\"G\",\"type\":\"private_group\",\"id\":77,\"messages\":["
            "{\"id\":1,\"type\":\"message\",\"date_unixtime\":\"1704103200\",\"from\":\"Me\","
            "\"from_id\":\"user5\",\"text\":\"hi all\"},"
            "{\"id\":2,\"type\":\"message\",\"date_unixtime\":\"1704103300\",\"from\":\"Ann\","
            "\"from_id\":\"user6\",\"text\":\"hello\",\"reply_to_message_id\":1}]}]}}";
        const QString path = writeFile(dir, QStringLiteral("result.json"), json);
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
        ImportService service(db);
        ImportResult r;
        ImportError e;
        QVERIFY2(service.importFile(path, QString(), &r, &e), qPrintable(e.toString()));
        QCOMPARE(r.messagesAdded, qint64(2));
        QCOMPARE(scalar(db, QStringLiteral("SELECT is_self FROM member m JOIN identity i ON "
                                           "i.member_id = m.id WHERE i.external_id = 'user5'")),
                 qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT is_self FROM member m JOIN identity i ON "
                                           "i.member_id = m.id WHERE i.external_id = 'user6'")),
                 qint64(0));
        AnalyticsSource source(db);
        QVERIFY(source.load(&error));
        QCOMPARE(source.members().size(), size_t(1));
        QCOMPARE(source.members().front().name, QStringLiteral("Ann"));
    }

    void cancelLeavesDatabaseUnchanged()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
        const QByteArray before = dbDigest(db);
        ImportService service(db);
        std::atomic_bool cancel{true};
        service.setCancelFlag(&cancel);
        ImportResult r;
        ImportError e;
        QVERIFY(!service.importFile(
            exportFile(QStringLiteral("telegram/chat-analytics__BIG_20A_5475M.json")), QString(),
            &r, &e));
        QVERIFY2(e.message.contains(QStringLiteral("cancel")), qPrintable(e.toString()));
        QCOMPARE(scalar(db, QString::fromLatin1(kMessages)), qint64(0));
        QCOMPARE(dbDigest(db), before); // not even the community row of a first import
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_import_service.moc"
