#include "ImporterRegistry.h"

#include "DiscordImporter.h"
#include "SlackImporter.h"
#include "TelegramImporter.h"
#include "WeChatImporter.h"
#include "WhatsAppImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace kindred {

QStringList ImporterRegistry::formats()
{
    return {QStringLiteral("telegram"), QStringLiteral("whatsapp"), QStringLiteral("discord"),
            QStringLiteral("wechat"), QStringLiteral("slack")};
}

std::unique_ptr<Importer> ImporterRegistry::create(const QString &format)
{
    if (format == QLatin1String("telegram"))
        return std::make_unique<TelegramImporter>();
    if (format == QLatin1String("whatsapp"))
        return std::make_unique<WhatsAppImporter>();
    if (format == QLatin1String("discord"))
        return std::make_unique<DiscordImporter>();
    if (format == QLatin1String("wechat"))
        return std::make_unique<WeChatImporter>();
    if (format == QLatin1String("slack"))
        return std::make_unique<SlackImporter>();
    return nullptr;
}

QByteArray ImporterRegistry::readHead(const QString &path, QString *innerName, qint64 max)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray head = f.read(max);
    *innerName = QFileInfo(path).fileName();
    if (!head.startsWith("PK\x03\x04"))
        return head;
    f.close();
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return head;
    // Prefer a WhatsApp chat text, then a Slack export's channels.json (at the root or in one
    // folder), then any .txt/.json entry.
    QString best;
    QString slackList;
    for (const QString &name : zip.getFileNameList()) {
        const QString lower = name.toLower();
        if (lower.endsWith(QLatin1String("_chat.txt"))) {
            best = name;
            slackList.clear();
            break;
        }
        if (name.count(QLatin1Char('/')) <= 1 &&
            (name == QLatin1String("channels.json") ||
             name.endsWith(QLatin1String("/channels.json"))) &&
            (slackList.isEmpty() || !name.contains(QLatin1Char('/'))))
            slackList = name;
        if (best.isEmpty() &&
            (lower.endsWith(QLatin1String(".txt")) || lower.endsWith(QLatin1String(".json"))))
            best = name;
    }
    if (!slackList.isEmpty())
        best = slackList;
    if (best.isEmpty() || !zip.setCurrentFile(best))
        return head;
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly))
        return head;
    *innerName = best;
    return entry.read(max);
}

QString ImporterRegistry::detect(const QString &path, QString *error)
{
    QFileInfo fi(path);
    if (!fi.exists()) {
        *error = QStringLiteral("%1: %2").arg(
            path, QCoreApplication::translate("ImporterRegistry", "no such file"));
        return {};
    }
    if (fi.size() == 0) {
        *error = QStringLiteral("%1: %2").arg(
            path, QCoreApplication::translate("ImporterRegistry", "the file is empty"));
        return {};
    }
    QString inner;
    const QByteArray head = readHead(path, &inner);
    QString bestFormat;
    int bestScore = 0;
    for (const QString &format : formats()) {
        const int score = create(format)->detect(head, inner);
        if (score > bestScore) {
            bestScore = score;
            bestFormat = format;
        }
    }
    if (bestFormat.isEmpty())
        *error = QStringLiteral("%1: %2").arg(
            path, QCoreApplication::translate("ImporterRegistry",
                                              "unrecognised export format (supported: %1)")
                      .arg(formats().join(QStringLiteral(", "))));
    return bestFormat;
}

} // namespace kindred
