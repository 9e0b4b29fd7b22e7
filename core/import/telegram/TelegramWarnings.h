#pragma once
// Warning limits of one Telegram import. The first 20 warnings of a kind (1 for derived message
// ids) are reported one by one; the rest are only counted and reported as one summary line per
// kind when the import ends ("N more: ..."). Nothing here fails.

#include <array>

namespace kindred {
class ImportSink;
}

namespace kindred::telegram {

/// The kinds of recoverable oddities, each with its own limit.
enum class Warn
{
    NoDate,
    BadDate,
    BadUnixTime,
    NoId,
    UnknownType,
    UnresolvedMember,
    Count ///< also "no warning" where a kind is expected
};

class TelegramWarnings final
{
public:
    /// Counts one warning of kind k; true while it is still to be reported on its own.
    bool allow(Warn k) { return ++m_count[int(k)] <= limit(k); }
    /// Adds "N more: ..." to sink for every kind that went over its limit.
    void flushSummaries(ImportSink &sink) const;

private:
    static constexpr int kPerKind = 20; ///< then one summary line per kind
    static int limit(Warn k) { return k == Warn::NoId ? 1 : kPerKind; }

    std::array<int, int(Warn::Count)> m_count{};
};

} // namespace kindred::telegram
