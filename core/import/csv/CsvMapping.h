#pragma once
// How a generic CSV file maps onto Kindred's tables: its target, its source, how to read it
// and which column holds which field. Kept as a JSON file (`kindred import --format csv
// --mapping FILE`, the dialog's Save/Load) and remembered per source in the workspace's
// `setting` table under "csv_mapping/<source>" (CsvMappingStore).
//
// JSON schema (version 1; every key but "target" and "columns" is optional):
//
//   {
//     "kindred_csv_mapping": 1,
//     "target": "memberships",        // members | messages | memberships | feedback | activities
//     "source": "zsxq",               // where the file comes from; the identity platform of the
//                                     //   members it creates and the key it is remembered by
//                                     //   (default "csv"; [a-z0-9._-], max 64 characters)
//     "encoding": "auto",             // auto | utf-8 | gb18030 | utf-16 (auto: BOM, then valid
//                                     //   UTF-8, else GB18030)
//     "delimiter": "auto",            // auto | "," | ";" | "\t" (or "tab") | "|"
//     "header_row": 1,                // 1-based record holding the column names (records above
//                                     //   it are skipped); 0 = no header: columns are "#1", "#2"…
//     "columns": {                    // column -> field; a column is its header text or "#N"
//       "昵称": "display_name", "金额": "amount", "#7": "status"
//     },
//     "date_format": "auto",          // auto: ISO 8601 with or without offset, yyyy-MM-dd
//                                     //   HH:mm[:ss], yyyy/M/d H:mm[:ss], yyyy.M.d, yyyy年M月d日,
//                                     //   yyyyMMdd, unix seconds or milliseconds; else a Qt
//                                     //   QDateTime format such as "dd.MM.yyyy HH:mm"
//     "timezone": "",                 // IANA id for dates without an offset; "" = community's
//     "currency": "",                 // ISO 4217 default for amounts without one; "" = community's
//     "member": {
//       "platform": "",               // platform of the member_id column ("telegram"); "" = source
//       "match": ["external_id", "email", "phone", "username", "display_name"]
//     },                              // how a row finds an existing member, in order
//     "skip_invalid_rows": false      // import the valid rows and list the others as warnings
//   }
//
// Fields per target (keys of CsvFields): member fields member_id, username, display_name,
// email, phone in every target; members: joined_at, tags, notes; messages: record_id,
// channel, sent_at, text, reply_to; memberships: record_id, plan, amount, currency,
// started_at, expires_at, status; feedback: record_id, submitted_at, score, text;
// activities: activity, kind, starts_at, ends_at, attendance.

#include "CsvField.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

namespace kindred {

struct CsvMapping
{
    static constexpr int kVersion = 1;

    CsvTarget target = CsvTarget::Members;
    QString source = QStringLiteral("csv");
    QString encoding = QStringLiteral("auto");
    QString delimiter = QStringLiteral("auto"); ///< "auto" or the one delimiter character
    int headerRow = 1;
    QList<QPair<QString, CsvField>> columns; ///< column name or "#N" -> field, in file order
    QString dateFormat = QStringLiteral("auto");
    QString timezone;       ///< "" = the community's
    QString currency;       ///< "" = the community's
    QString memberPlatform; ///< "" = source
    QStringList memberMatch = defaultMatchOrder();
    bool skipInvalidRows = false;

    /// external_id, email, phone, username, display_name.
    static QStringList defaultMatchOrder();
    /// "csv-<target>", the import batch format.
    QString format() const;
    /// The platform of member_id values: memberPlatform, else source.
    QString platform() const { return memberPlatform.isEmpty() ? source : memberPlatform; }

    /// The column assigned to `field`, or "" when none.
    QString columnFor(CsvField field) const;
    /// The field of `column` (Ignore when unassigned).
    CsvField fieldOf(const QString &column) const;
    /// Assigns `field` to `column` (Ignore removes the assignment); a field is held by one
    /// column only, so an earlier column with the same field is unassigned.
    void assign(const QString &column, CsvField field);
    bool isMapped(CsvField field) const { return !columnFor(field).isEmpty(); }
    /// Required field groups of the target that no column holds (empty = ready to import).
    QList<QList<CsvField>> missingRequired() const;

    /// Checks every value (names, target fields, delimiter, encoding, time zone, currency);
    /// false with a message naming the bad key.
    bool validate(QString *error) const;

    QJsonObject toJson() const;
    /// Reads and validates a mapping; false with a message naming the bad key.
    static bool fromJson(const QJsonObject &json, CsvMapping *out, QString *error);
    /// Reads a mapping JSON file, or a built-in preset named "preset:NAME".
    static bool load(const QString &path, CsvMapping *out, QString *error);
    bool save(const QString &path, QString *error) const;

    /// Built-in presets for known layouts: "gitter" (freeCodeCamp Gitter archives,
    /// TAB-separated, no header, 7 columns) and "zsxq" (a 知识星球 members export as
    /// memberships: 用户ID, 昵称, 成员身份 (normal / trial / expired), 加入时间, 到期时间,
    /// 金额 in CNY; one row per membership term, see CsvMapping.cpp) and "zsxq-api" (the same
    /// with the API's field names user_id, name, scope, join_time, expired_time, amount).
    static QStringList presetNames();
    static bool preset(const QString &name, CsvMapping *out);

    bool operator==(const CsvMapping &) const = default;
};

} // namespace kindred
