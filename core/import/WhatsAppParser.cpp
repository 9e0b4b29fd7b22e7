#include "WhatsAppParser.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace kindred::whatsapp {

namespace {

bool isMark(char16_t c)
{
    return c == 0xFEFF || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

bool isQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'"' || u == 0x201C || u == 0x201D || u == 0x201E || u == 0x00AB || u == 0x00BB;
}

/// "~ Name" / "~\u202FName" (iOS marks senders who are not in the address book) -> "Name".
QString stripTilde(const QString &name)
{
    if (!name.startsWith(u'~'))
        return name;
    qsizetype i = 1;
    while (i < name.size() && (name.at(i).isSpace() || name.at(i).unicode() == 0x202F ||
                               name.at(i).unicode() == 0x00A0))
        ++i;
    return i < name.size() ? name.mid(i) : name;
}

bool isEncryptionNotice(const QString &text)
{
    return (text.startsWith(QLatin1String("Messages")) &&
            text.contains(QLatin1String("end-to-end encrypt"))) ||
           (text.startsWith(QLatin1String("Nachrichten")) &&
            text.contains(QLatin1String("Ende-zu-Ende-")));
}

/// System texts that iOS attributes to the chat, recognised only behind a bidi mark.
bool looksLikeSystemEvent(const QString &text)
{
    static const QRegularExpression hint(
        QStringLiteral("created group|created this group|changed the subject|changed the group|"
                       "changed this group|deleted this group|changed their phone number|"
                       "security code|now an admin|disappearing messages|Gruppe .*erstellt|"
                       "Gruppennamen|Gruppenbild|Gruppenbeschreibung|Betreff|Sicherheitsnummer|"
                       "Telefonnummer|selbstlöschende"));
    return hint.match(text).hasMatch() || !parseMembership(text).isEmpty();
}

/// "Alice, Bob and Carol" -> [Alice, Bob, Carol].
QStringList splitNames(const QString &list)
{
    static const QRegularExpression sep(
        QStringLiteral(",\\s+(?:and\\s+|und\\s+)?|\\s+(?:and|und)\\s+"));
    QStringList out;
    for (const QString &part : list.split(sep, Qt::SkipEmptyParts)) {
        const QString name = stripTilde(part.trimmed());
        if (!name.isEmpty())
            out.append(name);
    }
    return out;
}

/// Names taken from system texts must look like names, not like "the group description".
bool plausibleName(const QString &name)
{
    static const QRegularExpression notAName(
        QStringLiteral("^(?:this|the|das|die|den|der|dieses|diese)\\s"),
        QRegularExpression::CaseInsensitiveOption);
    return !name.isEmpty() && name.size() <= 100 && !notAName.match(name).hasMatch();
}

QString kindFromFileName(const QString &name)
{
    const QString upper = name.toUpper();
    const QString ext = QFileInfo(name).suffix().toLower();
    auto extIn = [&ext](std::initializer_list<const char *> list) {
        for (const char *e : list)
            if (ext == QLatin1String(e))
                return true;
        return false;
    };
    if (upper.contains(QLatin1String("STICKER")) || ext == QLatin1String("webp"))
        return QStringLiteral("sticker");
    if (upper.contains(QLatin1String("PTT-")) || upper.contains(QLatin1String("AUDIO")) ||
        ext == QLatin1String("opus"))
        return QStringLiteral("voice");
    if (upper.contains(QLatin1String("VIDEO")) || upper.startsWith(QLatin1String("VID-")) ||
        upper.contains(QLatin1String("GIF-")) ||
        extIn({"mp4", "mov", "3gp", "mkv", "avi", "webm", "m4v"}))
        return QStringLiteral("video");
    if (upper.contains(QLatin1String("PHOTO")) || upper.startsWith(QLatin1String("IMG-")) ||
        extIn({"jpg", "jpeg", "png", "heic", "heif", "gif", "bmp"}))
        return QStringLiteral("photo");
    if (ext == QLatin1String("vcf"))
        return QStringLiteral("other");
    return QStringLiteral("file");
}

} // namespace

QString stripMarks(QStringView line)
{
    qsizetype first = 0;
    while (first < line.size() && !isMark(line.at(first).unicode()))
        ++first;
    if (first == line.size())
        return line.toString();
    QString out(line.size() - 1, Qt::Uninitialized);
    QChar *dst = out.data();
    for (qsizetype i = 0; i < line.size(); ++i)
        if (!isMark(line.at(i).unicode()))
            *dst++ = line.at(i);
    out.truncate(dst - out.constData());
    return out;
}

bool markAfterSender(QStringView rawLine)
{
    const qsizetype i = rawLine.indexOf(QLatin1String(": "));
    return i >= 0 && i + 2 < rawLine.size() &&
           (rawLine.at(i + 2).unicode() == 0x200E || rawLine.at(i + 2).unicode() == 0x200F);
}

bool parseHeader(const QString &line, LineHeader &header)
{
    if (line.isEmpty() || (line.at(0) != u'[' && !line.at(0).isDigit()))
        return false;
    // 1 bracket, 2-5 date, 6-8 time, 9 meridiem letter, 10 body.
    static const QRegularExpression re(
        QStringLiteral("^(\\[)?(\\d{1,4})([./-])(\\d{1,2})\\3(\\d{1,4}),?[ \\x{00A0}]{1,2}"
                       "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                       "(?:[ \\x{00A0}\\x{202F}_]?([AaPp])\\.?[ \\x{00A0}\\x{202F}]?[Mm]\\.?)?"
                       "(?(1)\\][ \\x{00A0}]?| [-\\x{2013}](?: |$))(.*)$"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return false;
    const qsizetype len1 = m.capturedLength(2);
    const qsizetype len3 = m.capturedLength(5);
    LineHeader h;
    h.bracketed = m.capturedLength(1) > 0;
    h.field1 = m.capturedView(2).toInt();
    h.separator = m.capturedView(3).at(0).unicode();
    h.field2 = m.capturedView(4).toInt();
    h.field3 = m.capturedView(5).toInt();
    h.yearFirst = len1 == 4;
    if (h.yearFirst) {
        if (len3 > 2 || h.field2 < 1 || h.field2 > 12 || h.field3 < 1 || h.field3 > 31)
            return false;
    } else {
        if (len1 == 3 || (len3 != 2 && len3 != 4) || h.field1 < 1 || h.field2 < 1 ||
            h.field1 > 31 || h.field2 > 31 || (h.field1 > 12 && h.field2 > 12))
            return false;
    }
    h.hour = m.capturedView(6).toInt();
    h.minute = m.capturedView(7).toInt();
    h.second = m.capturedLength(8) > 0 ? m.capturedView(8).toInt() : 0;
    if (h.hour > 23 || h.minute > 59 || h.second > 59)
        return false;
    if (m.capturedLength(9) > 0) {
        const QChar ap = m.capturedView(9).at(0).toLower();
        h.meridiem = ap == u'a' ? LineHeader::Meridiem::Am : LineHeader::Meridiem::Pm;
    }
    h.body = m.captured(10);
    header = std::move(h);
    return true;
}

int DateOrder::index(char16_t separator)
{
    return separator == u'.' ? 1 : separator == u'-' ? 2 : 0;
}

void DateOrder::observe(const LineHeader &header)
{
    if (header.yearFirst)
        return;
    Evidence &e = m_evidence[index(header.separator)];
    if (header.field1 > 12)
        e.firstOver12 = true;
    if (header.field2 > 12)
        e.secondOver12 = true;
}

void DateOrder::decide()
{
    // Per separator: 1 day-first, -1 month-first, 0 undecided.
    int verdict[3] = {0, 0, 0};
    bool anyDay = false;
    bool anyMonth = false;
    for (int i = 0; i < 3; ++i) {
        const Evidence &e = m_evidence[i];
        if (e.firstOver12 && !e.secondOver12)
            verdict[i] = 1;
        else if (e.secondOver12 && !e.firstOver12)
            verdict[i] = -1;
        anyDay = anyDay || verdict[i] == 1;
        anyMonth = anyMonth || verdict[i] == -1;
    }
    const int fileVerdict = anyDay == anyMonth ? 0 : (anyDay ? 1 : -1);
    for (int i = 0; i < 3; ++i) {
        if (verdict[i] != 0)
            m_evidence[i].dayFirst = verdict[i] == 1;
        else if (i == 1) // '.' is the day-first convention (de, ru, fi...)
            m_evidence[i].dayFirst = true;
        else
            m_evidence[i].dayFirst = fileVerdict != -1;
    }
}

bool DateOrder::dayFirst(char16_t separator) const
{
    return m_evidence[index(separator)].dayFirst;
}

bool DateOrder::conflicting() const
{
    for (const Evidence &e : m_evidence)
        if (e.firstOver12 && e.secondOver12)
            return true;
    return false;
}

bool DateOrder::resolve(const LineHeader &h, QDate &date, QTime &time, bool &swapped) const
{
    swapped = false;
    int hour = h.hour;
    if (h.meridiem == LineHeader::Meridiem::Am && hour == 12)
        hour = 0; // 12:00:03 AM -> 00:00:03; an invalid "00:04:03 AM" stays 00:04:03
    else if (h.meridiem == LineHeader::Meridiem::Pm && hour < 12)
        hour += 12; // a sloppy "23:59 PM" stays 23:59
    time = QTime(hour, h.minute, h.second);
    if (!time.isValid())
        return false;
    if (h.yearFirst) {
        date = QDate(h.field1, h.field2, h.field3);
        return date.isValid();
    }
    const int year = h.field3 < 100 ? 2000 + h.field3 : h.field3;
    const bool dayFirstOrder = dayFirst(h.separator);
    const int day = dayFirstOrder ? h.field1 : h.field2;
    const int month = dayFirstOrder ? h.field2 : h.field1;
    date = QDate(year, month, day);
    if (date.isValid())
        return true;
    date = QDate(year, day, month);
    swapped = date.isValid();
    return swapped;
}

Body splitBody(const QString &body, bool textMarked)
{
    Body out;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == u':' && (i + 1 == body.size() || body.at(i + 1) == u' ')) {
            colon = i;
            break;
        }
    }
    if (colon > 0) {
        const QString name = stripTilde(body.left(colon).trimmed());
        bool nameOk = !name.isEmpty() && name.size() <= 128;
        for (qsizetype i = 0; nameOk && i < name.size(); ++i)
            nameOk = !isQuote(name.at(i));
        if (nameOk) {
            QString text = colon + 2 <= body.size() ? body.mid(colon + 2) : QString();
            if (isEncryptionNotice(text) || (textMarked && looksLikeSystemEvent(text))) {
                out.isSystem = true;
                out.text = std::move(text);
                return out;
            }
            out.author = name;
            out.text = std::move(text);
            return out;
        }
    }
    out.isSystem = true;
    out.text = body;
    return out;
}

QList<Membership> parseMembership(const QString &text)
{
    using Kind = EventInfo::Kind;
    QList<Membership> out;
    if (text.isEmpty() || text.size() > 2000)
        return out;
    for (QChar c : text)
        if (isQuote(c)) // group names and subjects are quoted; names are not
            return out;

    struct Rule
    {
        QRegularExpression re;
        Kind kind;
        int actorGroup;   ///< 0 = none
        int membersGroup; ///< 0 = the exporting user ("Du hast die Gruppe verlassen.")
        bool actorIsExporter;
    };
    auto rule = [](const char *pattern, Kind kind, int actor, int members, bool you = false) {
        return Rule{QRegularExpression(QString::fromUtf8(pattern)), kind, actor, members, you};
    };
    static const QList<Rule> rules = {
        // English (Android and iOS)
        rule("^(.+?) joined using this (?:group|community)'s invite link\\.?$", Kind::Join, 0, 1),
        rule("^(.+?) joined(?: from the community| via invite link)?\\.?$", Kind::Join, 0, 1),
        rule("^(.+?) (?:was|were) added\\.?$", Kind::Invite, 0, 1),
        rule("^(.+?) (?:was|were) removed\\.?$", Kind::Remove, 0, 1),
        rule("^(.+?) added (.+?)\\.?$", Kind::Invite, 1, 2),
        rule("^(.+?) removed (.+?)\\.?$", Kind::Remove, 1, 2),
        rule("^(.+?) left\\.?$", Kind::Leave, 0, 1),
        // German
        rule("^Du hast (.+?) hinzugefügt\\.?$", Kind::Invite, 0, 1, true),
        rule("^Du hast die Gruppe verlassen\\.?$", Kind::Leave, 0, 0),
        rule("^Du hast (.+?) entfernt\\.?$", Kind::Remove, 0, 1, true),
        rule("^(.+?) hat (.+?) hinzugefügt\\.?$", Kind::Invite, 1, 2),
        rule("^(.+?) hat die Gruppe verlassen\\.?$", Kind::Leave, 0, 1),
        rule("^(.+?) hat (.+?) entfernt\\.?$", Kind::Remove, 1, 2),
        rule("^(.+?) (?:ist|bist) (?:der Gruppe )?(?:über|mit) (?:den|dem) Einladungslink"
             "(?: dieser Gruppe)? beigetreten\\.?$",
             Kind::Join, 0, 1),
        rule("^(.+?) (?:wurde|wurden|wurdest) hinzugefügt\\.?$", Kind::Invite, 0, 1),
        rule("^(.+?) (?:wurde|wurden|wurdest) entfernt\\.?$", Kind::Remove, 0, 1),
    };
    for (const Rule &r : rules) {
        const QRegularExpressionMatch m = r.re.match(text);
        if (!m.hasMatch())
            continue;
        QString actor;
        if (r.actorIsExporter)
            actor = QStringLiteral("You");
        else if (r.actorGroup > 0)
            actor = stripTilde(m.captured(r.actorGroup).trimmed());
        if (r.actorGroup > 0 && !plausibleName(actor))
            return out;
        const QStringList members = r.membersGroup > 0 ? splitNames(m.captured(r.membersGroup))
                                                       : QStringList{QStringLiteral("You")};
        for (const QString &member : members) {
            if (!plausibleName(member))
                return {};
            out.append(Membership{r.kind, member, actor});
        }
        return out;
    }
    return out;
}

bool isExporter(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(?:you|du|dich|dir)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

bool mentionsGroup(const QString &systemText)
{
    static const QRegularExpression re(QStringLiteral("\\bgroup\\b|Gruppe|\\bcommunity\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(systemText).hasMatch();
}

QString attachmentKind(const QString &firstLine)
{
    const QString t = firstLine.trimmed();
    if (t.isEmpty() || t.size() > 300)
        return {};
    static const QRegularExpression mediaOmitted(
        QStringLiteral("^<(?:Media omitted|Medien ausgeschlossen|Médias omis|Multimedia omitido|"
                       "Archivo omitido|Mídia oculta|Media weggelaten)>$"),
        QRegularExpression::CaseInsensitiveOption);
    if (mediaOmitted.match(t).hasMatch())
        return QStringLiteral("other");
    static const QRegularExpression omitted(
        QStringLiteral("(?:^|\\s)(image|photo|video|audio|sticker|gif|document|contact card|"
                       "bild|foto|dokument|kontaktkarte) (?:omitted|weggelassen)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = omitted.match(t); m.hasMatch()) {
        const QString what = m.captured(1).toLower();
        if (what == QLatin1String("image") || what == QLatin1String("photo") ||
            what == QLatin1String("bild") || what == QLatin1String("foto"))
            return QStringLiteral("photo");
        if (what == QLatin1String("video") || what == QLatin1String("gif"))
            return QStringLiteral("video");
        if (what == QLatin1String("audio"))
            return QStringLiteral("voice");
        if (what == QLatin1String("sticker"))
            return QStringLiteral("sticker");
        if (what == QLatin1String("document") || what == QLatin1String("dokument"))
            return QStringLiteral("file");
        return QStringLiteral("other");
    }
    static const QRegularExpression attached(
        QStringLiteral("^<(?:attached|Anhang|adjunto|anexo|pièce jointe):\\s*(.+)>$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = attached.match(t); m.hasMatch())
        return kindFromFileName(m.captured(1).trimmed());
    static const QRegularExpression fileAttached(
        QStringLiteral("^(.+\\.[A-Za-z0-9]{1,5}) \\((?:file attached|Datei angehängt|"
                       "archivo adjunto|arquivo anexado|fichier joint)\\)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = fileAttached.match(t); m.hasMatch())
        return kindFromFileName(m.captured(1).trimmed());
    return {};
}

bool isDeletedPlaceholder(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:This message was deleted(?: by .+)?|You deleted this message|"
                       "Diese Nachricht wurde gelöscht|Du hast diese Nachricht gelöscht)\\.?$"));
    return re.match(text.trimmed()).hasMatch();
}

QString chatNameFromFileName(const QString &fileName)
{
    QString base = QFileInfo(fileName).fileName();
    if (base.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive) ||
        base.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        base.chop(4);
    static const QRegularExpression copy(QStringLiteral("\\s\\(\\d{1,3}\\)$"));
    base.remove(copy);
    base = base.trimmed();
    if (base.compare(QLatin1String("_chat"), Qt::CaseInsensitive) == 0)
        return {};
    static const QRegularExpression prefix(
        QStringLiteral("^(?:WhatsApp[ -]Chat(?: with| mit| met| com| con| avec| -)|"
                       "Chat de WhatsApp con|Conversa do WhatsApp com|Discussion WhatsApp avec)"
                       "\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = prefix.match(base); m.hasMatch())
        return m.captured(1).trimmed();
    return base;
}

} // namespace kindred::whatsapp
