#include "Segmentation.h"

#include <QCoreApplication>

namespace kindred {

Segment Segmentation::classify(const SegmentInput &in, qint64 endDay, const SegmentRules &r)
{
    if (in.leftDay > 0 && in.leftDay <= endDay && in.leftDay >= in.joinDay)
        return Segment::Churned;
    const qint64 lastTouch = std::max(in.lastActiveDay, in.joinDay);
    if (lastTouch <= endDay - r.churnDays)
        return Segment::Churned;
    if (in.joinDay > endDay - r.newcomerDays)
        return Segment::Newcomer;
    if (in.activeDaysInWindow >= r.activeMinDays)
        return Segment::Active;
    if (in.activeDaysInWindow >= 1)
        return Segment::Occasional;
    return Segment::Silent;
}

QString Segmentation::explain(const SegmentInput &in, qint64 endDay, const SegmentRules &r)
{
    switch (classify(in, endDay, r)) {
    case Segment::Churned:
        if (in.leftDay > 0 && in.leftDay <= endDay && in.leftDay >= in.joinDay)
            return QCoreApplication::translate("Segmentation", "left %1 days before the end")
                .arg(endDay - in.leftDay);
        return QCoreApplication::translate("Segmentation", "no activity for %1+ days")
            .arg(r.churnDays);
    case Segment::Newcomer:
        return QCoreApplication::translate("Segmentation", "joined %1 days before the end (< %2)")
            .arg(endDay - in.joinDay)
            .arg(r.newcomerDays);
    case Segment::Active:
    case Segment::Occasional:
        return QCoreApplication::translate("Segmentation", "active on %1 of the last %2 days")
            .arg(in.activeDaysInWindow)
            .arg(r.windowDays);
    case Segment::Silent:
        return QCoreApplication::translate("Segmentation", "no activity in the last %1 days")
            .arg(r.windowDays);
    }
    return {};
}

QString Segmentation::key(Segment s)
{
    switch (s) {
    case Segment::Newcomer:
        return QStringLiteral("newcomer");
    case Segment::Active:
        return QStringLiteral("active");
    case Segment::Occasional:
        return QStringLiteral("occasional");
    case Segment::Silent:
        return QStringLiteral("silent");
    case Segment::Churned:
        return QStringLiteral("churned");
    }
    return {};
}

bool Segmentation::fromKey(const QString &k, Segment *out)
{
    for (Segment s : all()) {
        if (key(s) == k) {
            *out = s;
            return true;
        }
    }
    return false;
}

QList<Segment> Segmentation::all()
{
    return {Segment::Newcomer, Segment::Active, Segment::Occasional, Segment::Silent,
            Segment::Churned};
}

} // namespace kindred
