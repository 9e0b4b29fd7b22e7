#include "SlackArchive.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace kindred::slack {

namespace {

constexpr qint64 kReadChunk = 1024 * 1024;

/// The files that make a folder the root of a Slack export, in order of preference.
const char *const kListFiles[] = {"channels.json", "groups.json", "mpims.json", "dms.json"};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

struct Position
{
    qint64 line = 1;
    qint64 column = 1;
};

/// 1-based line and column (in UTF-8 characters) of byte `offset` of bytes.
Position positionOf(const QByteArray &bytes, qint64 offset)
{
    Position p;
    const qint64 end = std::clamp<qint64>(offset, 0, bytes.size());
    for (qint64 i = 0; i < end; ++i) {
        const char c = bytes.at(qsizetype(i));
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

QString jsonTypeName(const QJsonDocument &doc)
{
    if (doc.isObject())
        return QCoreApplication::translate("SlackImporter", "an object");
    return QCoreApplication::translate("SlackImporter", "a single value");
}

} // namespace

SlackArchive::SlackArchive(const QString &path, ImportError &error) : m_path(path), m_error(error)
{
}

SlackArchive::~SlackArchive() = default;

QString SlackArchive::entryPath(const QString &entry) const
{
    return entry.isEmpty() ? m_path : m_path + QLatin1Char('/') + entry;
}

bool SlackArchive::fail(const QString &entry, qint64 offset, const QString &message, qint64 line,
                        qint64 column)
{
    m_error.file = entryPath(entry);
    m_error.offset = offset;
    m_error.line = line;
    m_error.column = column;
    m_error.message = message;
    return false;
}

bool SlackArchive::zipFailed(const QString &entry, int code)
{
    m_failed = true;
    if (entry.isEmpty())
        return fail(entry, -1,
                    QCoreApplication::translate(
                        "SlackImporter", "cannot read the zip archive (zip error %1): the archive "
                                         "is damaged")
                        .arg(code));
    if (code == UNZ_CRCERROR)
        return fail(entry, -1,
                    QCoreApplication::translate("SlackImporter",
                                                "the file's checksum (CRC) does not match its "
                                                "content: the zip archive is damaged"));
    return fail(entry, -1,
                QCoreApplication::translate("SlackImporter",
                                            "cannot read this file of the zip archive (zip error "
                                            "%1): the archive is damaged or the file encrypted")
                    .arg(code));
}

bool SlackArchive::open()
{
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QString(), -1,
                        QCoreApplication::translate("SlackImporter", "cannot open the file: %1")
                            .arg(file.errorString()));
        m_fileSize = file.size();
        const QByteArray signature = file.read(4);
        if (signature != QByteArrayLiteral("PK\x03\x04") &&
            signature != QByteArrayLiteral("PK\x05\x06"))
            return fail(QString(), 0,
                        QCoreApplication::translate(
                            "SlackImporter",
                            "not a zip archive: a Slack workspace export is the .zip file that "
                            "Slack produces (it starts with the bytes \"PK\")"));
    }
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return fail(QString(), m_fileSize,
                    QCoreApplication::translate("SlackImporter",
                                                "the zip archive is damaged or truncated (zip "
                                                "error %1): its table of contents is missing")
                        .arg(m_zip->getZipError()));
    const QStringList names = m_zip->getFileNameList();
    if (m_zip->getZipError() != UNZ_OK)
        return zipFailed(QString(), m_zip->getZipError());

    // The root: where a list file lies at the top, else in a single folder.
    bool found = false;
    for (const char *list : kListFiles) {
        const QString file = QLatin1String(list);
        if (names.contains(file)) {
            m_root.clear();
            found = true;
            break;
        }
        for (const QString &name : names) {
            const qsizetype slash = name.indexOf(QLatin1Char('/'));
            if (slash > 0 && QStringView(name).mid(slash + 1) == file) {
                m_root = name.left(slash + 1);
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    if (!found)
        return fail(QString(), -1,
                    QCoreApplication::translate(
                        "SlackImporter",
                        "the zip archive holds no channels.json: it is not a Slack workspace "
                        "export"));
    for (const QString &name : names)
        if (name.startsWith(m_root) && name.indexOf(QLatin1Char('/'), m_root.size()) < 0)
            m_rootFiles.append(name.mid(m_root.size()));
    return true;
}

bool SlackArchive::hasFile(const QString &name) const
{
    return m_rootFiles.contains(name);
}

bool SlackArchive::readArray(const QString &name, QJsonArray &out)
{
    const QString entry = m_root + name;
    if (!m_zip->setCurrentFile(entry, QuaZip::csSensitive) || !m_zip->hasCurrentFile())
        return zipFailed(entry, m_zip->getZipError());
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        return zipFailed(entry, m_zip->getZipError());
    QByteArray bytes;
    return readOpenEntry(entry, qint64(info.uncompressedSize), bytes) &&
           parseArray(entry, bytes, out);
}

bool SlackArchive::first()
{
    m_failed = false;
    if (!m_zip->goToFirstFile()) {
        const int code = m_zip->getZipError();
        return code == UNZ_OK || code == UNZ_END_OF_LIST_OF_FILE ? false
                                                                 : zipFailed(QString(), code);
    }
    return updateCurrent();
}

bool SlackArchive::next()
{
    if (!m_zip->goToNextFile()) {
        const int code = m_zip->getZipError();
        return code == UNZ_OK || code == UNZ_END_OF_LIST_OF_FILE ? false
                                                                 : zipFailed(QString(), code);
    }
    return updateCurrent();
}

bool SlackArchive::updateCurrent()
{
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        return zipFailed(QString(), m_zip->getZipError());
    m_currentName = info.name;
    m_currentCompressed = qint64(info.compressedSize);
    m_currentSize = qint64(info.uncompressedSize);
    return true;
}

bool SlackArchive::readCurrentArray(QJsonArray &out)
{
    QByteArray bytes;
    return readOpenEntry(m_currentName, m_currentSize, bytes) &&
           parseArray(m_currentName, bytes, out);
}

bool SlackArchive::readOpenEntry(const QString &entry, qint64 declaredSize, QByteArray &out)
{
    const QString tooLarge = QCoreApplication::translate(
        "SlackImporter", "the file is too large (more than %1 bytes): not a Slack export file");
    if (declaredSize > kMaxEntryBytes)
        return fail(entry, -1, tooLarge.arg(kMaxEntryBytes));
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return zipFailed(entry, file.getZipError());
    out.clear();
    out.reserve(qsizetype(std::max<qint64>(declaredSize, 0)));
    QByteArray chunk(qsizetype(kReadChunk), Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return zipFailed(entry, file.getZipError());
        if (n == 0)
            break;
        out.append(chunk.constData(), qsizetype(n));
        if (out.size() > kMaxEntryBytes)
            return fail(entry, -1, tooLarge.arg(kMaxEntryBytes));
    }
    file.close();
    if (file.getZipError() != UNZ_OK) // e.g. a CRC mismatch, found when closing
        return zipFailed(entry, file.getZipError());
    return true;
}

bool SlackArchive::parseArray(const QString &entry, QByteArray &bytes, QJsonArray &out)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.replace(0, 3, "   "); // keeps offsets
    qsizetype first = 0;
    while (first < bytes.size() && isSpace(bytes.at(first)))
        ++first;
    if (first == bytes.size())
        return fail(entry, 0,
                    QCoreApplication::translate("SlackImporter",
                                                "the file is empty (expected a JSON array)"),
                    1, 1);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const Position at = positionOf(bytes, pe.offset);
        return fail(
            entry, pe.offset,
            QCoreApplication::translate("SlackImporter", "invalid JSON: %1").arg(pe.errorString()),
            at.line, at.column);
    }
    if (!doc.isArray()) {
        const Position at = positionOf(bytes, first);
        return fail(entry, first,
                    QCoreApplication::translate("SlackImporter",
                                                "expected a JSON array ([ ... ]) as Slack writes "
                                                "it, but the file holds %1")
                        .arg(jsonTypeName(doc)),
                    at.line, at.column);
    }
    out = doc.array();
    return true;
}

} // namespace kindred::slack
