// Workspace database: creation, schema version, pragmas, migrations and refusal of bad files.
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace kindred;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsLatestSchema()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("w.kindred")), &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char *table : {"community", "channel", "member", "identity", "message",
                                  "reaction", "reaction_member", "event", "import_batch"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        }
        // Foreign keys are enforced.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO channel(community_id, platform, external_id) "
                                       "VALUES (999, 'telegram', 'x')")));
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.kindred"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            QVERIFY(db.defaultCommunityId(QStringLiteral("测试社群")) > 0);
            QVERIFY(db.setSetting(QStringLiteral("k"), QStringLiteral("v")));
        }
        Database db;
        QVERIFY(db.open(path, &error));
        QCOMPARE(db.setting(QStringLiteral("k")), QStringLiteral("v"));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM community")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("测试社群"));
    }

    void migratesEveryEarlierVersion()
    {
        for (int v = 0; v < Migrations::latestVersion(); ++v) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.kindred"));
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            QString error;
            QVERIFY2(Migrations::migrate(raw, &error, v), qPrintable(error));
            QCOMPARE(Migrations::currentVersion(raw), v);
            sqlite3_close(raw);
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        }
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.kindred"));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA user_version = 9999", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        QVERIFY(error.contains(path));
    }

    void refusesNonDatabaseFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
