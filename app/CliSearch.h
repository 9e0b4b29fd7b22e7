#pragma once
// `kindred search` (issue 6 item 3): full-text search of the workspace's chat messages through
// MessageSearch (core/search/MessageSearch.h: every word must occur in the message as a
// substring, case-insensitive, Chinese included; quotes and operators are literal), as text
// or one JSON object.

#include <QStringList>

namespace kindred::cli {

/// kindred search --workspace FILE [--channel ID]... [--member ID] [--from D] [--to D]
///                [--limit N] [--offset N] [--json] [--] TEXT...
/// The positional arguments are joined with spaces into the query (put `--` before a query
/// that starts with '-'). --from/--to are local days (YYYY-MM-DD, both inclusive) of the
/// community's timezone; --member includes the members merged into it. Text output marks the
/// matches with « »; the JSON carries every hit with its snippet, the highlights as
/// [start, length] in Unicode code points of the snippet, the bm25 rank and the total count.
/// Returns the exit status (0 also when nothing matches).
int runSearch(const QStringList &args);

} // namespace kindred::cli
