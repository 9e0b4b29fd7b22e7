#include "sync/HttpFetcher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTemporaryFile>

namespace kindred {

namespace {

constexpr qint64 kMaxBackoffMs = 5 * 60 * 1000;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool isHttpScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

/// "json" for ".../export.json" (short alphanumeric suffixes only, to name the temporary file).
QString urlSuffix(const QUrl &url)
{
    const QString suffix = QFileInfo(url.path()).suffix();
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9]{1,8}$"));
    return plain.match(suffix).hasMatch() ? suffix : QString();
}

QString fileNameFrom(QNetworkReply *reply, const QUrl &url)
{
    const QString disposition =
        QString::fromUtf8(reply->rawHeader(QByteArrayLiteral("Content-Disposition")));
    static const QRegularExpression quoted(QStringLiteral("filename\\s*=\\s*\"([^\"]+)\""),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression token(QStringLiteral("filename\\s*=\\s*([^;\\s]+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    QString name;
    QRegularExpressionMatch m = quoted.match(disposition);
    if (m.hasMatch()) {
        name = m.captured(1);
    } else if (m = token.match(disposition); m.hasMatch()) {
        name = m.captured(1);
    }
    if (name.isEmpty())
        name = url.fileName();
    // Only a plain name: never a path the caller might join with a directory.
    return QFileInfo(name).fileName();
}

QString statusText(int status, const QString &reason)
{
    return reason.isEmpty() ? QString::number(status) : QString::number(status) + u' ' + reason;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

/// Network-level failures worth another attempt (no HTTP answer, or the connection broke).
bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

} // namespace

HttpFetcher::HttpFetcher(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    qRegisterMetaType<kindred::FetchResult>();
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // never early: the backoff is a lower bound
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpFetcher::startAttempt);
}

HttpFetcher::~HttpFetcher()
{
    m_retryTimer.stop();
    dropReply();
    discardFile();
    forgetIgnoredSslErrors();
}

QString HttpFetcher::normalizeSha256(const QString &hex)
{
    QString out;
    out.reserve(64);
    for (const QChar c : hex) {
        if (c == u':' || c.isSpace())
            continue;
        const QChar l = c.toLower();
        if (!((l >= u'0' && l <= u'9') || (l >= u'a' && l <= u'f')))
            return {};
        out += l;
    }
    return out.size() == 64 ? out : QString();
}

bool HttpFetcher::start(const FetchRequest &request)
{
    if (m_running)
        return false;
    m_request = request;
    m_result = FetchResult();
    m_result.finalUrl = request.url.toString();
    m_running = true;
    const quint64 generation = ++m_generation;

    QString problem;
    if (!m_nam) {
        problem = tr("no network access manager");
    } else if (!request.url.isValid() || !isHttpScheme(request.url) ||
               request.url.host().isEmpty()) {
        problem = tr("\"%1\" is not an http(s) URL").arg(request.url.toString());
    } else if (!request.expectedSha256.isEmpty() &&
               normalizeSha256(request.expectedSha256).isEmpty()) {
        problem =
            tr("the expected SHA-256 \"%1\" is not 64 hex digits").arg(request.expectedSha256);
    } else if (!request.trustedCertSha256.isEmpty() &&
               normalizeSha256(request.trustedCertSha256).isEmpty()) {
        problem = tr("the trusted certificate's SHA-256 \"%1\" is not 64 hex digits")
                      .arg(request.trustedCertSha256);
    }
    m_expectedSha256 = normalizeSha256(request.expectedSha256);
    m_trustedSha256 = normalizeSha256(request.trustedCertSha256);
    if (m_request.tempDir.isEmpty())
        m_request.tempDir = QDir::tempPath();
    if (m_request.maxAttempts < 1)
        m_request.maxAttempts = 1;
    if (m_request.maxRedirects < 0)
        m_request.maxRedirects = 0;

    // Never call back from inside start(): the caller may connect after it.
    QMetaObject::invokeMethod(
        this,
        [this, generation, problem] {
            if (!m_running || generation != m_generation)
                return;
            if (!problem.isEmpty()) {
                m_result.error = problem;
                finish(FetchResult::Outcome::Failed);
                return;
            }
            startAttempt();
        },
        Qt::QueuedConnection);
    return true;
}

void HttpFetcher::cancel()
{
    if (!m_running)
        return;
    m_retryTimer.stop();
    dropReply();
    discardFile();
    m_result.error = tr("canceled");
    finish(FetchResult::Outcome::Canceled);
}

FetchResult HttpFetcher::fetchBlocking(QNetworkAccessManager *nam, const FetchRequest &request)
{
    HttpFetcher fetcher(nam);
    FetchResult result;
    QEventLoop loop;
    connect(&fetcher, &HttpFetcher::finished, &loop, [&](const FetchResult &r) {
        result = r;
        loop.quit();
    });
    if (fetcher.start(request))
        loop.exec();
    return result;
}

void HttpFetcher::startAttempt()
{
    ++m_result.attempts;
    m_redirects = 0;
    m_visited.clear();
    sendRequest(m_request.url);
}

void HttpFetcher::sendRequest(const QUrl &url)
{
    discardFile();
    m_currentUrl = url;
    m_visited.append(url);
    m_headersSeen = false;
    m_bodyWanted = false;
    m_expectedLength = -1;
    m_hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    m_result.finalUrl = url.toString();
    m_result.httpStatus = 0;
    m_result.bytes = 0;
    m_result.sha256.clear();
    m_result.etag.clear();
    m_result.lastModified.clear();
    m_result.contentType.clear();
    m_result.fileName.clear();
    m_result.untrustedCertSha256.clear();
    m_result.untrustedCertSubject.clear();

    QNetworkRequest req(url);
    // Redirects are followed by hand: Qt 6.4 keeps the Authorization header on a redirect to
    // another host, and the chain is needed for the error messages.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (m_request.timeoutMs > 0)
        req.setTransferTimeout(m_request.timeoutMs);
    // No Accept-Encoding here: Qt then asks for gzip/deflate itself and decodes the body.
    const QString version = QCoreApplication::applicationVersion();
    req.setHeader(QNetworkRequest::UserAgentHeader, version.isEmpty()
                                                        ? QStringLiteral("Kindred")
                                                        : QStringLiteral("Kindred/") + version);
    if (!m_request.authorization.isEmpty() && sameOrigin(url, m_request.url))
        req.setRawHeader(QByteArrayLiteral("Authorization"), m_request.authorization);
    if (!m_request.etag.isEmpty())
        req.setRawHeader(QByteArrayLiteral("If-None-Match"), m_request.etag.toUtf8());
    if (!m_request.lastModified.isEmpty())
        req.setRawHeader(QByteArrayLiteral("If-Modified-Since"), m_request.lastModified.toUtf8());

    QNetworkReply *reply = m_nam->get(req);
    // Bounded buffering: Qt's network thread stops reading the socket while 8 MiB wait for
    // this thread, so a fast server cannot pile the whole body up in memory.
    reply->setReadBufferSize(8 * 1024 * 1024);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaData(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void HttpFetcher::onMetaData(QNetworkReply *reply)
{
    if (reply != m_reply || m_headersSeen)
        return;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttr.isValid())
        return; // no HTTP answer yet
    m_headersSeen = true;
    const int status = statusAttr.toInt();
    m_result.httpStatus = status;
    if (status != 200)
        return;

    m_bodyWanted = true;
    m_result.etag = QString::fromUtf8(reply->rawHeader(QByteArrayLiteral("ETag")));
    m_result.lastModified = QString::fromUtf8(reply->rawHeader(QByteArrayLiteral("Last-Modified")));
    m_result.contentType = QString::fromUtf8(reply->rawHeader(QByteArrayLiteral("Content-Type")));
    m_result.fileName = fileNameFrom(reply, m_currentUrl);
    // Qt drops Content-Length when it decodes gzip/deflate; a Content-Length of an encoded body
    // would count the encoded bytes, so only an unencoded one is checked.
    const QByteArray encoding =
        reply->rawHeader(QByteArrayLiteral("Content-Encoding")).trimmed().toLower();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && (encoding.isEmpty() || encoding == "identity"))
        m_expectedLength = length.toLongLong();
    if (m_expectedLength > m_request.maxBytes) {
        abortWith(tr("the file is %1 bytes, more than the limit of %2 bytes")
                      .arg(m_expectedLength)
                      .arg(m_request.maxBytes));
        return;
    }

    const QString suffix = urlSuffix(m_currentUrl);
    m_file = std::make_unique<QTemporaryFile>(
        QDir(m_request.tempDir)
            .filePath(QStringLiteral("kindred-fetch-XXXXXX") +
                      (suffix.isEmpty() ? QString() : QStringLiteral(".") + suffix)));
    if (!m_file->open()) {
        const QString why = m_file->errorString();
        m_file.reset();
        abortWith(tr("cannot create a temporary file in %1: %2").arg(m_request.tempDir, why));
        return;
    }
    emit progress(0, m_expectedLength);
}

void HttpFetcher::onReadyRead(QNetworkReply *reply)
{
    if (reply != m_reply)
        return;
    if (!m_headersSeen)
        onMetaData(reply);
    if (reply != m_reply)
        return;
    const QByteArray data = reply->readAll();
    if (!m_bodyWanted || data.isEmpty())
        return; // the body of an error or redirect answer: not kept
    if (m_result.bytes + data.size() > m_request.maxBytes) {
        abortWith(tr("the file is larger than the limit of %1 bytes").arg(m_request.maxBytes));
        return;
    }
    if (m_file->write(data) != data.size()) {
        abortWith(tr("cannot write the download to %1: %2")
                      .arg(m_file->fileName(), m_file->errorString()));
        return;
    }
    m_hash->addData(data);
    m_result.bytes += data.size();
    emit progress(m_result.bytes, m_expectedLength);
}

void HttpFetcher::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    if (reply != m_reply || errors.isEmpty())
        return;
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (peer.isNull())
        peer = errors.first().certificate();
    const QString fingerprint =
        QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex());
    const QString subject = peer.subjectDisplayName();

    if (!peer.isNull() && !m_trustedSha256.isEmpty() && fingerprint == m_trustedSha256) {
        // Ignore exactly the errors about the trusted certificate, nothing else.
        QList<QSslError> aboutPeer;
        QStringList other;
        for (const QSslError &e : errors) {
            if (e.certificate() == peer)
                aboutPeer.append(e);
            else
                other.append(e.errorString());
        }
        if (other.isEmpty()) {
            reply->ignoreSslErrors(aboutPeer);
            m_ignoredSslErrors = true;
            return;
        }
        // Abort at once: nothing (no Authorization header) is sent on this connection.
        abortWith(tr("the trusted certificate %1 is refused: %2")
                      .arg(subject, other.join(QStringLiteral("; "))));
        return;
    }
    QStringList reasons;
    for (const QSslError &e : errors)
        reasons.append(e.errorString());
    m_result.untrustedCertSha256 = fingerprint;
    m_result.untrustedCertSubject = subject;
    abortWith(tr("certificate not trusted: %1, SHA-256 %2 (%3)")
                  .arg(subject, fingerprint, reasons.join(QStringLiteral("; "))));
}

void HttpFetcher::onFinished(QNetworkReply *reply)
{
    if (reply != m_reply)
        return;
    if (reply->isOpen() && reply->bytesAvailable() > 0)
        onReadyRead(reply);
    if (reply != m_reply)
        return; // onReadyRead gave up on it
    if (!m_headersSeen)
        onMetaData(reply);
    if (reply != m_reply)
        return;

    const QNetworkReply::NetworkError error = reply->error();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    m_result.httpStatus = status;

    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        // cancel() and abortWith() disconnect first: here it is the transfer timeout.
        dropReply();
        fail(timeoutText(), true);
        return;
    }
    if (status == 0) {
        QString text;
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            text = tr("the connection to %1 was refused").arg(m_currentUrl.authority());
            break;
        case QNetworkReply::HostNotFoundError:
            text = tr("the host %1 was not found").arg(m_currentUrl.host());
            break;
        case QNetworkReply::RemoteHostClosedError:
            text = tr("%1 closed the connection without answering").arg(m_currentUrl.authority());
            break;
        case QNetworkReply::SslHandshakeFailedError:
            text = tr("the TLS handshake with %1 failed: %2")
                       .arg(m_currentUrl.authority(), reply->errorString());
            break;
        default:
            text = tr("network error: %1").arg(reply->errorString());
            break;
        }
        const bool retryable = isRetryableNetworkError(error);
        dropReply();
        fail(text, retryable);
        return;
    }
    if (isRedirect(status)) {
        followRedirect(reply, status);
        return;
    }
    if (status == 304) {
        const bool conditional = !m_request.etag.isEmpty() || !m_request.lastModified.isEmpty();
        dropReply();
        if (!conditional) {
            fail(tr("the server answered 304 Not Modified to a request without validators"), false);
            return;
        }
        m_result.error.clear();
        finish(FetchResult::Outcome::NotModified);
        return;
    }
    if (status == 200) {
        const qint64 received = m_result.bytes;
        if (m_expectedLength >= 0 && received != m_expectedLength) {
            dropReply();
            fail(tr("the download is incomplete: %1 of %2 bytes (Content-Length)")
                     .arg(received)
                     .arg(m_expectedLength),
                 false);
            return;
        }
        if (error != QNetworkReply::NoError) {
            const QString text = tr("the connection broke after %1 bytes: %2")
                                     .arg(received)
                                     .arg(reply->errorString());
            const bool retryable = isRetryableNetworkError(error);
            dropReply();
            fail(text, retryable);
            return;
        }
        dropReply();
        if (!m_file || !m_file->flush()) {
            fail(tr("cannot write the download to %1")
                     .arg(m_file ? m_file->fileName() : m_request.tempDir),
                 false);
            return;
        }
        const QString sha = QString::fromLatin1(m_hash->result().toHex());
        m_result.sha256 = sha;
        if (!m_expectedSha256.isEmpty() && sha != m_expectedSha256) {
            fail(tr("the file's SHA-256 is %1, the manifest says %2").arg(sha, m_expectedSha256),
                 false);
            return;
        }
        m_file->setAutoRemove(false);
        m_file->close();
        m_result.filePath = m_file->fileName();
        m_file.reset();
        m_result.error.clear();
        finish(FetchResult::Outcome::Downloaded);
        return;
    }

    QString text;
    if (status == 401)
        text = tr("%1: check the token").arg(statusText(status, reason));
    else if (status == 403)
        text = tr("%1: check the token and its access rights").arg(statusText(status, reason));
    else if (status == 407)
        text = tr("%1: check the proxy settings").arg(statusText(status, reason));
    else
        text = tr("the server answered %1").arg(statusText(status, reason));
    dropReply();
    fail(text, status >= 500 && status <= 599);
}

void HttpFetcher::followRedirect(QNetworkReply *reply, int status)
{
    const QByteArray location = reply->rawHeader(QByteArrayLiteral("Location")).trimmed();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    dropReply();
    if (location.isEmpty()) {
        fail(tr("the server answered %1 without a Location").arg(statusText(status, reason)),
             false);
        return;
    }
    QUrl next = m_currentUrl.resolved(QUrl::fromEncoded(location));
    next.setFragment(QString());
    if (!next.isValid() || !isHttpScheme(next)) {
        fail(tr("the server redirected to \"%1\", which is not an http(s) URL")
                 .arg(QString::fromUtf8(location)),
             false);
        return;
    }
    if (m_currentUrl.scheme().toLower() == QLatin1String("https") &&
        next.scheme().toLower() == QLatin1String("http")) {
        fail(tr("refused a redirect from https to http (%1)").arg(next.toString()), false);
        return;
    }
    if (m_redirects >= m_request.maxRedirects) {
        const bool loop = m_visited.contains(next);
        fail(loop ? tr("redirect loop: more than %1 redirects, back to %2")
                        .arg(m_request.maxRedirects)
                        .arg(next.toString())
                  : tr("too many redirects: more than %1, the last to %2")
                        .arg(m_request.maxRedirects)
                        .arg(next.toString()),
             false);
        return;
    }
    ++m_redirects;
    sendRequest(next);
}

void HttpFetcher::abortWith(const QString &error)
{
    dropReply();
    fail(error, false);
}

void HttpFetcher::fail(const QString &error, bool retryable)
{
    discardFile();
    m_result.error = error;
    if (retryable && m_result.attempts < m_request.maxAttempts) {
        qint64 delay = qMax(0, m_request.backoffMs);
        for (int i = 1; i < m_result.attempts && delay < kMaxBackoffMs; ++i)
            delay *= 2;
        m_retryTimer.start(int(qMin(delay, kMaxBackoffMs)));
        return;
    }
    finish(FetchResult::Outcome::Failed);
}

void HttpFetcher::forgetIgnoredSslErrors()
{
    // Qt 6.4 keeps the ignored errors on the cached connection to the host, so that a later
    // request there (by any fetch, trusted or not) would skip them too: drop that connection.
    if (m_ignoredSslErrors && m_nam)
        m_nam->clearConnectionCache();
    m_ignoredSslErrors = false;
}

void HttpFetcher::finish(FetchResult::Outcome outcome)
{
    m_retryTimer.stop();
    forgetIgnoredSslErrors();
    m_running = false;
    ++m_generation;
    m_result.outcome = outcome;
    const FetchResult result = m_result; // a slot may start the next fetch
    emit finished(result);
}

void HttpFetcher::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort(); // no-op when it has finished
    reply->deleteLater();
}

void HttpFetcher::discardFile()
{
    if (!m_file)
        return;
    m_file->close();
    m_file->remove();
    m_file.reset();
}

QString HttpFetcher::timeoutText() const
{
    const int ms = m_request.timeoutMs;
    const QString seconds =
        ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(double(ms) / 1000.0, 'g', 3);
    return tr("timed out after %1 s without data").arg(seconds);
}

} // namespace kindred
