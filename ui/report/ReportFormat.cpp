#include "ReportFormat.h"

#include "ReportTheme.h"
#include "analytics/KpiCalculator.h"

#include <QDateTime>

#include <cmath>

namespace kindred::report {

ReportFormat::ReportFormat(const QString &lang, const QByteArray &timezone)
    : m_locale(lang == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                              : QLocale(QLocale::English, QLocale::UnitedStates)),
      m_zone(timezone.isEmpty() ? QTimeZone(QByteArrayLiteral("UTC")) : QTimeZone(timezone))
{
    if (!m_zone.isValid())
        m_zone = QTimeZone(0);
}

QString ReportFormat::integer(qint64 value) const
{
    return m_locale.toString(value);
}

QString ReportFormat::decimal(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString ReportFormat::percent(double ratio, int decimals) const
{
    return m_locale.toString(ratio * 100.0, 'f', decimals) + m_locale.percent();
}

QString ReportFormat::date(const QDate &d) const
{
    return d.toString(Qt::ISODate);
}

QString ReportFormat::dateTime(qint64 utcSecs) const
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, m_zone)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ReportFormat::dateTime(const QDateTime &t) const
{
    return t.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ReportFormat::shortDateTime(qint64 utcSecs) const
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, m_zone).toString(QStringLiteral("MM-dd HH:mm"));
}

QString ReportFormat::change(double current, double previous, QColor *color) const
{
    const double rel = relativeChange(current, previous);
    if (std::isnan(rel) || std::isinf(rel)) {
        *color = Theme::muted();
        return QStringLiteral("—");
    }
    const double pct = rel * 100.0;
    if (std::abs(pct) < 0.05) {
        *color = Theme::muted();
        return m_locale.toString(0.0, 'f', 1) + m_locale.percent();
    }
    *color = pct > 0 ? Theme::positive() : Theme::negative();
    const QString arrow = pct > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ");
    return arrow + m_locale.toString(std::abs(pct), 'f', 1) + m_locale.percent();
}

} // namespace kindred::report
