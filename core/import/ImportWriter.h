#pragma once
// ImportSink that stores records in the workspace through prepared SQLite statements.
// Idempotent: a message already stored (same channel and external id), a known identity, a
// reaction reactor or an event with the same key is never stored twice. The caller owns the
// transaction (ImportService): the writer never commits or rolls back.

#include "ImportSink.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace kindred {

class Database;
class SqliteStatement;

class ImportWriter final : public ImportSink
{
    Q_DISABLE_COPY_MOVE(ImportWriter)
public:
    /// Writes into community `communityId`, tagging new rows with import batch `batchId`.
    ImportWriter(sqlite3 *db, qint64 communityId, qint64 batchId);
    ~ImportWriter() override;

    /// Prepares the statements; false with error on a database problem.
    bool prepare(QString *error);

    bool beginChannel(const ChannelInfo &channel) override;
    bool addMessage(const MessageInfo &message) override;
    bool addEvent(const EventInfo &event) override;
    void addWarning(const QString &warning) override;
    bool isCanceled() const override;
    void setProgress(qint64 done, qint64 total) override;

    /// Updates first/last seen and joined/left of the members this import touched.
    bool finish(QString *error);

    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }
    void setProgressCallback(std::function<void(qint64, qint64)> cb) { m_progress = std::move(cb); }

    qint64 messagesAdded() const { return m_messagesAdded; }
    qint64 messagesSkipped() const { return m_messagesSkipped; }
    qint64 membersAdded() const { return m_membersAdded; }
    qint64 eventsAdded() const { return m_eventsAdded; }
    qint64 channelsSeen() const { return m_channelsSeen; }
    /// Distinct people (members, bots, the exporting account) the export named.
    qint64 peopleSeen() const { return m_people.size(); }
    const QStringList &warnings() const { return m_warnings; }
    /// The database error that made a sink call return false.
    QString lastError() const { return m_lastError; }

private:
    struct Seen
    {
        qint64 first = 0;
        qint64 last = 0;
    };
    qint64 resolveMember(const PersonRef &person);
    void touch(qint64 memberId, qint64 at);
    bool markBot(qint64 memberId);
    bool markSelf(qint64 memberId);
    qint64 findMessageId(const QString &externalId);
    bool storeReactions(qint64 messageId, const MessageInfo &message, bool isNew);
    bool fail(const char *what);

    sqlite3 *m_db;
    qint64 m_communityId;
    qint64 m_batchId;
    qint64 m_channelId = 0;
    QString m_platform;
    QHash<QString, qint64> m_memberByExternalId; // platform-scoped cache for m_platform
    std::vector<Seen> m_seen;                    ///< indexed by member id (rowids are dense)
    QHash<qint64, bool> m_eventMembers;
    QSet<qint64> m_bots;
    QSet<qint64> m_selves;
    QSet<qint64> m_people;
    std::unique_ptr<SqliteStatement> m_insertChannel, m_findChannel, m_findIdentity, m_insertMember,
        m_insertIdentity, m_insertMessage, m_findMessage, m_upsertReaction, m_insertReactor,
        m_insertEvent, m_markBot, m_insertReaction, m_markSelf;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(qint64, qint64)> m_progress;
    qint64 m_messagesAdded = 0;
    qint64 m_messagesSkipped = 0;
    qint64 m_membersAdded = 0;
    qint64 m_eventsAdded = 0;
    qint64 m_channelsSeen = 0;
    QStringList m_warnings;
    QString m_lastError;
};

} // namespace kindred
