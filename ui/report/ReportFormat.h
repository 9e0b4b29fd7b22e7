#pragma once
// Number, date and change formatting of the PDF report, in the report's language (QLocale of
// "en" or "zh_CN"), so that every page writes figures the same way.

#include <QColor>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace kindred::report {

class ReportFormat final
{
public:
    /// lang is "en" or "zh_CN"; timezone is the community's IANA id (UTC when unknown).
    ReportFormat(const QString &lang, const QByteArray &timezone);

    const QLocale &locale() const { return m_locale; }
    /// 12,345
    QString integer(qint64 value) const;
    /// 12.3 with `decimals` digits.
    QString decimal(double value, int decimals = 1) const;
    /// A ratio as a percentage: 0.123 -> "12.3%".
    QString percent(double ratio, int decimals = 1) const;
    /// ISO date, readable in both languages: 2024-03-01.
    QString date(const QDate &d) const;
    /// A UTC instant in the community's timezone: "2024-03-01 18:30".
    QString dateTime(qint64 utcSecs) const;
    QString dateTime(const QDateTime &t) const;
    /// Short local date and time of a post: "03-01 18:30".
    QString shortDateTime(qint64 utcSecs) const;

    /// Relative change current vs previous: "▲ 12.3%", "▼ 4.0%", "0.0%", or "—" when previous
    /// is 0. `color` receives green (up), red (down) or grey.
    QString change(double current, double previous, QColor *color) const;

private:
    QLocale m_locale;
    QTimeZone m_zone;
};

} // namespace kindred::report
