// The kindred command line on the real exports of ../shared/data/exports: what each file's
// origin states (authors, messages, timestamps) must come out of `import` and `stats --json`.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"

namespace {
QString exportFile(const QString &rel)
{
    return QStringLiteral(KINDRED_EXPORTS_DIR "/") + rel;
}

using Run = kindred::test::CliRun;

using kindred::test::runKindred;

QJsonObject lastJson(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void importThenStats_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("messages");
        QTest::addColumn<int>("channels");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        auto tg = [](const char *f) {
            return QStringList{exportFile(QStringLiteral("telegram/") + QLatin1String(f))};
        };
        auto wa = [](const char *f) {
            return QStringList{exportFile(QStringLiteral("whatsapp/") + QLatin1String(f))};
        };
        // Oracles from SOURCES.md (origin test suites); counts without an oracle were read
        // with python's json module (type == "message" rows, distinct from_id).
        QTest::newRow("DM_2A_7M: Alice and Bob, 6 messages")
            << tg("chat-analytics__DM_2A_7M.json") << 2 << 6 << 1 << QString() << QString();
        QTest::newRow("MultiChat: 2 channels, 5 authors, 5 messages")
            << tg("chat-analytics__MultiChat_2C_6M.json") << 5 << 5 << 2 << QString() << QString();
        QTest::newRow("BIG: 20 authors, 5475 messages")
            << tg("chat-analytics__BIG_20A_5475M.json") << 20 << 5475 << 1 << QString()
            << QString();
        // chat-miner's files carry no ids: authors are "Author 1" and "Author 2" (target.json).
        QTest::newRow("chat-miner single: 2 messages")
            << tg("chat-miner__test_single_export.json") << 2 << 2 << 1
            << QStringLiteral("2018-12-05T10:39:10Z") << QStringLiteral("2018-12-05T10:49:24Z");
        QTest::newRow("chat-miner batch: same target")
            << tg("chat-miner__test_batch_export.json") << 2 << 2 << 1
            << QStringLiteral("2018-12-05T10:39:10Z") << QStringLiteral("2018-12-05T10:49:24Z");
        QTest::newRow("langchain result.json: 2 senders, 4 messages")
            << tg("langchain-community__result.json") << 2 << 4 << 1 << QString() << QString();
        QTest::newRow("langchain pre-2021 numeric ids")
            << tg("langchain-community__telegram.json") << 2 << 3 << 1 << QString() << QString();
        QTest::newRow("tg2md 2021 channel")
            << tg("tg2md__result.json") << 1 << 18 << 1 << QString() << QString();
        for (const char *f : {"WhatsR__englishandroid24h.txt", "WhatsR__englishandroidampm.txt",
                              "WhatsR__englishios24h.txt", "WhatsR__englishiosampm.txt",
                              "WhatsR__germanandroid24h.txt", "WhatsR__germanandroidampm.txt",
                              "WhatsR__germanios24h.txt"}) {
            // WhatsR: 50 rows of which 8 system messages; senders Alice/Bob/Carol/Dave/Mallory.
            QTest::newRow(f) << wa(f) << 5 << 42 << 1 << QString() << QString();
        }
        QTest::newRow("chat-analytics 2A_5M: A and B, 5 messages")
            << wa("chat-analytics__2A_5M.txt") << 2 << 5 << 1 << QString() << QString();
        auto dc = [](const char *f) {
            return QStringList{exportFile(QStringLiteral("discord/") + QLatin1String(f))};
        };
        // Discord, read with python's json module: members = distinct non-bot author ids
        // (joiners included: GuildMemberJoin adds a join event), messages = entries whose type
        // is Default or Reply. GC_3A_5M: SOURCES.md says 3 non-system messages.
        QTest::newRow("discord GC_3A_5M: 3 authors, 3 messages")
            << dc("chat-analytics__GC_3A_5M.json") << 3 << 3 << 1 << QString() << QString();
        // general: Adam, Thomas, Patrick and the joiner "RICK NITRO"; 35 entries of which
        // 3 GuildMemberJoin and 1 ThreadCreated.
        QTest::newRow("discord general: 4 members, 31 messages")
            << dc("DiscordChatExporter-frontend__Example guild - Text Channels - general "
                  "[1012224565567721552].json")
            << 4 << 31 << 1 << QString() << QString();
    }
    void importThenStats()
    {
        QFETCH(QStringList, files);
        QFETCH(int, members);
        QFETCH(int, messages);
        QFETCH(int, channels);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.kindred"));
        Run r = runKindred(
            QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), ws} + files);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject imported = lastJson(r.out);
        QCOMPARE(imported.value(QStringLiteral("file")).toString(), files.last());
        QCOMPARE(imported.value(QStringLiteral("messages_added")).toInt(), messages);
        QCOMPARE(imported.value(QStringLiteral("messages_skipped_duplicate")).toInt(), 0);
        QVERIFY(imported.value(QStringLiteral("warnings")).isArray());

        r = runKindred(
            {QStringLiteral("stats"), QStringLiteral("--workspace"), ws, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject s = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(s.value(QStringLiteral("members")).toInt(), members);
        QCOMPARE(s.value(QStringLiteral("messages")).toInt(), messages);
        QCOMPARE(s.value(QStringLiteral("channels")).toInt(), channels);
        if (!first.isEmpty()) {
            QCOMPARE(s.value(QStringLiteral("first_message")).toString(), first);
            QCOMPARE(s.value(QStringLiteral("last_message")).toString(), last);
        }
        for (const char *key : {"dau_mean", "mau", "stickiness", "activity_rate", "growth_rate"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        // Every member seen by the end is in exactly one segment.
        const QJsonObject seg = s.value(QStringLiteral("segments")).toObject();
        QCOMPARE(seg.size(), 5);
        int sum = 0;
        for (const QJsonValue &v : seg)
            sum += v.toInt();
        QCOMPARE(sum, members);

        // Importing again adds nothing.
        r = runKindred(QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), ws} +
                       files);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lastJson(r.out).value(QStringLiteral("messages_added")).toInt(), 0);
        r = runKindred(
            {QStringLiteral("stats"), QStringLiteral("--workspace"), ws, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("messages")).toInt(),
                 messages);
    }

    void oldAndNewTelegramIdsAreOneIdentity()
    {
        // The same channel exported in 2020 (numeric ids 2^33 + id) and in 2021 ("channel<id>").
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.kindred"));
        const Run r =
            runKindred({QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                        exportFile(QStringLiteral("telegram/tg2md__result.2020-11-12.json")),
                        exportFile(QStringLiteral("telegram/tg2md__result.json"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(second.value(QStringLiteral("members_added")).toInt(), 0);
        QVERIFY(second.value(QStringLiteral("messages_skipped_duplicate")).toInt() > 0);
        const Run s = runKindred(
            {QStringLiteral("stats"), QStringLiteral("--workspace"), ws, QStringLiteral("--json")});
        const QJsonObject o = QJsonDocument::fromJson(s.out).object();
        QCOMPARE(o.value(QStringLiteral("channels")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("members")).toInt(), 1);
    }

    void errorsAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mention");
        QTest::newRow("missing workspace")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--workspace"),
                           QStringLiteral("/nonexistent/w.kindred")}
            << QStringLiteral("/nonexistent/w.kindred");
        QTest::newRow("no workspace option")
            << QStringList{QStringLiteral("stats")} << QStringLiteral("--workspace");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown segment")
            << QStringList{QStringLiteral("members"), QStringLiteral("--workspace"),
                           QStringLiteral("x"), QStringLiteral("--segment"), QStringLiteral("vip")}
            << QStringLiteral("vip");
    }
    void errorsAreOneLineAndNonZero()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mention);
        const Run r = runKindred(args);
        QVERIFY(r.exitCode != 0);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
        QVERIFY2(err.contains(mention), qPrintable(err));
    }

    void malformedImportNamesFileAndPosition()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("result.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"name\":\"x\",\"type\":\"private_group\",\"id\":1,\"messages\":[{\"id\":1,"
                "\"type\":\"message\",");
        f.close();
        const QString ws = dir.filePath(QStringLiteral("w.kindred"));
        const Run r =
            runKindred({QStringLiteral("import"), QStringLiteral("--workspace"), ws, bad});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(bad.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void headlessStartWritesDemoReportAndSummary()
    {
        // README command 1 on a machine without a display: kindred builds the demo workspace,
        // writes kindred-demo-report.pdf in the current directory and prints the KPI summary.
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("demo.kindred"));
        QCOMPARE(runKindred({QStringLiteral("demo"), QStringLiteral("--workspace"), ws}).exitCode,
                 0);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(v));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(KINDRED_CLI_PATH), {QStringLiteral("--workspace"), ws});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("DAU mean")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("segments:")), qPrintable(out));
        QFile pdf(dir.filePath(QStringLiteral("kindred-demo-report.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 50000);
    }

    void membersCsvHasBomAndEveryMember()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.kindred"));
        QCOMPARE(
            runKindred({QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                        exportFile(QStringLiteral("telegram/chat-analytics__BIG_20A_5475M.json"))})
                .exitCode,
            0);
        const Run r = runKindred({QStringLiteral("members"), QStringLiteral("--workspace"), ws,
                                  QStringLiteral("--csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(r.out.trimmed().split('\n').size(), 21); // header + 20 authors
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
