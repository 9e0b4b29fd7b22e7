#include "CsvMemberResolver.h"

#include "storage/SqliteStatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace kindred {
namespace {

constexpr int kMaxWarnings = 50;

/// The identity external id of a new member created on the source platform.
QString identityKey(const CsvRow &row)
{
    if (!row.memberId.isEmpty())
        return row.memberId;
    if (!row.email.isEmpty())
        return QStringLiteral("email:") + row.email;
    if (!row.phone.isEmpty())
        return QStringLiteral("phone:") + row.phone;
    if (!row.username.isEmpty())
        return QStringLiteral("username:") + row.username;
    return QStringLiteral("name:") + row.displayName;
}

/// Binds as '' rather than NULL (the text columns are NOT NULL).
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

CsvMemberResolver::CsvMemberResolver(sqlite3 *db, qint64 communityId, qint64 batchId,
                                     const CsvMapping &mapping)
    : m_db(db), m_communityId(communityId), m_batchId(batchId), m_mapping(mapping)
{
}

CsvMemberResolver::~CsvMemberResolver() = default;

bool CsvMemberResolver::prepare(QString *error)
{
    auto make = [this](const char *sql) { return std::make_unique<SqliteStatement>(m_db, sql); };
    // coalesce(merged_into, id): a merged member stands for the member it was merged into.
    m_byExternalId = make("SELECT DISTINCT coalesce(m.merged_into, m.id) FROM identity i JOIN "
                          "member m ON m.id = i.member_id WHERE i.community_id = ?1 AND "
                          "i.platform = ?2 AND i.external_id = ?3 LIMIT 2");
    m_byEmail = make("SELECT DISTINCT coalesce(m.merged_into, m.id) FROM identity i JOIN member "
                     "m ON m.id = i.member_id WHERE i.community_id = ?1 AND i.email = ?2 "
                     "LIMIT 2");
    m_byPhone = make("SELECT DISTINCT coalesce(m.merged_into, m.id) FROM identity i JOIN member "
                     "m ON m.id = i.member_id WHERE i.community_id = ?1 AND i.phone = ?2 "
                     "LIMIT 2");
    m_byUsername = make("SELECT DISTINCT coalesce(m.merged_into, m.id) FROM identity i JOIN "
                        "member m ON m.id = i.member_id WHERE i.community_id = ?1 AND "
                        "i.username = ?2 COLLATE NOCASE LIMIT 2");
    m_byName = make("SELECT DISTINCT coalesce(m.merged_into, m.id) FROM member m WHERE "
                    "m.community_id = ?1 AND (m.display_name = ?2 OR EXISTS (SELECT 1 FROM "
                    "identity i WHERE i.member_id = m.id AND i.display_name = ?2)) LIMIT 2");
    m_insertMember = make("INSERT INTO member(community_id, display_name, joined_at, tags, notes, "
                          "import_batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    m_insertIdentity =
        make("INSERT INTO identity(community_id, member_id, platform, external_id, username, "
             "display_name, email, phone, import_batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
             "?8, ?9)");
    for (auto *s : {m_byExternalId.get(), m_byEmail.get(), m_byPhone.get(), m_byUsername.get(),
                    m_byName.get(), m_insertMember.get(), m_insertIdentity.get()}) {
        if (!s->isValid()) {
            *error =
                QCoreApplication::translate("CsvImport", "cannot prepare the member statements: %1")
                    .arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
            return false;
        }
    }
    return true;
}

qint64 CsvMemberResolver::fail()
{
    m_lastError = QCoreApplication::translate("CsvImport", "database error while storing a "
                                                           "member: %1")
                      .arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return -1;
}

qint64 CsvMemberResolver::single(SqliteStatement &st)
{
    qint64 id = 0;
    int rc = st.step();
    if (rc == SQLITE_ROW) {
        id = st.columnInt64(0);
        rc = st.step();
        if (rc == SQLITE_ROW)
            id = -2;
    }
    st.reset();
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? id : -1;
}

qint64 CsvMemberResolver::lookup(const QString &key, const CsvRow &row)
{
    auto byValue = [&](SqliteStatement &st, const QString &value) -> qint64 {
        if (value.isEmpty())
            return 0;
        st.bind(1, m_communityId);
        st.bind(2, value);
        const qint64 id = single(st);
        if (id == -2 && m_warnings.size() < kMaxWarnings)
            m_warnings.append(QCoreApplication::translate("CsvImport",
                                                          "line %1: '%2' names several members; "
                                                          "it was not used to find the member")
                                  .arg(row.line)
                                  .arg(value));
        return id == -2 ? 0 : id;
    };
    if (key == QLatin1String("external_id")) {
        if (row.memberId.isEmpty())
            return 0;
        QStringList platforms{m_mapping.platform()};
        if (m_mapping.source != m_mapping.platform())
            platforms.append(m_mapping.source);
        for (const QString &platform : platforms) {
            auto &st = *m_byExternalId;
            st.bind(1, m_communityId);
            st.bind(2, platform);
            st.bind(3, row.memberId);
            const qint64 id = single(st);
            if (id != 0)
                return id == -2 ? 0 : id;
        }
        return 0;
    }
    if (key == QLatin1String("email"))
        return byValue(*m_byEmail, row.email);
    if (key == QLatin1String("phone"))
        return byValue(*m_byPhone, row.phone);
    if (key == QLatin1String("username"))
        return byValue(*m_byUsername, row.username);
    if (key == QLatin1String("display_name"))
        return byValue(*m_byName, row.displayName);
    return 0;
}

qint64 CsvMemberResolver::create(const CsvRow &row)
{
    const QString name = !row.displayName.isEmpty() ? row.displayName
                         : !row.username.isEmpty()  ? row.username
                         : !row.memberId.isEmpty()  ? row.memberId
                         : !row.email.isEmpty()     ? row.email.section(QLatin1Char('@'), 0, 0)
                                                    : row.phone;
    const bool isMembers = m_mapping.target == CsvTarget::Members;
    auto &im = *m_insertMember;
    im.bind(1, m_communityId);
    im.bind(2, text(name));
    im.bindNullable(3, isMembers ? row.at : qint64(0));
    im.bind(4, text(isMembers ? row.tags : QString()));
    im.bind(5, text(isMembers ? row.notes : QString()));
    im.bind(6, m_batchId);
    int rc = im.step();
    im.reset();
    if (rc != SQLITE_DONE)
        return fail();
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    auto &ii = *m_insertIdentity;
    ii.bind(1, m_communityId);
    ii.bind(2, id);
    ii.bind(3, m_mapping.source);
    ii.bind(4, identityKey(row));
    ii.bind(5, text(row.username));
    ii.bind(6, text(name));
    ii.bind(7, text(row.email));
    ii.bind(8, text(row.phone));
    ii.bind(9, m_batchId);
    rc = ii.step();
    ii.reset();
    if (rc != SQLITE_DONE)
        return fail();
    ++m_added;
    return id;
}

qint64 CsvMemberResolver::resolve(const CsvRow &row, bool *created)
{
    *created = false;
    if (!row.hasMember())
        return 0;
    const QString key = row.memberKey();
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return it.value();
    qint64 id = 0;
    for (const QString &match : std::as_const(m_mapping.memberMatch)) {
        id = lookup(match, row);
        if (id != 0)
            break;
    }
    if (id == 0) {
        // The identity this importer would create: found when the same person came before.
        auto &st = *m_byExternalId;
        st.bind(1, m_communityId);
        st.bind(2, m_mapping.source);
        st.bind(3, identityKey(row));
        id = single(st);
        if (id == -2)
            id = 0;
    }
    if (id == 0) {
        id = create(row);
        *created = id > 0;
    }
    if (id < 0)
        return m_lastError.isEmpty() ? fail() : -1;
    m_cache.insert(key, id);
    m_people.insert(id, true);
    return id;
}

} // namespace kindred
