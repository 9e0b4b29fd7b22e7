// HttpFetcher against the scriptable TestHttpServer: a 200 with its validators and SHA-256
// streamed to a file, conditional requests and 304, gzip decoded, redirects (relative, limit,
// loop, no Authorization to another origin), retries with growing delays on 5xx and network
// errors but not on 4xx, timeouts before the headers and in the middle of the body, a truncated
// body, a SHA-256 mismatch, the size limit (Content-Length, undeclared, gzip), a self-signed
// HTTPS server refused until its fingerprint is trusted, and cancel. Every failure leaves the
// temporary directory empty.
#include "TestHttpServer.h"
#include "sync/HttpFetcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;
using kindred::test::TestHttpServer;
using Request = TestHttpServer::Request;
using Response = TestHttpServer::Response;
using Outcome = FetchResult::Outcome;

namespace {

QString exportFile(const QString &rel)
{
    return QStringLiteral(KINDRED_EXPORTS_DIR "/") + rel;
}

const QString kSmall = QStringLiteral("telegram/chat-analytics__DM_2A_7M.json");    // 3.3 KB
const QString kBig = QStringLiteral("telegram/chat-analytics__BIG_20A_5475M.json"); // 1.4 MB

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

/// Files this process holds open in `dir`, from /proc/self/fd (Linux; -1 elsewhere). The
/// download is written to a QTemporaryFile that may stay unnamed (O_TMPFILE) until it is kept,
/// so the directory listing alone does not show it.
int openFilesIn(const QString &dir)
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    if (!fds.exists())
        return -1;
    const QString prefix = QDir(dir).canonicalPath() + u'/';
    int n = 0;
    const QStringList entries =
        fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &fd : entries) {
        if (QFile::symLinkTarget(fds.filePath(fd)).startsWith(prefix))
            ++n;
    }
    return n;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const char *outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Downloaded:
        return "Downloaded";
    case Outcome::NotModified:
        return "NotModified";
    case Outcome::Failed:
        return "Failed";
    case Outcome::Canceled:
        return "Canceled";
    }
    return "?";
}

/// `openFiles` as seen by openFilesIn() while the body arrived: the download was being written
/// to one file in tempDir.
void checkStreamedToTempDir(int openFiles)
{
#ifdef Q_OS_LINUX
    QCOMPARE(openFiles, 1);
#else
    QVERIFY(openFiles != -2);
#endif
}

} // namespace

class TestHttpFetcher : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    /// A request with small delays so that the whole test stays fast.
    static FetchRequest request(const QUrl &url, const QTemporaryDir &dir)
    {
        FetchRequest r;
        r.url = url;
        r.tempDir = dir.path();
        r.timeoutMs = 5000;
        r.backoffMs = 20;
        return r;
    }

    FetchResult fetch(const FetchRequest &r) { return HttpFetcher::fetchBlocking(&m_nam, r); }

private slots:
    void initTestCase()
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
        QVERIFY2(QFile::exists(exportFile(kSmall)), qPrintable(exportFile(kSmall)));
        QVERIFY2(QFile::exists(exportFile(kBig)), qPrintable(exportFile(kBig)));
    }

    void download200()
    {
        const QByteArray body = TestHttpServer::loadFile(exportFile(kSmall));
        QCOMPARE(body.size(), 3334);
        TestHttpServer server([&](const Request &) {
            return TestHttpServer::ok(body, "application/json; charset=utf-8")
                .header("ETag", "\"v1-abc\"")
                .header("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT");
        });
        QVERIFY(server.listen());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        FetchRequest r =
            request(server.url(QStringLiteral("/drops/chat-analytics__DM_2A_7M.json")), dir);
        r.authorization = "Bearer t0ken";
        // The expected hash in another spelling: upper case with colons.
        QString spelled;
        const QString hex = sha256(body).toUpper();
        for (int i = 0; i < hex.size(); i += 2)
            spelled += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2);
        r.expectedSha256 = spelled;

        HttpFetcher fetcher(&m_nam);
        QSignalSpy finished(&fetcher, &HttpFetcher::finished);
        QList<QPair<qint64, qint64>> progress;
        int filesWhileStreaming = -2; // not seen
        connect(&fetcher, &HttpFetcher::progress, this, [&](qint64 received, qint64 total) {
            progress.append({received, total});
            if (received > 0 && filesWhileStreaming == -2)
                filesWhileStreaming = openFilesIn(dir.path());
        });
        QVERIFY(fetcher.start(r));
        QVERIFY(fetcher.isRunning());
        QCOMPARE(finished.count(), 0); // never from inside start()
        QVERIFY(!fetcher.start(r));    // one fetch at a time
        QVERIFY(finished.wait(5000));
        QVERIFY(!fetcher.isRunning());
        const auto res = finished.first().first().value<FetchResult>();

        QVERIFY2(res.outcome == Outcome::Downloaded, qPrintable(res.error));
        QCOMPARE(res.httpStatus, 200);
        QCOMPARE(res.bytes, qint64(body.size()));
        QCOMPARE(res.sha256, sha256(body));
        QCOMPARE(res.etag, QStringLiteral("\"v1-abc\""));
        QCOMPARE(res.lastModified, QStringLiteral("Wed, 21 Oct 2015 07:28:00 GMT"));
        QCOMPARE(res.contentType, QStringLiteral("application/json; charset=utf-8"));
        QCOMPARE(res.fileName, QStringLiteral("chat-analytics__DM_2A_7M.json"));
        QCOMPARE(res.finalUrl, r.url.toString());
        QCOMPARE(res.attempts, 1);
        QVERIFY(res.error.isEmpty());
        QVERIFY(res.untrustedCertSha256.isEmpty());
        // The body on disk, in tempDir, with the URL's suffix; the caller owns it.
        QCOMPARE(QFileInfo(res.filePath).absolutePath(), QDir(dir.path()).absolutePath());
        QVERIFY(res.filePath.endsWith(QStringLiteral(".json")));
        QCOMPARE(readFile(res.filePath), body);
        QCOMPARE(filesIn(dir.path()).size(), 1);
        checkStreamedToTempDir(filesWhileStreaming);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first, qint64(body.size()));
        QCOMPARE(progress.last().second, qint64(body.size()));

        // What the server saw: one GET with the token, unconditional, our User-Agent.
        QCOMPARE(server.totalRequests(), 1);
        const Request seen = server.requests().first();
        QCOMPARE(seen.method, QByteArray("GET"));
        QCOMPARE(seen.path, QByteArray("/drops/chat-analytics__DM_2A_7M.json"));
        QCOMPARE(seen.header("authorization"), QByteArray("Bearer t0ken"));
        QVERIFY(!seen.hasHeader("If-None-Match"));
        QVERIFY(!seen.hasHeader("If-Modified-Since"));
        QVERIFY(seen.header("User-Agent").startsWith("Kindred"));

        QVERIFY(QFile::remove(res.filePath));
        // Still finished exactly once.
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
    }

    void conditional304()
    {
        const QByteArray body = TestHttpServer::loadFile(exportFile(kSmall));
        const QByteArray etag = "\"v2\"";
        const QByteArray lastModified = "Thu, 22 Oct 2015 07:28:00 GMT";
        TestHttpServer server([&](const Request &req) {
            if (req.header("If-None-Match") == etag)
                return TestHttpServer::status(304);
            return TestHttpServer::ok(body)
                .header("ETag", etag)
                .header("Last-Modified", lastModified);
        });
        QVERIFY(server.listen());
        QTemporaryDir dir;

        // Up to date: 304, nothing downloaded, no file.
        FetchRequest r = request(server.url(QStringLiteral("/export.json")), dir);
        r.etag = QString::fromLatin1(etag);
        r.lastModified = QString::fromLatin1(lastModified);
        FetchResult res = fetch(r);
        QVERIFY2(res.outcome == Outcome::NotModified, outcomeName(res.outcome));
        QCOMPARE(res.httpStatus, 304);
        QCOMPARE(res.bytes, qint64(0));
        QVERIFY(res.filePath.isEmpty());
        QVERIFY(res.error.isEmpty());
        QCOMPARE(res.attempts, 1);
        QVERIFY(filesIn(dir.path()).isEmpty());
        QCOMPARE(server.totalRequests(), 1);
        const Request seen = server.requests().first();
        QCOMPARE(seen.header("If-None-Match"), etag);
        QCOMPARE(seen.header("If-Modified-Since"), lastModified);

        // Stale validators: a full 200 with the new ones.
        r.etag = QStringLiteral("\"v1\"");
        res = fetch(r);
        QVERIFY2(res.outcome == Outcome::Downloaded, qPrintable(res.error));
        QCOMPARE(res.etag, QString::fromLatin1(etag));
        QCOMPARE(res.lastModified, QString::fromLatin1(lastModified));
        QCOMPARE(res.sha256, sha256(body));
        QCOMPARE(server.requests().last().header("If-None-Match"), QByteArray("\"v1\""));
        QVERIFY(QFile::remove(res.filePath));

        // A 304 to a request without validators is not "not modified".
        FetchRequest plain = request(server.url(QStringLiteral("/odd")), dir);
        server.setHandler([](const Request &) { return TestHttpServer::status(304); });
        res = fetch(plain);
        QVERIFY(res.outcome == Outcome::Failed);
        QVERIFY2(res.error.contains(QStringLiteral("304")), qPrintable(res.error));
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void gzipDecoded()
    {
        const QByteArray body = TestHttpServer::loadFile(exportFile(kBig));
        const QByteArray packed = TestHttpServer::gzip(body);
        QVERIFY(packed.size() < body.size() / 3);
        QByteArray acceptEncoding;
        TestHttpServer server([&](const Request &req) {
            acceptEncoding = req.header("Accept-Encoding");
            if (!acceptEncoding.contains("gzip"))
                return TestHttpServer::ok(body); // would make the size check below fail
            return TestHttpServer::ok(packed).header("Content-Encoding", "gzip");
        });
        QVERIFY(server.listen());
        QTemporaryDir dir;

        FetchRequest r = request(server.url(QStringLiteral("/big.json")), dir);
        r.expectedSha256 = sha256(body); // of the decoded file
        const FetchResult res = fetch(r);
        QVERIFY2(res.outcome == Outcome::Downloaded, qPrintable(res.error));
        QVERIFY2(acceptEncoding.contains("gzip"), acceptEncoding.constData());
        QCOMPARE(res.bytes, qint64(body.size()));
        QCOMPARE(res.sha256, sha256(body));
        QCOMPARE(readFile(res.filePath), body);
        QVERIFY(QFile::remove(res.filePath));

        // The size limit applies to the decoded body, not to the smaller encoded one.
        r.maxBytes = packed.size() + 1;
        QVERIFY(r.maxBytes < body.size());
        const FetchResult bomb = fetch(r);
        QVERIFY(bomb.outcome == Outcome::Failed);
        QCOMPARE(bomb.error,
                 QStringLiteral("the file is larger than the limit of %1 bytes").arg(r.maxBytes));
        QCOMPARE(bomb.attempts, 1);
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void redirects()
    {
        const QByteArray body = TestHttpServer::loadFile(exportFile(kSmall));
        TestHttpServer other([&](const Request &) { return TestHttpServer::ok(body); });
        QVERIFY(other.listen());
        const QByteArray otherUrl = other.url(QStringLiteral("/elsewhere.json")).toEncoded();
        TestHttpServer server;
        const QByteArray self =
            server.listen() ? server.url().toEncoded().chopped(1) : QByteArray();
        QVERIFY(!self.isEmpty());
        server.setHandler([&](const Request &req) {
            const QByteArray p = req.path;
            if (p == "/start")
                return TestHttpServer::redirect(302, "hop?x=1"); // relative
            if (p == "/hop?x=1")
                return TestHttpServer::redirect(301, self + "/final.json"); // absolute
            if (p == "/final.json")
                return TestHttpServer::ok(body);
            if (p == "/away")
                return TestHttpServer::redirect(307, otherUrl);
            if (p == "/loop")
                return TestHttpServer::redirect(302, "/loop");
            if (p.startsWith("/chain/")) {
                const int n = p.mid(7).toInt();
                return TestHttpServer::redirect(302, "/chain/" + QByteArray::number(n + 1));
            }
            if (p == "/nowhere")
                return TestHttpServer::status(302);
            return TestHttpServer::status(404);
        });
        QTemporaryDir dir;

        // Two hops on the same origin: followed, the token sent on each.
        FetchRequest r = request(server.url(QStringLiteral("/start")), dir);
        r.authorization = "Bearer same-origin";
        r.maxRedirects = 2;
        FetchResult res = fetch(r);
        QVERIFY2(res.outcome == Outcome::Downloaded, qPrintable(res.error));
        QCOMPARE(res.finalUrl, server.url(QStringLiteral("/final.json")).toString());
        QCOMPARE(res.fileName, QStringLiteral("final.json"));
        QCOMPARE(res.attempts, 1);
        QCOMPARE(res.sha256, sha256(body));
        QCOMPARE(server.requestCount("/start"), 1);
        QCOMPARE(server.requestCount("/hop"), 1);
        QCOMPARE(server.requestCount("/final.json"), 1);
        for (const Request &seen : server.requests())
            QCOMPARE(seen.header("Authorization"), QByteArray("Bearer same-origin"));
        QVERIFY(QFile::remove(res.filePath));

        // To another origin (another port): followed, but the token stays home.
        r.url = server.url(QStringLiteral("/away"));
        res = fetch(r);
        QVERIFY2(res.outcome == Outcome::Downloaded, qPrintable(res.error));
        QCOMPARE(res.finalUrl, QString::fromLatin1(otherUrl));
        QCOMPARE(server.requests().last().header("Authorization"),
                 QByteArray("Bearer same-origin"));
        QCOMPARE(other.totalRequests(), 1);
        QVERIFY(!other.requests().first().hasHeader("Authorization"));
        QVERIFY(QFile::remove(res.filePath));

        // A loop: 1 request + maxRedirects redirects, then a failure that is not retried.
        server.reset();
        r.url = server.url(QStringLiteral("/loop"));
        r.maxRedirects = 3;
        r.maxAttempts = 3;
        res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QVERIFY2(res.error.startsWith(QStringLiteral("redirect loop")), qPrintable(res.error));
        QCOMPARE(server.requestCount("/loop"), 4);
        QCOMPARE(res.attempts, 1);
        QCOMPARE(res.httpStatus, 302);

        // A chain longer than the limit.
        server.reset();
        r.url = server.url(QStringLiteral("/chain/0"));
        r.maxRedirects = 2;
        res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QVERIFY2(res.error.startsWith(QStringLiteral("too many redirects: more than 2")),
                 qPrintable(res.error));
        QCOMPARE(server.totalRequests(), 3);
        QCOMPARE(server.requests().last().path, QByteArray("/chain/2"));

        // A redirect without a Location.
        r.url = server.url(QStringLiteral("/nowhere"));
        res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QCOMPARE(res.error, QStringLiteral("the server answered 302 Found without a Location"));
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void retriesWithBackoff()
    {
        const QByteArray body = TestHttpServer::loadFile(exportFile(kSmall));
        int calls = 0;
        TestHttpServer server([&](const Request &) {
            return ++calls <= 2 ? TestHttpServer::status(500, "boom") : TestHttpServer::ok(body);
        });
        QVERIFY(server.listen());
        QTemporaryDir dir;

        FetchRequest r = request(server.url(QStringLiteral("/flaky.json")), dir);
        r.backoffMs = 100;
        FetchResult res = fetch(r);
        QVERIFY2(res.outcome == Outcome::Downloaded, qPrintable(res.error));
        QCOMPARE(res.attempts, 3);
        QCOMPARE(res.httpStatus, 200);
        QCOMPARE(res.sha256, sha256(body));
        QCOMPARE(readFile(res.filePath), body);
        QCOMPARE(filesIn(dir.path()).size(), 1); // the 500 bodies left nothing behind
        QVERIFY(QFile::remove(res.filePath));
        const QList<Request> seen = server.requests(QByteArray("/flaky.json"));
        QCOMPARE(seen.size(), 3);
        const qint64 first = seen.at(1).receivedMs - seen.at(0).receivedMs;
        const qint64 second = seen.at(2).receivedMs - seen.at(1).receivedMs;
        QVERIFY2(first >= 100, qPrintable(QString::number(first)));   // backoffMs
        QVERIFY2(second >= 200, qPrintable(QString::number(second))); // doubled

        // Always 503: gives up after maxAttempts with the last answer.
        server.reset();
        server.setHandler([](const Request &) { return TestHttpServer::status(503); });
        r.backoffMs = 10;
        r.maxAttempts = 3;
        res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QCOMPARE(res.attempts, 3);
        QCOMPARE(res.httpStatus, 503);
        QCOMPARE(res.error, QStringLiteral("the server answered 503 Service Unavailable"));
        QCOMPARE(server.totalRequests(), 3);
        QVERIFY(filesIn(dir.path()).isEmpty());

        // A network error (nobody listens on the port) is retried too.
        quint16 deadPort = 0;
        {
            TestHttpServer gone;
            QVERIFY(gone.listen());
            deadPort = gone.port();
        }
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x.json").arg(deadPort));
        r.maxAttempts = 2;
        res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QCOMPARE(res.attempts, 2);
        QCOMPARE(res.httpStatus, 0);
        QCOMPARE(res.error,
                 QStringLiteral("the connection to 127.0.0.1:%1 was refused").arg(deadPort));

        // So is a server that closes without answering (Qt itself resends once per attempt).
        server.reset();
        server.setHandler([](const Request &) {
            Response resp;
            resp.closeWithoutResponse = true;
            return resp;
        });
        r.url = server.url(QStringLiteral("/mute"));
        r.maxAttempts = 2;
        res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QCOMPARE(res.attempts, 2);
        QVERIFY2(res.error.contains(QStringLiteral("closed the connection without answering")),
                 qPrintable(res.error));
        QVERIFY(server.totalRequests() >= 2);
    }

    void noRetryOn4xx_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("404") << 404 << QStringLiteral("the server answered 404 Not Found");
        QTest::newRow("401") << 401 << QStringLiteral("401 Unauthorized: check the token");
        QTest::newRow("403") << 403
                             << QStringLiteral(
                                    "403 Forbidden: check the token and its access rights");
        QTest::newRow("429") << 429 << QStringLiteral("the server answered 429 Too Many Requests");
    }

    void noRetryOn4xx()
    {
        QFETCH(int, status);
        QFETCH(QString, error);
        TestHttpServer server(
            [&](const Request &) { return TestHttpServer::status(status, "{\"error\":\"no\"}"); });
        QVERIFY(server.listen());
        QTemporaryDir dir;
        FetchRequest r = request(server.url(QStringLiteral("/x.json")), dir);
        r.authorization = "Bearer wrong";
        const FetchResult res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QCOMPARE(res.error, error);
        QCOMPARE(res.httpStatus, status);
        QCOMPARE(res.attempts, 1);
        QCOMPARE(server.totalRequests(), 1);
        QVERIFY(res.filePath.isEmpty());
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void timeouts()
    {
        const QByteArray body = TestHttpServer::loadFile(exportFile(kSmall));
        TestHttpServer server([&](const Request &req) {
            Response resp = TestHttpServer::ok(body);
            if (req.path == "/silent") {
                resp.delayMs = 4000; // nothing at all for 4 s
            } else {
                resp.stallMs = 4000; // headers and 1000 bytes, then nothing for 4 s
                resp.stallAfterBytes = 1000;
            }
            return resp;
        });
        QVERIFY(server.listen());
        QTemporaryDir dir;

        // No answer: times out, is retried once, then fails.
        FetchRequest r = request(server.url(QStringLiteral("/silent")), dir);
        r.timeoutMs = 300;
        r.maxAttempts = 2;
        r.backoffMs = 50;
        QElapsedTimer clock;
        clock.start();
        FetchResult res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QCOMPARE(res.error, QStringLiteral("timed out after 0.3 s without data"));
        QCOMPARE(res.attempts, 2);
        QCOMPARE(res.httpStatus, 0);
        QCOMPARE(server.requestCount("/silent"), 2);
        QVERIFY2(clock.elapsed() >= 500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));

        // A stall in the middle of the body: the partial file is removed.
        r.url = server.url(QStringLiteral("/stall.json"));
        r.maxAttempts = 1;
        int filesWhileStreaming = -2; // not seen
        HttpFetcher fetcher(&m_nam);
        connect(&fetcher, &HttpFetcher::progress, this, [&](qint64 received, qint64) {
            if (received > 0)
                filesWhileStreaming = openFilesIn(dir.path());
        });
        QSignalSpy finished(&fetcher, &HttpFetcher::finished);
        clock.restart();
        QVERIFY(fetcher.start(r));
        QVERIFY(finished.wait(3000));
        res = finished.first().first().value<FetchResult>();
        QVERIFY(res.outcome == Outcome::Failed);
        QCOMPARE(res.error, QStringLiteral("timed out after 0.3 s without data"));
        QCOMPARE(res.httpStatus, 200);
        QCOMPARE(res.bytes, qint64(1000));
        checkStreamedToTempDir(filesWhileStreaming);
        QVERIFY(filesIn(dir.path()).isEmpty());
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void truncatedBody()
    {
        const QByteArray body(1000, 'k');
        TestHttpServer server([&](const Request &) {
            Response resp = TestHttpServer::ok(body);
            resp.declaredLength = 2000; // then closes after 1000 bytes
            return resp;
        });
        QVERIFY(server.listen());
        QTemporaryDir dir;
        FetchRequest r = request(server.url(QStringLiteral("/short.json")), dir);
        r.maxAttempts = 3;
        const FetchResult res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QCOMPARE(res.error,
                 QStringLiteral("the download is incomplete: 1000 of 2000 bytes (Content-Length)"));
        QCOMPARE(res.httpStatus, 200);
        QCOMPARE(res.bytes, qint64(1000));
        QCOMPARE(res.attempts, 1); // a length mismatch is not retried
        QCOMPARE(server.totalRequests(), 1);
        QVERIFY(res.filePath.isEmpty());
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void sha256Mismatch()
    {
        const QByteArray body = TestHttpServer::loadFile(exportFile(kSmall));
        TestHttpServer server([&](const Request &) { return TestHttpServer::ok(body); });
        QVERIFY(server.listen());
        QTemporaryDir dir;
        FetchRequest r = request(server.url(QStringLiteral("/x.json")), dir);
        r.expectedSha256 = sha256("another file");
        r.maxAttempts = 3;
        FetchResult res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QCOMPARE(res.error, QStringLiteral("the file's SHA-256 is %1, the manifest says %2")
                                .arg(sha256(body), sha256("another file")));
        QCOMPARE(res.attempts, 1);
        QCOMPARE(res.bytes, qint64(body.size()));
        QVERIFY(res.filePath.isEmpty());
        QVERIFY(filesIn(dir.path()).isEmpty());

        // Not a SHA-256 at all: refused before any request.
        server.reset();
        r.expectedSha256 = QStringLiteral("abc123");
        res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QVERIFY2(res.error.contains(QStringLiteral("not 64 hex digits")), qPrintable(res.error));
        QCOMPARE(res.attempts, 0);
        QCOMPARE(server.totalRequests(), 0);
    }

    void sizeLimit()
    {
        const QByteArray body = TestHttpServer::loadFile(exportFile(kSmall));
        TestHttpServer server([&](const Request &req) {
            Response resp = TestHttpServer::ok(body);
            resp.sendContentLength = req.path != "/undeclared";
            return resp;
        });
        QVERIFY(server.listen());
        QTemporaryDir dir;

        // Content-Length above the limit: refused on the headers.
        FetchRequest r = request(server.url(QStringLiteral("/declared")), dir);
        r.maxBytes = 1000;
        r.maxAttempts = 3;
        FetchResult res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QCOMPARE(res.error,
                 QStringLiteral("the file is 3334 bytes, more than the limit of 1000 bytes"));
        QCOMPARE(res.attempts, 1);
        QVERIFY(filesIn(dir.path()).isEmpty());

        // No Content-Length: refused once the body passes the limit.
        r.url = server.url(QStringLiteral("/undeclared"));
        res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QCOMPARE(res.error, QStringLiteral("the file is larger than the limit of 1000 bytes"));
        QCOMPARE(res.attempts, 1);
        QVERIFY(filesIn(dir.path()).isEmpty());

        // Exactly at the limit is fine (also without Content-Length).
        r.maxBytes = body.size();
        res = fetch(r);
        QVERIFY2(res.outcome == Outcome::Downloaded, qPrintable(res.error));
        QCOMPARE(res.bytes, qint64(body.size()));
        QCOMPARE(res.sha256, sha256(body));
        QVERIFY(QFile::remove(res.filePath));
    }

    void selfSignedHttps()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        const QString certPath = QStringLiteral(KINDRED_TEST_DATA_DIR "/tls/cert.pem");
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(certPath);
        QCOMPARE(certs.size(), 1);
        const QString fingerprint =
            QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex());
        const QByteArray body = TestHttpServer::loadFile(exportFile(kSmall));
        TestHttpServer server([&](const Request &) { return TestHttpServer::ok(body); });
        QString error;
        QVERIFY2(server.listenTls(certPath, QStringLiteral(KINDRED_TEST_DATA_DIR "/tls/key.pem"),
                                  &error),
                 qPrintable(error));
        QTemporaryDir dir;

        // Not trusted: refused, not retried, the fingerprint offered.
        FetchRequest r = request(server.url(QStringLiteral("/secure.json")), dir);
        r.maxAttempts = 3;
        FetchResult res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QCOMPARE(res.untrustedCertSha256, fingerprint);
        QCOMPARE(res.untrustedCertSubject, QStringLiteral("127.0.0.1"));
        QVERIFY2(res.error.startsWith(
                     QStringLiteral("certificate not trusted: 127.0.0.1, SHA-256 ") + fingerprint),
                 qPrintable(res.error));
        QCOMPARE(res.attempts, 1);
        QCOMPARE(res.httpStatus, 0);
        QCOMPARE(server.totalRequests(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(server.tlsFailures() >= 1, 2000); // the handshake was refused

        // Another certificate is trusted: still refused.
        r.trustedCertSha256 = sha256("some other certificate");
        res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QCOMPARE(res.untrustedCertSha256, fingerprint);
        QCOMPARE(server.totalRequests(), 0);

        // This certificate is trusted (in upper case): accepted.
        r.trustedCertSha256 = fingerprint.toUpper();
        res = fetch(r);
        QVERIFY2(res.outcome == Outcome::Downloaded, qPrintable(res.error));
        QCOMPARE(res.sha256, sha256(body));
        QVERIFY(res.untrustedCertSha256.isEmpty());
        QCOMPARE(server.totalRequests(), 1);
        QVERIFY(QFile::remove(res.filePath));

        // Trusting it once does not make it trusted for the next fetch that does not say so.
        r.trustedCertSha256.clear();
        res = fetch(r);
        QVERIFY2(res.outcome == Outcome::Failed, outcomeName(res.outcome));
        QCOMPARE(res.untrustedCertSha256, fingerprint);
        QCOMPARE(server.totalRequests(), 1);
        QVERIFY(filesIn(dir.path()).isEmpty());

        // Nor for anyone else using the manager: Qt 6.4 would keep the ignored errors on the
        // cached connection to the host, the fetcher drops it.
        r.trustedCertSha256 = fingerprint;
        res = fetch(r);
        QVERIFY2(res.outcome == Outcome::Downloaded, qPrintable(res.error));
        QVERIFY(QFile::remove(res.filePath));
        QCOMPARE(server.totalRequests(), 2);
        QNetworkReply *plain = m_nam.get(QNetworkRequest(r.url));
        QSignalSpy plainDone(plain, &QNetworkReply::finished);
        QVERIFY(plainDone.wait(5000));
        const QNetworkReply::NetworkError plainError = plain->error();
        plain->deleteLater();
        QCOMPARE(plainError, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(server.totalRequests(), 2);
    }

    void cancelMidDownload()
    {
        const QByteArray body = TestHttpServer::loadFile(exportFile(kSmall));
        TestHttpServer server([&](const Request &) {
            Response resp = TestHttpServer::ok(body);
            resp.stallMs = 4000;
            resp.stallAfterBytes = 1000;
            return resp;
        });
        QVERIFY(server.listen());
        QTemporaryDir dir;
        HttpFetcher fetcher(&m_nam);
        QSignalSpy finished(&fetcher, &HttpFetcher::finished);
        int filesWhileStreaming = -2; // not seen
        // Cancel from inside the progress signal, once data is on disk.
        connect(&fetcher, &HttpFetcher::progress, this, [&](qint64 received, qint64) {
            if (received > 0 && fetcher.isRunning()) {
                filesWhileStreaming = openFilesIn(dir.path());
                fetcher.cancel();
                QCOMPARE(finished.count(), 1); // before cancel() returns
            }
        });
        QElapsedTimer clock;
        clock.start();
        QVERIFY(fetcher.start(request(server.url(QStringLiteral("/slow.json")), dir)));
        QVERIFY(finished.wait(3000));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        const auto res = finished.first().first().value<FetchResult>();
        QVERIFY2(res.outcome == Outcome::Canceled, outcomeName(res.outcome));
        QCOMPARE(res.bytes, qint64(1000));
        QVERIFY(res.filePath.isEmpty());
        checkStreamedToTempDir(filesWhileStreaming);
        QVERIFY(filesIn(dir.path()).isEmpty());
        QVERIFY(!fetcher.isRunning());
        // The connection is closed at once, not when the server ends its 4 s stall.
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 2000);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        fetcher.cancel(); // idle: nothing happens
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(server.totalRequests(), 1);
    }

    void cancelDuringBackoff()
    {
        TestHttpServer server([](const Request &) { return TestHttpServer::status(502); });
        QVERIFY(server.listen());
        QTemporaryDir dir;
        HttpFetcher fetcher(&m_nam);
        QSignalSpy finished(&fetcher, &HttpFetcher::finished);
        FetchRequest r = request(server.url(QStringLiteral("/x.json")), dir);
        r.backoffMs = 5000;
        QVERIFY(fetcher.start(r));
        QTRY_COMPARE_WITH_TIMEOUT(server.totalRequests(), 1, 3000);
        QTest::qWait(100); // the 502 is processed: waiting for the retry
        QVERIFY(fetcher.isRunning());
        QCOMPARE(finished.count(), 0);
        fetcher.cancel();
        QCOMPARE(finished.count(), 1);
        const auto res = finished.first().first().value<FetchResult>();
        QVERIFY(res.outcome == Outcome::Canceled);
        QCOMPARE(res.attempts, 1);
        QTest::qWait(200);
        QCOMPARE(server.totalRequests(), 1); // no retry after the cancel
        QCOMPARE(finished.count(), 1);
    }

    void invalidRequests()
    {
        QTemporaryDir dir;
        HttpFetcher fetcher(&m_nam);
        QSignalSpy finished(&fetcher, &HttpFetcher::finished);
        FetchRequest r = request(QUrl(QStringLiteral("ftp://127.0.0.1/x.json")), dir);
        QVERIFY(fetcher.start(r));
        QCOMPARE(finished.count(), 0); // reported later, not from inside start()
        QVERIFY(finished.wait(2000));
        auto res = finished.first().first().value<FetchResult>();
        QVERIFY(res.outcome == Outcome::Failed);
        QCOMPARE(res.error, QStringLiteral("\"ftp://127.0.0.1/x.json\" is not an http(s) URL"));
        QCOMPARE(res.attempts, 0);

        // A temporary directory that does not exist.
        const QByteArray body = TestHttpServer::loadFile(exportFile(kSmall));
        TestHttpServer server([&](const Request &) { return TestHttpServer::ok(body); });
        QVERIFY(server.listen());
        r = request(server.url(QStringLiteral("/x.json")), dir);
        r.tempDir = dir.filePath(QStringLiteral("missing/sub"));
        res = fetch(r);
        QVERIFY(res.outcome == Outcome::Failed);
        QVERIFY2(res.error.startsWith(QStringLiteral("cannot create a temporary file in ")),
                 qPrintable(res.error));
        QCOMPARE(res.attempts, 1);
        QVERIFY(filesIn(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpFetcher)
#include "tst_http_fetcher.moc"
