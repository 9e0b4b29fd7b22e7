#pragma once
// Suggests members that are probably one person seen on several platforms, for a human to
// confirm (nothing is merged automatically).
//
// Rules, strongest first (each pair of current members is suggested once, with its strongest
// reason):
//  * "email": an identity of each has the same e-mail address (trimmed, case-folded);
//  * "phone": the same phone number (digits only, at least 7; a leading country code 86 or
//    a leading 0 is ignored when the rest has 11 digits);
//  * "username": the same username on two different platforms (case-folded, without a
//    leading @);
//  * "display_name": the same display name on two different platforms (Unicode NFKC,
//    case-folded, inner whitespace collapsed; at least 2 characters). A name that two or more
//    members share on one platform is ambiguous and never suggested by name.
// Members are compared after merges (a merged identity counts as its surviving member); bots,
// the exporting account, and pairs the user dismissed are left out. The suggested target is
// the member seen first (the older record), the source the other.

#include <QList>
#include <QString>

namespace kindred {

class Database;

struct MergeSuggestion
{
    qint64 targetId = 0; ///< the member that stays (seen first)
    qint64 sourceId = 0; ///< the member merged into it
    QString targetName;
    QString sourceName;
    QString targetPlatforms; ///< comma-separated platforms of the target's identities
    QString sourcePlatforms;
    QString reason;   ///< email, phone, username, display_name
    QString evidence; ///< the shared value as normalised
};

class MergeSuggestions final
{
public:
    /// Current suggestions, strongest reason first, then by name. False with error on a
    /// database problem.
    static bool find(Database &db, QList<MergeSuggestion> *out, QString *error);
    /// Remembers that the user said "not the same person" for this pair (stored in the
    /// workspace settings); the pair is not suggested again.
    static bool dismiss(Database &db, qint64 memberA, qint64 memberB, QString *error);

    /// The normalisations described above (exposed for tests).
    static QString normalizeName(const QString &name);
    static QString normalizeEmail(const QString &email);
    static QString normalizePhone(const QString &phone);
    static QString normalizeUsername(const QString &username);
};

} // namespace kindred
