#pragma once
// A small scriptable HTTP/1.1 server on 127.0.0.1 (random port) for the sync tests, plain
// (QTcpServer) or HTTPS (QSslServer with a certificate from tests/data/tls). One request per
// connection (every answer carries "Connection: close"); a handler decides each answer, and the
// answer can misbehave on purpose: a Content-Length that is not the body's, a delay before the
// answer, a stall in the middle of the body, or no answer at all. The server counts and keeps
// every request (path, headers, arrival time) so that tests can assert what the client sent.
// Header-only and without Q_OBJECT: everything is wired with lambdas on Qt's own signals.

#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace kindred::test {

class TestHttpServer
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// One request as the server received it.
    struct Request
    {
        QByteArray method;     ///< "GET"
        QByteArray path;       ///< the request target as sent, e.g. "/a/b.json?x=1"
        QByteArray version;    ///< "HTTP/1.1"
        Headers headers;       ///< in the order received, names as sent
        QByteArray body;       ///< when the request declared a Content-Length
        qint64 receivedMs = 0; ///< server clock (ms since the server was created)

        /// The value of header `name` (case-insensitive); "" when absent.
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            }
            return {};
        }
        bool hasHeader(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        }
    };

    /// One answer. Content-Length (unless given in `headers` or switched off) and
    /// "Connection: close" are added by the server.
    struct Response
    {
        int status = 200;
        QByteArray reason; ///< "" = the standard phrase of `status`
        Headers headers;
        QByteArray body;
        qint64 declaredLength = -1;    ///< >= 0: send this Content-Length instead of body.size()
        bool sendContentLength = true; ///< false: no Content-Length, the body ends at close
        int delayMs = 0;               ///< wait this long before sending anything
        int stallMs = 0;               ///< > 0: send headers + stallAfterBytes, wait, then the rest
        qint64 stallAfterBytes = 0;    ///< body bytes sent before the stall
        bool closeWithoutResponse = false; ///< read the request, then close the connection

        Response &header(const QByteArray &name, const QByteArray &value)
        {
            headers.append({name, value});
            return *this;
        }
    };

    using Handler = std::function<Response(const Request &)>;

    explicit TestHttpServer(Handler handler = {}) : m_handler(std::move(handler))
    {
        m_clock.start();
    }
    ~TestHttpServer() { m_server.reset(); } // sockets first: their lambdas use the members
    TestHttpServer(const TestHttpServer &) = delete;
    TestHttpServer &operator=(const TestHttpServer &) = delete;

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    /// Listens for plain HTTP on 127.0.0.1 on a free port; false when that fails.
    bool listen()
    {
        m_server = std::make_unique<QTcpServer>();
        m_tls = false;
        return start();
    }

    /// Listens for HTTPS with the PEM certificate and (unencrypted) PEM key at the given paths.
    /// False with `error` set when the files cannot be read or TLS is not available.
    bool listenTls(const QString &certPath, const QString &keyPath, QString *error = nullptr)
    {
        auto fail = [error](const QString &why) {
            if (error)
                *error = why;
            return false;
        };
        if (!QSslSocket::supportsSsl())
            return fail(QStringLiteral("TLS is not available (no OpenSSL backend)"));
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(certPath);
        if (certs.isEmpty())
            return fail(QStringLiteral("no certificate in ") + certPath);
        QFile keyFile(keyPath);
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read ") + keyPath);
        QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
        if (key.isNull()) {
            keyFile.seek(0);
            key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
        }
        if (key.isNull())
            return fail(QStringLiteral("no EC or RSA key in ") + keyPath);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certs.first());
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(config);
        // A client that refuses the certificate ends the handshake: count it.
        QObject::connect(server.get(), &QSslServer::errorOccurred, server.get(),
                         [this](QSslSocket *socket, QAbstractSocket::SocketError) {
                             ++m_tlsFailures;
                             socket->deleteLater();
                         });
        m_server = std::move(server);
        m_tls = true;
        if (!start())
            return fail(QStringLiteral("cannot listen: ") + m_server->errorString());
        return true;
    }

    quint16 port() const { return m_server ? m_server->serverPort() : 0; }

    /// "http(s)://127.0.0.1:<port><path>"; `path` starts with "/".
    QUrl url(const QString &path = QStringLiteral("/")) const
    {
        return QUrl((m_tls ? QStringLiteral("https") : QStringLiteral("http")) +
                    QStringLiteral("://127.0.0.1:") + QString::number(port()) + path);
    }

    /// Requests received for `path` (the target without its query), since the last reset().
    int requestCount(const QByteArray &path) const { return m_counts.value(path); }
    int totalRequests() const { return int(m_requests.size()); }
    /// Every request since the last reset(), in arrival order.
    QList<Request> requests() const { return m_requests; }
    QList<Request> requests(const QByteArray &path) const
    {
        QList<Request> out;
        for (const Request &r : m_requests) {
            if (stripQuery(r.path) == path)
                out.append(r);
        }
        return out;
    }
    /// TLS handshakes that failed (e.g. the client refused the certificate).
    int tlsFailures() const { return m_tlsFailures; }
    /// Connections currently open (a finished answer closes its connection).
    int openConnections() const
    {
        int n = 0;
        for (const auto &s : m_sockets) {
            if (s && s->state() != QAbstractSocket::UnconnectedState)
                ++n;
        }
        return n;
    }
    void reset()
    {
        m_counts.clear();
        m_requests.clear();
        m_tlsFailures = 0;
    }

    // --- helpers for handlers -------------------------------------------------------------

    /// The contents of a file ("" when it cannot be read).
    static QByteArray loadFile(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

    /// A 200 answer with `body` and Content-Type `contentType`.
    static Response ok(const QByteArray &body,
                       const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        Response r;
        r.body = body;
        r.header("Content-Type", contentType);
        return r;
    }

    /// A 200 answer with the contents of a file, or 500 when it cannot be read.
    static Response file(const QString &path,
                         const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            Response r;
            r.status = 500;
            r.body = "cannot read " + path.toUtf8();
            return r;
        }
        return ok(f.readAll(), contentType);
    }

    static Response status(int code, const QByteArray &body = {})
    {
        Response r;
        r.status = code;
        r.body = body;
        return r;
    }

    static Response redirect(int code, const QByteArray &location)
    {
        Response r;
        r.status = code;
        r.header("Location", location);
        return r;
    }

    /// `data` as a gzip member (RFC 1952): qCompress's deflate stream in a gzip frame.
    static QByteArray gzip(const QByteArray &data)
    {
        // qCompress: 4-byte big-endian length, 2-byte zlib header, deflate data, 4-byte adler32.
        const QByteArray z = qCompress(data, 9);
        const QByteArray deflate = z.mid(6, z.size() - 6 - 4);
        QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
        out += deflate;
        auto appendLe32 = [&out](quint32 v) {
            for (int i = 0; i < 4; ++i)
                out.append(char((v >> (8 * i)) & 0xff));
        };
        appendLe32(crc32(data));
        appendLe32(quint32(data.size()));
        return out;
    }

    static QByteArray sha256Hex(const QByteArray &data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    }

    static QByteArray reasonPhrase(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 206:
            return "Partial Content";
        case 301:
            return "Moved Permanently";
        case 302:
            return "Found";
        case 303:
            return "See Other";
        case 304:
            return "Not Modified";
        case 307:
            return "Temporary Redirect";
        case 308:
            return "Permanent Redirect";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 502:
            return "Bad Gateway";
        case 503:
            return "Service Unavailable";
        case 504:
            return "Gateway Timeout";
        default:
            return "Status";
        }
    }

private:
    static QByteArray stripQuery(const QByteArray &target)
    {
        const qsizetype q = target.indexOf('?');
        return q < 0 ? target : target.left(q);
    }

    static quint32 crc32(const QByteArray &data)
    {
        quint32 crc = 0xffffffffu;
        for (const char c : data) {
            crc ^= quint8(c);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    }

    bool start()
    {
        QTcpServer *server = m_server.get();
        // Not newConnection: QSslServer (6.4) emits it before the handshake, when there is no
        // pending connection yet; pendingConnectionAvailable follows the encrypted() socket.
        QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server, [this, server] {
            while (QTcpSocket *socket = server->nextPendingConnection())
                accept(socket);
        });
        return server->listen(QHostAddress::LocalHost, 0);
    }

    void accept(QTcpSocket *socket)
    {
        m_sockets.append(QPointer<QTcpSocket>(socket));
        QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        auto done = std::make_shared<bool>(false);
        auto onData = [this, socket, buffer, done] {
            if (*done)
                return;
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            request.version = first.value(2);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    request.headers.append(
                        {line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            const qint64 bodyLength = request.header("Content-Length").toLongLong();
            if (buffer->size() - (end + 4) < bodyLength)
                return; // wait for the rest of the request body
            request.body = buffer->mid(end + 4, bodyLength);
            *done = true;
            request.receivedMs = m_clock.elapsed();
            m_requests.append(request);
            ++m_counts[stripQuery(request.path)];
            Response response = m_handler ? m_handler(request) : status(404);
            if (response.delayMs > 0) {
                QTimer::singleShot(response.delayMs, socket,
                                   [socket, response] { respond(socket, response); });
            } else {
                respond(socket, response);
            }
        };
        QObject::connect(socket, &QIODevice::readyRead, socket, onData);
        // A TLS socket arrives after its handshake: the request may already be buffered.
        if (socket->bytesAvailable() > 0)
            QTimer::singleShot(0, socket, onData);
    }

    static void respond(QTcpSocket *socket, const Response &r)
    {
        if (r.closeWithoutResponse) {
            socket->disconnectFromHost();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' +
                          (r.reason.isEmpty() ? reasonPhrase(r.status) : r.reason) + "\r\n";
        bool hasLength = false;
        for (const auto &h : r.headers) {
            head += h.first + ": " + h.second + "\r\n";
            if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
                hasLength = true;
        }
        if (!hasLength && r.sendContentLength) {
            const qint64 length = r.declaredLength >= 0 ? r.declaredLength : r.body.size();
            head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        }
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        if (r.stallMs > 0) {
            socket->write(r.body.left(r.stallAfterBytes));
            socket->flush();
            const QByteArray rest = r.body.mid(r.stallAfterBytes);
            QTimer::singleShot(r.stallMs, socket, [socket, rest] {
                socket->write(rest);
                socket->disconnectFromHost();
            });
            return;
        }
        socket->write(r.body);
        socket->disconnectFromHost(); // sends what is pending, then closes
    }

    Handler m_handler;
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QElapsedTimer m_clock;
    QHash<QByteArray, int> m_counts;
    QList<Request> m_requests;
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_tlsFailures = 0;
};

} // namespace kindred::test
