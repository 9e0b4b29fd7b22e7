#include "CsvField.h"

#include <QCoreApplication>
#include <QStringList>

#include <iterator>

namespace kindred {
namespace {

struct FieldInfo
{
    CsvField field;
    const char *key;
    const char *label;
};

constexpr FieldInfo kFields[] = {
    {CsvField::Ignore, "ignore", QT_TRANSLATE_NOOP("CsvImport", "(ignore)")},
    {CsvField::MemberId, "member_id", QT_TRANSLATE_NOOP("CsvImport", "Member id")},
    {CsvField::Username, "username", QT_TRANSLATE_NOOP("CsvImport", "Username")},
    {CsvField::DisplayName, "display_name", QT_TRANSLATE_NOOP("CsvImport", "Display name")},
    {CsvField::Email, "email", QT_TRANSLATE_NOOP("CsvImport", "Email")},
    {CsvField::Phone, "phone", QT_TRANSLATE_NOOP("CsvImport", "Phone")},
    {CsvField::JoinedAt, "joined_at", QT_TRANSLATE_NOOP("CsvImport", "Joined")},
    {CsvField::Tags, "tags", QT_TRANSLATE_NOOP("CsvImport", "Tags")},
    {CsvField::Notes, "notes", QT_TRANSLATE_NOOP("CsvImport", "Notes")},
    {CsvField::RecordId, "record_id", QT_TRANSLATE_NOOP("CsvImport", "Row id")},
    {CsvField::Channel, "channel", QT_TRANSLATE_NOOP("CsvImport", "Channel")},
    {CsvField::SentAt, "sent_at", QT_TRANSLATE_NOOP("CsvImport", "Sent at")},
    {CsvField::Text, "text", QT_TRANSLATE_NOOP("CsvImport", "Text")},
    {CsvField::ReplyTo, "reply_to", QT_TRANSLATE_NOOP("CsvImport", "Reply to")},
    {CsvField::Plan, "plan", QT_TRANSLATE_NOOP("CsvImport", "Plan")},
    {CsvField::Amount, "amount", QT_TRANSLATE_NOOP("CsvImport", "Amount")},
    {CsvField::Currency, "currency", QT_TRANSLATE_NOOP("CsvImport", "Currency")},
    {CsvField::StartedAt, "started_at", QT_TRANSLATE_NOOP("CsvImport", "Start")},
    {CsvField::ExpiresAt, "expires_at", QT_TRANSLATE_NOOP("CsvImport", "Expiry")},
    {CsvField::Status, "status", QT_TRANSLATE_NOOP("CsvImport", "Status")},
    {CsvField::SubmittedAt, "submitted_at", QT_TRANSLATE_NOOP("CsvImport", "Submitted at")},
    {CsvField::Score, "score", QT_TRANSLATE_NOOP("CsvImport", "Score")},
    {CsvField::Activity, "activity", QT_TRANSLATE_NOOP("CsvImport", "Activity")},
    {CsvField::Kind, "kind", QT_TRANSLATE_NOOP("CsvImport", "Kind")},
    {CsvField::StartsAt, "starts_at", QT_TRANSLATE_NOOP("CsvImport", "Starts at")},
    {CsvField::EndsAt, "ends_at", QT_TRANSLATE_NOOP("CsvImport", "Ends at")},
    {CsvField::Attendance, "attendance", QT_TRANSLATE_NOOP("CsvImport", "Attendance")},
};

const FieldInfo &info(CsvField field)
{
    for (const FieldInfo &f : kFields)
        if (f.field == field)
            return f;
    return kFields[0];
}

} // namespace

QList<CsvTarget> CsvFields::targets()
{
    return {CsvTarget::Members, CsvTarget::Messages, CsvTarget::Memberships, CsvTarget::Feedback,
            CsvTarget::Activities};
}

QString CsvFields::targetKey(CsvTarget target)
{
    switch (target) {
    case CsvTarget::Members:
        return QStringLiteral("members");
    case CsvTarget::Messages:
        return QStringLiteral("messages");
    case CsvTarget::Memberships:
        return QStringLiteral("memberships");
    case CsvTarget::Feedback:
        return QStringLiteral("feedback");
    case CsvTarget::Activities:
        return QStringLiteral("activities");
    }
    return {};
}

bool CsvFields::targetFromKey(const QString &key, CsvTarget *target)
{
    for (CsvTarget t : targets()) {
        if (targetKey(t) == key.trimmed().toLower()) {
            *target = t;
            return true;
        }
    }
    return false;
}

QString CsvFields::targetLabel(CsvTarget target)
{
    switch (target) {
    case CsvTarget::Members:
        return QCoreApplication::translate("CsvImport", "Members");
    case CsvTarget::Messages:
        return QCoreApplication::translate("CsvImport", "Messages");
    case CsvTarget::Memberships:
        return QCoreApplication::translate("CsvImport", "Memberships / payments");
    case CsvTarget::Feedback:
        return QCoreApplication::translate("CsvImport", "Feedback");
    case CsvTarget::Activities:
        return QCoreApplication::translate("CsvImport", "Activities / attendance");
    }
    return {};
}

QString CsvFields::key(CsvField field)
{
    return QString::fromLatin1(info(field).key);
}

bool CsvFields::fromKey(const QString &key, CsvField *field)
{
    const QString k = key.trimmed().toLower();
    for (const FieldInfo &f : kFields) {
        if (k == QLatin1String(f.key)) {
            *field = f.field;
            return true;
        }
    }
    return false;
}

QString CsvFields::label(CsvField field)
{
    return QCoreApplication::translate("CsvImport", info(field).label);
}

QList<CsvField> CsvFields::memberFields()
{
    return {CsvField::MemberId, CsvField::Username, CsvField::DisplayName, CsvField::Email,
            CsvField::Phone};
}

bool CsvFields::isMemberField(CsvField field)
{
    return memberFields().contains(field);
}

QList<CsvField> CsvFields::fieldsFor(CsvTarget target)
{
    const QList<CsvField> member = memberFields();
    switch (target) {
    case CsvTarget::Members:
        return member + QList<CsvField>{CsvField::JoinedAt, CsvField::Tags, CsvField::Notes};
    case CsvTarget::Messages:
        return QList<CsvField>{CsvField::RecordId} + member +
               QList<CsvField>{CsvField::Channel, CsvField::SentAt, CsvField::Text,
                               CsvField::ReplyTo};
    case CsvTarget::Memberships:
        return QList<CsvField>{CsvField::RecordId} + member +
               QList<CsvField>{CsvField::Plan,      CsvField::Amount,    CsvField::Currency,
                               CsvField::StartedAt, CsvField::ExpiresAt, CsvField::Status};
    case CsvTarget::Feedback:
        return QList<CsvField>{CsvField::RecordId} + member +
               QList<CsvField>{CsvField::SubmittedAt, CsvField::Score, CsvField::Text};
    case CsvTarget::Activities:
        return QList<CsvField>{CsvField::Activity, CsvField::Kind, CsvField::StartsAt,
                               CsvField::EndsAt} +
               member + QList<CsvField>{CsvField::Attendance};
    }
    return {};
}

QList<QList<CsvField>> CsvFields::requiredFor(CsvTarget target)
{
    switch (target) {
    case CsvTarget::Members:
        return {memberFields()};
    case CsvTarget::Messages:
        return {memberFields(), {CsvField::SentAt}, {CsvField::Text}};
    case CsvTarget::Memberships:
        return {memberFields(), {CsvField::StartedAt}};
    case CsvTarget::Feedback:
        return {{CsvField::SubmittedAt}, {CsvField::Score, CsvField::Text}};
    case CsvTarget::Activities:
        return {{CsvField::Activity}, {CsvField::StartsAt}};
    }
    return {};
}

QString CsvFields::describe(const QList<CsvField> &group)
{
    if (group == memberFields())
        return QCoreApplication::translate("CsvImport", "a member column (id, username, display "
                                                        "name, email or phone)");
    QStringList labels;
    for (CsvField f : group)
        labels.append(label(f));
    return labels.join(QCoreApplication::translate("CsvImport", " or "));
}

} // namespace kindred
