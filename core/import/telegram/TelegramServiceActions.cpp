#include "TelegramServiceActions.h"

#include "TelegramJson.h"
#include "TelegramPeople.h"
#include "TelegramWarnings.h"

#include "import/ImportSink.h"

#include <QCoreApplication>
#include <QHash>

namespace kindred::telegram {

TelegramServiceActions::TelegramServiceActions(ImportSink &sink, TelegramWarnings &warnings)
    : m_sink(sink), m_warnings(warnings)
{
}

bool TelegramServiceActions::add(const RawMessage &s, const MessageInfo &m,
                                 const std::vector<MemberName> &members)
{
    const std::string_view a = s.action;
    EventInfo ev;
    ev.at = m.sentAt;
    ev.messageExternalId = m.externalId;
    const PersonRef actor = s.actor.present() ? m.author : PersonRef();
    const std::string_view actorName = s.actor.nameNull ? std::string_view() : s.actor.name;

    auto addEvent = [&](EventInfo::Kind kind, const PersonRef &member, const PersonRef &by,
                        const QString &detail) {
        ev.kind = kind;
        ev.member = member;
        ev.actor = by;
        ev.detail = detail;
        return m_sink.addEvent(ev);
    };

    if (eq(a, "join_group_by_link") || eq(a, "join_group_by_request")) {
        QString detail =
            eq(a, "join_group_by_link") ? QStringLiteral("link") : QStringLiteral("request");
        if (!s.inviter.empty())
            detail += QStringLiteral(": ") + fromUtf8(s.inviter);
        return addEvent(EventInfo::Kind::Join, actor, PersonRef(), detail);
    }
    if (eq(a, "invite_members") || eq(a, "create_group") || eq(a, "remove_members")) {
        const bool removing = eq(a, "remove_members");
        bool actorListed = false;
        for (const MemberName &n : members) {
            const bool self =
                actor.isValid() && n.isNull == s.actor.nameNull && n.name == actorName;
            if (self) {
                // Adding or removing oneself: joining a public group / leaving it.
                actorListed = true;
                if (!addEvent(removing ? EventInfo::Kind::Leave : EventInfo::Kind::Join, actor,
                              PersonRef(), QString()))
                    return false;
                continue;
            }
            PendingEvent p;
            p.event = ev;
            p.event.kind = removing ? EventInfo::Kind::Remove : EventInfo::Kind::Invite;
            p.event.actor = actor;
            p.nameNull = n.isNull;
            p.name = n.isNull ? QStringLiteral("Deleted Account") : fromUtf8(n.name);
            p.event.member.name = p.name;
            m_pending.append(p);
        }
        if (eq(a, "create_group") && !actorListed && actor.isValid())
            return addEvent(EventInfo::Kind::Join, actor, PersonRef(),
                            QStringLiteral("created the group"));
        return true;
    }
    if (eq(a, "pin_message")) {
        return addEvent(EventInfo::Kind::Pin, PersonRef(), actor,
                        s.hasPinned ? QString::number(s.pinnedId) : QString());
    }
    QString detail = fromUtf8(a);
    if (s.duration >= 0)
        detail += QStringLiteral(", %1 s").arg(s.duration);
    if (!s.discardReason.empty())
        detail += QStringLiteral(", ") + fromUtf8(s.discardReason);
    if (!s.title.empty())
        detail += QStringLiteral(": ") + fromUtf8(s.title);
    return addEvent(EventInfo::Kind::Other, PersonRef(), actor, detail);
}

bool TelegramServiceActions::finishChat(const TelegramPeople &people, const QString &chatName)
{
    if (m_pending.isEmpty())
        return true;
    QHash<QString, QList<int>> byName;
    for (const int i : people.inChat()) {
        const PersonEntry &e = people.entry(i);
        if (!e.ref.name.isEmpty())
            byName[e.ref.name].append(i);
    }
    for (PendingEvent &p : m_pending) {
        EventInfo &ev = p.event;
        const PersonEntry *match = nullptr;
        if (!p.nameNull) {
            const auto it = byName.constFind(p.name);
            if (it != byName.constEnd()) {
                if (it->size() == 1) {
                    match = &people.entry(it->first());
                } else {
                    // Several members share the name: an invitee is the one who appears first
                    // after the invitation, a removed member the one last seen before removal.
                    for (const int i : *it) {
                        const PersonEntry &e = people.entry(i);
                        if (ev.kind == EventInfo::Kind::Invite) {
                            if (e.first >= ev.at && (!match || e.first < match->first))
                                match = &e;
                        } else if (e.last <= ev.at && (!match || e.last > match->last)) {
                            match = &e;
                        }
                    }
                }
            }
        }
        if (match) {
            ev.member = match->ref;
        } else {
            if (m_warnings.allow(Warn::UnresolvedMember))
                m_sink.addWarning(
                    QCoreApplication::translate(
                        "TelegramImporter",
                        "chat \"%1\": %2 of \"%3\" (message %4): the export names the member "
                        "but gives no id that matches")
                        .arg(chatName, EventInfo::kindName(ev.kind), p.name, ev.messageExternalId));
        }
        if (!m_sink.addEvent(ev))
            return false;
    }
    m_pending.clear();
    return true;
}

} // namespace kindred::telegram
