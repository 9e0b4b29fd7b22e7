// SyncRunner against a real HTTP(S) server on 127.0.0.1 (TestHttpServer) serving the real
// exports in ../shared/data/exports: the first sync imports, the second gets 304 and adds
// nothing, a changed file (new ETag) adds only its new messages, a manifest's three drops are
// each imported once, 500 then 200 succeeds, and every fault (timeout, truncated body, SHA-256
// mismatch, 401, untrusted certificate, a broken file, cancel mid-download) leaves the
// workspace exactly as it was. Ten repeated syncs of overlapping versions leave no duplicate.
#include "DbDigest.h"
#include "TestHttpServer.h"
#include "import/ImportService.h"
#include "storage/Database.h"
#include "sync/SyncRunner.h"
#include "sync/SyncSourceStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;
using kindred::test::dbDigest;
using kindred::test::scalar;
using kindred::test::TestHttpServer;
using Request = TestHttpServer::Request;
using Response = TestHttpServer::Response;

namespace {

QString exportFile(const QString &rel)
{
    return QStringLiteral(KINDRED_EXPORTS_DIR "/telegram/") + rel;
}

// Counts as their origin states them (../shared/data/exports/SOURCES.md).
const QString kDm = QStringLiteral("chat-analytics__DM_2A_7M.json");           // 6 messages
const QString kMulti = QStringLiteral("chat-analytics__MultiChat_2C_6M.json"); // 5 messages
const QString kMiner = QStringLiteral("chat-miner__test_batch_export.json");   // 2 messages
const QString kBig = QStringLiteral("chat-analytics__BIG_20A_5475M.json");     // 5475 messages

/// The sync bookkeeping changes with every run by design; everything else must not.
const QHash<QString, QString> kContentOnly = {
    {QStringLiteral("sync_source"), QStringLiteral("SELECT id FROM sync_source")},
    {QStringLiteral("sync_run"), QStringLiteral("SELECT 0 WHERE 0")}};

/// The export `file` with only its first `keep` entries of "messages" (a Telegram export taken
/// earlier in the chat's life).
QByteArray truncatedExport(const QString &file, int keep)
{
    QJsonObject root = QJsonDocument::fromJson(TestHttpServer::loadFile(exportFile(file))).object();
    QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    while (messages.size() > keep)
        messages.removeLast();
    root.insert(QStringLiteral("messages"), messages);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSyncRunner : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
    std::unique_ptr<Database> m_db;

    SyncSource addSource(const QString &name, const QUrl &url,
                         SyncSource::Kind kind = SyncSource::Kind::Auto)
    {
        SyncSource s;
        s.name = name;
        s.url = url.toString();
        s.kind = kind;
        QString error;
        [&] { QVERIFY2(SyncSourceStore(*m_db).add(&s, &error), qPrintable(error)); }();
        return s;
    }

    SyncSource source(const QString &name)
    {
        SyncSource s;
        QString error;
        [&] { QVERIFY2(SyncSourceStore(*m_db).find(name, &s, &error), qPrintable(error)); }();
        return s;
    }

    /// Runs one sync of the source named `name` (as stored now) to its end.
    SyncRun sync(const QString &name, const QByteArray &secret = {}, int timeoutMs = 5000,
                 const std::function<void(SyncRunner &)> &whileRunning = {})
    {
        SyncRunner runner(m_workspace, &m_nam);
        FetchRequest defaults;
        defaults.timeoutMs = timeoutMs;
        defaults.backoffMs = 20;
        defaults.tempDir = m_dir->filePath(QStringLiteral("tmp"));
        runner.setFetchDefaults(defaults);
        QSignalSpy finished(&runner, &SyncRunner::finished);
        QString error;
        SyncRun run;
        [&] {
            QVERIFY2(runner.start(source(name), secret, &error), qPrintable(error));
            if (whileRunning)
                whileRunning(runner);
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.count(), 1);
            run = finished.first().first().value<SyncRun>();
        }();
        return run;
    }

    /// Chat messages (service entries such as "joined" are stored as events beside them).
    qint64 messages()
    {
        return scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM message WHERE is_service = 0"));
    }
    QByteArray digest() { return dbDigest(*m_db, kContentOnly); }
    QStringList leftovers()
    {
        return QDir(m_dir->filePath(QStringLiteral("tmp")))
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    /// Messages in a fresh workspace after importing `bodies` directly (the reference count).
    qint64 directImportCount(const QList<QByteArray> &bodies)
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        if (!db.open(dir.filePath(QStringLiteral("ref.kindred")), &error))
            return -1;
        for (int i = 0; i < bodies.size(); ++i) {
            const QString path = dir.filePath(QStringLiteral("f%1.json").arg(i));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bodies[i]) != bodies[i].size())
                return -1;
            f.close();
            ImportResult r;
            ImportError e;
            if (!ImportService(db).importFile(path, QStringLiteral("auto"), &r, &e))
                return -1;
        }
        return scalar(db, QStringLiteral("SELECT COUNT(*) FROM message WHERE is_service = 0"));
    }

private slots:
    void initTestCase()
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
        QVERIFY2(QFile::exists(exportFile(kBig)), qPrintable(exportFile(kBig)));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("tmp")));
        m_workspace = m_dir->filePath(QStringLiteral("w.kindred"));
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_workspace, &error), qPrintable(error));
    }

    void cleanup()
    {
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));
        m_db.reset();
        m_dir.reset();
    }

    void firstSyncImportsThen304AddsNothing()
    {
        const QByteArray body = TestHttpServer::loadFile(exportFile(kDm));
        TestHttpServer server([&](const Request &r) {
            if (r.header("If-None-Match") == "\"v1\"")
                return TestHttpServer::status(304);
            return TestHttpServer::ok(body).header("ETag", "\"v1\"");
        });
        QVERIFY(server.listen());
        addSource(QStringLiteral("dm"), server.url(QStringLiteral("/export/result.json")));

        const SyncRun first = sync(QStringLiteral("dm"));
        QVERIFY2(first.status == SyncRun::Status::Updated, qPrintable(first.error));
        QCOMPARE(first.httpStatus, 200);
        QCOMPARE(first.bytes, qint64(body.size()));
        QCOMPARE(first.filesImported, 1);
        QCOMPARE(first.messagesAdded, 6); // SOURCES.md: 6 messages, authors Alice and Bob
        QCOMPARE(first.membersAdded, 2);
        QCOMPARE(messages(), 6);
        QCOMPARE(source(QStringLiteral("dm")).etag, QStringLiteral("\"v1\""));
        const QByteArray before = digest();

        const SyncRun second = sync(QStringLiteral("dm"));
        QVERIFY2(second.status == SyncRun::Status::NotModified, qPrintable(second.error));
        QCOMPARE(second.httpStatus, 304);
        QCOMPARE(second.bytes, 0);
        QCOMPARE(second.messagesAdded, 0);
        QCOMPARE(second.filesImported, 0);
        QCOMPARE(digest(), before);
        QCOMPARE(server.requests().last().header("If-None-Match"), QByteArray("\"v1\""));

        // Both runs are recorded, newest first.
        QList<SyncRun> runs;
        QString error;
        QVERIFY(SyncSourceStore(*m_db).runs(first.sourceId, 10, &runs, &error));
        QCOMPARE(runs.size(), 2);
        QVERIFY(runs[0].status == SyncRun::Status::NotModified);
        QVERIFY(runs[1].status == SyncRun::Status::Updated);
        QCOMPARE(runs[1].messagesAdded, 6);
        QCOMPARE(runs[1].httpStatus, 200);
        QVERIFY(runs[1].finishedAt >= runs[1].startedAt);
    }

    void lastModifiedIsSentBack()
    {
        const QByteArray body = TestHttpServer::loadFile(exportFile(kDm));
        const QByteArray stamp = "Wed, 21 Oct 2026 07:28:00 GMT";
        TestHttpServer server([&](const Request &r) {
            if (r.header("If-Modified-Since") == stamp)
                return TestHttpServer::status(304);
            return TestHttpServer::ok(body).header("Last-Modified", stamp);
        });
        QVERIFY(server.listen());
        addSource(QStringLiteral("dm"), server.url(QStringLiteral("/dm.json")));
        QVERIFY(sync(QStringLiteral("dm")).status == SyncRun::Status::Updated);
        const SyncRun second = sync(QStringLiteral("dm"));
        QVERIFY(second.status == SyncRun::Status::NotModified);
        QCOMPARE(second.httpStatus, 304);
    }

    void changedFileImportsOnlyNewMessages()
    {
        const QByteArray older = truncatedExport(kBig, 5000);
        const QByteArray newer = TestHttpServer::loadFile(exportFile(kBig));
        QByteArray served = older;
        QByteArray etag = "\"a\"";
        TestHttpServer server([&](const Request &r) {
            if (r.header("If-None-Match") == etag)
                return TestHttpServer::status(304);
            return TestHttpServer::ok(served).header("ETag", etag);
        });
        QVERIFY(server.listen());
        addSource(QStringLiteral("big"), server.url(QStringLiteral("/big.json")));

        const SyncRun first = sync(QStringLiteral("big"));
        QVERIFY2(first.status == SyncRun::Status::Updated, qPrintable(first.error));
        const qint64 afterFirst = messages();
        QCOMPARE(first.messagesAdded, afterFirst);
        QCOMPARE(afterFirst, directImportCount({older}));

        served = newer;
        etag = "\"b\"";
        const SyncRun second = sync(QStringLiteral("big"));
        QVERIFY2(second.status == SyncRun::Status::Updated, qPrintable(second.error));
        QCOMPARE(server.requests().last().header("If-None-Match"), QByteArray("\"a\""));
        QCOMPARE(messages(), 5475); // SOURCES.md: 5475 messages
        QCOMPARE(second.messagesAdded, 5475 - afterFirst);
        QCOMPARE(second.membersAdded + first.membersAdded,
                 scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM member")));
        QCOMPARE(source(QStringLiteral("big")).etag, QStringLiteral("\"b\""));
    }

    void manifestImportsEachDropOnce()
    {
        const QStringList files = {kDm, kMulti, kMiner};
        QJsonArray entries;
        QList<QByteArray> bodies;
        for (const QString &f : files) {
            bodies.append(TestHttpServer::loadFile(exportFile(f)));
            entries.append(
                QJsonObject{{QStringLiteral("url"), QString(QStringLiteral("drops/") + f)},
                            {QStringLiteral("sha256"),
                             QString::fromLatin1(TestHttpServer::sha256Hex(bodies.last()))},
                            {QStringLiteral("format"), QStringLiteral("telegram")}});
        }
        QByteArray manifest =
            QJsonDocument(QJsonObject{{QStringLiteral("files"), entries}}).toJson();
        TestHttpServer server([&](const Request &r) {
            if (r.path == "/feed/manifest.json")
                return TestHttpServer::ok(manifest); // no validators: fetched in full each time
            for (int i = 0; i < files.size(); ++i)
                if (r.path == "/feed/drops/" + files[i].toUtf8())
                    return TestHttpServer::ok(bodies[i]);
            return TestHttpServer::status(404);
        });
        QVERIFY(server.listen());
        addSource(QStringLiteral("feed"), server.url(QStringLiteral("/feed/manifest.json")));

        const SyncRun first = sync(QStringLiteral("feed"));
        QVERIFY2(first.status == SyncRun::Status::Updated, qPrintable(first.error));
        QCOMPARE(first.filesImported, 3);
        QCOMPARE(first.messagesAdded, 6 + 5 + 2); // SOURCES.md
        QCOMPARE(messages(), 13);
        QCOMPARE(messages(), directImportCount(bodies));
        for (const QString &f : files)
            QCOMPARE(server.requestCount("/feed/drops/" + f.toUtf8()), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM import_batch")), 3);
        const QByteArray before = digest();

        // Unchanged manifest: nothing listed is fetched again.
        const SyncRun second = sync(QStringLiteral("feed"));
        QVERIFY2(second.status == SyncRun::Status::NotModified, qPrintable(second.error));
        QCOMPARE(second.filesImported, 0);
        for (const QString &f : files)
            QCOMPARE(server.requestCount("/feed/drops/" + f.toUtf8()), 1);
        QCOMPARE(digest(), before);

        // A new drop: only it is fetched.
        const QString extra = QStringLiteral("chat-miner__test_single_export.json");
        const QByteArray extraBody = TestHttpServer::loadFile(exportFile(extra));
        entries.append(QJsonObject{
            {QStringLiteral("url"), QString(QStringLiteral("/other/") + extra)},
            {QStringLiteral("sha256"), QString::fromLatin1(TestHttpServer::sha256Hex(extraBody))}});
        manifest = QJsonDocument(QJsonObject{{QStringLiteral("files"), entries}}).toJson();
        server.setHandler([&](const Request &r) {
            if (r.path == "/feed/manifest.json")
                return TestHttpServer::ok(manifest);
            if (r.path == "/other/" + extra.toUtf8())
                return TestHttpServer::ok(extraBody);
            return TestHttpServer::status(404);
        });
        server.reset();
        const SyncRun third = sync(QStringLiteral("feed"));
        QVERIFY2(third.status == SyncRun::Status::Updated, qPrintable(third.error));
        QCOMPARE(third.filesImported, 1);
        QCOMPARE(server.totalRequests(), 2); // the manifest and the new drop
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM import_batch")), 4);
    }

    void manifestSha256MismatchIsRejected()
    {
        const QByteArray body = TestHttpServer::loadFile(exportFile(kDm));
        QByteArray wrong = TestHttpServer::sha256Hex(body);
        wrong[0] = wrong[0] == '0' ? '1' : '0';
        const QByteArray manifest =
            "{\"files\":[{\"url\":\"/d/dm.json\",\"sha256\":\"" + wrong + "\"}]}";
        TestHttpServer server([&](const Request &r) {
            return r.path == "/m.json" ? TestHttpServer::ok(manifest) : TestHttpServer::ok(body);
        });
        QVERIFY(server.listen());
        addSource(QStringLiteral("m"), server.url(QStringLiteral("/m.json")),
                  SyncSource::Kind::Manifest);
        const QByteArray before = digest();
        const SyncRun run = sync(QStringLiteral("m"));
        QVERIFY(run.status == SyncRun::Status::Failed);
        QVERIFY2(run.error.contains(QStringLiteral("dm.json")), qPrintable(run.error));
        QVERIFY2(run.error.contains(QStringLiteral("SHA-256"), Qt::CaseInsensitive),
                 qPrintable(run.error));
        QCOMPARE(digest(), before);
        QCOMPARE(messages(), 0);
    }

    void retriesAfter500()
    {
        const QByteArray body = TestHttpServer::loadFile(exportFile(kDm));
        int calls = 0;
        TestHttpServer server([&](const Request &) {
            return ++calls <= 2 ? TestHttpServer::status(500) : TestHttpServer::ok(body);
        });
        QVERIFY(server.listen());
        addSource(QStringLiteral("flaky"), server.url(QStringLiteral("/dm.json")));
        const SyncRun run = sync(QStringLiteral("flaky"));
        QVERIFY2(run.status == SyncRun::Status::Updated, qPrintable(run.error));
        QCOMPARE(server.requestCount("/dm.json"), 3);
        QCOMPARE(run.messagesAdded, 6);
    }

    void faultsLeaveWorkspaceUnchanged_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("errorPart");
        QTest::addColumn<int>("httpStatus");
        QTest::newRow("timeout mid-body") << "timeout"
                                          << "timed out" << 200;
        QTest::newRow("timeout before the answer") << "slow"
                                                   << "timed out" << 0;
        QTest::newRow("truncated body") << "truncated"
                                        << "incomplete" << 200;
        QTest::newRow("401") << "401"
                             << "401 Unauthorized: check the token" << 401;
        QTest::newRow("404") << "404"
                             << "404" << 404;
        QTest::newRow("broken export") << "broken"
                                       << "big.json" << 200;
    }

    void faultsLeaveWorkspaceUnchanged()
    {
        QFETCH(QString, fault);
        QFETCH(QString, errorPart);
        QFETCH(int, httpStatus);
        // Something is in the workspace already, imported by a first good sync.
        const QByteArray good = TestHttpServer::loadFile(exportFile(kMulti));
        const QByteArray big = TestHttpServer::loadFile(exportFile(kBig));
        bool faulty = false;
        TestHttpServer server([&](const Request &) {
            if (!faulty)
                return TestHttpServer::ok(good).header("ETag", "\"good\"");
            Response r = TestHttpServer::ok(big).header("ETag", "\"bad\"");
            if (fault == QLatin1String("timeout")) {
                r.stallAfterBytes = 1000;
                r.stallMs = 3000;
            } else if (fault == QLatin1String("slow")) {
                r.delayMs = 3000;
            } else if (fault == QLatin1String("truncated")) {
                r.declaredLength = big.size() + 5000;
            } else if (fault == QLatin1String("401")) {
                r = TestHttpServer::status(401);
            } else if (fault == QLatin1String("404")) {
                r = TestHttpServer::status(404);
            } else if (fault == QLatin1String("broken")) {
                r.body = big.left(big.size() / 2); // a JSON document cut in the middle
            }
            return r;
        });
        QVERIFY(server.listen());
        addSource(QStringLiteral("s"), server.url(QStringLiteral("/big.json")));
        QVERIFY(sync(QStringLiteral("s")).status == SyncRun::Status::Updated);
        QCOMPARE(messages(), 5);
        const QByteArray before = digest();

        faulty = true;
        const SyncRun run = sync(QStringLiteral("s"), {}, 500);
        QVERIFY(run.status == SyncRun::Status::Failed);
        QVERIFY2(run.error.contains(errorPart), qPrintable(run.error));
        QCOMPARE(run.httpStatus, httpStatus);
        QCOMPARE(run.messagesAdded, 0);
        QCOMPARE(digest(), before);
        // The validators of the good version stay: the next sync asks for the new one again.
        QCOMPARE(source(QStringLiteral("s")).etag, QStringLiteral("\"good\""));
        if (fault == QLatin1String("401") || fault == QLatin1String("404"))
            QCOMPARE(server.requestCount("/big.json"), 2); // 4xx is not retried
        if (fault == QLatin1String("timeout") || fault == QLatin1String("slow"))
            QCOMPARE(server.requestCount("/big.json"), 1 + 4); // 1 good + 4 attempts, then given up
    }

    void authorizationHeaders()
    {
        const QByteArray body = TestHttpServer::loadFile(exportFile(kDm));
        TestHttpServer server([&](const Request &r) {
            const QByteArray a = r.header("Authorization");
            if (a != "Bearer s3cret" && a != "Basic " + QByteArray("ann:pw é").toBase64())
                return TestHttpServer::status(401);
            return TestHttpServer::ok(body);
        });
        QVERIFY(server.listen());
        SyncSource s = addSource(QStringLiteral("a"), server.url(QStringLiteral("/dm.json")));
        s.auth = SyncSource::Auth::Bearer;
        QString error;
        QVERIFY(SyncSourceStore(*m_db).update(s, &error));
        SyncRun run = sync(QStringLiteral("a"), "wrong");
        QCOMPARE(run.httpStatus, 401);
        QVERIFY2(run.error.contains(QStringLiteral("check the token")), qPrintable(run.error));
        run = sync(QStringLiteral("a"), "s3cret");
        QVERIFY2(run.status == SyncRun::Status::Updated, qPrintable(run.error));

        s.auth = SyncSource::Auth::Basic;
        s.username = QStringLiteral("ann");
        QVERIFY(SyncSourceStore(*m_db).update(s, &error));
        run = sync(QStringLiteral("a"), QStringLiteral("pw é").toUtf8());
        QCOMPARE(run.httpStatus, 200);
        QVERIFY(run.status == SyncRun::Status::NotModified); // same content: nothing new
        QCOMPARE(messages(), 6);
    }

    void selfSignedHttpsRefusedUnlessTrusted()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        const QByteArray body = TestHttpServer::loadFile(exportFile(kDm));
        TestHttpServer server([&](const Request &) { return TestHttpServer::ok(body); });
        QString error;
        QVERIFY2(server.listenTls(QStringLiteral(KINDRED_TEST_DATA_DIR "/tls/cert.pem"),
                                  QStringLiteral(KINDRED_TEST_DATA_DIR "/tls/key.pem"), &error),
                 qPrintable(error));
        addSource(QStringLiteral("tls"), server.url(QStringLiteral("/dm.json")));
        const QByteArray before = digest();
        const SyncRun refused = sync(QStringLiteral("tls"));
        QVERIFY(refused.status == SyncRun::Status::Failed);
        QVERIFY2(refused.error.contains(QStringLiteral("certificate not trusted")),
                 qPrintable(refused.error));
        QCOMPARE(refused.untrustedCertSha256.size(), 64);
        QVERIFY(refused.untrustedCertSubject.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(digest(), before);

        // The user trusts exactly that certificate.
        SyncSource s = source(QStringLiteral("tls"));
        s.trustedCertSha256 = refused.untrustedCertSha256;
        QVERIFY(SyncSourceStore(*m_db).update(s, &error));
        const SyncRun trusted = sync(QStringLiteral("tls"));
        QVERIFY2(trusted.status == SyncRun::Status::Updated, qPrintable(trusted.error));
        QCOMPARE(trusted.messagesAdded, 6);

        // Another fingerprint does not open the door.
        s.trustedCertSha256 = QString(64, u'a');
        QVERIFY(SyncSourceStore(*m_db).update(s, &error));
        m_nam.clearConnectionCache();
        const SyncRun other = sync(QStringLiteral("tls"));
        QVERIFY(other.status == SyncRun::Status::Failed);
        QVERIFY(other.error.contains(QStringLiteral("certificate not trusted")));
    }

    void tenRepeatedSyncsLeaveNoDuplicate()
    {
        // Overlapping versions of one export, served without validators, in varying order.
        const QList<QByteArray> versions = {truncatedExport(kBig, 1000),
                                            truncatedExport(kBig, 3000),
                                            TestHttpServer::loadFile(exportFile(kBig))};
        const int order[10] = {0, 1, 1, 0, 2, 1, 2, 0, 2, 2};
        int i = 0;
        TestHttpServer server(
            [&](const Request &) { return TestHttpServer::ok(versions[order[i]]); });
        QVERIFY(server.listen());
        addSource(QStringLiteral("big"), server.url(QStringLiteral("/big.json")));
        qint64 added = 0;
        for (i = 0; i < 10; ++i) {
            const SyncRun run = sync(QStringLiteral("big"));
            QVERIFY2(run.status != SyncRun::Status::Failed, qPrintable(run.error));
            added += run.messagesAdded;
        }
        QCOMPARE(messages(), 5475);
        QCOMPARE(added, 5475);
        // No message twice, by key and by content.
        QCOMPARE(
            scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM message "
                                         "GROUP BY channel_id, external_id HAVING COUNT(*) > 1)")),
            0);
        const qint64 distinctContent = scalar(
            *m_db, QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT channel_id, external_id, "
                                  "member_id, sent_at, text FROM message)"));
        QCOMPARE(distinctContent, 5475);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM import_batch")), 3);
    }

    void cancelMidDownload()
    {
        const QByteArray big = TestHttpServer::loadFile(exportFile(kBig));
        TestHttpServer server([&](const Request &) {
            Response r = TestHttpServer::ok(big);
            r.stallAfterBytes = 200000;
            r.stallMs = 5000;
            return r;
        });
        QVERIFY(server.listen());
        addSource(QStringLiteral("big"), server.url(QStringLiteral("/big.json")));
        const QByteArray before = digest();
        qint64 seen = 0;
        const SyncRun run = sync(QStringLiteral("big"), {}, 30000, [&](SyncRunner &runner) {
            connect(&runner, &SyncRunner::progress, &runner,
                    [&](const QString &, qint64 done, qint64) {
                        seen = done;
                        if (done > 0)
                            runner.cancel();
                    });
        });
        QVERIFY(run.status == SyncRun::Status::Canceled);
        QVERIFY(seen > 0);
        QCOMPARE(digest(), before);
        QCOMPARE(messages(), 0);
        QVERIFY(source(QStringLiteral("big")).etag.isEmpty());
    }

    void cancelDuringImport()
    {
        const QByteArray big = TestHttpServer::loadFile(exportFile(kBig));
        TestHttpServer server([&](const Request &) { return TestHttpServer::ok(big); });
        QVERIFY(server.listen());
        addSource(QStringLiteral("big"), server.url(QStringLiteral("/big.json")));
        const QByteArray before = digest();
        bool importing = false;
        const SyncRun run = sync(QStringLiteral("big"), {}, 30000, [&](SyncRunner &runner) {
            connect(&runner, &SyncRunner::progress, &runner,
                    [&](const QString &stage, qint64, qint64) {
                        if (stage.startsWith(QStringLiteral("Importing"))) {
                            importing = true;
                            runner.cancel(); // the import on the worker thread stops
                        }
                    });
        });
        QVERIFY(importing);
        QVERIFY(run.status == SyncRun::Status::Canceled);
        QCOMPARE(run.messagesAdded, 0);
        QCOMPARE(digest(), before);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM import_batch")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncRunner)
#include "tst_sync_runner.moc"
