#pragma once
// The automatic flag rules of PRODUCT.md §4 (issue 7): their configuration, stored per
// workspace in the `setting` table (keys "moderation/<rule>_<field>", see FlagRules.cpp), and
// the text matchers the rules share (links, invite links, blocked words, @mentions, the
// normalised text of the repeated-text rule). FlagEngine applies them to messages.
//
// The rules (key, what raises a flag, default severity 1 = low .. 3 = high):
// * flood (2): more than floodMessages messages by one member within floodSeconds seconds
//   (first to last message of the window: last.sent_at - first.sent_at <= floodSeconds);
//   one flag per burst.
// * link_spam (2; an invite link raises it by one, at most 3): a message with a link (http(s)://,
// www., or a bare invite link: t.me/+,
//   t.me/joinchat, discord.gg, discord.com/invite, chat.whatsapp.com) outside the allowed
//   domains, posted by a newcomer: within newcomerDays days of joining (joined_at, else
//   first_seen) or among the member's first newcomerMessages chat messages.
// * blocked_word (2): a word of the English list as a whole word, case-insensitive, i.e. not
//   next to a Latin letter, a digit or "_" ("casino" does not match "casinos" but matches
//   "来casino玩"); or a word of the Chinese list as a substring (CJK has no spaces: "刷单"
//   matches "免费刷单群").
// * repeated_text (2): the same normalised text (case-folded, whitespace collapsed) of at
//   least repeatMinLength characters posted by one member in repeatChannels or more channels
//   within repeatHours hours; one flag per such cluster.
// * mass_mention (2): a message mentioning mentionMin or more distinct @names (or Discord
//   <@id> mentions).
// * member_report (2): each member report imported (member_report rows) raises one flag.
// Bots and the exporting account are never flagged (FlagEngine).

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <array>

namespace kindred {

class Database;

enum class FlagRule
{
    Flood = 0,
    LinkSpam,
    BlockedWord,
    RepeatedText,
    MassMention,
    MemberReport
};
constexpr int kFlagRuleCount = 6;

struct FlagRules
{
    std::array<bool, kFlagRuleCount> enabled{true, true, true, true, true, true};
    std::array<int, kFlagRuleCount> severity{2, 2, 2, 2, 2, 2}; ///< 1 (low) .. 3 (high)

    int floodMessages = 8;    ///< N: more than N messages ...
    int floodSeconds = 30;    ///< M: ... within M seconds
    int newcomerDays = 3;     ///< D: days after joining during which a member is a newcomer
    int newcomerMessages = 5; ///< K: a member's first K chat messages are a newcomer's
    /// Links to these domains (and their subdomains) never count: code hosting, Q&A and the
    /// documentation sites a technical community shares every day.
    QStringList allowedDomains{QStringLiteral("github.com"),    QStringLiteral("gitlab.com"),
                               QStringLiteral("gitee.com"),     QStringLiteral("stackoverflow.com"),
                               QStringLiteral("wikipedia.org"), QStringLiteral("readthedocs.io"),
                               QStringLiteral("mozilla.org"),   QStringLiteral("python.org"),
                               QStringLiteral("go.dev"),        QStringLiteral("golang.org"),
                               QStringLiteral("rust-lang.org"), QStringLiteral("docs.rs"),
                               QStringLiteral("crates.io"),     QStringLiteral("course.rs"),
                               QStringLiteral("tokio.rs"),      QStringLiteral("postgresql.org"),
                               QStringLiteral("sqlite.org"),    QStringLiteral("mysql.com"),
                               QStringLiteral("redis.io"),      QStringLiteral("docker.com"),
                               QStringLiteral("kubernetes.io"), QStringLiteral("git-scm.com"),
                               QStringLiteral("mit.edu"),       QStringLiteral("arxiv.org"),
                               QStringLiteral("leetcode.com"),  QStringLiteral("leetcode.cn")};
    QStringList blockedWordsEn{QStringLiteral("casino"),      QStringLiteral("viagra"),
                               QStringLiteral("porn"),        QStringLiteral("escort"),
                               QStringLiteral("free crypto"), QStringLiteral("airdrop")};
    QStringList blockedWordsZh{QStringLiteral("代开发票"), QStringLiteral("刷单"),
                               QStringLiteral("博彩"),     QStringLiteral("网赌"),
                               QStringLiteral("色情"),     QStringLiteral("裸聊"),
                               QStringLiteral("套现")};
    int repeatMinLength = 20; ///< L: characters of normalised text
    int repeatChannels = 2;   ///< C: distinct channels
    int repeatHours = 24;     ///< H: window in hours
    int mentionMin = 5;       ///< X: distinct mentions in one message

    static constexpr int kMaxThreshold = 100000;

    bool operator==(const FlagRules &) const = default;

    bool isEnabled(FlagRule r) const { return enabled.at(size_t(r)); }
    void setEnabled(FlagRule r, bool on) { enabled.at(size_t(r)) = on; }
    int severityOf(FlagRule r) const { return severity.at(size_t(r)); }

    /// The workspace's rules: the default of each unset or unreadable key, and all defaults
    /// when the stored set breaks validate().
    static FlagRules load(const Database &db);
    /// Validates and stores the rules in one transaction; false with a translated error
    /// (context "FlagRules").
    bool save(Database &db, QString *error) const;
    /// Thresholds in 1..kMaxThreshold, severities 1..3, repeatChannels >= 2, list entries
    /// non-empty; false with a translated error (context "FlagRules").
    bool validate(QString *error) const;

    static QList<FlagRule> all();
    /// Stable key stored in flag.rule: flood, link_spam, blocked_word, repeated_text,
    /// mass_mention, member_report.
    static QString key(FlagRule r);
    static bool fromKey(const QString &key, FlagRule *out);
    /// Translated name ("Flooding", ...), context "FlagRules".
    static QString label(FlagRule r);
    /// Translated one-line description with the current thresholds.
    QString describe(FlagRule r) const;
};

/// The text matchers of the content rules, compiled once from a FlagRules.
class FlagMatcher final
{
public:
    explicit FlagMatcher(const FlagRules &rules);

    /// Blocked words found in `text` (as listed in the rules, each once, in list order).
    QStringList blockedWords(const QString &text) const;
    /// Links in `text` whose host is not an allowed domain (or a subdomain of one); *invites
    /// (optional) = how many of them are chat invite links.
    QStringList links(const QString &text, int *invites = nullptr) const;
    /// Distinct mentions: "@name" not preceded by a letter/digit (so not e-mail addresses),
    /// and Discord "<@123>" / "<@!123>". Case-insensitive.
    static int mentionCount(const QString &text);
    /// Case-folded text with runs of whitespace collapsed to one space, trimmed.
    static QString normalise(const QString &text);
    /// True for an invite link to a chat (t.me/+x, t.me/joinchat/x, discord.gg/x, ...).
    static bool isInviteLink(const QString &link);
    /// Host of a link, lower case, without "www." ("" when none).
    static QString hostOf(const QString &link);

private:
    QStringList m_wordsEn;
    QStringList m_wordsZh;
    QRegularExpression m_enPattern; ///< alternation of the English words, whole-word
    QStringList m_foldedEnFirst;    ///< case-folded first word of each English entry
    QStringList m_foldedZh;         ///< case-folded Chinese entries
    QStringList m_allowed;
};

} // namespace kindred
