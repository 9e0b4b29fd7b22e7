#include "SlackReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace kindred::slack {

namespace {

constexpr int kMaxListedIds = 10;

/// "2016-01-14.json": a day file's name (a valid date).
bool isDayFileName(const QString &name)
{
    return name.size() == 15 && name.endsWith(QLatin1String(".json")) &&
           QDate::fromString(name.left(10), Qt::ISODate).isValid();
}

} // namespace

SlackReader::SlackReader(const QString &path, ImportSink &sink, ImportError &error)
    : m_sink(sink), m_archive(path, error), m_people(m_directory), m_markup(m_people, m_directory),
      m_mapper(m_people, m_markup)
{
}

bool SlackReader::poll(const QString &entry)
{
    if (m_sink.isCanceled())
        return m_archive.fail(
            entry, -1, QCoreApplication::translate("SlackImporter", "the import was canceled"));
    return true;
}

bool SlackReader::sinkStopped(const QString &entry, const QString &message)
{
    return m_archive.fail(entry, -1, message);
}

bool SlackReader::run()
{
    if (!m_archive.open())
        return false;
    const qint64 total = m_archive.fileSize();
    m_sink.setProgress(0, total);
    if (!loadLists())
        return false;
    const QString &root = m_archive.root();
    qint64 done = 0;
    for (bool more = m_archive.first(); more; more = m_archive.next()) {
        const QString name = m_archive.currentName();
        done += m_archive.currentCompressedSize();
        if (!name.startsWith(root))
            continue;
        const QString relative = name.mid(root.size());
        const qsizetype slash = relative.indexOf(QLatin1Char('/'));
        if (slash <= 0 || relative.endsWith(QLatin1Char('/')))
            continue; // a file of the root, or a folder
        const QString folder = relative.left(slash);
        const QString file = relative.mid(slash + 1);
        if (!isDayFileName(file)) {
            if (file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
                ++m_otherFiles;
            continue;
        }
        if (!poll(name) || !readDayFile(folder, name))
            return false;
        m_sink.setProgress(std::min(done, total), total);
    }
    if (m_archive.failed())
        return false;
    addFinalWarnings();
    m_sink.setProgress(total, total);
    return true;
}

bool SlackReader::loadLists()
{
    const QString users = QStringLiteral("users.json");
    if (m_archive.hasFile(users)) {
        QJsonArray array;
        if (!poll(m_archive.root() + users) || !m_archive.readArray(users, array))
            return false;
        m_skippedListEntries += m_directory.addUsers(array);
    } else {
        warn(QCoreApplication::translate(
            "SlackImporter", "the export has no users.json: people are named from their messages"));
    }
    static const char *const lists[][2] = {{"channels.json", "public_channel"},
                                           {"groups.json", "private_channel"},
                                           {"mpims.json", "mpim"},
                                           {"dms.json", "dm"}};
    for (const auto &list : lists) {
        const QString name = QLatin1String(list[0]);
        if (!m_archive.hasFile(name))
            continue;
        QJsonArray array;
        if (!poll(m_archive.root() + name) || !m_archive.readArray(name, array))
            return false;
        m_skippedListEntries += m_directory.addChannels(array, QLatin1String(list[1]));
    }
    return true;
}

bool SlackReader::enterChannel(const QString &folder, const QString &entry)
{
    if (m_inChannel && folder == m_currentFolder)
        return true;
    const SlackChannel *channel = m_directory.channelForFolder(folder);
    if (!channel) {
        channel = &m_directory.derive(folder);
        warn(QCoreApplication::translate(
                 "SlackImporter",
                 "the folder \"%1\" is not listed in channels.json, groups.json, mpims.json or "
                 "dms.json; its day files were imported into a channel named \"%1\"")
                 .arg(folder));
    }
    ChannelInfo info;
    info.platform = QStringLiteral("slack");
    info.externalId = channel->id;
    info.name = channel->name;
    info.kind = channel->kind;
    if (!m_sink.beginChannel(info))
        return sinkStopped(
            entry, QCoreApplication::translate("SlackImporter",
                                               "the import was stopped when starting the channel"));
    m_currentFolder = folder;
    m_inChannel = true;
    return true;
}

bool SlackReader::readDayFile(const QString &folder, const QString &entry)
{
    QJsonArray array;
    if (!m_archive.readCurrentArray(array) || !enterChannel(folder, entry))
        return false;
    for (const QJsonValue &v : std::as_const(array))
        m_people.learnProfile(v.toObject());
    SlackRecord record;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto outcome = m_mapper.map(array.at(i), record);
        const auto where = [&entry, i] { return QStringLiteral("%1 #%2").arg(entry).arg(i + 1); };
        if (outcome == SlackMessageMapper::Outcome::NotAnObject) {
            if (m_notObjects++ == 0)
                m_firstNotObject = where();
            continue;
        }
        if (outcome == SlackMessageMapper::Outcome::NoTimestamp) {
            if (m_withoutTs++ == 0)
                m_firstWithoutTs = where();
            continue;
        }
        if (const QString subtype = m_mapper.takeNewUnknownSubtype(); !subtype.isEmpty())
            warn(QCoreApplication::translate(
                     "SlackImporter",
                     "%1: message subtype \"%2\" is not known; such messages are kept as "
                     "service lines")
                     .arg(where(), subtype));
        if (!m_sink.addMessage(record.message))
            return sinkStopped(
                entry, QCoreApplication::translate(
                           "SlackImporter", "the import was stopped while storing message #%1")
                           .arg(i + 1));
        if (record.hasEvent && !m_sink.addEvent(record.event))
            return sinkStopped(entry, QCoreApplication::translate(
                                          "SlackImporter",
                                          "the import was stopped while storing the event of "
                                          "message #%1")
                                          .arg(i + 1));
    }
    return true;
}

void SlackReader::addFinalWarnings()
{
    const QStringList &unknown = m_people.unknownIds();
    if (!unknown.isEmpty()) {
        QString ids = unknown.mid(0, kMaxListedIds).join(QStringLiteral(", "));
        if (unknown.size() > kMaxListedIds)
            ids += QStringLiteral(", ...");
        warn(QCoreApplication::translate(
                 "SlackImporter",
                 "users.json does not list %n user id(s) used in the messages (%1); they are "
                 "named from the messages' user_profile or username, else by their id",
                 nullptr, int(unknown.size()))
                 .arg(ids));
    }
    if (m_withoutTs > 0)
        warn(QCoreApplication::translate(
                 "SlackImporter",
                 "%n message(s) without a valid \"ts\" timestamp were skipped (the first is %1)",
                 nullptr, m_withoutTs)
                 .arg(m_firstWithoutTs));
    if (m_notObjects > 0)
        warn(QCoreApplication::translate(
                 "SlackImporter",
                 "%n entry(s) of day files are not message objects and were skipped (the first "
                 "is %1)",
                 nullptr, m_notObjects)
                 .arg(m_firstNotObject));
    if (m_otherFiles > 0)
        warn(QCoreApplication::translate(
            "SlackImporter",
            "%n .json file(s) in conversation folders are not day files named "
            "YYYY-MM-DD.json and were skipped",
            nullptr, m_otherFiles));
    if (m_skippedListEntries > 0)
        warn(QCoreApplication::translate(
            "SlackImporter",
            "%n entry(s) of users.json or the channel lists have no \"id\" (or repeat one) "
            "and were skipped",
            nullptr, m_skippedListEntries));
}

} // namespace kindred::slack
