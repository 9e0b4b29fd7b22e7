// Demo plans and memberships (see DemoPayments.h).
#include "DemoPayments.h"

#include "DemoRandom.h"
#include "DemoWorld.h"
#include "analytics/PaidMetrics.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace kindred::demo {
namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;

struct PlanSpec
{
    const char16_t *name;
    qint64 priceMinor;
    const char *currency;
    int periodDays;
};

enum PlanIndex
{
    Annual,
    Monthly,
    AnnualUsd,
    Trial,
    PlanCount
};

constexpr PlanSpec kPlans[PlanCount] = {
    {u"年费会员", 19900, "CNY", 365},
    {u"月卡", 2900, "CNY", 30},
    {u"Annual (USD)", 2900, "USD", 365},
    {u"7天体验", 0, "CNY", 7},
};

struct Row
{
    int person;
    int plan;
    qint64 amount;
    qint64 start;
    qint64 expires;
    QString status;
};

bool fail(QString *error, const QString &what)
{
    *error = QCoreApplication::translate("DemoGenerator", "cannot write the demo memberships: %1")
                 .arg(what);
    return false;
}

} // namespace

bool writeMemberships(Database &db, const DemoWorld &w, qint64 communityId, qint64 batchId,
                      quint64 seed, QString *error)
{
    DemoRng rng(seed ^ kPaymentsSalt);
    std::vector<Row> rows;
    auto clampHour = [&](qint64 t) {
        // Payments happen in the day, 09:00–23:00 local (the demo's zone has no DST).
        const qint64 day = w.start + ((t - w.start) / kDay) * kDay;
        return day + 9 * kHour + rng.between(0, 14 * 3600 - 1);
    };
    for (size_t i = 0; i < w.people.size(); ++i) {
        const Person &p = w.people[i];
        if (p.isBot || p.isAdmin || p.isSpammer)
            continue;
        const double engagement = std::min(1.0, p.rate / 2.0);
        const bool payer = rng.chance(p.lurker ? 0.15 : 0.30 + 0.35 * engagement);
        const bool trial = rng.chance(payer ? 0.30 : 0.08);
        qint64 firstPaid = 0;
        if (trial) {
            const qint64 t = clampHour(p.joinAt + rng.between(0, 3) * kDay);
            if (t < w.end) {
                rows.push_back({int(i), Trial, 0, t, t + 7 * kDay, QStringLiteral("trial")});
                firstPaid = t + 7 * kDay + rng.between(-2, 5) * kDay;
            }
        }
        if (!payer)
            continue;
        if (firstPaid == 0)
            firstPaid = p.joinAt + qint64(rng.exponential(14.0) * kDay);
        if (firstPaid >= w.end || firstPaid >= p.activeUntil)
            continue; // gone (or the history ends) before paying
        const bool overseas = p.zhShare < 0.5;
        int plan = overseas && rng.chance(0.7) ? AnnualUsd : (rng.chance(0.5) ? Annual : Monthly);
        qint64 start = clampHour(firstPaid);
        while (start < w.end) {
            const PlanSpec &spec = kPlans[plan];
            qint64 amount = spec.priceMinor;
            if (plan == Annual && rng.chance(0.1))
                amount = 15900; // coupon
            const qint64 expires = start + qint64(spec.periodDays) * kDay;
            Row row{int(i), plan, amount, start, expires, QString()};
            if (rng.chance(0.025)) {
                row.status = QStringLiteral("refunded");
                rows.push_back(row);
                break;
            }
            const bool present = p.presentAt(expires - 7 * kDay);
            const bool renews = rng.chance(!present   ? 0.08
                                           : p.lurker ? 0.3
                                                      : 0.55 + 0.35 * engagement);
            qint64 next = 0;
            if (renews) {
                const double u = rng.uniform();
                if (u < 0.60)
                    next = expires - rng.between(0, 5) * kDay;
                else if (u < 0.93)
                    next = expires + rng.between(1, 6) * kDay;
                else
                    next = expires + rng.between(9, 25) * kDay;
                next = clampHour(next);
            }
            if (expires > w.end)
                row.status = !renews && rng.chance(0.2) ? QStringLiteral("cancelled")
                                                        : QStringLiteral("active");
            else
                row.status = !renews && rng.chance(0.35) ? QStringLiteral("cancelled")
                                                         : QStringLiteral("expired");
            rows.push_back(row);
            if (!renews)
                break;
            start = next;
            if (plan == Monthly && rng.chance(0.08))
                plan = Annual;
        }
    }

    // Plans.
    qint64 planIds[PlanCount] = {};
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("INSERT INTO plan(community_id, name, price_minor, currency, "
                                 "period_days, import_batch_id) VALUES (?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT(community_id, name) DO NOTHING"));
        QSqlQuery find(db.sql());
        find.prepare(QStringLiteral("SELECT id FROM plan WHERE community_id = ? AND name = ?"));
        for (int k = 0; k < PlanCount; ++k) {
            const QString name = QString::fromUtf16(kPlans[k].name);
            q.addBindValue(communityId);
            q.addBindValue(name);
            q.addBindValue(kPlans[k].priceMinor);
            q.addBindValue(QString::fromLatin1(kPlans[k].currency));
            q.addBindValue(kPlans[k].periodDays);
            q.addBindValue(batchId);
            if (!q.exec())
                return fail(error, QStringLiteral("plan"));
            find.addBindValue(communityId);
            find.addBindValue(name);
            if (!find.exec() || !find.next())
                return fail(error, QStringLiteral("plan"));
            planIds[k] = find.value(0).toLongLong();
            find.finish();
        }
    }

    // Members by Telegram identity.
    QHash<QString, qint64> memberOf;
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT external_id, member_id FROM identity WHERE "
                                 "community_id = ? AND platform = 'telegram' AND external_id "
                                 "LIKE 'user%'"));
        q.addBindValue(communityId);
        if (!q.exec())
            return fail(error, QStringLiteral("identity"));
        while (q.next())
            memberOf.insert(q.value(0).toString(), q.value(1).toLongLong());
    }

    QSqlQuery ins(db.sql());
    ins.prepare(QStringLiteral(
        "INSERT INTO membership(community_id, member_id, plan_id, amount_minor, currency, "
        "started_at, expires_at, status, external_id, import_batch_id) VALUES (?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?) ON CONFLICT(community_id, external_id) DO NOTHING"));
    QHash<int, int> counter;
    for (const Row &r : rows) {
        const QString user = QStringLiteral("user%1").arg(r.person + 1);
        const qint64 member = memberOf.value(user, 0);
        if (member == 0)
            continue;
        const int n = ++counter[r.person];
        ins.addBindValue(communityId);
        ins.addBindValue(member);
        ins.addBindValue(planIds[r.plan]);
        ins.addBindValue(r.amount);
        ins.addBindValue(QString::fromLatin1(kPlans[r.plan].currency));
        ins.addBindValue(r.start);
        ins.addBindValue(r.expires);
        ins.addBindValue(r.status);
        ins.addBindValue(QStringLiteral("demo:%1:%2").arg(user).arg(n));
        ins.addBindValue(batchId);
        if (!ins.exec())
            return fail(error, QStringLiteral("membership"));
    }
    ins.finish();
    QString linkError;
    if (PaidMetrics::linkRenewals(db, communityId, PaidSettings{}.graceDays, &linkError) < 0)
        return fail(error, linkError);
    return true;
}

} // namespace kindred::demo
