#include "ImportWriter.h"

#include "storage/SqliteStatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace kindred {

ImportWriter::ImportWriter(sqlite3 *db, qint64 communityId, qint64 batchId)
    : m_db(db), m_communityId(communityId), m_batchId(batchId)
{
}

ImportWriter::~ImportWriter() = default;

bool ImportWriter::prepare(QString *error)
{
    auto make = [this](const char *sql) { return std::make_unique<SqliteStatement>(m_db, sql); };
    m_insertChannel =
        make("INSERT INTO channel(community_id, platform, external_id, name, kind, "
             "import_batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING");
    m_findChannel = make("SELECT id FROM channel WHERE community_id = ?1 AND platform = ?2 "
                         "AND external_id = ?3");
    m_findIdentity = make("SELECT member_id FROM identity WHERE community_id = ?1 AND "
                          "platform = ?2 AND external_id = ?3");
    m_insertMember =
        make("INSERT INTO member(community_id, display_name, is_bot, import_batch_id) VALUES "
             "(?1, ?2, ?3, ?4)");
    m_insertIdentity = make("INSERT INTO identity(community_id, member_id, platform, external_id, "
                            "display_name, import_batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    m_insertMessage = make(
        "INSERT INTO message(channel_id, external_id, member_id, sent_at, text, "
        "reply_to_external_id, thread_external_id, edited_at, forwarded_from, attachment_kind, "
        "is_service, import_batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
        "ON CONFLICT(channel_id, external_id) DO NOTHING");
    m_markBot = make("UPDATE member SET is_bot = 1 WHERE id = ?1 AND is_bot = 0");
    m_markSelf = make("UPDATE member SET is_self = 1 WHERE id = ?1 AND is_self = 0");
    m_findMessage = make("SELECT id FROM message WHERE channel_id = ?1 AND external_id = ?2");
    m_upsertReaction = make("INSERT INTO reaction(message_id, emoji, count, import_batch_id) "
                            "VALUES (?1, ?2, ?3, ?4) "
                            "ON CONFLICT(message_id, emoji) DO UPDATE SET count = "
                            "max(count, excluded.count) RETURNING id");
    m_insertReaction = make("INSERT INTO reaction(message_id, emoji, count, import_batch_id) "
                            "VALUES (?1, ?2, ?3, ?4) "
                            "ON CONFLICT(message_id, emoji) DO NOTHING");
    m_insertReactor = make("INSERT INTO reaction_member(reaction_id, member_id, reacted_at, "
                           "import_batch_id) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING");
    m_insertEvent = make("INSERT INTO event(channel_id, kind, member_id, actor_member_id, "
                         "occurred_at, message_external_id, detail, dedup_key, import_batch_id) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING");
    for (auto *s :
         {m_insertChannel.get(), m_findChannel.get(), m_findIdentity.get(), m_insertMember.get(),
          m_insertIdentity.get(), m_insertMessage.get(), m_findMessage.get(),
          m_upsertReaction.get(), m_insertReactor.get(), m_insertEvent.get(), m_markBot.get(),
          m_insertReaction.get(), m_markSelf.get()}) {
        if (!s->isValid()) {
            *error =
                QCoreApplication::translate("ImportWriter", "cannot prepare import statements: %1")
                    .arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
            return false;
        }
    }
    return true;
}

bool ImportWriter::fail(const char *what)
{
    // what comes from QT_TRANSLATE_NOOP("ImportWriter", ...) at the call sites.
    m_lastError = QCoreApplication::translate("ImportWriter", "database error while storing %1: %2")
                      .arg(QCoreApplication::translate("ImportWriter", what),
                           QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

bool ImportWriter::beginChannel(const ChannelInfo &channel)
{
    if (m_platform != channel.platform) {
        m_memberByExternalId.clear();
        m_platform = channel.platform;
    }
    auto &ins = *m_insertChannel;
    ins.bind(1, m_communityId);
    ins.bind(2, channel.platform);
    ins.bind(3, channel.externalId);
    ins.bind(4, channel.name.isNull() ? QStringLiteral("") : channel.name);
    ins.bind(5, channel.kind.isNull() ? QStringLiteral("") : channel.kind);
    ins.bindNullable(6, m_batchId);
    const int rc = ins.step();
    ins.reset();
    if (rc != SQLITE_DONE)
        return fail(QT_TRANSLATE_NOOP("ImportWriter", "a channel"));
    auto &find = *m_findChannel;
    find.bind(1, m_communityId);
    find.bind(2, channel.platform);
    find.bind(3, channel.externalId);
    if (find.step() != SQLITE_ROW) {
        find.reset();
        return fail(QT_TRANSLATE_NOOP("ImportWriter", "a channel"));
    }
    m_channelId = find.columnInt64(0);
    find.reset();
    ++m_channelsSeen;
    return true;
}

qint64 ImportWriter::resolveMember(const PersonRef &person)
{
    if (!person.isValid())
        return 0;
    const auto it = m_memberByExternalId.constFind(person.externalId);
    if (it != m_memberByExternalId.constEnd()) {
        if (person.isBot && !m_bots.contains(it.value()) && !markBot(it.value()))
            return -1;
        if (person.isSelf && !m_selves.contains(it.value()) && !markSelf(it.value()))
            return -1;
        return it.value();
    }
    auto &find = *m_findIdentity;
    find.bind(1, m_communityId);
    find.bind(2, m_platform);
    find.bind(3, person.externalId);
    qint64 id = 0;
    if (find.step() == SQLITE_ROW)
        id = find.columnInt64(0);
    find.reset();
    if (id == 0) {
        const QString name = person.name.isEmpty() ? person.externalId : person.name;
        auto &im = *m_insertMember;
        im.bind(1, m_communityId);
        im.bind(2, name);
        im.bind(3, qint64(person.isBot ? 1 : 0));
        im.bindNullable(4, m_batchId);
        const int rc = im.step();
        im.reset();
        if (rc != SQLITE_DONE)
            return -1;
        id = sqlite3_last_insert_rowid(m_db);
        auto &ii = *m_insertIdentity;
        ii.bind(1, m_communityId);
        ii.bind(2, id);
        ii.bind(3, m_platform);
        ii.bind(4, person.externalId);
        ii.bind(5, name);
        ii.bindNullable(6, m_batchId);
        const int rc2 = ii.step();
        ii.reset();
        if (rc2 != SQLITE_DONE)
            return -1;
        ++m_membersAdded;
    }
    m_memberByExternalId.insert(person.externalId, id);
    m_people.insert(id);
    if (person.isBot && !m_bots.contains(id) && !markBot(id))
        return -1;
    if (person.isSelf && !m_selves.contains(id) && !markSelf(id))
        return -1;
    return id;
}

bool ImportWriter::markSelf(qint64 memberId)
{
    // The exporting account ("You") is kept with its messages but is not a member.
    auto &ms = *m_markSelf;
    ms.bind(1, memberId);
    const int rc = ms.step();
    ms.reset();
    m_selves.insert(memberId);
    return rc == SQLITE_DONE;
}

bool ImportWriter::markBot(qint64 memberId)
{
    // A member first seen without the bot flag (e.g. in a join event) is a bot once any
    // record says so.
    auto &mb = *m_markBot;
    mb.bind(1, memberId);
    const int rc = mb.step();
    mb.reset();
    m_bots.insert(memberId);
    return rc == SQLITE_DONE;
}

void ImportWriter::touch(qint64 memberId, qint64 at)
{
    if (memberId <= 0 || at <= 0)
        return;
    if (size_t(memberId) >= m_seen.size())
        m_seen.resize(size_t(memberId) + 1 + m_seen.size() / 2);
    Seen &s = m_seen[size_t(memberId)];
    if (s.first == 0 || at < s.first)
        s.first = at;
    if (at > s.last)
        s.last = at;
}

qint64 ImportWriter::findMessageId(const QString &externalId)
{
    auto &f = *m_findMessage;
    f.bind(1, m_channelId);
    f.bind(2, externalId);
    qint64 id = 0;
    if (f.step() == SQLITE_ROW)
        id = f.columnInt64(0);
    f.reset();
    return id;
}

bool ImportWriter::addMessage(const MessageInfo &m)
{
    if (m_channelId == 0) {
        m_lastError = QCoreApplication::translate("ImportWriter",
                                                  "importer error: message before any channel");
        return false;
    }
    const qint64 memberId = resolveMember(m.author);
    if (memberId < 0)
        return fail(QT_TRANSLATE_NOOP("ImportWriter", "a member"));
    auto &ins = *m_insertMessage;
    ins.bind(1, m_channelId);
    ins.bind(2, m.externalId);
    ins.bindNullable(3, memberId);
    ins.bind(4, m.sentAt);
    ins.bind(5, m.text.isNull() ? QStringLiteral("") : m.text);
    ins.bindNullable(6, m.replyToExternalId);
    ins.bindNullable(7, m.threadExternalId);
    ins.bindNullable(8, m.editedAt);
    ins.bindNullable(9, m.forwardedFrom);
    ins.bindNullable(10, m.attachmentKind);
    ins.bind(11, qint64(m.isService ? 1 : 0));
    ins.bindNullable(12, m_batchId);
    const int rc = ins.step();
    ins.reset();
    if (rc != SQLITE_DONE)
        return fail(QT_TRANSLATE_NOOP("ImportWriter", "a message"));
    const bool isNew = sqlite3_changes(m_db) > 0;
    qint64 messageId = 0;
    if (isNew) {
        messageId = sqlite3_last_insert_rowid(m_db);
        if (!m.isService)
            ++m_messagesAdded;
    } else {
        if (!m.isService)
            ++m_messagesSkipped;
        if (!m.reactions.isEmpty())
            messageId = findMessageId(m.externalId);
    }
    touch(memberId, m.sentAt);
    if (messageId > 0 && !m.reactions.isEmpty() && !storeReactions(messageId, m, isNew))
        return false;
    return true;
}

bool ImportWriter::storeReactions(qint64 messageId, const MessageInfo &m, bool isNew)
{
    for (const ReactionInfo &r : m.reactions) {
        // A new message takes a plain insert; a known one updates the count (RETURNING is
        // slower, so it is kept for that case).
        auto &st = isNew ? *m_insertReaction : *m_upsertReaction;
        st.bind(1, messageId);
        st.bind(2, r.emoji);
        st.bind(3, qint64(std::max<int>(r.count, int(r.reactors.size()))));
        st.bindNullable(4, m_batchId);
        const int rc = st.step();
        qint64 reactionId = 0;
        if (isNew && rc == SQLITE_DONE && sqlite3_changes(m_db) > 0)
            reactionId = sqlite3_last_insert_rowid(m_db);
        else if (rc == SQLITE_ROW)
            reactionId = st.columnInt64(0);
        st.reset();
        if (reactionId == 0 && isNew && rc == SQLITE_DONE) {
            // The same emoji twice on one new message: merge through the upsert.
            auto &up = *m_upsertReaction;
            up.bind(1, messageId);
            up.bind(2, r.emoji);
            up.bind(3, qint64(std::max<int>(r.count, int(r.reactors.size()))));
            up.bindNullable(4, m_batchId);
            if (up.step() == SQLITE_ROW)
                reactionId = up.columnInt64(0);
            up.reset();
        }
        if (reactionId == 0)
            return fail(QT_TRANSLATE_NOOP("ImportWriter", "a reaction"));
        for (const ReactorInfo &who : r.reactors) {
            const qint64 reactor = resolveMember(who.person);
            if (reactor < 0)
                return fail(QT_TRANSLATE_NOOP("ImportWriter", "a reactor"));
            if (reactor == 0)
                continue;
            auto &ir = *m_insertReactor;
            ir.bind(1, reactionId);
            ir.bind(2, reactor);
            ir.bindNullable(3, who.at);
            ir.bindNullable(4, m_batchId);
            const int rc = ir.step();
            ir.reset();
            if (rc != SQLITE_DONE)
                return fail(QT_TRANSLATE_NOOP("ImportWriter", "a reactor"));
            touch(reactor, who.at > 0 ? who.at : m.sentAt);
        }
    }
    return true;
}

bool ImportWriter::addEvent(const EventInfo &e)
{
    if (m_channelId == 0) {
        m_lastError =
            QCoreApplication::translate("ImportWriter", "importer error: event before any channel");
        return false;
    }
    const qint64 member = resolveMember(e.member);
    const qint64 actor = resolveMember(e.actor);
    if (member < 0 || actor < 0)
        return fail(QT_TRANSLATE_NOOP("ImportWriter", "a member"));
    const QString kind = EventInfo::kindName(e.kind);
    const QString key = kind % QLatin1Char('|') % e.member.externalId % QLatin1Char('|') %
                        QString::number(e.at) % QLatin1Char('|') % e.messageExternalId;
    auto &ins = *m_insertEvent;
    ins.bind(1, m_channelId);
    ins.bind(2, kind);
    ins.bindNullable(3, member);
    ins.bindNullable(4, actor);
    ins.bind(5, e.at);
    ins.bindNullable(6, e.messageExternalId);
    ins.bind(7, e.detail.isNull() ? QStringLiteral("") : e.detail);
    ins.bind(8, key);
    ins.bindNullable(9, m_batchId);
    const int rc = ins.step();
    ins.reset();
    if (rc != SQLITE_DONE)
        return fail(QT_TRANSLATE_NOOP("ImportWriter", "an event"));
    if (sqlite3_changes(m_db) > 0)
        ++m_eventsAdded;
    touch(member, e.at);
    touch(actor, e.at);
    if (member > 0)
        m_eventMembers.insert(member, true);
    return true;
}

void ImportWriter::addWarning(const QString &warning)
{
    if (m_warnings.size() < 200)
        m_warnings.append(warning);
    else if (m_warnings.size() == 200)
        m_warnings.append(
            QCoreApplication::translate("ImportWriter", "(further warnings omitted)"));
}

bool ImportWriter::isCanceled() const
{
    return m_cancel && m_cancel->load(std::memory_order_relaxed);
}

void ImportWriter::setProgress(qint64 done, qint64 total)
{
    if (m_progress)
        m_progress(done, total);
}

bool ImportWriter::finish(QString *error)
{
    SqliteStatement seen(m_db, "UPDATE member SET first_seen = min(coalesce(first_seen, ?1), ?1), "
                               "last_seen = max(coalesce(last_seen, ?2), ?2) WHERE id = ?3");
    SqliteStatement joined(
        m_db,
        "UPDATE member SET "
        "joined_at = (SELECT min(occurred_at) FROM event WHERE member_id = ?1 "
        "  AND kind IN ('join','invite')), "
        "left_at = (SELECT max(e.occurred_at) FROM event e WHERE e.member_id = ?1 "
        "  AND e.kind IN ('leave','remove') AND e.occurred_at >= coalesce((SELECT "
        "  max(occurred_at) FROM event WHERE member_id = ?1 AND kind IN ('join','invite')), 0)) "
        "WHERE id = ?1");
    if (!seen.isValid() || !joined.isValid()) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    for (size_t id = 0; id < m_seen.size(); ++id) {
        if (m_seen[id].first == 0)
            continue;
        seen.bind(1, m_seen[id].first);
        seen.bind(2, m_seen[id].last);
        seen.bind(3, qint64(id));
        const int rc = seen.step();
        seen.reset();
        if (rc != SQLITE_DONE) {
            *error = seen.errorMessage();
            return false;
        }
    }
    for (auto it = m_eventMembers.cbegin(); it != m_eventMembers.cend(); ++it) {
        joined.bind(1, it.key());
        const int rc = joined.step();
        joined.reset();
        if (rc != SQLITE_DONE) {
            *error = joined.errorMessage();
            return false;
        }
    }
    return true;
}

} // namespace kindred
