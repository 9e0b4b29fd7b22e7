#pragma once
// Stable salted pseudonyms for members (PRODUCT.md §5b: "A pseudonymised mode replaces names in
// reports and exports by stable salted hashes"), used by the PDF report and the member CSV
// export when their pseudonymised option is on.
//
//   salt       32 random bytes (QRandomGenerator::system()), created once per workspace and
//              kept in the `setting` table under kSaltKey (hex). It never leaves the workspace
//              and is never printed: without it, a pseudonym cannot be recomputed from an id.
//   code(id)   the first kCodeDigits (6) hex digits, upper case, of
//              HMAC-SHA256(key = salt, message = the member id as decimal text), e.g. "3F9A2C".
//   pseudonym  "Member 3F9A2C" (translated word, context "Pseudonymizer"); a member merged into
//              another (member.merged_into) gets the surviving member's pseudonym, so one person
//              has one pseudonym, and undoing the merge gives both their own back.
//
// Stability: the same member of the same workspace gets the same code in every run, report and
// export; another workspace (another salt) gives unrelated codes.
// Collisions: 6 hex digits give 2^24 = 16,777,216 codes; by the birthday bound the chance that
// any two of n members share their 6 digits is about 1 − exp(−n(n−1)/2^25): 0.3 % for 300
// members, 2.9 % for 1,000, 26 % for 3,000, 95 % for 10,000. So collisions are resolved, in a
// deterministic way: codes are assigned in increasing member id order, and a member whose code
// is already taken by a lower id gets one more digit of its HMAC until it is unique ("3F9A2C7").
// A member's code therefore depends only on the salt and the members with lower ids (member ids
// only grow), so importing new members never changes an existing member's code.
//
// Free text (report excerpts) is pseudonymised by pseudonymiseText(): every "@username" of a
// member's identities and every member display name of 2 or more characters found in the text
// (case-insensitive; Latin-script names only as whole words, CJK names anywhere) is replaced by
// the member's pseudonym; a name shared by several persons becomes "(a member)". Nicknames,
// first names alone or people who are not members of the workspace are not recognised.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kindred {

class Database;

class Pseudonymizer final
{
public:
    /// The `setting` key of the workspace's salt (64 hex digits).
    static constexpr const char *kSaltKey = "privacy/salt";
    /// Hex digits of a code before collisions extend it.
    static constexpr int kCodeDigits = 6;

    /// What the pseudonymizer knows of one member (a member table row).
    struct Member
    {
        qint64 id = 0;
        QString name;          ///< display name ("" = none)
        qint64 mergedInto = 0; ///< member.merged_into, 0 = not merged
        QStringList usernames; ///< identity usernames, without "@"
    };

    /// An empty pseudonymizer (isValid() false): pseudonym() gives "(a member)" for every id.
    Pseudonymizer() = default;
    /// From a salt and the workspace's members (any order); codes as in the file comment.
    Pseudonymizer(const QByteArray &salt, const QList<Member> &members);

    /// Reads the workspace's salt (creating and storing it on first use) and all its members
    /// and identities. False with `error` on a database error.
    static bool load(Database &db, Pseudonymizer *out, QString *error);
    /// The workspace's salt: the stored one, or a new random one stored now (INSERT OR IGNORE,
    /// so that two processes agree on one). Empty with `error` on a database error.
    static QByteArray salt(Database &db, QString *error);
    /// HMAC-SHA256(salt, decimal text of memberId) as 64 upper-case hex digits.
    static QString digestHex(const QByteArray &salt, qint64 memberId);

    bool isValid() const { return !m_salt.isEmpty(); }
    /// The code of a member ("3F9A2C", longer after a collision), after merges; for an id not
    /// loaded, the code it would get now. "" when not valid or memberId <= 0.
    QString code(qint64 memberId) const;
    /// "Member 3F9A2C" (translated); "(a member)" when there is no code.
    QString pseudonym(qint64 memberId) const;
    /// `text` with members' @usernames and display names replaced by their pseudonyms (see the
    /// file comment).
    QString pseudonymiseText(const QString &text) const;

private:
    qint64 root(qint64 memberId) const;
    QString assign(qint64 memberId); ///< extends the digits until unique, records the code

    struct Needle
    {
        QString text;        ///< name or "@username"
        qint64 memberId = 0; ///< root id; 0 = shared by several persons
    };

    QByteArray m_salt;
    QHash<qint64, QString> m_codes; ///< member id -> code (every loaded id)
    QSet<QString> m_used;           ///< codes given
    QHash<qint64, qint64> m_mergedInto;
    QList<Needle> m_needles; ///< longest first
};

} // namespace kindred
