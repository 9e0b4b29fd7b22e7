// kindred batches / audit / merge end to end on the built binary: a Telegram export and a
// WhatsApp chat naming the same two people; the suggestions, a merge, the audit after it, the
// undo, and removing a batch through the command line.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred::test;

namespace {

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> rows;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            rows.append(QJsonDocument::fromJson(line).object());
    return rows;
}

} // namespace

class TestCliIdentity : public QObject
{
    Q_OBJECT
private slots:
    void mergeAuditAndBatches()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.kindred"));
        const QString wa = dir.filePath(QStringLiteral("WhatsApp Chat with Friends.txt"));
        QFile f(wa);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("1/3/21, 09:00 - Alice: morning\n1/3/21, 09:01 - Bob: hi\n");
        f.close();
        CliRun r = runKindred(
            {QStringLiteral("import"), QStringLiteral("--workspace"), ws,
             QStringLiteral(KINDRED_EXPORTS_DIR "/telegram/chat-analytics__DM_2A_7M.json"), wa});
        QCOMPARE(r.exitCode, 0);

        r = runKindred({QStringLiteral("merge"), QStringLiteral("--workspace"), ws,
                        QStringLiteral("--suggest"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> suggestions = jsonLines(r.out);
        QCOMPARE(suggestions.size(), 2); // Alice and Bob, by display name
        const QJsonObject s = suggestions.first();
        QCOMPARE(s.value(QStringLiteral("reason")).toString(), QStringLiteral("display_name"));

        r = runKindred({QStringLiteral("stats"), QStringLiteral("--workspace"), ws,
                        QStringLiteral("--json"), QStringLiteral("--from"),
                        QStringLiteral("2019-01-01"), QStringLiteral("--to"),
                        QStringLiteral("2023-12-31")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject before = QJsonDocument::fromJson(r.out).object();

        r = runKindred({QStringLiteral("merge"), QStringLiteral("--workspace"), ws,
                        QStringLiteral("--source"),
                        QString::number(s.value(QStringLiteral("source")).toInteger()),
                        QStringLiteral("--target"),
                        QString::number(s.value(QStringLiteral("target")).toInteger())});
        QCOMPARE(r.exitCode, 0);
        const qint64 mergeId =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("merge")).toInteger();
        QVERIFY(mergeId > 0);

        r = runKindred(
            {QStringLiteral("audit"), QStringLiteral("--workspace"), ws, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject audit = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(audit.value(QStringLiteral("members")).toInt(), 3);
        qint64 merged = 0;
        for (const QJsonValue &p : audit.value(QStringLiteral("platforms")).toArray())
            merged += p.toObject().value(QStringLiteral("merged")).toInt();
        QCOMPARE(merged, 1);

        // stats counts the merged person once.
        r = runKindred({QStringLiteral("stats"), QStringLiteral("--workspace"), ws,
                        QStringLiteral("--json"), QStringLiteral("--from"),
                        QStringLiteral("2019-01-01"), QStringLiteral("--to"),
                        QStringLiteral("2023-12-31")});
        const QJsonObject after = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(after.value(QStringLiteral("members")).toInt(),
                 before.value(QStringLiteral("members")).toInt() - 1);

        r = runKindred({QStringLiteral("merge"), QStringLiteral("--workspace"), ws,
                        QStringLiteral("--undo"), QString::number(mergeId)});
        QCOMPARE(r.exitCode, 0);
        r = runKindred({QStringLiteral("merge"), QStringLiteral("--workspace"), ws,
                        QStringLiteral("--undo"), QString::number(mergeId)});
        QCOMPARE(r.exitCode, 1); // already undone
        QVERIFY2(r.err.contains("already undone"), r.err.constData());

        r = runKindred({QStringLiteral("batches"), QStringLiteral("--workspace"), ws,
                        QStringLiteral("--json")});
        const QList<QJsonObject> batches = jsonLines(r.out);
        QCOMPARE(batches.size(), 2);
        QCOMPARE(batches[1].value(QStringLiteral("format")).toString(), QStringLiteral("whatsapp"));
        QCOMPARE(batches[1].value(QStringLiteral("messages_added")).toInt(), 2);
        r = runKindred({QStringLiteral("batches"), QStringLiteral("--workspace"), ws,
                        QStringLiteral("--remove"),
                        QString::number(batches[1].value(QStringLiteral("id")).toInteger())});
        QCOMPARE(r.exitCode, 0);
        r = runKindred(
            {QStringLiteral("audit"), QStringLiteral("--workspace"), ws, QStringLiteral("--json")});
        const QJsonObject left = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(left.value(QStringLiteral("platforms")).toArray().size(), 1);
        QCOMPARE(left.value(QStringLiteral("members")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliIdentity)
#include "tst_cli_identity.moc"
