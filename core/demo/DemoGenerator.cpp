#include "DemoGenerator.h"

#include "DemoCorpus.h"
#include "DemoPayments.h"
#include "DemoRandom.h"
#include "DemoWorld.h"
#include "import/ImportWriter.h"
#include "moderation/FlagEngine.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <numeric>

namespace kindred {
namespace {

using namespace demo;

constexpr const char *kGeneratorVersion = "kindred-demo/2"; // 2: memberships, flags

struct ChannelSpec
{
    const char *platform;
    const char *externalId;
    const char16_t *name;
    const char *kind;
};

// Indexed by demo::Channel.
constexpr ChannelSpec kChannels[ChannelCount] = {
    {"telegram", "1876543201", u"综合讨论", "private_supergroup"},
    {"telegram", "1876543202", u"公告", "private_channel"},
    {"telegram", "1876543203", u"技术问答", "private_supergroup"},
    {"telegram", "1876543204", u"资源分享", "private_supergroup"},
    {"discord", "1187654321098765432", u"live-coding", "GuildTextChat"},
};
// General is written first so that member ids follow the join order.
constexpr Channel kWriteOrder[] = {General, Announce, Qa, Resources, Discord};

double reactionChance(PostKind k)
{
    switch (k) {
    case PostKind::Announcement:
    case PostKind::EventPreview:
    case PostKind::EventReplay:
        return 0.9;
    case PostKind::Resource:
        return 0.4;
    case PostKind::Answer:
        return 0.32;
    case PostKind::Hello:
        return 0.3;
    case PostKind::BotCheckin:
    case PostKind::BotFeed:
        return 0.2;
    case PostKind::Question:
    case PostKind::Chat:
        return 0.2;
    case PostKind::Checkin:
    case PostKind::Thanks:
        return 0.1;
    case PostKind::Live:
        return 0.08;
    case PostKind::BotWelcome:
        return 0.05;
    case PostKind::Spam:
        return 0.02;
    case PostKind::Flood:
        break;
    }
    return 0;
}

/// Turns the simulated world into text and import records.
class Renderer
{
public:
    Renderer(const DemoWorld &w, DemoRng &rng) : w(w), rng(rng)
    {
        std::vector<double> weights;
        for (const Person &p : w.people) {
            refs.push_back(
                PersonRef{QStringLiteral("user%1").arg(refs.size() + 1), p.name, p.isBot});
            weights.push_back(p.isBot || p.isSpammer ? 0.0 : p.rate + 0.05);
        }
        reactors.build(weights);
    }

    void render();
    bool write(ImportWriter &writer) const;

private:
    int recentReply(Channel ch, int author, qint64 t, double p);
    QString text(int idx, const Post &post, bool zh, int *replyTo);
    void react(const Post &post, MessageInfo &m);

    const DemoWorld &w;
    DemoRng &rng;
    std::vector<PersonRef> refs;
    WeightedTable reactors;
    std::vector<int> extId, topicOf;
    std::vector<int> recent[ChannelCount];
    std::vector<MessageInfo> out[ChannelCount];
};

int Renderer::recentReply(Channel ch, int author, qint64 t, double p)
{
    if (!rng.chance(p))
        return -1;
    const std::vector<int> &r = recent[ch];
    for (auto it = r.rbegin(); it != r.rend(); ++it) { // mostly the latest few messages
        const Post &cand = w.posts[size_t(*it)];
        if (t - cand.at > 3 * 3600)
            break;
        if (cand.author != author && rng.chance(0.4))
            return *it;
    }
    return -1;
}

QString Renderer::text(int idx, const Post &post, bool zh, int *replyTo)
{
    const Person &a = w.people[size_t(post.author)];
    switch (post.kind) {
    case PostKind::Chat:
        *replyTo = recentReply(General, post.author, post.at, 0.13);
        return *replyTo >= 0 ? Corpus::chatReply(rng, zh) : Corpus::chat(rng, zh);
    case PostKind::Hello:
        return Corpus::hello(rng, zh);
    case PostKind::Question:
        topicOf[size_t(idx)] = rng.below(Corpus::topicCount());
        return Corpus::question(rng, topicOf[size_t(idx)], zh);
    case PostKind::Answer:
        topicOf[size_t(idx)] = topicOf[size_t(post.replyTo)];
        return Corpus::answer(rng, topicOf[size_t(idx)], zh);
    case PostKind::Thanks:
        return Corpus::thanks(rng, zh);
    case PostKind::Checkin:
        return Corpus::checkin(rng, post.aux);
    case PostKind::Resource:
        return Corpus::resource(rng, zh);
    case PostKind::Announcement:
        return Corpus::announcement(rng);
    case PostKind::EventPreview:
    case PostKind::EventReplay:
        return Corpus::liveEvent(post.aux, w.firstDay.addDays(w.liveEventDays[size_t(post.aux)]),
                                 post.kind == PostKind::EventPreview);
    case PostKind::BotCheckin:
        return Corpus::checkinPrompt(post.aux, w.firstDay.addDays(post.aux - 1));
    case PostKind::BotWelcome:
        return Corpus::welcome(w.people[size_t(post.aux)].name);
    case PostKind::BotFeed:
        return Corpus::feed(rng);
    case PostKind::Spam:
        return Corpus::spam(a.spamVariant);
    case PostKind::Flood:
        return Corpus::flood(rng);
    case PostKind::Live:
        *replyTo = recentReply(Discord, post.author, post.at, 0.15);
        return Corpus::live(rng, zh);
    }
    return {};
}

void Renderer::react(const Post &post, MessageInfo &m)
{
    if (!rng.chance(reactionChance(post.kind)))
        return;
    const bool big = post.kind == PostKind::Announcement || post.kind == PostKind::EventPreview ||
                     post.kind == PostKind::EventReplay;
    const int wanted = big ? 3 + rng.poisson(8.0) : 1 + rng.poisson(0.8);
    static const double kEmojiKinds[] = {0.8, 0.15, 0.05};
    const int kinds = 1 + rng.weighted(kEmojiKinds);
    for (int k = 0; k < kinds; ++k) {
        const QString e = Corpus::emoji(rng);
        if (std::none_of(m.reactions.cbegin(), m.reactions.cend(),
                         [&](const ReactionInfo &r) { return r.emoji == e; }))
            m.reactions.append(ReactionInfo{e, 0, {}});
    }
    std::vector<int> used{post.author};
    for (int n = 0; n < wanted; ++n) {
        const qint64 at = post.at + 20 + qint64(rng.exponential(2400.0));
        if (at >= w.end)
            continue;
        for (int tries = 0; tries < 10; ++tries) {
            const int who = reactors.draw(rng);
            const Person &p = w.people[size_t(who)];
            if (!p.presentAt(at) || std::find(used.begin(), used.end(), who) != used.end() ||
                (post.channel == Discord && (!p.onDiscord || p.discordJoinAt > at)))
                continue;
            used.push_back(who);
            ReactionInfo &r = m.reactions[rng.below(int(m.reactions.size()))];
            r.reactors.append(ReactorInfo{refs[size_t(who)], at});
            ++r.count;
            break;
        }
    }
    m.reactions.removeIf([](const ReactionInfo &r) { return r.count == 0; });
}

void Renderer::render()
{
    const size_t n = w.posts.size();
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Post &x = w.posts[size_t(a)], &y = w.posts[size_t(b)];
        return x.at != y.at ? x.at < y.at : x.channel < y.channel;
    });
    extId.assign(n, 0);
    topicOf.assign(n, 0);
    int counter[ChannelCount] = {};
    for (int idx : order) {
        const Post &post = w.posts[size_t(idx)];
        const Person &a = w.people[size_t(post.author)];
        extId[size_t(idx)] = ++counter[post.channel];
        MessageInfo m;
        m.externalId = QString::number(extId[size_t(idx)]);
        m.author = refs[size_t(post.author)];
        m.sentAt = post.at;
        const bool zh = rng.chance(post.channel == Discord ? a.zhShare * 0.6 : a.zhShare);
        int replyTo = post.replyTo;
        m.text = text(idx, post, zh, &replyTo);
        if (replyTo >= 0 && extId[size_t(replyTo)] > 0) {
            m.replyToExternalId = QString::number(extId[size_t(replyTo)]);
            if (post.channel == Qa && post.kind != PostKind::Chat) {
                int root = replyTo; // answers and thanks belong to the question's thread
                while (w.posts[size_t(root)].replyTo >= 0)
                    root = w.posts[size_t(root)].replyTo;
                m.threadExternalId = QString::number(extId[size_t(root)]);
            }
        }
        if (post.kind == PostKind::Chat && replyTo < 0 && rng.chance(0.012)) {
            m.forwardedFrom = Corpus::forwardSource(rng);
            m.text = Corpus::resource(rng, zh);
        } else if (post.kind == PostKind::Resource && rng.chance(0.12)) {
            m.forwardedFrom = Corpus::forwardSource(rng);
        }
        if (post.kind == PostKind::Resource && rng.chance(0.08))
            m.attachmentKind = QStringLiteral("file");
        else if ((post.kind == PostKind::Chat && rng.chance(0.03)) ||
                 (post.kind == PostKind::Question && rng.chance(0.1)))
            m.attachmentKind = QStringLiteral("photo");
        if (!a.isBot && post.kind != PostKind::Spam && rng.chance(0.03))
            m.editedAt = std::min(w.end - 1, post.at + rng.between(20, 900));
        react(post, m);
        out[post.channel].push_back(std::move(m));
        std::vector<int> &r = recent[post.channel];
        r.push_back(idx);
        if (r.size() > 40)
            r.erase(r.begin(), r.begin() + 20);
    }
}

bool Renderer::write(ImportWriter &writer) const
{
    std::vector<WorldEvent> events = w.events;
    std::stable_sort(events.begin(), events.end(),
                     [](const WorldEvent &a, const WorldEvent &b) { return a.at < b.at; });
    for (Channel ch : kWriteOrder) {
        const ChannelSpec &spec = kChannels[ch];
        if (!writer.beginChannel(ChannelInfo{
                QString::fromLatin1(spec.platform), QString::fromLatin1(spec.externalId),
                QString::fromUtf16(spec.name), QString::fromLatin1(spec.kind)}))
            return false;
        for (const WorldEvent &e : events) {
            if (e.channel != ch || e.at >= w.end)
                continue;
            EventInfo info;
            info.kind = e.kind;
            info.member = refs[size_t(e.member)];
            if (e.actor >= 0)
                info.actor = refs[size_t(e.actor)];
            info.at = e.at;
            info.detail = e.detail;
            if (!writer.addEvent(info))
                return false;
        }
        for (const MessageInfo &m : out[ch]) {
            if (!writer.addMessage(m))
                return false;
        }
    }
    return true;
}

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    return false;
}

bool prepareCommunity(Database &db, const DemoOptions &opt, qint64 *communityId, QString *error)
{
    *communityId = db.defaultCommunityId(opt.communityName);
    if (*communityId <= 0) {
        *error = QCoreApplication::translate("DemoGenerator",
                                             "cannot create the community in the workspace");
        return false;
    }
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE community SET name = ?, currency = 'CNY', timezone = ? "
                             "WHERE id = ? AND NOT EXISTS (SELECT 1 FROM channel "
                             "WHERE community_id = community.id)"));
    q.addBindValue(opt.communityName);
    q.addBindValue(opt.timezone);
    q.addBindValue(*communityId);
    if (!q.exec()) {
        *error = QCoreApplication::translate("DemoGenerator", "cannot set up the community");
        return false;
    }
    return true;
}

} // namespace

QString DemoGenerator::optionsHash(const DemoOptions &opt)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QString key =
        QStringLiteral("%1\n%2\n%3\n%4\n%5\n%6\n%7")
            .arg(QLatin1String(kGeneratorVersion), QString::number(opt.seed),
                 QString::number(opt.members), QString::number(opt.days),
                 opt.endDate.toString(Qt::ISODate), opt.communityName, opt.timezone);
    h.addData(key.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

QString DemoGenerator::defaultWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/demo.kindred");
}

bool DemoGenerator::build(Database &db, const DemoOptions &opt, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QTimeZone tz(opt.timezone.toUtf8());
    if (!db.isOpen()) {
        *error = QCoreApplication::translate("DemoGenerator", "demo: the workspace is not open");
        return false;
    }
    if (opt.members < 20 || opt.members > 100000 || opt.days < 14 || opt.days > 3650 ||
        !opt.endDate.isValid() || opt.communityName.trimmed().isEmpty()) {
        *error = QCoreApplication::translate(
            "DemoGenerator", "demo: invalid options (members 20..100000, days 14..3650, "
                             "a valid end date and a community name)");
        return false;
    }
    if (!tz.isValid()) {
        *error = QCoreApplication::translate("DemoGenerator", "demo: unknown time zone '%1'")
                     .arg(opt.timezone);
        return false;
    }
    const QString sha = optionsHash(opt);
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT 1 FROM import_batch WHERE sha256 = ? AND community_id = "
                                 "(SELECT id FROM community ORDER BY id LIMIT 1)"));
        q.addBindValue(sha);
        if (q.exec() && q.next())
            return true; // already built with these options: nothing to add
    }

    DemoRng rng(opt.seed);
    DemoWorld world;
    world.simulate(rng, opt.members, opt.days, opt.endDate, tz);
    Renderer renderer(world, rng);
    renderer.render();

    sqlite3 *handle = db.handle();
    if (!exec(handle, "BEGIN IMMEDIATE", error))
        return false;
    auto rollback = [&](const QString &why) {
        QString ignoredError;
        exec(handle, "ROLLBACK", &ignoredError);
        *error = QCoreApplication::translate("DemoGenerator", "demo: %1").arg(why);
        return false;
    };
    qint64 communityId = 0;
    QString setupError;
    if (!prepareCommunity(db, opt, &communityId, &setupError))
        return rollback(setupError);
    QSqlQuery batch(db.sql());
    batch.prepare(
        QStringLiteral("INSERT INTO import_batch(community_id, file_name, format, sha256, "
                       "size_bytes, imported_at) VALUES (?, ?, 'demo', ?, 0, ?)"));
    batch.addBindValue(communityId);
    batch.addBindValue(QStringLiteral("demo-%1").arg(opt.seed));
    batch.addBindValue(sha);
    batch.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!batch.exec())
        return rollback(
            QCoreApplication::translate("DemoGenerator", "cannot record the import batch"));
    const qint64 batchId = batch.lastInsertId().toLongLong();

    ImportWriter writer(handle, communityId, batchId);
    QString dbError;
    if (!writer.prepare(&dbError))
        return rollback(dbError);
    if (!renderer.write(writer))
        return rollback(writer.lastError());
    if (!writer.finish(&dbError))
        return rollback(dbError);
    if (!demo::writeMemberships(db, world, communityId, batchId, opt.seed, &dbError))
        return rollback(dbError);
    QSqlQuery upd(db.sql());
    upd.prepare(QStringLiteral("UPDATE import_batch SET messages_added = ?, messages_skipped = ?, "
                               "members_added = ?, events_added = ? WHERE id = ?"));
    upd.addBindValue(writer.messagesAdded());
    upd.addBindValue(writer.messagesSkipped());
    upd.addBindValue(writer.membersAdded());
    upd.addBindValue(writer.eventsAdded());
    upd.addBindValue(batchId);
    if (!upd.exec())
        return rollback(
            QCoreApplication::translate("DemoGenerator", "cannot record the import batch"));
    if (!exec(handle, "COMMIT", &dbError))
        return rollback(dbError);
    // The moderation queue of the demo: the flag rules over what was just written (their own
    // transaction; a failure leaves the demo stored and is only logged).
    QStringList flagWarnings;
    FlagEngine::runAfterImport(db, batchId, &flagWarnings);
    for (const QString &w : flagWarnings)
        qWarning("demo: %s", qPrintable(w));
    return true;
}

} // namespace kindred
