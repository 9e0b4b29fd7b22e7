#include "RetentionCsv.h"

#include <algorithm>

namespace kindred {

namespace {
const QByteArray kBom("\xEF\xBB\xBF");

QString shareText(bool has, double share)
{
    return has ? QString::number(share, 'f', 4) : QString();
}
} // namespace

QString RetentionCsv::field(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    if (std::none_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); }))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray RetentionCsv::line(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(field(f));
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray RetentionCsv::cohorts(const CohortTable &table)
{
    const QString p =
        table.grain == RetentionGrain::Month ? QStringLiteral("m") : QStringLiteral("w");
    const qsizetype horizon = table.cohorts.isEmpty() ? 0 : table.cohorts.first().cells.size();
    QStringList header{QStringLiteral("cohort"), QStringLiteral("first_day"),
                       QStringLiteral("size")};
    for (qsizetype k = 0; k < horizon; ++k)
        header << QStringLiteral("%1%2_active").arg(p).arg(k)
               << QStringLiteral("%1%2_share").arg(p).arg(k);
    QByteArray out = kBom + line(header);
    for (const RetentionCohort &c : table.cohorts) {
        QStringList row{c.label, c.start.toString(Qt::ISODate), QString::number(c.size)};
        for (int k = 0; k < int(horizon); ++k) {
            const bool observable = k < c.cells.size() && c.cells.at(k).observable;
            row << (observable ? QString::number(c.cells.at(k).active) : QString())
                << shareText(c.hasShare(k), c.share(k));
        }
        out += line(row);
    }
    return out;
}

QByteArray RetentionCsv::periods(const QList<PeriodRetentionRow> &rows)
{
    QByteArray out = kBom + line({QStringLiteral("period"), QStringLiteral("first_day"),
                                  QStringLiteral("next_period"), QStringLiteral("active"),
                                  QStringLiteral("active_in_both"), QStringLiteral("retention")});
    for (const PeriodRetentionRow &r : rows)
        out += line({r.label, r.start.toString(Qt::ISODate), r.nextLabel, QString::number(r.base),
                     r.observable ? QString::number(r.retained) : QString(),
                     shareText(r.hasShare(), r.share())});
    return out;
}

} // namespace kindred
