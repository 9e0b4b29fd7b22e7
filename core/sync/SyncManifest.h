#pragma once
// A sync manifest: a JSON document listing export drops,
//   {"files": [{"url": "drops/2026-11-01.json", "sha256": "<hex>", "format": "telegram"}, ...]}
// where url may be relative to the manifest's own URL, and sha256 and format are optional
// (format defaults to the source's). A sync fetches only the files whose sha256 is not yet
// imported in the workspace (import_batch.sha256).

#include <QList>
#include <QString>
#include <QUrl>

namespace kindred {

struct ManifestEntry
{
    QUrl url;       ///< absolute (resolved against the manifest's URL)
    QString sha256; ///< lower-case hex, "" when the manifest gives none
    QString format; ///< importer format, "" = the source's
};

class SyncManifest final
{
public:
    /// Parses `json` fetched from `base`. False with an error naming the entry (1-based) when
    /// it is not a manifest: not a JSON object, no "files" array, an entry without a usable
    /// http(s) url, or a sha256 that is not 64 hex digits.
    static bool parse(const QByteArray &json, const QUrl &base, QList<ManifestEntry> *out,
                      QString *error);
    /// True when the file at `path` is a JSON object with a "files" array (what a source of
    /// kind auto takes for a manifest). Reads at most 16 MiB; a larger file is not one.
    static bool looksLikeManifest(const QString &path);
};

} // namespace kindred
