#pragma once
// The moderators' side of moderation (PRODUCT.md §4, issue 7): the review queue of open flags
// grouped by member, the context of a flag (messages around it, segment, level, history), the
// actions (dismiss, warn, mute, ban, unban, note) and their append-only audit log
// (moderation_action, whose triggers reject UPDATE and DELETE), and the current ban/mute list
// for the chat platform's own tools. The flags themselves are raised by FlagEngine.
//
// Times are UTC seconds unless said otherwise. Member ids are resolved through identity
// merges (member.merged_into): a flag or action on a merged identity counts for the surviving
// member. Operates on the thread that owns the Database connection; errors are returned as
// translated one-line messages (context "ModerationStore").

#include "analytics/Segmentation.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace kindred {

class Database;

/// The decisions a moderator can take. Keys (stored in moderation_action.action): dismiss,
/// warn, mute, ban, unban, note.
enum class ModerationAction
{
    Dismiss = 0,
    Warn,
    Mute,
    Ban,
    Unban,
    Note
};

/// One flag raised by a rule (a row of the flag table).
struct FlagInfo
{
    qint64 id = 0;
    QString rule;          ///< rule key as FlagEngine stores it (e.g. "flood", "blocked_word")
    int severity = 1;      ///< 1 (low) .. 3 (high)
    double score = 0;      ///< the rule's score
    QString why;           ///< the score breakdown the rule wrote
    qint64 memberId = 0;   ///< surviving member
    qint64 messageId = 0;  ///< flagged message, 0 when the flag names none
    qint64 channelId = 0;  ///< 0 when the flag names no channel
    QString channelName;   ///< "" when none
    QString messageText;   ///< text of the flagged message ("" when none)
    qint64 occurredAt = 0; ///< UTC seconds of the flagged behaviour
    qint64 raisedAt = 0;   ///< UTC seconds when the rule raised it
    QString status;        ///< open, dismissed, actioned
    qint64 handledAt = 0;  ///< UTC seconds of the decision, 0 while open
};

/// All the flags of one member in the queue.
struct QueueEntry
{
    qint64 memberId = 0;
    QString memberName;
    QString memberStatus;        ///< active, muted, banned
    QList<FlagInfo> flags;       ///< highest severity first, then oldest raised first
    int maxSeverity = 0;         ///< highest severity among `flags`
    qint64 oldestRaisedAt = 0;   ///< raised_at of the member's oldest flag in `flags`
    qint64 oldestAgeSeconds = 0; ///< now - oldestRaisedAt (seconds the member has waited)
};

/// Which flags the queue shows. Empty / 0 fields do not filter.
struct QueueFilter
{
    QString rule;                            ///< only flags of this rule
    qint64 channelId = 0;                    ///< only flags in this channel
    QString status = QStringLiteral("open"); ///< open, dismissed, actioned, or "" for all
};

/// One message of a flag's context.
struct ContextMessage
{
    qint64 id = 0;
    qint64 memberId = 0; ///< surviving member, 0 for unknown senders
    QString memberName;
    qint64 sentAt = 0; ///< UTC seconds
    QString text;
    bool isFocus = false; ///< the flagged (or focused) message itself
};

/// One row of the audit log (moderation_action).
struct AuditEntry
{
    qint64 id = 0;
    qint64 actedAt = 0; ///< UTC seconds
    QString actor;
    QString action; ///< key: dismiss, warn, mute, ban, unban, note
    QString reason;
    qint64 memberId = 0;
    QString memberName; ///< the name as it was when the action was taken
    qint64 flagId = 0;  ///< 0 when the action was not taken on a single flag
    QString flagRule;   ///< "" when flagId is 0
};

/// What a moderator sees beside the queue for one member.
struct ModerationContext
{
    qint64 memberId = 0;
    QString memberName;
    QString memberStatus;      ///< active, muted, banned
    qint64 focusFlagId = 0;    ///< the flag the context was asked for (or chosen), 0 if none
    qint64 focusMessageId = 0; ///< the message in the middle of `messages`, 0 if none
    qint64 channelId = 0;      ///< channel of `messages`
    QString channelName;
    QList<ContextMessage> messages; ///< oldest first: up to `before`, the focus, up to `after`
    QDate asOf;                     ///< local day of the segment and level below
    bool hasSegment = false;
    Segment segment = Segment::Newcomer;
    QString segmentWhy;
    bool hasLevel = false;
    int level = 0;
    QString levelName;
    QString levelWhy;
    QList<FlagInfo> previousFlags;     ///< the member's other flags, newest raised first
    QList<AuditEntry> previousActions; ///< the member's audit entries, newest first
};

/// Filter of the audit log. Empty / 0 fields do not filter.
struct AuditFilter
{
    QString actor;       ///< exact actor name
    QString action;      ///< action key
    qint64 memberId = 0; ///< surviving member (entries on merged identities included)
    qint64 fromUtc = 0;  ///< acted_at >= fromUtc
    qint64 toUtc = 0;    ///< acted_at < toUtc
};

/// A decision on a selection. Exactly one of memberIds / flagIds is normally given (both are
/// accepted: the members of the flags are added to the members).
struct ActionRequest
{
    ModerationAction action = ModerationAction::Note;
    QList<qint64> memberIds;
    QList<qint64> flagIds;
    QString reason;     ///< required, non-blank
    QString actor;      ///< required, non-blank
    qint64 actedAt = 0; ///< UTC seconds; 0 = now
};

/// What apply() wrote.
struct ActionResult
{
    QList<qint64> actionIds; ///< new moderation_action rows, one per member
    int flagsChanged = 0;    ///< flags set to dismissed / actioned
    int membersChanged = 0;  ///< members whose status changed
};

/// One platform identity of a banned or muted member.
struct BanIdentity
{
    QString platform;
    QString externalId;
    QString username;
    QString displayName;
};

/// One member of the ban/mute list.
struct BanEntry
{
    qint64 memberId = 0;
    QString name;
    QString status;                ///< banned or muted
    QList<BanIdentity> identities; ///< of the member and the identities merged into it
    qint64 since = 0;              ///< acted_at of the last mute/ban action of the log, 0 when none
    QString actor;                 ///< of that action
    QString reason;                ///< of that action
};

class ModerationStore final
{
public:
    explicit ModerationStore(Database &db);

    /// The open (or filtered) flags of the workspace's default community grouped by member;
    /// groups sorted by maxSeverity descending, then oldestRaisedAt ascending (longest waiting
    /// first), then member id. `nowUtc` (0 = the current time) gives the ages.
    QList<QueueEntry> queue(const QueueFilter &filter = {}, qint64 nowUtc = 0) const;

    /// Context of one flag: its message with up to `before` earlier and `after` later
    /// non-service messages of the same channel, the member's segment and level on local day
    /// `asOf` (invalid = today in the community's timezone; same computation as the member
    /// profile: KpiCalculator::segmentInputs + Segmentation, LevelCalculator::levelsAt), the
    /// member's other flags and their audit entries. False with an error for an unknown flag.
    bool contextForFlag(qint64 flagId, ModerationContext *out, QString *error, int before = 5,
                        int after = 5, QDate asOf = {}) const;
    /// Context of a member: focused on the member's first queue flag (highest severity, oldest)
    /// that names a message, else on their last message; previousFlags then holds all their
    /// flags but the focus. False with an error for an unknown member.
    bool contextForMember(qint64 memberId, ModerationContext *out, QString *error, int before = 5,
                          int after = 5, QDate asOf = {}) const;

    /// Applies one decision to a selection in ONE transaction: all or nothing.
    ///   dismiss: the selected flags (or, for members, all their open flags) -> 'dismissed';
    ///   warn / mute / ban: every open flag of each member -> 'actioned';
    ///   mute / ban / unban: member.status -> muted / banned / active;
    ///   note: only the log.
    /// Flags changed get handled_at = actedAt. Every member of the selection gets one
    /// moderation_action row (member_name snapshot; flag_id and flag_rule when exactly one of
    /// the member's flags was selected). Errors (nothing written): blank reason or actor, empty
    /// selection, unknown member or flag, dismissing a flag that is not open or a member
    /// without open flags, unbanning a member who is neither muted nor banned.
    bool apply(const ActionRequest &request, ActionResult *result, QString *error);

    /// Audit entries matching the filter, newest first (then highest id first).
    QList<AuditEntry> auditLog(const AuditFilter &filter = {}) const;
    /// CSV of audit entries: UTF-8 with BOM, RFC 4180 quoting, CRLF. Columns: id, acted_at
    /// (UTC, ISO 8601 "YYYY-MM-DDTHH:MM:SSZ"), actor, action, member_id, member_name, flag_id
    /// (empty when none), flag_rule, reason.
    static QByteArray auditCsv(const QList<AuditEntry> &entries);
    /// Writes auditCsv(auditLog(filter)) to path; false with an error naming the file.
    bool exportAuditCsv(const QString &path, QString *error, const AuditFilter &filter = {}) const;

    /// Members currently banned or muted (member.status), banned first then by name.
    QList<BanEntry> banList() const;
    /// CSV of the list, one line per identity (a member without identities gets one line with
    /// empty platform fields): UTF-8 with BOM, RFC 4180. Columns: member_id, name, status,
    /// platform, external_id, username, since (UTC ISO 8601, empty when unknown), actor, reason.
    static QByteArray banListCsv(const QList<BanEntry> &entries);
    /// JSON: {"generated_at": ISO, "members": [{member_id, name, status, since, actor, reason,
    /// identities: [{platform, external_id, username, display_name}]}]}; indented UTF-8.
    static QByteArray banListJson(const QList<BanEntry> &entries, qint64 generatedAtUtc);

    /// Action key ("dismiss", ...) and parse; fromKey is false for an unknown key.
    static QString key(ModerationAction action);
    static bool fromKey(const QString &key, ModerationAction *out);
    /// Translated label of an action (context "ModerationStore").
    static QString label(ModerationAction action);
    static QList<ModerationAction> allActions();
    /// The operating-system user name (USER, else USERNAME, else the account of the effective
    /// user id on Unix, else "unknown"): the default actor.
    static QString osUserName();

private:
    bool loadContext(qint64 memberId, qint64 focusFlagId, qint64 focusMessageId,
                     ModerationContext *out, QString *error, int before, int after,
                     QDate asOf) const;

    Database &m_db;
};

} // namespace kindred
