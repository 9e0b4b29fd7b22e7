// The Engagement page on the small GUI test community (tests/ui/UiTestWorkspace.h) and the demo
// community: every figure shown equals EngagementReport's on the test's own connection, a new
// period changes them, the heatmap widget sums and draws, both models pass
// QAbstractItemModelTester, a double-click on a CAF member emits memberRequested. Screenshots:
// /tmp/engagement_page.png (demo), /tmp/engagement_page_dark.png and
// /tmp/engagement_page_small.png.
#include "analytics/EngagementReport.h"
#include "charts/EngagementCharts.h"
#include "demo/DemoGenerator.h"
#include "models/CafMemberModel.h"
#include "models/ChannelMessagesModel.h"
#include "models/ModelRoles.h"
#include "pages/EngagementPage.h"
#include "storage/Database.h"
#include "widgets/HeatmapWidget.h"
#include "widgets/InteractiveChartView.h"
#include "widgets/KpiCard.h"

#include "Theme.h"
#include "UiTestWorkspace.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QLabel>
#include <QLineSeries>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace kindred;

namespace {

constexpr int kTimeout = 60000;

EngagementReportData coreReport(const QString &path, const Period &period)
{
    EngagementReportData d;
    Database db;
    QString error;
    if (!db.open(path, &error))
        return d;
    AnalyticsSource source(db);
    if (!source.load(&error) || !EngagementReport(source).compute(period, &d, &error))
        qWarning("core report failed: %s", qPrintable(error));
    return d;
}

QString pct(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QList<QLineSeries *> lines(InteractiveChartView *view)
{
    QList<QLineSeries *> out;
    if (!view->chart())
        return out;
    const auto all = view->chart()->series();
    for (QAbstractSeries *s : all)
        if (auto *line = qobject_cast<QLineSeries *>(s))
            out.append(line);
    return out;
}

} // namespace

class TestEngagementPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_small;
    QString m_demo;
    std::unique_ptr<EngagementPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_cafTester;
    std::unique_ptr<QAbstractItemModelTester> m_channelTester;

    bool show(const QString &path, const Period &period)
    {
        QSignalSpy loaded(m_page.get(), &Page::loaded);
        m_page->reload(PageContext{path, period});
        return QTest::qWaitFor([&] { return loaded.count() > 0 && !m_page->isLoading(); },
                               kTimeout);
    }

    /// Every figure of the page against the core's report.
    void compareWithCore(const EngagementReportData &e)
    {
        const QLocale locale;
        const EngagementReportData &shown = m_page->data().report;
        QCOMPARE(shown.period.from, e.period.from);
        QCOMPARE(shown.period.to, e.period.to);
        QCOMPARE(m_page->card(EngagementPage::MeanDau)->valueText(),
                 locale.toString(e.dauMean, 'f', 1));
        QCOMPARE(m_page->card(EngagementPage::Mau)->valueText(), locale.toString(e.mau));
        QCOMPARE(m_page->card(EngagementPage::Stickiness)->valueText(), pct(e.stickiness));
        QCOMPARE(m_page->card(EngagementPage::ReplyTime)->valueText(),
                 EngagementPage::formatDuration(e.replies.medianSeconds));
        QCOMPARE(m_page->card(EngagementPage::Caf)->valueText(), locale.toString(e.caf.factor()));
        // The "why" of each card carries its numbers.
        const QString stickinessWhy = m_page->card(EngagementPage::Stickiness)->toolTip();
        QVERIFY2(stickinessWhy.contains(locale.toString(e.dauMean, 'f', 2)) &&
                     stickinessWhy.contains(locale.toString(e.mau)),
                 qPrintable(stickinessWhy));
        const QString replyWhy = m_page->card(EngagementPage::ReplyTime)->toolTip();
        QVERIFY2(replyWhy.contains(
                     QStringLiteral("unanswered: %1").arg(locale.toString(e.replies.unanswered()))),
                 qPrintable(replyWhy));
        const QString cafWhy = m_page->card(EngagementPage::Caf)->toolTip();
        QVERIFY2(cafWhy.contains(locale.toString(e.caf.coveredMessages())) &&
                     cafWhy.contains(locale.toString(e.caf.totalMessages)),
                 qPrintable(cafWhy));

        // CAF list: the factor's members in order, with their ids.
        const CafMemberModel *caf = m_page->cafModel();
        QCOMPARE(caf->rowCount(), e.caf.factor());
        for (int r = 0; r < caf->rowCount(); ++r) {
            QCOMPARE(caf->index(r, CafMemberModel::Member).data(IdRole).toLongLong(),
                     e.caf.members.at(r).memberId);
            QCOMPARE(caf->index(r, CafMemberModel::Messages).data(SortRole).toLongLong(),
                     e.caf.members.at(r).messages);
        }
        // Channels: the same list; the Messages column sums to the messages of the period.
        const ChannelMessagesModel *channels = m_page->channelModel();
        QCOMPARE(channels->rowCount(), int(e.channels.size()));
        qint64 sum = 0;
        for (int r = 0; r < channels->rowCount(); ++r) {
            QCOMPARE(channels->index(r, ChannelMessagesModel::Channel).data().toString(),
                     e.channels.at(r).name);
            sum += channels->index(r, ChannelMessagesModel::Messages).data(SortRole).toLongLong();
        }
        QCOMPARE(sum, e.messages);
        QCOMPARE(channels->totalMessages(), e.messages);

        // Heatmap: 7 x 24 cells equal to the core's grid; total = messages.
        const HeatmapWidget *heat = m_page->heatmap();
        QCOMPARE(heat->rowCount(), 7);
        QCOMPARE(heat->columnCount(), 24);
        for (int d = 0; d < 7; ++d)
            for (int h = 0; h < 24; ++h)
                QCOMPARE(heat->value(d, h), double(e.heatmap.at(size_t(d)).at(size_t(h))));
        QCOMPARE(heat->total(), double(e.messages));

        // Activity chart: DAU, WAU, MAU and stickiness, one point per day.
        const QList<QLineSeries *> activity = lines(m_page->activityView());
        QCOMPARE(activity.size(), 4);
        for (QLineSeries *s : activity)
            QCOMPARE(s->count(), int(e.series.size()));
        for (int i = 0; i < e.series.size(); ++i) {
            QCOMPARE(activity.at(0)->at(i).y(), qreal(e.series.at(i).dau));
            QCOMPARE(activity.at(2)->at(i).y(), qreal(e.series.at(i).mau));
            QCOMPARE(activity.at(3)->at(i).y(),
                     qreal(EngagementReport::dayStickiness(e.series.at(i)) * 100.0));
        }
        // Channel chart: per day, the lines add up to the day's messages.
        const QList<QLineSeries *> perChannel = lines(m_page->channelView());
        QVERIFY(!perChannel.isEmpty());
        qint64 chartTotal = 0;
        for (int d = 0; d < e.messagesPerDay.size(); ++d) {
            qint64 day = 0, expected = 0;
            for (QLineSeries *s : perChannel)
                day += qint64(s->at(d).y());
            for (qint64 n : e.messagesPerDay.at(d))
                expected += n;
            QCOMPARE(day, expected);
            chartTotal += day;
        }
        QCOMPARE(chartTotal, e.messages);
        // New vs returning bars.
        auto *bars = qobject_cast<QStackedBarSeries *>(
            m_page->newReturningView()->chart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        for (int w = 0; w < e.weeks.size(); ++w) {
            QCOMPARE(bars->barSets().at(0)->at(w), qreal(e.weeks.at(w).returningMembers));
            QCOMPARE(bars->barSets().at(1)->at(w), qreal(e.weeks.at(w).newMembers));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_small = m_dir.filePath(QStringLiteral("small.kindred"));
        QVERIFY2(uitest::buildWorkspace(m_small, &error), qPrintable(error));
        m_demo = m_dir.filePath(QStringLiteral("demo.kindred"));
        {
            Database db;
            QVERIFY2(db.open(m_demo, &error), qPrintable(error));
            QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
        }
        m_page = std::make_unique<EngagementPage>();
        m_cafTester = std::make_unique<QAbstractItemModelTester>(
            m_page->cafModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_channelTester = std::make_unique<QAbstractItemModelTester>(
            m_page->channelModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1280, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void noWorkspaceShowsEmptyState()
    {
        QSignalSpy loaded(m_page.get(), &Page::loaded);
        m_page->reload(PageContext{});
        QCOMPARE(loaded.count(), 1);
        QVERIFY(m_page->isShowingEmptyState());
    }

    void smallCommunityEqualsCore()
    {
        const Period period{QDate(2024, 1, 31), QDate(2024, 2, 29)};
        QVERIFY(show(m_small, period));
        QVERIFY(!m_page->isShowingEmptyState());
        const EngagementReportData e = coreReport(m_small, period);
        QVERIFY(e.messages > 100);
        compareWithCore(e);
        // By hand: members 16 and 17 fell silent after day 19 (01-20); member 18 posted until
        // day 30 (01-31), member 19 from day 56: MAU on 02-29 = 0..15, 18 and 19 = 18.
        QCOMPARE(e.mau, 18);
        QCOMPARE(e.channels.size(), 1);
        QCOMPARE(e.channels.at(0).name, QStringLiteral("综合讨论"));
        QVERIFY(m_page->summaryLabel()->text().contains(QLocale().toString(e.messages)));
    }

    void changingThePeriodChangesTheFigures()
    {
        const Period first{QDate(2024, 1, 31), QDate(2024, 2, 29)};
        const Period second{QDate(2024, 1, 1), QDate(2024, 1, 14)};
        QVERIFY(show(m_small, first));
        const QString mauBefore = m_page->card(EngagementPage::Mau)->valueText();
        const qint64 messagesBefore = m_page->data().report.messages;
        QVERIFY(show(m_small, second));
        const EngagementReportData e = coreReport(m_small, second);
        compareWithCore(e);
        QVERIFY(e.messages != messagesBefore);
        QCOMPARE(m_page->data().report.series.size(), 14);
        QCOMPARE(m_page->data().report.weeks.size(), 2); // Mon 01-01..01-07, 01-08..01-14
        // By hand: members 0..17 all post in the first week (2024-01-01 is a Monday), member 18
        // first posts on day 10 (01-11); MAU on 01-14 = 19 (member 19 joins in February).
        QCOMPARE(e.weeks.at(0).newMembers, 18);
        QCOMPARE(e.weeks.at(0).returningMembers, 0);
        QCOMPARE(e.weeks.at(1).newMembers, 1);
        QCOMPARE(e.weeks.at(1).returningMembers, 18);
        QCOMPARE(m_page->card(EngagementPage::Mau)->valueText(), QStringLiteral("19"));
        QCOMPARE(mauBefore, QStringLiteral("18"));
    }

    void periodWithoutActivityShowsEmptyState()
    {
        QVERIFY(show(m_small, Period{QDate(2020, 1, 1), QDate(2020, 1, 31)}));
        QVERIFY(m_page->isShowingEmptyState());
    }

    void doubleClickOpensCafMember()
    {
        QVERIFY(show(m_small, Period{QDate(2024, 1, 31), QDate(2024, 2, 29)}));
        auto *scroll = m_page->findChild<QScrollArea *>(QStringLiteral("engagementScroll"));
        QVERIFY(scroll);
        QTableView *view = m_page->cafView();
        scroll->ensureWidgetVisible(view);
        QTRY_VERIFY(view->isVisible());
        QSignalSpy requested(m_page.get(), &Page::memberRequested);
        const QRect rect = view->visualRect(view->model()->index(0, CafMemberModel::Member));
        QVERIFY(rect.isValid());
        // A real double-click: press/release, then the double-click event on the same row.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(requested.count(), 0); // a single click opens nothing
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(),
                 m_page->data().report.caf.members.at(0).memberId);
    }

    void heatmapWidget()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        HeatmapWidget w;
        w.resize(400, 200);
        w.setData({QStringLiteral("a"), QStringLiteral("b")},
                  {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")},
                  {{1, 2, nan}, {0.5, 0}}, HeatmapWidget::ValueFormat::Percent);
        QCOMPARE(w.rowCount(), 2);
        QCOMPARE(w.columnCount(), 3);
        QCOMPARE(w.total(), 3.5);           // NaN and the padded cell are no value
        QVERIFY(std::isnan(w.value(1, 2))); // padded
        QVERIFY(std::isnan(w.value(5, 0))); // out of range
        QCOMPARE(w.formatValue(0.5), pct(0.5));
        QCOMPARE(w.formatValue(nan), QString());
        QCOMPARE(w.colorFor(nan), QColor(Qt::transparent));
        QVERIFY(w.colorFor(2).lightnessF() < w.colorFor(0).lightnessF()); // darker = more
        QCOMPARE(w.toolTip(0, 1), QStringLiteral("a · y: %1").arg(pct(2)));
        QVERIFY(w.toolTip(0, 2).contains(QStringLiteral("no value")));
        w.setCellToolTips({{QStringLiteral("one"), QString()}});
        QCOMPARE(w.toolTip(0, 0), QStringLiteral("one"));
        QCOMPARE(w.toolTip(0, 1), QStringLiteral("a · y: %1").arg(pct(2))); // empty = default
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 3; ++c)
                QCOMPARE(w.cellAt(w.cellRect(r, c).center()), QPoint(c, r));
        QCOMPARE(w.cellAt(QPoint(0, 0)), QPoint(-1, -1)); // the label area
        // A fixed range: 0 is the lightest colour, 1 the strongest.
        w.setColorRange(0, 1);
        QCOMPARE(w.colorFor(2), w.colorFor(1));
        // A NaN cell stays blank: its pixels are the background.
        const QImage image = w.grab().toImage();
        const QRect blank = w.cellRect(0, 2);
        QCOMPARE(image.pixelColor(blank.center()), w.palette().color(QPalette::Window));
        QVERIFY(image.pixelColor(w.cellRect(0, 1).center()) != w.palette().color(QPalette::Window));
    }

    void demoCommunityAndScreenshot()
    {
        const Period period = Period::ending(QDate(2026, 10, 31), 30);
        QVERIFY(show(m_demo, period));
        QVERIFY(!m_page->isShowingEmptyState());
        const EngagementReportData e = coreReport(m_demo, period);
        QVERIFY(e.messages > 1000);
        compareWithCore(e);
        // Heatmap total = messages; per-channel sums = messages.
        QCOMPARE(m_page->heatmap()->total(), double(e.messages));
        qint64 channelSum = 0;
        for (const ChannelMessages &c : e.channels)
            channelSum += c.messages;
        QCOMPARE(channelSum, e.messages);
        QCOMPARE(int(EngagementCharts::topChannels(e).size()),
                 int(e.channels.size())); // 5: all shown
        QVERIFY(e.caf.factor() > 1);
        QVERIFY(e.replies.answered() > 0);

        // The whole scrollable page, after the series animations.
        auto *scroll = m_page->findChild<QScrollArea *>(QStringLiteral("engagementScroll"));
        QVERIFY(scroll && scroll->widget());
        QTest::qWait(1500);
        QVERIFY(scroll->widget()->grab().save(QStringLiteral("/tmp/engagement_page.png")));
        // Dark mode redraws the charts with the dark style.
        const QChart *light = m_page->activityView()->chart();
        Theme::apply(true);
        QTRY_VERIFY(m_page->activityView()->chart() != light);
        QTest::qWait(1500);
        QVERIFY(scroll->widget()->grab().save(QStringLiteral("/tmp/engagement_page_dark.png")));
        Theme::apply(false);
        QVERIFY(show(m_small, Period{QDate(2024, 1, 31), QDate(2024, 2, 29)}));
        QTest::qWait(1500);
        QVERIFY(scroll->widget()->grab().save(QStringLiteral("/tmp/engagement_page_small.png")));
    }

    void cleanupTestCase()
    {
        m_cafTester.reset();
        m_channelTester.reset();
        m_page.reset();
    }
};

QTEST_MAIN(TestEngagementPage)
#include "tst_engagement_page.moc"
