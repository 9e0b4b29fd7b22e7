#include "TelegramWarnings.h"

#include "import/ImportSink.h"

#include <iterator>

namespace kindred::telegram {

void TelegramWarnings::flushSummaries(ImportSink &sink) const
{
    static const char *const names[] = {
        "messages without a date were skipped",
        "messages with an unreadable date were skipped",
        "unreadable date_unixtime values were ignored",
        "messages without an id got a derived id",
        "messages of an unknown type were read as normal messages",
        "membership events name a member that could not be matched to a user id",
    };
    static_assert(std::size(names) == size_t(Warn::Count));
    for (int k = 0; k < int(Warn::Count); ++k) {
        const int max = limit(Warn(k));
        if (m_count[k] > max)
            sink.addWarning(
                QStringLiteral("%1 more: %2").arg(m_count[k] - max).arg(QLatin1String(names[k])));
    }
}

} // namespace kindred::telegram
