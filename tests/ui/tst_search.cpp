// Message search in the window, on the demo community: the title bar's search box (Ctrl+F,
// on every page) opens the Search dock; typing a Chinese substring lists exactly the hits
// MessageSearch returns; channel, member and date filters give the core's hits for the same
// filter; a 2-character query uses the LIKE fallback; hostile input is searched literally; a
// double-click opens the member; the selected hit is shown in context. The search page is not
// a sidebar page. QAbstractItemModelTester watches the result model. Screenshot:
// /tmp/search.png.
#include "MainWindow.h"
#include "demo/DemoGenerator.h"
#include "models/ModelRoles.h"
#include "models/SearchResultModel.h"
#include "pages/SearchPage.h"
#include "search/MessageSearch.h"
#include "storage/Database.h"
#include "widgets/MemberDetailPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>

#include <memory>

using namespace kindred;

namespace {

constexpr int kTimeout = 60000;

/// MessageSearch's answer on the test's own connection.
SearchResults coreSearch(const QString &path, const QString &text, SearchFilter filter)
{
    SearchResults r;
    Database db;
    QString error;
    filter.limit = SearchPage::kLimit;
    if (!db.open(path, &error) || !MessageSearch(db).query(text, filter, &r, &error))
        qWarning("core search failed: %s", qPrintable(error));
    return r;
}

qint64 scalar(const QString &path, const QString &sql)
{
    Database db;
    QString error;
    if (!db.open(path, &error))
        return -1;
    QSqlQuery q(db.sql());
    return (q.exec(sql) && q.next()) ? q.value(0).toLongLong() : -1;
}

QList<qint64> ids(const QList<SearchHit> &hits)
{
    QList<qint64> out;
    for (const SearchHit &h : hits)
        out.append(h.messageId);
    return out;
}

QList<qint64> modelIds(const SearchResultModel *model)
{
    QList<qint64> out;
    for (int r = 0; r < model->rowCount(); ++r)
        out.append(model->index(r, 0).data(IdRole).toLongLong());
    return out;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    SearchPage *page() const { return m_window->searchPage(); }
    bool waitForSearch()
    {
        return QTest::qWaitFor([&]() { return page() && !page()->isLoading(); }, kTimeout);
    }
    /// The window's hits equal the core's for the same text and filter.
    void compareWithCore(const QString &text, const SearchFilter &filter)
    {
        const SearchResults expected = coreSearch(m_path, text, filter);
        QCOMPARE(page()->data().results.total, expected.total);
        QCOMPARE(modelIds(page()->model()), ids(expected.hits));
        for (int r = 0; r < page()->model()->rowCount(); ++r) {
            QCOMPARE(page()->model()->index(r, SearchResultModel::Snippet).data().toString(),
                     expected.hits.at(r).snippet);
            QCOMPARE(page()->model()->index(r, SearchResultModel::Member).data().toString(),
                     expected.hits.at(r).memberName);
            QCOMPARE(
                page()->model()->index(r, 0).data(SearchResultModel::MemberIdRole).toLongLong(),
                expected.hits.at(r).memberId);
        }
    }

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
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy spy(m_window.get(), &MainWindow::loaded);
        m_window->openWorkspace(m_path);
        QVERIFY(
            QTest::qWaitFor([&]() { return spy.count() > 0 && !m_window->isLoading(); }, kTimeout));
        QVERIFY(!m_window->searchDock()); // built on the first search
    }

    void searchBoxOnEveryPageAndNotInTheSidebar()
    {
        QVERIFY(m_window->searchBox());
        QVERIFY(!m_window->page<SearchPage>()); // not one of the sidebar pages
        for (int i : {0, int(m_window->pages().size()) - 1}) {
            m_window->showPage(i);
            QVERIFY(m_window->searchBox()->isVisible());
        }
        m_window->showPage(0);
        QAction *find = m_window->findChild<QAction *>(QStringLiteral("actionFind"));
        QVERIFY(find);
        QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
        QCOMPARE(find->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
        m_window->activateWindow();
        find->trigger();
        QTRY_VERIFY(m_window->searchBox()->hasFocus());
    }

    void chineseSubstringFromTheBox()
    {
        QLineEdit *box = m_window->searchBox();
        box->clear();
        // Chinese comes from an input method: its commit string, as a user's IME sends it.
        QInputMethodEvent ime;
        ime.setCommitString(QStringLiteral("所有权"));
        QApplication::sendEvent(box, &ime);
        QCOMPARE(box->text(), QStringLiteral("所有权"));
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(m_window->searchDock());
        QVERIFY(m_window->searchDock()->isVisible());
        QVERIFY(waitForSearch());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page()->queryText(), QStringLiteral("所有权"));
        QVERIFY(!page()->isShowingEmptyState());
        // The demo has 366 such messages (independent count below): the first kLimit listed.
        const qint64 scanned =
            scalar(m_path, QStringLiteral("SELECT count(*) FROM message WHERE is_service = 0 "
                                          "AND instr(text, '所有权') > 0"));
        QVERIFY(scanned > SearchPage::kLimit);
        QCOMPARE(page()->data().results.total, scanned);
        QCOMPARE(page()->model()->rowCount(), SearchPage::kLimit);
        compareWithCore(QStringLiteral("所有权"), {});
        QVERIFY(page()->summaryLabel()->text().contains(QString::number(scanned)));
        QVERIFY(!page()->summaryLabel()->toolTip().isEmpty());
        // Every snippet highlights the word.
        for (int r = 0; r < page()->model()->rowCount(); ++r) {
            const QModelIndex i = page()->model()->index(r, SearchResultModel::Snippet);
            const QVariantList ranges = i.data(SearchResultModel::HighlightsRole).toList();
            QVERIFY(!ranges.isEmpty());
            const QPoint first = ranges.first().toPoint();
            QCOMPARE(i.data().toString().mid(first.x(), first.y()), QStringLiteral("所有权"));
        }
        // The selected (first) hit is shown in its channel's context.
        QTRY_VERIFY_WITH_TIMEOUT(page()->contextMessageId() ==
                                         page()->model()->index(0, 0).data(IdRole).toLongLong() &&
                                     !page()->isContextLoading(),
                                 kTimeout);
        QVERIFY(page()->contextView()->toPlainText().contains(QStringLiteral("所有权")));
        QVERIFY(page()->contextView()->toPlainText().contains(
            page()->model()->index(0, SearchResultModel::Channel).data().toString()));
    }

    void screenshot()
    {
        m_window->searchDock()->raise();
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(QStringLiteral("/tmp/search.png")));
        // At least four hits are visible below the Dashboard (1400x900 window).
        QTableView *view = page()->view();
        QVERIFY2(view->viewport()->height() >= 4 * view->rowHeight(0),
                 qPrintable(QStringLiteral("viewport %1, row %2, dock %3")
                                .arg(view->viewport()->height())
                                .arg(view->rowHeight(0))
                                .arg(m_window->searchDock()->height())));
    }

    void channelFilter()
    {
        const qint64 channel = scalar(m_path, QStringLiteral("SELECT id FROM channel WHERE "
                                                             "name = '技术问答'"));
        QVERIFY(channel > 0);
        m_window->showSearch(QStringLiteral("Rust")); // in several channels
        QVERIFY(waitForSearch());
        QComboBox *combo = page()->channelBox();
        const int i = combo->findData(channel);
        QVERIFY(i > 0);
        combo->setCurrentIndex(i);
        emit combo->activated(i); // what a user's choice sends
        QVERIFY(waitForSearch());
        SearchFilter f;
        f.channelIds = {channel};
        compareWithCore(QStringLiteral("Rust"), f);
        QCOMPARE(page()->data().results.total,
                 scalar(m_path, QStringLiteral("SELECT count(*) FROM message WHERE is_service = 0 "
                                               "AND instr(lower(text), 'rust') > 0 AND "
                                               "channel_id = %1")
                                    .arg(channel)));
        QVERIFY(page()->data().results.total > 0);
        QVERIFY(page()->data().results.total <
                coreSearch(m_path, QStringLiteral("Rust"), {}).total);
        for (int r = 0; r < page()->model()->rowCount(); ++r)
            QCOMPARE(page()->model()->index(r, SearchResultModel::Channel).data().toString(),
                     QStringLiteral("技术问答"));
        page()->setChannelFilter(0);
        QVERIFY(waitForSearch());
        QCOMPARE(combo->currentIndex(), 0);
        m_window->showSearch(QStringLiteral("所有权"));
        QVERIFY(waitForSearch());
    }

    void memberFilter()
    {
        const qint64 member =
            page()->model()->index(0, 0).data(SearchResultModel::MemberIdRole).toLongLong();
        QVERIFY(member > 0);
        page()->setMemberFilter(QString::number(member));
        QVERIFY(waitForSearch());
        SearchFilter f;
        f.memberId = member;
        compareWithCore(QStringLiteral("所有权"), f);
        QVERIFY(page()->model()->rowCount() > 0);
        for (int r = 0; r < page()->model()->rowCount(); ++r)
            QCOMPARE(
                page()->model()->index(r, 0).data(SearchResultModel::MemberIdRole).toLongLong(),
                member);
        // By name: the same member.
        const QString name = page()->data().memberName;
        QVERIFY(!name.isEmpty());
        page()->setMemberFilter(name);
        QVERIFY(waitForSearch());
        QCOMPARE(page()->data().memberName, name);
        QCOMPARE(page()->data().memberId,
                 scalar(m_path, QStringLiteral("SELECT min(id) FROM member WHERE merged_into IS "
                                               "NULL AND display_name = '%1'")
                                    .arg(name)));
        QVERIFY(page()->summaryLabel()->text().contains(QString::number(page()->data().memberId)));
        // Nobody by that name: said so, nothing listed.
        page()->setMemberFilter(QStringLiteral("no such person 无此人"));
        QVERIFY(waitForSearch());
        QVERIFY(page()->data().memberUnknown);
        QCOMPARE(page()->model()->rowCount(), 0);
        QVERIFY(page()->summaryLabel()->text().contains(QStringLiteral("无此人")));
        page()->setMemberFilter(QString());
        QVERIFY(waitForSearch());
    }

    void dateFilter()
    {
        // The demo's last 30 days, local days of the community's timezone.
        Database db;
        QString error;
        QVERIFY(db.open(m_path, &error));
        const QTimeZone zone = MessageSearch::communityZone(db);
        const qint64 last = scalar(m_path, QStringLiteral("SELECT max(sent_at) FROM message"));
        const QDate to = QDateTime::fromSecsSinceEpoch(last, zone).date();
        const QDate from = to.addDays(-29);
        page()->setDateFilter(from, to);
        QVERIFY(waitForSearch());
        SearchFilter f;
        f.fromUtc = QDateTime(from, QTime(0, 0), zone).toSecsSinceEpoch();
        f.toUtc = QDateTime(to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
        compareWithCore(QStringLiteral("所有权"), f);
        const qint64 expected = scalar(
            m_path, QStringLiteral("SELECT count(*) FROM message WHERE is_service = 0 AND "
                                   "instr(text, '所有权') > 0 AND sent_at >= %1 AND sent_at < %2")
                        .arg(f.fromUtc)
                        .arg(f.toUtc));
        QVERIFY(expected > 0);
        QCOMPARE(page()->data().results.total, expected);
        for (const SearchHit &h : page()->model()->hits())
            QVERIFY(h.sentAt >= f.fromUtc && h.sentAt < f.toUtc);
        page()->setDateFilter({}, {});
        QVERIFY(waitForSearch());
        QCOMPARE(page()->data().results.total,
                 coreSearch(m_path, QStringLiteral("所有权"), {}).total);
    }

    void shortQueryUsesTheScan()
    {
        m_window->showSearch(QStringLiteral("打卡"));
        QVERIFY(waitForSearch());
        QVERIFY(!page()->data().results.usedIndex);
        QCOMPARE(page()->data().results.total,
                 scalar(m_path, QStringLiteral("SELECT count(*) FROM message WHERE is_service = 0 "
                                               "AND instr(text, '打卡') > 0")));
        compareWithCore(QStringLiteral("打卡"), {});
        // Newest first.
        const QList<SearchHit> &hits = page()->model()->hits();
        for (int i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).sentAt >= hits.at(i).sentAt);
    }

    void hostileQueryIsLiteral()
    {
        const qint64 messages = scalar(m_path, QStringLiteral("SELECT count(*) FROM message"));
        for (const QString &text :
             {QStringLiteral("'); DROP TABLE message;--"), QStringLiteral("\"Rust"),
              QStringLiteral("NEAR(Rust 所有权)"), QStringLiteral("text:Rust OR *")}) {
            m_window->showSearch(text);
            QVERIFY(waitForSearch());
            QVERIFY2(!page()->isShowingEmptyState(), qPrintable(text)); // no error
            compareWithCore(text, {});
        }
        QCOMPARE(page()->data().results.total, 0); // "text:Rust" is not a column filter
        QCOMPARE(scalar(m_path, QStringLiteral("SELECT count(*) FROM message")), messages);
        // '"Rust' is found where a quote precedes Rust, literally.
        m_window->showSearch(QStringLiteral("`Rust"));
        QVERIFY(waitForSearch());
        QCOMPARE(page()->data().results.total,
                 scalar(m_path, QStringLiteral("SELECT count(*) FROM message WHERE is_service = 0 "
                                               "AND instr(lower(text), '`rust') > 0")));
    }

    void doubleClickOpensTheMember()
    {
        m_window->showSearch(QStringLiteral("所有权"));
        QVERIFY(waitForSearch());
        QTableView *view = page()->view();
        QVERIFY(view->isVisible());
        const qint64 member =
            page()->model()->index(1, 0).data(SearchResultModel::MemberIdRole).toLongLong();
        QVERIFY(member > 0);
        QSignalSpy requested(page(), &Page::memberRequested);
        const QPoint at = view->visualRect(page()->model()->index(1, 1)).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), member);
        QVERIFY(m_window->memberDock());
        QVERIFY(m_window->memberDock()->isVisible());
        // The selection follows the click: the context is the clicked hit's.
        QTRY_VERIFY_WITH_TIMEOUT(page()->contextMessageId() ==
                                         page()->model()->index(1, 0).data(IdRole).toLongLong() &&
                                     !page()->isContextLoading(),
                                 kTimeout);
    }

    void cleanup()
    {
        // Each test starts without filters, even after a failure.
        if (page() && (page()->data().memberId > 0 || page()->data().memberUnknown ||
                       page()->channelBox()->currentIndex() > 0)) {
            page()->setMemberFilter(QString());
            page()->setChannelFilter(0);
            page()->setDateFilter({}, {});
            QVERIFY(waitForSearch());
        }
    }

    void cleanupTestCase()
    {
        // No worker may outlive the window (they would run on a closed connection).
        QVERIFY(QTest::qWaitFor(
            [&]() {
                return !m_window->isLoading() && !page()->isLoading() &&
                       !page()->isContextLoading() &&
                       !(m_window->memberPanel() && m_window->memberPanel()->isLoading());
            },
            kTimeout));
        QThreadPool::globalInstance()->waitForDone();
        m_tester.reset();
        m_window.reset();
    }
};

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
