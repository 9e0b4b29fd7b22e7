// The main window driven like a user: a small workspace built through the core API, pages
// loaded off the GUI thread, navigation, KPI cards against KpiCalculator, member filters
// (Chinese typed through an input method event), sorting, top content, language switch,
// empty states, and import through the GUI controller and drag and drop.
#include "UiTestWorkspace.h"

#include "I18n.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "ReportExporter.h"
#include "Theme.h"
#include "dialogs/ImportSummaryDialog.h"
#include "models/ContentTableModel.h"
#include "models/MemberFilterProxy.h"
#include "models/MemberTableModel.h"
#include "models/ModelRoles.h"
#include "pages/ContentPage.h"
#include "pages/DashboardPage.h"
#include "pages/MembersPage.h"
#include "pages/SyncPage.h"
#include "storage/Database.h"
#include "widgets/EmptyState.h"
#include "widgets/InteractiveChartView.h"
#include "widgets/KpiCard.h"
#include "widgets/PeriodBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QXYSeries>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace kindred;
using namespace kindred::uitest;

namespace {

constexpr int kTimeout = 30000;

void typeWithInputMethod(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    /// Waits until the window has emitted loaded() after `trigger` and nothing is loading.
    template <typename Trigger> bool reloadAndWait(Trigger trigger)
    {
        QSignalSpy spy(m_window.get(), &MainWindow::loaded);
        trigger();
        return QTest::qWaitFor([&]() { return spy.count() > 0 && !m_window->isLoading(); },
                               kTimeout);
    }
    Expected expectedNow() const { return expected(m_path, m_window->period()); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("test.kindred"));
        QString error;
        QVERIFY2(buildWorkspace(m_path, &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(reloadAndWait([&]() { m_window->openWorkspace(m_path); }));
        QCOMPARE(m_window->workspaceInfo().path, m_path);
        QCOMPARE(m_window->workspaceInfo().communityName, QStringLiteral("测试社群 Test"));
    }

    void defaultPeriodIsThirtyDaysEndingAtLastMessage()
    {
        auto *from = m_window->findChild<QDateEdit *>(QStringLiteral("periodFrom"));
        auto *to = m_window->findChild<QDateEdit *>(QStringLiteral("periodTo"));
        auto *preset = m_window->findChild<QComboBox *>(QStringLiteral("periodPreset"));
        QVERIFY(from && to && preset);
        QCOMPARE(to->date(), kLastDay);
        QCOMPARE(from->date(), kLastDay.addDays(-29));
        QCOMPARE(preset->currentIndex(), int(PeriodBar::Last30Days));
        QCOMPARE(m_window->period().days(), 30);
        QVERIFY(
            QSettings().value(QStringLiteral("workspace/recent")).toStringList().contains(m_path));
    }

    void navigationSwitchesPages()
    {
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(nav && stack);
        QCOMPARE(nav->count(), int(m_window->pages().size()));
        QCOMPARE(nav->count(), 16);
        for (int row : {1, 2, 0}) {
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                              nav->visualItemRect(nav->item(row)).center());
            QCOMPARE(stack->currentIndex(), row);
        }
        // Ctrl+1..3 through the View > Go to actions.
        auto *go2 = m_window->findChild<QAction *>(QStringLiteral("actionPage2"));
        QVERIFY(go2);
        QCOMPARE(go2->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
        go2->trigger();
        QCOMPARE(stack->currentIndex(), 1);
        QCOMPARE(nav->currentRow(), 1);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(stack->currentIndex(), 2);
        m_window->showPage(0);
        QCOMPARE(stack->currentIndex(), 0);
    }

    void kpiCardsMatchCalculator()
    {
        const Expected e = expectedNow();
        QVERIFY(e.current.membersAtEnd > 0);
        auto *page = m_window->page<DashboardPage>();
        QVERIFY(page && !page->isShowingEmptyState());
        auto card = [&](const char *name) {
            auto *c = page->findChild<KpiCard *>(QString::fromLatin1(name));
            return c ? c->valueText() : QStringLiteral("<no card %1>").arg(QLatin1String(name));
        };
        const QLocale l;
        QCOMPARE(card("kpiMembers"), l.toString(e.current.membersAtEnd));
        QCOMPARE(card("kpiNewMembers"), l.toString(e.current.joined));
        QCOMPARE(card("kpiMessages"), l.toString(e.current.messages));
        QCOMPARE(card("kpiDau"), l.toString(e.current.dauMean, 'f', 1));
        QCOMPARE(card("kpiMau"), l.toString(e.current.mau));
        QCOMPARE(card("kpiStickiness"),
                 l.toString(e.current.stickiness * 100, 'f', 1) + QLatin1Char('%'));
        QCOMPARE(card("kpiActivityRate"), l.toString(e.current.activityRate, 'f', 2));
        QCOMPARE(card("kpiGrowthRate"),
                 l.toString(e.current.growthRate * 100, 'f', 1) + QLatin1Char('%'));
        auto *messages = page->findChild<KpiCard *>(QStringLiteral("kpiMessages"));
        QCOMPARE(messages->changeText(),
                 KpiCard::formatChange(
                     relativeChange(double(e.current.messages), double(e.previous.messages))));
        QVERIFY(!messages->toolTip().isEmpty()); // the definition
        QCOMPARE(KpiCard::formatChange(0.125),
                 QStringLiteral("▲ ") + l.toString(12.5, 'f', 1) + QLatin1Char('%'));
        QCOMPARE(KpiCard::formatChange(std::numeric_limits<double>::quiet_NaN()),
                 QStringLiteral("—"));
    }

    void engagementChartHasHoverTooltips()
    {
        const Expected e = expectedNow();
        auto *view = m_window->page<DashboardPage>()->engagementView();
        QVERIFY(view && view->chart());
        const auto series = view->chart()->series();
        QCOMPARE(series.size(), 3);
        auto *dau = qobject_cast<QXYSeries *>(series.first());
        QVERIFY(dau);
        QCOMPARE(dau->count(), int(e.current.series.size()));
        const int day = 5;
        const QString tip = view->tooltipFor(dau, dau->at(day).x() + 1000.0);
        QVERIFY2(tip.contains(e.current.series.at(day).date.toString(Qt::ISODate)),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral(": %1").arg(e.current.series.at(day).dau)),
                 qPrintable(tip));
        QVERIFY(view->rubberBand() != QChartView::NoRubberBand);
    }

    void membersFilterBySegment()
    {
        m_window->showPage(int(m_window->pages().indexOf(m_window->page<MembersPage>())));
        auto *page = m_window->page<MembersPage>();
        const Expected e = expectedNow();
        QCOMPARE(page->model()->rowCount(), int(e.members.size()));
        auto *combo = page->findChild<QComboBox *>(QStringLiteral("segmentFilter"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 1 + kSegmentCount);
        for (Segment s : Segmentation::all()) {
            combo->setCurrentIndex(combo->findData(int(s)));
            const auto n = std::count_if(e.members.begin(), e.members.end(),
                                         [s](const MemberRow &r) { return r.segment == s; });
            QCOMPARE(page->proxy()->rowCount(), int(n));
            QCOMPARE(e.current.segments[size_t(s)], int(n));
        }
        combo->setCurrentIndex(0);
        QCOMPARE(page->proxy()->rowCount(), int(e.members.size()));
        auto *count = page->findChild<QLabel *>(QStringLiteral("memberCount"));
        QVERIFY(count && count->text().contains(QString::number(e.members.size())));
    }

    void membersFilterByChineseAndEnglishName()
    {
        auto *page = m_window->page<MembersPage>();
        const Expected e = expectedNow();
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("memberSearch"));
        QVERIFY(search);
        const QString zhang = QStringLiteral("张");
        typeWithInputMethod(search, zhang);
        QCOMPARE(search->text(), zhang);
        const auto zhangs =
            std::count_if(e.members.begin(), e.members.end(), [&](const MemberRow &r) {
                return r.name.contains(zhang, Qt::CaseInsensitive);
            });
        QVERIFY(zhangs >= 2);
        QCOMPARE(page->proxy()->rowCount(), int(zhangs));
        for (int r = 0; r < page->proxy()->rowCount(); ++r)
            QVERIFY(
                page->proxy()->index(r, MemberTableModel::Name).data().toString().contains(zhang));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("ALI")); // case-insensitive
        QCOMPARE(page->proxy()->rowCount(), 1);
        QCOMPARE(page->proxy()->index(0, MemberTableModel::Name).data().toString(),
                 QStringLiteral("Alice"));
        search->clear();
        QCOMPARE(page->proxy()->rowCount(), int(e.members.size()));
    }

    void membersSortNumericallyByHeaderClick()
    {
        auto *page = m_window->page<MembersPage>();
        QTableView *view = page->view();
        QHeaderView *header = view->horizontalHeader();
        const int column = MemberTableModel::MessagesTotal;
        const QPoint pos(header->sectionViewportPosition(column) + 10, header->height() / 2);
        auto values = [&]() {
            QList<qint64> v;
            for (int r = 0; r < page->proxy()->rowCount(); ++r)
                v.append(page->proxy()->index(r, column).data(SortRole).toLongLong());
            return v;
        };
        for (int click = 0; click < 2; ++click) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, pos);
            QCOMPARE(header->sortIndicatorSection(), column);
            const QList<qint64> v = values();
            QVERIFY(v.size() > 2 && v.first() != v.last());
            const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
            QVERIFY(std::is_sorted(v.begin(), v.end(),
                                   [&](qint64 a, qint64 b) { return ascending ? a < b : a > b; }));
        }
        // Data has one- and two/three-digit totals: numeric, not text, order.
        const QList<qint64> v = values();
        QVERIFY(*std::max_element(v.begin(), v.end()) >= 100 &&
                *std::min_element(v.begin(), v.end()) < 10);
        view->sortByColumn(MemberTableModel::MessagesInPeriod, Qt::DescendingOrder);
        const qint64 top =
            page->proxy()->index(0, MemberTableModel::MessagesInPeriod).data(SortRole).toLongLong();
        const Expected e = expectedNow();
        QCOMPARE(top, e.members.first().messagesInPeriod);
    }

    void membersCsvExport()
    {
        auto *page = m_window->page<MembersPage>();
        const QString csv = m_dir.filePath(QStringLiteral("members.csv"));
        QString error;
        QVERIFY2(page->exportCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QCOMPARE(text.count(QStringLiteral("\r\n")), page->proxy()->rowCount() + 1);
        QVERIFY(text.contains(QStringLiteral("张伟")));
    }

    void contentFirstRowIsTopPost()
    {
        m_window->showPage(int(m_window->pages().indexOf(m_window->page<ContentPage>())));
        auto *page = m_window->page<ContentPage>();
        QVERIFY(!page->isShowingEmptyState());
        const QList<ContentRanking> top =
            topContent(m_path, m_window->period(), ContentWeights{}, ContentPage::kTopPosts);
        QVERIFY(!top.isEmpty());
        QCOMPARE(page->proxy()->rowCount(), int(top.size()));
        QCOMPARE(page->proxy()->index(0, ContentTableModel::Text).data(IdRole).toLongLong(),
                 top.first().messageId);
        QCOMPARE(page->proxy()->index(0, ContentTableModel::Score).data(SortRole).toDouble(),
                 top.first().score);
        QCOMPARE(page->proxy()
                     ->index(0, ContentTableModel::Text)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(top.first().text.toHtmlEscaped()),
                 true);
    }

    void contentWeightsRecompute()
    {
        auto *page = m_window->page<ContentPage>();
        ContentWeights w;
        w.reactions = 10;
        w.replies = 0.5;
        w.forwards = 3;
        w.halfLifeDays = 7;
        QVERIFY(reloadAndWait([&]() { page->setWeights(w); }));
        const QList<ContentRanking> top =
            topContent(m_path, m_window->period(), w, ContentPage::kTopPosts);
        QVERIFY(!top.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            page->proxy()->index(0, ContentTableModel::Text).data(IdRole).toLongLong(),
            top.first().messageId, kTimeout);
        QVERIFY(qAbs(page->proxy()->index(0, ContentTableModel::Score).data(SortRole).toDouble() -
                     top.first().score) < 1e-9);
        QVERIFY(reloadAndWait([&]() { page->setWeights(ContentWeights{}); }));
    }

    void periodChangeReloadsEveryPage()
    {
        auto *preset = m_window->findChild<QComboBox *>(QStringLiteral("periodPreset"));
        QVERIFY(reloadAndWait([&]() { m_window->periodBar()->setPreset(PeriodBar::Last7Days); }));
        QCOMPARE(preset->currentIndex(), int(PeriodBar::Last7Days));
        QCOMPARE(m_window->period().from, kLastDay.addDays(-6));
        QCOMPARE(m_window->period().to, kLastDay);
        const Expected e = expectedNow();
        auto *card =
            m_window->page<DashboardPage>()->findChild<KpiCard *>(QStringLiteral("kpiMessages"));
        QCOMPARE(card->valueText(), QLocale().toString(e.current.messages));
        QCOMPARE(m_window->page<MembersPage>()->model()->rows().first().messagesInPeriod,
                 e.members.first().messagesInPeriod);
        QVERIFY(reloadAndWait([&]() { m_window->periodBar()->setPreset(PeriodBar::Last30Days); }));
    }

    void modelsPassModelTester()
    {
        auto *members = m_window->page<MembersPage>();
        auto *content = m_window->page<ContentPage>();
        QAbstractItemModelTester t1(members->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(members->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(content->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(content->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Resets (reload), filtering and sorting under the testers' eyes.
        QVERIFY(reloadAndWait([&]() { m_window->periodBar()->setPreset(PeriodBar::AllTime); }));
        members->proxy()->setSegmentFilter(int(Segment::Active));
        members->proxy()->setNameFilter(QStringLiteral("a"));
        members->proxy()->sort(MemberTableModel::Name, Qt::AscendingOrder);
        members->proxy()->setNameFilter({});
        members->proxy()->setSegmentFilter(-1);
        content->proxy()->sort(ContentTableModel::Date, Qt::DescendingOrder);
        members->model()->retranslate();
        QVERIFY(reloadAndWait([&]() { m_window->periodBar()->setPreset(PeriodBar::Last30Days); }));
        content->proxy()->sort(ContentTableModel::Rank, Qt::AscendingOrder);
        members->view()->sortByColumn(MemberTableModel::MessagesInPeriod, Qt::DescendingOrder);
    }

    void switchLanguageRetranslates()
    {
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *zh = m_window->findChild<QAction *>(QStringLiteral("actionLanguage_zh_CN"));
        QVERIFY(nav && zh);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Dashboard"));
        zh->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(),
                 QStringLiteral("zh_CN"));
        QVERIFY(zh->isChecked());
        const QString translated =
            QCoreApplication::translate("kindred::DashboardPage", "Dashboard");
        if (I18n::current() == QLatin1String("zh_CN")) {
            // The translation loaded: the CJK font is applied.
            QVERIFY(QApplication::font().families().contains(QStringLiteral("Noto Sans CJK SC")) ||
                    QApplication::font().family().contains(QStringLiteral("CJK")));
        }
        if (translated != QLatin1String("Dashboard")) {
            // The .qm translates the sidebar: retranslateUi must have run.
            QTRY_COMPARE(nav->item(0)->text(), translated);
        } else {
            QCoreApplication::processEvents();
            QCOMPARE(nav->item(0)->text(), QStringLiteral("Dashboard"));
            qInfo("zh_CN has no translation of \"Dashboard\" yet: sidebar text check skipped");
        }
        auto *en = m_window->findChild<QAction *>(QStringLiteral("actionLanguage_en"));
        en->trigger();
        QCOMPARE(I18n::current(), QStringLiteral("en"));
        QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Dashboard"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    }

    void darkThemeRedrawsCharts()
    {
        auto *view = m_window->page<DashboardPage>()->engagementView();
        QPointer<QChart> before = view->chart();
        auto *dark = m_window->findChild<QAction *>(QStringLiteral("actionThemeDark"));
        auto *light = m_window->findChild<QAction *>(QStringLiteral("actionThemeLight"));
        QVERIFY(dark && light && before);
        dark->trigger();
        QVERIFY(Theme::isDark());
        QVERIFY(QSettings().value(QStringLiteral("ui/darkTheme")).toBool());
        QTRY_VERIFY(before.isNull()); // redrawn with the dark chart style
        QCOMPARE(view->chart()->series().size(), 3);
        light->trigger();
        QVERIFY(!Theme::isDark());
        QVERIFY(!QSettings().value(QStringLiteral("ui/darkTheme")).toBool());
    }

    void exportReportWritesPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QSignalSpy spy(m_window->reportExporter(), &ReportExporter::finished);
        m_window->reportExporter()->write(m_path, m_window->period(), QStringLiteral("en"), pdf);
        QVERIFY(spy.wait(kTimeout));
        QVERIFY2(spy.first().at(0).toBool(), qPrintable(spy.first().at(2).toString()));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 1000);
    }

    void emptyStates()
    {
        MainWindow none;
        QVERIFY(QTest::qWaitFor([&]() { return !none.isLoading(); }, kTimeout));
        for (Page *page : none.pages()) {
            QVERIFY(page->isShowingEmptyState());
            QVERIFY(!page->emptyState()->headline().isEmpty());
            QVERIFY(page->findChild<QPushButton *>(QStringLiteral("openDemoButton")));
            QVERIFY(page->findChild<QPushButton *>(QStringLiteral("importButton")));
        }
        const QString empty = m_dir.filePath(QStringLiteral("empty.kindred"));
        QString error;
        QVERIFY(WorkspaceLoader::createWorkspace(empty, &error));
        QSignalSpy spy(&none, &MainWindow::loaded);
        none.openWorkspace(empty);
        QVERIFY(QTest::qWaitFor([&]() { return spy.count() > 0 && !none.isLoading(); }, kTimeout));
        QCOMPARE(none.workspaceInfo().path, empty);
        QVERIFY(!none.workspaceInfo().hasCommunity);
        for (Page *page : none.pages()) {
            // The Sync page is where a new workspace gets its first source: it shows its list.
            const bool invitesSources = qobject_cast<SyncPage *>(page) != nullptr;
            QCOMPARE(page->isShowingEmptyState(), !invitesSources);
        }
    }

    void importFailureNamesTheFile()
    {
        const QString bad = m_dir.filePath(QStringLiteral("garbage.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ this is not an export");
        f.close();
        QWidget parent;
        ImportController controller(&parent);
        QSignalSpy spy(&controller, &ImportController::finished);
        QVERIFY(controller.start(m_dir.filePath(QStringLiteral("other.kindred")), {bad}));
        QVERIFY(spy.wait(kTimeout));
        const auto outcome = spy.first().first().value<ImportOutcome>();
        QVERIFY(!outcome.succeeded());
        QCOMPARE(outcome.errors.size(), 1);
        QVERIFY2(outcome.errors.first().toString().contains(QStringLiteral("garbage.json")),
                 qPrintable(outcome.errors.first().toString()));
        auto *dialog = parent.findChild<ImportSummaryDialog *>(QStringLiteral("importSummary"));
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->summary().contains(QStringLiteral("garbage.json")));
        dialog->accept();
    }

    void importWhatsAppThroughController()
    {
        const QString chat = m_dir.filePath(QStringLiteral("WhatsApp Chat with Study Group.txt"));
        QFile f(chat);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("12/03/2024, 10:15 - Alice: hello\n12/03/2024, 10:16 - Bob: hi\n");
        f.close();
        const QString target = m_dir.filePath(QStringLiteral("import.kindred"));
        QString error;
        QVERIFY(WorkspaceLoader::createWorkspace(target, &error));
        QWidget parent;
        ImportController controller(&parent);
        QSignalSpy spy(&controller, &ImportController::finished);
        QVERIFY(controller.start(target, {chat}));
        QVERIFY(controller.isRunning() || spy.count() == 1);
        QVERIFY(spy.count() == 1 || spy.wait(kTimeout));
        const auto outcome = spy.first().first().value<ImportOutcome>();
        const QString why =
            outcome.errors.isEmpty() ? outcome.openError : outcome.errors.first().toString();
        QVERIFY2(outcome.succeeded(), qPrintable(why));
        QCOMPARE(outcome.results.size(), 1);
        QCOMPARE(outcome.results.first().messagesAdded, qint64(2));
        QCOMPARE(outcome.results.first().membersAdded, qint64(2));
        auto *dialog = parent.findChild<ImportSummaryDialog *>(QStringLiteral("importSummary"));
        QVERIFY(dialog);
        QCOMPARE(dialog->headline(), ImportSummaryDialog::headlineFor(outcome));
        QVERIFY(dialog->summary().contains(QStringLiteral("WhatsApp Chat with Study Group.txt")));
        dialog->accept();

        // The same file again: nothing is added.
        QSignalSpy again(&controller, &ImportController::finished);
        QVERIFY(controller.start(target, {chat}));
        QVERIFY(again.wait(kTimeout));
        const auto second = again.first().first().value<ImportOutcome>();
        QVERIFY(second.succeeded());
        QCOMPARE(second.messagesAdded(), qint64(0));
    }

    void importCancelStoresNothing()
    {
        const QString chat = m_dir.filePath(QStringLiteral("WhatsApp Chat with Study Group.txt"));
        const QString target = m_dir.filePath(QStringLiteral("canceled.kindred"));
        QThreadPool *pool = QThreadPool::globalInstance();
        QVERIFY(QTest::qWaitFor([&]() { return pool->activeThreadCount() == 0; }, kTimeout));
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QSemaphore gate;
        QFuture<void> blocker = QtConcurrent::run([&gate]() { gate.acquire(); });
        QWidget parent;
        ImportController controller(&parent);
        controller.setShowSummary(false);
        QSignalSpy spy(&controller, &ImportController::finished);
        QVERIFY(controller.start(target, {chat, chat})); // queued behind the blocker
        controller.cancel();                             // as the Cancel button does
        gate.release();
        QVERIFY(spy.wait(kTimeout));
        blocker.waitForFinished();
        pool->setMaxThreadCount(threads);
        const auto outcome = spy.first().first().value<ImportOutcome>();
        QVERIFY(outcome.canceled);
        QVERIFY(outcome.results.isEmpty());
        QVERIFY(!outcome.succeeded());
        QCOMPARE(ImportSummaryDialog::headlineFor(outcome),
                 QCoreApplication::translate("kindred::ImportSummaryDialog",
                                             "Import canceled: nothing was stored"));
        Database db;
        QString error;
        QVERIFY(db.open(target, &error));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM message")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void dropImportsIntoTheWindow()
    {
        const QString chat = m_dir.filePath(QStringLiteral("WhatsApp Chat with Study Group.txt"));
        QVERIFY(QFile::exists(chat));
        const qint64 membersBefore = m_window->workspaceInfo().members;
        QSignalSpy imported(m_window->importController(), &ImportController::finished);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(chat)});
        const QPoint pos = m_window->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy loaded(m_window.get(), &MainWindow::loaded);
        QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(imported.count() == 1 || imported.wait(kTimeout));
        const auto outcome = imported.first().first().value<ImportOutcome>();
        QVERIFY2(outcome.succeeded(),
                 qPrintable(outcome.errors.isEmpty() ? outcome.openError
                                                     : outcome.errors.first().toString()));
        if (auto *dialog =
                m_window->findChild<ImportSummaryDialog *>(QStringLiteral("importSummary")))
            dialog->accept();
        // Every page reloads from the workspace as it is now.
        QVERIFY(QTest::qWaitFor([&]() { return loaded.count() > 0 && !m_window->isLoading(); },
                                kTimeout));
        QCOMPARE(m_window->workspaceInfo().members, membersBefore + 2);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
