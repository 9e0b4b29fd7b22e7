// `kindred import --format csv --mapping FILE` end to end: one JSON line per file, the rows in
// the workspace, row-level errors on stderr with a non-zero exit and nothing stored,
// --skip-invalid-rows, re-import, presets, and the usage text.
#include "../core/DbDigest.h"
#include "CliRunner.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;
using kindred::test::runKindred;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(KINDRED_TEST_DATA_DIR "/csv/") + QString::fromUtf8(name);
}

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject jsonLine(const QByteArray &out, int index = 0)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return index < lines.size() ? QJsonDocument::fromJson(lines.at(index)).object() : QJsonObject();
}

/// Writes `json` as a mapping file in `dir`.
QString writeMapping(const QTemporaryDir &dir, const char *name, const QByteArray &json)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(json);
    return path;
}

const QByteArray kChineseMapping = QByteArrayLiteral(
    R"({"target":"memberships","source":"zsxq","timezone":"Asia/Shanghai","currency":"CNY",)"
    "\"columns\":{\"用户ID\":\"member_id\",\"昵称\":\"display_name\",\"邮箱\":\"email\","
    "\"套餐\":\"plan\",\"金额\":\"amount\",\"币种\":\"currency\",\"开始时间\":\"started_at\","
    "\"到期时间\":\"expires_at\",\"状态\":\"status\"}}");

const QByteArray kInvalidMapping = QByteArrayLiteral(
    R"({"target":"memberships","source":"zsxq","timezone":"Asia/Shanghai",)"
    R"("columns":{"user_id":"member_id","nickname":"display_name","plan":"plan",)"
    R"("amount":"amount","currency":"currency","start":"started_at","expiry":"expires_at",)"
    R"("status":"status"}})");

} // namespace

class TestCliCsv : public QObject
{
    Q_OBJECT
private slots:
    void importsWithAMapping_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("mapping"); // JSON, or "preset:NAME", or "" = fixture
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("rowsAdded");
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<int>("members");
        QTest::addColumn<QString>("sql"); // checked on the workspace afterwards
        QTest::addColumn<qint64>("expected");
        QTest::newRow("utf-8 BOM, mapping fixture")
            << fixture("memberships_utf8_bom.csv") << QByteArray() << u("csv-memberships") << 5 << 0
            << 4 << u("SELECT sum(amount_minor) FROM membership WHERE currency = 'CNY'")
            << qint64(2900 + 19900 + 129950 + 19900);
        QTest::newRow("GB18030, Chinese columns")
            << fixture("memberships_gb18030.csv") << kChineseMapping << u("csv-memberships") << 5
            << 0 << 4 << u("SELECT count(*) FROM membership WHERE status = 'trial'") << qint64(1);
        const QString campinas = QStringLiteral(
            KINDRED_SHARED_DIR "/data/community/open-data/gitter-history/archives/Campinas.tsv");
        if (QFile::exists(campinas))
            QTest::newRow("gitter preset, 5 duplicate rows")
                << campinas << QByteArray("preset:gitter") << u("csv-messages") << 5 << 5 << 5
                << u("SELECT count(*) FROM message") << qint64(5);
    }
    void importsWithAMapping()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, mapping);
        QFETCH(QString, format);
        QFETCH(int, rowsAdded);
        QFETCH(int, duplicates);
        QFETCH(int, members);
        QFETCH(QString, sql);
        QFETCH(qint64, expected);
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u("w.kindred"));
        QString mappingArg = fixture("memberships.mapping.json");
        if (mapping.startsWith("preset:"))
            mappingArg = QString::fromLatin1(mapping);
        else if (!mapping.isEmpty())
            mappingArg = writeMapping(dir, "m.json", mapping);
        const auto run = runKindred({u("import"), u("--workspace"), workspace, u("--format"),
                                     u("csv"), u("--mapping"), mappingArg, file});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = jsonLine(run.out);
        QCOMPARE(o.value(u("file")).toString(), file);
        QCOMPARE(o.value(u("format")).toString(), format);
        QCOMPARE(o.value(u("rows_added")).toInt(), rowsAdded);
        QCOMPARE(o.value(u("rows_skipped_duplicate")).toInt(), duplicates);
        QCOMPARE(o.value(u("members_added")).toInt(), members);
        QVERIFY(o.value(u("warnings")).isArray());
        Database db;
        QString error;
        QVERIFY(db.open(workspace, &error));
        QCOMPARE(test::scalar(db, sql), expected);
        db.close();

        // Again: the same content is recognised, nothing is added.
        const auto again = runKindred({u("import"), u("--workspace"), workspace, u("--format"),
                                       u("csv"), u("--mapping"), mappingArg, file});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(jsonLine(again.out).value(u("rows_added")).toInt(), 0);
        QVERIFY(jsonLine(again.out)
                    .value(u("warnings"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(u("already imported")));
    }

    void invalidRowsFailAndStoreNothing()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u("w.kindred"));
        const QString mapping = writeMapping(dir, "m.json", kInvalidMapping);
        const QString file = fixture("memberships_invalid.csv");
        // A first import so that the workspace is not empty.
        auto run =
            runKindred({u("import"), u("--workspace"), workspace, u("--format=csv"), u("--mapping"),
                        fixture("memberships.mapping.json"), fixture("memberships_utf8_bom.csv")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QByteArray before;
        {
            Database db;
            QString error;
            QVERIFY(db.open(workspace, &error));
            before = test::dbDigest(db);
        }
        run = runKindred({u("import"), u("--workspace"), workspace, u("--format"), u("csv"),
                          u("--mapping"), mapping, file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err);
        for (const QString &expected :
             QStringList{file + u(":3: column 'amount': '12,3x' is not a number"),
                         file + u(":4: column 'currency': 'XYZ' is not an ISO 4217 currency"),
                         file + u(":5: column 'start': '2026-13-01' is not a date"),
                         file + u(":7: column 'status': 'paused' is not a membership status"),
                         file + u(":9: the row names no member"), u("6 of 7 row(s) are invalid")})
            QVERIFY2(err.contains(expected), qPrintable(expected + u("\nnot in:\n") + err));
        {
            Database db;
            QString error;
            QVERIFY(db.open(workspace, &error));
            QCOMPARE(test::dbDigest(db), before);
        }

        run = runKindred({u("import"), u("--workspace"), workspace, u("--format"), u("csv"),
                          u("--mapping"), mapping, u("--skip-invalid-rows"), file});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = jsonLine(run.out);
        QCOMPARE(o.value(u("rows_added")).toInt(), 1);
        QCOMPARE(o.value(u("rows_skipped_invalid")).toInt(), 6);
        QCOMPARE(o.value(u("warnings")).toArray().size(), 7);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("no mapping") << QStringList{u("--format"), u("csv"), u("x.csv")}
                                    << u("--format csv needs --mapping FILE");
        QTest::newRow("mapping without csv")
            << QStringList{u("--format"), u("telegram"), u("--mapping"), u("m.json"), u("x.csv")}
            << u("--mapping needs --format csv");
        QTest::newRow("missing mapping file")
            << QStringList{u("--format"), u("csv"), u("--mapping"), u("/nonexistent/m.json"),
                           u("x.csv")}
            << u("/nonexistent/m.json: cannot read the mapping");
        QTest::newRow("unknown preset")
            << QStringList{u("--format"), u("csv"), u("--mapping"), u("preset:nope"), u("x.csv")}
            << u("preset:nope: no such preset");
        QTest::newRow("missing file")
            << QStringList{u("--format"), u("csv"), u("--mapping"),
                           fixture("memberships.mapping.json"), u("/nonexistent/x.csv")}
            << u("/nonexistent/x.csv: no such file");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const auto run = runKindred(
            QStringList{u("import"), u("--workspace"), dir.filePath(u("w.kindred"))} + args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(error), run.err.constData());
    }

    void usageNamesCsv()
    {
        const auto help = runKindred({u("--help")});
        QVERIFY(help.out.contains("--format csv --mapping FILE"));
        QVERIFY(help.out.contains("auto|telegram|whatsapp|discord"));
        const auto importHelp = runKindred({u("import"), u("--help")});
        QCOMPARE(importHelp.exitCode, 0);
        QVERIFY2(importHelp.out.contains("--mapping"), importHelp.out.constData());
        QVERIFY(importHelp.out.contains("csv"));
    }
};

QTEST_GUILESS_MAIN(TestCliCsv)
#include "tst_cli_csv.moc"
