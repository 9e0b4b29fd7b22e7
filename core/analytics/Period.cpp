#include "Period.h"

namespace kindred {

Period Period::previous() const
{
    return {from.addDays(-days()), from.addDays(-1)};
}

Period Period::ending(const QDate &end, int days)
{
    return {end.addDays(-(days - 1)), end};
}

bool Period::parse(const QString &from, const QString &to, const Period &fallback, Period *out,
                   QString *error)
{
    Period p = fallback;
    if (!from.isEmpty()) {
        p.from = QDate::fromString(from, Qt::ISODate);
        if (!p.from.isValid()) {
            *error = QStringLiteral("invalid --from date '%1' (expected YYYY-MM-DD)").arg(from);
            return false;
        }
        if (to.isEmpty() && fallback.to < p.from)
            p.to = p.from.addDays(fallback.days() - 1);
    }
    if (!to.isEmpty()) {
        p.to = QDate::fromString(to, Qt::ISODate);
        if (!p.to.isValid()) {
            *error = QStringLiteral("invalid --to date '%1' (expected YYYY-MM-DD)").arg(to);
            return false;
        }
        if (from.isEmpty())
            p.from = p.to.addDays(-(fallback.days() - 1));
    }
    if (!p.isValid()) {
        *error = QStringLiteral("the period %1 is empty (--from is after --to)").arg(p.toString());
        return false;
    }
    *out = p;
    return true;
}

QString Period::toString() const
{
    return from.toString(Qt::ISODate) + QStringLiteral(" – ") + to.toString(Qt::ISODate);
}

} // namespace kindred
