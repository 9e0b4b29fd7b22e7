#pragma once
// Member segments (PRODUCT.md §3), evaluated at the end of a period; the first matching rule
// wins, so every member is in exactly one of the five:
//   churned    left (before the end), or no activity in the last `churnDays` (default 90) days
//              — a member never active counts from their join;
//   newcomer   joined within the last `newcomerDays` (14) days;
//   active     active on >= `activeMinDays` (4) days of the last `windowDays` (30);
//   occasional active on 1..activeMinDays-1 of those days;
//   silent     no activity in the last `windowDays` days.
// Flagged and banned are overlays on top of these, not segments.

#include <QList>
#include <QString>

#include <array>

namespace kindred {

class Database;

enum class Segment
{
    Newcomer = 0,
    Active,
    Occasional,
    Silent,
    Churned
};
constexpr int kSegmentCount = 5;

/// Thresholds of the segment rules, in days. Stored per workspace in the `setting` table
/// under "segments/churn_days", "segments/newcomer_days", "segments/window_days" and
/// "segments/active_min_days" (SegmentRules.cpp).
struct SegmentRules
{
    int churnDays = 90;
    int newcomerDays = 14;
    int windowDays = 30;
    int activeMinDays = 4;
    /// Upper bound of every threshold (ten years), to keep the activity queries sane.
    static constexpr int kMaxDays = 3650;

    bool operator==(const SegmentRules &) const = default;

    /// The workspace's rules: the default of each unset or unreadable key, and all defaults
    /// when the stored set breaks the rules of validate().
    static SegmentRules load(const Database &db);
    /// Validates and stores the rules in one transaction; false with a translated error
    /// (context "SegmentRules").
    bool save(Database &db, QString *error) const;
    /// Every threshold in 1..kMaxDays days, activeMinDays <= windowDays, newcomerDays < churnDays.
    bool validate(QString *error) const;
};

/// What the rules look at for one member, relative to the evaluation day.
struct SegmentInput
{
    qint64 joinDay = 0;       ///< local Julian day of joining (or first sighting)
    qint64 leftDay = 0;       ///< local Julian day of leaving, 0 when still in
    qint64 lastActiveDay = 0; ///< last active day on or before the end, 0 when never
    int activeDaysInWindow = 0;
};

class Segmentation final
{
public:
    /// The segment of one member on local day `endDay` (the period's last day, inclusive).
    static Segment classify(const SegmentInput &in, qint64 endDay, const SegmentRules &rules);
    /// Why a member is in a segment, for the "why" column (translated through the
    /// application's installed translator, context "Segmentation").
    static QString explain(const SegmentInput &in, qint64 endDay, const SegmentRules &rules);
    /// Stable key: newcomer, active, occasional, silent, churned.
    static QString key(Segment s);
    static bool fromKey(const QString &key, Segment *out);
    static QList<Segment> all();
};

using SegmentCounts = std::array<int, kSegmentCount>;

} // namespace kindred
