// SyncManager: runs one source at a time and queues the others, a source already queued or
// running is not queued twice, schedules fire by themselves (a shortened "minute"), cancel
// empties the queue, a removed source or a missing secret ends its run with a clear error, and
// workspaceChanged is emitted only when something was imported. Real HTTP on 127.0.0.1.
#include "DbDigest.h"
#include "TestHttpServer.h"
#include "storage/Database.h"
#include "sync/SyncManager.h"
#include "sync/SyncSourceStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;
using kindred::test::scalar;
using kindred::test::TestHttpServer;
using Request = TestHttpServer::Request;

namespace {

QByteArray exportBody(const QString &name)
{
    return TestHttpServer::loadFile(QStringLiteral(KINDRED_EXPORTS_DIR "/telegram/") + name);
}

} // namespace

class TestSyncManager : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
    std::unique_ptr<Database> m_db;

    qint64 add(const QString &name, const QUrl &url, int every = 0,
               SyncSource::Auth auth = SyncSource::Auth::None)
    {
        SyncSource s;
        s.name = name;
        s.url = url.toString();
        s.everyMinutes = every;
        s.auth = auth;
        QString error;
        [&] { QVERIFY2(SyncSourceStore(*m_db).add(&s, &error), qPrintable(error)); }();
        return s.id;
    }

    void configure(SyncManager &manager)
    {
        FetchRequest defaults;
        defaults.timeoutMs = 5000;
        defaults.backoffMs = 20;
        manager.setFetchDefaults(defaults);
        manager.setWorkspace(m_workspace);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = m_dir->filePath(QStringLiteral("w.kindred"));
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_workspace, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void queuesOneAtATime()
    {
        const QByteArray dm = exportBody(QStringLiteral("chat-analytics__DM_2A_7M.json"));
        const QByteArray multi = exportBody(QStringLiteral("chat-analytics__MultiChat_2C_6M.json"));
        TestHttpServer server([&](const Request &r) {
            TestHttpServer::Response resp = TestHttpServer::ok(r.path == "/dm.json" ? dm : multi);
            resp.delayMs = 150; // long enough for the second request to have to wait
            return resp;
        });
        QVERIFY(server.listen());
        const qint64 a = add(QStringLiteral("a"), server.url(QStringLiteral("/dm.json")));
        const qint64 b = add(QStringLiteral("b"), server.url(QStringLiteral("/multi.json")));

        SyncManager manager;
        configure(manager);
        QSignalSpy started(&manager, &SyncManager::runStarted);
        QSignalSpy finished(&manager, &SyncManager::runFinished);
        QSignalSpy changed(&manager, &SyncManager::workspaceChanged);
        manager.syncAll();
        manager.syncNow(a); // already running: not queued again
        manager.syncNow(b); // already queued
        QVERIFY(manager.isBusy());
        QCOMPARE(manager.runningSource(), a);
        QCOMPARE(manager.queued(), QList<qint64>{b});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(started.count(), 2);
        QCOMPARE(finished[0][0].toLongLong(), a);
        QCOMPARE(finished[1][0].toLongLong(), b);
        QCOMPARE(finished[0][1].value<SyncRun>().messagesAdded, 6);
        QCOMPARE(finished[1][1].value<SyncRun>().messagesAdded, 5);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!manager.isBusy());
        // The two requests did not overlap: the second arrived after the first was answered.
        const auto requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests[1].receivedMs - requests[0].receivedMs >= 150);

        // Nothing new: no workspaceChanged.
        manager.syncNow(a);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
        QCOMPARE(changed.count(), 2);
    }

    void scheduleFiresByItself()
    {
        int hits = 0;
        const QByteArray dm = exportBody(QStringLiteral("chat-analytics__DM_2A_7M.json"));
        TestHttpServer server([&](const Request &) {
            ++hits;
            return TestHttpServer::ok(dm);
        });
        QVERIFY(server.listen());
        add(QStringLiteral("every"), server.url(QStringLiteral("/dm.json")), 1);
        add(QStringLiteral("manual"), server.url(QStringLiteral("/other.json")), 0);
        SyncManager manager;
        manager.setMinuteMs(100);
        configure(manager);
        QSignalSpy finished(&manager, &SyncManager::runFinished);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 3, 10000);
        QCOMPARE(server.requestCount("/other.json"), 0); // manual sources wait for the user
        QVERIFY(server.requestCount("/dm.json") >= 3);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM message WHERE is_service = 0")),
                 6);

        // Disabling the source stops its schedule after reload().
        SyncSource s;
        QString error;
        QVERIFY(SyncSourceStore(*m_db).find(QStringLiteral("every"), &s, &error));
        s.enabled = false;
        QVERIFY(SyncSourceStore(*m_db).update(s, &error));
        manager.reload();
        QTRY_VERIFY(!manager.isBusy());
        const int before = server.requestCount("/dm.json");
        QTest::qWait(400);
        QCOMPARE(server.requestCount("/dm.json"), before);
    }

    void cancelEmptiesTheQueue()
    {
        const QByteArray big = exportBody(QStringLiteral("chat-analytics__BIG_20A_5475M.json"));
        TestHttpServer server([&](const Request &) {
            TestHttpServer::Response r = TestHttpServer::ok(big);
            r.stallAfterBytes = 1000;
            r.stallMs = 3000;
            return r;
        });
        QVERIFY(server.listen());
        const qint64 a = add(QStringLiteral("a"), server.url(QStringLiteral("/a.json")));
        add(QStringLiteral("b"), server.url(QStringLiteral("/b.json")));
        SyncManager manager;
        configure(manager);
        QSignalSpy finished(&manager, &SyncManager::runFinished);
        QSignalSpy progress(&manager, &SyncManager::progress);
        manager.syncAll();
        QTRY_VERIFY(progress.count() > 0);
        QCOMPARE(progress.first().first().toLongLong(), a);
        manager.cancel();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished[0][1].value<SyncRun>().status == SyncRun::Status::Canceled);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1); // b never ran
        QCOMPARE(server.requestCount("/b.json"), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM message")), 0);
    }

    void sourcesThatCannotRun()
    {
        TestHttpServer server([&](const Request &) { return TestHttpServer::status(500); });
        QVERIFY(server.listen());
        const qint64 token = add(QStringLiteral("token"), server.url(QStringLiteral("/t.json")), 0,
                                 SyncSource::Auth::Bearer); // no secret was ever stored
        SyncManager manager;
        configure(manager);
        QSignalSpy finished(&manager, &SyncManager::runFinished);
        manager.syncNow(token);
        QTRY_COMPARE(finished.count(), 1);
        SyncRun run = finished[0][1].value<SyncRun>();
        QVERIFY(run.status == SyncRun::Status::Failed);
        QVERIFY2(run.error.contains(QStringLiteral("no token or password")), qPrintable(run.error));
        QCOMPARE(server.totalRequests(), 0);

        manager.syncNow(4242); // no such source
        QTRY_COMPARE(finished.count(), 2);
        run = finished[1][1].value<SyncRun>();
        QVERIFY(run.status == SyncRun::Status::Failed);
        QVERIFY(run.error.contains(QStringLiteral("removed")));
    }
};

QTEST_GUILESS_MAIN(TestSyncManager)
#include "tst_sync_manager.moc"
