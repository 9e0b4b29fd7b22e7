#pragma once
// `kindred moderate` (one moderation decision, written to the append-only audit log) and
// `kindred moderation` (the audit log, the ban/mute list, moderation statistics and the
// guidance list 引导), over core/moderation (ModerationStore, ModerationStats, GuidanceList).
// The flag list (`kindred flags`) is in CliModeration.h.

#include <QStringList>

namespace kindred::cli {

/// kindred moderate --workspace FILE (--member ID | --flag ID)... --action
///   dismiss|warn|mute|ban|unban|note --reason TEXT [--actor NAME] [--json]
/// Several --member / --flag values make one bulk decision (one transaction: all or nothing).
/// The actor defaults to the operating-system user name. Prints what was written (text, or one
/// JSON object with --json). Returns the exit status (1 with a one-line reason on error).
int runModerate(const QStringList &args);

/// kindred moderation --workspace FILE
///   --audit [--actor NAME] [--action A] [--member ID] [--from D] [--to D] [--json|--csv FILE]
///   --banlist [--json|--csv FILE]
///   --stats [--from D] [--to D] [--json]
///   --guidance [--as-of D] [--json]
/// Days are local days of the community (YYYY-MM-DD, both ends included); --csv - writes to
/// standard output. Returns the exit status.
int runModeration(const QStringList &args);

} // namespace kindred::cli
