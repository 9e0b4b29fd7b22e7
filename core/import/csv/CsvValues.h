#pragma once
// Parsing and normalisation of the values of a generic CSV file: dates to UTC seconds,
// statuses, attendance, scores, emails and phone numbers (amounts and currencies: CsvMoney). Every
// parser returns false with a message that quotes the value
// ("'12,3x' is not a number", context "CsvImport"); the caller prefixes file, line and column.

#include <QString>

class QTimeZone;

namespace kindred {

class CsvValues final
{
public:
    /// Parses `text` as a date/time. format "auto" accepts ISO 8601 with or without offset
    /// ("2026-03-01", "2026-03-01T10:00:00+08:00", "...Z", fractional seconds), the separators
    /// '-', '/' and '.' ("2026/3/1 9:05"), "2026年3月1日 9:05", yyyyMMdd, and unix seconds (9–10
    /// digits) or milliseconds (12–13 digits). Any other format is a QDateTime format string.
    /// Wall-clock values (no offset) are in `zone`; a date alone is midnight there.
    /// Output: UTC seconds since the epoch.
    static bool parseDate(const QString &text, const QString &format, const QTimeZone &zone,
                          qint64 *utcSeconds, QString *error);

    /// trial, active, expired, refunded or cancelled from English or Chinese (试用, 有效, 过期,
    /// 退款, 取消 and common variants); false with error otherwise.
    static bool parseStatus(const QString &text, QString *status, QString *error);
    /// registered, attended or absent (报名, 签到, 缺席 and variants); empty = attended.
    static bool parseAttendance(const QString &text, QString *status, QString *error);
    /// A number ("4", "4.5", "4,5", "80%") or a row of stars ("★★★★").
    static bool parseScore(const QString &text, double *score, QString *error);
    /// Lower-cased address; false when it does not look like one.
    static bool parseEmail(const QString &text, QString *email, QString *error);
    /// Digits with an optional leading '+' (spaces, dashes, dots and brackets dropped).
    static bool parsePhone(const QString &text, QString *phone, QString *error);
};

} // namespace kindred
