#include "TelegramValues.h"

#include "TelegramDates.h"

#include <QCoreApplication>

#include <algorithm>

namespace kindred::telegram {

bool TelegramValues::typeOf(od::value &v, od::json_type &t, const char *field)
{
    TG_TRY(m_doc, v.type().get(t), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
    return true;
}

bool TelegramValues::getString(od::value &v, std::string_view &out, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    if (t != od::json_type::string)
        return m_doc.typeFail(v, field, QCoreApplication::translate("TelegramImporter", "a string"),
                              t);
    TG_TRY(m_doc, v.get_string().get(out), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
    return true;
}

bool TelegramValues::getPlainString(od::value &v, std::string_view &out, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    if (t != od::json_type::string)
        return m_doc.typeFail(v, field, QCoreApplication::translate("TelegramImporter", "a string"),
                              t);
    std::string_view tok = v.raw_json_token();
    while (!tok.empty() &&
           (tok.back() == ' ' || tok.back() == '\n' || tok.back() == '\r' || tok.back() == '\t'))
        tok.remove_suffix(1);
    if (tok.size() >= 2 && tok.front() == '"' && tok.back() == '"') {
        const std::string_view inner = tok.substr(1, tok.size() - 2);
        if (inner.find('\\') == std::string_view::npos) {
            out = inner; // the value stays unconsumed; the next field skips it
            return true;
        }
    }
    TG_TRY(m_doc, v.get_string().get(out), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
    return true;
}

bool TelegramValues::getStringOrNull(od::value &v, std::string_view &out, bool &isNull,
                                     const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    isNull = t == od::json_type::null;
    if (isNull) {
        out = {};
        return true;
    }
    if (t != od::json_type::string)
        return m_doc.typeFail(
            v, field, QCoreApplication::translate("TelegramImporter", "a string or null"), t);
    TG_TRY(m_doc, v.get_string().get(out), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
    return true;
}

bool TelegramValues::getInteger(od::value &v, qint64 &out, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    if (t == od::json_type::number) {
        int64_t n = 0;
        const error_code ec = v.get_int64().get(n);
        if (ec == simdjson::INCORRECT_TYPE || ec == simdjson::NUMBER_OUT_OF_RANGE)
            return m_doc.typeFail(v, field,
                                  QCoreApplication::translate("TelegramImporter", "an integer"), t);
        TG_TRY(m_doc, ec, QStringLiteral("\"%1\"").arg(QLatin1String(field)));
        out = n;
        return true;
    }
    if (t == od::json_type::string) {
        std::string_view s;
        TG_TRY(m_doc, v.get_string().get(s), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
        if (parseUnixString(s, out))
            return true;
        return m_doc.typeFail(v, field,
                              QCoreApplication::translate("TelegramImporter", "an integer"), t);
    }
    return m_doc.typeFail(v, field, QCoreApplication::translate("TelegramImporter", "an integer"),
                          t);
}

bool TelegramValues::getUnixTime(od::value &v, qint64 &out, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    if (t == od::json_type::string) {
        std::string_view s;
        if (!getPlainString(v, s, field))
            return false;
        if (!parseUnixString(s, out)) {
            out = -1;
            if (m_doc.warnAllowed(Warn::BadUnixTime))
                m_doc.warn(QCoreApplication::translate(
                               "TelegramImporter", "%1: \"%2\" is not a number of seconds: \"%3\"")
                               .arg(m_doc.context(), QLatin1String(field), fromUtf8(s)));
        }
        return true;
    }
    if (t == od::json_type::number) {
        int64_t n = 0;
        if (v.get_int64().get(n) == simdjson::SUCCESS && n >= 0) {
            out = n;
            return true;
        }
    }
    return m_doc.typeFail(
        v, field, QCoreApplication::translate("TelegramImporter", "a string of seconds since 1970"),
        t);
}

bool TelegramValues::getPersonId(od::value &v, RawPerson &p, const char *field)
{
    od::json_type t;
    if (!typeOf(v, t, field))
        return false;
    switch (t) {
    case od::json_type::string: {
        std::string_view s;
        if (!getPlainString(v, s, field))
            return false;
        if (s.empty()) {
            p.id = RawPerson::Id::None;
        } else if (std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                   s.size() < 19) {
            parseUnixString(s, p.idNumber);
            p.id = RawPerson::Id::Number;
        } else {
            p.id = RawPerson::Id::String;
            p.idString = s;
        }
        return true;
    }
    case od::json_type::number: {
        int64_t n = 0;
        if (v.get_int64().get(n) != simdjson::SUCCESS)
            return m_doc.typeFail(v, field,
                                  QCoreApplication::translate("TelegramImporter", "a user id"), t);
        p.id = RawPerson::Id::Number;
        p.idNumber = n;
        return true;
    }
    case od::json_type::null:
        p.id = RawPerson::Id::None;
        return true;
    default:
        break;
    }
    return m_doc.typeFail(
        v, field,
        QCoreApplication::translate("TelegramImporter", "a user id (\"user123\" or a number)"), t);
}

bool TelegramValues::getText(od::value v, std::string &buf, QString &out)
{
    od::json_type t;
    if (!typeOf(v, t, "text"))
        return false;
    if (t == od::json_type::string) {
        std::string_view s;
        TG_TRY(m_doc, v.get_string().get(s), QStringLiteral("\"text\""));
        out = fromUtf8(s);
        return true;
    }
    if (t == od::json_type::null)
        return true;
    if (t != od::json_type::array)
        return m_doc.typeFail(
            v, "text",
            QCoreApplication::translate("TelegramImporter", "a string or an array of text pieces"),
            t);
    od::array arr;
    TG_TRY(m_doc, v.get_array().get(arr), QStringLiteral("\"text\""));
    buf.clear();
    for (auto er : arr) {
        od::value pv;
        TG_TRY(m_doc, er.get(pv), QStringLiteral("\"text\""));
        od::json_type pt;
        if (!typeOf(pv, pt, "text"))
            return false;
        if (pt == od::json_type::string) {
            std::string_view s;
            TG_TRY(m_doc, pv.get_string().get(s), QStringLiteral("\"text\""));
            buf.append(s);
        } else if (pt == od::json_type::object) {
            od::object o;
            TG_TRY(m_doc, pv.get_object().get(o),
                   QCoreApplication::translate("TelegramImporter", "a text entity"));
            for (auto fr : o) {
                od::field f;
                TG_TRY(m_doc, std::move(fr).get(f),
                       QCoreApplication::translate("TelegramImporter", "a text entity"));
                if (eq(fieldKey(f), "text")) {
                    od::value tv = f.value();
                    std::string_view s;
                    if (!getString(tv, s, "text"))
                        return false;
                    buf.append(s);
                }
            }
        } else if (pt != od::json_type::null) {
            return m_doc.typeFail(pv, "text",
                                  QCoreApplication::translate(
                                      "TelegramImporter", "an array of strings and text entities"),
                                  pt);
        }
    }
    out = QString::fromUtf8(buf.data(), qsizetype(buf.size()));
    return true;
}

} // namespace kindred::telegram
