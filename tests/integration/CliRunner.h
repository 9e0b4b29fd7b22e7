#pragma once
// Runs the kindred binary built with the tests (KINDRED_CLI_PATH) and collects its output.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace kindred::test {

struct CliRun
{
    int exitCode = -1; ///< -1 when the process crashed or did not finish
    QByteArray out;
    QByteArray err;
};

inline CliRun runKindred(const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    p.setProgram(QStringLiteral(KINDRED_CLI_PATH));
    p.setArguments(args);
    p.start();
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace kindred::test
