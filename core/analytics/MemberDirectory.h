#pragma once
// The member list of a period: every member seen by the period's end with their segment,
// the reason for it, and their activity counts. Feeds the Members page and `kindred members`.

#include "KpiCalculator.h"

#include <QList>

namespace kindred {

struct MemberRow
{
    qint64 id = 0;
    QString name;
    QString platforms; ///< e.g. "telegram, whatsapp"
    Segment segment = Segment::Silent;
    QString why;
    qint64 joinedAt = 0; ///< UTC seconds (join event, else first sighting)
    qint64 lastSeen = 0; ///< UTC seconds
    qint64 messagesInPeriod = 0;
    qint64 messagesTotal = 0;
    int activeDays = 0; ///< active days in the segment window (30 days by default)
    QString status;
};

class MemberDirectory final
{
public:
    explicit MemberDirectory(const KpiCalculator &calculator, const AnalyticsSource &source);

    /// All members seen by the period's end, sorted by messages in the period (desc), name.
    QList<MemberRow> rows(const Period &period) const;

private:
    const KpiCalculator &m_calc;
    const AnalyticsSource &m_source;
};

} // namespace kindred
