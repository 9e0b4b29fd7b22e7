#pragma once
// A date range in the community's timezone, both ends inclusive (whole local days).

#include <QDate>
#include <QString>

namespace kindred {

struct Period
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    /// Number of days, both ends included.
    int days() const { return isValid() ? int(from.daysTo(to)) + 1 : 0; }
    /// The period of the same length that ends the day before `from`.
    Period previous() const;
    /// The `days` days ending on `end` (inclusive).
    static Period ending(const QDate &end, int days);
    /// Parses "YYYY-MM-DD" bounds; either may be empty (filled from `fallback`). False with
    /// a message naming the bad value.
    static bool parse(const QString &from, const QString &to, const Period &fallback, Period *out,
                      QString *error);
    QString toString() const;
};

} // namespace kindred
