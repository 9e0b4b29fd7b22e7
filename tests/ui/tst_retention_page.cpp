// The Retention page on two workspaces: the small GUI test community (tests/ui/UiTestWorkspace.h,
// 20 members over January and February 2024, cohorts computed by hand below) and the demo
// community (DemoGenerator, ~2,000 members over a year). Every cell shown must equal what
// Retention computes; the month/week toggle and the range switch reload the tables; both CSV
// exports are RetentionCsv's bytes (UTF-8 BOM, header, one line per row); both models pass
// QAbstractItemModelTester. With KINDRED_SHOT set, screenshots go to /tmp/retention_page*.png.
#include "MainWindow.h"
#include "analytics/Retention.h"
#include "analytics/RetentionCsv.h"
#include "demo/DemoGenerator.h"
#include "models/PeriodRetentionModel.h"
#include "models/RetentionCohortModel.h"
#include "pages/MembersPage.h"
#include "pages/RetentionPage.h"
#include "storage/Database.h"

#include "UiTestWorkspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kindred;

namespace {

constexpr int kTimeout = 60000;

struct Core
{
    CohortTable cohorts;
    QList<PeriodRetentionRow> periods;
};

/// What the core computes on its own connection for `scope` (invalid period = whole history).
Core core(const QString &path, RetentionGrain grain, const Period &period)
{
    Core out;
    Database db;
    QString error;
    if (!db.open(path, &error))
        return out;
    AnalyticsSource source(db);
    if (!source.load(&error))
        return out;
    const Retention r(source);
    const Period range = period.isValid() ? period : r.dataRange();
    out.cohorts = r.cohorts(grain, range);
    out.periods = r.periodRetention(grain, range);
    return out;
}

QString pct(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace

class TestRetentionPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_small;
    QString m_demo;
    std::unique_ptr<RetentionPage> m_page;

    bool show(const QString &path, const Period &period = Period::ending(QDate(2024, 2, 29), 30))
    {
        QSignalSpy loaded(m_page.get(), &Page::loaded);
        m_page->reload(PageContext{path, period});
        return waitLoaded(loaded);
    }
    bool waitLoaded(QSignalSpy &loaded)
    {
        return QTest::qWaitFor([&] { return loaded.count() > 0 && !m_page->isLoading(); },
                               kTimeout) &&
               !m_page->isShowingEmptyState();
    }
    /// Every cell of both models against the core's tables.
    void compareWithCore(const Core &e)
    {
        const RetentionCohortModel *m = m_page->cohortModel();
        QCOMPARE(m->rowCount(), int(e.cohorts.cohorts.size()));
        const int horizon = int(e.cohorts.cohorts.first().cells.size());
        QCOMPARE(m->columnCount(), RetentionCohortModel::FirstPeriod + horizon);
        for (int r = 0; r < m->rowCount(); ++r) {
            const RetentionCohort &c = e.cohorts.cohorts.at(r);
            QCOMPARE(m->index(r, RetentionCohortModel::Cohort).data().toString(), c.label);
            QCOMPARE(m->index(r, RetentionCohortModel::Members).data().toString(),
                     QLocale().toString(c.size));
            for (int k = 0; k < horizon; ++k) {
                const QModelIndex i = m->index(r, RetentionCohortModel::FirstPeriod + k);
                const QString shown = i.data().toString();
                if (!c.hasShare(k)) {
                    QVERIFY2(shown.isEmpty(), qPrintable(shown));
                    QVERIFY(!i.data(RetentionCohortModel::ShareRole).isValid());
                    continue;
                }
                QCOMPARE(i.data(RetentionCohortModel::ShareRole).toDouble(), c.share(k));
                QCOMPARE(i.data(RetentionCohortModel::ActiveRole).toInt(), c.cells.at(k).active);
                QCOMPARE(shown, pct(c.share(k)) +
                                    (c.cells.at(k).complete ? QString() : QStringLiteral("*")));
                const QString tip = i.data(Qt::ToolTipRole).toString();
                QVERIFY2(tip.contains(QStringLiteral("Of %1 member").arg(c.size)), qPrintable(tip));
                QVERIFY2(tip.contains(QStringLiteral(", %1 were active").arg(c.cells.at(k).active)),
                         qPrintable(tip));
                QVERIFY2(tip.contains(pct(c.share(k))), qPrintable(tip));
            }
        }
        const PeriodRetentionModel *p = m_page->periodModel();
        QCOMPARE(p->rowCount(), int(e.periods.size()));
        for (int r = 0; r < p->rowCount(); ++r) {
            const PeriodRetentionRow &row = e.periods.at(r);
            auto cell = [&](int c) { return p->index(r, c).data().toString(); };
            QCOMPARE(cell(PeriodRetentionModel::BasePeriod), row.label);
            QCOMPARE(cell(PeriodRetentionModel::NextPeriod), row.nextLabel);
            QCOMPARE(cell(PeriodRetentionModel::Active), QLocale().toString(row.base));
            if (!row.observable) {
                QCOMPARE(cell(PeriodRetentionModel::Share), QStringLiteral("–"));
                continue;
            }
            QCOMPARE(cell(PeriodRetentionModel::ActiveInBoth), QLocale().toString(row.retained));
            if (row.hasShare())
                QCOMPARE(cell(PeriodRetentionModel::Share),
                         pct(row.share()) + (row.complete ? QString() : QStringLiteral("*")));
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
        m_page = std::make_unique<RetentionPage>();
        m_page->resize(1280, 760);
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

    // Hand-computed on UiTestWorkspace: members 0..17 are first seen in the first days of
    // January, member 18 joins on Jan 11 and posts until Jan 31, member 19 joins on Feb 25;
    // members 16 and 17 fall silent from Jan 21; members 0..15 post every few days until the
    // end (Feb 29). The bot is not a member.
    void smallCommunityByHand_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("cohort");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("k0");
        QTest::addColumn<QString>("k1");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("retained");
        QTest::addColumn<QString>("share");
        // Jan: all 19 active in January, 16 of them (0..15) in February.
        QTest::newRow("2024-01") << 0 << QStringLiteral("2024-01") << 19 << QStringLiteral("100.0%")
                                 << QStringLiteral("84.2%") << QStringLiteral("19")
                                 << QStringLiteral("16") << QStringLiteral("84.2%");
        // Feb: member 19 only; March is after the data (not observable). Active in February:
        // 0..15 and 19 = 17, next month unknown.
        QTest::newRow("2024-02") << 1 << QStringLiteral("2024-02") << 1 << QStringLiteral("100.0%")
                                 << QString() << QStringLiteral("17") << QStringLiteral("–")
                                 << QStringLiteral("–");
    }
    void smallCommunityByHand()
    {
        QFETCH(int, row);
        QVERIFY(show(m_small));
        QCOMPARE(m_page->grain(), RetentionGrain::Month);
        const RetentionCohortModel *m = m_page->cohortModel();
        QCOMPARE(m->rowCount(), 2);
        QCOMPARE(m->columnCount(), RetentionCohortModel::FirstPeriod + 2);
        auto cell = [&](int c) { return m->index(row, c).data().toString(); };
        QTEST(cell(RetentionCohortModel::Cohort), "cohort");
        QTEST(m->table().cohorts.at(row).size, "size");
        QTEST(cell(RetentionCohortModel::FirstPeriod), "k0");
        QTEST(cell(RetentionCohortModel::FirstPeriod + 1), "k1");
        const PeriodRetentionModel *p = m_page->periodModel();
        QCOMPARE(p->rowCount(), 2);
        QTEST(p->index(row, PeriodRetentionModel::Active).data().toString(), "base");
        QTEST(p->index(row, PeriodRetentionModel::ActiveInBoth).data().toString(), "retained");
        QTEST(p->index(row, PeriodRetentionModel::Share).data().toString(), "share");
        if (row == 0) {
            // "%n member(s)" reads "members" once the English plural forms are translated.
            const QString tip = m->index(0, RetentionCohortModel::FirstPeriod + 1)
                                    .data(Qt::ToolTipRole)
                                    .toString()
                                    .section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(tip.startsWith(QStringLiteral("Of 19 member")), qPrintable(tip));
            QVERIFY2(tip.endsWith(QStringLiteral(" who joined in January 2024, 16 were active in "
                                                 "month 1 (February 2024) = 84.2%.")),
                     qPrintable(tip));
            const QString summary = m_page->summary();
            QVERIFY2(summary.startsWith(QStringLiteral("Month-1 retention over the 1 cohort")),
                     qPrintable(summary));
            QVERIFY2(summary.endsWith(QStringLiteral(" whose month 1 has ended: 16 of 19 members = "
                                                     "84.2%.")),
                     qPrintable(summary));
        }
    }

    void cellsEqualCore_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addColumn<int>("grain");
        QTest::newRow("small, months") << false << int(RetentionGrain::Month);
        QTest::newRow("small, weeks") << false << int(RetentionGrain::Week);
        QTest::newRow("demo, months") << true << int(RetentionGrain::Month);
        QTest::newRow("demo, weeks") << true << int(RetentionGrain::Week);
    }
    void cellsEqualCore()
    {
        QFETCH(bool, demo);
        QFETCH(int, grain);
        const QString path = demo ? m_demo : m_small;
        QVERIFY(show(path));
        QSignalSpy loaded(m_page.get(), &Page::loaded);
        m_page->setGrain(RetentionGrain(grain));
        if (loaded.isEmpty() && m_page->isLoading())
            QVERIFY(waitLoaded(loaded));
        QCOMPARE(int(m_page->cohortModel()->table().grain), grain);
        const Core e = core(path, RetentionGrain(grain), {});
        QVERIFY(e.cohorts.members() > 0);
        compareWithCore(e);
        if (demo) {
            // The whole demo year: twelve month cohorts, or 53 ISO weeks.
            QCOMPARE(e.cohorts.range.from, grain == int(RetentionGrain::Month)
                                               ? QDate(2025, 11, 1)
                                               : QDate(2025, 10, 27));
            QCOMPARE(e.cohorts.range.to, QDate(2026, 10, 31));
            QCOMPARE(m_page->cohortModel()->rowCount(),
                     grain == int(RetentionGrain::Month) ? 12 : 53);
        }
        m_page->setGrain(RetentionGrain::Month);
    }

    void toggleButtonsSwitchGrain()
    {
        QVERIFY(show(m_demo));
        auto *week = m_page->findChild<QPushButton *>(QStringLiteral("grainWeek"));
        auto *month = m_page->findChild<QPushButton *>(QStringLiteral("grainMonth"));
        QVERIFY(week && month);
        QVERIFY(month->isChecked());
        QCOMPARE(m_page->cohortModel()->headerData(RetentionCohortModel::FirstPeriod + 1,
                                                   Qt::Horizontal),
                 QVariant(QStringLiteral("Month 1")));
        {
            QSignalSpy loaded(m_page.get(), &Page::loaded);
            QTest::mouseClick(week, Qt::LeftButton);
            QVERIFY(waitLoaded(loaded));
        }
        QVERIFY(week->isChecked() && !month->isChecked());
        QCOMPARE(m_page->grain(), RetentionGrain::Week);
        QCOMPARE(m_page->cohortModel()->table().grain, RetentionGrain::Week);
        QCOMPARE(m_page->periodModel()->grain(), RetentionGrain::Week);
        QCOMPARE(m_page->cohortModel()->rowCount(), 53);
        QCOMPARE(m_page->cohortModel()->headerData(RetentionCohortModel::FirstPeriod + 1,
                                                   Qt::Horizontal),
                 QVariant(QStringLiteral("Week 1")));
        QVERIFY(m_page->summary().startsWith(QStringLiteral("Week-1 retention")));
        compareWithCore(core(m_demo, RetentionGrain::Week, {}));
        if (qEnvironmentVariableIsSet("KINDRED_SHOT"))
            QVERIFY(m_page->grab().save(QStringLiteral("/tmp/retention_page_weeks.png")));
        {
            QSignalSpy loaded(m_page.get(), &Page::loaded);
            QTest::mouseClick(month, Qt::LeftButton);
            QVERIFY(waitLoaded(loaded));
        }
        QCOMPARE(m_page->cohortModel()->rowCount(), 12);
        QCOMPARE(m_page->cohortModel()->table().grain, RetentionGrain::Month);
    }

    void selectedPeriodScope()
    {
        // The window's period, moved back to the first day of its month: Jan 1 .. Feb 20.
        const Period period{QDate(2024, 1, 10), QDate(2024, 2, 20)};
        QVERIFY(show(m_small, period));
        auto *scope = m_page->findChild<QComboBox *>(QStringLiteral("retentionScope"));
        QVERIFY(scope);
        {
            QSignalSpy loaded(m_page.get(), &Page::loaded);
            scope->setCurrentIndex(1);
            emit scope->activated(1);
            QVERIFY(waitLoaded(loaded));
        }
        QCOMPARE(m_page->scope(), RetentionPage::Scope::SelectedPeriod);
        QCOMPARE(m_page->cohortModel()->table().range.from, QDate(2024, 1, 1));
        QCOMPARE(m_page->cohortModel()->table().range.to, QDate(2024, 2, 20));
        const Core e = core(m_small, RetentionGrain::Month, period);
        compareWithCore(e);
        // February ends after the range: its cells are incomplete ("*").
        QVERIFY(m_page->cohortModel()
                    ->index(0, RetentionCohortModel::FirstPeriod + 1)
                    .data()
                    .toString()
                    .endsWith(QLatin1Char('*')));
        auto *hint = m_page->findChild<QLabel *>(QStringLiteral("retentionHint"));
        QVERIFY(hint->text().contains(QStringLiteral("2024-01-01 – 2024-02-20")));
        m_page->setScope(RetentionPage::Scope::WholeHistory);
    }

    void csvExport_data()
    {
        QTest::addColumn<bool>("periods");
        QTest::addColumn<int>("grain");
        QTest::newRow("cohorts by month") << false << int(RetentionGrain::Month);
        QTest::newRow("cohorts by week") << false << int(RetentionGrain::Week);
        QTest::newRow("periods by month") << true << int(RetentionGrain::Month);
        QTest::newRow("periods by week") << true << int(RetentionGrain::Week);
    }
    void csvExport()
    {
        QFETCH(bool, periods);
        QFETCH(int, grain);
        QVERIFY(show(m_demo));
        {
            QSignalSpy loaded(m_page.get(), &Page::loaded);
            m_page->setGrain(RetentionGrain(grain));
            if (m_page->isLoading())
                QVERIFY(waitLoaded(loaded));
        }
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QString error;
        QVERIFY2(periods ? m_page->exportPeriodsCsv(path, &error)
                         : m_page->exportCohortsCsv(path, &error),
                 qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.last(), QByteArray()); // ends with CRLF
        const int rows =
            periods ? m_page->periodModel()->rowCount() : m_page->cohortModel()->rowCount();
        QCOMPARE(lines.size() - 2, rows); // header + rows + the empty tail
        const char p = grain == int(RetentionGrain::Month) ? 'm' : 'w';
        if (periods) {
            QCOMPARE(lines.first(),
                     QByteArray("period,first_day,next_period,active,active_in_both,retention\r"));
        } else {
            const QByteArray start = QByteArray("cohort,first_day,size,") + p + "0_active," + p +
                                     "0_share," + p + "1_active";
            QVERIFY2(lines.first().startsWith(start), lines.first().constData());
            QCOMPARE(lines.first().count(','), 2 + 2 * (m_page->cohortModel()->periods()));
        }
        const Core e = core(m_demo, RetentionGrain(grain), {});
        QCOMPARE(bytes,
                 periods ? RetentionCsv::periods(e.periods) : RetentionCsv::cohorts(e.cohorts));
        // The first data line: the first cohort / base period with its figures.
        if (periods) {
            const PeriodRetentionRow &r = e.periods.first();
            QVERIFY(
                lines.at(1).startsWith(QStringLiteral("%1,%2,%3,%4,%5,")
                                           .arg(r.label, r.start.toString(Qt::ISODate), r.nextLabel)
                                           .arg(r.base)
                                           .arg(r.retained)
                                           .toUtf8()));
        } else {
            const RetentionCohort &c = e.cohorts.cohorts.first();
            QVERIFY(lines.at(1).startsWith(QStringLiteral("%1,%2,%3,%4,%5")
                                               .arg(c.label, c.start.toString(Qt::ISODate))
                                               .arg(c.size)
                                               .arg(c.cells.at(0).active)
                                               .arg(c.share(0), 0, 'f', 4)
                                               .toUtf8()));
        }
        m_page->setGrain(RetentionGrain::Month);
    }

    void exportToMissingDirectoryFails()
    {
        QString error;
        QVERIFY(!m_page->exportCohortsCsv(m_dir.filePath(QStringLiteral("no/such/x.csv")), &error));
        QVERIFY(!error.isEmpty());
    }

    void modelsPassModelTester()
    {
        using T = QAbstractItemModelTester;
        QVERIFY(show(m_small));
        T cohorts(m_page->cohortModel(), T::FailureReportingMode::QtTest);
        T periods(m_page->periodModel(), T::FailureReportingMode::QtTest);
        // Resets with different shapes: weeks (more rows and columns), then the demo, then none.
        for (RetentionGrain g : {RetentionGrain::Week, RetentionGrain::Month}) {
            QSignalSpy loaded(m_page.get(), &Page::loaded);
            m_page->setGrain(g);
            QVERIFY(waitLoaded(loaded));
        }
        QVERIFY(show(m_demo));
        m_page->cohortModel()->setTable({});
        m_page->periodModel()->setRows(RetentionGrain::Week, {});
        QCOMPARE(m_page->cohortModel()->columnCount(), int(RetentionCohortModel::FirstPeriod));
        m_page->cohortModel()->retranslate();
        m_page->periodModel()->retranslate();
    }

    void screenshot()
    {
        QVERIFY(show(m_demo));
        QVERIFY(!m_page->isShowingEmptyState());
        // The heatmap draws through the delegate: a tile of a high share is darker than one
        // of a low share.
        QTableView *view = m_page->cohortView();
        const QImage image = view->viewport()->grab().toImage();
        const RetentionCohortModel *m = m_page->cohortModel();
        const QModelIndex high = m->index(0, RetentionCohortModel::FirstPeriod);     // 80%+
        const QModelIndex low = m->index(0, RetentionCohortModel::FirstPeriod + 10); // ~45%
        QVERIFY(high.data(RetentionCohortModel::ShareRole).toDouble() >
                low.data(RetentionCohortModel::ShareRole).toDouble() + 0.2);
        const double dpr = image.devicePixelRatio();
        auto colorAt = [&](const QModelIndex &i) {
            const QRect r = view->visualRect(i);
            return image.pixelColor(QPoint(r.left() + 4, r.top() + 4) * dpr);
        };
        QVERIFY2(colorAt(high).lightness() < colorAt(low).lightness(),
                 qPrintable(colorAt(high).name() + QLatin1Char(' ') + colorAt(low).name()));
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/retention_page.png")));
    }

    void mainWindowShowsThePage()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        MainWindow window;
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.page<RetentionPage>();
        QVERIFY(page);
        // After the Members page in the sidebar.
        QVERIFY(window.pages().indexOf(page) > window.pages().indexOf(window.page<MembersPage>()));
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.openWorkspace(m_demo);
        QVERIFY(
            QTest::qWaitFor([&] { return loaded.count() > 0 && !window.isLoading(); }, kTimeout));
        window.showPage(int(window.pages().indexOf(page)));
        QVERIFY(!page->isShowingEmptyState());
        QCOMPARE(page->cohortModel()->rowCount(), 12); // whole history, whatever the period
        if (qEnvironmentVariableIsSet("KINDRED_SHOT"))
            QVERIFY(window.grab().save(QStringLiteral("/tmp/retention_window.png")));
    }
};

QTEST_MAIN(TestRetentionPage)
#include "tst_retention_page.moc"
