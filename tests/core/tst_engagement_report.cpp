// EngagementReport (core/analytics/EngagementReport.h) on small hand-computed communities and
// on the demo community.
#include "analytics/EngagementReport.h"
#include "analytics/KpiCalculator.h"
#include "demo/DemoGenerator.h"
#include "import/ImportWriter.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <initializer_list>
#include <memory>

using namespace kindred;

namespace {

qint64 utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toSecsSinceEpoch();
}

PersonRef person(const QString &name)
{
    if (name == QLatin1String("bot"))
        return PersonRef{QStringLiteral("bot1"), QStringLiteral("bot"), true};
    return PersonRef{QStringLiteral("user") + name, name, false};
}

/// A workspace built from message specs "id|author|utc|text|replyTo|channel|reactor@utc":
/// author "bot" is a bot and "-" a service line; text defaults to "x", channel to "g".
struct Community
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<AnalyticsSource> source;

    bool build(const QStringList &specs, const QString &timezone, QString *error)
    {
        if (!db.open(dir.filePath(QStringLiteral("e.kindred")), error))
            return false;
        const qint64 community = db.defaultCommunityId(QStringLiteral("t"));
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("UPDATE community SET timezone = ?"));
        q.addBindValue(timezone);
        if (!q.exec())
            return false;
        q.finish();
        ImportWriter w(db.handle(), community, 0);
        if (!w.prepare(error))
            return false;
        QString channel;
        for (const QString &spec : specs) {
            const QStringList f = spec.split(QLatin1Char('|'));
            auto field = [&f](int i, const QString &fallback = {}) {
                return f.size() > i && !f.at(i).isEmpty() ? f.at(i) : fallback;
            };
            const QString ch = field(5, QStringLiteral("g"));
            if (ch != channel) {
                channel = ch;
                if (!w.beginChannel({QStringLiteral("telegram"), ch, ch, {}}))
                    return false;
            }
            MessageInfo m;
            m.externalId = field(0);
            if (field(1) == QLatin1String("-"))
                m.isService = true;
            else
                m.author = person(field(1));
            m.sentAt = utc(field(2));
            m.text = field(3, QStringLiteral("x"));
            m.replyToExternalId = field(4);
            if (const QString r = field(6); !r.isEmpty()) {
                const QStringList parts = r.split(QLatin1Char('@'));
                m.reactions.append(
                    {QStringLiteral("👍"), 1, {{person(parts.at(0)), utc(parts.at(1))}}});
            }
            if (!w.addMessage(m))
                return false;
        }
        if (!w.finish(error))
            return false;
        source = std::make_unique<AnalyticsSource>(db);
        return source->load(error);
    }
};

/// `counts` "A:5 B:3": that many messages per author on `day`, one a minute from 10:00 UTC.
QStringList countSpecs(const QString &counts, const QString &day)
{
    QStringList specs;
    int id = 0;
    for (const QString &part : counts.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char(':'));
        for (int i = 0; i < kv.at(1).toInt(); ++i, ++id)
            specs << QStringLiteral("%1|%2|%3T10:%4:00Z")
                         .arg(id)
                         .arg(kv.at(0), day)
                         .arg(id % 60, 2, 10, QLatin1Char('0'));
    }
    return specs;
}

QStringList strs(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

EngagementReportData computeOrFail(const AnalyticsSource &source, const Period &period)
{
    EngagementReportData data;
    QString error;
    if (!EngagementReport(source).compute(period, &data, &error))
        qWarning("compute failed: %s", qPrintable(error));
    return data;
}

qint64 gridTotal(const WeekdayHourGrid &grid)
{
    qint64 sum = 0;
    for (const auto &row : grid)
        for (qint64 v : row)
            sum += v;
    return sum;
}

} // namespace

class TestEngagementReport : public QObject
{
    Q_OBJECT
private slots:
    void stickiness_data();
    void stickiness();
    void contributorAbsence_data();
    void contributorAbsence();
    void contributorAbsenceFromCounts();
    void replyTimes_data();
    void replyTimes();
    void selfReplyAfterMergeIsIgnored();
    void questionRule_data();
    void questionRule();
    void median_data();
    void median();
    void heatmap_data();
    void heatmap();
    void newVsReturning_data();
    void newVsReturning();
    void channelFilter();
    void messagesPerChannel();
    void invalidPeriod();
    void demoCommunity();
};

void TestEngagementReport::stickiness_data()
{
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<double>("dauMean");
    QTest::addColumn<int>("mau");
    QTest::addColumn<QList<double>>("daily"); // DAU/MAU per day of 2024-03-01..03-03
    // A every day, B on 03-01, C on 03-02: DAU 2, 2, 1; MAU 2, 3, 3.
    const QStringList base{
        QStringLiteral("1|A|2024-03-01T10:00:00Z"), QStringLiteral("2|B|2024-03-01T11:00:00Z"),
        QStringLiteral("3|A|2024-03-02T10:00:00Z"), QStringLiteral("4|C|2024-03-02T11:00:00Z"),
        QStringLiteral("5|A|2024-03-03T10:00:00Z")};
    QTest::newRow("three members") << base << 5.0 / 3 << 3 << QList<double>{1.0, 2.0 / 3, 1.0 / 3};
    // D on 02-03 is inside the 30 days ending 03-03 (02-03..03-03 in a leap year).
    QTest::newRow("earlier member in MAU")
        << (QStringList(base) << QStringLiteral("0|D|2024-02-03T10:00:00Z")) << 5.0 / 3 << 4
        << QList<double>{2.0 / 3, 2.0 / 4, 1.0 / 4};
    // D on 02-02: in the windows of 03-01 (02-01..03-01) and 03-02, not of 03-03.
    QTest::newRow("member leaves the window")
        << (QStringList(base) << QStringLiteral("0|D|2024-02-02T10:00:00Z")) << 5.0 / 3 << 3
        << QList<double>{2.0 / 3, 2.0 / 4, 1.0 / 3};
    // Bots and service lines are not activity.
    QTest::newRow("bot and service ignored")
        << (QStringList(base) << QStringLiteral("6|bot|2024-03-03T12:00:00Z")
                              << QStringLiteral("7|-|2024-03-03T12:00:00Z"))
        << 5.0 / 3 << 3 << QList<double>{1.0, 2.0 / 3, 1.0 / 3};
    // A reaction with a time is activity: B reacts on 03-03 to A's message.
    QTest::newRow("reaction counts")
        << QStringList{QStringLiteral("1|A|2024-03-01T10:00:00Z"),
                       QStringLiteral("2|B|2024-03-01T11:00:00Z"),
                       QStringLiteral("3|A|2024-03-02T10:00:00Z"),
                       QStringLiteral("4|C|2024-03-02T11:00:00Z"),
                       QStringLiteral("5|A|2024-03-03T10:00:00Z|x|||B@2024-03-03T12:00:00Z")}
        << 2.0 << 3 << QList<double>{1.0, 2.0 / 3, 2.0 / 3};
}

void TestEngagementReport::stickiness()
{
    QFETCH(QStringList, specs);
    QFETCH(double, dauMean);
    QFETCH(int, mau);
    QFETCH(QList<double>, daily);
    Community c;
    QString error;
    QVERIFY2(c.build(specs, QStringLiteral("UTC"), &error), qPrintable(error));
    const EngagementReportData d =
        computeOrFail(*c.source, Period{QDate(2024, 3, 1), QDate(2024, 3, 3)});
    QCOMPARE(d.series.size(), 3);
    QCOMPARE(d.dauMean, dauMean);
    QCOMPARE(d.mau, mau);
    QCOMPARE(d.stickiness, dauMean / mau);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(EngagementReport::dayStickiness(d.series.at(i)), daily.at(i));
    // The same figures as the Dashboard's.
    const KpiSet k = KpiCalculator(*c.source).compute(d.period);
    QCOMPARE(d.stickiness, k.stickiness);
}

void TestEngagementReport::contributorAbsence_data()
{
    QTest::addColumn<QString>("counts");
    QTest::addColumn<int>("factor");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<qint64>("total");
    QTest::newRow("one member") << "A:3" << 1 << strs({"A"}) << qint64(3);
    QTest::newRow("exactly half is not enough")
        << "A:5 B:3 C:2" << 2 << strs({"A", "B"}) << qint64(10);
    QTest::newRow("just over half") << "A:6 B:3 C:1" << 1 << strs({"A"}) << qint64(10);
    QTest::newRow("largest first whatever the order")
        << "C:1 B:3 A:6" << 1 << strs({"A"}) << qint64(10);
    QTest::newRow("ties by member id") << "A:3 B:3 C:3 D:1" << 2 << strs({"A", "B"}) << qint64(10);
    QTest::newRow("four equal: two are exactly half")
        << "A:1 B:1 C:1 D:1" << 3 << strs({"A", "B", "C"}) << qint64(4);
    QTest::newRow("two equal") << "A:2 B:2" << 2 << strs({"A", "B"}) << qint64(4);
    QTest::newRow("bot not counted") << "bot:10 A:2 B:1" << 1 << strs({"A"}) << qint64(3);
    QTest::newRow("no messages") << "" << 0 << QStringList{} << qint64(0);
}

void TestEngagementReport::contributorAbsence()
{
    QFETCH(QString, counts);
    QFETCH(int, factor);
    QFETCH(QStringList, names);
    QFETCH(qint64, total);
    Community c;
    QString error;
    // One message of E before the period so that the community exists even with no counts.
    QStringList specs = countSpecs(counts, QStringLiteral("2024-03-05"));
    specs << QStringLiteral("900|E|2024-02-01T10:00:00Z");
    QVERIFY2(c.build(specs, QStringLiteral("UTC"), &error), qPrintable(error));
    const EngagementReportData d =
        computeOrFail(*c.source, Period{QDate(2024, 3, 4), QDate(2024, 3, 10)});
    QCOMPARE(d.messages, total);
    QCOMPARE(d.caf.totalMessages, total);
    QCOMPARE(d.caf.factor(), factor);
    QStringList got;
    for (const MemberMessages &m : d.caf.members)
        got << m.name;
    QCOMPARE(got, names);
    if (factor > 0) {
        QVERIFY(2 * d.caf.coveredMessages() > total);
        QVERIFY(2 * (d.caf.coveredMessages() - d.caf.members.last().messages) <= total);
    }
}

void TestEngagementReport::contributorAbsenceFromCounts()
{
    // The static form: zero counts ignored, ties by id.
    const ContributorAbsence caf = EngagementReport::contributorAbsence(
        {{7, QStringLiteral("G"), 0}, {3, QStringLiteral("C"), 4}, {2, QStringLiteral("B"), 4}});
    QCOMPARE(caf.totalMessages, qint64(8));
    QCOMPARE(caf.factor(), 2);
    QCOMPARE(caf.members.at(0).memberId, qint64(2));
    QCOMPARE(caf.share(), 1.0);
}

void TestEngagementReport::replyTimes_data()
{
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<qint64>("questions");
    QTest::addColumn<QList<qint64>>("delays");
    QTest::addColumn<double>("median"); // NaN = no answered question
    const double none = std::nan("");
    QTest::newRow("self-reply ignored")
        << strs({"1|A|2024-03-05T10:00:00Z|how?", "2|A|2024-03-05T10:05:00Z|me|1",
                 "3|B|2024-03-05T10:30:00Z|so|1"})
        << qint64(1) << QList<qint64>{1800} << 1800.0;
    QTest::newRow("only a self-reply: unanswered")
        << strs({"1|A|2024-03-05T10:00:00Z|why?", "2|A|2024-03-05T10:05:00Z|me|1"}) << qint64(1)
        << QList<qint64>{} << none;
    QTest::newRow("even count: mean of the two middle values")
        << strs({"1|A|2024-03-05T10:00:00Z|a?", "2|B|2024-03-05T10:01:00Z|r|1",
                 "3|A|2024-03-05T11:00:00Z|b?", "4|C|2024-03-05T11:02:00Z|r|3",
                 "5|B|2024-03-05T12:00:00Z|c?", "6|A|2024-03-05T12:05:00Z|r|5",
                 "7|C|2024-03-05T13:00:00Z|d?", "8|A|2024-03-05T14:00:00Z|r|7",
                 "9|D|2024-03-05T15:00:00Z|nobody?"})
        << qint64(5) << QList<qint64>{60, 120, 300, 3600} << 210.0;
    QTest::newRow("odd count")
        << strs({"1|A|2024-03-05T10:00:00Z|a?", "2|B|2024-03-05T10:01:00Z|r|1",
                 "3|A|2024-03-05T11:00:00Z|b?", "4|C|2024-03-05T11:10:00Z|r|3",
                 "5|B|2024-03-05T12:00:00Z|c?", "6|A|2024-03-05T14:00:00Z|r|5"})
        << qint64(3) << QList<qint64>{60, 600, 7200} << 600.0;
    QTest::newRow("the earliest reply counts")
        << strs({"1|A|2024-03-05T10:00:00Z|a?", "2|B|2024-03-05T10:10:00Z|r|1",
                 "3|C|2024-03-05T10:05:00Z|r|1"})
        << qint64(1) << QList<qint64>{300} << 300.0;
    QTest::newRow("a bot's reply is not a member's")
        << strs({"1|A|2024-03-05T10:00:00Z|a?", "2|bot|2024-03-05T10:01:00Z|r|1",
                 "3|B|2024-03-05T10:15:00Z|r|1"})
        << qint64(1) << QList<qint64>{900} << 900.0;
    QTest::newRow("full-width question mark")
        << strs({"1|A|2024-03-05T10:00:00Z|这个怎么办？", "2|B|2024-03-05T10:02:00Z|好|1"})
        << qint64(1) << QList<qint64>{120} << 120.0;
    QTest::newRow("a link's query is not a question")
        << strs(
               {"1|A|2024-03-05T10:00:00Z|see https://x.org/?a=1", "2|B|2024-03-05T10:02:00Z|ok|1"})
        << qint64(0) << QList<qint64>{} << none;
    QTest::newRow("a reply in another channel does not answer")
        << strs({"1|A|2024-03-05T10:00:00Z|a?|", "1|B|2024-03-05T10:02:00Z|b|1|h"}) << qint64(1)
        << QList<qint64>{} << none;
    QTest::newRow("a reply after the period counts")
        << strs({"1|A|2024-03-10T23:00:00Z|late?", "2|B|2024-03-11T01:00:00Z|r|1"}) << qint64(1)
        << QList<qint64>{7200} << 7200.0;
    QTest::newRow("a question before the period is not counted")
        << strs({"1|A|2024-03-03T23:00:00Z|early?", "2|B|2024-03-04T01:00:00Z|r|1"}) << qint64(0)
        << QList<qint64>{} << none;
    QTest::newRow("a reply stamped before its question counts 0 s")
        << strs({"1|A|2024-03-05T10:00:00Z|a?", "2|B|2024-03-05T09:59:00Z|r|1"}) << qint64(1)
        << QList<qint64>{0} << 0.0;
    QTest::newRow("a bot's question is not counted")
        << strs({"1|bot|2024-03-05T10:00:00Z|ready?", "2|B|2024-03-05T10:01:00Z|r|1"}) << qint64(0)
        << QList<qint64>{} << none;
}

void TestEngagementReport::replyTimes()
{
    QFETCH(QStringList, specs);
    QFETCH(qint64, questions);
    QFETCH(QList<qint64>, delays);
    QFETCH(double, median);
    Community c;
    QString error;
    QVERIFY2(c.build(specs, QStringLiteral("UTC"), &error), qPrintable(error));
    const EngagementReportData d =
        computeOrFail(*c.source, Period{QDate(2024, 3, 4), QDate(2024, 3, 10)});
    QCOMPARE(d.replies.questions, questions);
    QCOMPARE(d.replies.delays, delays);
    QCOMPARE(d.replies.unanswered(), questions - delays.size());
    if (std::isnan(median))
        QVERIFY(std::isnan(d.replies.medianSeconds));
    else
        QCOMPARE(d.replies.medianSeconds, median);
}

void TestEngagementReport::selfReplyAfterMergeIsIgnored()
{
    // A2 is A's other identity: once merged into A, A2's reply is A's own.
    Community c;
    QString error;
    QVERIFY2(c.build({QStringLiteral("1|A|2024-03-05T10:00:00Z|a?"),
                      QStringLiteral("2|A2|2024-03-05T10:01:00Z|r|1"),
                      QStringLiteral("3|B|2024-03-05T10:20:00Z|r|1")},
                     QStringLiteral("UTC"), &error),
             qPrintable(error));
    const Period period{QDate(2024, 3, 4), QDate(2024, 3, 10)};
    QCOMPARE(computeOrFail(*c.source, period).replies.delays, QList<qint64>{60});
    QSqlQuery q(c.db.sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE member SET merged_into = (SELECT id FROM member WHERE "
                                  "display_name = 'A') WHERE display_name = 'A2'")));
    q.finish();
    AnalyticsSource merged(c.db);
    QVERIFY(merged.load(&error));
    const EngagementReportData d = computeOrFail(merged, period);
    QCOMPARE(d.replies.delays, QList<qint64>{1200});
    // A's two identities are one contributor: 2 of 3 messages.
    QCOMPARE(d.caf.factor(), 1);
    QCOMPARE(d.caf.members.at(0).messages, qint64(2));
}

void TestEngagementReport::questionRule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("question");
    QTest::newRow("ends with ?") << "Any idea why?" << true;
    QTest::newRow("? inside") << "Why? I tried twice" << true;
    QTest::newRow("full-width") << "有人在杭州吗？" << true;
    QTest::newRow("full-width inside") << "怎么办？谢谢" << true;
    QTest::newRow("statement") << "Thanks, solved." << false;
    QTest::newRow("link query only") << "https://example.com/search?q=rust" << false;
    QTest::newRow("link and a question") << "is https://a.b/?x=1 down?" << true;
    QTest::newRow("HTTP upper case") << "HTTP://A.B/?X" << false;
    QTest::newRow("empty") << "" << false;
}

void TestEngagementReport::questionRule()
{
    QFETCH(QString, text);
    QFETCH(bool, question);
    QCOMPARE(EngagementReport::isQuestion(text), question);
}

void TestEngagementReport::median_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<double>("median");
    QTest::newRow("one") << QList<qint64>{5} << 5.0;
    QTest::newRow("two") << QList<qint64>{5, 8} << 6.5;
    QTest::newRow("unsorted odd") << QList<qint64>{9, 1, 4} << 4.0;
    QTest::newRow("unsorted even") << QList<qint64>{10, 1, 4, 3} << 3.5;
}

void TestEngagementReport::median()
{
    QFETCH(QList<qint64>, values);
    QFETCH(double, median);
    QCOMPARE(EngagementReport::median(values), median);
    QVERIFY(std::isnan(EngagementReport::median({})));
}

void TestEngagementReport::heatmap_data()
{
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("weekday"); // 1 = Monday .. 7 = Sunday (local)
    QTest::addColumn<int>("hour");
    // 2024-03-04 is a Monday.
    QTest::newRow("Shanghai: Monday 23:30 UTC is Tuesday 07h") << "Asia/Shanghai"
                                                               << "2024-03-04T23:30:00Z" << 2 << 7;
    QTest::newRow("UTC: Monday 23h") << "UTC"
                                     << "2024-03-04T23:30:00Z" << 1 << 23;
    QTest::newRow("Los Angeles: Tuesday 05:00 UTC is Monday 21h")
        << "America/Los_Angeles"
        << "2024-03-05T05:00:00Z" << 1 << 21;
    QTest::newRow("New York before DST: Sunday 01h") << "America/New_York"
                                                     << "2024-03-10T06:30:00Z" << 7 << 1;
    QTest::newRow("New York after DST: Sunday 03h") << "America/New_York"
                                                    << "2024-03-10T07:30:00Z" << 7 << 3;
    QTest::newRow("Kolkata half hour: Monday 23h") << "Asia/Kolkata"
                                                   << "2024-03-04T18:29:00Z" << 1 << 23;
    QTest::newRow("Kolkata half hour: Tuesday 00h") << "Asia/Kolkata"
                                                    << "2024-03-04T18:30:00Z" << 2 << 0;
}

void TestEngagementReport::heatmap()
{
    QFETCH(QString, timezone);
    QFETCH(QString, at);
    QFETCH(int, weekday);
    QFETCH(int, hour);
    Community c;
    QString error;
    QVERIFY2(c.build({QStringLiteral("1|A|") + at}, timezone, &error), qPrintable(error));
    const EngagementReportData d =
        computeOrFail(*c.source, Period{QDate(2024, 3, 3), QDate(2024, 3, 11)});
    QCOMPARE(d.messages, qint64(1));
    QCOMPARE(gridTotal(d.heatmap), qint64(1));
    QCOMPARE(d.heatmap.at(size_t(weekday - 1)).at(size_t(hour)), qint64(1));
    // The message's local day is the day that counts it.
    const qint64 day = c.source->clock().dayOf(utc(at));
    QCOMPARE(QDate::fromJulianDay(day).dayOfWeek(), weekday);
    QCOMPARE(d.messagesPerDay.at(int(day - d.period.from.toJulianDay())).at(0), qint64(1));
}

void TestEngagementReport::newVsReturning_data()
{
    // Period Wed 2024-03-06 .. Wed 2024-03-20: weeks 03-06..03-10 (partial), 03-11..03-17,
    // 03-18..03-20 (partial).
    //   A active 03-01 (before) and 03-07           -> week 1 returning
    //   B first 03-07, again 03-08, then 03-12      -> week 1 new (once), week 2 returning
    //   C first 03-12 and 03-13                      -> week 2 new (once)
    //   F active 03-02 (before) and 03-14            -> week 2 returning
    //   G reacts 03-15 to C's message (first time)   -> week 2 new
    //   D first 03-19, A 03-19                       -> week 3 new 1, returning 1
    QTest::addColumn<int>("week");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("newMembers");
    QTest::addColumn<int>("returning");
    QTest::newRow("week 1 (partial)") << 0 << QDate(2024, 3, 6) << QDate(2024, 3, 10) << 1 << 1;
    QTest::newRow("week 2") << 1 << QDate(2024, 3, 11) << QDate(2024, 3, 17) << 2 << 2;
    QTest::newRow("week 3 (partial)") << 2 << QDate(2024, 3, 18) << QDate(2024, 3, 20) << 1 << 1;
}

static QStringList newReturningSpecs()
{
    return {QStringLiteral("1|A|2024-03-01T10:00:00Z"),
            QStringLiteral("2|F|2024-03-02T10:00:00Z"),
            QStringLiteral("3|A|2024-03-07T10:00:00Z|||h"),
            QStringLiteral("4|B|2024-03-07T11:00:00Z"),
            QStringLiteral("5|B|2024-03-08T11:00:00Z"),
            QStringLiteral("6|B|2024-03-12T11:00:00Z"),
            QStringLiteral("7|C|2024-03-12T12:00:00Z|x|||G@2024-03-15T09:00:00Z"),
            QStringLiteral("8|C|2024-03-13T12:00:00Z"),
            QStringLiteral("9|F|2024-03-14T12:00:00Z"),
            QStringLiteral("10|D|2024-03-19T12:00:00Z"),
            QStringLiteral("11|A|2024-03-19T13:00:00Z")};
}

void TestEngagementReport::newVsReturning()
{
    QFETCH(int, week);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, newMembers);
    QFETCH(int, returning);
    Community c;
    QString error;
    QVERIFY2(c.build(newReturningSpecs(), QStringLiteral("Europe/Berlin"), &error),
             qPrintable(error));
    const EngagementReportData d =
        computeOrFail(*c.source, Period{QDate(2024, 3, 6), QDate(2024, 3, 20)});
    QCOMPARE(d.weeks.size(), 3);
    const WeekActivity &w = d.weeks.at(week);
    QCOMPARE(w.from, from);
    QCOMPARE(w.to, to);
    QCOMPARE(w.newMembers, newMembers);
    QCOMPARE(w.returningMembers, returning);
    QCOMPARE(w.isPartial(), week != 1);
}

void TestEngagementReport::channelFilter()
{
    // Restricted to channel h, A's only activity is 03-07 (the 03-01 message was in g): new.
    Community c;
    QString error;
    QVERIFY2(c.build(newReturningSpecs(), QStringLiteral("UTC"), &error), qPrintable(error));
    QSqlQuery q(c.db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM channel WHERE external_id = 'h'")) && q.next());
    const qint64 h = q.value(0).toLongLong();
    q.finish();
    c.source->setChannelFilter({h});
    const EngagementReportData d =
        computeOrFail(*c.source, Period{QDate(2024, 3, 6), QDate(2024, 3, 20)});
    QCOMPARE(d.messages, qint64(1));
    QCOMPARE(d.channels.size(), 1);
    QCOMPARE(d.channels.at(0).name, QStringLiteral("h"));
    QCOMPARE(d.weeks.at(0).newMembers, 1);
    QCOMPARE(d.weeks.at(0).returningMembers, 0);
    QCOMPARE(d.weeks.at(1).active(), 0);
    QCOMPARE(d.caf.factor(), 1);
}

void TestEngagementReport::messagesPerChannel()
{
    // Channel g: 3 member messages (one of a bot, one service line not counted); h: 1.
    Community c;
    QString error;
    QVERIFY2(c.build({QStringLiteral("1|A|2024-03-04T10:00:00Z"),
                      QStringLiteral("2|B|2024-03-04T11:00:00Z"),
                      QStringLiteral("3|A|2024-03-06T10:00:00Z"),
                      QStringLiteral("4|bot|2024-03-06T10:00:00Z"),
                      QStringLiteral("5|-|2024-03-06T10:00:00Z"),
                      QStringLiteral("1|B|2024-03-05T10:00:00Z|||h")},
                     QStringLiteral("UTC"), &error),
             qPrintable(error));
    const EngagementReportData d =
        computeOrFail(*c.source, Period{QDate(2024, 3, 4), QDate(2024, 3, 6)});
    QCOMPARE(d.messages, qint64(4));
    QCOMPARE(d.channels.size(), 2);
    QCOMPARE(d.channels.at(0).name, QStringLiteral("g"));
    QCOMPARE(d.channels.at(0).messages, qint64(3));
    QCOMPARE(d.channels.at(1).messages, qint64(1));
    QCOMPARE(d.messagesPerDay.size(), 3);
    QCOMPARE(d.messagesPerDay.at(0), (QList<qint64>{2, 0}));
    QCOMPARE(d.messagesPerDay.at(1), (QList<qint64>{0, 1}));
    QCOMPARE(d.messagesPerDay.at(2), (QList<qint64>{1, 0}));
    QCOMPARE(d.heatmap.at(0).at(10) + d.heatmap.at(0).at(11), qint64(2)); // Monday
}

void TestEngagementReport::invalidPeriod()
{
    Community c;
    QString error;
    QVERIFY2(c.build({QStringLiteral("1|A|2024-03-04T10:00:00Z")}, QStringLiteral("UTC"), &error),
             qPrintable(error));
    EngagementReportData d;
    QVERIFY(!EngagementReport(*c.source).compute(Period{QDate(2024, 3, 5), QDate(2024, 3, 4)}, &d,
                                                 &error));
    QVERIFY(!error.isEmpty());
}

void TestEngagementReport::demoCommunity()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("demo.kindred")), &error), qPrintable(error));
    QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
    AnalyticsSource source(db);
    QVERIFY2(source.load(&error), qPrintable(error));
    const Period period = Period::ending(source.lastMessageDate(), 30);
    EngagementReportData d;
    QVERIFY2(EngagementReport(source).compute(period, &d, &error), qPrintable(error));

    // Messages of the period by members, counted by SQL (no bots, no "You", no merged-away
    // identity whose survivor is a bot).
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM message m JOIN member b ON b.id = m.member_id "
                             "WHERE m.is_service = 0 AND b.is_bot = 0 AND b.is_self = 0 AND "
                             "m.sent_at >= ? AND m.sent_at < ?"));
    q.addBindValue(source.startOf(period));
    q.addBindValue(source.endOf(period));
    QVERIFY(q.exec() && q.next());
    const qint64 messages = q.value(0).toLongLong();
    q.finish();
    QVERIFY(messages > 1000);
    QCOMPARE(d.messages, messages);
    QCOMPARE(gridTotal(d.heatmap), messages);
    qint64 channelSum = 0;
    for (int i = 0; i < d.channels.size(); ++i) {
        channelSum += d.channels.at(i).messages;
        qint64 perDay = 0;
        for (const QList<qint64> &day : std::as_const(d.messagesPerDay))
            perDay += day.at(i);
        QCOMPARE(perDay, d.channels.at(i).messages);
        if (i > 0)
            QVERIFY(d.channels.at(i - 1).messages >= d.channels.at(i).messages);
    }
    QCOMPARE(channelSum, messages);
    QCOMPARE(d.channels.size(), 5);

    // Evening peaks in the community's time (PRODUCT.md demo): 20-22h busier than 3-5h.
    qint64 evening = 0, night = 0;
    for (const auto &row : d.heatmap) {
        evening += row.at(20) + row.at(21) + row.at(22);
        night += row.at(3) + row.at(4) + row.at(5);
    }
    QVERIFY2(evening > 3 * night, qPrintable(QStringLiteral("%1 %2").arg(evening).arg(night)));

    // Same DAU/MAU/stickiness as the Dashboard; CAF is minimal and more than half.
    const KpiSet k = KpiCalculator(source).compute(period);
    QCOMPARE(d.dauMean, k.dauMean);
    QCOMPARE(d.mau, k.mau);
    QCOMPARE(d.stickiness, k.stickiness);
    QVERIFY(d.caf.factor() > 1);
    QCOMPARE(d.caf.totalMessages, messages);
    QVERIFY(2 * d.caf.coveredMessages() > messages);
    QVERIFY(2 * (d.caf.coveredMessages() - d.caf.members.last().messages) <= messages);

    // Weeks: every day of the period in exactly one week; active members per week = distinct
    // members of the activity pairs of that week.
    const ActivityDays act = source.activity(period.from.toJulianDay(), period.to.toJulianDay());
    int days = 0;
    for (const WeekActivity &w : std::as_const(d.weeks)) {
        days += int(w.from.daysTo(w.to)) + 1;
        QSet<qint64> active;
        for (const auto &[day, member] : act)
            if (day >= w.from.toJulianDay() && day <= w.to.toJulianDay())
                active.insert(member);
        QCOMPARE(w.active(), int(active.size()));
        QVERIFY(w.returningMembers > w.newMembers); // an established community
    }
    QCOMPARE(days, period.days());

    // Questions: the demo's 技术问答 has answered questions; the median is a positive time.
    QVERIFY(d.replies.questions > 10);
    QVERIFY(d.replies.answered() > 0);
    QVERIFY(d.replies.medianSeconds > 0);
    QCOMPARE(d.replies.medianSeconds, EngagementReport::median(d.replies.delays));

    // The channel filter: the per-channel figures add up to the unfiltered ones.
    qint64 filteredSum = 0;
    for (const ChannelMessages &c : std::as_const(d.channels)) {
        source.setChannelFilter({c.channelId});
        EngagementReportData one;
        QVERIFY2(EngagementReport(source).compute(period, &one, &error), qPrintable(error));
        QCOMPARE(one.messages, c.messages);
        QCOMPARE(gridTotal(one.heatmap), c.messages);
        filteredSum += one.messages;
    }
    QCOMPARE(filteredSum, messages);
}

QTEST_GUILESS_MAIN(TestEngagementReport)
#include "tst_engagement_report.moc"
