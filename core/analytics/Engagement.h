#pragma once
// DAU / WAU / MAU and stickiness (PRODUCT.md §3).
//   DAU(d) = distinct members active on local day d;
//   WAU(d) = distinct members active in the 7 days ending d; MAU(d) = in the 30 days ending d
//   (MAU is never a sum of DAU);
//   stickiness = mean DAU over the period / MAU at the period's last day.

#include "AnalyticsSource.h"

#include <QDate>
#include <QList>

namespace kindred {

struct DailyEngagement
{
    QDate date;
    int dau = 0;
    int wau = 0;
    int mau = 0;
};

class Engagement final
{
public:
    /// One row per day in [fromDay, toDay] (Julian days). `activity` must cover at least
    /// [fromDay - 29, toDay]; pairs outside are ignored.
    static QList<DailyEngagement> series(const ActivityDays &activity, qint64 fromDay,
                                         qint64 toDay);
    /// Mean of DAU over the rows (0 for none).
    static double meanDau(const QList<DailyEngagement> &rows);
    /// meanDau / MAU of the last row (0 when MAU is 0).
    static double stickiness(const QList<DailyEngagement> &rows);
};

} // namespace kindred
