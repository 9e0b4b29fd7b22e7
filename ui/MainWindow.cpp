#include "MainWindow.h"

#include "I18n.h"
#include "ImportController.h"
#include "MainActions.h"
#include "ReportExporter.h"
#include "Settings.h"
#include "Theme.h"
#include "demo/DemoGenerator.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/WorkspaceSettingsDialog.h"
#include "pages/ContentPage.h"
#include "pages/TopicsPage.h"
#include "pages/DashboardPage.h"
#include "pages/EngagementPage.h"
#include "pages/IdentitiesPage.h"
#include "pages/InfluencePage.h"
#include "pages/LevelsPage.h"
#include "pages/MembersPage.h"
#include "pages/MembershipsPage.h"
#include "pages/ModerationPage.h"
#include "pages/PersonasPage.h"
#include "pages/RecommendationsPage.h"
#include "pages/RetentionPage.h"
#include "pages/SearchPage.h"
#include "pages/SegmentsPage.h"
#include "pages/SourcesPage.h"
#include "pages/SyncPage.h"
#include "widgets/MemberDetailPanel.h"
#include "widgets/PeriodBar.h"
#include "widgets/Sidebar.h"
#include "widgets/WorkspaceStatus.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace kindred {
namespace {
const QString kWorkspaceSuffix = QStringLiteral(".kindred");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_sidebar(new Sidebar), m_nav(m_sidebar->list()),
      m_stack(new QStackedWidget), m_pageTitle(new QLabel), m_periodBar(new PeriodBar),
      m_status(new WorkspaceStatus(statusBar())), m_actions(new MainActions(this)),
      m_loader(new WorkspaceLoader(this)), m_import(new ImportController(this)),
      m_report(new ReportExporter(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_pageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_pageTitle->setFont(titleFont);

    // One line per page; later pages (Segments, Engagement, ...) are added the same way.
    addPage(new DashboardPage);
    addPage(new EngagementPage);
    addPage(new MembersPage);
    addPage(new SegmentsPage);
    addPage(new LevelsPage);
    addPage(new RetentionPage);
    addPage(new PersonasPage);
    addPage(new MembershipsPage);
    addPage(new ModerationPage);
    addPage(new ContentPage);
    addPage(new TopicsPage);
    addPage(new InfluencePage);
    addPage(new RecommendationsPage);
    addPage(new SourcesPage);
    addPage(new IdentitiesPage);
    addPage(new SyncPage);
    // Changed segment thresholds change the Dashboard, Members, Levels, ... figures too.
    connect(page<SegmentsPage>(), &SegmentsPage::segmentRulesChanged, this,
            &MainWindow::reloadPages);
    // Pages that change the workspace (remove, re-import, merge) re-read it as after an import.
    connect(page<SourcesPage>(), &SourcesPage::workspaceChanged, this, &MainWindow::openWorkspace);
    connect(page<IdentitiesPage>(), &IdentitiesPage::workspaceChanged, this,
            &MainWindow::openWorkspace);
    connect(page<SyncPage>(), &SyncPage::workspaceChanged, this, &MainWindow::openWorkspace);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(20, 14, 20, 0);
    header->addWidget(m_pageTitle);
    header->addStretch();
    // The message search box, on every page (Ctrl+F); Enter shows the hits in the Search dock.
    m_searchBox = new QLineEdit;
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMinimumWidth(180);
    m_searchBox->setMaximumWidth(280);
    connect(m_searchBox, &QLineEdit::returnPressed, this,
            [this]() { showSearch(m_searchBox->text()); });
    auto *find = new QAction(this);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    addAction(find);
    connect(find, &QAction::triggered, this, [this]() {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    header->addWidget(m_searchBox);
    header->addSpacing(12);
    header->addWidget(m_periodBar);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addLayout(header);
    right->addWidget(m_stack, 1);
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        refreshNavigation();
    });
    connect(m_periodBar, &PeriodBar::periodChanged, this, &MainWindow::reloadPages);
    connect(m_loader, &WorkspaceLoader::opened, this, &MainWindow::onWorkspaceOpened);
    connect(m_loader, &WorkspaceLoader::failed, this, &MainWindow::onWorkspaceFailed);
    connect(m_loader, &WorkspaceLoader::demoReady, this, &MainWindow::openWorkspace);
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_report, &ReportExporter::finished, this, [this](bool ok, const QString &path) {
        if (ok)
            statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)),
                                     8000);
    });
    connectActions();
    m_actions->setRecent(Settings::recentWorkspaces());
    m_actions->setLanguage(I18n::current());
    m_actions->setDark(Theme::isDark());

    m_nav->setCurrentRow(0);
    retranslateUi();
    refreshNavigation();
    updateStatus();
    resize(1280, 820);
    restoreGeometry(Settings::windowGeometry());
    reloadPages();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    m_sidebar->addEntry();
    connect(page, &Page::loaded, this, &MainWindow::onPageLoaded);
    connect(page, &Page::openDemoRequested, this, &MainWindow::openDemo);
    connect(page, &Page::importRequested, this, &MainWindow::chooseImportFiles);
    connect(page, &Page::memberRequested, this, &MainWindow::showMember);
    connect(page, &Page::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    const int index = int(m_pages.size()) - 1;
    QAction *go = m_actions->pagesMenu()->addAction(QString());
    go->setObjectName(QStringLiteral("actionPage%1").arg(index + 1));
    if (index < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(go, &QAction::triggered, this, [this, index]() { showPage(index); });
}

void MainWindow::connectActions()
{
    using A = MainActions;
    connect(m_actions->action(A::NewWorkspace), &QAction::triggered, this,
            &MainWindow::newWorkspace);
    connect(m_actions->action(A::OpenWorkspace), &QAction::triggered, this,
            &MainWindow::chooseWorkspace);
    connect(m_actions->action(A::Import), &QAction::triggered, this,
            &MainWindow::chooseImportFiles);
    connect(m_actions->action(A::ExportReport), &QAction::triggered, this,
            &MainWindow::exportReport);
    connect(m_actions->action(A::WorkspaceSettings), &QAction::triggered, this,
            &MainWindow::editWorkspaceSettings);
    connect(m_actions->action(A::Quit), &QAction::triggered, this, &MainWindow::close);
    connect(m_actions->action(A::About), &QAction::triggered, this,
            [this]() { AboutDialog::show(this); });
    connect(m_actions->action(A::ClearRecent), &QAction::triggered, this, [this]() {
        Settings::clearRecentWorkspaces();
        m_actions->setRecent({});
    });
    connect(m_actions, &MainActions::recentChosen, this, &MainWindow::openWorkspace);
    connect(m_actions, &MainActions::languageChosen, this, &MainWindow::setLanguage);
    connect(m_actions, &MainActions::themeChosen, this, &MainWindow::setDarkTheme);
}

void MainWindow::openWorkspace(const QString &path)
{
    m_status->setOpening(path);
    m_loader->open(path);
}

void MainWindow::onWorkspaceOpened(const WorkspaceInfo &info)
{
    const bool sameWorkspace = info.path == m_info.path;
    m_info = info;
    Settings::addRecentWorkspace(info.path);
    m_actions->setRecent(Settings::recentWorkspaces());
    updateStatus();
    if (!sameWorkspace)
        m_periodBar->setPreset(PeriodBar::Last30Days, false);
    m_periodBar->setDataRange(info.firstMessage, info.lastMessage); // reloads the pages
}

void MainWindow::onWorkspaceFailed(const QString &path, const QString &error)
{
    m_status->setInfo(m_info);
    m_status->setBusy(isLoading());
    Settings::removeRecentWorkspace(path);
    m_actions->setRecent(Settings::recentWorkspaces());
    QMessageBox::warning(
        this, tr("Cannot open the workspace"),
        tr("%1 could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), error));
}

Period MainWindow::period() const
{
    return m_periodBar->period();
}

void MainWindow::reloadPages()
{
    const PageContext context{m_info.path, m_periodBar->period()};
    m_status->setBusy(true);
    m_reloading = true;
    for (Page *page : std::as_const(m_pages))
        page->reload(context);
    if (m_memberPanel)
        m_memberPanel->setContext(context); // the member shown follows the period
    if (m_searchDock && m_searchDock->isVisible())
        m_searchPage->reload(context); // the hits of the workspace as it is now (after imports)
    m_reloading = false;
    onPageLoaded();
}

bool MainWindow::isLoading() const
{
    if (m_loader->isOpening())
        return true;
    for (const Page *page : m_pages)
        if (page->isLoading())
            return true;
    return false;
}

void MainWindow::onPageLoaded()
{
    if (m_reloading || isLoading())
        return;
    m_status->setBusy(false);
    emit loaded();
}

void MainWindow::showMember(qint64 memberId)
{
    if (!m_memberDock) {
        m_memberPanel = new MemberDetailPanel;
        m_memberDock = new QDockWidget(this);
        m_memberDock->setObjectName(QStringLiteral("memberDock"));
        m_memberDock->setWindowTitle(tr("Member"));
        m_memberDock->setWidget(m_memberPanel);
        addDockWidget(Qt::RightDockWidgetArea, m_memberDock);
        connect(m_memberPanel, &MemberDetailPanel::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    }
    m_memberPanel->showMember(PageContext{m_info.path, period()}, memberId);
    if (m_memberDock->isHidden()) {
        m_memberDock->show();
        QTimer::singleShot(0, this, [this]() {
            resizeDocks({m_memberDock}, {500}, Qt::Horizontal); // once it is laid out
        });
    }
    m_memberDock->raise();
}

void MainWindow::showSearch(const QString &text)
{
    if (!m_searchDock) {
        m_searchPage = new SearchPage;
        m_searchDock = new QDockWidget(this);
        m_searchDock->setObjectName(QStringLiteral("searchDock"));
        m_searchDock->setWindowTitle(tr("Search"));
        m_searchDock->setWidget(m_searchPage);
        addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
        connect(m_searchPage, &Page::memberRequested, this, &MainWindow::showMember);
        connect(m_searchPage, &Page::openDemoRequested, this, &MainWindow::openDemo);
        connect(m_searchPage, &Page::importRequested, this, &MainWindow::chooseImportFiles);
    }
    m_searchPage->search(PageContext{m_info.path, period()}, text);
    if (m_searchDock->isHidden()) {
        m_searchDock->show();
        QTimer::singleShot(0, this,
                           [this]() { resizeDocks({m_searchDock}, {height() / 2}, Qt::Vertical); });
    }
    m_searchDock->raise();
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_pages.size())
        m_nav->setCurrentRow(index);
}

QString MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New workspace"),
                                                QDir::homePath() + QStringLiteral("/community") +
                                                    kWorkspaceSuffix,
                                                tr("Kindred workspaces (*.kindred)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(kWorkspaceSuffix))
        path += kWorkspaceSuffix;
    QString error;
    if (!WorkspaceLoader::createWorkspace(path, &error)) {
        QMessageBox::warning(this, tr("New workspace"), error);
        return {};
    }
    openWorkspace(path);
    return path;
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open workspace"), QFileInfo(m_info.path).absolutePath(),
        tr("Kindred workspaces (*.kindred);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::openDemo()
{
    m_loader->buildDemo(DemoGenerator::defaultWorkspacePath());
}

void MainWindow::chooseImportFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import chat exports"), QDir::homePath(),
                                      tr("Chat exports (*.json *.txt *.zip *.csv);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::importFiles(const QStringList &files)
{
    if (files.isEmpty() || m_import->isRunning())
        return;
    QString target = m_info.path;
    if (target.isEmpty()) {
        QMessageBox::information(this, tr("Import"),
                                 tr("Imported data is kept in a workspace file. Choose where to "
                                    "create the new workspace."));
        target = newWorkspace();
        if (target.isEmpty())
            return;
    }
    m_import->start(target, files); // the window re-reads the workspace when it ends
}

void MainWindow::onImportFinished(const ImportOutcome &outcome)
{
    if (!outcome.results.isEmpty())
        openWorkspace(outcome.workspacePath); // community, dates and every page are re-read
}

void MainWindow::exportReport()
{
    if (m_info.path.isEmpty() || !m_info.hasCommunity) {
        QMessageBox::information(this, tr("Export report"),
                                 tr("Open a workspace with data first (or the demo community)."));
        return;
    }
    m_report->exportReport(m_info.path, period(), I18n::current());
}

void MainWindow::editWorkspaceSettings()
{
    if (m_info.path.isEmpty()) {
        QMessageBox::information(this, tr("Workspace Settings"),
                                 tr("Open or create a workspace first."));
        return;
    }
    if (WorkspaceSettingsDialog::edit(m_info.path, this))
        openWorkspace(m_info.path); // as after an import: name, day boundaries, every page
}

void MainWindow::setLanguage(const QString &lang)
{
    I18n::apply(lang); // LanguageChange reaches every widget: each retranslates itself
    Settings::setLanguage(lang);
    m_actions->setLanguage(lang);
}

void MainWindow::setDarkTheme(bool dark)
{
    Theme::apply(dark);
    Settings::setDarkTheme(dark);
    m_actions->setDark(dark);
}

void MainWindow::updateStatus()
{
    m_status->setInfo(m_info);
    const QString name =
        m_info.hasCommunity ? m_info.communityName : QFileInfo(m_info.path).fileName();
    setWindowTitle(name.isEmpty() ? QStringLiteral("Kindred") : tr("%1 — Kindred").arg(name));
}

void MainWindow::refreshNavigation()
{
    const QColor iconColor = Theme::mutedText();
    for (int i = 0; i < m_pages.size(); ++i) {
        m_sidebar->setEntry(i, m_pages.at(i)->icon(iconColor), m_pages.at(i)->title());
        m_actions->pagesMenu()->actions().at(i)->setText(m_pages.at(i)->title());
    }
    if (const int row = m_nav->currentRow(); row >= 0 && row < m_pages.size())
        m_pageTitle->setText(m_pages.at(row)->title());
}

void MainWindow::retranslateUi()
{
    if (m_memberDock)
        m_memberDock->setWindowTitle(tr("Member"));
    if (m_searchDock)
        m_searchDock->setWindowTitle(tr("Search"));
    m_searchBox->setPlaceholderText(tr("Search messages (Ctrl+F)"));
    m_actions->retranslateUi();
    refreshNavigation();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        refreshNavigation();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl &u) {
            return u.isLocalFile() && QFileInfo(u.toLocalFile()).isFile();
        }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList exports;
    QString workspace;
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (path.endsWith(kWorkspaceSuffix))
            workspace = path;
        else
            exports.append(path);
    }
    event->acceptProposedAction();
    if (!workspace.isEmpty())
        openWorkspace(workspace);
    else
        importFiles(exports);
}

} // namespace kindred
