// BatchRemover and re-import: removing a batch restores the workspace a file never touched.
//
// Two comparisons: a byte digest of every table (when the removed batch was the last one, row
// ids are the same as in a workspace that never saw it) and a content digest keyed by platform
// ids instead of row ids (when an earlier batch is removed and a later one stays).
#include "DbDigest.h"
#include "import/BatchRemover.h"
#include "import/ImportService.h"
#include "storage/Database.h"

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

const QString kChill = QStringLiteral("discord/DiscordChatExporter-frontend__Example guild - Text "
                                      "Channels - chill talk [1012224565567125544].json");
const QString kChillWithout =
    QStringLiteral("discord/DiscordChatExporter-frontend__Example guild - Text Channels - chill "
                   "talk [1012224565567125544] without deleted message.json");
const QString kGeneral =
    QStringLiteral("discord/DiscordChatExporter-frontend__Example guild - Text Channels - general "
                   "[1012224565567721552].json");
const QString kTgBig = QStringLiteral("telegram/chat-analytics__BIG_20A_5475M.json");
const QString kTgMulti = QStringLiteral("telegram/chat-analytics__MultiChat_2C_6M.json");
const QString kWhatsApp = QStringLiteral("whatsapp/whatstk__pokemon.txt");

/// Every table's rows, except when and from where a batch was imported and when the
/// workspace was created (two workspaces importing the same file differ only there; the
/// creation second differs when the two are created across a second boundary).
QByteArray rowDigest(Database &db)
{
    // sqlite_sequence (AUTOINCREMENT counters, e.g. flag ids) is left out: ids are never handed
    // out again, so the counters legitimately stay ahead after a removal.
    return dbDigest(db, {{QStringLiteral("sqlite_sequence"), QStringLiteral("SELECT NULL WHERE 0")},
                         {QStringLiteral("community"),
                          QStringLiteral("SELECT id, name, currency, timezone FROM community")},
                         {QStringLiteral("import_batch"),
                          QStringLiteral("SELECT id, file_name, format, sha256, messages_added, "
                                         "members_added, events_added FROM import_batch")}});
}

/// The workspace's content named by platform ids, never by row ids: channels, members with
/// their identities and times, messages, reactions with reactors, events.
QStringList contentDigest(Database &db)
{
    const QString ident =
        QStringLiteral("(SELECT group_concat(platform || ':' || external_id, ',') FROM (SELECT "
                       "platform, external_id FROM identity WHERE member_id = %1 ORDER BY 1, 2))");
    const QStringList queries = {
        QStringLiteral("SELECT platform, external_id, name, kind FROM channel"),
        QStringLiteral("SELECT %1, display_name, first_seen, last_seen, joined_at, left_at, "
                       "is_bot, is_self, status FROM member m")
            .arg(ident.arg(QStringLiteral("m.id"))),
        QStringLiteral("SELECT c.external_id, m.external_id, %1, m.sent_at, m.text, "
                       "m.reply_to_external_id, m.is_service FROM message m JOIN channel c ON "
                       "c.id = m.channel_id")
            .arg(ident.arg(QStringLiteral("m.member_id"))),
        QStringLiteral("SELECT m.external_id, r.emoji, r.count FROM reaction r JOIN message m ON "
                       "m.id = r.message_id"),
        QStringLiteral("SELECT m.external_id, r.emoji, %1, rm.reacted_at FROM reaction_member rm "
                       "JOIN reaction r ON r.id = rm.reaction_id JOIN message m ON m.id = "
                       "r.message_id")
            .arg(ident.arg(QStringLiteral("rm.member_id"))),
        QStringLiteral("SELECT c.external_id, e.kind, %1, e.occurred_at, e.dedup_key FROM event "
                       "e JOIN channel c ON c.id = e.channel_id")
            .arg(ident.arg(QStringLiteral("e.member_id"))),
    };
    QStringList out;
    for (const QString &sql : queries) {
        QSqlQuery q(db.sql());
        if (!q.exec(sql)) {
            out.append(QStringLiteral("query failed: ") + sql);
            continue;
        }
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells.append(q.value(i).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        rows.sort();
        out.append(
            QString::number(rows.size()) + QLatin1Char('#') +
            QString::fromLatin1(QCryptographicHash::hash(rows.join(QLatin1Char('\n')).toUtf8(),
                                                         QCryptographicHash::Sha256)
                                    .toHex()));
    }
    return out;
}

struct Workspace
{
    QTemporaryDir dir;
    Database db;
    QList<qint64> batches;

    bool open()
    {
        QString error;
        return db.open(dir.filePath(QStringLiteral("w.kindred")), &error);
    }
    bool import(const QString &rel)
    {
        ImportService service(db);
        ImportResult result;
        ImportError error;
        if (!service.importFile(exportFile(rel), QString(), &result, &error)) {
            qWarning("%s", qPrintable(error.toString()));
            return false;
        }
        batches.append(result.batchId);
        return result.batchId > 0 && !result.alreadyImported;
    }
    qint64 count(const char *table)
    {
        return scalar(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    }
};

} // namespace

class TestBatchRemoval : public QObject
{
    Q_OBJECT
private slots:
    void removingTheLastBatchRestoresEveryRow_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        // Same guild: "general" uses members that "chill talk" created and moves their seen times.
        QTest::newRow("discord chill then general") << kChill << kGeneral;
        QTest::newRow("discord general then chill") << kGeneral << kChill;
        // Overlapping exports of one channel: the second adds only what the first lacked.
        QTest::newRow("discord chill pair") << kChillWithout << kChill;
        QTest::newRow("telegram then whatsapp") << kTgBig << kWhatsApp;
        QTest::newRow("telegram multi then big") << kTgMulti << kTgBig;
    }
    void removingTheLastBatchRestoresEveryRow()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        Workspace only;
        QVERIFY(only.open());
        QVERIFY(only.import(first));
        Workspace both;
        QVERIFY(both.open());
        QVERIFY(both.import(first));
        const qint64 messagesBefore = both.count("message");
        QVERIFY(both.import(second));
        QVERIFY(both.count("message") > messagesBefore); // the second file did add something
        QVERIFY(rowDigest(both.db) != rowDigest(only.db));

        QString error;
        QVERIFY2(BatchRemover::remove(both.db, both.batches.last(), &error), qPrintable(error));
        QCOMPARE(rowDigest(both.db), rowDigest(only.db));
        QCOMPARE(scalar(both.db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
                 0);
    }

    void removingTheFirstBatchKeepsWhatTheSecondUses_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("discord chill then general") << kChill << kGeneral;
        // (Not an overlapping pair: there the second batch added only what the first lacked,
        // so removing the first rightly takes the shared messages with it.)
        QTest::newRow("whatsapp then telegram") << kWhatsApp << kTgBig;
    }
    void removingTheFirstBatchKeepsWhatTheSecondUses()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        Workspace only;
        QVERIFY(only.open());
        QVERIFY(only.import(second));
        Workspace both;
        QVERIFY(both.open());
        QVERIFY(both.import(first));
        QVERIFY(both.import(second));
        QString error;
        QVERIFY2(BatchRemover::remove(both.db, both.batches.first(), &error), qPrintable(error));
        QCOMPARE(contentDigest(both.db), contentDigest(only.db));
        QCOMPARE(scalar(both.db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
                 0);
        // What stays now belongs to the remaining batch: removing it empties the workspace.
        QVERIFY2(BatchRemover::remove(both.db, both.batches.last(), &error), qPrintable(error));
        for (const char *table : {"message", "member", "identity", "channel", "event", "reaction",
                                  "reaction_member", "import_batch"})
            QCOMPARE(both.count(table), 0);
    }

    void unknownBatchChangesNothing()
    {
        Workspace ws;
        QVERIFY(ws.open());
        QVERIFY(ws.import(kChill));
        const QByteArray before = dbDigest(ws.db);
        QString error;
        QVERIFY(!BatchRemover::remove(ws.db, 999, &error));
        QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
        QCOMPARE(dbDigest(ws.db), before);
    }

    void reimportReplacesTheBatch()
    {
        QTemporaryDir files;
        const QString copy = files.filePath(QStringLiteral("chat.json"));
        QVERIFY(QFile::copy(exportFile(kChill), copy));
        Workspace ws;
        QVERIFY(ws.open());
        ImportService first(ws.db);
        ImportResult result;
        ImportError error;
        QVERIFY(first.importFile(copy, QString(), &result, &error));
        const QStringList content = contentDigest(ws.db);
        QSqlQuery q(ws.db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT source_path FROM import_batch")) && q.next());
        QCOMPARE(q.value(0).toString(), copy);
        q.finish();

        // Same file again through a re-import: the same content under a new batch.
        ImportService again(ws.db);
        again.setReplaceBatch(result.batchId);
        ImportResult second;
        QVERIFY2(again.importFile(copy, QString(), &second, &error), qPrintable(error.toString()));
        QVERIFY(!second.alreadyImported);
        QCOMPARE(second.messagesAdded, result.messagesAdded);
        QCOMPARE(ws.count("import_batch"), 1);
        QCOMPARE(contentDigest(ws.db), content);

        // The file is now broken: the re-import fails and the old batch stays, byte for byte.
        const QByteArray before = dbDigest(ws.db);
        QFile broken(copy);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("{\"guild\": {\"id\": \"1\"}, \"channel\": ");
        broken.close();
        ImportService third(ws.db);
        third.setReplaceBatch(second.batchId);
        ImportResult failed;
        QVERIFY(!third.importFile(copy, QStringLiteral("discord"), &failed, &error));
        QCOMPARE(dbDigest(ws.db), before);
    }
};

QTEST_GUILESS_MAIN(TestBatchRemoval)
#include "tst_batch_removal.moc"
