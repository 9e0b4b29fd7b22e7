// `kindred source add|list|remove` and `kindred sync` as a user runs them, against a real HTTP
// server on 127.0.0.1 started by this test and serving the shared Telegram export: one JSON
// object per source, exit status 1 when a source failed, secrets never on the command line.
#include "../core/TestHttpServer.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using kindred::test::TestHttpServer;
using Request = TestHttpServer::Request;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                objects.append(QJsonDocument::fromJson(line).object());
        return objects;
    }
};

/// Runs the CLI while this process's event loop keeps serving HTTP.
Run runCli(const QStringList &args, const QByteArray &stdinData = {},
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral(KINDRED_CLI_PATH));
    p.setArguments(args);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    p.start();
    p.write(stdinData);
    p.closeWriteChannel();
    loop.exec();
    Run r;
    if (p.state() == QProcess::NotRunning && p.exitStatus() == QProcess::NormalExit)
        r.exitCode = p.exitCode();
    else
        p.kill();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool keyringUnavailable(const QByteArray &err)
{
    return qEnvironmentVariable("KINDRED_NO_KEYRING") == QLatin1String("1") &&
           err.contains("keychain");
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private slots:
    void addSyncListRemove()
    {
        const QByteArray body = TestHttpServer::loadFile(
            QStringLiteral(KINDRED_EXPORTS_DIR "/telegram/chat-analytics__DM_2A_7M.json"));
        QVERIFY(!body.isEmpty());
        TestHttpServer server([&](const Request &r) {
            if (r.path == "/missing.json")
                return TestHttpServer::status(404);
            if (r.header("If-None-Match") == "\"1\"")
                return TestHttpServer::status(304);
            return TestHttpServer::ok(body).header("ETag", "\"1\"");
        });
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.kindred"));
        const QString url = server.url(QStringLiteral("/dm.json")).toString();

        Run r =
            runCli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("--workspace"),
                    ws, QStringLiteral("--name"), QStringLiteral("dm"), QStringLiteral("--url"),
                    url, QStringLiteral("--every"), QStringLiteral("15")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // A duplicate name and a URL that is not http(s) are refused with a message.
        r = runCli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("--workspace"),
                    ws, QStringLiteral("--name"), QStringLiteral("dm"), QStringLiteral("--url"),
                    url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("already"), r.err.constData());
        r = runCli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("--workspace"),
                    ws, QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--url"),
                    QStringLiteral("ftp://example.org/a.json")});
        QCOMPARE(r.exitCode, 1);

        r = runCli({QStringLiteral("sync"), QStringLiteral("--workspace"), ws});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QList<QJsonObject> lines = r.lines();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].value(QStringLiteral("source")).toString(), QStringLiteral("dm"));
        QCOMPARE(lines[0].value(QStringLiteral("status")).toString(), QStringLiteral("updated"));
        QCOMPARE(lines[0].value(QStringLiteral("http_status")).toInt(), 200);
        QCOMPARE(lines[0].value(QStringLiteral("bytes")).toInteger(), body.size());
        QCOMPARE(lines[0].value(QStringLiteral("messages_added")).toInt(), 6); // SOURCES.md
        QVERIFY(lines[0].value(QStringLiteral("error")).isNull());

        r = runCli({QStringLiteral("sync"), QStringLiteral("--workspace"), ws,
                    QStringLiteral("--source"), QStringLiteral("dm")});
        QCOMPARE(r.exitCode, 0);
        lines = r.lines();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].value(QStringLiteral("status")).toString(),
                 QStringLiteral("not_modified"));
        QCOMPARE(lines[0].value(QStringLiteral("http_status")).toInt(), 304);
        QCOMPARE(lines[0].value(QStringLiteral("messages_added")).toInt(), 0);

        // A failing source: its own line says why, the others still sync, exit status 1.
        r = runCli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("--workspace"),
                    ws, QStringLiteral("--name"), QStringLiteral("gone"), QStringLiteral("--url"),
                    server.url(QStringLiteral("/missing.json")).toString()});
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("sync"), QStringLiteral("--workspace"), ws});
        QCOMPARE(r.exitCode, 1);
        lines = r.lines();
        QCOMPARE(lines.size(), 2);
        QJsonObject gone, dm;
        for (const QJsonObject &o : lines)
            (o.value(QStringLiteral("source")).toString() == QLatin1String("gone") ? gone : dm) = o;
        QCOMPARE(gone.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(gone.value(QStringLiteral("http_status")).toInt(), 404);
        QVERIFY(gone.value(QStringLiteral("error")).toString().contains(QStringLiteral("404")));
        QCOMPARE(dm.value(QStringLiteral("status")).toString(), QStringLiteral("not_modified"));

        r = runCli({QStringLiteral("source"), QStringLiteral("list"), QStringLiteral("--workspace"),
                    ws, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        lines = r.lines();
        QCOMPARE(lines.size(), 2);
        const QJsonObject listed =
            lines[0].value(QStringLiteral("name")).toString() == QLatin1String("dm") ? lines[0]
                                                                                     : lines[1];
        QCOMPARE(listed.value(QStringLiteral("url")).toString(), url);
        QCOMPARE(listed.value(QStringLiteral("every_minutes")).toInt(), 15);
        QCOMPARE(listed.value(QStringLiteral("last_run"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("not_modified"));

        r = runCli({QStringLiteral("source"), QStringLiteral("remove"),
                    QStringLiteral("--workspace"), ws, QStringLiteral("--name"),
                    QStringLiteral("gone")});
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("sync"), QStringLiteral("--workspace"), ws});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().size(), 1);
    }

    void bearerSecretFromEnvironmentOrStdin()
    {
        const QByteArray body = TestHttpServer::loadFile(
            QStringLiteral(KINDRED_EXPORTS_DIR "/telegram/chat-analytics__DM_2A_7M.json"));
        TestHttpServer server([&](const Request &r) {
            if (r.header("Authorization") != "Bearer tok-" + r.path.mid(1, 1))
                return TestHttpServer::status(401);
            return TestHttpServer::ok(body);
        });
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.kindred"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KINDRED_TEST_TOKEN"), QStringLiteral("tok-e"));

        Run r =
            runCli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("--workspace"),
                    ws, QStringLiteral("--name"), QStringLiteral("env"), QStringLiteral("--url"),
                    server.url(QStringLiteral("/e.json")).toString(), QStringLiteral("--auth"),
                    QStringLiteral("bearer"), QStringLiteral("--secret-env"),
                    QStringLiteral("KINDRED_TEST_TOKEN")},
                   {}, env);
        if (keyringUnavailable(r.err))
            QSKIP(r.err.constData());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("--workspace"),
                    ws, QStringLiteral("--name"), QStringLiteral("stdin"), QStringLiteral("--url"),
                    server.url(QStringLiteral("/s.json")).toString(), QStringLiteral("--auth"),
                    QStringLiteral("bearer")},
                   "tok-s\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The secret is not in the workspace file.
        QFile f(ws);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QVERIFY(!raw.contains("tok-e"));
        QVERIFY(!raw.contains("tok-s"));
        f.close();

        r = runCli({QStringLiteral("sync"), QStringLiteral("--workspace"), ws});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QList<QJsonObject> lines = r.lines();
        QCOMPARE(lines.size(), 2);
        int added = 0;
        for (const QJsonObject &o : lines) {
            QCOMPARE(o.value(QStringLiteral("http_status")).toInt(), 200);
            added += o.value(QStringLiteral("messages_added")).toInt();
        }
        QCOMPARE(added, 6); // the same export behind two tokens: imported once

        // Removing the sources removes their secrets from the keychain too.
        for (const QString &name : {QStringLiteral("env"), QStringLiteral("stdin")}) {
            r = runCli({QStringLiteral("source"), QStringLiteral("remove"),
                        QStringLiteral("--workspace"), ws, QStringLiteral("--name"), name});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(r.err.isEmpty(), r.err.constData());
        }
        // An empty secret is refused.
        r = runCli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("--workspace"),
                    ws, QStringLiteral("--name"), QStringLiteral("empty"), QStringLiteral("--url"),
                    server.url(QStringLiteral("/e.json")).toString(), QStringLiteral("--auth"),
                    QStringLiteral("bearer")},
                   "\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("empty"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
