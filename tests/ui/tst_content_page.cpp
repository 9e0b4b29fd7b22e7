// The Content page on the demo community: the Posts, Threads, Links & domains and Essence tabs
// show what ContentInsights computes; marking a post from the Posts tab shows it in Essence
// (★ in Posts) and removes it from the candidates; "Mark" on a candidate and "Unmark" work;
// the Markdown export writes the file; a double-click asks for the author; the page's minimum
// width stays below 600 px (the weights live in a popup); every model passes
// QAbstractItemModelTester. Saves /tmp/content_page.png and /tmp/content_page_essence.png.
#include "analytics/ContentInsights.h"
#include "demo/DemoGenerator.h"
#include "models/ContentTableModel.h"
#include "models/EssenceTableModel.h"
#include "models/LinkTableModel.h"
#include "models/ModelRoles.h"
#include "models/ThreadTableModel.h"
#include "pages/ContentPage.h"
#include "storage/Database.h"
#include "widgets/ContentPanels.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kindred;

namespace {

constexpr int kTimeout = 120000;

void selectRow(QTableView *view, int row)
{
    view->selectionModel()->select(view->model()->index(row, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace

class TestContentPage : public QObject
{
    Q_OBJECT

private:
    bool waitLoaded(const std::function<void()> &trigger)
    {
        QSignalSpy loaded(m_page.get(), &Page::loaded);
        trigger();
        return QTest::qWaitFor([&]() { return loaded.count() > 0 && !m_page->isLoading(); },
                               kTimeout);
    }

    QTemporaryDir m_dir;
    QString m_path;
    Period m_period;
    std::unique_ptr<ContentPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

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
        const QDate last = source.lastMessageDate();
        m_period = Period{last.addDays(-89), last};
        m_page = std::make_unique<ContentPage>();
        m_page->resize(1200, 800);
        m_page->show();
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{
                 m_page->model(), m_page->proxy(), m_page->threadsPanel()->model(),
                 m_page->threadsPanel()->proxy(), m_page->linksPanel()->linkModel(),
                 m_page->linksPanel()->domainModel(), m_page->linksPanel()->linkProxy(),
                 m_page->linksPanel()->domainProxy(), m_page->essencePanel()->essenceModel(),
                 m_page->essencePanel()->candidateModel()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m, mode));
        QVERIFY(waitLoaded([&]() { m_page->reload(PageContext{m_path, m_period}); }));
        QVERIFY(!m_page->isShowingEmptyState());
    }

    void narrow()
    {
        QVERIFY2(m_page->minimumSizeHint().width() < 600,
                 qPrintable(QString::number(m_page->minimumSizeHint().width())));
    }

    void tablesMatchCore()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_path, &error));
        AnalyticsSource source(db);
        QVERIFY(source.load(&error));
        const ContentInsights insights(source);
        const QList<ThreadRanking> threads =
            insights.topThreads(m_period, ContentWeights{}, ContentPage::kTopThreads);
        ThreadTableModel *tm = m_page->threadsPanel()->model();
        QCOMPARE(tm->rowCount(), int(threads.size()));
        QCOMPARE(tm->index(0, ThreadTableModel::Text).data(IdRole).toLongLong(),
                 threads.first().rootId);
        QCOMPARE(tm->index(0, ThreadTableModel::Score).data(SortRole).toDouble(),
                 threads.first().score);
        QVERIFY(tm->index(0, ThreadTableModel::Score)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QString::number(threads.first().participants)));
        const QList<LinkRanking> domains = insights.topDomains(m_period, ContentPage::kTopLinks);
        LinkTableModel *dm = m_page->linksPanel()->domainModel();
        QCOMPARE(dm->rowCount(), int(domains.size()));
        QCOMPARE(dm->index(0, LinkTableModel::Key).data().toString(), domains.first().key);
        QCOMPARE(dm->index(0, LinkTableModel::Posts).data(SortRole).toLongLong(),
                 domains.first().count);
        const QList<LinkRanking> links = insights.topLinks(m_period, ContentPage::kTopLinks);
        QCOMPARE(m_page->linksPanel()->linkModel()->index(0, LinkTableModel::Key).data(),
                 QVariant(links.first().key));
        QCOMPARE(m_page->essencePanel()->candidateModel()->rowCount(),
                 ContentInsights::kDefaultCandidates);
        QCOMPARE(m_page->essencePanel()->essenceModel()->rowCount(), 0);
    }

    void markFromPostsTab()
    {
        // The top post is the first candidate; mark it from the Posts tab.
        const qint64 top =
            m_page->proxy()->index(0, ContentTableModel::Text).data(IdRole).toLongLong();
        QCOMPARE(m_page->essencePanel()
                     ->candidateModel()
                     ->index(0, ContentTableModel::Text)
                     .data(IdRole)
                     .toLongLong(),
                 top);
        selectRow(m_page->view(), 0);
        QCOMPARE(m_page->markButton()->text(), QStringLiteral("Mark as essence"));
        QSignalSpy status(m_page.get(), &Page::statusMessage);
        QVERIFY(waitLoaded([&]() { QTest::mouseClick(m_page->markButton(), Qt::LeftButton); }));
        QCOMPARE(status.count(), 1);
        EssenceTableModel *em = m_page->essencePanel()->essenceModel();
        QCOMPARE(em->rowCount(), 1);
        QCOMPARE(em->index(0, EssenceTableModel::Text).data(IdRole).toLongLong(), top);
        ContentTableModel *cm = m_page->essencePanel()->candidateModel();
        QCOMPARE(cm->rowCount(), ContentInsights::kDefaultCandidates - 1);
        for (int r = 0; r < cm->rowCount(); ++r)
            QVERIFY(cm->index(r, ContentTableModel::Text).data(IdRole).toLongLong() != top);
        const QModelIndex star = m_page->proxy()->index(0, ContentTableModel::Essence);
        QCOMPARE(star.data().toString(), QStringLiteral("★"));
        selectRow(m_page->view(), 0);
        QCOMPARE(m_page->markButton()->text(), QStringLiteral("Unmark"));
    }

    void markCandidateAndExport()
    {
        EssencePanel *panel = m_page->essencePanel();
        m_page->tabs()->setCurrentWidget(panel);
        const qint64 second =
            panel->candidateModel()->index(0, ContentTableModel::Text).data(IdRole).toLongLong();
        selectRow(panel->candidateView(), 0);
        QVERIFY(panel->markButton()->isEnabled());
        QVERIFY(waitLoaded([&]() { QTest::mouseClick(panel->markButton(), Qt::LeftButton); }));
        QCOMPARE(panel->essenceModel()->rowCount(), 2);
        QVERIFY(panel->exportButton()->isEnabled());
        QVERIFY(QTest::qWaitFor([&]() { return panel->isVisible(); }, 1000));
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/content_page_essence.png")));

        const QString path = m_dir.filePath(QStringLiteral("精华.md"));
        QVERIFY(waitLoaded([&]() { m_page->exportEssence(path); }));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(f.readAll());
        QVERIFY(md.startsWith(QStringLiteral("# ")));
        QCOMPARE(md.count(QStringLiteral("\n### ")), 2);
        Database db;
        QString error;
        QVERIFY(db.open(m_path, &error));
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT text FROM message WHERE id = ?"));
        q.addBindValue(second);
        QVERIFY(q.exec() && q.next());
        QVERIFY(md.contains(q.value(0).toString().trimmed()));
    }

    void unmarkAndMemberRequested()
    {
        EssencePanel *panel = m_page->essencePanel();
        QSignalSpy member(m_page.get(), &Page::memberRequested);
        const qint64 author = panel->essenceModel()
                                  ->index(0, EssenceTableModel::Author)
                                  .data(ContentTableModel::AuthorIdRole)
                                  .toLongLong();
        QVERIFY(author > 0);
        const QRect cell = panel->essenceView()->visualRect(
            panel->essenceView()->model()->index(0, EssenceTableModel::Author));
        // What a real double click sends: press, release, double click, release.
        QTest::mouseClick(panel->essenceView()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(panel->essenceView()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseRelease(panel->essenceView()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(member.count(), 1);
        QCOMPARE(member.first().first().toLongLong(), author);
        while (panel->essenceModel()->rowCount() > 0) {
            selectRow(panel->essenceView(), 0);
            QVERIFY(panel->unmarkButton()->isEnabled());
            QVERIFY(
                waitLoaded([&]() { QTest::mouseClick(panel->unmarkButton(), Qt::LeftButton); }));
        }
        QCOMPARE(panel->candidateModel()->rowCount(), ContentInsights::kDefaultCandidates);
        QVERIFY(!panel->exportButton()->isEnabled());
    }

    void weightsRecompute()
    {
        ContentWeights w;
        w.reactions = 0;
        w.replies = 1;
        QVERIFY(waitLoaded([&]() { m_page->setWeights(w); }));
        QVERIFY(QTest::qWaitFor([&]() { return !m_page->isLoading(); }, kTimeout));
        Database db;
        QString error;
        QVERIFY(db.open(m_path, &error));
        AnalyticsSource source(db);
        QVERIFY(source.load(&error));
        const QList<ThreadRanking> threads =
            ContentInsights(source).topThreads(m_period, m_page->weights(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->threadsPanel()
                                      ->model()
                                      ->index(0, ThreadTableModel::Score)
                                      .data(SortRole)
                                      .toDouble(),
                                  threads.first().score, kTimeout);
        QVERIFY(waitLoaded([&]() { m_page->setWeights(ContentWeights{}); }));
    }

    void screenshot()
    {
        m_page->tabs()->setCurrentIndex(1);
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/content_page_threads.png")));
        m_page->tabs()->setCurrentIndex(2);
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/content_page_links.png")));
        m_page->tabs()->setCurrentIndex(0);
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/content_page.png")));
        m_page->resize(m_page->minimumSizeHint().width(), 700);
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/content_page_narrow.png")));
    }
};

QTEST_MAIN(TestContentPage)
#include "tst_content_page.moc"
