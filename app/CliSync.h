#pragma once
// `kindred sync` and `kindred source add|list|remove` (issue "Sync with chat-group exports
// over HTTP"): sync sources kept in the workspace, secrets in the OS keychain.

#include <QStringList>

namespace kindred::cli {

/// kindred sync --workspace W [--source NAME]: syncs every enabled source (or NAME) and prints
/// one JSON object per source; exit status 1 when any failed.
int runSync(const QStringList &args);
/// kindred source add|list|remove ... (the secret of bearer/basic auth is read from stdin or
/// from the environment variable named by --secret-env, never from the command line).
int runSource(const QStringList &args);

} // namespace kindred::cli
