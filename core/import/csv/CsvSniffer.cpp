#include "CsvSniffer.h"

#include "import/CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringDecoder>

namespace kindred {
namespace {

constexpr qint64 kHead = 64 * 1024;
constexpr int kSampleRecords = 30;

bool decodes(const QByteArray &bytes, const char *name, QString *text = nullptr)
{
    QStringDecoder decoder(name);
    if (!decoder.isValid())
        return false;
    const QString s = decoder.decode(bytes);
    if (text)
        *text = s;
    return !decoder.hasError();
}

} // namespace

QString CsvSniffResult::encodingLabel() const
{
    const QString name =
        encoding == QLatin1String("gb18030") ? QStringLiteral("GB18030") : encoding.toUpper();
    return bom ? QCoreApplication::translate("CsvImport", "%1 (BOM)").arg(name) : name;
}

QString CsvSniffResult::delimiterLabel() const
{
    return delimiter == '\t' ? QStringLiteral("TAB") : QString(QLatin1Char(delimiter));
}

QString CsvSniffer::detectEncoding(const QByteArray &head, bool complete, bool *bom)
{
    *bom = true;
    if (head.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("utf-8");
    if (head.startsWith("\xFF\xFE"))
        return QStringLiteral("utf-16le");
    if (head.startsWith("\xFE\xFF"))
        return QStringLiteral("utf-16be");
    *bom = false;
    QByteArray sample = head;
    if (!complete) {
        // Both UTF-8 and GB18030 keep '\n' out of multi-byte sequences: cutting after the last
        // one never splits a character.
        const qsizetype nl = sample.lastIndexOf('\n');
        if (nl > 0)
            sample.truncate(nl + 1);
    }
    if (decodes(sample, "UTF-8"))
        return QStringLiteral("utf-8");
    if (decodes(sample, "GB18030"))
        return QStringLiteral("gb18030");
    return {};
}

char CsvSniffer::detectDelimiter(const QByteArray &utf8, int *columns)
{
    char best = ',';
    double bestConsistency = 0.0;
    int bestColumns = 1;
    for (const char d : {',', '\t', ';', '|'}) {
        QByteArray copy = utf8;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, d);
        QHash<qsizetype, int> counts;
        int records = 0;
        while (records < kSampleRecords && reader.next() == CsvReader::Status::Record) {
            ++counts[reader.fields().size()];
            ++records;
        }
        if (records == 0)
            continue;
        qsizetype modal = 1;
        int modalRecords = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > modalRecords || (it.value() == modalRecords && it.key() > modal)) {
                modal = it.key();
                modalRecords = it.value();
            }
        }
        if (modal < 2)
            continue;
        const double consistency = double(modalRecords) / double(records);
        if (consistency > bestConsistency + 1e-9 ||
            (consistency > bestConsistency - 1e-9 && modal > bestColumns)) {
            best = d;
            bestConsistency = consistency;
            bestColumns = int(modal);
        }
    }
    if (columns)
        *columns = bestColumns;
    return best;
}

QString CsvSniffer::decoderName(const QString &encoding)
{
    if (encoding == QLatin1String("gb18030"))
        return QStringLiteral("GB18030");
    if (encoding == QLatin1String("utf-16le"))
        return QStringLiteral("UTF-16LE");
    if (encoding == QLatin1String("utf-16be"))
        return QStringLiteral("UTF-16BE");
    if (encoding == QLatin1String("utf-16"))
        return QStringLiteral("UTF-16");
    return QStringLiteral("UTF-8");
}

bool CsvSniffer::toUtf8(const QByteArray &bytes, const QString &encoding, QByteArray *utf8)
{
    if (encoding == QLatin1String("utf-8")) {
        *utf8 = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        return true;
    }
    QString text;
    if (!decodes(bytes, decoderName(encoding).toLatin1().constData(), &text))
        return false;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    *utf8 = text.toUtf8();
    return true;
}

char CsvSniffer::delimiterOf(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("\t") || t == QLatin1String("tab") || t == QLatin1String("\\t"))
        return '\t';
    if (t == QLatin1String(",") || t == QLatin1String(";") || t == QLatin1String("|"))
        return t.at(0).toLatin1();
    return 0;
}

bool CsvSniffer::sniff(const QString &path, CsvSniffResult *result, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("CsvImport", "cannot open the file: %1")
                     .arg(f.errorString());
        return false;
    }
    const QByteArray head = f.read(kHead);
    if (head.isEmpty()) {
        *result = CsvSniffResult{}; // an empty file: no rows, in any encoding
        return true;
    }
    const bool complete = f.atEnd();
    CsvSniffResult r;
    r.encoding = detectEncoding(head, complete, &r.bom);
    if (r.encoding.isEmpty()) {
        *error = QCoreApplication::translate("CsvImport",
                                             "the text is neither UTF-8 nor GB18030 (save it as "
                                             "UTF-8 and import it again)");
        return false;
    }
    QByteArray sample = head;
    if (!complete) {
        const qsizetype nl = sample.lastIndexOf('\n');
        if (nl > 0)
            sample.truncate(nl + 1);
        // UTF-16 keeps '\n' in two bytes; an even length keeps the code units whole.
        if (r.encoding.startsWith(QLatin1String("utf-16")) && sample.size() % 2 != 0)
            sample.append('\0');
    }
    QByteArray utf8;
    if (!toUtf8(sample, r.encoding, &utf8)) {
        *error = QCoreApplication::translate("CsvImport", "the text is not valid %1")
                     .arg(r.encodingLabel());
        return false;
    }
    r.delimiter = detectDelimiter(utf8, &r.columns);
    *result = r;
    return true;
}

} // namespace kindred
