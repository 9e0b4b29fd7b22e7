// The Topics page on the demo community: the keyword and keyphrase tables equal Topics::load's
// lists (terms, counts, change, rising, weekly series), the tooltips carry the formula with
// the numbers, sorting by count orders the rows, the cluster table equals the clusters, an
// empty period shows the empty state; the models pass QAbstractItemModelTester. Saves
// /tmp/topics_page.png.

#include "analytics/AnalyticsSource.h"
#include "analytics/Topics.h"
#include "demo/DemoGenerator.h"
#include "models/ModelRoles.h"
#include "models/TopicModel.h"
#include "pages/TopicsPage.h"
#include "storage/Database.h"
#include "widgets/SparklineDelegate.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kindred;

namespace {
constexpr int kTimeout = 120000;
}

class TestTopicsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.kindred"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
        AnalyticsSource source(db);
        QVERIFY(source.load(&error));
        m_period = Period::ending(source.lastMessageDate(), 30);
        QVERIFY2(Topics::load(source, m_period, TopicOptions{}, &m_core, &error),
                 qPrintable(error));
        m_page = std::make_unique<TopicsPage>();
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_page->clusterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    void keywordsEqualCore()
    {
        reload(m_period);
        QVERIFY(!m_page->isShowingEmptyState());
        QVERIFY(!m_page->showsPhrases());
        TopicModel *model = m_page->model();
        QVERIFY(!m_core.keywords.isEmpty());
        QCOMPARE(model->rowCount(), int(m_core.keywords.size()));
        for (int r = 0; r < model->rowCount(); ++r) {
            const TopicTerm &t = m_core.keywords.at(r);
            QCOMPARE(model->index(r, TopicModel::Term).data().toString(), t.term);
            QCOMPARE(model->index(r, TopicModel::Count).data(SortRole).toInt(), t.count);
            QCOMPARE(model->index(r, TopicModel::Previous).data(SortRole).toInt(), t.previousCount);
            QCOMPARE(model->index(r, TopicModel::Change).data(SortRole).toInt(), t.change());
            QCOMPARE(model->index(r, TopicModel::Rising).data(SortRole).toDouble(), t.rising);
            const QVariantList series =
                model->index(r, TopicModel::Trend).data(SparklineDelegate::SeriesRole).toList();
            QCOMPARE(series.size(), qsizetype(t.weekly.size()));
            for (int w = 0; w < series.size(); ++w)
                QCOMPARE(series.at(w).toInt(), t.weekly[size_t(w)]);
        }
        // The current period starts after 5 weekly buckets of the previous 30 days.
        QCOMPARE(model->index(0, TopicModel::Trend).data(SparklineDelegate::SplitRole).toInt(), 5);
        const QString tip = model->index(0, TopicModel::Rising).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("ln((count + 1) / (expected + 1))")), qPrintable(tip));
        QVERIFY2(tip.contains(QString::number(m_core.keywords.first().count)), qPrintable(tip));
        QVERIFY2(tip.contains(QString::number(m_core.documents)), qPrintable(tip));
        auto *summary = m_page->findChild<QLabel *>(QStringLiteral("topicSummary"));
        QVERIFY(summary);
        QVERIFY(summary->text().contains(QString::number(m_core.documents)));
    }

    void sortingByCount()
    {
        QSortFilterProxyModel *proxy = m_page->proxy();
        m_page->view()->sortByColumn(TopicModel::Count, Qt::DescendingOrder);
        for (int r = 1; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r - 1, TopicModel::Count).data(SortRole).toInt() >=
                    proxy->index(r, TopicModel::Count).data(SortRole).toInt());
        m_page->view()->sortByColumn(TopicModel::Rank, Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, TopicModel::Term).data().toString(), m_core.keywords.first().term);
    }

    void keyphrasesEqualCore()
    {
        m_page->setShowPhrases(true);
        QVERIFY(m_page->showsPhrases());
        QCOMPARE(m_page->model()->rowCount(), int(m_core.keyphrases.size()));
        for (int r = 0; r < m_page->model()->rowCount(); ++r)
            QCOMPARE(m_page->model()->index(r, TopicModel::Term).data().toString(),
                     m_core.keyphrases.at(r).term);
        m_page->setShowPhrases(false);
        QCOMPARE(m_page->model()->rowCount(), int(m_core.keywords.size()));
    }

    void clustersEqualCore()
    {
        TopicClusterModel *model = m_page->clusterModel();
        QVERIFY(!m_core.clusters.isEmpty());
        QCOMPARE(model->rowCount(), int(m_core.clusters.size()));
        for (int r = 0; r < model->rowCount(); ++r) {
            const TopicCluster &c = m_core.clusters.at(r);
            QCOMPARE(model->index(r, TopicClusterModel::Size).data(SortRole).toInt(), c.size);
            QCOMPARE(model->index(r, TopicClusterModel::Label).data(SortRole).toString(),
                     c.label.join(QLatin1Char(' ')));
            QVERIFY(model->index(r, TopicClusterModel::Examples)
                        .data()
                        .toString()
                        .contains(c.examples.first().text.simplified()));
        }
    }

    void screenshot()
    {
        QTest::qWait(50);
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/topics_page.png")));
    }

    void emptyPeriodShowsEmptyState()
    {
        reload(Period{QDate(2001, 1, 1), QDate(2001, 1, 30)});
        QVERIFY(m_page->isShowingEmptyState());
        QCOMPARE(m_page->model()->rowCount(), 0);
        QCOMPARE(m_page->clusterModel()->rowCount(), 0);
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_page.reset();
    }

private:
    void reload(const Period &period)
    {
        QSignalSpy loaded(m_page.get(), &Page::loaded);
        m_page->reload(PageContext{m_path, period});
        QVERIFY(QTest::qWaitFor([&]() { return loaded.count() > 0 && !m_page->isLoading(); },
                                kTimeout));
    }

    QTemporaryDir m_dir;
    QString m_path;
    Period m_period;
    TopicsResult m_core;
    std::unique_ptr<TopicsPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(TestTopicsPage)
#include "tst_topics_page.moc"
