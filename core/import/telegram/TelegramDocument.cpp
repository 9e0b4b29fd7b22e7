#include "TelegramDocument.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstring>

namespace kindred::telegram {

namespace {

constexpr qint64 kReadChunk = 16 * 1024 * 1024;

} // namespace

TelegramDocument::TelegramDocument(const QString &path, ImportSink &sink, ImportError &error)
    : m_path(path), m_sink(sink), m_error(error)
{
}

bool TelegramDocument::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(-1, QCoreApplication::translate("TelegramImporter", "cannot open the file: %1")
                            .arg(file.errorString()));
    const qint64 size = file.size();
    if (size <= 0)
        return fail(
            0, QCoreApplication::translate("TelegramImporter",
                                           "the file is empty (expected a Telegram JSON export)"));
    if (size > qint64(simdjson::SIMDJSON_MAXSIZE_BYTES))
        return fail(-1, QCoreApplication::translate(
                            "TelegramImporter", "the file is too large (%1 bytes; at most 4 GiB)")
                            .arg(size));
    m_json = simdjson::padded_string(size_t(size));
    if (m_json.data() == nullptr)
        return fail(-1, QCoreApplication::translate("TelegramImporter",
                                                    "not enough memory to load the file (%1 MB)")
                            .arg(size / (1024 * 1024)));
    qint64 done = 0;
    while (done < size) {
        const qint64 n = file.read(m_json.data() + done, std::min(kReadChunk, size - done));
        if (n <= 0)
            return fail(-1,
                        QCoreApplication::translate("TelegramImporter", "cannot read the file: %1")
                            .arg(file.errorString()));
        done += n;
        if (m_sink.isCanceled())
            return fail(-1,
                        QCoreApplication::translate("TelegramImporter", "the import was canceled"));
    }
    // A UTF-8 byte order mark is not JSON; blank it out.
    if (size >= 3 && std::memcmp(m_json.data(), "\xEF\xBB\xBF", 3) == 0)
        std::memset(m_json.data(), ' ', 3);
    return true;
}

bool TelegramDocument::openRoot(od::object &root)
{
    const std::string_view all = text();
    const size_t first = all.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && all[first] != '{') {
        return fail(
            qint64(first),
            all[first] == '['
                ? QCoreApplication::translate("TelegramImporter",
                                              "expected a JSON object ({ ... }) as in Telegram's "
                                              "result.json, but the file holds an array")
                : QCoreApplication::translate(
                      "TelegramImporter",
                      "this is not JSON: a Telegram export (result.json) starts "
                      "with '{'"));
    }
    if (const error_code ec = m_parser.iterate(m_json).get(m_ondemand)) {
        qint64 offset = -1;
        if (ec == simdjson::UTF8_ERROR)
            offset = firstInvalidUtf8(reinterpret_cast<const unsigned char *>(m_json.data()),
                                      qint64(m_json.size()));
        else if (ec == simdjson::UNCLOSED_STRING)
            offset = unclosedStringStart(m_json.data(), qint64(m_json.size()));
        else if (ec == simdjson::EMPTY)
            offset = 0;
        return fail(offset, describe(ec));
    }

    od::json_type rootType;
    if (const error_code ec = m_ondemand.type().get(rootType))
        return jsonFail(ec,
                        QCoreApplication::translate("TelegramImporter", "the start of the file"));
    if (rootType != od::json_type::object) {
        return fail(offsetOf(all.data() + all.find_first_not_of(" \t\r\n")),
                    QCoreApplication::translate(
                        "TelegramImporter",
                        "expected a JSON object ({ ... }) as in Telegram's result.json, "
                        "but the file holds %1")
                        .arg(typeName(rootType)));
    }
    TG_TRY(*this, m_ondemand.get_object().get(root),
           QCoreApplication::translate("TelegramImporter", "the top-level object"));
    return true;
}

bool TelegramDocument::checkEnd()
{
    // Nothing but whitespace may follow the top-level object.
    const auto trailing = m_ondemand.current_location();
    if (trailing.error() == simdjson::SUCCESS)
        return fail(offsetOf(trailing.value_unsafe()),
                    QCoreApplication::translate(
                        "TelegramImporter",
                        "unexpected content after the end of the top-level JSON object"));
    return true;
}

bool TelegramDocument::poll()
{
    const auto loc = m_ondemand.current_location();
    const qint64 total = qint64(m_json.size());
    m_sink.setProgress(loc.error() == simdjson::SUCCESS ? offsetOf(loc.value_unsafe()) : total,
                       total);
    if (m_sink.isCanceled())
        return fail(-1, QCoreApplication::translate("TelegramImporter", "the import was canceled"));
    return true;
}

bool TelegramDocument::fail(qint64 offset, const QString &message)
{
    m_error.file = m_path;
    m_error.message = message;
    m_error.offset = offset;
    m_error.line = 0;
    m_error.column = 0;
    if (offset >= 0 && offset <= qint64(m_json.size())) {
        const TextPosition at = positionOf(m_json.data(), offset);
        m_error.line = at.line;
        m_error.column = at.column;
    }
    return false;
}

bool TelegramDocument::jsonFail(error_code ec, const QString &what)
{
    const char *data = m_json.data();
    const qint64 size = qint64(m_json.size());
    if (ec == simdjson::INCOMPLETE_ARRAY_OR_OBJECT) {
        // simdjson reports this up front when the last token does not close the document:
        // either the file is truncated or something follows the top-level object.
        const qint64 end = endOfTopLevelValue(data, size);
        if (end >= 0) {
            qint64 i = end;
            while (i < size &&
                   (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
                ++i;
            return fail(i, QCoreApplication::translate(
                               "TelegramImporter",
                               "unexpected content after the end of the top-level JSON "
                               "object"));
        }
        return fail(size, describe(ec));
    }
    qint64 offset = size;
    const auto loc = m_ondemand.current_location();
    QString msg = describe(ec);
    if (loc.error() == simdjson::SUCCESS)
        offset = offsetOf(loc.value_unsafe());
    else
        msg += QCoreApplication::translate("TelegramImporter",
                                           " at the end of the file (truncated file?)");
    const QString ctx = context();
    msg += ctx.isEmpty()
               ? QCoreApplication::translate("TelegramImporter", " (while reading %1)").arg(what)
               : QCoreApplication::translate("TelegramImporter", " (in %1)").arg(ctx);
    return fail(offset, msg);
}

bool TelegramDocument::typeFail(od::value &v, const char *field, const QString &expected,
                                od::json_type found)
{
    std::string_view tok = v.raw_json_token();
    const qint64 offset = offsetOf(tok.data());
    QString foundText = typeName(found);
    if (found == od::json_type::number || found == od::json_type::string ||
        found == od::json_type::boolean) {
        while (!tok.empty() && (tok.back() == ' ' || tok.back() == '\n' || tok.back() == '\r' ||
                                tok.back() == '\t'))
            tok.remove_suffix(1);
        if (tok.size() > 40) { // cut on a character boundary
            size_t cut = 40;
            while (cut > 0 && (static_cast<unsigned char>(tok[cut]) & 0xC0) == 0x80)
                --cut;
            tok = tok.substr(0, cut);
            foundText += QStringLiteral(" (%1…)").arg(fromUtf8(tok));
        } else {
            foundText += QStringLiteral(" (%1)").arg(fromUtf8(tok));
        }
    }
    const QString ctx = context();
    QString msg = QCoreApplication::translate("TelegramImporter", "\"%1\" must be %2, but is %3")
                      .arg(QLatin1String(field), expected, foundText);
    if (!ctx.isEmpty())
        msg += QCoreApplication::translate("TelegramImporter", " (in %1)").arg(ctx);
    return fail(offset, msg);
}

bool TelegramDocument::sinkFail(const char *what)
{
    // what comes from QT_TRANSLATE_NOOP("TelegramImporter", ...) at the call sites.
    return fail(-1, QCoreApplication::translate("TelegramImporter",
                                                "the import stopped while storing %1 of %2")
                        .arg(QCoreApplication::translate("TelegramImporter", what), context()));
}

} // namespace kindred::telegram
