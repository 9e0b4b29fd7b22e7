#pragma once
// One DiscordChatExporter JSON file in memory: loaded into a single padded buffer and iterated
// once with simdjson On-Demand, plus the error reporting and typed value reads every step of
// the Discord reader shares.
//
// Errors: each failing call returns false after filling the ImportError with the file, the byte
// offset (-1 when there is no position), the 1-based line and column (in characters) and a
// message that names the field and, through the context callback, the message being read
// ("message #3 (id 1060926346089476176)"). The byte scanners of the Telegram reader
// (telegram/TelegramJson.h) locate what simdjson cannot (invalid UTF-8, unclosed strings).

#include "import/ImportError.h"
#include "import/ImportSink.h"
#include "import/telegram/TelegramJson.h"

#include <QString>

#include <simdjson.h>

#include <functional>
#include <string_view>

namespace kindred::discord {

namespace od = simdjson::ondemand;
using simdjson::error_code;
using telegram::eq;
using telegram::fieldKey;
using telegram::fromUtf8;

class DiscordDocument final
{
public:
    using Context = std::function<QString()>;

    DiscordDocument(const QString &path, ImportSink &sink, ImportError &error);
    Q_DISABLE_COPY_MOVE(DiscordDocument)

    /// Reads the whole file (a UTF-8 BOM is blanked out). False with the error set when the file
    /// cannot be read, is empty or larger than 4 GiB, or the import was canceled.
    bool load();
    /// Starts iterating and returns the top-level object (false with the error set otherwise).
    bool openRoot(od::object &root);
    /// False with the error set when anything but whitespace follows the top-level object.
    bool checkEnd();
    qint64 size() const { return qint64(m_json.size()); }
    /// Reports progress to the sink; false with the error set if the import was canceled.
    bool poll();

    void setContext(Context context) { m_context = std::move(context); }

    // Error reporting; each returns false for "return fail(...)".
    bool fail(qint64 offset, const QString &message);
    bool jsonFail(error_code ec, const QString &what);
    bool typeFail(od::value &v, const char *field, const QString &expected, od::json_type found);
    /// The sink refused what (a QT_TRANSLATE_NOOP("DiscordImporter", ...) text).
    bool sinkFail(const char *what);

    // Typed reads; false with the error set (naming field) when the value has another type.
    bool typeOf(od::value &v, od::json_type &t, const char *field);
    bool getObject(od::value &v, od::object &out, const char *field);
    bool getArray(od::value &v, od::array &out, const char *field);
    /// A string; null gives isNull = true and an empty out.
    bool getStringOrNull(od::value &v, QString &out, bool &isNull, const char *field);
    bool getString(od::value &v, QString &out, const char *field);
    /// A snowflake: a string, or an integer whose digits are kept as written (never a double).
    /// null gives an empty out.
    bool getId(od::value &v, QString &out, const char *field);
    bool getBool(od::value &v, bool &out, const char *field);
    bool getInt(od::value &v, qint64 &out, const char *field);
    /// An ISO 8601 time with its offset ("2023-01-06T16:11:26.414+00:00") as UTC seconds, or
    /// 0 for null.
    bool getTime(od::value &v, qint64 &out, const char *field);

private:
    qint64 offsetOf(const char *p) const { return p ? qint64(p - m_json.data()) : -1; }
    QString context() const { return m_context ? m_context() : QString(); }

    const QString m_path;
    ImportSink &m_sink;
    ImportError &m_error;
    simdjson::padded_string m_json;
    od::parser m_parser;
    od::document m_ondemand;
    Context m_context;
};

QString describe(error_code ec);
QString typeName(od::json_type t);

/// Evaluates a simdjson call; on error returns doc.jsonFail(error, what) from the caller.
#define DC_TRY(doc, expr, what)                                                                    \
    do {                                                                                           \
        const ::kindred::discord::error_code ec_ = (expr);                                         \
        if (ec_ != simdjson::SUCCESS)                                                              \
            return (doc).jsonFail(ec_, what);                                                      \
    } while (false)

} // namespace kindred::discord
