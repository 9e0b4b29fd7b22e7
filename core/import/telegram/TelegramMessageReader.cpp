#include "TelegramMessageReader.h"

#include "TelegramJson.h"
#include "TelegramPeople.h"
#include "TelegramServiceActions.h"
#include "TelegramValues.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace kindred::telegram {

TelegramMessageReader::TelegramMessageReader(TelegramDocument &doc, TelegramValues &values,
                                             TelegramPeople &people,
                                             TelegramServiceActions &actions, ImportSink &sink)
    : m_doc(doc), m_values(values), m_people(people), m_actions(actions), m_sink(sink)
{
}

int TelegramMessageReader::person(const RawPerson &p, qint64 at)
{
    const int index = m_people.resolve(p, at);
    if (m_people.takeNameKeyNotice())
        m_sink.addWarning(QCoreApplication::translate("TelegramImporter",
                                                      "%1: the export has no from_id; authors are "
                                                      "identified by their display name")
                              .arg(m_doc.context()));
    return index;
}

bool TelegramMessageReader::timeOf(std::string_view iso, qint64 unixTime, qint64 &out, Warn badKind)
{
    if (unixTime >= 0) {
        out = unixTime;
        return true;
    }
    if (iso.empty())
        return false;
    Civil c;
    if (!parseIsoDate(iso, c)) {
        if (badKind != Warn::Count && m_doc.warnAllowed(badKind))
            m_sink.addWarning(
                QCoreApplication::translate("TelegramImporter", "%1: unreadable date \"%2\"")
                    .arg(m_doc.context(), fromUtf8(iso)));
        return false;
    }
    out = m_clock.toUtc(c);
    return true;
}

bool TelegramMessageReader::read(od::object &obj)
{
    RawMessage &s = m_s;
    MessageInfo &m = m_msg;
    m.text.clear();
    m.replyToExternalId.clear();
    m.forwardedFrom.clear();
    m.attachmentKind.clear();
    m.editedAt = 0;
    m.reactions.clear();
    m_members.clear();

    for (auto fr : obj) {
        od::field f;
        TG_TRY(m_doc, std::move(fr).get(f),
               QCoreApplication::translate("TelegramImporter", "a message"));
        const std::string_view key = fieldKey(f);
        od::value v = f.value();
        bool ok = true;
        bool isNull = false;
        switch (key.size()) {
        case 2:
            if (eq(key, "id")) {
                ok = m_values.getInteger(v, s.id, "id");
                s.hasId = ok;
            }
            break;
        case 4:
            if (eq(key, "type"))
                ok = m_values.getPlainString(v, s.type, "type");
            else if (eq(key, "date"))
                ok = m_values.getPlainString(v, s.date, "date");
            else if (eq(key, "from")) {
                ok = m_values.getStringOrNull(v, s.from.name, s.from.nameNull, "from");
                s.from.hasName = true;
            } else if (eq(key, "text"))
                ok = m_values.getText(v, m_textBuf, m.text);
            else if (eq(key, "file"))
                s.file = true;
            else if (eq(key, "poll"))
                s.otherMedia = true;
            break;
        case 5:
            if (eq(key, "actor")) {
                ok = m_values.getStringOrNull(v, s.actor.name, s.actor.nameNull, "actor");
                s.actor.hasName = true;
            } else if (eq(key, "photo"))
                s.photo = true;
            else if (eq(key, "title")) {
                od::json_type t;
                ok = m_values.typeOf(v, t, "title");
                if (ok && t == od::json_type::string)
                    ok = m_values.getString(v, s.title, "title");
            }
            break;
        case 6:
            if (eq(key, "action"))
                ok = m_values.getPlainString(v, s.action, "action");
            else if (eq(key, "edited"))
                ok = m_values.getPlainString(v, s.edited, "edited");
            break;
        case 7:
            if (eq(key, "from_id"))
                ok = m_values.getPersonId(v, s.from, "from_id");
            else if (eq(key, "members")) {
                ok = readMembers(v);
                s.hasMembers = true;
            } else if (eq(key, "inviter"))
                ok = m_values.getStringOrNull(v, s.inviter, isNull, "inviter");
            break;
        case 8:
            if (eq(key, "actor_id"))
                ok = m_values.getPersonId(v, s.actor, "actor_id");
            break;
        case 9:
            if (eq(key, "reactions"))
                ok = readReactions(v);
            break;
        case 10:
            if (eq(key, "media_type"))
                ok = m_values.getPlainString(v, s.mediaType, "media_type");
            else if (eq(key, "message_id")) {
                ok = m_values.getInteger(v, s.pinnedId, "message_id");
                s.hasPinned = ok;
            } else if (eq(key, "game_title"))
                s.otherMedia = true;
            else if (eq(key, "place_name"))
                s.otherMedia = true;
            break;
        case 13:
            if (eq(key, "date_unixtime"))
                ok = m_values.getUnixTime(v, s.dateUnix, "date_unixtime");
            break;
        case 14:
            if (eq(key, "forwarded_from")) {
                ok =
                    m_values.getStringOrNull(v, s.forwardedFrom, s.forwardedNull, "forwarded_from");
                s.forwarded = true;
            } else if (eq(key, "discard_reason"))
                ok = m_values.getStringOrNull(v, s.discardReason, isNull, "discard_reason");
            break;
        case 15:
            if (eq(key, "edited_unixtime"))
                ok = m_values.getUnixTime(v, s.editedUnix, "edited_unixtime");
            break;
        case 16:
            if (eq(key, "duration_seconds"))
                ok = m_values.getInteger(v, s.duration, "duration_seconds");
            else if (eq(key, "reply_to_peer_id"))
                s.replyOtherChat = true;
            break;
        case 19:
            if (eq(key, "contact_information"))
                s.otherMedia = true;
            else if (eq(key, "invoice_information"))
                s.otherMedia = true;
            else if (eq(key, "reply_to_message_id")) {
                ok = m_values.getInteger(v, s.replyTo, "reply_to_message_id");
                s.hasReply = ok;
            }
            break;
        case 20:
            if (eq(key, "location_information") || eq(key, "giveaway_information"))
                s.otherMedia = true;
            break;
        default:
            break;
        }
        if (!ok)
            return false;
    }
    return finish();
}

bool TelegramMessageReader::finish()
{
    RawMessage &s = m_s;
    MessageInfo &m = m_msg;
    const bool isService = eq(s.type, "service");
    if (!isService && !s.type.empty() && !eq(s.type, "message") &&
        m_doc.warnAllowed(Warn::UnknownType))
        m_sink.addWarning(
            QCoreApplication::translate("TelegramImporter",
                                        "%1: unknown message type \"%2\", read as a message")
                .arg(m_doc.context(), fromUtf8(s.type)));

    qint64 sentAt = 0;
    if (!timeOf(s.date, s.dateUnix, sentAt, Warn::BadDate)) {
        if (s.date.empty() && m_doc.warnAllowed(Warn::NoDate))
            m_sink.addWarning(
                QCoreApplication::translate("TelegramImporter", "%1 has no date; skipped")
                    .arg(m_doc.context()));
        return true;
    }
    m.sentAt = sentAt;
    if (s.hasId) {
        m.externalId = QString::number(s.id);
    } else {
        // No id (hand-made exports): derive a stable one from the time.
        const int seq = m_derivedIds[sentAt]++;
        m.externalId = QStringLiteral("t%1-%2").arg(sentAt).arg(seq);
        if (m_doc.warnAllowed(Warn::NoId))
            m_sink.addWarning(
                QCoreApplication::translate("TelegramImporter",
                                            "%1 has no id: messages without one get an id "
                                            "derived from their time (here \"%2\")")
                    .arg(m_doc.context(), m.externalId));
    }
    qint64 edited = 0;
    m.editedAt = timeOf(s.edited, s.editedUnix, edited, Warn::Count) ? edited : 0;

    const RawPerson &who =
        isService ? (s.actor.present() ? s.actor : s.from) : (s.from.present() ? s.from : s.actor);
    const int author = person(who, sentAt);
    m.author = author >= 0 ? m_people.entry(author).ref : PersonRef();

    if (s.hasReply && !s.replyOtherChat)
        m.replyToExternalId = QString::number(s.replyTo);
    if (s.forwarded)
        m.forwardedFrom = s.forwardedNull || s.forwardedFrom.empty() ? QStringLiteral("Unknown")
                                                                     : fromUtf8(s.forwardedFrom);
    if (s.photo) {
        m.attachmentKind = QStringLiteral("photo");
    } else if (s.file || !s.mediaType.empty()) {
        const std::string_view t = s.mediaType;
        if (eq(t, "sticker"))
            m.attachmentKind = QStringLiteral("sticker");
        else if (eq(t, "animation"))
            m.attachmentKind = QStringLiteral("animation");
        else if (eq(t, "video_file") || eq(t, "video_message"))
            m.attachmentKind = QStringLiteral("video");
        else if (eq(t, "voice_message"))
            m.attachmentKind = QStringLiteral("voice");
        else if (eq(t, "audio_file"))
            m.attachmentKind = QStringLiteral("audio");
        else
            m.attachmentKind = QStringLiteral("file");
    } else if (s.otherMedia) {
        m.attachmentKind = QStringLiteral("other");
    }
    m.isService = isService;
    if (!m_sink.addMessage(m))
        return m_doc.sinkFail(QT_TRANSLATE_NOOP("TelegramImporter", "a message"));
    if (isService && !m_actions.add(s, m, m_members))
        return m_doc.sinkFail(QT_TRANSLATE_NOOP("TelegramImporter", "an event"));
    return true;
}

bool TelegramMessageReader::readMembers(od::value v)
{
    od::json_type t;
    if (!m_values.typeOf(v, t, "members"))
        return false;
    if (t == od::json_type::null)
        return true;
    if (t != od::json_type::array)
        return m_doc.typeFail(
            v, "members", QCoreApplication::translate("TelegramImporter", "an array of names"), t);
    od::array arr;
    TG_TRY(m_doc, v.get_array().get(arr), QStringLiteral("\"members\""));
    for (auto er : arr) {
        od::value nv;
        TG_TRY(m_doc, er.get(nv), QStringLiteral("\"members\""));
        MemberName n;
        if (!m_values.getStringOrNull(nv, n.name, n.isNull, "members"))
            return false;
        m_members.push_back(n);
    }
    return true;
}

bool TelegramMessageReader::readReactions(od::value v)
{
    od::json_type t;
    if (!m_values.typeOf(v, t, "reactions"))
        return false;
    if (t == od::json_type::null)
        return true;
    if (t != od::json_type::array)
        return m_doc.typeFail(
            v, "reactions",
            QCoreApplication::translate("TelegramImporter", "an array of reactions"), t);
    od::array arr;
    TG_TRY(m_doc, v.get_array().get(arr), QStringLiteral("\"reactions\""));
    for (auto er : arr) {
        od::value rv;
        TG_TRY(m_doc, er.get(rv), QStringLiteral("\"reactions\""));
        od::json_type rt;
        if (!m_values.typeOf(rv, rt, "reactions"))
            return false;
        if (rt != od::json_type::object)
            return m_doc.typeFail(
                rv, "reactions",
                QCoreApplication::translate("TelegramImporter", "an array of reaction objects"),
                rt);
        od::object ro;
        TG_TRY(m_doc, rv.get_object().get(ro),
               QCoreApplication::translate("TelegramImporter", "a reaction"));
        ReactionInfo r;
        std::string_view type, emoji, documentId;
        qint64 count = 0;
        for (auto fr : ro) {
            od::field f;
            TG_TRY(m_doc, std::move(fr).get(f),
                   QCoreApplication::translate("TelegramImporter", "a reaction"));
            const std::string_view key = fieldKey(f);
            od::value fv = f.value();
            bool ok = true;
            bool isNull = false;
            if (eq(key, "type")) {
                ok = m_values.getPlainString(fv, type, "type");
            } else if (eq(key, "count")) {
                ok = m_values.getInteger(fv, count, "count");
            } else if (eq(key, "emoji")) {
                ok = m_values.getStringOrNull(fv, emoji, isNull, "emoji");
            } else if (eq(key, "document_id")) {
                od::json_type dt;
                ok = m_values.typeOf(fv, dt, "document_id");
                if (ok && dt == od::json_type::string)
                    ok = m_values.getString(fv, documentId, "document_id");
            } else if (eq(key, "recent")) {
                od::json_type lt;
                ok = m_values.typeOf(fv, lt, "recent");
                if (ok && lt == od::json_type::array) {
                    od::array list;
                    TG_TRY(m_doc, fv.get_array().get(list), QStringLiteral("\"recent\""));
                    for (auto wr : list) {
                        od::value wv;
                        TG_TRY(m_doc, wr.get(wv), QStringLiteral("\"recent\""));
                        od::json_type wt;
                        if (!m_values.typeOf(wv, wt, "recent"))
                            return false;
                        if (wt != od::json_type::object)
                            return m_doc.typeFail(wv, "recent",
                                                  QCoreApplication::translate(
                                                      "TelegramImporter", "an array of reactors"),
                                                  wt);
                        od::object wo;
                        TG_TRY(m_doc, wv.get_object().get(wo),
                               QCoreApplication::translate("TelegramImporter", "a reactor"));
                        if (!readReactor(wo, r))
                            return false;
                    }
                } else if (ok && lt != od::json_type::null) {
                    return m_doc.typeFail(
                        fv, "recent",
                        QCoreApplication::translate("TelegramImporter", "an array of reactors"),
                        lt);
                }
            }
            if (!ok)
                return false;
        }
        if (!emoji.empty())
            r.emoji = fromUtf8(emoji);
        else if (!documentId.empty())
            r.emoji = fromUtf8(documentId);
        else if (eq(type, "custom_emoji"))
            r.emoji = QStringLiteral("custom");
        else if (eq(type, "paid"))
            r.emoji = QStringLiteral("paid");
        else
            r.emoji = type.empty() ? QStringLiteral("?") : fromUtf8(type);
        r.count = int(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
        if (r.count < r.reactors.size())
            r.count = int(r.reactors.size());
        m_msg.reactions.append(std::move(r));
    }
    return true;
}

bool TelegramMessageReader::readReactor(od::object &obj, ReactionInfo &reaction)
{
    RawPerson p;
    std::string_view date;
    qint64 unixTime = -1;
    for (auto fr : obj) {
        od::field f;
        TG_TRY(m_doc, std::move(fr).get(f),
               QCoreApplication::translate("TelegramImporter", "a reactor"));
        const std::string_view key = fieldKey(f);
        od::value v = f.value();
        bool ok = true;
        if (eq(key, "from")) {
            ok = m_values.getStringOrNull(v, p.name, p.nameNull, "from");
            p.hasName = true;
        } else if (eq(key, "from_id")) {
            ok = m_values.getPersonId(v, p, "from_id");
        } else if (eq(key, "date")) {
            ok = m_values.getPlainString(v, date, "date");
        } else if (eq(key, "date_unixtime")) {
            ok = m_values.getUnixTime(v, unixTime, "date_unixtime");
        }
        if (!ok)
            return false;
    }
    ReactorInfo r;
    qint64 at = 0;
    if (timeOf(date, unixTime, at, Warn::Count))
        r.at = at;
    const qint64 seenAt = r.at > 0 ? r.at : (m_s.dateUnix > 0 ? m_s.dateUnix : 0);
    const int who = person(p, seenAt);
    if (who < 0)
        return true;
    r.person = m_people.entry(who).ref;
    reaction.reactors.append(std::move(r));
    return true;
}

} // namespace kindred::telegram
