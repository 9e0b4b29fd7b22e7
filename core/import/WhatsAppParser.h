#pragma once
// Line-level parsing of WhatsApp "Export chat" text, without any I/O: the date/time prefix of
// a message line, the sender, system lines and the membership events they describe, media
// placeholders, and the chat name carried by the file name. WhatsAppImporter streams a file
// through these functions (see WhatsAppImporter.h for the rules as a whole).

#include "ImportRecords.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>
#include <QTime>

namespace kindred::whatsapp {

/// Removes byte order marks and invisible bidi controls wherever they occur: U+FEFF, U+200E,
/// U+200F, U+202A..U+202E (iOS wraps phone numbers in them) and U+2066..U+2069.
QString stripMarks(QStringView line);

/// True when rawLine (marks not stripped) has U+200E/U+200F right after its first ": ".
/// iOS writes system texts attributed to the chat as "Chat name: \u200EAlice added Bob".
bool markAfterSender(QStringView rawLine);

/// The date/time prefix of a message line. The date fields are kept as written because
/// whether "3/4/21" is 3 April or 4 March is decided from the whole file (DateOrder).
struct LineHeader
{
    enum class Meridiem
    {
        None,
        Am,
        Pm
    };

    int field1 = 0; ///< first date field (the year when yearFirst)
    int field2 = 0;
    int field3 = 0;
    bool yearFirst = false; ///< "2023/5/4": year/month/day
    char16_t separator = u'/';
    int hour = 0; ///< as written (0..23, also with a meridiem: "23:59 PM", "00:04 AM")
    int minute = 0;
    int second = 0;
    Meridiem meridiem = Meridiem::None;
    bool bracketed = false; ///< iOS "[date, time] "
    QString body;           ///< everything after the prefix: "Name: text" or a system text
};

/// Parses the prefix of a line whose marks are stripped: Android "31/12/20, 23:59 - ",
/// iOS "[12/31/20, 11:59:59 PM] ", "2023/5/4", "a. m."/"p. m.", "am", "3:22_AM",
/// "11:32\u202FPM"... False for continuation lines and for fields that cannot be a date/time.
bool parseHeader(const QString &line, LineHeader &header);

/// Day-first or month-first, decided per date separator from all dates of a file: a first
/// field above 12 means day-first, a second field above 12 month-first. Undecided: '.' is
/// day-first; '/' and '-' follow the other separators of the file if they decided, else
/// day-first (WhatsApp's default outside the US; chat-analytics reads "12/9/20" as 12 Sept).
class DateOrder
{
public:
    void observe(const LineHeader &header);
    /// Call after the last observe().
    void decide();
    bool dayFirst(char16_t separator) const;
    /// True when some separator saw fields above 12 on both sides (a mixed file).
    bool conflicting() const;
    /// Wall-clock date and time of a header; false when the date is invalid in both orders.
    /// swapped is set when only the other order gives a valid date.
    bool resolve(const LineHeader &header, QDate &date, QTime &time, bool &swapped) const;

private:
    struct Evidence
    {
        bool firstOver12 = false;
        bool secondOver12 = false;
        bool dayFirst = true;
    };
    static int index(char16_t separator);
    Evidence m_evidence[3];
};

/// A message line's body split into sender and text.
struct Body
{
    bool isSystem = false;
    QString author; ///< as shown, with a leading "~ " removed; empty for system lines
    QString text;   ///< the text after "Name: ", or the whole system text
};

/// Splits "Name: text" (also "Name:" with nothing after it). A body without "Name: " is a
/// system line. A known system notice attributed to a sender ("Chat: Messages and calls are
/// end-to-end encrypted...") is a system line too, as is a membership/group text when the
/// raw line had a bidi mark before it (textMarked, see markAfterSender()).
Body splitBody(const QString &body, bool textMarked);

/// One membership change described by a system line.
struct Membership
{
    EventInfo::Kind kind = EventInfo::Kind::Other;
    QString member;
    QString actor; ///< empty when the text does not say
};

/// Join/Invite/Leave/Remove changes of an English or German system text ("X joined using this
/// group's invite link", "X added Y, Z and W", "X left", "X removed Y", "Du hast X
/// hinzugefügt.", "X hat die Gruppe verlassen."...). Empty for other texts. Names may be the
/// exporting user ("You", "dich"): see isExporter().
QList<Membership> parseMembership(const QString &systemText);

/// "You", "you", "Du", "dich"...: the exporting user, whose name the export never shows.
bool isExporter(const QString &name);

/// True when a system text says the chat is a group ("created group", "this group"...).
bool mentionsGroup(const QString &systemText);

/// Attachment kind that a message's first line stands for: "photo", "video", "voice",
/// "sticker", "file" or "other" for "<Media omitted>", "image omitted", "<attached: x.jpg>",
/// "<Anhang: x.opus>", "x.pdf (file attached)", "x.opus (Datei angehängt)"...; empty for text.
QString attachmentKind(const QString &firstLine);

/// "This message was deleted", "You deleted this message" and the German forms.
bool isDeletedPlaceholder(const QString &text);

/// Chat name from an export's file name: "WhatsApp Chat with Alice.txt" -> "Alice",
/// "WhatsApp Chat - Team.zip" -> "Team"; other names -> the name without .txt/.zip and
/// without a trailing " (2)". Empty for the generic "_chat.txt" of iOS archives.
QString chatNameFromFileName(const QString &fileName);

} // namespace kindred::whatsapp
