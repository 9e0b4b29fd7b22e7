#pragma once
// The paid side of the demo community: plans, trials, memberships, renewals and refunds,
// drawn from their own seeded DemoRng (seed ^ kPaymentsSalt) after the chat is simulated, so
// adding them changes no message, event or reaction of the demo.
//
// Plans: 年费会员 CNY 199.00 / 365 days, 月卡 CNY 29.00 / 30 days, Annual (USD) USD 29.00 /
// 365 days (mostly the English-speaking members), 7天体验 (free 7-day trial).
// Who pays: never admins, spammers or bots; engaged members more often (probability
// 0.30 + 0.35·min(1, rate/2) for posting members, 0.15 for lurkers), about 35% overall (some
// leave before paying: ~20–25% of the members pay in a year). 30% of
// payers and 8% of the others start with a trial soon after joining. The first payment comes
// after the trial (or ~2 weeks after joining), only while the member is still around.
// Renewal at each expiry: P = 0.55 + 0.35·min(1, rate/2) for a posting member still active a
// week before the expiry, 0.3 for a lurker still there, else 0.08; a renewal starts 0–5 days early
// (60%), 1–6 days late (33%, inside the 7-day grace) or 9–25 days late (7%, a return outside the
// grace). 2.5% of paid memberships are refunded (the chain stops there). Status: refunded; active
// when expiring after the last day; else expired, or cancelled for 35% of those not renewed.
// renewal_of is then set by PaidMetrics::linkRenewals with the default 7-day grace.

#include <QString>

namespace kindred {

class Database;

namespace demo {

struct DemoWorld;

constexpr quint64 kPaymentsSalt = 0x7061796d656e7473ULL; // "payments"

/// Inserts the plans and memberships of `world` into the open transaction of `db`, members
/// found by their Telegram identity "user<N>". False with `error` on a database error.
bool writeMemberships(Database &db, const DemoWorld &world, qint64 communityId, qint64 batchId,
                      quint64 seed, QString *error);

} // namespace demo
} // namespace kindred
