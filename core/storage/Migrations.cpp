#include "Migrations.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace kindred {
namespace {

// Migration 1: the foundation entities of PRODUCT.md §1.
constexpr const char *kMigration1 = R"SQL(
CREATE TABLE community (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    currency    TEXT NOT NULL DEFAULT 'CNY',
    timezone    TEXT NOT NULL DEFAULT 'UTC',
    created_at  INTEGER NOT NULL DEFAULT (CAST(strftime('%s','now') AS INTEGER))
);
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE channel (
    id           INTEGER PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    platform     TEXT NOT NULL,
    external_id  TEXT NOT NULL,
    name         TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL DEFAULT '',
    UNIQUE (community_id, platform, external_id)
);
CREATE TABLE member (
    id           INTEGER PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    display_name TEXT NOT NULL DEFAULT '',
    first_seen   INTEGER,
    last_seen    INTEGER,
    joined_at    INTEGER,
    left_at      INTEGER,
    status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','muted','banned')),
    is_bot       INTEGER NOT NULL DEFAULT 0,
    is_self      INTEGER NOT NULL DEFAULT 0, -- the exporting account ("You"): not a member
    tags         TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    merged_into  INTEGER REFERENCES member(id)
);
CREATE INDEX member_community ON member(community_id);
CREATE TABLE identity (
    id           INTEGER PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    member_id    INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    platform     TEXT NOT NULL,
    external_id  TEXT NOT NULL,
    username     TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    UNIQUE (community_id, platform, external_id)
);
CREATE INDEX identity_member ON identity(member_id);
CREATE TABLE import_batch (
    id               INTEGER PRIMARY KEY,
    community_id     INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    file_name        TEXT NOT NULL,
    format           TEXT NOT NULL,
    sha256           TEXT NOT NULL,
    size_bytes       INTEGER NOT NULL DEFAULT 0,
    imported_at      INTEGER NOT NULL,
    messages_added   INTEGER NOT NULL DEFAULT 0,
    messages_skipped INTEGER NOT NULL DEFAULT 0,
    members_added    INTEGER NOT NULL DEFAULT 0,
    events_added     INTEGER NOT NULL DEFAULT 0,
    warnings         TEXT NOT NULL DEFAULT '',
    UNIQUE (community_id, sha256)
);
CREATE TABLE message (
    id                   INTEGER PRIMARY KEY,
    channel_id           INTEGER NOT NULL REFERENCES channel(id) ON DELETE CASCADE,
    external_id          TEXT NOT NULL,
    member_id            INTEGER REFERENCES member(id),
    sent_at              INTEGER NOT NULL,
    text                 TEXT NOT NULL DEFAULT '',
    reply_to_external_id TEXT,
    thread_external_id   TEXT,
    edited_at            INTEGER,
    forwarded_from       TEXT,
    attachment_kind      TEXT,
    is_service           INTEGER NOT NULL DEFAULT 0,
    import_batch_id      INTEGER REFERENCES import_batch(id),
    UNIQUE (channel_id, external_id)
);
-- Covering index of the period queries (activity, counts, first/last message).
CREATE INDEX message_sent_at ON message(sent_at, channel_id, member_id, is_service);
CREATE INDEX message_reply ON message(channel_id, reply_to_external_id)
    WHERE reply_to_external_id IS NOT NULL;
CREATE TABLE reaction (
    id         INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES message(id) ON DELETE CASCADE,
    emoji      TEXT NOT NULL,
    count      INTEGER NOT NULL,
    UNIQUE (message_id, emoji)
);
CREATE TABLE reaction_member (
    reaction_id INTEGER NOT NULL REFERENCES reaction(id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES member(id),
    reacted_at  INTEGER,
    PRIMARY KEY (reaction_id, member_id)
) WITHOUT ROWID;
CREATE INDEX reaction_member_member ON reaction_member(member_id);
CREATE TABLE event (
    id                  INTEGER PRIMARY KEY,
    channel_id          INTEGER NOT NULL REFERENCES channel(id) ON DELETE CASCADE,
    kind                TEXT NOT NULL,
    member_id           INTEGER REFERENCES member(id),
    actor_member_id     INTEGER REFERENCES member(id),
    occurred_at         INTEGER NOT NULL,
    message_external_id TEXT,
    detail              TEXT NOT NULL DEFAULT '',
    dedup_key           TEXT NOT NULL,
    import_batch_id     INTEGER REFERENCES import_batch(id),
    UNIQUE (channel_id, dedup_key)
);
CREATE INDEX event_member ON event(member_id, occurred_at);
)SQL";

// Migration 2 (sources issue): batch provenance on every row an import adds, so that removing a
// batch removes exactly what it added; contact fields for identity-merge suggestions; the
// merge log; memberships/payments, feedback and activities with attendance (generic CSV).
constexpr const char *kMigration2 = R"SQL(
ALTER TABLE channel ADD COLUMN import_batch_id INTEGER REFERENCES import_batch(id);
ALTER TABLE member ADD COLUMN import_batch_id INTEGER REFERENCES import_batch(id);
ALTER TABLE identity ADD COLUMN import_batch_id INTEGER REFERENCES import_batch(id);
ALTER TABLE identity ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE identity ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE reaction ADD COLUMN import_batch_id INTEGER REFERENCES import_batch(id);
ALTER TABLE reaction_member ADD COLUMN import_batch_id INTEGER REFERENCES import_batch(id);
ALTER TABLE import_batch ADD COLUMN source_path TEXT NOT NULL DEFAULT '';
ALTER TABLE import_batch ADD COLUMN people_in_export INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batch ADD COLUMN rows_added INTEGER NOT NULL DEFAULT 0;
CREATE INDEX message_member ON message(member_id, sent_at);
CREATE INDEX identity_email ON identity(email) WHERE email <> '';
CREATE INDEX identity_phone ON identity(phone) WHERE phone <> '';
CREATE TABLE member_merge (
    id               INTEGER PRIMARY KEY,
    community_id     INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    source_member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    target_member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    reason           TEXT NOT NULL DEFAULT '',
    actor            TEXT NOT NULL DEFAULT '',
    merged_at        INTEGER NOT NULL,
    undone_at        INTEGER
);
CREATE INDEX member_merge_source ON member_merge(source_member_id);
CREATE TABLE plan (
    id              INTEGER PRIMARY KEY,
    community_id    INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    price_minor     INTEGER,          -- minor currency units (fen, cents)
    currency        TEXT NOT NULL DEFAULT '',
    period_days     INTEGER,
    import_batch_id INTEGER REFERENCES import_batch(id),
    UNIQUE (community_id, name)
);
CREATE TABLE membership (
    id              INTEGER PRIMARY KEY,
    community_id    INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    member_id       INTEGER NOT NULL REFERENCES member(id),
    plan_id         INTEGER REFERENCES plan(id),
    amount_minor    INTEGER NOT NULL DEFAULT 0, -- minor units of currency
    currency        TEXT NOT NULL DEFAULT '',   -- ISO 4217
    started_at      INTEGER NOT NULL,           -- UTC seconds
    expires_at      INTEGER,                    -- UTC seconds, NULL = no expiry
    status          TEXT NOT NULL DEFAULT 'active'
                    CHECK (status IN ('trial','active','expired','refunded','cancelled')),
    renewal_of      INTEGER REFERENCES membership(id),
    external_id     TEXT NOT NULL,
    import_batch_id INTEGER REFERENCES import_batch(id),
    UNIQUE (community_id, external_id)
);
CREATE INDEX membership_member ON membership(member_id, started_at);
CREATE TABLE feedback (
    id              INTEGER PRIMARY KEY,
    community_id    INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    member_id       INTEGER REFERENCES member(id),
    submitted_at    INTEGER NOT NULL,
    score           REAL,
    text            TEXT NOT NULL DEFAULT '',
    external_id     TEXT NOT NULL,
    import_batch_id INTEGER REFERENCES import_batch(id),
    UNIQUE (community_id, external_id)
);
CREATE TABLE activity (
    id              INTEGER PRIMARY KEY,
    community_id    INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL DEFAULT '',
    starts_at       INTEGER NOT NULL,
    ends_at         INTEGER,
    import_batch_id INTEGER REFERENCES import_batch(id),
    UNIQUE (community_id, name, starts_at)
);
CREATE TABLE activity_attendance (
    activity_id     INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    member_id       INTEGER NOT NULL REFERENCES member(id),
    status          TEXT NOT NULL DEFAULT 'attended'
                    CHECK (status IN ('registered','attended','absent')),
    import_batch_id INTEGER REFERENCES import_batch(id),
    PRIMARY KEY (activity_id, member_id)
) WITHOUT ROWID;
CREATE INDEX activity_attendance_member ON activity_attendance(member_id);
)SQL";

// Indexes for the child keys of member(id) that had none: without them deleting a member
// (removing an import batch) scans these tables once per member.
constexpr const char *kMigration3 = R"SQL(
CREATE INDEX member_merged_into ON member(merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX event_actor ON event(actor_member_id) WHERE actor_member_id IS NOT NULL;
CREATE INDEX member_merge_target ON member_merge(target_member_id);
CREATE INDEX feedback_member ON feedback(member_id);
)SQL";

// Sync sources (URLs kept current in the background) and the record of every sync run. A
// source's secret is in the OS keychain; the row keeps only the key it is stored under.
constexpr const char *kMigration4 = R"SQL(
CREATE TABLE sync_source (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE,
    url                 TEXT NOT NULL,
    format              TEXT NOT NULL DEFAULT 'auto',
    kind                TEXT NOT NULL DEFAULT 'auto' CHECK (kind IN ('auto','file','manifest')),
    auth                TEXT NOT NULL DEFAULT 'none' CHECK (auth IN ('none','bearer','basic')),
    username            TEXT NOT NULL DEFAULT '',
    secret_ref          TEXT NOT NULL DEFAULT '',
    every_minutes       INTEGER NOT NULL DEFAULT 0 CHECK (every_minutes >= 0),
    enabled             INTEGER NOT NULL DEFAULT 1,
    trusted_cert_sha256 TEXT NOT NULL DEFAULT '',
    etag                TEXT NOT NULL DEFAULT '',
    last_modified       TEXT NOT NULL DEFAULT '',
    created_at          INTEGER NOT NULL
);
CREATE TABLE sync_run (
    id              INTEGER PRIMARY KEY,
    source_id       INTEGER NOT NULL REFERENCES sync_source(id) ON DELETE CASCADE,
    started_at      INTEGER NOT NULL,
    finished_at     INTEGER,
    status          TEXT NOT NULL DEFAULT 'running'
                    CHECK (status IN ('running','updated','not_modified','failed','canceled')),
    http_status     INTEGER NOT NULL DEFAULT 0,
    bytes           INTEGER NOT NULL DEFAULT 0,
    files_imported  INTEGER NOT NULL DEFAULT 0,
    messages_added  INTEGER NOT NULL DEFAULT 0,
    members_added   INTEGER NOT NULL DEFAULT 0,
    events_added    INTEGER NOT NULL DEFAULT 0,
    error           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_run_source ON sync_run(source_id, started_at);
)SQL";

// Moderation (PRODUCT.md §4): flags raised by the rules (one per rule and dedup key, so a
// re-import never flags the same thing twice), member reports imported from CSV, and the
// moderation audit log. The log has no foreign keys (it outlives the rows it names, keeping
// the member's name as it was) and triggers make it append-only at the database level.
constexpr const char *kMigration5 = R"SQL(
CREATE TABLE flag (
    id           INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: the audit log names flag ids
    community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    rule         TEXT NOT NULL,
    member_id    INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    message_id   INTEGER REFERENCES message(id) ON DELETE CASCADE,
    channel_id   INTEGER REFERENCES channel(id) ON DELETE CASCADE,
    occurred_at  INTEGER NOT NULL,                -- UTC seconds of the flagged behaviour
    raised_at    INTEGER NOT NULL,                -- UTC seconds when the rule raised it
    severity     INTEGER NOT NULL DEFAULT 1 CHECK (severity BETWEEN 1 AND 3),
    score        REAL NOT NULL DEFAULT 0,
    why          TEXT NOT NULL DEFAULT '',        -- the score breakdown shown to moderators
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','dismissed','actioned')),
    handled_at   INTEGER,
    dedup_key    TEXT NOT NULL,
    UNIQUE (community_id, rule, dedup_key)
);
CREATE INDEX flag_status ON flag(status, member_id);
CREATE INDEX flag_member ON flag(member_id);
CREATE INDEX flag_message ON flag(message_id) WHERE message_id IS NOT NULL;
CREATE TABLE member_report (
    id                 INTEGER PRIMARY KEY,
    community_id       INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    reported_member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    reporter_member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
    message_id         INTEGER REFERENCES message(id) ON DELETE SET NULL,
    reported_at        INTEGER NOT NULL,
    reason             TEXT NOT NULL DEFAULT '',
    external_id        TEXT NOT NULL,
    import_batch_id    INTEGER REFERENCES import_batch(id),
    UNIQUE (community_id, external_id)
);
CREATE INDEX member_report_member ON member_report(reported_member_id);
CREATE TABLE moderation_action (
    id           INTEGER PRIMARY KEY,
    community_id INTEGER NOT NULL,
    acted_at     INTEGER NOT NULL,                -- UTC seconds
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL
                 CHECK (action IN ('dismiss','warn','mute','ban','unban','note')),
    reason       TEXT NOT NULL,
    member_id    INTEGER NOT NULL,
    member_name  TEXT NOT NULL DEFAULT '',
    flag_id      INTEGER,
    flag_rule    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX moderation_action_member ON moderation_action(member_id, acted_at);
CREATE TRIGGER moderation_action_no_update BEFORE UPDATE ON moderation_action
BEGIN
    SELECT RAISE(ABORT, 'the moderation audit log is append-only: entries cannot be changed');
END;
CREATE TRIGGER moderation_action_no_delete BEFORE DELETE ON moderation_action
BEGIN
    SELECT RAISE(ABORT, 'the moderation audit log is append-only: entries cannot be deleted');
END;
)SQL";

// Full-text search over message text (issue 6 item 3, core/search/MessageSearch.h): an FTS5
// index with the trigram tokenizer, so any substring of three or more characters matches,
// Chinese included (no word segmentation needed), case-insensitively. External content: the
// text stays only in message, the index holds the trigrams. Every message row is indexed (empty
// and service rows cost nothing; searches filter is_service). Triggers keep the index in step
// with every writer; the bulk importer (ImportService through core/search/SearchIndex.h) drops
// the insert trigger inside its transaction and indexes the batch's rows in one statement.
constexpr const char *kMigration6 = R"SQL(
CREATE VIRTUAL TABLE message_fts USING fts5(text, content='message', content_rowid='id',
                                            tokenize='trigram', columnsize=0);
-- columnsize=0: no per-row size table (bm25 re-tokenizes the matched rows instead); 32 MB of
-- pending terms before a segment is written (default 1 MB): indexing the 1M messages of
-- bench/bench_import.py takes ~1.5 s instead of ~6 s (fewer segments written and merged).
INSERT INTO message_fts(message_fts, rank) VALUES ('hashsize', 33554432);
INSERT INTO message_fts(message_fts) VALUES ('rebuild');
CREATE TRIGGER message_fts_insert AFTER INSERT ON message
BEGIN
    INSERT INTO message_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER message_fts_delete AFTER DELETE ON message
BEGIN
    INSERT INTO message_fts(message_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER message_fts_update AFTER UPDATE OF text ON message
BEGIN
    INSERT INTO message_fts(message_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO message_fts(rowid, text) VALUES (new.id, new.text);
END;
)SQL";

// Essence (精华) marks (issue 6 item 1, core/analytics/ContentInsights.h): the posts a community
// manager keeps for the knowledge base, with who marked them, when (UTC seconds) and a note.
// The mark goes with its message (ON DELETE CASCADE; BatchRemover deletes marks explicitly too,
// because it runs with foreign keys off).
constexpr const char *kMigration7 = R"SQL(
CREATE TABLE essence (
    message_id INTEGER PRIMARY KEY REFERENCES message(id) ON DELETE CASCADE,
    marked_at  INTEGER NOT NULL,
    marked_by  TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT ''
);
)SQL";

struct Migration
{
    int version;
    const char *sql;
};

constexpr Migration kMigrations[] = {
    {1, kMigration1},
    {2, kMigration2},
    {3, kMigration3},
    {4, kMigration4},
    {5, kMigration5},
    {6, kMigration6},
    {7, kMigration7},
};

QString sqliteError(sqlite3 *db, char *msg)
{
    QString s = QString::fromUtf8(msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    return s;
}

} // namespace

int Migrations::latestVersion()
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

int Migrations::currentVersion(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    int v = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        v = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return v;
}

bool Migrations::migrate(sqlite3 *db, QString *error, int target)
{
    if (target < 0)
        target = latestVersion();
    const int from = currentVersion(db);
    if (from < 0) {
        *error = QCoreApplication::translate("Migrations", "cannot read the schema version: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    if (from > latestVersion()) {
        *error = QCoreApplication::translate(
                     "Migrations", "the workspace has schema version %1, newer than this Kindred "
                                   "(%2): update Kindred to open it")
                     .arg(from)
                     .arg(latestVersion());
        return false;
    }
    for (const Migration &m : kMigrations) {
        if (m.version <= from || m.version > target)
            continue;
        char *msg = nullptr;
        if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, &msg) != SQLITE_OK) {
            *error = QCoreApplication::translate("Migrations", "migration %1: %2")
                         .arg(m.version)
                         .arg(sqliteError(db, msg));
            return false;
        }
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(m.version);
        if (sqlite3_exec(db, m.sql, nullptr, nullptr, &msg) != SQLITE_OK ||
            sqlite3_exec(db, setVersion.constData(), nullptr, nullptr, &msg) != SQLITE_OK ||
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, &msg) != SQLITE_OK) {
            *error = QCoreApplication::translate("Migrations", "migration %1 failed: %2")
                         .arg(m.version)
                         .arg(sqliteError(db, msg));
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return false;
        }
    }
    return true;
}

} // namespace kindred
