// CsvImportService on the fixtures: the stored rows of every target (amounts in minor units,
// currencies, UTC seconds, statuses, attendance, emails/phones), members found across
// identities, one transaction (invalid rows or a cancel leave the database byte-identical),
// skip-invalid-rows, idempotence (same file, overlapping file), the batch id on every row,
// the mapping remembered per source, and the Gitter preset on real archives.
#include "DbDigest.h"
#include "import/ImportWriter.h"
#include "import/csv/CsvFieldGuesser.h"
#include "import/csv/CsvImportService.h"
#include "import/csv/CsvMappingStore.h"
#include "import/csv/CsvRecordSource.h"
#include "storage/CommunityStore.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;
using namespace kindred::test;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(KINDRED_TEST_DATA_DIR "/csv/") + QString::fromUtf8(name);
}

QString gitter(const char *room)
{
    return QStringLiteral(KINDRED_SHARED_DIR "/data/community/open-data/gitter-history/archives/") +
           QString::fromLatin1(room);
}

qint64 utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toSecsSinceEpoch();
}

/// A new workspace whose community keeps time in Asia/Shanghai and money in CNY.
bool openWorkspace(Database &db, const QTemporaryDir &dir, QString *error)
{
    if (!db.open(dir.filePath(QStringLiteral("w.kindred")), error))
        return false;
    CommunitySettings s;
    s.name = QStringLiteral("测试社群");
    s.timezone = QStringLiteral("Asia/Shanghai");
    s.currency = QStringLiteral("CNY");
    return CommunityStore(db).update(s, error);
}

/// The mapping the dialog would propose: target and columns guessed from the header.
CsvMapping guessedMapping(const QString &path, const QString &source)
{
    CsvRecordSource reader;
    ImportError error;
    CsvMapping m;
    m.source = source;
    if (!reader.open(path, QStringLiteral("auto"), QStringLiteral("auto"), 1, &error))
        return m;
    m.target = CsvFieldGuesser::guessTarget(reader.header());
    const QList<CsvField> fields = CsvFieldGuesser::guessAll(reader.header(), m.target);
    for (qsizetype i = 0; i < fields.size(); ++i)
        m.assign(reader.header().at(i), fields.at(i));
    return m;
}

CsvMapping fixtureMapping()
{
    CsvMapping m;
    QString error;
    CsvMapping::load(fixture("memberships.mapping.json"), &m, &error);
    return m;
}

/// Rows of `sql`, each row's columns joined with '|' (NULL as "null").
QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        return {QStringLiteral("SQL error")};
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols.append(q.value(i).isNull() ? QStringLiteral("null") : q.value(i).toString());
        out.append(cols.join(QLatin1Char('|')));
    }
    return out;
}

QString n(qint64 v)
{
    return QString::number(v);
}

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestCsvMappingImport : public QObject
{
    Q_OBJECT
private slots:
    void storesMemberships_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("guessed");
        QTest::addColumn<QString>("annual");
        QTest::addColumn<QString>("monthly");
        QTest::newRow("utf-8 with BOM, mapping file")
            << fixture("memberships_utf8_bom.csv") << false << u("Annual") << u("Monthly");
        QTest::newRow("GB18030, Chinese headers, guessed mapping")
            << fixture("memberships_gb18030.csv") << true << u("年卡") << u("月卡");
    }
    void storesMemberships()
    {
        QFETCH(QString, file);
        QFETCH(bool, guessed);
        QFETCH(QString, annual);
        QFETCH(QString, monthly);
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(openWorkspace(db, dir, &error), qPrintable(error));
        CsvMapping mapping =
            guessed ? guessedMapping(file, QStringLiteral("zsxq")) : fixtureMapping();
        mapping.timezone.clear(); // the community's: Asia/Shanghai
        CsvImportService service(db);
        CsvImportResult result;
        CsvImportFailure failure;
        QVERIFY2(service.importFile(file, mapping, &result, &failure),
                 qPrintable(failure.lines().join(QLatin1Char('\n'))));
        QCOMPARE(result.format, QStringLiteral("csv-memberships"));
        QCOMPARE(result.rowsAdded, qint64(5));
        QCOMPARE(result.rowsSkippedDuplicate, qint64(0));
        QCOMPARE(result.membersAdded, qint64(4));
        QCOMPARE(result.encoding, guessed ? QStringLiteral("gb18030") : QStringLiteral("utf-8"));
        const QStringList expected = {
            u("Alice|%1|2900|CNY|%2|null|cancelled").arg(monthly, n(utc(2026, 1, 1))),
            u("Alice|%1|19900|CNY|%2|%3|active")
                .arg(annual, n(utc(2026, 1, 5, 2)), n(utc(2027, 1, 5, 2))),
            u("Carol 🎉|%1|1999|USD|%2|%3|refunded")
                .arg(monthly, n(utc(2026, 1, 10, 8)), n(utc(2026, 2, 10, 8))),
            u("Bob|%1|129950|CNY|%2|%3|expired")
                .arg(monthly, n(utc(2026, 1, 31, 16)), n(utc(2026, 2, 28, 16))),
            u("张伟|%1|19900|CNY|%2|%3|trial")
                .arg(annual, n(utc(2026, 3, 1, 1, 5)), n(utc(2027, 3, 1, 1, 5))),
        };
        QCOMPARE(rows(db, u("SELECT m.display_name, p.name, s.amount_minor, s.currency, "
                            "s.started_at, s.expires_at, s.status FROM membership s JOIN member "
                            "m ON m.id = s.member_id LEFT JOIN plan p ON p.id = s.plan_id "
                            "ORDER BY s.started_at")),
                 expected);
        // New members get an identity on the source platform, keyed by the id column.
        QCOMPARE(rows(db, u("SELECT platform, external_id, email FROM identity ORDER BY "
                            "external_id")),
                 (QStringList{u("zsxq|u1001|alice@example.com"), u("zsxq|u1002|bob@example.com"),
                              u("zsxq|u1003|zhangwei@example.cn"), u("zsxq|u1004|")}));
        QCOMPARE(rows(db, u("SELECT format, rows_added, members_added, source_path = '%1', "
                            "length(sha256) FROM import_batch")
                              .arg(QFileInfo(file).absoluteFilePath())),
                 QStringList{u("csv-memberships|5|4|1|64")});
    }

    void storesOtherDelimiters()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(openWorkspace(db, dir, &error), qPrintable(error));
        // A Telegram member already in the workspace: the tab file names them by Telegram id.
        {
            ImportWriter w(db.handle(), db.defaultCommunityId(), 0);
            QVERIFY(w.prepare(&error));
            QVERIFY(w.beginChannel({u("telegram"), u("1"), u("group"), {}}));
            MessageInfo m;
            m.externalId = u("1");
            m.author = PersonRef{u("user123"), u("Alice TG"), false};
            m.sentAt = utc(2026, 3, 1);
            QVERIFY(w.addMessage(m));
            QVERIFY(w.finish(&error));
        }
        const qint64 alice = scalar(db, u("SELECT member_id FROM identity WHERE external_id = "
                                          "'user123'"));
        CsvImportService service(db);
        CsvImportResult result;
        CsvImportFailure failure;
        CsvMapping semicolon = guessedMapping(fixture("memberships_semicolon.csv"), u("eu-shop"));
        QCOMPARE(semicolon.target, CsvTarget::Memberships);
        QVERIFY2(
            service.importFile(fixture("memberships_semicolon.csv"), semicolon, &result, &failure),
            qPrintable(failure.lines().join(QLatin1Char('\n'))));
        QCOMPARE(result.delimiter, u(";"));
        QCOMPARE(result.rowsAdded, qint64(2));
        CsvMapping tab = guessedMapping(fixture("memberships_tab.tsv"), u("tg-shop"));
        tab.memberPlatform = u("telegram");
        QVERIFY2(service.importFile(fixture("memberships_tab.tsv"), tab, &result, &failure),
                 qPrintable(failure.lines().join(QLatin1Char('\n'))));
        QCOMPARE(result.delimiter, u("\t"));
        QCOMPARE(result.rowsAdded, qint64(2));
        QCOMPARE(result.membersAdded, qint64(1)); // user456 only: user123 is the Telegram member
        QCOMPARE(rows(db, u("SELECT m.display_name, s.amount_minor, s.currency, s.started_at, "
                            "s.status FROM membership s JOIN member m ON m.id = s.member_id "
                            "ORDER BY s.started_at")),
                 (QStringList{u("Dora|129950|EUR|%1|active").arg(utc(2026, 1, 14, 16)),
                              u("Emil|990|EUR|%1|expired").arg(utc(2026, 1, 31, 16)),
                              u("Alice TG|4900|EUR|%1|trial").arg(utc(2026, 4, 1, 4)),
                              u("bob_tg|4900|EUR|%1|active").arg(utc(2026, 4, 2, 4))}));
        QCOMPARE(scalar(db, u("SELECT member_id FROM membership WHERE status = 'trial'")), alice);
        QCOMPARE(rows(db, u("SELECT platform, external_id, username FROM identity WHERE "
                            "external_id = 'user456'")),
                 QStringList{u("tg-shop|user456|bob_tg")});
    }

    void storesFeedback_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("utf-8, comma") << fixture("feedback.csv");
        QTest::newRow("utf-16 with BOM, tab (Excel unicode text)") << fixture("feedback_utf16.txt");
    }
    void storesFeedback()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(openWorkspace(db, dir, &error), qPrintable(error));
        CsvImportService service(db);
        CsvImportResult result;
        CsvImportFailure failure;
        const CsvMapping mapping = guessedMapping(file, u("survey-2026"));
        QCOMPARE(mapping.target, CsvTarget::Feedback);
        QVERIFY2(service.importFile(file, mapping, &result, &failure),
                 qPrintable(failure.lines().join(QLatin1Char('\n'))));
        QCOMPARE(result.rowsAdded, qint64(3));
        QCOMPARE(result.membersAdded, qint64(2));
        QCOMPARE(
            rows(db, u("SELECT coalesce(m.display_name, 'anonymous'), f.score, f.text, "
                       "f.submitted_at, typeof(f.score) FROM feedback f LEFT JOIN member m "
                       "ON m.id = f.member_id ORDER BY f.submitted_at")),
            (QStringList{u("张伟|5|讲得很好|%1|real").arg(utc(2026, 3, 10, 12)),
                         u("Alice|4.5|Great session, thanks|%1|real").arg(utc(2026, 3, 10, 12, 5)),
                         u("anonymous|3||%1|real").arg(utc(2026, 3, 11, 1))}));
    }

    void storesActivitiesWithAttendance()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(openWorkspace(db, dir, &error), qPrintable(error));
        CsvImportService service(db);
        CsvImportResult result;
        CsvImportFailure failure;
        const CsvMapping mapping = guessedMapping(fixture("activities.csv"), u("events"));
        QCOMPARE(mapping.target, CsvTarget::Activities);
        QVERIFY2(service.importFile(fixture("activities.csv"), mapping, &result, &failure),
                 qPrintable(failure.lines().join(QLatin1Char('\n'))));
        QCOMPARE(result.rowsAdded, qint64(4));
        QCOMPARE(result.membersAdded, qint64(3));
        QCOMPARE(rows(db, u("SELECT name, kind, starts_at, ends_at FROM activity ORDER BY "
                            "starts_at")),
                 (QStringList{u("Qt 直播答疑|直播|%1|%2")
                                  .arg(n(utc(2026, 3, 15, 12)), n(utc(2026, 3, 15, 13, 30))),
                              u("Code review 周会|代码评审|%1|null").arg(utc(2026, 3, 20, 11))}));
        QCOMPARE(
            rows(db, u("SELECT a.name, m.display_name, t.status FROM activity_attendance t "
                       "JOIN activity a ON a.id = t.activity_id JOIN member m ON m.id = "
                       "t.member_id ORDER BY a.starts_at, m.display_name")),
            (QStringList{u("Qt 直播答疑|Alice|absent"), u("Qt 直播答疑|Bob|registered"),
                         u("Qt 直播答疑|张伟|attended"), u("Code review 周会|张伟|attended")}));
    }

    void findsMembersByEmailAndPhone()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(openWorkspace(db, dir, &error), qPrintable(error));
        CsvImportService service(db);
        CsvImportResult result;
        CsvImportFailure failure;
        const CsvMapping members = guessedMapping(fixture("members.csv"), u("crm"));
        QCOMPARE(members.target, CsvTarget::Members);
        QVERIFY2(service.importFile(fixture("members.csv"), members, &result, &failure),
                 qPrintable(failure.lines().join(QLatin1Char('\n'))));
        QCOMPARE(result.rowsAdded, qint64(3));
        QCOMPARE(result.membersAdded, qint64(3));
        QCOMPARE(
            rows(db, u("SELECT m.display_name, m.joined_at, m.tags, i.platform, "
                       "i.external_id, i.email, i.phone FROM member m JOIN identity i ON "
                       "i.member_id = m.id ORDER BY m.id")),
            (QStringList{
                u("Alice|%1|vip|crm|email:alice@example.com|alice@example.com|"
                  "+8613800138000")
                    .arg(utc(2025, 11, 30, 16)),
                u("Bob|%1||crm|email:bob@example.com|bob@example.com|").arg(utc(2025, 12, 1, 16)),
                u("Frank|%1|new,beta|crm|phone:13900001111||13900001111")
                    .arg(utc(2025, 12, 2, 16))}));
        const qint64 alice = scalar(db, u("SELECT id FROM member WHERE display_name = 'Alice'"));
        // Memberships from another source find Alice and Bob by email: two new members only.
        QVERIFY2(service.importFile(fixture("memberships_utf8_bom.csv"), fixtureMapping(), &result,
                                    &failure),
                 qPrintable(failure.lines().join(QLatin1Char('\n'))));
        QCOMPARE(result.membersAdded, qint64(2));
        QCOMPARE(scalar(db, u("SELECT count(*) FROM membership WHERE member_id = %1").arg(alice)),
                 qint64(2));
        QCOMPARE(scalar(db, u("SELECT count(*) FROM member")), qint64(5));
        // A phone number written differently still finds Frank.
        const QString phones = dir.filePath(u("phones.csv"));
        QFile f(phones);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("手机,金额,开始时间\n139-0000-1111,10,2026-01-01\n");
        f.close();
        QVERIFY2(service.importFile(phones, guessedMapping(phones, u("shop")), &result, &failure),
                 qPrintable(failure.lines().join(QLatin1Char('\n'))));
        QCOMPARE(result.membersAdded, qint64(0));
        QCOMPARE(rows(db, u("SELECT m.display_name FROM membership s JOIN member m ON m.id = "
                            "s.member_id WHERE s.amount_minor = 1000")),
                 QStringList{u("Frank")});
    }

    void invalidRowsWriteNothing()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(openWorkspace(db, dir, &error), qPrintable(error));
        CsvImportService service(db);
        CsvImportResult result;
        CsvImportFailure failure;
        QVERIFY(service.importFile(fixture("members.csv"),
                                   guessedMapping(fixture("members.csv"), u("crm")), &result,
                                   &failure));
        const QByteArray before = dbDigest(db);
        CsvMapping mapping = fixtureMapping();
        mapping.columns.removeIf([](const auto &c) { return c.second == CsvField::Email; });
        const QString file = fixture("memberships_invalid.csv");
        QVERIFY(!service.importFile(file, mapping, &result, &failure));
        QCOMPARE(failure.invalidRows, qint64(6));
        QCOMPARE(failure.rows.size(), 7);
        const QStringList lines = failure.lines();
        QVERIFY2(lines.contains(file + u(":3: column 'amount': '12,3x' is not a number")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.last().contains(u("6 of 7 row(s) are invalid")), qPrintable(lines.last()));
        QCOMPARE(dbDigest(db), before);

        // Skipping them imports the one valid row and lists the others.
        mapping.skipInvalidRows = true;
        QVERIFY2(service.importFile(file, mapping, &result, &failure),
                 qPrintable(failure.lines().join(QLatin1Char('\n'))));
        QCOMPARE(result.rowsAdded, qint64(1));
        QCOMPARE(result.rowsSkippedInvalid, qint64(6));
        QVERIFY2(result.warnings.contains(
                     u("line 3: column 'amount': '12,3x' is not a number (row skipped)")),
                 qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(scalar(db, u("SELECT count(*) FROM membership")), qint64(1));
        CsvMapping remembered;
        QVERIFY(CsvMappingStore(db).load(u("zsxq"), &remembered));
        QVERIFY(!remembered.skipInvalidRows);
    }

    void cancelAndBadInputWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("cancel");
        QTest::addColumn<QString>("error");
        QTest::newRow("cancel") << QByteArray("nickname,start\nA,2026-01-01\n") << true
                                << u("canceled");
        QTest::newRow("unterminated quote")
            << QByteArray("nickname,start\nA,2026-01-01\n\"B,2026-01-02\n") << false
            << u(":3:1: the quoted field");
        QTest::newRow("neither utf-8 nor gb18030")
            << QByteArray("nickname,start\n\xFF\xFF\xFF,2026-01-01\n") << false
            << u("neither UTF-8 nor GB18030");
        QTest::newRow("missing column")
            << QByteArray("name,start\nA,2026-01-01\n") << false << u("'nickname'");
    }
    void cancelAndBadInputWriteNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, cancel);
        QFETCH(QString, error);
        QTemporaryDir dir;
        Database db;
        QString why;
        QVERIFY2(openWorkspace(db, dir, &why), qPrintable(why));
        const QString path = dir.filePath(u("in.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        CsvMapping m;
        m.target = CsvTarget::Members;
        m.columns = {{u("nickname"), CsvField::DisplayName}, {u("start"), CsvField::JoinedAt}};
        const QByteArray before = dbDigest(db);
        std::atomic_bool flag(cancel);
        CsvImportService service(db);
        service.setCancelFlag(&flag);
        CsvImportResult result;
        CsvImportFailure failure;
        QVERIFY(!service.importFile(path, m, &result, &failure));
        QVERIFY2(failure.lines().join(QLatin1Char('\n')).contains(error),
                 qPrintable(failure.lines().join(QLatin1Char('\n'))));
        QCOMPARE(dbDigest(db), before);
    }

    void reimportAddsNothing_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name :
             {"memberships_utf8_bom.csv", "memberships_gb18030.csv", "memberships_semicolon.csv",
              "memberships_tab.tsv", "feedback.csv", "activities.csv", "members.csv"})
            QTest::newRow(name) << fixture(name);
    }
    void reimportAddsNothing()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(openWorkspace(db, dir, &error), qPrintable(error));
        const CsvMapping mapping = guessedMapping(file, u("src"));
        CsvImportService service(db);
        CsvImportResult first;
        CsvImportResult again;
        CsvImportFailure failure;
        QVERIFY2(service.importFile(file, mapping, &first, &failure),
                 qPrintable(failure.lines().join(QLatin1Char('\n'))));
        QVERIFY(first.rowsAdded > 0);
        const QByteArray before = dbDigest(db);
        QVERIFY(service.importFile(file, mapping, &again, &failure));
        QVERIFY(again.alreadyImported);
        QCOMPARE(dbDigest(db), before);

        // The same records with another sha256 (one more line break) add nothing either:
        // duplicates are found record by record, not only by file.
        QFile src(file);
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QByteArray content = src.readAll() + '\n';
        const QString copy = dir.filePath(u("copy.") + QFileInfo(file).suffix());
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();
        QVERIFY2(service.importFile(copy, mapping, &again, &failure),
                 qPrintable(failure.lines().join(QLatin1Char('\n'))));
        QVERIFY(!again.alreadyImported);
        QCOMPARE(again.rowsAdded, qint64(0));
        QCOMPARE(again.rowsSkippedDuplicate, first.rowsAdded + first.rowsSkippedDuplicate);
        QCOMPARE(again.membersAdded, qint64(0));
    }

    void overlappingExportAddsOnlyNewRows()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(openWorkspace(db, dir, &error), qPrintable(error));
        CsvImportService service(db);
        CsvImportResult result;
        CsvImportFailure failure;
        QVERIFY(service.importFile(fixture("memberships_utf8_bom.csv"), fixtureMapping(), &result,
                                   &failure));
        QFile src(fixture("memberships_utf8_bom.csv"));
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QString later = dir.filePath(u("later.csv"));
        QFile out(later);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(src.readAll() +
                  "u1005,Dave,dave@example.com,Annual,199,CNY,2026-04-01,2027-04-01,active\r\n");
        out.close();
        QVERIFY2(service.importFile(later, fixtureMapping(), &result, &failure),
                 qPrintable(failure.lines().join(QLatin1Char('\n'))));
        QCOMPARE(result.rowsAdded, qint64(1));
        QCOMPARE(result.rowsSkippedDuplicate, qint64(5));
        QCOMPARE(result.membersAdded, qint64(1));
        QCOMPARE(scalar(db, u("SELECT count(*) FROM membership")), qint64(6));
        QCOMPARE(scalar(db, u("SELECT count(*) FROM membership WHERE import_batch_id = %1")
                                .arg(result.batchId)),
                 qint64(1));
    }

    void everyRowCarriesItsBatch()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(openWorkspace(db, dir, &error), qPrintable(error));
        CsvImportService service(db);
        CsvImportResult result;
        CsvImportFailure failure;
        for (const char *name :
             {"members.csv", "memberships_utf8_bom.csv", "feedback.csv", "activities.csv"}) {
            const CsvMapping m = QByteArray(name) == "memberships_utf8_bom.csv"
                                     ? fixtureMapping()
                                     : guessedMapping(fixture(name), u("src"));
            QVERIFY2(service.importFile(fixture(name), m, &result, &failure),
                     qPrintable(failure.lines().join(QLatin1Char('\n'))));
        }
        const QString messages = dir.filePath(u("chat.csv"));
        QFile f(messages);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("time,user,channel,text\n2026-03-01 10:00,alice,general,hi\n"
                "2026-03-01 10:05,zed,general,hello\n2026-03-02 09:00,alice,random,\"a\nb\"\n");
        f.close();
        const CsvMapping chat = guessedMapping(messages, u("forum"));
        QCOMPARE(chat.target, CsvTarget::Messages);
        QVERIFY2(service.importFile(messages, chat, &result, &failure),
                 qPrintable(failure.lines().join(QLatin1Char('\n'))));
        QCOMPARE(result.rowsAdded, qint64(3));
        QCOMPARE(rows(db, u("SELECT c.platform, c.external_id, m.text, m.sent_at FROM message m "
                            "JOIN channel c ON c.id = m.channel_id ORDER BY m.sent_at")),
                 (QStringList{u("forum|general|hi|%1").arg(utc(2026, 3, 1, 2)),
                              u("forum|general|hello|%1").arg(utc(2026, 3, 1, 2, 5)),
                              u("forum|random|a\nb|%1").arg(utc(2026, 3, 2, 1))}));
        QCOMPARE(rows(db, u("SELECT first_seen, last_seen FROM member m JOIN identity i ON "
                            "i.member_id = m.id WHERE i.external_id = 'username:alice'")),
                 QStringList{u("%1|%2").arg(n(utc(2026, 3, 1, 2)), n(utc(2026, 3, 2, 1)))});
        for (const char *table : {"member", "identity", "membership", "plan", "feedback",
                                  "activity", "activity_attendance", "message", "channel"}) {
            QVERIFY2(scalar(db, u("SELECT count(*) FROM %1").arg(QLatin1String(table))) > 0, table);
            QCOMPARE(scalar(db, u("SELECT count(*) FROM %1 t LEFT JOIN import_batch b ON b.id = "
                                  "t.import_batch_id WHERE b.id IS NULL")
                                    .arg(QLatin1String(table))),
                     qint64(0));
        }
        QCOMPARE(scalar(db, u("SELECT count(*) FROM import_batch")), qint64(5));
        QCOMPARE(scalar(db, u("SELECT count(*) FROM pragma_foreign_key_check")), qint64(0));
    }

    void remembersTheMappingPerSource()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(openWorkspace(db, dir, &error), qPrintable(error));
        const CsvMapping mapping = fixtureMapping();
        CsvImportService service(db);
        CsvImportResult result;
        CsvImportFailure failure;
        CsvMapping found;
        QVERIFY(!CsvMappingStore(db).load(u("zsxq"), &found));
        QVERIFY(
            service.importFile(fixture("memberships_utf8_bom.csv"), mapping, &result, &failure));
        CsvMappingStore store(db);
        QVERIFY(store.load(u("zsxq"), &found));
        QCOMPARE(found.toJson(), mapping.toJson());
        CsvRecordSource source;
        ImportError openError;
        QVERIFY(
            source.open(fixture("memberships_utf8_bom.csv"), u("auto"), u("auto"), 1, &openError));
        QVERIFY(store.findForHeader(source.header(), &found));
        QCOMPARE(found.source, u("zsxq"));
    }

    void gitterPreset_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("added");
        QTest::addColumn<qint64>("duplicates");
        QTest::addColumn<qint64>("members");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        // SOURCES.md: Aarhus 4 messages from 4 authors; Campinas 10 rows, 5 exact duplicates.
        QTest::newRow("Aarhus")
            << gitter("Aarhus.tsv") << qint64(4) << qint64(0) << qint64(4)
            << QDateTime::fromString(u("2015-07-30T06:25:36Z"), Qt::ISODate).toSecsSinceEpoch()
            << QDateTime::fromString(u("2016-09-17T11:04:16Z"), Qt::ISODate).toSecsSinceEpoch();
        QTest::newRow("Campinas") << gitter("Campinas.tsv") << qint64(5) << qint64(5) << qint64(5)
                                  << qint64(-1) << qint64(-1);
    }
    void gitterPreset()
    {
        QFETCH(QString, file);
        QFETCH(qint64, added);
        QFETCH(qint64, duplicates);
        QFETCH(qint64, members);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        if (!QFile::exists(file))
            QSKIP("the Gitter archives are not in the shared data");
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(openWorkspace(db, dir, &error), qPrintable(error));
        CsvMapping gitterMapping;
        QVERIFY(CsvMapping::load(u("preset:gitter"), &gitterMapping, &error));
        CsvImportService service(db);
        CsvImportResult result;
        CsvImportFailure failure;
        QVERIFY2(service.importFile(file, gitterMapping, &result, &failure),
                 qPrintable(failure.lines().join(QLatin1Char('\n'))));
        QCOMPARE(result.rowsAdded, added);
        QCOMPARE(result.rowsSkippedDuplicate, duplicates);
        QCOMPARE(result.membersAdded, members);
        QCOMPARE(scalar(db, u("SELECT count(*) FROM message")), added);
        QCOMPARE(scalar(db, u("SELECT count(DISTINCT platform || external_id) FROM channel")),
                 qint64(1));
        if (first >= 0) {
            QCOMPARE(scalar(db, u("SELECT min(sent_at) FROM message")), first);
            QCOMPARE(scalar(db, u("SELECT max(sent_at) FROM message")), last);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvMappingImport)
#include "tst_csv_mapping_import.moc"
