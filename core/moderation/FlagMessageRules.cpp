#include "FlagMessageRules.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <map>

namespace kindred {

void FlagMessageRules::evaluate(const std::vector<FlagMessage> &msgs, qint64 joinedAt,
                                QList<FlagHit> *hits) const
{
    if (m_rules.isEnabled(FlagRule::Flood))
        flood(msgs, hits);
    if (m_rules.isEnabled(FlagRule::RepeatedText))
        repeated(msgs, hits);
    const qint64 anchor =
        joinedAt > 0 ? std::min(joinedAt, msgs.front().sentAt) : msgs.front().sentAt;
    for (size_t i = 0; i < msgs.size(); ++i) {
        const FlagMessage &m = msgs[i];
        if (!m.target || m.text.isEmpty())
            continue;
        if (m_rules.isEnabled(FlagRule::LinkSpam))
            linkSpam(m, int(i), anchor, hits);
        if (m_rules.isEnabled(FlagRule::BlockedWord)) {
            const QStringList words = m_matcher.blockedWords(m.text);
            if (!words.isEmpty())
                hits->append({FlagRule::BlockedWord, &m, double(words.size()),
                              QCoreApplication::translate("FlagEngine", "blocked words: %1")
                                  .arg(words.join(QStringLiteral(", ")))});
        }
        if (m_rules.isEnabled(FlagRule::MassMention)) {
            const int n = FlagMatcher::mentionCount(m.text);
            if (n >= m_rules.mentionMin)
                hits->append({FlagRule::MassMention, &m, double(n),
                              QCoreApplication::translate(
                                  "FlagEngine", "%1 distinct @mentions in one message (rule: "
                                                "%2 or more)")
                                  .arg(n)
                                  .arg(m_rules.mentionMin)});
        }
    }
}

void FlagMessageRules::flood(const std::vector<FlagMessage> &msgs, QList<FlagHit> *hits) const
{
    const int n = m_rules.floodMessages;
    const qint64 span = m_rules.floodSeconds;
    size_t a = 0;
    bool inBurst = false;
    size_t first = 0, trigger = 0, last = 0;
    int maxCount = 0;
    auto emitFlag = [&] {
        // Only bursts with something new; a burst flagged before (its first message may
        // have moved as later imports added messages) is not flagged again.
        bool target = false;
        for (size_t k = first; k <= last; ++k) {
            if (msgs[k].earlier & kEarlierFlood)
                return;
            target = target || msgs[k].target;
        }
        if (!target)
            return;
        const FlagMessage &t = msgs[trigger];
        hits->append({FlagRule::Flood, &t, double(maxCount) / n,
                      QCoreApplication::translate(
                          "FlagEngine", "%1 messages in %2 s (rule: more than %3 in %4 s)")
                          .arg(last - first + 1)
                          .arg(msgs[last].sentAt - msgs[first].sentAt)
                          .arg(n)
                          .arg(span)});
    };
    for (size_t b = 0; b < msgs.size(); ++b) {
        while (msgs[b].sentAt - msgs[a].sentAt > span)
            ++a;
        const int count = int(b - a + 1);
        if (count > n) {
            if (!inBurst) {
                inBurst = true;
                first = a;
                trigger = b;
                maxCount = 0;
            }
            last = b;
            maxCount = std::max(maxCount, count);
        } else if (inBurst) {
            emitFlag();
            inBurst = false;
        }
    }
    if (inBurst)
        emitFlag();
}

void FlagMessageRules::repeated(const std::vector<FlagMessage> &msgs, QList<FlagHit> *hits) const
{
    QHash<QString, std::vector<size_t>> byText;
    for (size_t i = 0; i < msgs.size(); ++i) {
        if (msgs[i].text.size() < m_rules.repeatMinLength)
            continue;
        const QString norm = FlagMatcher::normalise(msgs[i].text);
        if (norm.size() >= m_rules.repeatMinLength)
            byText[norm].push_back(i);
    }
    const qint64 window = qint64(m_rules.repeatHours) * 3600;
    for (auto it = byText.cbegin(); it != byText.cend(); ++it) {
        const std::vector<size_t> &idx = it.value();
        if (idx.size() < size_t(m_rules.repeatChannels))
            continue;
        std::map<qint64, int> channels;
        size_t a = 0;
        bool inCluster = false, target = false;
        size_t trigger = 0, clusterFirst = 0, clusterLast = 0;
        int atTrigger = 0;
        qint64 spanAtTrigger = 0;
        auto emitFlag = [&] {
            if (!target)
                return;
            for (size_t k = clusterFirst; k <= clusterLast; ++k) {
                if (msgs[idx[k]].earlier & kEarlierRepeat)
                    return; // this cluster was flagged before
            }
            const FlagMessage &t = msgs[idx[trigger]];
            QString excerpt = it.key().left(40);
            if (it.key().size() > 40)
                excerpt += QChar(0x2026);
            hits->append({FlagRule::RepeatedText, &t, double(atTrigger),
                          QCoreApplication::translate(
                              "FlagEngine", "the same text (%1 characters) in %2 channels "
                                            "within %3 h (rule: %4 or more channels within "
                                            "%5 h): \"%6\"")
                              .arg(it.key().size())
                              .arg(atTrigger)
                              .arg(QString::number(double(spanAtTrigger) / 3600.0, 'f', 1))
                              .arg(m_rules.repeatChannels)
                              .arg(m_rules.repeatHours)
                              .arg(excerpt)});
        };
        for (size_t b = 0; b < idx.size(); ++b) {
            ++channels[msgs[idx[b]].channelId];
            while (msgs[idx[b]].sentAt - msgs[idx[a]].sentAt > window) {
                auto c = channels.find(msgs[idx[a]].channelId);
                if (--c->second == 0)
                    channels.erase(c);
                ++a;
            }
            const int distinct = int(channels.size());
            if (distinct >= m_rules.repeatChannels) {
                if (!inCluster) {
                    inCluster = true;
                    trigger = b;
                    clusterFirst = a;
                    atTrigger = distinct;
                    spanAtTrigger = msgs[idx[b]].sentAt - msgs[idx[a]].sentAt;
                    target = false;
                    for (size_t k = a; k <= b; ++k)
                        target = target || msgs[idx[k]].target;
                }
                target = target || msgs[idx[b]].target;
                clusterLast = b;
            } else if (inCluster) {
                emitFlag();
                inCluster = false;
            }
        }
        if (inCluster)
            emitFlag();
    }
}

void FlagMessageRules::linkSpam(const FlagMessage &m, int rank, qint64 anchor,
                                QList<FlagHit> *hits) const
{
    const qint64 age = m.sentAt - anchor;
    const bool byDays = age < qint64(m_rules.newcomerDays) * 86400;
    const bool byRank = rank < m_rules.newcomerMessages;
    if (!byDays && !byRank)
        return;
    int invites = 0;
    const QStringList links = m_matcher.links(m.text, &invites);
    if (links.isEmpty())
        return;
    QString first = links.first(); // the first invite link, else the first link
    for (const QString &l : links) {
        if (FlagMatcher::isInviteLink(l)) {
            first = l;
            break;
        }
    }
    if (first.size() > 60)
        first = first.left(60) + QChar(0x2026);
    const QString what =
        invites > 0
            ? QCoreApplication::translate("FlagEngine", "%n invite link(s)", nullptr, invites)
            : QCoreApplication::translate("FlagEngine", "%n link(s)", nullptr, int(links.size()));
    hits->append({FlagRule::LinkSpam, &m, double(links.size() + 2 * invites),
                  QCoreApplication::translate(
                      "FlagEngine", "%1 (%2) in the member's message %3, %4 days after "
                                    "joining (rule: within %5 days or the first %6 messages)")
                      .arg(what, first)
                      .arg(rank + 1)
                      .arg(QString::number(double(std::max<qint64>(age, 0)) / 86400.0, 'f', 1))
                      .arg(m_rules.newcomerDays)
                      .arg(m_rules.newcomerMessages),
                  invites > 0 ? 1 : 0});
}

} // namespace kindred
