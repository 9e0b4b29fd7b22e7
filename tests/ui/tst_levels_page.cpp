// The "Levels & contribution" page on the GUI test workspace (tests/ui/UiTestWorkspace.h):
// level counts and the monthly table against LevelCalculator, the leaderboard against
// ContributionScore, weights applied (the ranking changes, the weights persist in the
// workspace), level rules applied and refused, the level filter, the member breakdown,
// double-click opening a member, the chart, QAbstractItemModelTester on every model, and the
// page in the main window. Saves screenshots of the demo community to /tmp/levels_page.png
// (window) and /tmp/levels_page_full.png (whole scroll area).
#include "MainWindow.h"
#include "UiTestWorkspace.h"
#include "analytics/ContributionScore.h"
#include "analytics/Levels.h"
#include "demo/DemoGenerator.h"
#include "models/LeaderboardModel.h"
#include "models/LevelCountModel.h"
#include "models/LevelMonthModel.h"
#include "models/ModelRoles.h"
#include "pages/LevelsPage.h"
#include "widgets/LevelRulesEditor.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kindred;

namespace {

constexpr int kTimeout = 60000;

/// What the page must show, computed on the test's own connection.
struct Expected
{
    LevelRules levelRules;
    ContributionRules contributionRules;
    QHash<qint64, MemberLevel> levels;
    QList<LevelMonth> months;
    ContributionBoard board;
    qint64 members = 0;
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
    e.levelRules = LevelRules::load(db);
    e.contributionRules = ContributionRules::load(db);
    const LevelCalculator calc(source, e.levelRules);
    e.levels = calc.levelsAt(period.to);
    e.months =
        calc.monthly(QDate(period.to.year(), period.to.month(), 1).addMonths(-11), period.to);
    ContributionScore(source, e.contributionRules).compute(period, &e.board, &error);
    e.members = KpiCalculator(source).compute(period).membersAtEnd;
    return e;
}

} // namespace

class TestLevelsPage : public QObject
{
    Q_OBJECT

private:
    template <typename Trigger> bool reloadAndWait(Trigger trigger)
    {
        QSignalSpy spy(m_page.get(), &Page::loaded);
        trigger();
        return QTest::qWaitFor([&]() { return spy.count() > 0 && !m_page->isLoading(); }, kTimeout);
    }
    QPushButton *button(const char *name) const
    {
        return m_page->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    QDoubleSpinBox *weight(const char *name) const
    {
        return m_page->findChild<QDoubleSpinBox *>(QString::fromLatin1(name));
    }
    /// The leaderboard as shown (proxy order) equals the core's board, row by row.
    void compareBoard(const Expected &e)
    {
        const QSortFilterProxyModel *proxy = m_page->leaderboardProxy();
        QCOMPARE(proxy->rowCount(), int(e.board.rows.size()));
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const ContributionRow &row = e.board.rows.at(r);
            QCOMPARE(proxy->index(r, 0).data(IdRole).toLongLong(), row.memberId);
            QCOMPARE(proxy->index(r, LeaderboardModel::Rank).data(SortRole).toInt(), row.rank);
            QCOMPARE(proxy->index(r, LeaderboardModel::Score).data(SortRole).toDouble(), row.q);
            QCOMPARE(proxy->index(r, LeaderboardModel::Points).data(SortRole).toLongLong(),
                     row.points);
            QCOMPARE(proxy->index(r, LeaderboardModel::LevelColumn).data(SortRole).toInt(),
                     e.levels.value(row.memberId).level);
        }
    }
    QList<qint64> shownOrder(int n) const
    {
        QList<qint64> ids;
        for (int r = 0; r < n && r < m_page->leaderboardProxy()->rowCount(); ++r)
            ids.append(m_page->leaderboardProxy()->index(r, 0).data(IdRole).toLongLong());
        return ids;
    }

    QTemporaryDir m_dir;
    QString m_path;
    Period m_period;
    std::unique_ptr<LevelsPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("ui.kindred"));
        QString error;
        QVERIFY2(uitest::buildWorkspace(m_path, &error), qPrintable(error));
        m_period = Period::ending(uitest::kLastDay, 30);
        m_page = std::make_unique<LevelsPage>();
        m_page->resize(1440, 1000);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{
                 m_page->countModel(), m_page->monthModel(), m_page->leaderboardModel(),
                 m_page->leaderboardProxy()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QVERIFY(reloadAndWait([&]() { m_page->reload(PageContext{m_path, m_period}); }));
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(m_page->title(), QStringLiteral("Levels & contribution"));
    }

    void countsEqualTheCore()
    {
        const Expected e = expectedFor(m_path, m_period);
        QCOMPARE(qint64(e.levels.size()), e.members);
        const LevelCounts counts = LevelCalculator::counts(e.levels);
        const LevelCountModel *m = m_page->countModel();
        QCOMPARE(m->rowCount(), kLevelCount + 1);
        int sum = 0;
        for (int i = 0; i < kLevelCount; ++i) {
            QCOMPARE(m->index(i, LevelCountModel::Members).data(ExportRole).toInt(),
                     counts[size_t(i)]);
            sum += counts[size_t(i)];
            const QString tip =
                m->index(i, LevelCountModel::Members).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(uitest::kLastDay.toString(Qt::ISODate)), qPrintable(tip));
            QVERIFY(!m->index(i, LevelCountModel::Rule).data().toString().isEmpty());
        }
        QCOMPARE(qint64(sum), e.members);
        QCOMPARE(
            m->index(LevelCountModel::TotalRow, LevelCountModel::Members).data(ExportRole).toInt(),
            sum);
        // The small community has members on at least three levels.
        int levelsUsed = 0;
        for (int c : counts)
            levelsUsed += c > 0 ? 1 : 0;
        QVERIFY(levelsUsed >= 3);
        QVERIFY(m->index(int(Level::Contributing) - 1, LevelCountModel::Rule)
                    .data()
                    .toString()
                    .contains(QStringLiteral("at least 7 of the last 30 days")));
    }

    void monthlyTableAndChart()
    {
        const Expected e = expectedFor(m_path, m_period);
        const LevelMonthModel *m = m_page->monthModel();
        QCOMPARE(m->rowCount(), 12);
        QCOMPARE(int(e.months.size()), 12);
        for (int r = 0; r < 12; ++r) {
            const LevelMonth &month = e.months.at(r);
            QCOMPARE(m->index(r, LevelMonthModel::Members).data(ExportRole).toInt(), month.members);
            QCOMPARE(m->index(r, LevelMonthModel::Up).data(ExportRole).toInt(), month.up);
            QCOMPARE(m->index(r, LevelMonthModel::Held).data(ExportRole).toInt(), month.held);
            QCOMPARE(m->index(r, LevelMonthModel::Down).data(ExportRole).toInt(), month.down);
            QCOMPARE(month.up + month.held + month.down, month.members);
        }
        // February 2024 compares the members seen by January's end.
        const LevelMonth &feb = e.months.last();
        QCOMPARE(feb.month, QDate(2024, 2, 1));
        QVERIFY(feb.members >= 15);
        QVERIFY(qAbs(feb.upShare() + feb.heldShare() + feb.downShare() - 1.0) < 1e-12);
        QVERIFY(m->index(11, LevelMonthModel::Up)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2024-01-31")));
        auto *series =
            qobject_cast<QStackedBarSeries *>(m_page->chartView()->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 3);
        QCOMPARE(series->barSets().at(0)->count(), 12);
        QCOMPARE(series->barSets().at(0)->at(11), feb.upShare() * 100.0);
        QCOMPARE(series->barSets().at(2)->at(11), feb.downShare() * 100.0);
    }

    void leaderboardEqualsTheCore()
    {
        const Expected e = expectedFor(m_path, m_period);
        QCOMPARE(e.contributionRules, ContributionRules{});
        compareBoard(e);
        // Tooltips carry the formula with the member's numbers.
        const QModelIndex top = m_page->leaderboardProxy()->index(0, LeaderboardModel::Score);
        const QString why = top.data(Qt::ToolTipRole).toString();
        QVERIFY2(why.contains(QStringLiteral("Q = k1")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("points:")), qPrintable(why));
        // The selected member's breakdown.
        m_page->leaderboardView()->setCurrentIndex(m_page->leaderboardProxy()->index(1, 0));
        const QString text = m_page->breakdownLabel()->text();
        QVERIFY2(text.contains(e.board.rows.at(1).name.toHtmlEscaped()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("rank 2")), qPrintable(text));
        QVERIFY2(text.contains(LevelCalculator::name(
                     Level(e.levels.value(e.board.rows.at(1).memberId).level))),
                 qPrintable(text));
    }

    void weightsReRankAndPersist()
    {
        const QList<qint64> before = shownOrder(10);
        QVERIFY(!button("applyWeights")->isEnabled());
        weight("weightK1")->setValue(0.0);
        weight("weightK2")->setValue(0.0);
        weight("weightK3")->setValue(1.0);
        QVERIFY(button("applyWeights")->isEnabled());
        QVERIFY(
            reloadAndWait([&]() { QTest::mouseClick(button("applyWeights"), Qt::LeftButton); }));
        const Expected e = expectedFor(m_path, m_period);
        QCOMPARE(e.contributionRules.k1, 0.0);
        QCOMPARE(e.contributionRules.k2, 0.0);
        QCOMPARE(e.contributionRules.k3, 1.0);
        compareBoard(e);
        QVERIFY(shownOrder(10) != before);
        QVERIFY(!button("applyWeights")->isEnabled());
        // A new page reads the stored weights.
        LevelsPage other;
        QSignalSpy spy(&other, &Page::loaded);
        other.reload(PageContext{m_path, m_period});
        QVERIFY(QTest::qWaitFor([&]() { return spy.count() > 0 && !other.isLoading(); }, kTimeout));
        QCOMPARE(other.findChild<QDoubleSpinBox *>(QStringLiteral("weightK3"))->value(), 1.0);
        QCOMPARE(other.editedWeights(), e.contributionRules);
        // All weights 0 is refused; Defaults restores and saves 0.3 / 0.3 / 0.4.
        weight("weightK3")->setValue(0.0);
        QVERIFY(!button("applyWeights")->isEnabled());
        QVERIFY(
            reloadAndWait([&]() { QTest::mouseClick(button("resetWeights"), Qt::LeftButton); }));
        QCOMPARE(expectedFor(m_path, m_period).contributionRules, ContributionRules{});
        QCOMPARE(shownOrder(10), before);
    }

    void levelRulesApplyAndRefuse()
    {
        const LevelCounts before = LevelCalculator::counts(expectedFor(m_path, m_period).levels);
        auto *top = m_page->findChild<QSpinBox *>(QStringLiteral("levelTopPercent"));
        auto *participating =
            m_page->findChild<QDoubleSpinBox *>(QStringLiteral("levelParticipatingWeight"));
        auto *contributing =
            m_page->findChild<QDoubleSpinBox *>(QStringLiteral("levelContributingWeight"));
        QVERIFY(top && participating && contributing);
        // Contributing's weight below Participating's is refused with a reason.
        contributing->setValue(5);
        QVERIFY(!button("applyLevelRules")->isEnabled());
        auto *error = m_page->findChild<QLabel *>(QStringLiteral("levelRulesError"));
        QVERIFY(error && error->isVisible() && !error->text().isEmpty());
        contributing->setValue(LevelRules{}.contributingWeight);
        QVERIFY(!error->isVisible());
        // Top 100% of contributors: more members lead.
        top->setValue(100);
        QVERIFY(button("applyLevelRules")->isEnabled());
        QVERIFY(
            reloadAndWait([&]() { QTest::mouseClick(button("applyLevelRules"), Qt::LeftButton); }));
        const Expected e = expectedFor(m_path, m_period);
        QCOMPARE(e.levelRules.leadingTopPercent, 100);
        const LevelCounts after = LevelCalculator::counts(e.levels);
        QVERIFY(after[3] > before[3]);
        QCOMPARE(m_page->countModel()->counts(), after);
        compareBoard(e);
        QVERIFY(
            reloadAndWait([&]() { QTest::mouseClick(button("resetLevelRules"), Qt::LeftButton); }));
        QCOMPARE(expectedFor(m_path, m_period).levelRules, LevelRules{});
        QCOMPARE(m_page->countModel()->counts(), before);
    }

    void levelFilterAndDoubleClick()
    {
        const LevelCounts counts = m_page->countModel()->counts();
        QTableView *countView = m_page->countView();
        const int row = int(Level::Participating) - 1;
        QTest::mouseClick(countView->viewport(), Qt::LeftButton, Qt::NoModifier,
                          countView->visualRect(m_page->countModel()->index(row, 0)).center());
        QCOMPARE(m_page->selectedLevel(), int(Level::Participating));
        const QSortFilterProxyModel *proxy = m_page->leaderboardProxy();
        QCOMPARE(proxy->rowCount(), counts[size_t(row)]);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(proxy->index(r, 0).data(LeaderboardModel::LevelRole).toInt(),
                     int(Level::Participating));
        m_page->selectLevel(0);
        QCOMPARE(proxy->rowCount(), m_page->leaderboardModel()->rowCount());

        QSignalSpy requested(m_page.get(), &Page::memberRequested);
        QTableView *board = m_page->leaderboardView();
        const QModelIndex third = proxy->index(2, LeaderboardModel::Member);
        board->scrollTo(third);
        const QPoint at = board->visualRect(third).center();
        QTest::mouseClick(board->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseDClick(board->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), third.data(IdRole).toLongLong());
    }

    void csvExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("board.csv"));
        QString error;
        QVERIFY2(m_page->exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.count('\n'), m_page->leaderboardProxy()->rowCount() + 1);
    }

    void pageInTheMainWindow()
    {
        MainWindow window;
        LevelsPage *page = window.page<LevelsPage>();
        QVERIFY(page != nullptr);
        QVERIFY(window.pages().indexOf(page) > 0);
    }

    void demoScreenshot()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.kindred"));
        {
            Database db;
            QString error;
            QVERIFY(db.open(demo, &error));
            QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
        }
        const Period period = Period::ending(DemoOptions{}.endDate, 30);
        QVERIFY(reloadAndWait([&]() { m_page->reload(PageContext{demo, period}); }));
        QVERIFY(!m_page->isShowingEmptyState());
        const Expected e = expectedFor(demo, period);
        compareBoard(e);
        QCOMPARE(m_page->countModel()->total(), int(e.members));
        m_page->leaderboardView()->setCurrentIndex(m_page->leaderboardProxy()->index(0, 0));
        QTest::qWait(50);
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/levels_page.png")));
        auto *scroll = m_page->findChild<QScrollArea *>(QStringLiteral("levelsScroll"));
        QVERIFY(scroll && scroll->widget());
        QVERIFY(scroll->widget()->grab().save(QStringLiteral("/tmp/levels_page_full.png")));
    }
};

QTEST_MAIN(TestLevelsPage)
#include "tst_levels_page.moc"
