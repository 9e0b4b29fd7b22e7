#include "TelegramJson.h"

#include <QCoreApplication>

namespace kindred::telegram {

QString describe(error_code ec)
{
    using namespace simdjson;
    switch (ec) {
    case TAPE_ERROR:
        return QCoreApplication::translate(
            "TelegramImporter", "malformed JSON (a missing or misplaced comma, colon, bracket "
                                "or brace, or the file ends too early)");
    case INCOMPLETE_ARRAY_OR_OBJECT:
        return QCoreApplication::translate("TelegramImporter",
                                           "the JSON ends before all arrays and objects are closed "
                                           "(truncated file?)");
    case UNCLOSED_STRING:
        return QCoreApplication::translate("TelegramImporter",
                                           "a string is not closed (truncated file?)");
    case UTF8_ERROR:
        return QCoreApplication::translate("TelegramImporter",
                                           "invalid UTF-8 text (the export must be UTF-8 encoded)");
    case STRING_ERROR:
        return QCoreApplication::translate(
            "TelegramImporter", "invalid escape sequence or control character in a string");
    case NUMBER_ERROR:
    case NUMBER_OUT_OF_RANGE:
        return QCoreApplication::translate("TelegramImporter", "invalid or out-of-range number");
    case T_ATOM_ERROR:
    case F_ATOM_ERROR:
    case N_ATOM_ERROR:
        return QCoreApplication::translate(
            "TelegramImporter", "invalid literal (expected a string, number, object, array, "
                                "true, false or null)");
    case INCORRECT_TYPE:
        return QCoreApplication::translate("TelegramImporter", "a value has the wrong type");
    case DEPTH_ERROR:
        return QCoreApplication::translate("TelegramImporter", "the JSON is nested too deeply");
    case EMPTY:
        return QCoreApplication::translate("TelegramImporter", "the file contains no JSON value");
    case CAPACITY:
        return QCoreApplication::translate("TelegramImporter",
                                           "the file is too large (more than 4 GiB)");
    case MEMALLOC:
        return QCoreApplication::translate("TelegramImporter", "out of memory");
    default:
        break;
    }
    return QString::fromUtf8(simdjson::error_message(ec));
}

QString typeName(od::json_type t)
{
    switch (t) {
    case od::json_type::array:
        return QCoreApplication::translate("TelegramImporter", "an array");
    case od::json_type::object:
        return QCoreApplication::translate("TelegramImporter", "an object");
    case od::json_type::number:
        return QCoreApplication::translate("TelegramImporter", "a number");
    case od::json_type::string:
        return QCoreApplication::translate("TelegramImporter", "a string");
    case od::json_type::boolean:
        return QCoreApplication::translate("TelegramImporter", "a boolean");
    case od::json_type::null:
        return QStringLiteral("null");
    }
    return QCoreApplication::translate("TelegramImporter", "an invalid value");
}

qint64 firstInvalidUtf8(const unsigned char *p, qint64 n)
{
    qint64 i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        if (p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (int k = 2; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        i += len;
    }
    return -1;
}

qint64 unclosedStringStart(const char *p, qint64 n)
{
    qint64 start = -1;
    bool in = false;
    for (qint64 i = 0; i < n; ++i) {
        const char c = p[i];
        if (in) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in = false;
        } else if (c == '"') {
            in = true;
            start = i;
        }
    }
    return in ? start : -1;
}

qint64 endOfTopLevelValue(const char *p, qint64 n)
{
    qint64 depth = 0;
    bool in = false;
    for (qint64 i = 0; i < n; ++i) {
        const char c = p[i];
        if (in) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in = false;
        } else if (c == '"') {
            in = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth <= 0)
                return i + 1;
        }
    }
    return -1;
}

TextPosition positionOf(const char *data, qint64 offset)
{
    qint64 line = 1;
    qint64 lineStart = 0;
    for (const char *p = data, *end = data + offset;
         p != end &&
         (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))) != nullptr;
         ++p) {
        ++line;
        lineStart = (p - data) + 1;
    }
    qint64 column = 1;
    for (qint64 i = lineStart; i < offset; ++i)
        if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80)
            ++column;
    return {line, column};
}

} // namespace kindred::telegram
