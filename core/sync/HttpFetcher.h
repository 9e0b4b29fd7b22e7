#pragma once
// Downloads one URL for a sync (issue "Sync with chat-group exports over HTTP"): a GET with an
// optional Authorization header and validators (a 304 costs nothing), gzip decoded by Qt,
// redirects followed up to a limit (the Authorization header is not sent to another origin, and
// https never redirects to http), a transfer timeout, retries with exponential backoff on 5xx and
// network errors, a size limit, and TLS errors refused unless the server's certificate is
// exactly the one the user trusts. The body is streamed into a temporary file and hashed while it
// arrives; it is handed over only once verified (length == Content-Length, SHA-256 as expected),
// otherwise the file is removed.

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;
class QTemporaryFile;
class QCryptographicHash;

namespace kindred {

/// What to fetch and how. Only `url` is required.
struct FetchRequest
{
    QUrl url; ///< http or https
    /// The full "Authorization" header value ("Bearer x", "Basic ..."); empty = none. Sent to the
    /// origin (scheme, host, port) of `url` only, never to another origin a redirect leads to.
    QByteArray authorization;
    QString etag; ///< sent as If-None-Match when not empty (the value as the server sent it)
    QString lastModified; ///< sent as If-Modified-Since when not empty
    /// Hex SHA-256 of the body (":" and case ignored); when set, a body with another hash fails.
    QString expectedSha256;
    qint64 maxBytes = 2LL * 1024 * 1024 * 1024; ///< a larger Content-Length or body fails
    int timeoutMs = 30000; ///< no progress for this long = timeout (<= 0: no timeout)
    int maxRedirects = 5;
    /// 1 + retries. Retried: 5xx answers, network errors, timeouts. Never retried: other
    /// answers (4xx ...), TLS errors, a size limit, an incomplete body or a SHA-256 mismatch.
    int maxAttempts = 4;
    int backoffMs = 500; ///< delay before the first retry, doubled for each further retry
    /// Hex SHA-256 of the DER certificate the user trusts explicitly (":" and case ignored):
    /// the TLS errors about exactly that peer certificate are ignored, no others.
    QString trustedCertSha256;
    QString tempDir; ///< directory for the downloaded body; "" = QDir::tempPath()
};

/// How a fetch ended.
struct FetchResult
{
    enum class Outcome
    {
        Downloaded,  ///< `filePath` holds the verified body
        NotModified, ///< 304 to a conditional request: no body, no file
        Failed,      ///< `error` says why; no file is left behind
        Canceled     ///< cancel() was called; no file is left behind
    };
    Outcome outcome = Outcome::Failed;
    int httpStatus = 0; ///< of the last response, 0 when none
    qint64 bytes = 0;   ///< body bytes received (after gzip decoding) in the final attempt
    QString filePath;   ///< Downloaded: the verified body on disk; the CALLER deletes it
    QString sha256;     ///< lowercase hex of the body (Downloaded)
    QString etag, lastModified, contentType; ///< response headers of a 200
    /// The file name the server suggests: Content-Disposition's filename, else the last segment
    /// of `finalUrl`'s path ("" when neither has one). Handy to detect the format.
    QString fileName;
    QString finalUrl; ///< the URL of the last request, after redirects
    int attempts = 0; ///< requests chains started (1 + retries); redirects do not count
    /// User-readable, e.g. "401 Unauthorized: check the token", "certificate not trusted:
    /// <subject>, SHA-256 <fingerprint>", "timed out after 30 s without data", "the download is
    /// incomplete: 1000 of 2000 bytes (Content-Length)", "the server answered 404 Not Found".
    QString error;
    /// Set when TLS failed because the server's certificate is not trusted: its SHA-256
    /// (lowercase hex of the DER) and subject, which the UI can offer to trust.
    QString untrustedCertSha256;
    QString untrustedCertSubject;
};

/// Runs one fetch at a time on the thread of `nam` (the manager is not owned). Signals are
/// emitted on that thread. After a fetch that ignored the errors of a trusted certificate, the
/// manager's idle connections are dropped (QNetworkAccessManager::clearConnectionCache()): Qt 6.4
/// keeps ignored TLS errors on its cached connection to the host, which would otherwise let a
/// later request through without the trust. Two fetches running at the same time on one manager,
/// one trusting a certificate and one not, are not kept apart: give a trusting fetch its own
/// manager if that matters.
class HttpFetcher : public QObject
{
    Q_OBJECT
public:
    explicit HttpFetcher(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HttpFetcher() override; ///< a running fetch is aborted silently, its file removed

    /// Starts fetching; finished() follows exactly once (never from inside start()). Returns
    /// false and does nothing while a fetch is running.
    bool start(const FetchRequest &request);
    /// Aborts the running fetch (or its wait before a retry) and removes its temporary file;
    /// finished(Canceled) is emitted before cancel() returns. Nothing happens when idle.
    void cancel();
    bool isRunning() const { return m_running; }

    /// Fetches in a local QEventLoop and returns the result (for the CLI and tests).
    static FetchResult fetchBlocking(QNetworkAccessManager *nam, const FetchRequest &request);

    /// Lowercase hex without separators: "AB:cd ..." -> "abcd..."; "" when not 64 hex digits.
    static QString normalizeSha256(const QString &hex);

signals:
    /// Body bytes received in the current attempt; total is -1 when unknown (e.g. gzip).
    void progress(qint64 received, qint64 total);
    /// Exactly once per successful start(); the fetcher is idle again when it is emitted.
    void finished(const kindred::FetchResult &result);

private:
    void startAttempt();
    void sendRequest(const QUrl &url);
    void onMetaData(QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void onFinished(QNetworkReply *reply);
    void followRedirect(QNetworkReply *reply, int status);
    /// Aborts the current reply without going through onFinished(), then fail().
    void abortWith(const QString &error);
    /// Ends the attempt: retries later when `retryable` and attempts are left, else finished().
    void fail(const QString &error, bool retryable);
    void finish(FetchResult::Outcome outcome);
    void dropReply();
    void forgetIgnoredSslErrors();
    void discardFile();
    QString timeoutText() const;

    QPointer<QNetworkAccessManager> m_nam; ///< not owned
    FetchRequest m_request;
    FetchResult m_result;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QTemporaryFile> m_file;
    std::unique_ptr<QCryptographicHash> m_hash;
    QTimer m_retryTimer;
    QString m_expectedSha256; ///< normalized
    QString m_trustedSha256;  ///< normalized
    QUrl m_currentUrl;
    QList<QUrl> m_visited; ///< the redirect chain of the current attempt
    int m_redirects = 0;
    bool m_headersSeen = false;      ///< of the current reply
    bool m_bodyWanted = false;       ///< the current reply is a 200 whose body is the download
    qint64 m_expectedLength = -1;    ///< Content-Length of the body to verify; -1 when none/encoded
    bool m_ignoredSslErrors = false; ///< a trusted certificate's errors were ignored
    bool m_running = false;
    quint64 m_generation = 0; ///< guards queued calls against a later fetch
};

} // namespace kindred

Q_DECLARE_METATYPE(kindred::FetchResult)
