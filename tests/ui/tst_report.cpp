// PDF report: a hand-built community with Chinese names and texts, written in English and in
// Simplified Chinese, then checked with poppler (pdfinfo, pdftotext, pdffonts).
#include "I18n.h"
#include "PdfText.h"
#include "charts/ChartFactory.h"
#include "import/ImportWriter.h"
#include "report/PdfReportWriter.h"
#include "report/ReportData.h"
#include "storage/Database.h"

#include <QChartView>
#include <QDateTime>
#include <QFile>
#include <QLineSeries>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <iterator>
#include <memory>

using namespace kindred;

namespace {

const QString kCommunity = QStringLiteral("深圳C++技术交流群");
const Period kPeriod{QDate(2024, 3, 1), QDate(2024, 3, 31)};

qint64 utcAt(const QDate &day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
}

const char *const kNames[] = {
    "张伟", "王芳",       "李娜",
    "刘洋", "陈静",       "杨磊",
    "赵敏", "黄强",       "周杰",
    "吴霞", "徐明",       "孙丽",
    "马超", "Alice Chen", "朱婷",
    "胡军", "郭敏",       "何平",
    "高飞", "林峰",       "罗琳",
    "郑浩", "梁雪",       "Bob Li",
    "谢涛", "宋佳",       "唐亮",
    "许晴", "韩冰",       "欧阳·慕容·司徒·上官·诸葛明远（超长的显示名称用于测试省略）"};
constexpr int kMembers = int(std::size(kNames));

const char *const kTexts[] = {
    "大家好，请问 std::variant 和 std::any 在性能上有什么区别？我们的项目里用得很多。",
    "分享一个 Qt 6 的小技巧：QStringLiteral 在编译期构造字符串，避免运行时分配。",
    "今天的直播讲了协程，录屏已经上传到群文件，欢迎大家补课，有问题可以在群里继续讨论。"
    "另外下周我们会讨论 C++26 的反射提案，请提前阅读论文 P2996，内容比较长，建议先看示例部分。",
    "Has anyone tried building with -fsanitize=thread on Debian 12? I get false positives in "
    "QMutex, and the suppression file from the Qt wiki does not seem to help at all.",
    "谢谢！",
    "模板元编程的报错太长了，有没有好的阅读方法？",
    "推荐一本书：《C++ 并发编程实战》第二版，讲得非常透彻。",
    "CMake 的 target_link_libraries 用 PUBLIC 还是 PRIVATE，一直搞不清楚。",
};
constexpr int kTextCount = int(std::size(kTexts));

PersonRef member(int i)
{
    return PersonRef{QStringLiteral("user%1").arg(1000 + i), QString::fromUtf8(kNames[i]), false};
}

/// 30 members in Asia/Shanghai: activity in February and March 2024 (more in March), the
/// first member posting the most, replies and reactions on the first messages of each day,
/// six members joining in March.
bool buildWorkspace(Database &db, const QString &path, QString *error)
{
    if (!db.open(path, error))
        return false;
    const qint64 community = db.defaultCommunityId(kCommunity);
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("UPDATE community SET timezone = 'Asia/Shanghai'")) ||
        !q.exec(QStringLiteral("BEGIN"))) {
        *error = QStringLiteral("setup failed");
        return false;
    }
    ImportWriter w(db.handle(), community, 0);
    if (!w.prepare(error))
        return false;
    w.beginChannel({QStringLiteral("telegram"), QStringLiteral("42"), QStringLiteral("主群"), {}});
    for (int i = 0; i < kMembers; ++i) {
        EventInfo e;
        e.kind = EventInfo::Kind::Join;
        e.member = member(i);
        e.at = i < kMembers - 6 ? utcAt(QDate(2023, 12, 1).addDays(i), 2, 0)
                                : utcAt(QDate(2024, 3, 3).addDays(3 * (i - kMembers + 6)), 2, 0);
        w.addEvent(e);
    }
    int id = 0;
    for (QDate day(2024, 2, 1); day <= kPeriod.to; day = day.addDays(1)) {
        const bool march = day.month() == 3;
        QString firstOfDay;
        for (int i = 0; i < kMembers; ++i) {
            const qint64 joined =
                i < kMembers - 6 ? 0
                                 : QDate(2024, 3, 3).addDays(3 * (i - kMembers + 6)).toJulianDay();
            if (day.toJulianDay() < joined)
                continue;
            int posts = (i == 0) ? 3 : ((day.day() + i) % (march ? 3 : 5) == 0 ? 1 : 0);
            if (i == kMembers - 1)
                posts = 1; // the member with the very long name is in the top list
            if (i % 7 == 6 && day.day() > 10)
                posts = 0; // some members fall silent
            for (int k = 0; k < posts; ++k) {
                MessageInfo m;
                m.externalId = QString::number(++id);
                m.author = member(i);
                m.sentAt = utcAt(day, 1 + (i % 12), 5 * k);
                m.text = QString::fromUtf8(kTexts[(id + i) % kTextCount]);
                if (firstOfDay.isEmpty()) {
                    firstOfDay = m.externalId;
                    ReactionInfo r{QStringLiteral("👍"), 1 + (day.day() % 4), {}};
                    r.reactors.append({member((i + 1) % kMembers), m.sentAt + 600});
                    m.reactions.append(r);
                } else if (id % 4 == 0) {
                    m.replyToExternalId = firstOfDay;
                }
                if (!w.addMessage(m)) {
                    *error = w.lastError();
                    return false;
                }
            }
        }
    }
    if (!w.finish(error))
        return false;
    return q.exec(QStringLiteral("COMMIT"));
}

/// With KINDRED_KEEP_REPORT set, copies a written PDF to /tmp for a look at the pages.
void keep(const QString &path, const QString &name)
{
    if (!qEnvironmentVariableIsSet("KINDRED_KEEP_REPORT"))
        return;
    const QString copy = QStringLiteral("/tmp/tst_report-%1.pdf").arg(name);
    QFile::remove(copy);
    QFile::copy(path, copy);
}

QString run(const QString &tool, const QStringList &args, bool *ok)
{
    QProcess p;
    p.start(tool, args);
    *ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    // Radicals folded back to ideographs, NFKC (see PdfText.h).
    return kindred::test::normalisedPdfText(QString::fromUtf8(p.readAllStandardOutput()));
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(buildWorkspace(m_db, m_dir.filePath(QStringLiteral("r.kindred")), &error),
                 qPrintable(error));
        AnalyticsSource source(m_db);
        QVERIFY2(source.load(&error), qPrintable(error));
        QVERIFY2(ReportData::build(source, kPeriod, 10, &m_data, &error), qPrintable(error));
        QCOMPARE(m_data.communityName, kCommunity);
        QVERIFY(m_data.current.membersAtEnd >= kMembers - 1);
        QCOMPARE(m_data.topContent.size(), 10);
        QCOMPARE(m_data.topMembers.size(), 10);
        QCOMPARE(m_data.topMembers.first().name, QString::fromUtf8(kNames[0]));
    }

    void writesPdf_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void writesPdf()
    {
        QFETCH(QString, lang);
        const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(lang));
        const QString before = I18n::current();
        QString error;
        QVERIFY2(PdfReportWriter::write(m_data, path, lang, &error), qPrintable(error));
        QCOMPARE(I18n::current(), before); // the language is restored

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
        QVERIFY(f.size() > 10000);
        f.close();
        keep(path, lang);

        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("poppler-utils (pdfinfo, pdftotext, pdffonts) are not installed");
        bool ok = false;
        const QString info = run(QStringLiteral("pdfinfo"), {path}, &ok);
        QVERIFY2(ok, qPrintable(info));
        const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(pages.hasMatch());
        QVERIFY2(pages.captured(1).toInt() >= 4, qPrintable(info));

        const QString text =
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}, &ok);
        QVERIFY(ok);
        QVERIFY2(text.contains(kCommunity), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("2024-03-01")));
        QVERIFY(text.contains(QStringLiteral("2024-03-31")));
        QVERIFY(text.contains(m_data.topMembers.first().name));
        for (const MemberRanking &m : m_data.topMembers) {
            // Short names in full; the very long one elided but recognisable.
            QVERIFY2(text.contains(m.name.size() <= 10 ? m.name : m.name.left(4)),
                     qPrintable(m.name));
        }
        QVERIFY(text.contains(QStringLiteral("Asia/Shanghai")));
        if (lang == QLatin1String("en")) {
            QVERIFY(text.contains(QStringLiteral("DAU")));
            QVERIFY(text.contains(QStringLiteral("Top members")));
            QVERIFY(text.contains(QStringLiteral("Page 2 of %1").arg(pages.captured(1))));
        } else {
            // Chinese from the data, whatever the state of the translation file.
            QVERIFY(text.contains(QStringLiteral("王芳")) || text.contains(QStringLiteral("李娜")));
            const QString fonts = run(QStringLiteral("pdffonts"), {path}, &ok);
            QVERIFY(ok);
            QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJK")), qPrintable(fonts));
        }
    }

    void chartFactory()
    {
        ChartFactory::Style style;
        style.font = I18n::fontFor(QStringLiteral("en"));
        style.dark = true;
        std::unique_ptr<QChart> empty(ChartFactory::engagementChart({}, style));
        QCOMPARE(empty->series().size(), 3);
        QCOMPARE(empty->axes().size(), 2);
        std::unique_ptr<QChart> line(ChartFactory::engagementChart(m_data.current.series, style));
        auto *dau = qobject_cast<QLineSeries *>(line->series().at(0));
        QVERIFY(dau);
        QCOMPARE(dau->name(), QStringLiteral("DAU"));
        QCOMPARE(dau->count(), kPeriod.days());
        QCOMPARE(dau->pen().color(),
                 ChartFactory::engagementColor(ChartFactory::EngagementMetric::Dau, true));
        std::unique_ptr<QChart> segments(
            ChartFactory::segmentChart(m_data.current.segments, style));
        QCOMPARE(segments->series().size(), 1);
        QSet<QRgb> colors;
        for (Segment s : Segmentation::all()) {
            QVERIFY(!ChartFactory::segmentName(s).isEmpty());
            colors.insert(ChartFactory::segmentColor(s).rgb());
        }
        QCOMPARE(colors.size(), kSegmentCount);

        if (qEnvironmentVariableIsSet("KINDRED_KEEP_REPORT")) {
            // A look at the dark GUI variant: render both charts to PNGs.
            line->setAnimationOptions(QChart::NoAnimation);
            segments->setAnimationOptions(QChart::NoAnimation);
            QChartView view(line.release());
            view.resize(900, 420);
            view.grab().save(QStringLiteral("/tmp/tst_report-dark-line.png"));
            QChartView bars(segments.release());
            bars.resize(600, 320);
            bars.grab().save(QStringLiteral("/tmp/tst_report-dark-bars.png"));
        }
    }

    void emptyPeriodStillWrites()
    {
        // A period without any activity: empty charts and lists, no crash, still >= 4 pages.
        AnalyticsSource source(m_db);
        QString error;
        QVERIFY(source.load(&error));
        ReportData empty;
        QVERIFY(
            ReportData::build(source, {QDate(2020, 1, 1), QDate(2020, 1, 7)}, 10, &empty, &error));
        const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
        QVERIFY2(PdfReportWriter::write(empty, path, QStringLiteral("en"), &error),
                 qPrintable(error));
        QVERIFY(QFile(path).size() > 5000);
        keep(path, QStringLiteral("empty"));
    }

    void missingDirectoryFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/dir/report.pdf"));
        QString error;
        QVERIFY(!PdfReportWriter::write(m_data, path, QStringLiteral("en"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot write ")), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    ReportData m_data;
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
