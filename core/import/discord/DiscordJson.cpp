// Texts for simdjson error codes and JSON types in the Discord importer's messages.

#include "DiscordDocument.h"

#include <QCoreApplication>

namespace kindred::discord {

QString describe(error_code ec)
{
    using namespace simdjson;
    switch (ec) {
    case TAPE_ERROR:
        return QCoreApplication::translate(
            "DiscordImporter",
            "malformed JSON (a missing or misplaced comma, colon, bracket or brace, or the "
            "file ends too early)");
    case INCOMPLETE_ARRAY_OR_OBJECT:
        return QCoreApplication::translate(
            "DiscordImporter",
            "the JSON ends before all arrays and objects are closed (truncated file?)");
    case UNCLOSED_STRING:
        return QCoreApplication::translate("DiscordImporter",
                                           "a string is not closed (truncated file?)");
    case UTF8_ERROR:
        return QCoreApplication::translate("DiscordImporter",
                                           "invalid UTF-8 text (the export must be UTF-8 encoded)");
    case STRING_ERROR:
        return QCoreApplication::translate(
            "DiscordImporter", "invalid escape sequence or control character in a string");
    case NUMBER_ERROR:
    case NUMBER_OUT_OF_RANGE:
        return QCoreApplication::translate("DiscordImporter", "invalid or out-of-range number");
    case T_ATOM_ERROR:
    case F_ATOM_ERROR:
    case N_ATOM_ERROR:
        return QCoreApplication::translate(
            "DiscordImporter",
            "invalid literal (expected a string, number, object, array, true, false or "
            "null)");
    case INCORRECT_TYPE:
        return QCoreApplication::translate("DiscordImporter", "a value has the wrong type");
    case DEPTH_ERROR:
        return QCoreApplication::translate("DiscordImporter", "the JSON is nested too deeply");
    case EMPTY:
        return QCoreApplication::translate("DiscordImporter", "the file contains no JSON value");
    case CAPACITY:
        return QCoreApplication::translate("DiscordImporter",
                                           "the file is too large (more than 4 GiB)");
    case MEMALLOC:
        return QCoreApplication::translate("DiscordImporter", "out of memory");
    default:
        break;
    }
    return QString::fromUtf8(simdjson::error_message(ec));
}

QString typeName(od::json_type t)
{
    switch (t) {
    case od::json_type::array:
        return QCoreApplication::translate("DiscordImporter", "an array");
    case od::json_type::object:
        return QCoreApplication::translate("DiscordImporter", "an object");
    case od::json_type::number:
        return QCoreApplication::translate("DiscordImporter", "a number");
    case od::json_type::string:
        return QCoreApplication::translate("DiscordImporter", "a string");
    case od::json_type::boolean:
        return QCoreApplication::translate("DiscordImporter", "a boolean");
    case od::json_type::null:
        return QStringLiteral("null");
    }
    return QCoreApplication::translate("DiscordImporter", "an invalid value");
}

} // namespace kindred::discord
