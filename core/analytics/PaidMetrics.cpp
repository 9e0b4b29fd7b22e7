// Paid metrics (see PaidMetrics.h for every definition).
#include "PaidMetrics.h"

#include "AnalyticsSource.h"
#include "KpiCalculator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace kindred {
namespace {

constexpr qint64 kDay = 86400;
constexpr int kMaxWindowDays = 365;

struct SettingKey
{
    const char *key;
    int PaidSettings::*field;
};

constexpr SettingKey kKeys[] = {
    {"paid/grace_days", &PaidSettings::graceDays},
    {"paid/trial_conversion_days", &PaidSettings::trialConversionDays},
};

QDate monthOf(const CommunityClock &clock, qint64 utc)
{
    const QDate d = clock.dateOf(utc);
    return QDate(d.year(), d.month(), 1);
}

/// Paid memberships per member, sorted by start then id.
QHash<qint64, std::vector<const MembershipRecord *>>
paidByMember(const std::vector<MembershipRecord> &records)
{
    QHash<qint64, std::vector<const MembershipRecord *>> by;
    for (const MembershipRecord &r : records)
        if (r.isPaid())
            by[r.memberId].push_back(&r);
    for (auto &list : by)
        std::sort(
            list.begin(), list.end(), [](const MembershipRecord *a, const MembershipRecord *b) {
                return a->startedAt != b->startedAt ? a->startedAt < b->startedAt : a->id < b->id;
            });
    return by;
}

} // namespace

PaidSettings PaidSettings::load(const Database &db)
{
    PaidSettings s;
    for (const SettingKey &k : kKeys) {
        bool ok = false;
        const int value = db.setting(QString::fromLatin1(k.key)).toInt(&ok);
        if (ok)
            s.*k.field = value;
    }
    QString ignored;
    return s.validate(&ignored) ? s : PaidSettings{};
}

bool PaidSettings::validate(QString *error) const
{
    for (const SettingKey &k : kKeys) {
        if (this->*k.field < 0 || this->*k.field > kMaxWindowDays) {
            *error = QCoreApplication::translate(
                         "PaidSettings",
                         "the renewal grace and the trial window must be between 0 and %1 days")
                         .arg(kMaxWindowDays);
            return false;
        }
    }
    return true;
}

bool PaidSettings::save(Database &db, QString *error) const
{
    if (!validate(error))
        return false;
    QSqlDatabase sql = db.sql();
    bool ok = sql.transaction();
    for (const SettingKey &k : kKeys)
        ok = ok && db.setSetting(QString::fromLatin1(k.key), QString::number(this->*k.field));
    ok = ok && sql.commit();
    if (!ok) {
        sql.rollback();
        *error = QCoreApplication::translate("PaidSettings", "cannot save the paid settings");
    }
    return ok;
}

bool ExchangeRates::convert(qint64 amountMinor, const QString &currency, qint64 *out) const
{
    if (!isEnabled())
        return false;
    double rate = 0;
    if (currency == base)
        rate = 1.0;
    else if (const auto it = rates.constFind(currency); it != rates.constEnd())
        rate = it.value();
    else
        return false;
    *out = qint64(std::llround(double(amountMinor) * rate));
    return true;
}

bool ExchangeRates::parse(const QString &base, const QString &rates, ExchangeRates *out,
                          QString *error)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    ExchangeRates r;
    r.base = base.trimmed().toUpper();
    if (!code.match(r.base).hasMatch()) {
        *error =
            QCoreApplication::translate("ExchangeRates", "'%1' is not an ISO 4217 currency code")
                .arg(base);
        return false;
    }
    const QStringList items = rates.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString cur = item.left(eq).trimmed().toUpper();
        bool ok = false;
        const double rate = eq > 0 ? item.mid(eq + 1).trimmed().toDouble(&ok) : 0.0;
        if (!code.match(cur).hasMatch() || !ok || !(rate > 0) || !std::isfinite(rate)) {
            *error = QCoreApplication::translate(
                         "ExchangeRates",
                         "'%1' is not a rate (write CUR=rate with a rate above 0, e.g. USD=7.2)")
                         .arg(item.trimmed());
            return false;
        }
        r.rates.insert(cur, rate);
    }
    *out = r;
    return true;
}

PaidMetrics::PaidMetrics(const AnalyticsSource &source)
    : m_source(source), m_settings(PaidSettings::load(source.database()))
{
}

PaidMetrics::PaidMetrics(const AnalyticsSource &source, const PaidSettings &settings)
    : m_source(source), m_settings(settings)
{
}

bool PaidMetrics::load(QString *error)
{
    m_records.clear();
    QHash<qint64, qint64> firstSeen;
    for (const MemberFacts &m : m_source.members())
        firstSeen.insert(m.id, m.firstSeen);
    QSqlQuery q(m_source.database().sql());
    q.prepare(QStringLiteral(
        "SELECT ms.id, ms.member_id, coalesce(ms.plan_id, 0), coalesce(p.name, ''), "
        "ms.amount_minor, upper(ms.currency), ms.started_at, coalesce(ms.expires_at, 0), "
        "ms.status, coalesce(ms.renewal_of, 0) FROM membership ms "
        "LEFT JOIN plan p ON p.id = ms.plan_id WHERE ms.community_id = ? ORDER BY ms.id"));
    q.addBindValue(m_source.communityId());
    if (!q.exec()) {
        *error = QCoreApplication::translate("PaidMetrics", "%1: cannot read memberships")
                     .arg(m_source.database().path());
        return false;
    }
    while (q.next()) {
        MembershipRecord r;
        r.id = q.value(0).toLongLong();
        const qint64 raw = q.value(1).toLongLong();
        const qint64 root = m_source.resolve(raw);
        r.memberId = root > 0 ? root : raw;
        r.memberFirstSeen = root > 0 ? firstSeen.value(root, 0) : 0;
        r.planId = q.value(2).toLongLong();
        r.planName = q.value(3).toString();
        r.amountMinor = q.value(4).toLongLong();
        r.currency = q.value(5).toString();
        r.startedAt = q.value(6).toLongLong();
        r.expiresAt = q.value(7).toLongLong();
        r.status = q.value(8).toString();
        r.renewalOf = q.value(9).toLongLong();
        m_records.push_back(std::move(r));
    }
    return true;
}

PaidReport PaidMetrics::compute(const Period &period, const ExchangeRates &rates) const
{
    const KpiSet kpi = KpiCalculator(m_source).compute(period);
    qint64 asOf = m_source.endOf(period);
    if (const QDate last = m_source.lastMessageDate(); last.isValid())
        asOf = std::max(asOf, m_source.clock().startOf(last.addDays(1)));
    for (const MembershipRecord &r : m_records)
        asOf = std::max(asOf,
                        m_source.clock().startOf(m_source.clock().dateOf(r.startedAt).addDays(1)));
    return compute(m_records, kpi.membersAtEnd, period, m_source.clock(), m_settings, asOf, rates);
}

PaidReport PaidMetrics::compute(const std::vector<MembershipRecord> &records, qint64 membersAtEnd,
                                const Period &period, const CommunityClock &clock,
                                const PaidSettings &settings, qint64 asOf,
                                const ExchangeRates &rates)
{
    PaidReport r;
    r.period = period;
    r.settings = settings;
    r.rates = rates;
    r.asOf = asOf;
    r.members = membersAtEnd;
    if (!period.isValid())
        return r;
    const qint64 start = clock.startOf(period.from);
    const qint64 end = clock.startOf(period.to.addDays(1));
    const qint64 grace = qint64(settings.graceDays) * kDay;
    const qint64 trialWindow = qint64(settings.trialConversionDays) * kDay;

    // Paying members.
    QSet<qint64> paying, outside;
    for (const MembershipRecord &m : records) {
        if (!m.isPaid())
            continue;
        const bool covers = m.startedAt < end && (m.expiresAt == 0 || m.expiresAt >= end);
        const bool paidIn = m.startedAt >= start && m.startedAt < end;
        if (!covers && !paidIn)
            continue;
        if (m.memberFirstSeen > 0 && m.memberFirstSeen < end)
            paying.insert(m.memberId);
        else
            outside.insert(m.memberId);
    }
    for (qint64 id : paying)
        outside.remove(id);
    r.payingMembers = paying.size();
    r.payingOutsideCommunity = outside.size();
    r.payingMemberIds = QList<qint64>(paying.cbegin(), paying.cend());
    std::sort(r.payingMemberIds.begin(), r.payingMemberIds.end());
    r.conversionRate = membersAtEnd > 0 ? double(r.payingMembers) / double(membersAtEnd) : 0.0;

    // Trial-to-paid.
    const auto paidBy = paidByMember(records);
    for (const MembershipRecord &t : records) {
        if (!t.isTrial() || t.startedAt < start || t.startedAt >= end)
            continue;
        ++r.trials;
        const qint64 trialEnd = t.expiresAt > 0 ? t.expiresAt : t.startedAt;
        bool converted = false;
        for (const MembershipRecord *p : paidBy.value(t.memberId)) {
            if (p->startedAt >= t.startedAt && p->startedAt <= trialEnd + trialWindow) {
                converted = true;
                break;
            }
        }
        if (converted)
            ++r.trialsConverted;
        else if (trialEnd + trialWindow >= asOf)
            ++r.trialsPending;
    }
    r.trialConversionRate = r.trials > 0 ? double(r.trialsConverted) / double(r.trials) : 0.0;

    // Renewals: in the period, and per month overlapping it.
    const QHash<qint64, qint64> renewedBy = renewals(records, settings.graceDays);
    QDate month(period.from.year(), period.from.month(), 1);
    std::map<QDate, RenewalMonth> months;
    for (QDate m = month; m <= period.to; m = m.addMonths(1)) {
        RenewalMonth rm;
        rm.month = m;
        months.emplace(m, rm);
    }
    const qint64 firstMonthStart = clock.startOf(month);
    const QDate lastMonth(period.to.year(), period.to.month(), 1);
    const qint64 monthsEnd = clock.startOf(lastMonth.addMonths(1));
    r.renewalsInPeriod.month = period.from;
    auto tally = [&](RenewalMonth &rm, const MembershipRecord &m) {
        if (m.isRefunded()) {
            ++rm.refundedExcluded;
            return;
        }
        ++rm.expiring;
        if (m.status == QLatin1String("cancelled"))
            ++rm.cancelled;
        if (renewedBy.contains(m.id))
            ++rm.renewed;
        else if (m.expiresAt + grace >= asOf)
            ++rm.pending;
    };
    for (const MembershipRecord &m : records) {
        if (m.isTrial() || m.expiresAt == 0)
            continue;
        if (m.expiresAt >= start && m.expiresAt < end)
            tally(r.renewalsInPeriod, m);
        if (m.expiresAt >= firstMonthStart && m.expiresAt < monthsEnd)
            tally(months[monthOf(clock, m.expiresAt)], m);
    }
    r.renewalRate = r.renewalsInPeriod.rate();
    for (const auto &[key, rm] : months)
        r.renewalsByMonth.append(rm);

    // Revenue, payers per currency, refunds.
    std::map<std::tuple<QDate, QString, QString, qint64>, RevenueCell> cells;
    QHash<QString, QSet<qint64>> payers;
    for (const MembershipRecord &m : records) {
        if (m.startedAt < start || m.startedAt >= end || m.isTrial())
            continue;
        if (m.isRefunded()) {
            ++r.refunds.count;
            r.refunds.amountMinor[m.currency] += m.amountMinor;
            continue;
        }
        const QDate mo = monthOf(clock, m.startedAt);
        RevenueCell &c = cells[{mo, m.planName, m.currency, m.planId}];
        c.month = mo;
        c.planId = m.planId;
        c.planName = m.planName;
        c.currency = m.currency;
        c.amountMinor += m.amountMinor;
        ++c.memberships;
        r.revenue[m.currency] += m.amountMinor;
        payers[m.currency].insert(m.memberId);
    }
    for (const auto &[key, c] : cells)
        r.revenueByMonth.append(c);
    for (auto it = r.revenue.cbegin(); it != r.revenue.cend(); ++it) {
        const qint64 n = payers.value(it.key()).size();
        r.payersByCurrency.insert(it.key(), n);
        r.arppu.insert(it.key(), n > 0 ? double(it.value()) / double(n) : 0.0);
    }
    if (rates.isEnabled()) {
        for (auto it = r.revenue.cbegin(); it != r.revenue.cend(); ++it) {
            qint64 converted = 0;
            if (rates.convert(it.value(), it.key(), &converted))
                r.revenueConverted += converted;
            else
                r.missingRates.append(it.key());
        }
    }
    return r;
}

QHash<qint64, qint64> PaidMetrics::renewals(const std::vector<MembershipRecord> &records,
                                            int graceDays)
{
    const qint64 grace = qint64(graceDays) * kDay;
    QHash<qint64, qint64> out;
    const auto by = paidByMember(records);
    for (const auto &list : by) {
        for (size_t i = 0; i < list.size(); ++i) {
            const MembershipRecord *m = list[i];
            if (m->expiresAt == 0)
                continue;
            for (size_t j = i + 1; j < list.size(); ++j) {
                const MembershipRecord *n = list[j];
                if (n->startedAt <= m->startedAt)
                    continue;
                if (n->startedAt > m->expiresAt + grace)
                    break;
                out.insert(m->id, n->id);
                break;
            }
        }
    }
    return out;
}

int PaidMetrics::linkRenewals(Database &db, qint64 communityId, int graceDays, QString *error)
{
    std::vector<MembershipRecord> records;
    QHash<qint64, qint64> current;
    {
        QHash<qint64, qint64> mergedInto;
        QSqlQuery m(db.sql());
        m.prepare(QStringLiteral("SELECT id, merged_into FROM member WHERE community_id = ? AND "
                                 "merged_into IS NOT NULL"));
        m.addBindValue(communityId);
        if (!m.exec()) {
            *error = QCoreApplication::translate("PaidMetrics", "%1: cannot read members")
                         .arg(db.path());
            return -1;
        }
        while (m.next())
            mergedInto.insert(m.value(0).toLongLong(), m.value(1).toLongLong());
        m.finish();
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT id, member_id, started_at, coalesce(expires_at, 0), "
                                 "status, coalesce(renewal_of, 0) FROM membership WHERE "
                                 "community_id = ?"));
        q.addBindValue(communityId);
        if (!q.exec()) {
            *error = QCoreApplication::translate("PaidMetrics", "%1: cannot read memberships")
                         .arg(db.path());
            return -1;
        }
        while (q.next()) {
            MembershipRecord r;
            r.id = q.value(0).toLongLong();
            qint64 member = q.value(1).toLongLong();
            for (int hops = 0; hops < 32 && mergedInto.contains(member); ++hops)
                member = mergedInto.value(member);
            r.memberId = member;
            r.startedAt = q.value(2).toLongLong();
            r.expiresAt = q.value(3).toLongLong();
            r.status = q.value(4).toString();
            current.insert(r.id, q.value(5).toLongLong());
            records.push_back(std::move(r));
        }
    }
    // renewal_of of N = the latest-starting membership that N renews.
    QHash<qint64, const MembershipRecord *> byId;
    for (const MembershipRecord &r : records)
        byId.insert(r.id, &r);
    QHash<qint64, qint64> wanted;
    const QHash<qint64, qint64> renewed = renewals(records, graceDays);
    for (auto it = renewed.cbegin(); it != renewed.cend(); ++it) {
        const qint64 prev = wanted.value(it.value(), 0);
        if (prev == 0 || byId.value(prev)->startedAt < byId.value(it.key())->startedAt)
            wanted.insert(it.value(), it.key());
    }
    int changed = 0;
    QSqlQuery upd(db.sql());
    upd.prepare(QStringLiteral("UPDATE membership SET renewal_of = ? WHERE id = ?"));
    for (const MembershipRecord &r : records) {
        const qint64 want = wanted.value(r.id, 0);
        if (want == current.value(r.id, 0))
            continue;
        upd.addBindValue(want > 0 ? QVariant(want) : QVariant(QMetaType(QMetaType::LongLong)));
        upd.addBindValue(r.id);
        if (!upd.exec()) {
            *error = QCoreApplication::translate("PaidMetrics", "%1: cannot link renewals")
                         .arg(db.path());
            return -1;
        }
        ++changed;
    }
    return changed;
}

} // namespace kindred
