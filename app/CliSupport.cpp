#include "CliSupport.h"

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>

#include <cmath>
#include <cstdio>

namespace kindred::cli {

int fail(const QString &message)
{
    std::fprintf(stderr, "kindred: %s\n", qPrintable(message.simplified()));
    return 1;
}

void printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(QStringLiteral("workspace"), QStringLiteral("Workspace file."),
                              QStringLiteral("FILE"));
}

/// Parses args; on error prints it and returns false (exitCode set).
bool parse(QCommandLineParser &p, const QStringList &args, bool needWorkspace, int *exitCode)
{
    p.addHelpOption();
    if (!p.parse(args)) {
        *exitCode = fail(p.errorText());
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        printLine(p.helpText().toUtf8());
        *exitCode = 0;
        return false;
    }
    if (needWorkspace && p.value(QStringLiteral("workspace")).isEmpty()) {
        *exitCode = fail(QStringLiteral("--workspace FILE is required"));
        return false;
    }
    return true;
}

bool openExisting(Database &db, const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = QStringLiteral("%1: no such workspace").arg(path);
        return false;
    }
    return db.open(path, error);
}

QString isoUtc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

double rounded(double v, int digits)
{
    const double f = std::pow(10.0, digits);
    return std::isfinite(v) ? std::round(v * f) / f : 0.0;
}

} // namespace kindred::cli
