// `kindred moderate` and `kindred moderation` as a moderator runs them on the demo community:
// a decision lands in the audit log with its actor (the OS user by default), errors exit 1
// with one line and write nothing, the ban list exports as CSV (BOM) and JSON, statistics and
// the guidance list agree with the workspace.
#include "CliRunner.h"

#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using kindred::Database;
using kindred::test::CliRun;
using kindred::test::runKindred;

namespace {

CliRun runWithUser(const QStringList &args, const QString &user)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), user);
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral(KINDRED_CLI_PATH));
    p.setArguments(args);
    p.start();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestCliModerate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

    qint64 scalar(const QString &sql)
    {
        Database db;
        QString error;
        if (!db.open(m_ws, &error))
            return -1;
        QSqlQuery q(db.sql());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QStringList ws(QStringList args) const
    {
        args.insert(1, QStringLiteral("--workspace"));
        args.insert(2, m_ws);
        return args;
    }

private slots:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("demo.kindred"));
        const CliRun r = runKindred({QStringLiteral("demo"), QStringLiteral("--workspace"), m_ws});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void helpNamesTheDefaultActor()
    {
        const CliRun r = runKindred({QStringLiteral("moderate"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("operating-system user name"));
        const CliRun usage = runKindred({QStringLiteral("--help")});
        QVERIFY(usage.out.contains("kindred moderate"));
        QVERIFY(usage.out.contains("kindred moderation"));
    }

    void errorsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no reason")
            << QStringList{QStringLiteral("moderate"), QStringLiteral("--member"),
                           QStringLiteral("2"), QStringLiteral("--action"), QStringLiteral("warn")}
            << QByteArray("reason is required");
        QTest::newRow("blank reason")
            << QStringList{QStringLiteral("moderate"), QStringLiteral("--member"),
                           QStringLiteral("2"),        QStringLiteral("--action"),
                           QStringLiteral("ban"),      QStringLiteral("--reason"),
                           QStringLiteral("   ")}
            << QByteArray("reason is required");
        QTest::newRow("unknown action")
            << QStringList{QStringLiteral("moderate"), QStringLiteral("--member"),
                           QStringLiteral("2"),        QStringLiteral("--action"),
                           QStringLiteral("kick"),     QStringLiteral("--reason"),
                           QStringLiteral("x")}
            << QByteArray("unknown --action 'kick'");
        QTest::newRow("unknown member in a bulk selection")
            << QStringList{QStringLiteral("moderate"), QStringLiteral("--member"),
                           QStringLiteral("2"),        QStringLiteral("--member"),
                           QStringLiteral("99999999"), QStringLiteral("--action"),
                           QStringLiteral("ban"),      QStringLiteral("--reason"),
                           QStringLiteral("x")}
            << QByteArray("no member 99999999");
        QTest::newRow("no selection")
            << QStringList{QStringLiteral("moderate"), QStringLiteral("--action"),
                           QStringLiteral("note"), QStringLiteral("--reason"), QStringLiteral("x")}
            << QByteArray("--member ID or --flag ID");
        QTest::newRow("two modes")
            << QStringList{QStringLiteral("moderation"), QStringLiteral("--audit"),
                           QStringLiteral("--stats")}
            << QByteArray("exactly one of");
    }

    void errorsWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM moderation_action"));
        const qint64 banned = scalar(QStringLiteral("SELECT count(*) FROM member WHERE status != "
                                                    "'active'"));
        const CliRun r = runKindred(ws(args));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.err.startsWith("kindred: "));
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM moderation_action")), before);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member WHERE status != 'active'")),
                 banned);
    }

    void warnFromTheQueue()
    {
        const qint64 member = scalar(QStringLiteral(
            "SELECT member_id FROM flag WHERE status = 'open' ORDER BY severity DESC, raised_at, "
            "id LIMIT 1"));
        QVERIFY(member > 0);
        const qint64 open = scalar(
            QStringLiteral("SELECT count(*) FROM flag WHERE status = 'open' AND member_id = %1")
                .arg(member));
        const CliRun r = runKindred(
            ws({QStringLiteral("moderate"), QStringLiteral("--member"), QString::number(member),
                QStringLiteral("--action"), QStringLiteral("warn"), QStringLiteral("--reason"),
                QStringLiteral("links to a paid course, 刷屏"), QStringLiteral("--actor"),
                QStringLiteral("anna"), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("flags_changed")).toInteger(), open);
        QCOMPARE(o.value(QStringLiteral("audit_ids")).toArray().size(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM flag WHERE status = 'open' AND "
                                       "member_id = %1")
                            .arg(member)),
                 0);

        const CliRun audit = runKindred(ws(
            {QStringLiteral("moderation"), QStringLiteral("--audit"), QStringLiteral("--json")}));
        QCOMPARE(audit.exitCode, 0);
        const QJsonObject first = QJsonDocument::fromJson(audit.out)
                                      .object()
                                      .value(QStringLiteral("entries"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(first.value(QStringLiteral("actor")).toString(), QStringLiteral("anna"));
        QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("warn"));
        QCOMPARE(first.value(QStringLiteral("member_id")).toInteger(), member);
        QCOMPARE(first.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("links to a paid course, 刷屏"));
    }

    void defaultActorIsTheOsUser()
    {
        const CliRun r =
            runWithUser(ws({QStringLiteral("moderate"), QStringLiteral("--member"),
                            QStringLiteral("3"), QStringLiteral("--action"), QStringLiteral("note"),
                            QStringLiteral("--reason"), QStringLiteral("asked about the rules")}),
                        QStringLiteral("os-moderator"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("note by os-moderator"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM moderation_action WHERE actor = "
                                       "'os-moderator' AND action = 'note' AND member_id = 3")),
                 1);
    }

    void banListExportsAndUnban()
    {
        CliRun r = runKindred(
            ws({QStringLiteral("moderate"), QStringLiteral("--member"), QStringLiteral("4"),
                QStringLiteral("--member"), QStringLiteral("5"), QStringLiteral("--action"),
                QStringLiteral("ban"), QStringLiteral("--reason"), QStringLiteral("spam bot"),
                QStringLiteral("--actor"), QStringLiteral("ben")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member WHERE id IN (4, 5) AND "
                                       "status = 'banned'")),
                 2);
        const QString csvPath = m_dir.filePath(QStringLiteral("bans.csv"));
        r = runKindred(ws({QStringLiteral("moderation"), QStringLiteral("--banlist"),
                           QStringLiteral("--csv"), csvPath}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "member_id,name,status,platform,external_id,username,since,actor,"
                               "reason\r\n"));
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        const qint64 identities =
            scalar(QStringLiteral("SELECT count(*) FROM identity WHERE member_id IN (4, 5)"));
        QCOMPARE(qint64(lines.size() - 1), std::max<qint64>(identities, 2));
        for (int i = 1; i < lines.size(); ++i) {
            QVERIFY(lines.at(i).startsWith("4,") || lines.at(i).startsWith("5,"));
            QVERIFY(lines.at(i).contains(",banned,"));
            QVERIFY(lines.at(i).contains(",ben,spam bot"));
        }

        r = runKindred(ws(
            {QStringLiteral("moderation"), QStringLiteral("--banlist"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("members"))
                     .toArray()
                     .size(),
                 2);

        // The guidance list never suggests a banned member.
        r = runKindred(ws({QStringLiteral("moderation"), QStringLiteral("--guidance"),
                           QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray guidance =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("members")).toArray();
        QVERIFY(!guidance.isEmpty());
        for (const QJsonValue &v : guidance) {
            const qint64 id = v.toObject().value(QStringLiteral("member_id")).toInteger();
            QVERIFY(id != 4 && id != 5);
        }

        r = runKindred(
            ws({QStringLiteral("moderate"), QStringLiteral("--member"), QStringLiteral("4"),
                QStringLiteral("--action"), QStringLiteral("unban"), QStringLiteral("--reason"),
                QStringLiteral("appeal"), QStringLiteral("--actor"), QStringLiteral("ben")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runKindred(ws(
            {QStringLiteral("moderation"), QStringLiteral("--banlist"), QStringLiteral("--json")}));
        const QJsonArray left =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("members")).toArray();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value(QStringLiteral("member_id")).toInteger(), 5);
    }

    void statsAgreeWithTheWorkspace()
    {
        const CliRun r = runKindred(ws(
            {QStringLiteral("moderation"), QStringLiteral("--stats"), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("flags")).toInteger(),
                 scalar(QStringLiteral("SELECT count(*) FROM flag")));
        QCOMPARE(o.value(QStringLiteral("open")).toInteger(),
                 scalar(QStringLiteral("SELECT count(*) FROM flag WHERE status = 'open'")));
        QCOMPARE(o.value(QStringLiteral("actions")).toInteger(),
                 scalar(QStringLiteral("SELECT count(*) FROM moderation_action")));
        QCOMPARE(o.value(QStringLiteral("handled")).toInteger(),
                 scalar(QStringLiteral("SELECT count(*) FROM flag WHERE status != 'open'")));
        qint64 perRule = 0;
        for (const QJsonValue &v : o.value(QStringLiteral("per_rule")).toArray())
            perRule += v.toObject().value(QStringLiteral("flags")).toInteger();
        QCOMPARE(perRule, o.value(QStringLiteral("flags")).toInteger());

        const CliRun text =
            runKindred(ws({QStringLiteral("moderation"), QStringLiteral("--stats"),
                           QStringLiteral("--from"), QStringLiteral("2026-13-01")}));
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.err.contains("--from"));
    }
};

QTEST_GUILESS_MAIN(TestCliModerate)
#include "tst_cli_moderate.moc"
