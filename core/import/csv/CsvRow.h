#pragma once
// One validated row of a generic CSV file in Kindred's units (CsvRowParser fills it), and a
// row-level error naming the line and the column.

#include <QString>

namespace kindred {

/// The values of one row; which are set depends on the mapping's target. Times are UTC
/// seconds since the epoch (0 = not given); money is in minor units of `currency`.
struct CsvRow
{
    qint64 line = 0; ///< 1-based line the record starts on

    // The row's member (all empty = no member).
    QString memberId;
    QString username;
    QString displayName;
    QString email; ///< lower case
    QString phone; ///< digits with an optional leading '+'

    QString recordId; ///< the row's own id column; "" = derive one from the values
    qint64 at = 0;    ///< sent_at, started_at, submitted_at, starts_at or joined_at
    qint64 endAt = 0; ///< expires_at or ends_at

    QString tags;
    QString notes;
    QString channel;
    QString text;
    QString replyTo;

    QString plan;
    bool hasAmount = false;
    qint64 amountMinor = 0;
    QString currency; ///< ISO 4217
    QString status;   ///< trial, active, expired, refunded, cancelled; "" = not given

    bool hasScore = false;
    double score = 0.0;

    QString activity;
    QString kind;
    QString attendance; ///< registered, attended, absent

    bool hasMember() const
    {
        return !(memberId.isEmpty() && username.isEmpty() && displayName.isEmpty() &&
                 email.isEmpty() && phone.isEmpty());
    }
    /// The member's values joined with a separator: equal keys = the same person in a file.
    QString memberKey() const;
};

/// Why a row is invalid.
struct CsvRowError
{
    qint64 line = 0; ///< line of the bad field (of the record when it concerns the row)
    QString column;  ///< the column's name ("" when the error concerns the whole row)
    QString message; ///< e.g. "'12,3x' is not a number"

    /// "file:line: column 'amount': '12,3x' is not a number" (file omitted when empty).
    QString toString(const QString &file) const;
};

} // namespace kindred
