#include "GuiLauncher.h"

#include "CliCommands.h"
#include "I18n.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Theme.h"
#include "analytics/AnalyticsSource.h"
#include "demo/DemoGenerator.h"
#include "report/PdfReportWriter.h"
#include "report/ReportData.h"
#include "storage/Database.h"
#include "widgets/Icons.h"
#include "widgets/PeriodBar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace kindred {
namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "kindred: %s\n", qPrintable(message.simplified()));
    return 1;
}

/// Opens `path`; builds the demo community into it when the file is new (or is the demo).
bool openOrBuildDemo(Database &db, const QString &path, QString *error)
{
    const bool isNew = !QFileInfo::exists(path);
    if (!db.open(path, error))
        return false;
    if (isNew || path == DemoGenerator::defaultWorkspacePath())
        return DemoGenerator::build(db, DemoOptions{}, error); // idempotent
    return true;
}

/// No display: writes the report of the last 30 days and prints the `kindred stats` summary.
int runHeadless(const QString &workspace)
{
    const QString path = workspace.isEmpty() ? DemoGenerator::defaultWorkspacePath() : workspace;
    QString error;
    {
        Database db;
        if (!openOrBuildDemo(db, path, &error))
            return fail(error);
        AnalyticsSource source(db);
        if (!source.load(&error))
            return fail(error);
        QDate last = source.lastMessageDate();
        if (!last.isValid())
            last = QDate::currentDate();
        ReportData data;
        const QString pdf =
            QDir::current().absoluteFilePath(QStringLiteral("kindred-demo-report.pdf"));
        if (!ReportData::build(source, Period::ending(last, 30), 10, &data, &error) ||
            !PdfReportWriter::write(data, pdf, I18n::current(), &error))
            return fail(error);
        std::printf("report written to %s\n", qPrintable(QDir::toNativeSeparators(pdf)));
    }
    // The same summary as `kindred stats` (same default period: 30 days to the last message).
    return cli::runStats(
        {QCoreApplication::applicationFilePath(), QStringLiteral("--workspace"), path});
}

/// --screenshot: grabs the window once every page has loaded (and charts settled), then quits.
void scheduleScreenshot(MainWindow &window, const QString &file)
{
    auto done = std::make_shared<bool>(false);
    QObject::connect(&window, &MainWindow::loaded, &window, [&window, file, done]() {
        if (*done || window.workspaceInfo().path.isEmpty())
            return; // already scheduled, or the first (empty) load before the workspace is read
        *done = true;
        QTimer::singleShot(1500, &window, [&window, file]() {
            const bool ok = window.grab().save(file);
            std::printf("%s %s\n", ok ? "screenshot written to" : "cannot write screenshot",
                        qPrintable(file));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    });
}

} // namespace

int runGui(const QStringList &args, bool headless)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Kindred: the community manager's console."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption workspaceOpt(QStringLiteral("workspace"),
                                          QStringLiteral("Workspace file to open."),
                                          QStringLiteral("FILE"));
    p.addOption(workspaceOpt);
    // Hidden options for screenshots and docs.
    QCommandLineOption screenshotOpt(QStringLiteral("screenshot"),
                                     QStringLiteral("Grab the window."), QStringLiteral("PNG"));
    QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("Page to show (1..)."),
                               QStringLiteral("N"));
    QCommandLineOption languageOpt(QStringLiteral("language"), QStringLiteral("en or zh_CN."),
                                   QStringLiteral("L"));
    QCommandLineOption darkOpt(QStringLiteral("dark"), QStringLiteral("Dark theme."));
    QCommandLineOption sizeOpt(QStringLiteral("size"), QStringLiteral("Window size WxH."),
                               QStringLiteral("WxH"));
    for (QCommandLineOption *o : {&screenshotOpt, &pageOpt, &languageOpt, &darkOpt, &sizeOpt}) {
        o->setFlags(QCommandLineOption::HiddenFromHelp);
        p.addOption(*o);
    }
    // Unknown arguments (Qt's own like -platform, macOS's -psn_...) are ignored.
    p.parse(args);
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        std::printf("kindred %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setWindowIcon(Icons::appIcon());
    const QString lang = p.isSet(languageOpt) ? p.value(languageOpt) : I18n::preferredLanguage();
    I18n::apply(lang);

    QString workspace = p.value(workspaceOpt);
    if (!workspace.isEmpty())
        workspace = QFileInfo(workspace).absoluteFilePath();
    if (workspace.isEmpty())
        workspace = Settings::lastWorkspace();
    if (headless)
        return runHeadless(workspace);

    Theme::apply(p.isSet(darkOpt) || Settings::darkTheme());
    MainWindow window;
    if (p.isSet(sizeOpt)) {
        const QStringList wh = p.value(sizeOpt).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window.resize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    if (p.isSet(pageOpt))
        window.showPage(p.value(pageOpt).toInt() - 1);
    if (p.isSet(screenshotOpt))
        scheduleScreenshot(window, p.value(screenshotOpt));
    window.show();

    if (!workspace.isEmpty()) {
        window.openWorkspace(workspace);
    } else {
        const QString demo = DemoGenerator::defaultWorkspacePath();
        if (QFileInfo::exists(demo))
            window.openWorkspace(demo);
        else
            window.openDemo(); // first run: build the demo community, then open it
    }
    return QApplication::exec();
}

} // namespace kindred
