#pragma once
// The workspace's community settings (the `community` row): name, currency (ISO 4217 code)
// and timezone (IANA id; analytics cut days in it). Reads the default community and updates it
// after validation; errors come back as bool + a translated message (context
// "CommunityStore"), never as a dialog. Runs on the thread that owns the Database connection.

#include <QString>

namespace kindred {

class Database;

struct CommunitySettings
{
    qint64 id = 0; ///< 0 while the workspace holds no community yet
    QString name;
    QString currency = QStringLiteral("CNY");
    QString timezone = QStringLiteral("UTC");

    bool operator==(const CommunitySettings &) const = default;
};

class CommunityStore final
{
public:
    explicit CommunityStore(Database &db);

    /// The default community. A workspace without one gives id 0 and the values a new one
    /// would get (named after the file). False with error on a database problem.
    bool read(CommunitySettings *out, QString *error) const;
    /// Checks `s`: non-empty name, a valid QTimeZone id, three letters A–Z for the currency.
    static bool validate(const CommunitySettings &s, QString *error);
    /// Validates and writes `s` (leading and trailing spaces trimmed) into the default
    /// community, creating it when the workspace has none, in one transaction.
    bool update(const CommunitySettings &s, QString *error);

private:
    Database &m_db;
};

} // namespace kindred
