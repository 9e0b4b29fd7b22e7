#pragma once
// CSV files of the retention tables (Retention.h), for the GUI and the command line to save:
// UTF-8 with a byte order mark, fields quoted as RFC 4180 says, CRLF line ends, one header
// line. Shares are written with 4 decimals ("0.5000"); a cell that is not observable, or a share
// of an empty cohort or base, is an empty field (unknown, not 0).

#include "Retention.h"

#include <QByteArray>
#include <QStringList>

namespace kindred {

class RetentionCsv final
{
public:
    /// Cohort table. Columns: cohort (label), first_day (YYYY-MM-DD, local), size, then for
    /// each k of the table <p><k>_active, <p><k>_share with p = "m" (months) or "w" (weeks).
    static QByteArray cohorts(const CohortTable &table);
    /// Period retention. Columns: period, first_day, next_period, active (denominator),
    /// active_in_both (numerator), retention (numerator / denominator).
    static QByteArray periods(const QList<PeriodRetentionRow> &rows);

    /// One field as RFC 4180 wants it: enclosed in double quotes, inner quotes doubled, when it
    /// holds a comma, a double quote, CR or LF; unchanged otherwise.
    static QString field(const QString &value);
    /// Fields joined by commas and ended by CRLF, UTF-8.
    static QByteArray line(const QStringList &fields);
};

} // namespace kindred
