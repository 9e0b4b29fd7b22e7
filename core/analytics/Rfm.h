#pragma once
// RFM scores of the paying members (PRODUCT.md §3 "RFM segments for paid members (recency,
// frequency, money, each scored 1–5 on quintiles)").
//
//   recency    R_raw = days from the member's last active day to the as-of day (local days;
//              0 = active on the as-of day); never active = -1 in the row, ranked as the
//              least recent of all.
//   frequency  F_raw = active days (default) or non-service messages in the `windowDays` (90)
//              days ending on the as-of day.
//   money      M_raw = Σ amount_minor of the member's paid memberships (PaidMetrics terms)
//              started on or before the as-of day, in `currency`, or converted with `rates`
//              into rates.base (memberships in other currencies / without a rate are left out).
//   population the paying members of the as-of day (PaidMetrics: paid membership covering the
//              end of the as-of day, or started in the 365 days before it) with M_raw > 0 in
//              the chosen currency.
//   scores     rank-based quintiles: values ordered worst to best (recency: more days is
//              worse; frequency, money: less is worse); tied values share their mid-rank
//              r̄ (average of the ranks 1..n they occupy); score = 1 + floor(5·(r̄ − 1) / n),
//              so the worst fifth scores 1 and the best fifth 5, and equal values always get
//              equal scores (a large tie lands in the quintile of its middle).
//   segments   first matching row (FM = (F + M) / 2):
//                Champions            R >= 4, F >= 4, M >= 4
//                Loyal                R >= 3, F >= 4
//                Potential loyalists  R >= 3, F 2–3
//                New                  R >= 4, F 1
//                Can't lose them      R <= 2, F >= 4, M >= 4
//                At risk              R <= 2, F >= 3
//                Hibernating          R 2–3 (F <= 2 left after the rows above)
//                Lost                 R 1, F <= 2
//              (every (R, F, M) in 1..5³ matches exactly one row.)

#include "PaidMetrics.h"

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace kindred {

enum class RfmSegment
{
    Champions,
    Loyal,
    PotentialLoyalists,
    New,
    CantLoseThem,
    AtRisk,
    Hibernating,
    Lost,
};

struct RfmOptions
{
    enum class Frequency
    {
        ActiveDays,
        Messages,
    };
    int windowDays = 90; ///< frequency window, 1..3650
    Frequency frequency = Frequency::ActiveDays;
    QString currency;    ///< money currency; "" = the currency with most paying members
    ExchangeRates rates; ///< when enabled, money is converted into rates.base instead
};

struct RfmRow
{
    qint64 memberId = 0;
    QString name;
    int recencyDays = 0; ///< -1 = never active
    qint64 frequency = 0;
    qint64 moneyMinor = 0;   ///< in RfmResult::currency
    int r = 0, f = 0, m = 0; ///< 1..5
    RfmSegment segment = RfmSegment::Lost;
    QString why; ///< translated: raw values, scores and the segment rule (context "Rfm")
};

struct RfmResult
{
    QDate asOf;
    QString currency; ///< currency of moneyMinor
    RfmOptions options;
    QList<RfmRow> rows; ///< ordered by segment, then R+F+M descending, then member id
    QString error;      ///< translated reason when rows is empty because of bad input
};

class Rfm final
{
public:
    /// RFM of the paying members on local day `asOf` from the source's activity and the
    /// loaded memberships of `paid`.
    static RfmResult compute(const AnalyticsSource &source, const PaidMetrics &paid,
                             const QDate &asOf, const RfmOptions &options = {});

    /// Rank-based quintile scores (file comment) of `values`, where a larger value is better
    /// when `higherIsBetter` (else smaller is better). Same order as the input; empty in,
    /// empty out.
    static std::vector<int> quintileScores(const std::vector<double> &values, bool higherIsBetter);
    /// The segment of a score triple (each 1..5; values outside are clamped).
    static RfmSegment segmentFor(int r, int f, int m);
    /// Translated name (context "Rfm").
    static QString name(RfmSegment segment);
    /// Stable key: champions, loyal, potential_loyalists, new, cant_lose_them, at_risk,
    /// hibernating, lost.
    static QString key(RfmSegment segment);
    static QList<RfmSegment> all();
};

} // namespace kindred
