#pragma once
// One Telegram export (result.json) in memory: loaded into a single padded buffer and iterated
// once with simdjson On-Demand, plus the error reporting every reading step shares.
//
// Errors: each failing call returns false after filling the ImportError with the file, the byte
// offset (-1 when there is no position), the 1-based line and column (in characters) and a
// message that names the field and, through the context callback, the message and chat being
// read ("message #3 (id 17) of chat \"Group\""). Progress is reported in bytes of the file.

#include "TelegramJson.h"
#include "TelegramWarnings.h"

#include "import/ImportError.h"
#include "import/ImportSink.h"

#include <QString>

#include <simdjson.h>

#include <functional>
#include <string_view>

namespace kindred::telegram {

class TelegramDocument final
{
public:
    /// Describes where reading is ("message #3 (id 17) of chat \"Group\""), or "".
    using Context = std::function<QString()>;

    TelegramDocument(const QString &path, ImportSink &sink, ImportError &error);
    Q_DISABLE_COPY_MOVE(TelegramDocument)

    /// Reads the whole file (a UTF-8 BOM is blanked out). False with the error set when the file
    /// cannot be read, is empty or larger than 4 GiB, or the import was canceled.
    bool load();
    /// Starts iterating the loaded file and returns its top-level object. False with the error
    /// set (position of the offending byte) when the file is not one JSON object.
    bool openRoot(od::object &root);
    /// After the top-level object: false with the error set when anything but whitespace follows.
    bool checkEnd();

    std::string_view text() const { return {m_json.data(), m_json.size()}; }
    qint64 size() const { return qint64(m_json.size()); }
    /// Reports progress (bytes read so far) to the sink; false with the error set if canceled.
    bool poll();

    void setContext(Context context) { m_context = std::move(context); }
    QString context() const { return m_context ? m_context() : QString(); }
    TelegramWarnings &warnings() { return m_warnings; }
    /// Counts a warning of kind k; true while it is still to be reported on its own by warn().
    bool warnAllowed(Warn k) { return m_warnings.allow(k); }
    /// Adds a warning to the import result.
    void warn(const QString &text) { m_sink.addWarning(text); }

    // Error reporting; each returns false for "return fail(...)".
    bool fail(qint64 offset, const QString &message);
    /// A simdjson error while reading what ("\"text\"", "a message"): the position where
    /// simdjson stopped, or the end of the file.
    bool jsonFail(error_code ec, const QString &what);
    /// Value v of field has type found but must be expected ("a string"); quotes the value.
    bool typeFail(od::value &v, const char *field, const QString &expected, od::json_type found);
    /// The sink refused what: QT_TRANSLATE_NOOP("TelegramImporter", "a message"), "an event".
    bool sinkFail(const char *what);
    qint64 offsetOf(const char *p) const { return p ? qint64(p - m_json.data()) : -1; }

private:
    const QString m_path;
    ImportSink &m_sink;
    ImportError &m_error;

    simdjson::padded_string m_json;
    od::parser m_parser;
    od::document m_ondemand;
    Context m_context;
    TelegramWarnings m_warnings;
};

/// Evaluates a simdjson call; on error returns doc.jsonFail(error, what) from the caller.
#define TG_TRY(doc, expr, what)                                                                    \
    do {                                                                                           \
        const ::kindred::telegram::error_code ec_ = (expr);                                        \
        if (ec_ != simdjson::SUCCESS)                                                              \
            return (doc).jsonFail(ec_, what);                                                      \
    } while (false)

} // namespace kindred::telegram
