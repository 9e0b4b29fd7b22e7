// Generic CSV import without a database write: value parsing (dates to UTC seconds, amounts to
// minor units, currencies, statuses, attendance, scores, emails, phones), encoding and
// delimiter detection on the fixtures, header auto-guessing in English and Chinese, the
// mapping JSON (round trip, errors, preset), the remembered mapping in the setting table, and
// row-level errors with their line and column.
#include "import/csv/CsvFieldGuesser.h"
#include "import/csv/CsvMapping.h"
#include "import/csv/CsvMappingStore.h"
#include "import/csv/CsvMoney.h"
#include "import/csv/CsvRecordSource.h"
#include "import/csv/CsvSniffer.h"
#include "import/csv/CsvValidator.h"
#include "import/csv/CsvValues.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kindred;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(KINDRED_TEST_DATA_DIR "/csv/") + QString::fromUtf8(name);
}

qint64 utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList sl(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out.append(QString::fromUtf8(t));
    return out;
}

QStringList keys(const QList<CsvField> &fields)
{
    QStringList out;
    for (CsvField f : fields)
        out.append(CsvFields::key(f));
    return out;
}

QStringList headerOf(const QString &path)
{
    CsvRecordSource source;
    ImportError error;
    if (!source.open(path, QStringLiteral("auto"), QStringLiteral("auto"), 1, &error))
        return {QStringLiteral("ERROR: ") + error.toString()};
    return source.header();
}

/// The mapping of memberships_invalid.csv (and of the English memberships fixtures).
CsvMapping invalidFileMapping()
{
    CsvMapping m;
    m.target = CsvTarget::Memberships;
    m.source = QStringLiteral("zsxq");
    const QStringList header = headerOf(fixture("memberships_invalid.csv"));
    const QList<CsvField> fields = CsvFieldGuesser::guessAll(header, m.target);
    for (qsizetype i = 0; i < header.size(); ++i)
        m.assign(header.at(i), fields.at(i));
    return m;
}

} // namespace

class TestCsvMapping : public QObject
{
    Q_OBJECT
private slots:
    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currencyColumn");
        QTest::addColumn<QString>("defaultCurrency");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency"); // or a part of the error
        auto row = [](const char *name, const char *text, const char *column, const char *def,
                      bool ok, qint64 minor, const char *currency) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(column)
                                << QString::fromUtf8(def) << ok << minor
                                << QString::fromUtf8(currency);
        };
        row("integer", "199", "", "CNY", true, 19900, "CNY");
        row("decimals", "199.00", "", "CNY", true, 19900, "CNY");
        row("yuan sign", "¥199", "", "USD", true, 19900, "CNY");
        row("fullwidth yuan", "￥ 88.8", "", "USD", true, 8880, "CNY");
        row("thousands", "1,299.50", "", "CNY", true, 129950, "CNY");
        row("code prefix", "CNY 199", "", "USD", true, 19900, "CNY");
        row("yuan suffix", "199元", "", "USD", true, 19900, "CNY");
        row("dollar", "$19.99", "", "CNY", true, 1999, "USD");
        row("euro", "€5", "", "CNY", true, 500, "EUR");
        row("pound", "£3.5", "", "CNY", true, 350, "GBP");
        row("european", "1.299,50", "EUR", "CNY", true, 129950, "EUR");
        row("decimal comma", "9,90", "eur", "CNY", true, 990, "EUR");
        row("negative", "-20", "", "CNY", true, -2000, "CNY");
        row("negative symbol", "-¥20", "", "CNY", true, -2000, "CNY");
        row("empty", "", "", "CNY", true, 0, "CNY");
        row("yen has no decimals", "1000", "JPY", "CNY", true, 1000, "JPY");
        row("dinar has three", "1.5", "KWD", "CNY", true, 1500, "KWD");
        row("column symbol", "20", "¥", "USD", true, 2000, "CNY");
        row("not a number", "12,3x", "", "CNY", false, 0, "'12,3x' is not a number");
        row("letters", "abc", "", "CNY", false, 0, "'abc' is not a number");
        row("mixed", "$5", "CNY", "CNY", false, 0, "is in USD but the currency column says CNY");
        row("unknown column", "199", "XYZ", "CNY", false, 0, "'XYZ' is not an ISO 4217");
        row("unknown code", "12 XYZ", "", "CNY", false, 0, "'XYZ' is not an ISO 4217");
        row("too many decimals", "1.999", "", "CNY", false, 0, "more decimals than CNY");
        row("bad grouping", "1,2,3", "", "CNY", false, 0, "is not a number");
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(QString, currencyColumn);
        QFETCH(QString, defaultCurrency);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        qint64 gotMinor = -1;
        QString gotCurrency;
        QString error;
        const bool parsed = CsvMoney::parseAmount(text, currencyColumn, defaultCurrency, &gotMinor,
                                                  &gotCurrency, &error);
        QCOMPARE(parsed, ok);
        if (ok) {
            QCOMPARE(gotMinor, minor);
            QCOMPARE(gotCurrency, currency);
        } else {
            QVERIFY2(error.contains(currency), qPrintable(error));
        }
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("utcSeconds");
        const QString sh = QStringLiteral("Asia/Shanghai");
        const QString autoFormat = QStringLiteral("auto");
        auto row = [&](const char *name, const char *text, const QString &format,
                       const QString &zone, bool ok, qint64 expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << format << zone << ok << expected;
        };
        row("date only, Shanghai", "2026-03-01", autoFormat, sh, true, utc(2026, 2, 28, 16));
        row("iso offset", "2026-03-01T10:00:00+08:00", autoFormat, sh, true, utc(2026, 3, 1, 2));
        row("iso negative offset", "2026-03-01 10:00 -05:00", autoFormat, sh, true,
            utc(2026, 3, 1, 15));
        row("iso Z", "2026-03-01T10:00:00Z", autoFormat, sh, true, utc(2026, 3, 1, 10));
        row("iso millis Z", "2016-09-17T11:04:16.074Z", autoFormat, sh, true,
            utc(2016, 9, 17, 11, 4, 16));
        row("wall clock", "2026-03-01 10:00", autoFormat, sh, true, utc(2026, 3, 1, 2));
        row("wall clock seconds", "2026-03-01 10:00:30", autoFormat, sh, true,
            utc(2026, 3, 1, 2, 0, 30));
        row("wall clock UTC", "2026-03-01 10:00", autoFormat, QStringLiteral("UTC"), true,
            utc(2026, 3, 1, 10));
        row("slashes", "2026/3/1 9:05", autoFormat, sh, true, utc(2026, 3, 1, 1, 5));
        row("dots", "2026.3.1", autoFormat, sh, true, utc(2026, 2, 28, 16));
        row("chinese", "2026年3月1日 9:05", autoFormat, sh, true, utc(2026, 3, 1, 1, 5));
        row("compact", "20260301", autoFormat, QStringLiteral("UTC"), true, utc(2026, 3, 1));
        row("unix seconds", "1772330400", autoFormat, sh, true, 1772330400);
        row("unix millis", "1772330400123", autoFormat, sh, true, 1772330400);
        row("qt format", "01.03.2026 10:00", QStringLiteral("dd.MM.yyyy HH:mm"), sh, true,
            utc(2026, 3, 1, 2));
        row("month 13", "2026-13-01", autoFormat, sh, false, 0);
        row("february 30", "2026-02-30", autoFormat, sh, false, 0);
        row("words", "yesterday", autoFormat, sh, false, 0);
        row("format mismatch", "01.03.2026", QStringLiteral("yyyy-MM-dd"), sh, false, 0);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, format);
        QFETCH(QString, zone);
        QFETCH(bool, ok);
        QFETCH(qint64, utcSeconds);
        qint64 got = -1;
        QString error;
        QCOMPARE(CsvValues::parseDate(text, format, QTimeZone(zone.toUtf8()), &got, &error), ok);
        if (ok)
            QCOMPARE(got, utcSeconds);
        else
            QVERIFY2(error.contains(text), qPrintable(error));
    }

    void words_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // "" = invalid
        auto row = [](const char *kind, const char *text, const char *expected) {
            QTest::addRow("%s %s", kind, text)
                << QString::fromLatin1(kind) << QString::fromUtf8(text)
                << QString::fromUtf8(expected);
        };
        row("status", "active", "active");
        row("status", "有效", "active");
        row("status", "试用", "trial");
        row("status", "过期", "expired");
        row("status", "已退款", "refunded");
        row("status", "取消", "cancelled");
        row("status", "Canceled", "cancelled");
        row("status", "paused", "");
        row("attendance", "签到", "attended");
        row("attendance", "已签到", "attended");
        row("attendance", "报名", "registered");
        row("attendance", "缺席", "absent");
        row("attendance", "No-Show", "absent");
        row("attendance", "", "attended");
        row("attendance", "maybe", "");
        row("score", "4.5", "4.5");
        row("score", "4,5", "4.5");
        row("score", "★★★", "3");
        row("score", "80%", "80");
        row("score", "4/5", "4");
        row("score", "good", "");
        row("email", " Alice@Example.COM ", "alice@example.com");
        row("email", "alice", "");
        row("phone", "+86 138-0013-8000", "+8613800138000");
        row("phone", "(139) 0000.1111", "13900001111");
        row("phone", "call me", "");
    }
    void words()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString got;
        QString error;
        bool ok = false;
        if (kind == QLatin1String("status")) {
            ok = CsvValues::parseStatus(text, &got, &error);
        } else if (kind == QLatin1String("attendance")) {
            ok = CsvValues::parseAttendance(text, &got, &error);
        } else if (kind == QLatin1String("score")) {
            double score = 0;
            ok = CsvValues::parseScore(text, &score, &error);
            got = QString::number(score);
        } else if (kind == QLatin1String("email")) {
            ok = CsvValues::parseEmail(text, &got, &error);
        } else {
            ok = CsvValues::parsePhone(text, &got, &error);
        }
        QCOMPARE(ok, !expected.isEmpty());
        if (ok)
            QCOMPARE(got, expected);
        else
            QVERIFY2(error.contains(text.trimmed()), qPrintable(error));
    }

    void sniffsFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<int>("columns");
        QTest::newRow("utf-8 bom")
            << fixture("memberships_utf8_bom.csv") << s("utf-8") << true << s(",") << 9;
        QTest::newRow("gb18030") << fixture("memberships_gb18030.csv") << s("gb18030") << false
                                 << s(",") << 9;
        QTest::newRow("semicolon")
            << fixture("memberships_semicolon.csv") << s("utf-8") << false << s(";") << 8;
        QTest::newRow("tab") << fixture("memberships_tab.tsv") << s("utf-8") << false << s("\t")
                             << 7;
        QTest::newRow("quoted commas")
            << fixture("feedback.csv") << s("utf-8") << false << s(",") << 4;
        QTest::newRow("utf-16 (Excel unicode text)")
            << fixture("feedback_utf16.txt") << s("utf-16le") << true << s("\t") << 4;
        QTest::newRow("activities")
            << fixture("activities.csv") << s("utf-8") << false << s(",") << 6;
        const QString gitter = QStringLiteral(
            KINDRED_SHARED_DIR "/data/community/open-data/gitter-history/archives/Aarhus.tsv");
        if (QFile::exists(gitter))
            QTest::newRow("gitter tsv, multi-line quoted")
                << gitter << s("utf-8") << false << s("\t") << 7;
    }
    void sniffsFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(bool, bom);
        QFETCH(QString, delimiter);
        QFETCH(int, columns);
        CsvSniffResult r;
        QString error;
        QVERIFY2(CsvSniffer::sniff(file, &r, &error), qPrintable(error));
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(r.bom, bom);
        QCOMPARE(QString(QLatin1Char(r.delimiter)), delimiter);
        QCOMPARE(r.columns, columns);
    }

    void detectsInMemory()
    {
        bool bom = true;
        QCOMPARE(CsvSniffer::detectEncoding("a,b\n1,2\n", true, &bom), QStringLiteral("utf-8"));
        QVERIFY(!bom);
        QCOMPARE(CsvSniffer::detectEncoding(QStringLiteral("昵称,金额\n").toUtf8(), true, &bom),
                 QStringLiteral("utf-8"));
        QByteArray gb;
        {
            QFile f(fixture("memberships_gb18030.csv"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            gb = f.readAll();
        }
        QCOMPARE(CsvSniffer::detectEncoding(gb, true, &bom), QStringLiteral("gb18030"));
        QCOMPARE(CsvSniffer::detectEncoding("\xFF\xFEx\0", true, &bom), QStringLiteral("utf-16le"));
        QVERIFY(bom);
        QVERIFY(CsvSniffer::detectEncoding("abc\xFF\xFF\xFF", true, &bom).isEmpty());
        QCOMPARE(CsvSniffer::detectDelimiter("a|b|c\n1|2|3\n"), '|');
        // Commas inside quoted fields do not make a comma-separated file.
        QCOMPARE(CsvSniffer::detectDelimiter("\"a,b\";c\n\"1,2,3\";4\n\"x\";y\n"), ';');
        QCOMPARE(CsvSniffer::detectDelimiter("one column\nvalue\n"), ',');
    }

    void guessesFields_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("fields");
        const QStringList memberships = {
            QStringLiteral("member_id"),  QStringLiteral("display_name"),
            QStringLiteral("email"),      QStringLiteral("plan"),
            QStringLiteral("amount"),     QStringLiteral("currency"),
            QStringLiteral("started_at"), QStringLiteral("expires_at"),
            QStringLiteral("status")};
        QTest::newRow("english memberships")
            << fixture("memberships_utf8_bom.csv") << s("memberships") << memberships;
        QTest::newRow("chinese memberships (GB18030)")
            << fixture("memberships_gb18030.csv") << s("memberships") << memberships;
        QTest::newRow("semicolon memberships")
            << fixture("memberships_semicolon.csv") << s("memberships")
            << sl({"display_name", "email", "plan", "amount", "currency", "started_at",
                   "expires_at", "status"});
        QTest::newRow("tab memberships") << fixture("memberships_tab.tsv") << s("memberships")
                                         << sl({"member_id", "username", "plan", "amount",
                                                "started_at", "expires_at", "status"});
        QTest::newRow("feedback") << fixture("feedback.csv") << s("feedback")
                                  << sl({"submitted_at", "display_name", "score", "text"});
        QTest::newRow("activities")
            << fixture("activities.csv") << s("activities")
            << sl({"activity", "kind", "starts_at", "ends_at", "display_name", "attendance"});
        QTest::newRow("members") << fixture("members.csv") << s("members")
                                 << sl({"display_name", "email", "phone", "joined_at", "tags"});
    }
    void guessesFields()
    {
        QFETCH(QString, file);
        QFETCH(QString, target);
        QFETCH(QStringList, fields);
        const QStringList header = headerOf(file);
        QCOMPARE(CsvFields::targetKey(CsvFieldGuesser::guessTarget(header)), target);
        CsvTarget t = CsvTarget::Members;
        QVERIFY(CsvFields::targetFromKey(target, &t));
        QCOMPARE(keys(CsvFieldGuesser::guessAll(header, t)), fields);
    }

    void mappingJsonRoundTrip()
    {
        CsvMapping m;
        m.target = CsvTarget::Activities;
        m.source = QStringLiteral("survey-2026");
        m.encoding = QStringLiteral("gb18030");
        m.delimiter = QStringLiteral("\t");
        m.headerRow = 2;
        m.columns = {{QStringLiteral("活动"), CsvField::Activity},
                     {QStringLiteral("#3"), CsvField::StartsAt},
                     {QStringLiteral("签到"), CsvField::Attendance}};
        m.dateFormat = QStringLiteral("dd.MM.yyyy HH:mm");
        m.timezone = QStringLiteral("Europe/Berlin");
        m.currency = QStringLiteral("EUR");
        m.memberPlatform = QStringLiteral("telegram");
        m.memberMatch = {QStringLiteral("external_id"), QStringLiteral("username")};
        m.skipInvalidRows = true;
        CsvMapping back;
        QString error;
        QVERIFY2(CsvMapping::fromJson(m.toJson(), &back, &error), qPrintable(error));
        // columns come back in the JSON object's order: compare as assignments
        QCOMPARE(back.columnFor(CsvField::Activity), QStringLiteral("活动"));
        QCOMPARE(back.columnFor(CsvField::StartsAt), QStringLiteral("#3"));
        QCOMPARE(back.columnFor(CsvField::Attendance), QStringLiteral("签到"));
        back.columns = m.columns;
        QCOMPARE(back.toJson(), m.toJson());
        QVERIFY(back == m);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.json"));
        QVERIFY2(m.save(path, &error), qPrintable(error));
        CsvMapping loaded;
        QVERIFY2(CsvMapping::load(path, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.toJson(), m.toJson());

        CsvMapping fixtureMapping;
        QVERIFY2(CsvMapping::load(fixture("memberships.mapping.json"), &fixtureMapping, &error),
                 qPrintable(error));
        QCOMPARE(fixtureMapping.columnFor(CsvField::Amount), QStringLiteral("amount"));
        QVERIFY(fixtureMapping.missingRequired().isEmpty());

        CsvMapping gitter;
        QVERIFY(CsvMapping::load(QStringLiteral("preset:gitter"), &gitter, &error));
        QCOMPARE(gitter.target, CsvTarget::Messages);
        QCOMPARE(gitter.delimiter, QStringLiteral("\t"));
        QCOMPARE(gitter.headerRow, 0);
        QVERIFY(!CsvMapping::load(QStringLiteral("preset:nope"), &gitter, &error));
    }

    void mappingJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("target") << QByteArray(R"({"target":"payments","columns":{}})")
                                << s("\"target\": 'payments'");
        QTest::newRow("field") << QByteArray(R"({"target":"members","columns":{"a":"salary"}})")
                               << s("'salary' (column 'a') is not a field");
        QTest::newRow("field of another target")
            << QByteArray(R"({"target":"members","columns":{"a":"amount"}})")
            << s("field 'amount' (column 'a') is not a field of target 'members'");
        QTest::newRow("delimiter")
            << QByteArray(R"({"target":"members","delimiter":":","columns":{}})")
            << s("\"delimiter\": ':'");
        QTest::newRow("timezone")
            << QByteArray(R"({"target":"members","timezone":"Mars/Base","columns":{}})")
            << s("\"timezone\": 'Mars/Base'");
        QTest::newRow("currency") << QByteArray(
                                         R"({"target":"members","currency":"XYZ","columns":{}})")
                                  << s("\"currency\": 'XYZ'");
        QTest::newRow("match")
            << QByteArray(R"({"target":"members","member":{"match":["iq"]},"columns":{}})")
            << s("\"member.match\": 'iq'");
        QTest::newRow("twice") << QByteArray(
                                      R"({"target":"members","columns":{"a":"email","b":"email"}})")
                               << s("field 'email' or column 'b' is assigned twice");
        QTest::newRow("version") << QByteArray(R"({"kindred_csv_mapping":9,"target":"members"})")
                                 << s("version 9");
        QTest::newRow("source") << QByteArray(R"({"target":"members","source":"a b","columns":{}})")
                                << s("\"source\": 'a b'");
    }
    void mappingJsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        CsvMapping m;
        QString why;
        QVERIFY(!CsvMapping::fromJson(QJsonDocument::fromJson(json).object(), &m, &why));
        QVERIFY2(why.contains(error), qPrintable(why));
    }

    void rememberedMappingRoundTrip()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.kindred")), &error));
        CsvMappingStore store(db);
        CsvMapping m = invalidFileMapping();
        m.timezone = QStringLiteral("Asia/Shanghai");
        QVERIFY2(store.save(m, &error), qPrintable(error));
        CsvMapping other;
        other.source = QStringLiteral("survey-2026");
        other.target = CsvTarget::Feedback;
        other.columns = {{QStringLiteral("评分"), CsvField::Score}};
        QVERIFY(store.save(other, &error));
        QCOMPARE(store.sources(), (sl({"survey-2026", "zsxq"})));
        QCOMPARE(db.setting(QStringLiteral("csv_mapping/zsxq")).isEmpty(), false);
        CsvMapping back;
        QVERIFY(store.load(QStringLiteral("zsxq"), &back));
        QCOMPARE(back.toJson(), m.toJson());
        QVERIFY(!store.load(QStringLiteral("unknown"), &back));
        // A file with the same columns (in another order, other case) gets the mapping back.
        QStringList header = headerOf(fixture("memberships_invalid.csv"));
        std::reverse(header.begin(), header.end());
        header[0] = header[0].toUpper();
        CsvMapping found;
        QVERIFY(store.findForHeader(header, &found));
        QCOMPARE(found.source, QStringLiteral("zsxq"));
        QVERIFY(store.findForHeader({QStringLiteral("评分"), QStringLiteral("x")}, &found));
        QCOMPARE(found.source, QStringLiteral("survey-2026"));
        QVERIFY(!store.findForHeader({QStringLiteral("user_id")}, &found));
    }

    void rowErrorsNameLineAndColumn_data()
    {
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("amount") << qint64(3) << s("amount") << s("'12,3x' is not a number");
        QTest::newRow("currency") << qint64(4) << s("currency")
                                  << s("'XYZ' is not an ISO 4217 currency");
        QTest::newRow("date") << qint64(5) << s("start") << s("'2026-13-01' is not a date");
        QTest::newRow("mixed currency, second line of a record")
            << qint64(7) << s("amount") << s("'$5' is in USD but the currency column says CNY");
        QTest::newRow("status") << qint64(7) << s("status")
                                << s("'paused' is not a membership status");
        QTest::newRow("expiry before start")
            << qint64(8) << s("expiry") << s("'2025-01-01' is before the start '2026-01-01'");
        QTest::newRow("no member") << qint64(9) << s("") << s("the row names no member");
    }
    void rowErrorsNameLineAndColumn()
    {
        QFETCH(qint64, line);
        QFETCH(QString, column);
        QFETCH(QString, message);
        const CsvValidator validator(invalidFileMapping(), QStringLiteral("CNY"),
                                     QTimeZone("Asia/Shanghai"));
        const CsvValidation v = validator.validate(fixture("memberships_invalid.csv"), -1, 20);
        QVERIFY2(!v.fileError.isSet(), qPrintable(v.fileError.toString()));
        QCOMPARE(v.rows, qint64(7));
        QCOMPARE(v.invalidRows, qint64(6));
        QCOMPARE(v.preview.size(), 7);
        QCOMPARE(v.preview.at(4).line, qint64(6)); // the two-line record
        QCOMPARE(v.errors.size(), 7);
        bool found = false;
        for (const CsvRowError &e : v.errors) {
            if (e.line == line && e.column == column && e.message.contains(message)) {
                found = true;
                const QString text = e.toString(QStringLiteral("f.csv"));
                const QString where =
                    column.isEmpty()
                        ? QStringLiteral("f.csv:%1: ").arg(line)
                        : QStringLiteral("f.csv:%1: column '%2': ").arg(line).arg(column);
                QVERIFY2(text.startsWith(where), qPrintable(text));
            }
        }
        QVERIFY2(
            found,
            qPrintable(QStringLiteral("no error at line %1 column '%2'").arg(line).arg(column)));
    }

    void mappingThatDoesNotFit()
    {
        CsvMapping m = invalidFileMapping();
        m.assign(QStringLiteral("金额"), CsvField::Amount); // not a column of the file
        const CsvValidator validator(m, QStringLiteral("CNY"), QTimeZone::utc());
        const CsvValidation v = validator.validate(fixture("memberships_invalid.csv"));
        QVERIFY(v.fileError.isSet());
        QVERIFY2(v.fileError.message.contains(QStringLiteral("'金额'")),
                 qPrintable(v.fileError.message));
        CsvMapping unmapped = invalidFileMapping();
        unmapped.assign(QStringLiteral("start"), CsvField::Ignore);
        const CsvValidation u = CsvValidator(unmapped, QStringLiteral("CNY"), QTimeZone::utc())
                                    .validate(fixture("memberships_invalid.csv"), -1, 5);
        QVERIFY(!u.fileError.isSet());
        QVERIFY2(u.mappingError.contains(CsvFields::label(CsvField::StartedAt)),
                 qPrintable(u.mappingError));
        QCOMPARE(u.preview.size(), 5);
        QVERIFY(!u.ok());
    }
};

QTEST_GUILESS_MAIN(TestCsvMapping)
#include "tst_csv_mapping.moc"
