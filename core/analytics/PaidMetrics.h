#pragma once
// The paid side of a community (PRODUCT.md §3 "Paid conversion ... renewal rate ... revenue per
// month"), computed from the `plan` and `membership` tables. Amounts are integers in minor units
// (fen, cents) of their ISO 4217 currency and are never added across currencies, except through
// user-entered ExchangeRates into one base currency.
//
// Terms (S = UTC seconds of the period's start, E = of the day after its last day, exclusive;
// months and days are local to the community's timezone):
//   paid membership    status active, expired or cancelled (cancelled = the member stopped the
//                      auto-renewal; the term paid for stands) — never trial or refunded.
//   paying member      a member (seen in the community before E, see MembershipRecord::
//                      memberFirstSeen) with a paid membership that covers the period's end
//                      (started_at < E and (expires_at NULL or expires_at >= E)) or that
//                      started in the period (S <= started_at < E).
//   paid conversion    (付费转化率) paying members / members at the period's end (KpiCalculator
//                      "members at end"); 0 when there are no members.
//   trial-to-paid      trials (status trial) started in the period; converted when the same
//                      member has a paid membership starting in [trial start, trial end +
//                      trialConversionDays] (trial end = expires_at, else started_at). Rate =
//                      converted / trials. `pending` counts unconverted trials whose window
//                      is still open at E (they may still convert).
//   renewal            paid membership N renews paid membership M of the same member when
//                      M.started_at < N.started_at <= M.expires_at + graceDays·86400 (an early
//                      renewal, before M expires, counts). Computed here from the dates; a
//                      stored renewal_of is informational (linkRenewals() writes the same rule
//                      after every memberships CSV import and in the demo).
//   renewal rate       (续费率) for paid memberships expiring in a month (or in the period):
//                      renewed / expiring. Refunded memberships are not "expiring" (no term was
//                      used, they are counted apart as refundedExcluded); cancelled ones are
//                      (they count as not renewed unless a renewal follows anyway); trials are
//                      left to trial-to-paid; memberships without expiry never expire.
//                      `pending` = expiring, not renewed, whose grace window has not ended by
//                      the as-of time (the period's end) — they may still renew.
//   revenue            sum of amount_minor of paid memberships by the local month of
//                      started_at (payment time = start; the schema has no separate payment
//                      date), per plan and currency. Refunded memberships are not revenue; they
//                      are reported as refunds (count, amount per currency) in the month of
//                      their start (the schema has no refund date).
//   ARPPU              per currency C: revenue in C in the period / distinct members with a
//                      paid membership in C started in the period.
// Settings (table `setting`): "paid/grace_days" (default 7), "paid/trial_conversion_days"
// (default 30).

#include "CommunityClock.h"
#include "Period.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace kindred {

class AnalyticsSource;
class Database;

/// One membership row (member id resolved through merges; memberships of bots and unknown
/// members are dropped on load).
struct MembershipRecord
{
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 planId = 0; ///< 0 when the row has no plan
    QString planName;  ///< "" when no plan
    qint64 amountMinor = 0;
    QString currency;     ///< ISO 4217, upper case
    qint64 startedAt = 0; ///< UTC seconds
    qint64 expiresAt = 0; ///< UTC seconds, 0 = no expiry
    QString status;       ///< trial, active, expired, refunded, cancelled
    qint64 renewalOf = 0; ///< as stored (informational), 0 = none
    /// First sighting of the member in the community (UTC seconds, AnalyticsSource firstSeen
    /// after merges); 0 = never seen (known from payment records only: not a community member,
    /// so never a "paying member", but the money still counts as revenue).
    qint64 memberFirstSeen = 0;

    bool isTrial() const { return status == QLatin1String("trial"); }
    bool isRefunded() const { return status == QLatin1String("refunded"); }
    /// active, expired or cancelled.
    bool isPaid() const { return !isTrial() && !isRefunded(); }
};

/// Thresholds of the paid metrics, stored per workspace in `setting` ("paid/<field>").
struct PaidSettings
{
    int graceDays = 7;            ///< renewal grace after expiry, 0..365 days
    int trialConversionDays = 30; ///< trial-to-paid window after the trial's end, 0..365

    bool operator==(const PaidSettings &) const = default;
    /// Stored settings, defaults for missing keys; the defaults when the stored set is invalid.
    static PaidSettings load(const Database &db);
    /// Validates and writes both keys; false with a translated error (context "PaidSettings").
    bool save(Database &db, QString *error) const;
    bool validate(QString *error) const;
};

/// User-entered conversion into one base currency. rates[C] = base minor units per one minor
/// unit of C (for two currencies with cents, the ordinary exchange rate, e.g. USD→CNY 7.2);
/// the base currency converts at 1 without an entry.
struct ExchangeRates
{
    QString base; ///< ISO 4217; empty = no conversion
    QHash<QString, double> rates;

    bool isEnabled() const { return !base.isEmpty(); }
    /// `amountMinor` of `currency` in base minor units (rounded half away from zero); false when
    /// the currency has no rate (or conversion is off).
    bool convert(qint64 amountMinor, const QString &currency, qint64 *out) const;
    /// Parses "CNY" + "USD=7.2,EUR=7.8"; false with a translated error (context
    /// "ExchangeRates") on a bad currency code or a rate <= 0.
    static bool parse(const QString &base, const QString &rates, ExchangeRates *out,
                      QString *error);
};

/// Renewals of the paid memberships expiring in one local month (see the file comment).
struct RenewalMonth
{
    QDate month;                 ///< first day of the month
    qint64 expiring = 0;         ///< denominator
    qint64 renewed = 0;          ///< numerator
    qint64 cancelled = 0;        ///< of `expiring`, with status cancelled
    qint64 pending = 0;          ///< of `expiring - renewed`, grace not over at the as-of time
    qint64 refundedExcluded = 0; ///< refunded memberships expiring in the month (not counted)
    double rate() const { return expiring > 0 ? double(renewed) / double(expiring) : 0.0; }
};

/// Revenue of one (month, plan, currency) cell.
struct RevenueCell
{
    QDate month; ///< first day of the local month of started_at
    qint64 planId = 0;
    QString planName;
    QString currency;
    qint64 amountMinor = 0;
    qint64 memberships = 0;
};

/// Count and amount per currency.
struct MoneyTally
{
    qint64 count = 0;
    QMap<QString, qint64> amountMinor; ///< currency -> minor units
};

/// Everything the Memberships page, `kindred paid` and `kindred stats` show for one period.
struct PaidReport
{
    Period period;
    PaidSettings settings;
    qint64 members = 0; ///< members at the period's end (denominator of conversion)
    qint64 payingMembers = 0;
    double conversionRate = 0; ///< payingMembers / members
    /// People with a qualifying paid membership who were never seen in the community by E
    /// (not in payingMembers; e.g. a payments export of people who never posted).
    qint64 payingOutsideCommunity = 0;
    /// UTC seconds up to which the data is known (renewal and trial windows ending after it
    /// are "pending").
    qint64 asOf = 0;
    QList<qint64> payingMemberIds; ///< sorted

    qint64 trials = 0;
    qint64 trialsConverted = 0;
    qint64 trialsPending = 0;
    double trialConversionRate = 0; ///< trialsConverted / trials

    RenewalMonth renewalsInPeriod;       ///< expiring in [S, E) (month = period.from)
    double renewalRate = 0;              ///< renewalsInPeriod.rate()
    QList<RenewalMonth> renewalsByMonth; ///< months overlapping the period, oldest first

    QList<RevenueCell> revenueByMonth;      ///< started in the period, by month, plan, currency
    QMap<QString, qint64> revenue;          ///< per currency, the period total
    QMap<QString, qint64> payersByCurrency; ///< distinct members paying in that currency
    QMap<QString, double> arppu;            ///< per currency, minor units per paying member
    MoneyTally refunds;                     ///< refunded memberships started in the period

    ExchangeRates rates;         ///< as given to compute()
    qint64 revenueConverted = 0; ///< Σ converted revenue (base minor units), when rates given
    QStringList missingRates;    ///< currencies without a rate (left out of revenueConverted)
};

class PaidMetrics final
{
public:
    /// Reads memberships with the source's member resolution. `settings` default: load(db).
    explicit PaidMetrics(const AnalyticsSource &source);
    PaidMetrics(const AnalyticsSource &source, const PaidSettings &settings);

    /// Loads plans and memberships of the source's community; false with `error` on a
    /// database error.
    bool load(QString *error);
    const std::vector<MembershipRecord> &memberships() const { return m_records; }
    const PaidSettings &settings() const { return m_settings; }

    /// The paid report for `period` (members at end from KpiCalculator). Call load() first.
    PaidReport compute(const Period &period, const ExchangeRates &rates = {}) const;

    /// Pure core of compute(): `records` in any order, `membersAtEnd` as KpiCalculator counts
    /// them, months and period bounds in `clock`'s timezone, `asOf` = UTC seconds up to which
    /// the data is known (compute(period) uses the later of the period's end and the end of the
    /// day of the last message or membership start).
    static PaidReport compute(const std::vector<MembershipRecord> &records, qint64 membersAtEnd,
                              const Period &period, const CommunityClock &clock,
                              const PaidSettings &settings, qint64 asOf,
                              const ExchangeRates &rates = {});

    /// For each paid membership, the id of the earliest paid membership that renews it
    /// (see the file comment), keyed by the renewed membership's id; absent = not renewed.
    static QHash<qint64, qint64> renewals(const std::vector<MembershipRecord> &records,
                                          int graceDays);
    /// Writes renewal_of of every membership of the community from renewals() (renewal_of of
    /// the renewing row = id of the renewed row; NULL where none). Returns the number of rows
    /// changed, -1 with `error` on a database error.
    static int linkRenewals(Database &db, qint64 communityId, int graceDays, QString *error);

private:
    const AnalyticsSource &m_source;
    PaidSettings m_settings;
    std::vector<MembershipRecord> m_records;
};

} // namespace kindred
