#include "DiscordDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <algorithm>
#include <cstring>

namespace kindred::discord {

namespace {

constexpr qint64 kReadChunk = 16 * 1024 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

DiscordDocument::DiscordDocument(const QString &path, ImportSink &sink, ImportError &error)
    : m_path(path), m_sink(sink), m_error(error)
{
}

bool DiscordDocument::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(-1, QCoreApplication::translate("DiscordImporter", "cannot open the file: %1")
                            .arg(file.errorString()));
    const qint64 size = file.size();
    if (size <= 0)
        return fail(0, QCoreApplication::translate(
                           "DiscordImporter",
                           "the file is empty (expected a DiscordChatExporter JSON export)"));
    if (size > qint64(simdjson::SIMDJSON_MAXSIZE_BYTES))
        return fail(-1, QCoreApplication::translate(
                            "DiscordImporter", "the file is too large (%1 bytes; at most 4 GiB)")
                            .arg(size));
    m_json = simdjson::padded_string(size_t(size));
    if (m_json.data() == nullptr)
        return fail(-1, QCoreApplication::translate("DiscordImporter",
                                                    "not enough memory to load the file (%1 MB)")
                            .arg(size / (1024 * 1024)));
    qint64 done = 0;
    while (done < size) {
        const qint64 n = file.read(m_json.data() + done, std::min(kReadChunk, size - done));
        if (n <= 0)
            return fail(-1,
                        QCoreApplication::translate("DiscordImporter", "cannot read the file: %1")
                            .arg(file.errorString()));
        done += n;
        if (m_sink.isCanceled())
            return fail(-1,
                        QCoreApplication::translate("DiscordImporter", "the import was canceled"));
    }
    if (size >= 3 && std::memcmp(m_json.data(), "\xEF\xBB\xBF", 3) == 0)
        std::memset(m_json.data(), ' ', 3);
    return true;
}

bool DiscordDocument::openRoot(od::object &root)
{
    const std::string_view all(m_json.data(), m_json.size());
    const size_t first = all.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && all[first] != '{')
        return fail(qint64(first),
                    all[first] == '['
                        ? QCoreApplication::translate(
                              "DiscordImporter",
                              "expected a JSON object ({ ... }) as DiscordChatExporter writes, "
                              "but the file holds an array")
                        : QCoreApplication::translate(
                              "DiscordImporter",
                              "this is not JSON: a DiscordChatExporter export starts with '{'"));
    if (const error_code ec = m_parser.iterate(m_json).get(m_ondemand)) {
        qint64 offset = -1;
        if (ec == simdjson::UTF8_ERROR)
            offset = telegram::firstInvalidUtf8(
                reinterpret_cast<const unsigned char *>(m_json.data()), size());
        else if (ec == simdjson::UNCLOSED_STRING)
            offset = telegram::unclosedStringStart(m_json.data(), size());
        else if (ec == simdjson::EMPTY)
            offset = 0;
        return fail(offset, describe(ec));
    }
    DC_TRY(*this, m_ondemand.get_object().get(root),
           QCoreApplication::translate("DiscordImporter", "the top-level object"));
    return true;
}

bool DiscordDocument::checkEnd()
{
    const auto trailing = m_ondemand.current_location();
    if (trailing.error() == simdjson::SUCCESS)
        return fail(offsetOf(trailing.value_unsafe()),
                    QCoreApplication::translate(
                        "DiscordImporter",
                        "unexpected content after the end of the top-level JSON object"));
    return true;
}

bool DiscordDocument::poll()
{
    const auto loc = m_ondemand.current_location();
    m_sink.setProgress(loc.error() == simdjson::SUCCESS ? offsetOf(loc.value_unsafe()) : size(),
                       size());
    if (m_sink.isCanceled())
        return fail(-1, QCoreApplication::translate("DiscordImporter", "the import was canceled"));
    return true;
}

bool DiscordDocument::fail(qint64 offset, const QString &message)
{
    m_error.file = m_path;
    m_error.message = message;
    m_error.offset = offset;
    m_error.line = 0;
    m_error.column = 0;
    if (offset >= 0 && offset <= size()) {
        const telegram::TextPosition at = telegram::positionOf(m_json.data(), offset);
        m_error.line = at.line;
        m_error.column = at.column;
    }
    return false;
}

bool DiscordDocument::jsonFail(error_code ec, const QString &what)
{
    const char *data = m_json.data();
    if (ec == simdjson::INCOMPLETE_ARRAY_OR_OBJECT) {
        // Either the file is truncated or something follows the top-level object.
        qint64 end = telegram::endOfTopLevelValue(data, size());
        if (end >= 0) {
            while (end < size() && isSpace(data[end]))
                ++end;
            return fail(end, QCoreApplication::translate(
                                 "DiscordImporter",
                                 "unexpected content after the end of the top-level JSON object"));
        }
        return fail(size(), describe(ec));
    }
    qint64 offset = size();
    QString msg = describe(ec);
    const auto loc = m_ondemand.current_location();
    if (loc.error() == simdjson::SUCCESS)
        offset = offsetOf(loc.value_unsafe());
    else
        msg += QCoreApplication::translate("DiscordImporter",
                                           " at the end of the file (truncated file?)");
    const QString ctx = context();
    msg += ctx.isEmpty()
               ? QCoreApplication::translate("DiscordImporter", " (while reading %1)").arg(what)
               : QCoreApplication::translate("DiscordImporter", " (in %1)").arg(ctx);
    return fail(offset, msg);
}

bool DiscordDocument::typeFail(od::value &v, const char *field, const QString &expected,
                               od::json_type found)
{
    std::string_view tok = v.raw_json_token();
    const qint64 offset = offsetOf(tok.data());
    QString foundText = typeName(found);
    if (found == od::json_type::number || found == od::json_type::string ||
        found == od::json_type::boolean) {
        while (!tok.empty() && isSpace(tok.back()))
            tok.remove_suffix(1);
        if (tok.size() > 40) { // cut on a character boundary
            size_t cut = 40;
            while (cut > 0 && (static_cast<unsigned char>(tok[cut]) & 0xC0) == 0x80)
                --cut;
            foundText += QStringLiteral(" (%1…)").arg(fromUtf8(tok.substr(0, cut)));
        } else {
            foundText += QStringLiteral(" (%1)").arg(fromUtf8(tok));
        }
    }
    QString msg = QCoreApplication::translate("DiscordImporter", "\"%1\" must be %2, but is %3")
                      .arg(QLatin1String(field), expected, foundText);
    const QString ctx = context();
    if (!ctx.isEmpty())
        msg += QCoreApplication::translate("DiscordImporter", " (in %1)").arg(ctx);
    return fail(offset, msg);
}

bool DiscordDocument::sinkFail(const char *what)
{
    return fail(-1, QCoreApplication::translate("DiscordImporter",
                                                "the import stopped while storing %1 of %2")
                        .arg(QCoreApplication::translate("DiscordImporter", what), context()));
}

bool DiscordDocument::typeOf(od::value &v, od::json_type &t, const char *field)
{
    DC_TRY(*this, v.type().get(t), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
    return true;
}

bool DiscordDocument::getObject(od::value &v, od::object &out, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    if (t != od::json_type::object)
        return typeFail(v, field, QCoreApplication::translate("DiscordImporter", "an object"), t);
    DC_TRY(*this, v.get_object().get(out), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
    return true;
}

bool DiscordDocument::getArray(od::value &v, od::array &out, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    if (t != od::json_type::array)
        return typeFail(v, field, QCoreApplication::translate("DiscordImporter", "an array"), t);
    DC_TRY(*this, v.get_array().get(out), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
    return true;
}

bool DiscordDocument::getStringOrNull(od::value &v, QString &out, bool &isNull, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    isNull = t == od::json_type::null;
    out.clear();
    if (isNull)
        return true;
    if (t != od::json_type::string)
        return typeFail(v, field, QCoreApplication::translate("DiscordImporter", "a string"), t);
    std::string_view s;
    DC_TRY(*this, v.get_string().get(s), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
    out = fromUtf8(s);
    return true;
}

bool DiscordDocument::getString(od::value &v, QString &out, const char *field)
{
    bool isNull = false;
    if (!getStringOrNull(v, out, isNull, field))
        return false;
    return !isNull || typeFail(v, field, QCoreApplication::translate("DiscordImporter", "a string"),
                               od::json_type::null);
}

bool DiscordDocument::getId(od::value &v, QString &out, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    if (t == od::json_type::number) {
        std::string_view tok = v.raw_json_token();
        while (!tok.empty() && isSpace(tok.back()))
            tok.remove_suffix(1);
        const bool digits = !tok.empty() && std::all_of(tok.begin(), tok.end(), [](char c) {
            return c >= '0' && c <= '9';
        });
        if (!digits)
            return typeFail(v, field,
                            QCoreApplication::translate("DiscordImporter",
                                                        "a string of digits (a snowflake id)"),
                            t);
        out = fromUtf8(tok);
        return true;
    }
    bool isNull = false;
    if (t != od::json_type::string && t != od::json_type::null)
        return typeFail(
            v, field,
            QCoreApplication::translate("DiscordImporter", "a string of digits (a snowflake id)"),
            t);
    return getStringOrNull(v, out, isNull, field);
}

bool DiscordDocument::getBool(od::value &v, bool &out, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    if (t == od::json_type::null) {
        out = false;
        return true;
    }
    if (t != od::json_type::boolean)
        return typeFail(v, field, QCoreApplication::translate("DiscordImporter", "true or false"),
                        t);
    DC_TRY(*this, v.get_bool().get(out), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
    return true;
}

bool DiscordDocument::getInt(od::value &v, qint64 &out, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    int64_t n = 0;
    if (t != od::json_type::number || v.get_int64().get(n) != simdjson::SUCCESS)
        return typeFail(v, field, QCoreApplication::translate("DiscordImporter", "an integer"), t);
    out = n;
    return true;
}

bool DiscordDocument::getTime(od::value &v, qint64 &out, const char *field)
{
    const char *at = v.raw_json_token().data();
    QString s;
    bool isNull = false;
    if (!getStringOrNull(v, s, isNull, field))
        return false;
    out = 0;
    if (isNull)
        return true;
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid() || s.size() < 19)
        return fail(offsetOf(at),
                    QCoreApplication::translate("DiscordImporter",
                                                "\"%1\" must be an ISO 8601 date and time such as "
                                                "2023-01-06T16:11:26.414+00:00, but is \"%2\"%3")
                        .arg(QLatin1String(field), s,
                             context().isEmpty()
                                 ? QString()
                                 : QCoreApplication::translate("DiscordImporter", " (in %1)")
                                       .arg(context())));
    if (t.timeSpec() == Qt::LocalTime) // no offset written: DiscordChatExporter means UTC
        t.setTimeSpec(Qt::UTC);
    out = t.toSecsSinceEpoch();
    return true;
}

} // namespace kindred::discord
