#include "MainActions.h"

#include "ImportController.h"
#include "MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace kindred {
namespace {

/// File > Import CSV with Mapping… (generic CSV): found by this object name.
const char *const kImportCsv = "actionImportCsv";

/// Asks for CSV files and maps each in the CSV mapping dialog before importing it.
void importCsvWithMapping(QMainWindow *window)
{
    auto *main = qobject_cast<MainWindow *>(window);
    if (!main || main->importController()->isRunning())
        return;
    const QString workspace = main->workspaceInfo().path;
    if (workspace.isEmpty()) {
        QMessageBox::information(window, MainActions::tr("Import CSV with Mapping"),
                                 MainActions::tr("Open or create a workspace first."));
        return;
    }
    const QStringList files = QFileDialog::getOpenFileNames(
        window, MainActions::tr("Import CSV with Mapping"), QDir::homePath(),
        MainActions::tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!files.isEmpty())
        main->importController()->startWithCsvMapping(workspace, files);
}

} // namespace

MainActions::MainActions(QMainWindow *window) : QObject(window)
{
    static const char *const names[IdCount] = {
        "actionNewWorkspace",   "actionOpenWorkspace",     "actionClearRecent", "actionImport",
        "actionExportReport",   "actionWorkspaceSettings", "actionQuit",        "actionLanguage_en",
        "actionLanguage_zh_CN", "actionThemeLight",        "actionThemeDark",   "actionAbout"};
    for (int i = 0; i < IdCount; ++i) {
        m_actions.at(size_t(i)) = new QAction(window);
        m_actions.at(size_t(i))->setObjectName(QString::fromLatin1(names[i]));
    }
    action(NewWorkspace)->setShortcut(QKeySequence::New);
    action(OpenWorkspace)->setShortcut(QKeySequence::Open);
    action(Import)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    action(ExportReport)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    action(WorkspaceSettings)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    action(WorkspaceSettings)->setMenuRole(QAction::NoRole); // stays in File, also on macOS
    action(Quit)->setShortcuts({QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)});
    action(Quit)->setMenuRole(QAction::QuitRole);
    action(About)->setMenuRole(QAction::AboutRole);
    action(LanguageEnglish)->setText(QStringLiteral("English")); // languages name themselves
    action(LanguageChinese)->setText(QStringLiteral("简体中文"));
    action(LanguageEnglish)->setData(QStringLiteral("en"));
    action(LanguageChinese)->setData(QStringLiteral("zh_CN"));

    auto *languages = new QActionGroup(this);
    for (Id id : {LanguageEnglish, LanguageChinese}) {
        action(id)->setCheckable(true);
        languages->addAction(action(id));
        connect(action(id), &QAction::triggered, this,
                [this, id]() { emit languageChosen(action(id)->data().toString()); });
    }
    auto *themes = new QActionGroup(this);
    for (Id id : {LightTheme, DarkTheme}) {
        action(id)->setCheckable(true);
        themes->addAction(action(id));
        connect(action(id), &QAction::triggered, this,
                [this, id]() { emit themeChosen(id == DarkTheme); });
    }

    QMenuBar *bar = window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->addAction(action(NewWorkspace));
    m_fileMenu->addAction(action(OpenWorkspace));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(Import));
    auto *importCsv = new QAction(this);
    importCsv->setObjectName(QString::fromLatin1(kImportCsv));
    connect(importCsv, &QAction::triggered, this, [window]() { importCsvWithMapping(window); });
    m_fileMenu->addAction(importCsv);
    m_fileMenu->addAction(action(ExportReport));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(WorkspaceSettings));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(Quit));
    m_viewMenu = bar->addMenu(QString());
    m_pagesMenu = m_viewMenu->addMenu(QString());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(languages->actions());
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions(themes->actions());
    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addAction(action(About));
    setRecent({});
    retranslateUi();
}

void MainActions::setRecent(const QStringList &paths)
{
    m_recent = paths;
    m_recentMenu->clear();
    int n = 0;
    for (const QString &path : paths) {
        ++n;
        const QString label = QStringLiteral("&%1  %2").arg(n % 10).arg(
            QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&")));
        QAction *a = m_recentMenu->addAction(label);
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path]() { emit recentChosen(path); });
    }
    if (!paths.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(action(ClearRecent));
    action(ClearRecent)->setEnabled(!paths.isEmpty());
    m_recentMenu->setEnabled(true);
}

void MainActions::setLanguage(const QString &lang)
{
    action(lang == QLatin1String("zh_CN") ? LanguageChinese : LanguageEnglish)->setChecked(true);
}

void MainActions::setDark(bool dark)
{
    action(dark ? DarkTheme : LightTheme)->setChecked(true);
}

void MainActions::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_viewMenu->setTitle(tr("&View"));
    m_pagesMenu->setTitle(tr("&Go to"));
    m_languageMenu->setTitle(tr("&Language"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_helpMenu->setTitle(tr("&Help"));
    action(NewWorkspace)->setText(tr("&New Workspace…"));
    action(NewWorkspace)->setStatusTip(tr("Create an empty workspace file"));
    action(OpenWorkspace)->setText(tr("&Open Workspace…"));
    action(OpenWorkspace)->setStatusTip(tr("Open a Kindred workspace file"));
    action(ClearRecent)->setText(tr("Clear List"));
    action(Import)->setText(tr("&Import…"));
    action(Import)->setStatusTip(tr("Import chat exports (Telegram JSON, WhatsApp text, "
                                    "DiscordChatExporter JSON) into this workspace"));
    if (auto *importCsv = findChild<QAction *>(QString::fromLatin1(kImportCsv))) {
        importCsv->setText(tr("Import CSV with &Mapping…"));
        importCsv->setStatusTip(tr("Import a CSV file of members, messages, memberships, "
                                   "feedback or activities, choosing what each column holds"));
    }
    action(ExportReport)->setText(tr("&Export Report…"));
    action(ExportReport)->setStatusTip(tr("Write a PDF report of the period"));
    action(WorkspaceSettings)->setText(tr("Workspace &Settings…"));
    action(WorkspaceSettings)
        ->setStatusTip(
            tr("Community name, time zone and currency, and the thresholds of the segment rules"));
    action(Quit)->setText(tr("&Quit"));
    action(LightTheme)->setText(tr("&Light"));
    action(DarkTheme)->setText(tr("&Dark"));
    action(About)->setText(tr("&About Kindred"));
}

} // namespace kindred
