#include "DemoWorld.h"

#include "DemoCorpus.h"
#include "DemoRandom.h"

#include <QDateTime>

#include <algorithm>

namespace kindred::demo {
namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;

// Relative message volume per local hour: quiet nights, a lunch bump, the evening peak.
constexpr double kWeekdayHours[24] = {2.0, 1.0, 0.5, 0.3, 0.2, 0.3, 0.8, 2.0, 3.5, 4.5, 5.0, 5.0,
                                      5.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 6.0, 8.0, 9.0, 8.0, 5.0};
constexpr double kWeekendHours[24] = {3.0, 2.0, 1.0, 0.5, 0.3, 0.3, 0.5, 1.0, 2.0, 3.5, 5.0, 5.5,
                                      5.5, 5.0, 5.5, 6.0, 6.0, 5.5, 5.0, 6.0, 7.5, 8.0, 7.0, 5.0};
// Monday .. Sunday.
constexpr double kWeekday[7] = {1.0, 1.05, 1.05, 1.0, 0.9, 0.8, 0.85};

// Chinese holidays with quieter chats: Spring Festival weeks and the National Day week.
bool isHoliday(const QDate &d)
{
    static const QDate springStart[] = {QDate(2024, 2, 9), QDate(2025, 1, 28), QDate(2026, 2, 15),
                                        QDate(2027, 2, 5), QDate(2028, 1, 25), QDate(2029, 2, 12),
                                        QDate(2030, 2, 2)};
    for (const QDate &s : springStart) {
        if (d >= s && d < s.addDays(8))
            return true;
    }
    return d.month() == 10 && d.day() <= 7;
}

class Simulation
{
public:
    Simulation(DemoWorld &w, DemoRng &rng) : w(w), rng(rng) {}
    void run(int members);

private:
    qint64 timeOfDay(int day);
    qint64 at(int day) { return w.dayStart[size_t(day)] + timeOfDay(day); }
    int post(qint64 t, int author, Channel ch, PostKind kind, int replyTo = -1, int aux = 0);
    void makePeople(int members);
    void normaliseRates(int members);
    void memberActivity(int p);
    void question(int asker, qint64 t);
    int pickPresent(const WeightedTable &table, qint64 t, int exclude);
    void bots();
    void staff();
    void discord();
    void spam(int p);
    void events();

    DemoWorld &w;
    DemoRng &rng;
    std::vector<double> dayFactor;
    std::vector<int> prompts; // check-in bot post per day
    WeightedTable joinDays, helpers, everyone;
    std::vector<int> bots3;
};

qint64 Simulation::timeOfDay(int day)
{
    const int dow = w.firstDay.addDays(day).dayOfWeek();
    const int hour = dow >= 6 ? rng.weighted(kWeekendHours) : rng.weighted(kWeekdayHours);
    return hour * kHour + rng.below(int(kHour));
}

int Simulation::post(qint64 t, int author, Channel ch, PostKind kind, int replyTo, int aux)
{
    if (t < w.start || t >= w.end)
        return -1;
    w.posts.push_back(Post{t, author, ch, kind, replyTo, aux});
    return int(w.posts.size()) - 1;
}

void Simulation::makePeople(int members)
{
    const int founders = std::max(4, members / 10);
    // Join curve: slow organic growth plus a wave after each live event.
    std::vector<double> joinWeight(size_t(w.days));
    for (int d = 0; d < w.days; ++d) {
        double v = 1.0 + 0.8 * d / w.days;
        for (int e : w.liveEventDays) {
            if (d >= e)
                v += 9.0 * std::exp(-(d - e) / 3.0);
        }
        joinWeight[size_t(d)] = v;
    }
    joinDays.build(joinWeight);

    w.people.resize(size_t(members));
    for (int i = 0; i < members; ++i) {
        Person &p = w.people[size_t(i)];
        const bool founder = i < founders;
        p.name = Corpus::personName(rng);
        p.isAdmin = i < 4;
        p.isSpammer = !founder && rng.chance(0.009);
        p.zhShare = rng.chance(0.12) ? 0.25 : 0.92;
        int day = founder ? rng.below(3) : joinDays.draw(rng);
        if (p.isSpammer)
            day = std::max(day, 7);
        p.joinAt = at(day);
        p.activeUntil = w.end;
        if (p.isSpammer) {
            p.spamVariant = rng.below(6);
            p.name = Corpus::spammerName(p.spamVariant);
            p.lurker = true;
            p.zhShare = 1.0;
            continue;
        }
        p.lurker = !p.isAdmin && rng.chance(0.32);
        p.rate = p.lurker ? 0 : std::exp(1.35 * rng.normal()) * (p.isAdmin ? 4.0 : 1.0);
        if (!p.isAdmin && rng.chance(founder ? 0.35 : 0.6)) { // churns: leaves or goes silent
            const qint64 ends =
                p.joinAt + std::max<qint64>(kDay, qint64(rng.exponential(60.0) * kDay));
            if (ends < w.end) {
                p.activeUntil = ends;
                if (rng.chance(0.55)) {
                    p.leaves = true;
                    p.leaveAt = ends;
                    p.activeUntil =
                        std::max(p.joinAt + kHour, ends - qint64(rng.exponential(10.0) * kDay));
                }
            }
        }
        if (!p.lurker && rng.chance(0.15)) {
            p.checkinP = 0.3 + 0.6 * rng.uniform();
            p.checkinUntil =
                std::min(p.activeUntil, p.joinAt + qint64(rng.exponential(45.0) * kDay));
        }
    }
    w.owner = 0;
    w.people[0].name = QString::fromUtf16(u"K 老师（群主）");
    for (int i = 0; i < 4; ++i) {
        w.admins.push_back(i);
        if (i > 0)
            w.people[size_t(i)].name = QString::fromUtf16(u"助教·") + w.people[size_t(i)].name;
    }
    for (int b = 0; b < 3; ++b) {
        Person bot;
        bot.name = Corpus::botName(b);
        bot.isBot = true;
        bot.joinAt = w.start + kHour + b * 600;
        bot.activeUntil = w.end;
        w.people.push_back(bot);
        bots3.push_back(int(w.people.size()) - 1);
    }
}

void Simulation::normaliseRates(int members)
{
    double exposure = 0;
    for (const Person &p : w.people)
        exposure += p.rate * double(p.activeUntil - p.joinAt) / kDay;
    const double target = 65000.0 * members / 2000.0 * w.days / 365.0;
    const double scale = exposure > 0 ? target / exposure : 0;
    std::vector<int> order;
    std::vector<double> rates, all;
    for (size_t i = 0; i < w.people.size(); ++i) {
        Person &p = w.people[i];
        p.rate *= scale;
        all.push_back(p.isBot || p.isSpammer ? 0.0 : p.rate + 0.05);
        if (p.rate > 0)
            order.push_back(int(i));
    }
    everyone.build(all);
    // Helpers: the admins and the ~1.5% most active members answer most questions.
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return w.people[size_t(a)].rate > w.people[size_t(b)].rate; });
    const size_t nHelpers = std::min(order.size(), size_t(std::max(8, members * 3 / 200)));
    for (size_t i = 0; i < nHelpers; ++i)
        w.people[size_t(order[i])].isHelper = true;
    for (int a : w.admins)
        w.people[size_t(a)].isHelper = true;
    std::vector<double> hw;
    for (const Person &p : w.people)
        hw.push_back(p.isHelper ? std::sqrt(p.rate) : 0.0);
    helpers.build(hw);
    for (Person &p : w.people) { // the more active, the likelier on the Discord study room
        if (p.lurker || p.isBot || p.isSpammer)
            continue;
        p.onDiscord = p.isAdmin || rng.chance(std::min(0.6, 0.04 + 0.06 * p.rate));
        if (p.onDiscord) {
            p.discordJoinAt = p.joinAt + qint64(rng.exponential(20.0) * kDay);
            p.onDiscord = p.isAdmin || p.discordJoinAt < p.activeUntil;
            if (p.isAdmin)
                p.discordJoinAt = std::max(p.joinAt, w.start + 2 * kDay);
        }
    }
}

int Simulation::pickPresent(const WeightedTable &table, qint64 t, int exclude)
{
    for (int tries = 0; tries < 12; ++tries) {
        const int p = table.draw(rng);
        if (p >= 0 && p != exclude && w.people[size_t(p)].presentAt(t))
            return p;
    }
    return -1;
}

void Simulation::question(int asker, qint64 t)
{
    const int q = post(t, asker, Qa, PostKind::Question);
    if (q < 0)
        return;
    static const double kAnswers[] = {0.15, 0.55, 0.22, 0.08};
    const int n = rng.weighted(kAnswers);
    int first = -1;
    for (int i = 0; i < n; ++i) {
        const qint64 when = t + 120 + qint64(rng.exponential(2700.0));
        const int who = pickPresent(rng.chance(0.75) ? helpers : everyone, when, asker);
        if (who < 0)
            continue;
        const int a = post(when, who, Qa, PostKind::Answer, q);
        if (first < 0 || (a >= 0 && w.posts[size_t(a)].at < w.posts[size_t(first)].at))
            first = a;
    }
    if (first >= 0 && rng.chance(0.3)) {
        const qint64 when = w.posts[size_t(first)].at + 300 + qint64(rng.exponential(3600.0));
        if (w.people[size_t(asker)].presentAt(when))
            post(when, asker, Qa, PostKind::Thanks, first);
    }
}

void Simulation::memberActivity(int pi)
{
    const Person &p = w.people[size_t(pi)];
    const int joinDay = w.dayOf(p.joinAt);
    const int lastDay = w.dayOf(p.activeUntil - 1);
    if (pi >= 4 && rng.chance(p.lurker ? 0.25 : 0.5))
        post(p.joinAt + 60 + qint64(rng.exponential(1800.0)), pi, General, PostKind::Hello);
    const double span = double(std::max<qint64>(kDay, p.activeUntil - p.joinAt));
    const bool fades = p.activeUntil < w.end;
    const double askShare = p.isAdmin ? 0.02 : (p.isHelper ? 0.06 : 0.15);
    int streak = 0;
    for (int d = joinDay; d <= lastDay; ++d) {
        if (p.checkinP > 0 && w.dayStart[size_t(d)] < p.checkinUntil && rng.chance(p.checkinP)) {
            qint64 t = at(d);
            const int prompt = prompts[size_t(d)];
            const qint64 promptAt = w.posts[size_t(prompt)].at;
            if (t <= promptAt)
                t = promptAt + 120 + qint64(rng.exponential(4 * 3600.0));
            if (p.presentAt(t))
                post(t, pi, General, PostKind::Checkin, prompt, ++streak);
        }
        if (p.rate <= 0)
            continue;
        double lambda =
            p.rate * dayFactor[size_t(d)] * (1.0 + 1.5 * std::exp(-(d - joinDay) / 7.0));
        if (fades) // interest fades over the last third of a churner's life
            lambda *=
                0.3 +
                0.7 * std::min(1.0, 3.0 * double(p.activeUntil - w.dayStart[size_t(d)]) / span);
        const int n = rng.poisson(lambda);
        for (int k = 0; k < n; ++k) {
            const qint64 t = at(d);
            if (!p.presentAt(t))
                continue;
            const double u = rng.uniform();
            if (u < askShare)
                question(pi, t);
            else if (u < askShare + 0.05)
                post(t, pi, Resources, PostKind::Resource);
            else
                post(t, pi, General, PostKind::Chat);
        }
    }
    // A few regular members flood once: a burst of short messages within half a minute.
    if (!p.lurker && !p.isAdmin && rng.chance(0.006)) {
        qint64 t = at(rng.between(joinDay, lastDay));
        for (int k = rng.between(6, 10); k > 0 && p.presentAt(t); --k, t += rng.between(1, 4))
            post(t, pi, General, PostKind::Flood);
    }
}

void Simulation::bots()
{
    const int checkinBot = bots3[0], welcomeBot = bots3[1], feedBot = bots3[2];
    prompts.assign(size_t(w.days), -1);
    for (int d = 0; d < w.days; ++d) {
        prompts[size_t(d)] = post(w.dayStart[size_t(d)] + 7 * kHour + 1800 + rng.below(20),
                                  checkinBot, General, PostKind::BotCheckin, -1, d + 1);
        if (prompts[size_t(d)] < 0) // the bot joined an hour into the first day
            prompts[size_t(d)] =
                post(w.start + 2 * kHour, checkinBot, General, PostKind::BotCheckin, -1, 1);
        if (rng.chance(0.3))
            post(w.dayStart[size_t(d)] + 9 * kHour + rng.below(int(kHour)), feedBot, Resources,
                 PostKind::BotFeed);
    }
    for (size_t i = 4; i < w.people.size(); ++i) {
        const Person &p = w.people[i];
        if (!p.isBot && rng.chance(0.35))
            post(p.joinAt + rng.between(3, 30), welcomeBot, General, PostKind::BotWelcome, -1,
                 int(i));
    }
}

void Simulation::staff()
{
    static const double kAdminWeights[] = {3, 1, 1, 1};
    for (int d = 0; d < w.days; ++d) {
        if (d == 0 || rng.chance(0.22)) {
            const int admin = w.admins[size_t(rng.weighted(kAdminWeights))];
            const qint64 t =
                w.dayStart[size_t(d)] + (10 + rng.below(11)) * kHour + rng.below(int(kHour));
            post(std::max(t, w.people[size_t(admin)].joinAt + 60), admin, Announce,
                 PostKind::Announcement, -1, d == 0 ? 0 : 1);
        }
    }
    for (size_t e = 0; e < w.liveEventDays.size(); ++e) {
        const int d = w.liveEventDays[e];
        const qint64 preview = w.dayStart[size_t(std::max(0, d - 3))] + 12 * kHour;
        post(preview, w.owner, Announce, PostKind::EventPreview, -1, int(e));
        w.events.push_back({preview + 120, EventInfo::Kind::Pin, w.owner, w.owner, General,
                            QStringLiteral("pinned: live event preview")});
        post(w.dayStart[size_t(d)] + 19 * kHour + 1800, w.owner, General, PostKind::EventPreview,
             -1, int(e));
        if (d + 1 < w.days)
            post(w.dayStart[size_t(d + 1)] + 21 * kHour, w.owner, Announce, PostKind::EventReplay,
                 -1, int(e));
    }
    w.events.push_back({w.start + 2 * kHour, EventInfo::Kind::Pin, w.owner, w.owner, General,
                        QStringLiteral("pinned: group rules")});
}

void Simulation::discord()
{
    for (int d = 0; d < w.days; ++d) {
        if (w.firstDay.addDays(d).dayOfWeek() != 6)
            continue;
        const bool live =
            std::find(w.liveEventDays.begin(), w.liveEventDays.end(), d) != w.liveEventDays.end();
        const qint64 from = w.dayStart[size_t(d)] + 20 * kHour;
        for (size_t i = 0; i < w.people.size(); ++i) {
            const Person &p = w.people[i];
            if (!p.onDiscord || p.discordJoinAt > from || !p.presentAt(from) ||
                !rng.chance(p.isAdmin ? 0.9 : (live ? 0.8 : 0.35)))
                continue;
            for (int k = rng.poisson(live ? 6.0 : 3.0) + 1; k > 0; --k)
                post(from + rng.below(int(2 * kHour)), int(i), Discord, PostKind::Live);
        }
    }
}

void Simulation::spam(int pi)
{
    Person &p = w.people[size_t(pi)];
    qint64 t = p.joinAt + 60 + rng.below(600);
    const bool crossPost = rng.chance(0.3);
    for (int k = rng.between(4, 7); k > 0; --k, t += rng.between(5, 14)) {
        post(t, pi, General, PostKind::Spam);
        if (crossPost && k == 2)
            post(t + 2, pi, Resources, PostKind::Spam);
    }
    p.activeUntil = t;
    if (rng.chance(0.65)) {
        p.removed = true;
        p.leaveAt = t + 180 + qint64(rng.exponential(3600.0));
    } else if (rng.chance(0.5)) {
        p.leaves = true;
        p.leaveAt = t + qint64(rng.exponential(3.0 * kDay));
    }
}

void Simulation::events()
{
    std::vector<int> byJoin;
    for (size_t i = 0; i < w.people.size(); ++i)
        byJoin.push_back(int(i));
    std::stable_sort(byJoin.begin(), byJoin.end(), [&](int a, int b) {
        return w.people[size_t(a)].joinAt < w.people[size_t(b)].joinAt;
    });
    for (size_t k = 0; k < byJoin.size(); ++k) {
        const int i = byJoin[k];
        const Person &p = w.people[size_t(i)];
        int inviter = -1;
        if (p.isBot) {
            inviter = w.owner;
        } else if (!p.isSpammer && k > 10 && rng.chance(0.3)) {
            for (int tries = 0; tries < 6 && inviter < 0; ++tries) {
                const int c = byJoin[size_t(rng.below(int(k)))];
                const Person &cand = w.people[size_t(c)];
                if (!cand.isBot && !cand.isSpammer && cand.presentAt(p.joinAt))
                    inviter = c;
            }
        }
        if (inviter >= 0)
            w.events.push_back({p.joinAt, EventInfo::Kind::Invite, i, inviter, General, {}});
        else
            w.events.push_back({p.joinAt, EventInfo::Kind::Join, i, -1, General,
                                QString::fromUtf16(u"通过邀请链接加入")});
        if (p.removed && p.leaveAt < w.end)
            w.events.push_back({p.leaveAt, EventInfo::Kind::Remove, i,
                                w.admins[size_t(rng.below(int(w.admins.size())))], General,
                                QStringLiteral("spam")});
        else if (p.leaves && p.leaveAt < w.end)
            w.events.push_back({p.leaveAt, EventInfo::Kind::Leave, i, -1, General, {}});
        if (p.onDiscord && p.discordJoinAt < w.end)
            w.events.push_back({p.discordJoinAt, EventInfo::Kind::Join, i, -1, Discord, {}});
    }
}

void Simulation::run(int members)
{
    dayFactor.assign(size_t(w.days), 1.0);
    for (double frac : {0.2, 0.45, 0.7, 0.9}) {
        int d = int(frac * w.days);
        while (d < w.days && w.firstDay.addDays(d).dayOfWeek() != 6)
            ++d;
        if (d >= 3 && d < w.days)
            w.liveEventDays.push_back(d);
    }
    for (int d = 0; d < w.days; ++d) {
        const QDate date = w.firstDay.addDays(d);
        double f = kWeekday[date.dayOfWeek() - 1] * (isHoliday(date) ? 0.55 : 1.0);
        for (int e : w.liveEventDays) {
            if (d >= e)
                f *= 1.0 + 0.6 * std::exp(-(d - e) / 2.0);
        }
        dayFactor[size_t(d)] = f;
    }
    makePeople(members);
    normaliseRates(members);
    bots();
    staff();
    for (int i = 0; i < members; ++i) {
        if (w.people[size_t(i)].isSpammer)
            spam(i);
        else
            memberActivity(i);
    }
    discord();
    events();
}

} // namespace

int DemoWorld::dayOf(qint64 t) const
{
    const auto it = std::upper_bound(dayStart.begin(), dayStart.end(), t);
    const int d = int(it - dayStart.begin()) - 1;
    return std::clamp(d, 0, days - 1);
}

void DemoWorld::simulate(DemoRng &rng, int members, int nDays, const QDate &lastDay,
                         const QTimeZone &tz)
{
    days = nDays;
    firstDay = lastDay.addDays(1 - nDays);
    dayStart.clear();
    for (int d = 0; d <= days; ++d)
        dayStart.push_back(QDateTime(firstDay.addDays(d), QTime(0, 0), tz).toSecsSinceEpoch());
    start = dayStart.front();
    end = dayStart.back();
    people.clear();
    posts.clear();
    events.clear();
    liveEventDays.clear();
    admins.clear();
    Simulation(*this, rng).run(members);
}

} // namespace kindred::demo
