#include "FlagRules.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>

namespace kindred {
namespace {

struct IntKey
{
    const char *key;
    int FlagRules::*field;
};

constexpr IntKey kIntKeys[] = {
    {"moderation/flood_messages", &FlagRules::floodMessages},
    {"moderation/flood_seconds", &FlagRules::floodSeconds},
    {"moderation/link_spam_newcomer_days", &FlagRules::newcomerDays},
    {"moderation/link_spam_newcomer_messages", &FlagRules::newcomerMessages},
    {"moderation/repeated_text_min_length", &FlagRules::repeatMinLength},
    {"moderation/repeated_text_channels", &FlagRules::repeatChannels},
    {"moderation/repeated_text_hours", &FlagRules::repeatHours},
    {"moderation/mass_mention_min", &FlagRules::mentionMin},
};

struct ListKey
{
    const char *key;
    QStringList FlagRules::*field;
};

constexpr ListKey kListKeys[] = {
    {"moderation/link_spam_allowed_domains", &FlagRules::allowedDomains},
    {"moderation/blocked_word_en", &FlagRules::blockedWordsEn},
    {"moderation/blocked_word_zh", &FlagRules::blockedWordsZh},
};

QString settingKey(FlagRule r, const char *field)
{
    return QStringLiteral("moderation/") + FlagRules::key(r) + QLatin1Char('_') +
           QLatin1String(field);
}

QStringList cleanList(const QStringList &in)
{
    QStringList out;
    for (const QString &s : in) {
        const QString t = s.simplified();
        if (!t.isEmpty() && !out.contains(t, Qt::CaseInsensitive))
            out.append(t);
    }
    return out;
}

} // namespace

QList<FlagRule> FlagRules::all()
{
    return {FlagRule::Flood,        FlagRule::LinkSpam,    FlagRule::BlockedWord,
            FlagRule::RepeatedText, FlagRule::MassMention, FlagRule::MemberReport};
}

QString FlagRules::key(FlagRule r)
{
    switch (r) {
    case FlagRule::Flood:
        return QStringLiteral("flood");
    case FlagRule::LinkSpam:
        return QStringLiteral("link_spam");
    case FlagRule::BlockedWord:
        return QStringLiteral("blocked_word");
    case FlagRule::RepeatedText:
        return QStringLiteral("repeated_text");
    case FlagRule::MassMention:
        return QStringLiteral("mass_mention");
    case FlagRule::MemberReport:
        return QStringLiteral("member_report");
    }
    return {};
}

bool FlagRules::fromKey(const QString &key, FlagRule *out)
{
    for (FlagRule r : all()) {
        if (FlagRules::key(r) == key) {
            *out = r;
            return true;
        }
    }
    return false;
}

QString FlagRules::label(FlagRule r)
{
    switch (r) {
    case FlagRule::Flood:
        return QCoreApplication::translate("FlagRules", "Flooding");
    case FlagRule::LinkSpam:
        return QCoreApplication::translate("FlagRules", "Link spam from newcomers");
    case FlagRule::BlockedWord:
        return QCoreApplication::translate("FlagRules", "Blocked words");
    case FlagRule::RepeatedText:
        return QCoreApplication::translate("FlagRules", "Repeated text across channels");
    case FlagRule::MassMention:
        return QCoreApplication::translate("FlagRules", "Mass mentions");
    case FlagRule::MemberReport:
        return QCoreApplication::translate("FlagRules", "Member reports");
    }
    return {};
}

QString FlagRules::describe(FlagRule r) const
{
    switch (r) {
    case FlagRule::Flood:
        return QCoreApplication::translate("FlagRules",
                                           "more than %1 messages by one member within %2 s")
            .arg(floodMessages)
            .arg(floodSeconds);
    case FlagRule::LinkSpam:
        return QCoreApplication::translate(
                   "FlagRules", "a link outside the allowed domains posted within the first %1 "
                                "days or the first %2 messages of a member")
            .arg(newcomerDays)
            .arg(newcomerMessages);
    case FlagRule::BlockedWord:
        return QCoreApplication::translate("FlagRules",
                                           "%1 English words (whole word), %2 Chinese words "
                                           "(anywhere in the text)")
            .arg(blockedWordsEn.size())
            .arg(blockedWordsZh.size());
    case FlagRule::RepeatedText:
        return QCoreApplication::translate("FlagRules", "the same text of at least %1 characters "
                                                        "in %2 or more channels within %3 h")
            .arg(repeatMinLength)
            .arg(repeatChannels)
            .arg(repeatHours);
    case FlagRule::MassMention:
        return QCoreApplication::translate("FlagRules",
                                           "%1 or more distinct @mentions in one message")
            .arg(mentionMin);
    case FlagRule::MemberReport:
        return QCoreApplication::translate("FlagRules", "each imported member report");
    }
    return {};
}

FlagRules FlagRules::load(const Database &db)
{
    FlagRules rules;
    for (FlagRule r : all()) {
        const QString on = db.setting(settingKey(r, "enabled"));
        if (on == QLatin1String("0") || on == QLatin1String("1"))
            rules.enabled.at(size_t(r)) = on == QLatin1String("1");
        bool ok = false;
        const int sev = db.setting(settingKey(r, "severity")).toInt(&ok);
        if (ok)
            rules.severity.at(size_t(r)) = sev;
    }
    for (const IntKey &k : kIntKeys) {
        bool ok = false;
        const int value = db.setting(QString::fromLatin1(k.key)).toInt(&ok);
        if (ok)
            rules.*k.field = value;
    }
    for (const ListKey &k : kListKeys) {
        const QString stored = db.setting(QString::fromLatin1(k.key), QStringLiteral("\x01"));
        if (stored != QStringLiteral("\x01"))
            rules.*k.field = cleanList(stored.split(QLatin1Char('\n')));
    }
    QString ignored;
    return rules.validate(&ignored) ? rules : FlagRules{};
}

bool FlagRules::validate(QString *error) const
{
    for (FlagRule r : all()) {
        const int s = severityOf(r);
        if (s < 1 || s > 3) {
            *error = QCoreApplication::translate("FlagRules",
                                                 "the severity of rule %1 must be 1, 2 or 3")
                         .arg(key(r));
            return false;
        }
    }
    for (const IntKey &k : kIntKeys) {
        if (this->*k.field < 1 || this->*k.field > kMaxThreshold) {
            *error = QCoreApplication::translate("FlagRules",
                                                 "every flag threshold must be between 1 and %1")
                         .arg(kMaxThreshold);
            return false;
        }
    }
    if (repeatChannels < 2) {
        *error = QCoreApplication::translate(
            "FlagRules", "repeated text needs at least 2 channels (one channel is not repetition "
                         "across channels)");
        return false;
    }
    for (const ListKey &k : kListKeys) {
        for (const QString &s : this->*k.field) {
            if (s.trimmed().isEmpty() || s.contains(QLatin1Char('\n'))) {
                *error = QCoreApplication::translate(
                    "FlagRules", "word and domain lists cannot hold empty or multi-line entries");
                return false;
            }
        }
    }
    return true;
}

bool FlagRules::save(Database &db, QString *error) const
{
    if (!validate(error))
        return false;
    QSqlDatabase sql = db.sql();
    bool ok = sql.transaction();
    for (FlagRule r : all()) {
        ok = ok && db.setSetting(settingKey(r, "enabled"),
                                 isEnabled(r) ? QStringLiteral("1") : QStringLiteral("0"));
        ok = ok && db.setSetting(settingKey(r, "severity"), QString::number(severityOf(r)));
    }
    for (const IntKey &k : kIntKeys)
        ok = ok && db.setSetting(QString::fromLatin1(k.key), QString::number(this->*k.field));
    for (const ListKey &k : kListKeys) {
        QString joined = cleanList(this->*k.field).join(QLatin1Char('\n'));
        if (joined.isNull())
            joined = QLatin1String(""); // an empty list is stored as "", never as NULL
        ok = ok && db.setSetting(QString::fromLatin1(k.key), joined);
    }
    ok = ok && sql.commit();
    if (!ok) {
        *error = QCoreApplication::translate("FlagRules", "cannot save the flag rules: %1")
                     .arg(sql.lastError().text());
        sql.rollback();
    }
    return ok;
}

// ---- FlagMatcher -------------------------------------------------------------------------

FlagMatcher::FlagMatcher(const FlagRules &rules)
    : m_wordsEn(cleanList(rules.blockedWordsEn)), m_wordsZh(cleanList(rules.blockedWordsZh))
{
    QStringList alternatives;
    for (const QString &w : m_wordsEn) {
        QString escaped = QRegularExpression::escape(w);
        escaped.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        alternatives.append(escaped);
    }
    if (!alternatives.isEmpty())
        m_enPattern = QRegularExpression(QStringLiteral("(?<![\\p{Latin}\\p{N}_])(") +
                                             alternatives.join(QLatin1Char('|')) +
                                             QStringLiteral(")(?![\\p{Latin}\\p{N}_])"),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &w : m_wordsEn) {
        const qsizetype space = w.indexOf(QLatin1Char(' '));
        m_foldedEnFirst.append((space > 0 ? w.left(space) : w).toCaseFolded());
    }
    for (const QString &w : m_wordsZh)
        m_foldedZh.append(w.toCaseFolded());
    for (const QString &d : rules.allowedDomains) {
        QString host = d.trimmed().toLower();
        if (host.startsWith(QLatin1String("www.")))
            host = host.mid(4);
        if (!host.isEmpty())
            m_allowed.append(host);
    }
}

QStringList FlagMatcher::blockedWords(const QString &text) const
{
    QStringList found;
    // Case-folded substring tests first (cheap); the whole-word regular expression runs only
    // on the rare texts that contain the first word of an English entry somewhere.
    const QString folded = text.toCaseFolded();
    bool maybe = false;
    for (const QString &first : m_foldedEnFirst) {
        if (folded.contains(first)) {
            maybe = true;
            break;
        }
    }
    if (maybe && !m_enPattern.pattern().isEmpty()) {
        QSet<QString> hits;
        auto it = m_enPattern.globalMatch(text);
        while (it.hasNext())
            hits.insert(it.next().captured(1).simplified().toCaseFolded());
        for (const QString &w : m_wordsEn) {
            if (hits.contains(w.simplified().toCaseFolded()))
                found.append(w);
        }
    }
    for (qsizetype i = 0; i < m_wordsZh.size(); ++i) {
        if (folded.contains(m_foldedZh.at(i)))
            found.append(m_wordsZh.at(i));
    }
    return found;
}

QString FlagMatcher::hostOf(const QString &link)
{
    QString s = link;
    if (!s.contains(QLatin1String("://")))
        s.prepend(QStringLiteral("http://"));
    QString host = QUrl(s, QUrl::TolerantMode).host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return host;
}

bool FlagMatcher::isInviteLink(const QString &link)
{
    static const QRegularExpression invite(
        QStringLiteral("^(?:https?://)?(?:www\\.)?(?:(?:t|telegram)\\.me/(?:\\+|joinchat/)|"
                       "discord\\.gg/|discord(?:app)?\\.com/invite/|chat\\.whatsapp\\.com/)"),
        QRegularExpression::CaseInsensitiveOption);
    return invite.match(link).hasMatch();
}

QStringList FlagMatcher::links(const QString &text, int *invites) const
{
    static const QRegularExpression linkPattern(
        QStringLiteral("(?:https?://|www\\.|(?<![\\w.])(?:t\\.me|telegram\\.me|discord\\.gg|"
                       "chat\\.whatsapp\\.com)/)[^\\s<>\"'`，。、）)】\\]]+"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    int inviteCount = 0;
    auto it = linkPattern.globalMatch(text);
    while (it.hasNext()) {
        const QString link = it.next().captured(0);
        const QString host = hostOf(link);
        if (host.isEmpty())
            continue;
        bool allowed = false;
        for (const QString &d : m_allowed) {
            if (host == d || host.endsWith(QLatin1Char('.') + d)) {
                allowed = true;
                break;
            }
        }
        if (allowed)
            continue;
        out.append(link);
        if (isInviteLink(link))
            ++inviteCount;
    }
    if (invites)
        *invites = inviteCount;
    return out;
}

int FlagMatcher::mentionCount(const QString &text)
{
    static const QRegularExpression mention(
        QStringLiteral("(?<![\\p{L}\\p{N}_.@])@([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])"
                       "?)|<@!?(\\d+)>"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (!text.contains(QLatin1Char('@')))
        return 0;
    QSet<QString> names;
    auto it = mention.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1).isEmpty() ? QStringLiteral("<@") + m.captured(2)
                                                     : m.captured(1).toCaseFolded();
        names.insert(name);
    }
    return int(names.size());
}

QString FlagMatcher::normalise(const QString &text)
{
    return text.toCaseFolded().simplified();
}

} // namespace kindred
