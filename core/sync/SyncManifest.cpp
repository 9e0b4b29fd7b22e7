#include "SyncManifest.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kindred {
namespace {

constexpr qint64 kMaxManifestBytes = 16LL * 1024 * 1024;

} // namespace

bool SyncManifest::parse(const QByteArray &json, const QUrl &base, QList<ManifestEntry> *out,
                         QString *error)
{
    out->clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = QCoreApplication::translate("SyncManifest",
                                             "the manifest is not valid JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!doc.isObject() || !doc.object().value(QStringLiteral("files")).isArray()) {
        *error = QCoreApplication::translate("SyncManifest", "the manifest has no \"files\" array");
        return false;
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    const QJsonArray files = doc.object().value(QStringLiteral("files")).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject o = files.at(i).toObject();
        const QString href = o.value(QStringLiteral("url")).toString().trimmed();
        const QUrl url = base.resolved(QUrl(href));
        const QString scheme = url.scheme().toLower();
        if (href.isEmpty() || !url.isValid() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            *error = QCoreApplication::translate("SyncManifest",
                                                 "manifest entry %1 has no usable http(s) \"url\"")
                         .arg(i + 1);
            return false;
        }
        ManifestEntry e;
        e.url = url;
        e.sha256 = o.value(QStringLiteral("sha256")).toString().trimmed().toLower();
        if (!e.sha256.isEmpty() && !hex.match(e.sha256).hasMatch()) {
            *error = QCoreApplication::translate(
                         "SyncManifest", "manifest entry %1: \"sha256\" is not 64 hex digits")
                         .arg(i + 1);
            return false;
        }
        e.format = o.value(QStringLiteral("format")).toString().trimmed();
        out->append(e);
    }
    return true;
}

bool SyncManifest::looksLikeManifest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxManifestBytes)
        return false;
    const QByteArray head = f.peek(64).trimmed();
    if (!head.startsWith('{'))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    return doc.isObject() && doc.object().value(QStringLiteral("files")).isArray();
}

} // namespace kindred
