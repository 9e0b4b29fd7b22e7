#pragma once
// Applies the flag rules (FlagRules.h) to the messages and member reports of a workspace and
// stores what they raise in the `flag` table (PRODUCT.md §4, issue 7).
//
// Scope: either the rows of given import batches ("only what is new", run after every import
// and sync) or the whole workspace (`kindred flags --rerun`). A batch run still reads the
// context the rules need from before the batch: every chat message of the members who posted
// in the batch (their rank for the newcomer test, earlier messages of a flood or a repeated
// text), texts within repeatHours of the batch's messages.
//
// Idempotent: every flag has a dedup key built from platform-level ids (not row ids):
// "<platform>:<channel external id>:<message external id>" of the message that raised it, or
// "report:<member_report.external_id>"; rows go in with INSERT OR IGNORE against
// UNIQUE(community_id, rule, dedup_key), so a re-import or a second run adds nothing. A flood
// burst or a repeated-text cluster holding a message flagged before for that rule is not
// flagged again, even when a later import added messages that move its first message.
// Bots (member.is_bot) and the exporting account (member.is_self) are never flagged; messages
// of merged identities count for, and flags name, the surviving member (member.merged_into).
// One transaction (a SAVEPOINT, so it can also run inside the caller's transaction): on error
// nothing is stored. Runs on the thread that owns the Database connection.

#include "FlagRules.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace kindred {

class Database;

/// What one run did, per rule (index = int(FlagRule)).
struct FlagRunCounts
{
    std::array<qint64, kFlagRuleCount> raised{}; ///< flags added by this run
    /// Matches, including messages flagged before (a flood burst or repeated-text cluster
    /// flagged before is skipped, not counted).
    std::array<qint64, kFlagRuleCount> matched{};
    qint64 messagesChecked = 0; ///< chat messages in scope (context messages not counted)
    qint64 reportsChecked = 0;  ///< member reports in scope

    qint64 totalRaised() const;
    /// {"raised":{"flood":n,...},"matched":{...},"messages_checked":n,"reports_checked":n}
    QJsonObject toJson() const;
    /// "flood 3, link_spam 1, ..." (raised per rule), for warnings and the CLI.
    QString summary() const;
};

class FlagEngine final
{
    Q_DISABLE_COPY_MOVE(FlagEngine)
public:
    /// Uses the workspace's rules (FlagRules::load) unless setRules() is called.
    explicit FlagEngine(Database &db);

    void setRules(const FlagRules &rules) { m_rules = rules; }
    const FlagRules &rules() const { return m_rules; }
    /// raised_at of new flags (UTC seconds); default: the current time.
    void setNow(qint64 utcSeconds) { m_now = utcSeconds; }

    /// Runs the enabled rules over the messages and reports of `batchIds`. False with a
    /// translated error (context "FlagEngine") on a database error; nothing is then stored.
    bool runBatches(const QList<qint64> &batchIds, FlagRunCounts *counts, QString *error);
    /// Runs the enabled rules over every message and report of the workspace.
    bool runAll(FlagRunCounts *counts, QString *error);

    /// Runs the rules on batch `batchId` after its import committed (ImportService,
    /// CsvImportService, the demo). A failure loses nothing of the import: it is appended to
    /// *warnings (translated). Returns the number of flags raised (0 on failure).
    static qint64 runAfterImport(Database &db, qint64 batchId, QStringList *warnings);

    /// The dedup key of a flag on a message.
    static QString messageKey(const QString &platform, const QString &channelExternalId,
                              const QString &messageExternalId);

private:
    bool run(const QList<qint64> *batchIds, FlagRunCounts *counts, QString *error);

    Database &m_db;
    FlagRules m_rules;
    qint64 m_now = 0;
};

} // namespace kindred
