#include "TelegramWarnings.h"

#include "import/ImportSink.h"

#include <QCoreApplication>

#include <iterator>

namespace kindred::telegram {

void TelegramWarnings::flushSummaries(ImportSink &sink) const
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("TelegramImporter", "messages without a date were skipped"),
        QT_TRANSLATE_NOOP("TelegramImporter", "messages with an unreadable date were skipped"),
        QT_TRANSLATE_NOOP("TelegramImporter", "unreadable date_unixtime values were ignored"),
        QT_TRANSLATE_NOOP("TelegramImporter", "messages without an id got a derived id"),
        QT_TRANSLATE_NOOP("TelegramImporter",
                          "messages of an unknown type were read as normal messages"),
        QT_TRANSLATE_NOOP("TelegramImporter",
                          "membership events name a member that could not be matched to a user id"),
    };
    static_assert(std::size(names) == size_t(Warn::Count));
    for (int k = 0; k < int(Warn::Count); ++k) {
        const int max = limit(Warn(k));
        if (m_count[k] > max)
            sink.addWarning(QCoreApplication::translate("TelegramImporter", "%1 more: %2")
                                .arg(m_count[k] - max)
                                .arg(QCoreApplication::translate("TelegramImporter", names[k])));
    }
}

} // namespace kindred::telegram
