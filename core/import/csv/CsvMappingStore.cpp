#include "CsvMappingStore.h"

#include "CsvRowParser.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kindred {
namespace {
const QString kPrefix = QStringLiteral("csv_mapping/");
}

CsvMappingStore::CsvMappingStore(Database &db) : m_db(db) {}

QString CsvMappingStore::keyFor(const QString &source)
{
    return kPrefix + source;
}

bool CsvMappingStore::save(const CsvMapping &mapping, QString *error)
{
    const QString json =
        QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
    if (m_db.setSetting(keyFor(mapping.source), json))
        return true;
    *error = QCoreApplication::translate("CsvImport", "cannot remember the mapping: %1")
                 .arg(m_db.sql().lastError().text());
    return false;
}

bool CsvMappingStore::load(const QString &source, CsvMapping *out) const
{
    const QString json = m_db.setting(keyFor(source));
    if (json.isEmpty())
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    QString ignored;
    return doc.isObject() && CsvMapping::fromJson(doc.object(), out, &ignored);
}

QStringList CsvMappingStore::sources() const
{
    QStringList out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT substr(key, ?) FROM setting WHERE substr(key, 1, ?) = ? "
                             "ORDER BY key"));
    q.addBindValue(kPrefix.size() + 1);
    q.addBindValue(kPrefix.size());
    q.addBindValue(kPrefix);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

bool CsvMappingStore::findForHeader(const QStringList &header, CsvMapping *out) const
{
    qsizetype bestColumns = 0;
    for (const QString &source : sources()) {
        CsvMapping m;
        if (!load(source, &m) || m.columns.size() <= bestColumns)
            continue;
        bool fits = true;
        for (const auto &[column, field] : m.columns) {
            // "#N" columns fit any wide enough file: only named columns identify a layout.
            if (column.startsWith(QLatin1Char('#')) || CsvRowParser::indexOf(header, column) < 0)
                fits = false;
        }
        if (fits) {
            *out = m;
            bestColumns = m.columns.size();
        }
    }
    return bestColumns > 0;
}

} // namespace kindred
