#pragma once
// Names of chat platforms and import formats as the user reads them ("telegram" → "Telegram").

#include <QString>

namespace kindred {

class PlatformNames final
{
public:
    /// The product name of platform or format `id`; an unknown id is shown as it is.
    static QString name(const QString &id);
    /// The names of a comma-separated list of platform ids, joined with ", ".
    static QString list(const QString &commaSeparatedIds);
};

} // namespace kindred
