#pragma once
// Everything the member detail panel shows about one person, read in one call on the thread
// that owns the Database connection (the GUI runs it in a worker, ui/AsyncQuery.h).
//
// A person is a surviving member (MemberMerger): asking for a merged member id shows the member
// it was merged into, with the identities, messages and replies of every member row merged
// into it (AnalyticsSource::resolve). Bots, the exporting account ("You") and members never
// seen are not members and give an error.
//
//   profile    name, status, joined / first seen / last seen / left (UTC seconds; merged rows
//              give the earliest first sighting and the latest last sighting, AnalyticsSource);
//   identities one per platform account (platform, external id, username, display name);
//   segment    Segmentation::classify / explain on the period's last day with the workspace's
//              SegmentRules (KpiCalculator::segmentInputs), the same as the Members page;
//   level      the held level on the period's last day with its why (LevelCalculator::levelsAt,
//              Levels.h), with the workspace's LevelRules;
//   timeline   non-service messages per week over the whole history, weeks Monday..Sunday in
//              local days of the community's timezone, from the week of the first sighting to
//              the week of the last, empty weeks included;
//   tags/notes the surviving member row's member.tags and member.notes (format: parseTags);
//   recent     the last kRecentMessages non-service messages, newest first;
//   partners   the members this person replied to and who replied to them (a reply = a
//              non-service message whose reply-to names a message of the other member in the
//              same channel; replies to oneself and to or from bots are left out), both
//              directions counted, the kTopPartners with most replies in total.
// Message counts, timeline, recent messages and partners follow the source's channel filter.

#include "AnalyticsSource.h"
#include "Levels.h"
#include "Segmentation.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace kindred {

class Database;

/// One platform account of a person.
struct MemberIdentity
{
    qint64 memberId = 0; ///< the member row holding it (a merged row when merged != false)
    QString platform;    ///< telegram, discord, slack, whatsapp, wechat, csv
    QString externalId;
    QString username;
    QString displayName;
    bool merged = false; ///< comes from a member merged into the person
};

/// Non-service messages of one local week.
struct MemberWeek
{
    QDate weekStart; ///< Monday of the week (community timezone)
    int messages = 0;
};

/// One of the person's latest messages.
struct MemberMessage
{
    qint64 id = 0; ///< message.id
    QString channel;
    QString platform;
    qint64 sentAt = 0; ///< UTC seconds
    QString text;
    QString attachmentKind; ///< photo, file, ...; empty when none
    bool isReply = false;
    QString repliedToName; ///< author of the message replied to, when it is in the workspace
};

/// A member the person exchanged replies with.
struct ReplyPartner
{
    qint64 memberId = 0; ///< the partner's surviving member id
    QString name;
    int repliesTo = 0;   ///< replies the person sent to the partner's messages
    int repliesFrom = 0; ///< replies the partner sent to the person's messages

    int total() const { return repliesTo + repliesFrom; }
};

/// Result of MemberProfile::load (see the file comment for every figure's definition).
struct MemberProfile
{
    static constexpr int kRecentMessages = 20;
    static constexpr int kTopPartners = 10;
    static constexpr int kMaxTagLength = 40;      ///< characters per tag
    static constexpr int kMaxNotesLength = 20000; ///< characters of notes

    qint64 id = 0; ///< surviving member id
    QString name;
    QString status;      ///< active, muted, banned
    qint64 joinedAt = 0; ///< join/invite event, 0 when the exports have none (UTC seconds)
    qint64 firstSeen = 0;
    qint64 lastSeen = 0;
    qint64 leftAt = 0;       ///< 0 while still in
    QStringList platforms;   ///< distinct platforms of the identities, sorted
    QList<qint64> mergedIds; ///< member rows merged into this one
    QList<MemberIdentity> identities;

    Period period;
    bool hasSegment = false; ///< false when first seen after the period's end
    Segment segment = Segment::Silent;
    QString segmentWhy; ///< Segmentation::explain, or why there is no segment

    bool hasLevel = false; ///< false when first seen after the period's end
    int level = 0;         ///< held level 1..4 (Level), 0 without a level
    QString levelName;     ///< translated (LevelCalculator::name)
    QString levelWhy;      ///< MemberLevel::why, or why there is no level
    QDate levelSince;      ///< MemberLevel::since

    qint64 messagesTotal = 0; ///< non-service messages over the whole history
    qint64 repliesTotal = 0;  ///< of which replies
    QList<MemberWeek> weeks;

    QStringList tags; ///< parsed member.tags
    QString notes;

    QList<MemberMessage> recent;
    QList<ReplyPartner> partners;

    /// Reads the profile of `memberId` (or of the member it was merged into) for `period`
    /// with the segment rules `segmentRules` and level rules `levelRules` (pass
    /// SegmentRules::load(db) and LevelRules::load(db) for the workspace's own). `source` must
    /// be loaded. False with a translated error (context "MemberProfile") for an unknown id, a
    /// bot, the exporting account, a member never seen, or a database error.
    static bool load(const AnalyticsSource &source, const SegmentRules &segmentRules,
                     const LevelRules &levelRules, qint64 memberId, const Period &period,
                     MemberProfile *out, QString *error);

    /// Stores tags (normalised by normaliseTags) and notes (CR LF made LF, trailing white
    /// space removed) on the surviving member of `memberId`, in one transaction. False with a
    /// translated error, changing nothing, when the member does not exist, a tag or the notes
    /// are too long, or the database refuses the write.
    static bool saveTagsAndNotes(Database &db, qint64 memberId, const QString &tags,
                                 const QString &notes, QString *error);

    /// Tag format of member.tags: tags separated by commas (",", "，", "、", ";", "；" or line
    /// breaks are accepted on input); each tag has its white space simplified; empty tags and
    /// repeats (ignoring case) are dropped, the first spelling and the order are kept.
    static QStringList parseTags(const QString &text);
    /// The stored form of a tag list: the tags joined with ", ".
    static QString formatTags(const QStringList &tags);
    /// parseTags + formatTags; false with a translated error when a tag is longer than
    /// kMaxTagLength characters.
    static bool normaliseTags(const QString &text, QString *normalised, QString *error);
    /// The stored form of notes (CR LF and CR made LF, trailing white space removed).
    static QString normaliseNotes(const QString &notes);
};

} // namespace kindred
