#pragma once
// Turns WeChatRows into channels, messages and events for an ImportSink: starts a channel when
// the chat changes, gives every message an id (the export's or a derived one), links quote-
// replies to the quoted message, and gives the membership events of system lines at the end of
// each channel, when the names they use can be resolved to the members' wxids.
// The rules are documented in WeChatImporter.h.

#include "WeChatRow.h"
#include "WeChatWarnings.h"

#include <QHash>
#include <QList>

namespace kindred {
class ImportSink;
}

namespace kindred::wechat {

struct WeChatBodyInfo;

class WeChatEmitter final
{
public:
    /// idsAreSvrIds: message ids are MsgSvrIDs, so a quote's svrid can be used as is.
    WeChatEmitter(ImportSink &sink, WeChatWarnings &warnings, int offsetSeconds, bool idsAreSvrIds);

    /// False when the sink stopped (the caller words the error).
    bool add(const WeChatRow &row);
    /// Gives the pending events of the last channel. False when the sink stopped.
    bool finish();

    /// Most quotable messages remembered per channel (the oldest are forgotten beyond it).
    static constexpr qsizetype kMaxRemembered = 200000;

private:
    struct PendingEvent
    {
        EventInfo event;
        QString memberName;
        QString actorName;
        bool actorIsSelf = false;
    };

    bool switchChannel(const WeChatRow &row);
    QString derivedId(const WeChatRow &row);
    QString quotedId(const WeChatRow &row, const WeChatBodyInfo &body);
    void remember(const QString &text, qint64 sentAt, const QString &id);
    void learnNames(const WeChatRow &row);
    PersonRef personNamed(const QString &name) const;
    bool flushEvents();

    ImportSink &m_sink;
    WeChatWarnings &m_warnings;
    const int m_offset;
    const bool m_idsAreSvrIds;
    bool m_started = false;
    QString m_chatId;
    PersonRef m_self;
    QHash<quint64, int> m_occurrences;
    QHash<quint64, QString> m_quotable; ///< hash(text, minute) -> message id
    QHash<QString, QString> m_idByName; ///< display name -> wxid; empty = ambiguous
    QList<PendingEvent> m_pending;
};

} // namespace kindred::wechat
