#pragma once
// What a generic CSV file holds (its target) and the fields its columns can be assigned to.
// Keys are the stable names used in mapping JSON files ("memberships", "amount"); labels are
// the translated names shown in the mapping dialog (context "CsvImport").

#include <QList>
#include <QString>

namespace kindred {

/// The kind of rows a generic CSV file holds.
enum class CsvTarget
{
    Members,     ///< people: a member with an identity on the source platform per row
    Messages,    ///< chat messages or posts (author, time, text, channel)
    Memberships, ///< paid memberships / payments (plan, amount, currency, start, expiry, status)
    Feedback,    ///< survey answers or ratings (score, text)
    Activities   ///< organised events, one row per event or per attendee
};

/// A field a column can be assigned to. Member fields identify the person of a row.
enum class CsvField
{
    Ignore,
    // the member of the row
    MemberId,    ///< the member's id on the mapping's member platform (e.g. Telegram "user123")
    Username,    ///< login / handle
    DisplayName, ///< nickname or full name
    Email,
    Phone,
    // members
    JoinedAt,
    Tags,
    Notes,
    // the row's own id (messages, memberships, feedback); else a hash of its values
    RecordId,
    // messages
    Channel,
    SentAt,
    Text, ///< message text, or feedback text
    ReplyTo,
    // memberships
    Plan,
    Amount,
    Currency,
    StartedAt,
    ExpiresAt,
    Status,
    // feedback
    SubmittedAt,
    Score,
    // activities
    Activity,
    Kind,
    StartsAt,
    EndsAt,
    Attendance
};

class CsvFields final
{
public:
    static QList<CsvTarget> targets();
    /// "members", "messages", "memberships", "feedback", "activities".
    static QString targetKey(CsvTarget target);
    /// False when `key` names no target.
    static bool targetFromKey(const QString &key, CsvTarget *target);
    static QString targetLabel(CsvTarget target);

    /// JSON key of a field ("amount"; "ignore" for Ignore).
    static QString key(CsvField field);
    static bool fromKey(const QString &key, CsvField *field);
    static QString label(CsvField field);

    /// The fields a column may be assigned to for `target` (Ignore not included).
    static QList<CsvField> fieldsFor(CsvTarget target);
    static bool isMemberField(CsvField field);
    static QList<CsvField> memberFields();
    /// What must be mapped: every group needs at least one of its fields assigned.
    static QList<QList<CsvField>> requiredFor(CsvTarget target);
    /// "Start" or "Score or Text" (labels joined), for messages about a missing group.
    static QString describe(const QList<CsvField> &group);
};

} // namespace kindred
