// Sync sources and runs in the workspace (schema 4), and the manifest format: validation of
// sources (name, http(s) URL, schedule, basic auth user), unique names, round trip of every
// field, the secret never stored (only its reference), validators, runs newest first and
// removed with their source; manifests with relative URLs, bad entries named by position.
#include "storage/Database.h"
#include "sync/SyncManifest.h"
#include "sync/SyncSourceStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

class TestSyncSourceStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    static SyncSource source(const QString &name, const QString &url)
    {
        SyncSource s;
        s.name = name;
        s.url = url;
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("sync.kindred")), &error),
                 qPrintable(error));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("every");
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QString>("problem"); // a part of the error, "" = valid

        QTest::newRow("valid http") << "a"
                                    << "http://127.0.0.1:8080/x.json" << 0 << "none"
                                    << "";
        QTest::newRow("valid https") << "a"
                                     << "https://example.org/e.zip" << 15 << "bearer"
                                     << "";
        QTest::newRow("no name") << "  "
                                 << "http://h/x" << 0 << "none"
                                 << "needs a name";
        QTest::newRow("ftp") << "a"
                             << "ftp://h/x" << 0 << "none"
                             << "is not an http";
        QTest::newRow("file url") << "a"
                                  << "file:///tmp/x.json" << 0 << "none"
                                  << "is not an http";
        QTest::newRow("no host") << "a"
                                 << "http:///x" << 0 << "none"
                                 << "is not an http";
        QTest::newRow("negative schedule") << "a"
                                           << "http://h/x" << -5 << "none"
                                           << "schedule";
        QTest::newRow("a week") << "a"
                                << "http://h/x" << 10080 << "none"
                                << "";
        QTest::newRow("more than a week") << "a"
                                          << "http://h/x" << 10081 << "none"
                                          << "schedule";
        QTest::newRow("basic without user") << "a"
                                            << "http://h/x" << 0 << "basic"
                                            << "user name";
    }

    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(int, every);
        QFETCH(QString, auth);
        QFETCH(QString, problem);
        SyncSource s = source(name, url);
        s.everyMinutes = every;
        QVERIFY(SyncSource::authFromKey(auth, &s.auth));
        const QString error = SyncSourceStore::validate(s);
        if (problem.isEmpty())
            QVERIFY2(error.isEmpty(), qPrintable(error));
        else
            QVERIFY2(error.contains(problem), qPrintable(error));
    }

    void roundTripAndUniqueNames()
    {
        SyncSourceStore store(m_db);
        SyncSource s = source(QStringLiteral(" group drops "),
                              QStringLiteral("https://example.org/manifest.json"));
        s.format = QStringLiteral("telegram");
        s.kind = SyncSource::Kind::Manifest;
        s.auth = SyncSource::Auth::Basic;
        s.username = QStringLiteral("bot");
        s.secretRef = QStringLiteral("sync/abc/group drops");
        s.everyMinutes = 30;
        s.enabled = false;
        s.trustedCertSha256 = QString(64, QLatin1Char('a'));
        QString error;
        QVERIFY2(store.add(&s, &error), qPrintable(error));
        QVERIFY(s.id > 0);
        QVERIFY(s.createdAt > 0);
        QCOMPARE(s.name, QStringLiteral("group drops"));

        SyncSource again = source(QStringLiteral("group drops"), QStringLiteral("http://h/x"));
        QVERIFY(!store.add(&again, &error));
        QVERIFY2(error.contains(QStringLiteral("already a source named 'group drops'")),
                 qPrintable(error));

        SyncSource read;
        QVERIFY2(store.find(QStringLiteral("group drops"), &read, &error), qPrintable(error));
        QCOMPARE(read.id, s.id);
        QCOMPARE(read.url, s.url);
        QCOMPARE(read.format, QStringLiteral("telegram"));
        QCOMPARE(read.kind, SyncSource::Kind::Manifest);
        QCOMPARE(read.auth, SyncSource::Auth::Basic);
        QCOMPARE(read.username, QStringLiteral("bot"));
        QCOMPARE(read.secretRef, s.secretRef);
        QCOMPARE(read.everyMinutes, 30);
        QCOMPARE(read.enabled, false);
        QCOMPARE(read.trustedCertSha256, s.trustedCertSha256);
        QCOMPARE(read.createdAt, s.createdAt);

        read.url = QStringLiteral("https://example.org/v2/manifest.json");
        read.enabled = true;
        QVERIFY2(store.update(read, &error), qPrintable(error));
        QVERIFY(store.setValidators(read.id, QStringLiteral("\"v1\""),
                                    QStringLiteral("Tue, 24 Nov 2026 01:00:00 GMT"), &error));
        QVERIFY(store.find(QStringLiteral("group drops"), &read, &error));
        QCOMPARE(read.url, QStringLiteral("https://example.org/v2/manifest.json"));
        QVERIFY(read.enabled);
        QCOMPARE(read.etag, QStringLiteral("\"v1\""));
        QCOMPARE(read.lastModified, QStringLiteral("Tue, 24 Nov 2026 01:00:00 GMT"));

        // The database holds the reference only: no column has room for a secret.
        QSqlQuery q(m_db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name) FROM "
                                      "pragma_table_info('sync_source')")));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("password")));
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("token")));

        SyncSource other = source(QStringLiteral("other"), QStringLiteral("http://h/y.json"));
        QVERIFY(store.add(&other, &error));
        other.name = QStringLiteral("group drops");
        QVERIFY(!store.update(other, &error)); // renaming onto an existing name
        QList<SyncSource> all;
        QVERIFY(store.list(&all, &error));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("group drops"));
        QCOMPARE(all.at(1).name, QStringLiteral("other"));
    }

    void runsAreRecordedAndRemovedWithTheSource()
    {
        SyncSourceStore store(m_db);
        SyncSource s = source(QStringLiteral("runs"), QStringLiteral("http://h/r.json"));
        QString error;
        QVERIFY(store.add(&s, &error));
        SyncRun first;
        first.sourceId = s.id;
        QVERIFY2(store.beginRun(&first, &error), qPrintable(error));
        first.status = SyncRun::Status::Updated;
        first.httpStatus = 200;
        first.bytes = 1234;
        first.filesImported = 1;
        first.messagesAdded = 7;
        first.membersAdded = 2;
        first.eventsAdded = 1;
        QVERIFY(store.finishRun(&first, &error));
        SyncRun second;
        second.sourceId = s.id;
        QVERIFY(store.beginRun(&second, &error));
        second.status = SyncRun::Status::Failed;
        second.httpStatus = 401;
        second.error = QStringLiteral("401 Unauthorized: check the token");
        QVERIFY(store.finishRun(&second, &error));

        QList<SyncRun> runs;
        QVERIFY(store.runs(s.id, 10, &runs, &error));
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).id, second.id); // newest first
        QCOMPARE(runs.at(0).status, SyncRun::Status::Failed);
        QCOMPARE(runs.at(0).error, second.error);
        QCOMPARE(runs.at(1).messagesAdded, 7);
        QCOMPARE(runs.at(1).bytes, 1234);
        QCOMPARE(runs.at(1).httpStatus, 200);
        QVERIFY(runs.at(1).finishedAt >= runs.at(1).startedAt);
        QVERIFY(store.runs(s.id, 1, &runs, &error));
        QCOMPARE(runs.size(), 1);

        QVERIFY2(store.remove(QStringLiteral("runs"), &error), qPrintable(error));
        QVERIFY(store.runs(s.id, 10, &runs, &error));
        QCOMPARE(runs.size(), 0);
        QVERIFY(!store.remove(QStringLiteral("runs"), &error));
        QVERIFY(error.contains(QStringLiteral("no source named 'runs'")));
    }

    void manifest_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("urls"); // expected, or empty with an error part
        QTest::addColumn<QString>("problem");

        const QByteArray sha(64, 'A');
        QTest::newRow("relative and absolute")
            << QByteArray("{\"files\":[{\"url\":\"drops/1.json\",\"sha256\":\"" + sha +
                          "\",\"format\":\"telegram\"},{\"url\":\"https://cdn.example/2.zip\"}]}")
            << QStringList{QStringLiteral("http://127.0.0.1:9/feeds/drops/1.json"),
                           QStringLiteral("https://cdn.example/2.zip")}
            << QString();
        QTest::newRow("empty list") << QByteArray("{\"files\":[]}") << QStringList() << QString();
        QTest::newRow("not json") << QByteArray("{\"files\":[") << QStringList()
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("no files") << QByteArray("{\"messages\":[]}") << QStringList()
                                  << QStringLiteral("no \"files\" array");
        QTest::newRow("entry without url")
            << QByteArray("{\"files\":[{\"url\":\"a.json\"},{\"sha256\":\"" + sha + "\"}]}")
            << QStringList() << QStringLiteral("entry 2 has no usable");
        QTest::newRow("file url") << QByteArray("{\"files\":[{\"url\":\"file:///etc/passwd\"}]}")
                                  << QStringList() << QStringLiteral("entry 1 has no usable");
        QTest::newRow("short sha") << QByteArray("{\"files\":[{\"url\":\"a\",\"sha256\":\"abc\"}]}")
                                   << QStringList() << QStringLiteral("entry 1: \"sha256\"");
    }

    void manifest()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, urls);
        QFETCH(QString, problem);
        QList<ManifestEntry> entries;
        QString error;
        const bool ok = SyncManifest::parse(
            json, QUrl(QStringLiteral("http://127.0.0.1:9/feeds/manifest.json")), &entries, &error);
        QCOMPARE(ok, problem.isEmpty());
        if (!ok) {
            QVERIFY2(error.contains(problem), qPrintable(error));
            return;
        }
        QStringList got;
        for (const ManifestEntry &e : entries)
            got.append(e.url.toString());
        QCOMPARE(got, urls);
        if (!entries.isEmpty()) {
            QCOMPARE(entries.first().sha256, QString(64, QLatin1Char('a'))); // lower-cased
            QCOMPARE(entries.first().format, QStringLiteral("telegram"));
            QVERIFY(entries.last().sha256.isEmpty());
        }
    }

    void looksLikeManifest()
    {
        const QString manifest = m_dir.filePath(QStringLiteral("m.json"));
        QFile f(manifest);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("  {\"files\": []}");
        f.close();
        QVERIFY(SyncManifest::looksLikeManifest(manifest));
        QVERIFY(!SyncManifest::looksLikeManifest(
            QStringLiteral(KINDRED_EXPORTS_DIR "/telegram/chat-analytics__DM_2A_7M.json")));
        QVERIFY(!SyncManifest::looksLikeManifest(
            QStringLiteral(KINDRED_EXPORTS_DIR "/slack/slack-export-viewer__testarchive.zip")));
    }
};

QTEST_GUILESS_MAIN(TestSyncSourceStore)
#include "tst_sync_source_store.moc"
