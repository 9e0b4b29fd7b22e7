#pragma once
// The simulated demo community before it becomes text and records: who joins when, who
// churns, who posts how much, when, in which channel and in reply to what. Built by
// DemoGenerator from the seeded DemoRng; times are UTC seconds since the epoch.

#include "import/ImportRecords.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace kindred::demo {

class DemoRng;

enum Channel : quint8
{
    General,
    Announce,
    Qa,
    Resources,
    Discord,
    ChannelCount
};

enum class PostKind : quint8
{
    Chat,
    Hello,
    Question,
    Answer,
    Thanks,
    Checkin,
    Resource,
    Announcement,
    EventPreview,
    EventReplay,
    BotCheckin,
    BotWelcome,
    BotFeed,
    Spam,
    Flood,
    Live,
};

struct Person
{
    QString name;
    bool isBot = false;
    bool isAdmin = false;
    bool isSpammer = false;
    bool isHelper = false;
    bool lurker = false;
    bool onDiscord = false;
    bool leaves = false;  ///< gets a Leave event at leaveAt
    bool removed = false; ///< removed by an admin at leaveAt
    qint64 joinAt = 0;
    qint64 activeUntil = 0; ///< exclusive; silent (or gone) from then on
    qint64 leaveAt = 0;
    qint64 discordJoinAt = 0;
    double rate = 0;    ///< mean messages per active day before the day and tenure factors
    double zhShare = 0; ///< probability that a message is in Chinese
    double checkinP = 0;
    qint64 checkinUntil = 0;
    int spamVariant = 0;

    bool presentAt(qint64 t) const { return t >= joinAt && t < activeUntil; }
};

struct Post
{
    qint64 at = 0;
    int author = -1;
    Channel channel = General;
    PostKind kind = PostKind::Chat;
    int replyTo = -1; ///< index of the post replied to, -1 = none
    int aux = 0;      ///< kind-specific: day number, streak, event index, welcomed person
};

struct WorldEvent
{
    qint64 at = 0;
    EventInfo::Kind kind = EventInfo::Kind::Other;
    int member = -1;
    int actor = -1;
    Channel channel = General;
    QString detail;
};

struct DemoWorld
{
    QDate firstDay;
    int days = 0;
    qint64 start = 0; ///< local midnight of firstDay
    qint64 end = 0;   ///< local midnight after the last day (exclusive)
    std::vector<qint64> dayStart;
    std::vector<Person> people; ///< humans first (index = user number - 1), then bots
    std::vector<Post> posts;
    std::vector<WorldEvent> events;
    std::vector<int> liveEventDays;
    int owner = 0;
    std::vector<int> admins;

    /// Simulates `members` humans over `days` days ending with `lastDay` in `tz`.
    void simulate(DemoRng &rng, int members, int days, const QDate &lastDay, const QTimeZone &tz);
    /// Day index of UTC time t (clamped to the period).
    int dayOf(qint64 t) const;
};

} // namespace kindred::demo
