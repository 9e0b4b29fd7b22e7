#pragma once

#include <QStringList>

namespace kindred {

/// Starts the main window on the workspace named by --workspace (or the last one used). When
/// no display is available, writes the demo report and prints the KPI summary instead.
int runGui(const QStringList &args, bool headless);

} // namespace kindred
