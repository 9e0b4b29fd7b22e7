// The Segments page in the main window on the demo community (with a few members banned and
// muted, and the flags the demo raises): counts and changes against KpiCalculator, overlays
// (banned, muted, flagged; a hand-made open flag counts, a dismissed one does not), the flow
// table's cells and sums against SegmentFlow, a threshold changed and applied (counts change,
// the setting persists, invalid values are refused), reset to defaults, the member list of a
// selected segment, CSV export (BOM, header, one line per member), double-click opening a
// member, and QAbstractItemModelTester on the page's models. Saves a screenshot to
// /tmp/segments_page.png.
#include "MainWindow.h"
#include "analytics/SegmentFlow.h"
#include "charts/ChartFactory.h"
#include "demo/DemoGenerator.h"
#include "models/MemberFilterProxy.h"
#include "models/MemberTableModel.h"
#include "models/ModelRoles.h"
#include "models/SegmentCountModel.h"
#include "models/SegmentFlowModel.h"
#include "pages/SegmentsPage.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace kindred;

namespace {

constexpr int kTimeout = 60000;

/// What the page must show, computed on the test's own connection.
struct Expected
{
    SegmentRules rules;
    SegmentBreakdown breakdown;
    SegmentCounts kpiCurrent{};
    SegmentCounts kpiPrevious{};
    QList<MonthFlow> months;
};

Expected expectedFor(const QString &path, const Period &period)
{
    Expected e;
    Database db;
    QString error;
    if (!db.open(path, &error))
        return e;
    AnalyticsSource source(db);
    if (!source.load(&error))
        return e;
    e.rules = SegmentRules::load(db);
    const SegmentFlow flow(source, e.rules);
    e.breakdown = flow.breakdown(period);
    const KpiCalculator calc(source, e.rules);
    e.kpiCurrent = calc.compute(period).segments;
    e.kpiPrevious = calc.compute(period.previous()).segments;
    e.months = flow.monthly(SegmentFlow::monthsEnding(period.to, 12));
    return e;
}

int number(const QAbstractItemModel *m, int row, int column)
{
    return m->index(row, column).data(ExportRole).toInt();
}

} // namespace

class TestSegmentsPage : public QObject
{
    Q_OBJECT

private:
    SegmentsPage *page() const { return m_window->page<SegmentsPage>(); }
    Expected expectedNow() const { return expectedFor(m_path, m_window->period()); }
    template <typename Trigger> bool reloadAndWait(Trigger trigger)
    {
        QSignalSpy spy(page(), &Page::loaded);
        trigger();
        return QTest::qWaitFor([&]() { return spy.count() > 0 && !m_window->isLoading(); },
                               kTimeout);
    }
    QSpinBox *spin(const char *name) const
    {
        return page()->findChild<QSpinBox *>(QString::fromLatin1(name));
    }
    QPushButton *button(const char *name) const
    {
        return page()->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    static void clickRow(QTableView *view, int row)
    {
        const QModelIndex i = view->model()->index(row, 0);
        view->scrollTo(i);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          view->visualRect(i).center());
    }
    /// The counts shown equal KpiCalculator's and SegmentFlow's for the current rules.
    void compareCounts(const Expected &e)
    {
        const SegmentCountModel *m = page()->countModel();
        QCOMPARE(m->rowCount(), kSegmentCount + 1);
        for (Segment s : Segmentation::all()) {
            const int row = SegmentCountModel::rowOf(s);
            const size_t i = size_t(s);
            QCOMPARE(number(m, row, SegmentCountModel::Members), e.kpiCurrent.at(i));
            QCOMPARE(number(m, row, SegmentCountModel::Previous), e.kpiPrevious.at(i));
            QCOMPARE(number(m, row, SegmentCountModel::Change),
                     e.kpiCurrent.at(i) - e.kpiPrevious.at(i));
            QCOMPARE(number(m, row, SegmentCountModel::Banned), e.breakdown.banned.at(i));
            QCOMPARE(number(m, row, SegmentCountModel::Muted), e.breakdown.muted.at(i));
            QCOMPARE(number(m, row, SegmentCountModel::Flagged), e.breakdown.flagged.at(i));
            QCOMPARE(m->index(row, SegmentCountModel::Members).data().toString(),
                     QLocale().toString(e.kpiCurrent.at(i)));
        }
        QCOMPARE(number(m, SegmentCountModel::TotalRow, SegmentCountModel::Members),
                 e.breakdown.total());
        QCOMPARE(number(m, SegmentCountModel::TotalRow, SegmentCountModel::Flagged),
                 e.breakdown.flaggedTotal());
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.kindred"));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(m_path, &error), qPrintable(error));
            QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
            // Overlays: ban the five and mute the three most talkative members.
            QSqlQuery q(db.sql());
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE member SET status = 'banned' WHERE id IN (SELECT member_id FROM message "
                "JOIN member b ON b.id = member_id WHERE b.is_bot = 0 GROUP BY member_id ORDER BY "
                "count(*) DESC LIMIT 5)")));
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE member SET status = 'muted' WHERE id IN (SELECT member_id FROM message "
                "JOIN member b ON b.id = member_id WHERE b.is_bot = 0 GROUP BY member_id ORDER BY "
                "count(*) DESC LIMIT 3 OFFSET 5)")));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1440, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(page());
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{
                 page()->countModel(), page()->flowModel(), page()->memberModel(),
                 page()->memberProxy()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QSignalSpy loaded(m_window.get(), &MainWindow::loaded);
        m_window->openWorkspace(m_path);
        QVERIFY(QTest::qWaitFor([&]() { return loaded.count() > 0 && !m_window->isLoading(); },
                                kTimeout));
        m_window->showPage(int(m_window->pages().indexOf(page())));
        QVERIFY(page()->isVisible());
        QVERIFY(!page()->isShowingEmptyState());
        QCOMPARE(m_window->period().to, DemoOptions{}.endDate);
    }

    void countsEqualKpiCalculator()
    {
        const Expected e = expectedNow();
        QCOMPARE(e.rules, SegmentRules{});
        QCOMPARE(e.breakdown.current, e.kpiCurrent);
        QCOMPARE(e.breakdown.bannedTotal(), 5);
        QCOMPARE(e.breakdown.mutedTotal(), 3);
        compareCounts(e);
        if (QTest::currentTestFailed())
            return;
        // Relative change and the tooltips that say how each count was computed.
        const SegmentCountModel *m = page()->countModel();
        for (Segment s : Segmentation::all()) {
            const int row = SegmentCountModel::rowOf(s);
            const int cur = e.kpiCurrent.at(size_t(s)), prev = e.kpiPrevious.at(size_t(s));
            QVERIFY(prev > 0);
            QCOMPARE(m->index(row, SegmentCountModel::ChangePercent).data(ExportRole).toDouble(),
                     std::round((cur - prev) * 1000.0 / prev) / 10.0);
            const QString tip =
                m->index(row, SegmentCountModel::Members).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QLocale().toString(cur)), qPrintable(tip));
            QVERIFY2(tip.contains(e.breakdown.period.to.toString(Qt::ISODate)), qPrintable(tip));
            for (int c = SegmentCountModel::Members; c < SegmentCountModel::ColumnCount; ++c)
                QVERIFY(!m->index(row, c).data(Qt::ToolTipRole).toString().isEmpty());
        }
        QVERIFY(m->index(int(Segment::Churned), SegmentCountModel::Members)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("90 days")));
        QVERIFY(m->index(int(Segment::Active), SegmentCountModel::Members)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("at least 4 of the last 30 days")));
        auto *note = page()->findChild<QLabel *>(QStringLiteral("overlayNote"));
        QVERIFY(note && note->text().contains(QStringLiteral("open moderation flag")));
        QVERIFY(!note->text().contains(QStringLiteral("no moderation flags")));
        // The demo raises flags on import: some members are flagged, the tooltip says what
        // is counted.
        QVERIFY(e.breakdown.flaggedTotal() > 0);
        const QString flaggedTip = m->index(SegmentCountModel::TotalRow, SegmentCountModel::Flagged)
                                       .data(Qt::ToolTipRole)
                                       .toString();
        QVERIFY2(flaggedTip.contains(QStringLiteral("open moderation flag")) &&
                     flaggedTip.contains(QLocale().toString(e.breakdown.flaggedTotal())),
                 qPrintable(flaggedTip));
        QCOMPARE(m->headerData(SegmentCountModel::Flagged, Qt::Horizontal).toString(),
                 QStringLiteral("Flagged"));
    }

    void flowTableSums()
    {
        const Expected e = expectedNow();
        QComboBox *months = page()->monthBox();
        QCOMPARE(months->count(), 12);
        QCOMPARE(int(e.months.size()), 12);
        QCOMPARE(months->currentIndex(), 11); // the month holding the period's end
        const SegmentFlowModel *m = page()->flowModel();
        for (int i = 0; i < months->count(); ++i) {
            months->setCurrentIndex(i);
            const MonthFlow &f = e.months.at(i);
            QCOMPARE(m->flow().label(), f.label());
            QCOMPARE(m->rowCount(), kFlowOrigins + 1);
            int grand = 0;
            for (int row = 0; row < kFlowOrigins; ++row) {
                int sum = 0;
                for (Segment s : Segmentation::all()) {
                    const int v = number(m, row, SegmentFlowModel::FirstSegmentColumn + int(s));
                    QCOMPARE(v, f.cell(row, s));
                    sum += v;
                }
                QCOMPARE(number(m, row, SegmentFlowModel::TotalColumn), sum);
                // Row sums: the previous month's counts, and the new members.
                QCOMPARE(sum, row == kNewOrigin ? f.newMembers() : f.countsBefore.at(size_t(row)));
                if (i > 0 && row != kNewOrigin)
                    QCOMPARE(sum, e.months.at(i - 1).countsAfter.at(size_t(row)));
                grand += sum;
            }
            for (Segment s : Segmentation::all()) {
                int column = 0;
                for (int row = 0; row < kFlowOrigins; ++row)
                    column += number(m, row, SegmentFlowModel::FirstSegmentColumn + int(s));
                QCOMPARE(number(m, SegmentFlowModel::TotalRow,
                                SegmentFlowModel::FirstSegmentColumn + int(s)),
                         column);
                QCOMPARE(column, f.countsAfter.at(size_t(s)));
            }
            QCOMPARE(number(m, SegmentFlowModel::TotalRow, SegmentFlowModel::TotalColumn), grand);
            QVERIFY(!m->index(int(Segment::Active), SegmentFlowModel::FirstSegmentColumn)
                         .data(Qt::ToolTipRole)
                         .toString()
                         .isEmpty());
        }
        // The last month ends with the period: its columns are the counts shown above.
        QCOMPARE(e.months.last().countsAfter, e.kpiCurrent);
        months->setCurrentIndex(months->count() - 1);
        // The chart: one stacked set per segment, one bar per month.
        QChart *chart = page()->chartView()->chart();
        QVERIFY(chart);
        auto *series = qobject_cast<QStackedBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), kSegmentCount);
        for (Segment s : Segmentation::all())
            QCOMPARE(series->barSets().at(int(s))->at(11), double(e.kpiCurrent.at(size_t(s))));
    }

    void selectedSegmentListsItsMembers_data()
    {
        QTest::addColumn<int>("segment");
        for (Segment s : Segmentation::all())
            QTest::newRow(qPrintable(Segmentation::key(s))) << int(s);
        QTest::newRow("all") << -1;
    }
    void selectedSegmentListsItsMembers()
    {
        QFETCH(int, segment);
        const Expected e = expectedNow();
        clickRow(page()->countView(), segment < 0 ? SegmentCountModel::TotalRow : segment);
        QCOMPARE(page()->selectedSegment(), segment);
        const QAbstractItemModel *members = page()->memberView()->model();
        const int expected = segment < 0 ? e.breakdown.total() : e.kpiCurrent.at(size_t(segment));
        QCOMPARE(members->rowCount(), expected);
        for (int r = 0; r < members->rowCount(); ++r)
            if (segment >= 0)
                QCOMPARE(members->index(r, 0).data(SegmentRole).toInt(), segment);
        auto *count = page()->findChild<QLabel *>(QStringLiteral("segmentMemberCount"));
        QVERIFY(count->text().contains(QLocale().toString(expected)));
    }

    void csvExport()
    {
        clickRow(page()->countView(), int(Segment::Occasional));
        const int rows = page()->memberView()->model()->rowCount();
        QVERIFY(rows > 10);
        const QString path = m_dir.filePath(QStringLiteral("occasional.csv"));
        QString error;
        QVERIFY2(page()->exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.takeLast(), QByteArray()); // ends with CRLF
        QCOMPARE(lines.size(), rows + 1);
        QVERIFY(lines.first().startsWith(
            page()->memberModel()->headerData(0, Qt::Horizontal).toString().toUtf8()));
        const QString segmentName = page()
                                        ->memberView()
                                        ->model()
                                        ->index(0, MemberTableModel::SegmentColumn)
                                        .data()
                                        .toString();
        QCOMPARE(segmentName, ChartFactory::segmentName(Segment::Occasional));
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY(QString::fromUtf8(lines.at(i)).contains(QStringLiteral(",") + segmentName));
        QVERIFY(button("exportSegmentCsv")->isEnabled());
    }

    void screenshot()
    {
        clickRow(page()->countView(), int(Segment::Active));
        page()->monthBox()->setCurrentIndex(page()->monthBox()->count() - 1);
        m_window->resize(1280, 820); // the default window size
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(QStringLiteral("/tmp/segments_page.png")));
        // The whole page, also what lies below the fold of the scroll area.
        auto *scroll = page()->findChild<QScrollArea *>(QStringLiteral("segmentsScroll"));
        QVERIFY(scroll && scroll->widget());
        QVERIFY(scroll->widget()->grab().save(QStringLiteral("/tmp/segments_page_full.png")));
        // Dark palette: the chart is redrawn for it.
        QChart *light = page()->chartView()->chart();
        m_window->setDarkTheme(true);
        QVERIFY(QTest::qWaitFor([&]() { return page()->chartView()->chart() != light; }, 5000));
        QVERIFY(m_window->grab().save(QStringLiteral("/tmp/segments_page_dark.png")));
        m_window->setDarkTheme(false);
    }

    void doubleClickOpensMember()
    {
        clickRow(page()->countView(), int(Segment::Active));
        QTableView *view = page()->memberView();
        QVERIFY(view->model()->rowCount() > 0);
        QSignalSpy requested(page(), &Page::memberRequested);
        const QModelIndex first = view->model()->index(0, 0);
        // What a real double click sends: press, release, double click, release.
        const QPoint at = view->visualRect(first).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toLongLong(), first.data(IdRole).toLongLong());
        QVERIFY(requested.first().first().toLongLong() > 0);
    }

    void handMadeFlagsShowAsFlagged()
    {
        // Two members without an open flag: one gets an open flag, the other a dismissed one.
        const Period period = m_window->period();
        qint64 openMember = 0, dismissedMember = 0;
        Segment openSegment = Segment::Silent, dismissedSegment = Segment::Silent;
        {
            Database db;
            QString error;
            QVERIFY(db.open(m_path, &error));
            AnalyticsSource source(db);
            QVERIFY(source.load(&error));
            const QHash<qint64, Segment> segments =
                SegmentFlow(source, SegmentRules::load(db)).segmentsOn(period.to);
            QSet<qint64> flagged;
            QSqlQuery q(db.sql());
            QVERIFY(q.exec(QStringLiteral("SELECT member_id FROM flag WHERE status = 'open'")));
            while (q.next())
                flagged.insert(source.resolve(q.value(0).toLongLong()));
            q.finish();
            for (const MemberFacts &m : source.members()) {
                if (!segments.contains(m.id) || flagged.contains(m.id))
                    continue;
                if (openMember == 0) {
                    openMember = m.id;
                    openSegment = segments.value(m.id);
                } else if (segments.value(m.id) != openSegment) {
                    dismissedMember = m.id;
                    dismissedSegment = segments.value(m.id);
                    break;
                }
            }
            QVERIFY(openMember > 0 && dismissedMember > 0);
        }
        const SegmentCounts before = page()->countModel()->breakdown().flagged;
        auto insertFlag = [&](qint64 member, const char *status) {
            Database db;
            QString error;
            if (!db.open(m_path, &error))
                return false;
            QSqlQuery q(db.sql());
            q.prepare(QStringLiteral(
                "INSERT INTO flag (community_id, rule, member_id, occurred_at, raised_at, "
                "severity, status, dedup_key) SELECT community_id, 'flood', id, 1, 1, 2, "
                ":status, :key FROM member WHERE id = :m"));
            q.bindValue(QStringLiteral(":status"), QString::fromLatin1(status));
            q.bindValue(QStringLiteral(":key"), QStringLiteral("test:%1").arg(member));
            q.bindValue(QStringLiteral(":m"), member);
            return q.exec() && q.numRowsAffected() == 1;
        };
        QVERIFY(insertFlag(openMember, "open"));
        QVERIFY(insertFlag(dismissedMember, "dismissed"));
        QVERIFY(reloadAndWait([&]() { page()->reload(page()->context()); }));
        const SegmentCountModel *m = page()->countModel();
        for (Segment s : Segmentation::all()) {
            const int expected = before.at(size_t(s)) + (s == openSegment ? 1 : 0);
            QCOMPARE(number(m, SegmentCountModel::rowOf(s), SegmentCountModel::Flagged), expected);
        }
        QCOMPARE(number(m, SegmentCountModel::rowOf(dismissedSegment), SegmentCountModel::Flagged),
                 before.at(size_t(dismissedSegment)));
        compareCounts(expectedNow());
    }

    void invalidThresholdsAreRefused()
    {
        QSpinBox *newcomer = spin("newcomerDaysSpin");
        QSpinBox *churn = spin("churnDaysSpin");
        QVERIFY(newcomer && churn);
        auto *error = page()->findChild<QLabel *>(QStringLiteral("segmentRulesError"));
        QVERIFY(error);
        QVERIFY(!error->isVisible());
        QVERIFY(!button("applySegmentRules")->isEnabled()); // nothing changed yet
        newcomer->setValue(churn->value()); // newcomer period must be shorter than churn
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("shorter")), qPrintable(error->text()));
        QVERIFY(!button("applySegmentRules")->isEnabled());
        newcomer->setValue(SegmentRules{}.newcomerDays);
        QVERIFY(!error->isVisible());
        QVERIFY(!button("applySegmentRules")->isEnabled());
    }

    void changedThresholdIsAppliedAndPersists()
    {
        const Expected before = expectedNow();
        QSpinBox *activeMin = spin("activeMinDaysSpin");
        activeMin->setValue(8);
        QVERIFY(button("applySegmentRules")->isEnabled());
        QSignalSpy changed(page(), &SegmentsPage::segmentRulesChanged);
        QVERIFY(reloadAndWait(
            [&]() { QTest::mouseClick(button("applySegmentRules"), Qt::LeftButton); }));
        QCOMPARE(changed.count(), 1);
        {
            Database db;
            QString error;
            QVERIFY(db.open(m_path, &error));
            QCOMPARE(SegmentRules::load(db).activeMinDays, 8);
            QCOMPARE(db.setting(QStringLiteral("segments/active_min_days")), QStringLiteral("8"));
        }
        const Expected after = expectedNow();
        QCOMPARE(after.rules.activeMinDays, 8);
        QCOMPARE(page()->data().rules, after.rules);
        // Members active on 4..7 days move from active to occasional.
        const size_t active = size_t(Segment::Active), occasional = size_t(Segment::Occasional);
        QVERIFY(after.kpiCurrent.at(active) < before.kpiCurrent.at(active));
        QCOMPARE(after.kpiCurrent.at(active) + after.kpiCurrent.at(occasional),
                 before.kpiCurrent.at(active) + before.kpiCurrent.at(occasional));
        compareCounts(after);
        QVERIFY(page()
                    ->countModel()
                    ->index(int(Segment::Active), SegmentCountModel::Members)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("at least 8 of the last 30 days")));
        QCOMPARE(activeMin->value(), 8);
        QVERIFY(!button("applySegmentRules")->isEnabled());
        // The member list follows the new rules.
        clickRow(page()->countView(), int(Segment::Active));
        QCOMPARE(page()->memberView()->model()->rowCount(), after.kpiCurrent.at(active));
    }

    void resetToDefaults()
    {
        QVERIFY(button("resetSegmentRules")->isEnabled());
        QVERIFY(reloadAndWait(
            [&]() { QTest::mouseClick(button("resetSegmentRules"), Qt::LeftButton); }));
        QCOMPARE(spin("activeMinDaysSpin")->value(), SegmentRules{}.activeMinDays);
        Database db;
        QString error;
        QVERIFY(db.open(m_path, &error));
        QCOMPARE(SegmentRules::load(db), SegmentRules{});
        compareCounts(expectedNow());
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_window.reset();
    }
};

QTEST_MAIN(TestSegmentsPage)
#include "tst_segments_page.moc"
