// kindred: the GUI (no subcommand) or one of the command-line subcommands of PRODUCT.md §6.
#include "CliCommands.h"
#include "CliContent.h"
#include "CliEngagement.h"
#include "CliIdentity.h"
#include "CliInfluence.h"
#include "CliTopics.h"
#include "CliRecommend.h"
#include "CliLevels.h"
#include "CliModeration.h"
#include "CliModerate.h"
#include "CliPaid.h"
#include "CliPersonas.h"
#include "CliRetention.h"
#include "CliSearch.h"
#include "CliSegments.h"
#include "CliSync.h"
#include "GuiLauncher.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

namespace {

bool isWindowCommand(const QString &command)
{
    return command.isEmpty() ||
           (command.startsWith(QLatin1Char('-')) && command != QLatin1String("-h") &&
            command != QLatin1String("--help"));
}

/// True when no display server can be reached (Linux without X11/Wayland and no platform
/// chosen): the app then renders off-screen.
bool noDisplay()
{
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
           qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return false;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QCoreApplication::setOrganizationName(QStringLiteral("Kindred"));
    QCoreApplication::setApplicationName(QStringLiteral("Kindred"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KINDRED_VERSION));

    if (isWindowCommand(command) || command == QLatin1String("report")) {
        const bool headless = noDisplay();
        if (headless)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QStringList args = app.arguments();
        if (command == QLatin1String("report")) {
            args.removeAt(1);
            return kindred::cli::runReport(args);
        }
        return kindred::runGui(args, headless);
    }

    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    args.removeAt(1); // the subcommand
    if (command == QLatin1String("-h") || command == QLatin1String("--help")) {
        kindred::cli::printUsage();
        return 0;
    }
    if (command == QLatin1String("import"))
        return kindred::cli::runImport(args);
    if (command == QLatin1String("stats"))
        return kindred::cli::runStats(args);
    if (command == QLatin1String("members"))
        return kindred::cli::runMembers(args);
    if (command == QLatin1String("batches"))
        return kindred::cli::runBatches(args);
    if (command == QLatin1String("audit"))
        return kindred::cli::runAudit(args);
    if (command == QLatin1String("merge"))
        return kindred::cli::runMerge(args);
    if (command == QLatin1String("demo"))
        return kindred::cli::runDemo(args);
    if (command == QLatin1String("sync"))
        return kindred::cli::runSync(args);
    if (command == QLatin1String("retention"))
        return kindred::cli::runRetention(args);
    if (command == QLatin1String("paid"))
        return kindred::cli::runPaid(args);
    if (command == QLatin1String("source"))
        return kindred::cli::runSource(args);
    if (command == QLatin1String("engagement"))
        return kindred::cli::runEngagement(args);
    if (command == QLatin1String("levels"))
        return kindred::cli::runLevels(args);
    if (command == QLatin1String("essence"))
        return kindred::cli::runEssence(args);
    if (command == QLatin1String("content"))
        return kindred::cli::runContent(args);
    if (command == QLatin1String("influence"))
        return kindred::cli::runInfluence(args);
    if (command == QLatin1String("topics"))
        return kindred::cli::runTopics(args);
    if (command == QLatin1String("recommend"))
        return kindred::cli::runRecommend(args);
    if (command == QLatin1String("personas"))
        return kindred::cli::runPersonas(args);
    if (command == QLatin1String("predict"))
        return kindred::cli::runPredict(args);
    if (command == QLatin1String("search"))
        return kindred::cli::runSearch(args);
    if (command == QLatin1String("segments"))
        return kindred::cli::runSegments(args);
    if (command == QLatin1String("flags"))
        return kindred::cli::runFlags(args);
    if (command == QLatin1String("moderate"))
        return kindred::cli::runModerate(args);
    if (command == QLatin1String("moderation"))
        return kindred::cli::runModeration(args);
    std::fprintf(stderr, "kindred: unknown command '%s' (try kindred --help)\n", argv[1]);
    return 2;
}
